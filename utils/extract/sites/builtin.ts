/** Built In (builtin.com and the city sites builtinnyc.com, builtinsf.com, …): icon-labelled facts. */
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[data-id="job-title"]', 'main h1', 'h1'],
  company: ['[data-id="company-title"] span', 'a[href*="/company/"] h2', '[data-id="company-title"]'],
  location: ['.fa-location-dot + *', 'div:has(> div > .fa-location-dot) > div:last-child', '[data-id="job-location"]'],
  salary: ['div:has(> div > .fa-sack-dollar) > span', '.fa-sack-dollar + *', '[data-id="job-salary"]'],
  workMode: ['div:has(> div > .fa-house-building) > span', 'div:has(> div > .fa-signal-stream) > span'],
  description: ['[id^="job-post-body"]', '.job-description', '[data-id="job-description"]'],
};

export const builtin: SiteRule = {
  id: 'builtin',
  hosts: /(^|\.)builtin[a-z]*\.com\//,
  marker: 'i.fa-sack-dollar, [data-id="company-title"]',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    if (/^\/(jobs|companies|company)(\/|$)/.test(path) && !/\/job\//.test(path)) {
      return { isPosting: false, reason: 'Built In: a jobs list or company page' };
    }
    const patch = readSelectors(document, SELECTORS, context);
    patch.isPosting = !!(patch.title || context.generic.title);
    patch.reason = 'Built In job';
    return patch;
  },
};
