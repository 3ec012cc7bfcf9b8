/** XING (xing.com/jobs/<slug>-<id>): data-testid attributes on the job header facts. */
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[data-testid="job-details-title"]', '[data-testid="job-details-header"] h1', 'main h1'],
  company: ['[data-testid="job-details-company-info-name"]', '[data-testid="job-details-header"] a[href*="/pages/"]'],
  location: ['[data-testid="job-fact-location"]', '[data-testid="job-details-location"]'],
  salary: ['[data-testid="salary-info"]', '[data-testid="job-fact-salary"]'],
  employmentType: ['[data-testid="job-fact-employment-type"]'],
  workMode: ['[data-testid="job-fact-remote-option"]'],
  datePosted: ['[data-testid="job-details-published-date"]'],
  description: ['[data-testid="expandable-content"]', '[data-testid="job-description-content"]'],
};

export const xing: SiteRule = {
  id: 'xing',
  hosts: /(^|\.)xing\.com\/jobs\//,
  marker: '[data-testid="job-details-title"]',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    if (/^\/jobs\/(search|find)/.test(path)) return { isPosting: false, reason: 'XING: job search results' };
    const patch = readSelectors(document, SELECTORS, context);
    patch.isPosting = !!(patch.title || context.generic.title);
    patch.reason = 'XING job';
    return patch;
  },
};
