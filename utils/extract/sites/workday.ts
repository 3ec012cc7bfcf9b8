/** Workday (*.myworkdayjobs.com): client-rendered; fields carry data-automation-id attributes. */
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]'],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  employmentType: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
  workMode: ['[data-automation-id="remoteType"] dd', '[data-automation-id="remoteType"]'],
  datePosted: ['[data-automation-id="postedOn"] dd', '[data-automation-id="postedOn"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  applyUrl: ['a[data-automation-id="adventureButton"]', 'a[data-uxi-element-id="Apply_adventureButton"]'],
};

export const workday: SiteRule = {
  id: 'workday',
  hosts: /(^|\.)(myworkdayjobs\.com|myworkdaysite\.com|workday\.com)\//,
  marker: '[data-automation-id="jobPostingHeader"]',
  extract(document, context) {
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title) return { isPosting: false, reason: 'Workday: a job search page or not rendered yet' };
    patch.isPosting = true;
    patch.reason = 'Workday job';
    return patch;
  },
};
