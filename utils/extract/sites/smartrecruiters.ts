/** SmartRecruiters (jobs.smartrecruiters.com, careers.smartrecruiters.com). */
import { attr, first } from '../dom';
import { splitLocations } from '../normalize';
import { companyFromBrand, noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.job-title', 'h1[itemprop="title"]', '.job-title', '[data-test="job-title"]'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.company-name', '[data-test="company-name"]'],
  location: ['spl-job-location', '.job-details [itemprop="jobLocation"]', '.job-location'],
  employmentType: ['[itemprop="employmentType"]', 'li.job-detail[data-test="job-type"]'],
  description: ['[itemprop="description"]', '.job-sections'],
  applyUrl: ['a.js-oneclick[href]', 'a[data-test="apply-button"]'],
};

export const smartrecruiters: SiteRule = {
  id: 'smartrecruiters',
  hosts: /(^|\.)smartrecruiters\.com\//,
  marker: 'spl-job-location, .job-sections[itemprop="description"]',
  extract(document, context) {
    // One-click apply (/oneclick-ui/…) shows the job's header above the form, no description.
    const applying = /\/oneclick-ui\//.test(context.url?.pathname ?? '');
    const patch = readSelectors(document, applying ? { ...SELECTORS, description: undefined } : SELECTORS, context);
    if (!patch.company) {
      const company = companyFromBrand(document, ['img.company-logo[alt]', 'header img[alt]']);
      if (company) patch.company = company;
    }
    // <spl-job-location formattedaddress="..."> carries the full address in an attribute.
    const formatted = attr(first(document, 'spl-job-location'), 'formattedaddress');
    if (formatted) patch.locations = splitLocations(formatted);
    if (!patch.title)
      return noJobFound(
        context,
        /^\/[^/]+\/\d{6,}|\/oneclick-ui\//,
        'This is a list of jobs on SmartRecruiters, not one job',
      );
    patch.isPosting = true;
    patch.reason = applying ? 'The application form for a job on SmartRecruiters' : 'A job on SmartRecruiters';
    patch.applyForm = applying;
    return patch;
  },
};
