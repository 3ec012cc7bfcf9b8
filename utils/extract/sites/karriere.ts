/** karriere.at: the key-facts box carries its values in data-job-* attributes. */
import { attr, first } from '../dom';
import { cleanCompany, normalizeEmploymentType, splitLocations } from '../normalize';
import { parseSalaryText } from '../../money/parse';
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.m-jobHeader__jobTitle', 'h1'],
  description: ['.m-jobContent__jobText', '.m-jobContent'],
};

export const karriere: SiteRule = {
  id: 'karriere',
  hosts: /(^|\.)karriere\.at\//,
  marker: '.m-jobHeader__jobTitle',
  extract(document, context) {
    const patch = readSelectors(document, SELECTORS, context);
    const facts = first(document, '[data-job-salaryrange], [data-job-locations]');
    if (facts) {
      const salary = parseSalaryText(attr(facts, 'data-job-salaryrange'));
      if (salary) patch.salary = salary;
      const locations = splitLocations(attr(facts, 'data-job-locations'));
      if (locations.length) patch.locations = locations;
      const type = normalizeEmploymentType(attr(facts, 'data-job-employmenttypes'), true);
      if (type) patch.employmentType = type;
      const company = attr(facts, 'data-company-name');
      if (company) patch.company = cleanCompany(company);
      if (attr(facts, 'data-job-homeoffice') === 'true') patch.workMode = 'hybrid';
    }
    patch.isPosting =
      !!(patch.title || context.generic.title) && /\/jobs\/\d+/.test(context.url?.pathname ?? '/jobs/0');
    patch.reason = patch.isPosting
      ? 'A job on karriere.at'
      : 'This is a search or company page on karriere.at, not one job';
    return patch;
  },
};
