/** StepStone (stepstone.de/.at/.be/…): data-at attributes; /jobs/… is a results list, /stellenangebote--… a job. */
import { all } from '../dom';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-at="header-job-title"]', 'h1[data-genesis-element="TEXT"]'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  salary: ['[data-at="metadata-salary"]'],
  employmentType: ['[data-at="metadata-contract-type"]', '[data-at="metadata-work-type"]'],
  workMode: ['[data-at="metadata-work-from-home"]', '[data-at="metadata-work-type"]'],
  datePosted: ['[data-at="metadata-online-date"]'],
  description: ['[data-at="job-ad-content"]', '.js-app-ld-ContentBlock'],
};

export const stepstone = defineSiteRule({
  id: 'stepstone',
  name: 'StepStone',
  hosts: /(^|\.)stepstone\.[a-z.]+\//,
  marker: '[data-at="header-job-title"]',
  selectors: SELECTORS,
  jobPath: /stellenangebote--/,
  notAPosting: {
    reason: 'No job is open on this StepStone page',
    when(document, _context, patch) {
      const items = all(document, '[data-at="job-item"]', 100).length;
      // A results list has many job items and no job header; its own h1 is the search heading.
      const list = (items > 1 && !document.querySelector('[data-at="header-job-title"]')) || (!patch.title && items);
      return list ? `This looks like a list of search results on StepStone (${items} jobs), with no job open` : null;
    },
  },
});
