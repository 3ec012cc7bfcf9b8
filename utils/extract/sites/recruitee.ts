/**
 * Recruitee career sites ({company}.recruitee.com/o/{slug}, its form at /o/{slug}/c/new, or a
 * company domain): the title heading, then a row of facts (location, employment type, remote)
 * marked with data-testid / class names; the company is the header logo or og:site_name.
 */
import { all } from '../dom';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[data-testid="offer-title"]', '.offer-header h1', 'h1.job-title', 'main h1'],
  location: [
    '[data-testid="offer-location"]',
    '.offer-header .location',
    '.job-details .job-location',
    '.job-location',
  ],
  employmentType: ['[data-testid="offer-employment-type"]', '.offer-header .employment-type'],
  workMode: ['[data-testid="offer-remote"]', '.offer-header .remote'],
  salary: ['[data-testid="offer-salary"]', '.offer-header .salary'],
  description: ['[data-testid="offer-description"]', '.offer-description', '.description'],
  applyUrl: ['a[href*="/c/new"]'],
};

const LIST = 'This is a list of jobs on Recruitee, not one job';

export const recruitee = defineSiteRule({
  id: 'recruitee',
  name: 'Recruitee',
  hosts: /(^|\.)recruitee\.com\//,
  marker: '[data-testid="offer-title"], meta[name="generator"][content*="Recruitee"]',
  selectors: SELECTORS,
  brand: ['header a[href="/"] img[alt]', 'header img[alt]', 'meta[property="og:site_name"]'],
  applyPath: /\/c\/new\/?$/,
  jobPath: /\/o\/[^/]+/,
  notAPosting: {
    reason: LIST,
    when: (document, context) =>
      (
        context.url
          ? !/\/o\//.test(context.url.pathname)
          : all(document, '[data-testid="offer-list-item"], .job a[href*="/o/"]', 5).length > 1
      )
        ? LIST
        : null,
  },
});
