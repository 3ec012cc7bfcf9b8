/** SmartRecruiters (jobs.smartrecruiters.com, careers.smartrecruiters.com). */
import { attr, first } from '../dom';
import { splitLocations } from '../normalize';
import { type SelectorTable, companyFromBrand, defineSiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.job-title', 'h1[itemprop="title"]', '.job-title', '[data-test="job-title"]'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.company-name', '[data-test="company-name"]'],
  location: ['spl-job-location', '.job-details [itemprop="jobLocation"]', '.job-location'],
  employmentType: ['[itemprop="employmentType"]', 'li.job-detail[data-test="job-type"]'],
  description: ['[itemprop="description"]', '.job-sections'],
  applyUrl: ['a.js-oneclick[href]', 'a[data-test="apply-button"]'],
};

export const smartrecruiters = defineSiteRule({
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  hosts: /(^|\.)smartrecruiters\.com\//,
  marker: 'spl-job-location, .job-sections[itemprop="description"]',
  selectors: SELECTORS,
  // One-click apply (/oneclick-ui/…) shows the job's header above the form, no description.
  applyPath: /\/oneclick-ui\//,
  jobPath: /^\/[^/]+\/\d{6,}|\/oneclick-ui\//,
  notAPosting: { reason: 'This is a list of jobs on SmartRecruiters, not one job' },
  patch(document, _context, patch) {
    if (!patch.company) {
      const company = companyFromBrand(document, ['img.company-logo[alt]', 'header img[alt]']);
      if (company) patch.company = company;
    }
    // <spl-job-location formattedaddress="..."> carries the full address in an attribute.
    const formatted = attr(first(document, 'spl-job-location'), 'formattedaddress');
    if (formatted) patch.locations = splitLocations(formatted);
  },
});
