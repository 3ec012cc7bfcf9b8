/** SmartRecruiters (jobs.smartrecruiters.com, careers.smartrecruiters.com). */
import { attr, first } from '../dom';
import { splitLocations } from '../normalize';
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.job-title', 'h1[itemprop="title"]', '.job-title'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.company-name'],
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
    const patch = readSelectors(document, SELECTORS, context);
    // <spl-job-location formattedaddress="..."> carries the full address in an attribute.
    const formatted = attr(first(document, 'spl-job-location'), 'formattedaddress');
    if (formatted) patch.locations = splitLocations(formatted);
    if (!patch.title) return { isPosting: false, reason: 'SmartRecruiters: a jobs list, not one posting' };
    patch.isPosting = true;
    patch.reason = 'SmartRecruiters job';
    return patch;
  },
};
