/** Workable (apply.workable.com/<company>/j/<id>): data-ui attributes name each field. */
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[data-ui="job-title"]', '[data-ui="job-title"]'],
  location: ['[data-ui="job-location"]'],
  workMode: ['[data-ui="job-workplace"]', '[data-ui="job-remote"]'],
  employmentType: ['[data-ui="job-type"]'],
  description: ['[data-ui="job-description"]'],
};

export const workable: SiteRule = {
  id: 'workable',
  hosts: /(^|\.)workable\.com\//,
  marker: '[data-ui="job-title"]',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title && !context.generic.title) return { isPosting: false, reason: 'Workable: a jobs list, not one posting' };
    if (!/\/j\/[A-Z0-9]+/i.test(path) && !patch.title) return { isPosting: false, reason: 'Workable: a careers page, not one posting' };
    patch.isPosting = true;
    patch.reason = 'Workable job';
    return patch;
  },
};
