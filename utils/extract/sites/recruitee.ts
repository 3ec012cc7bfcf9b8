/**
 * Recruitee career sites ({company}.recruitee.com/o/{slug}, its form at /o/{slug}/c/new, or a
 * company domain): the title heading, then a row of facts (location, employment type, remote)
 * marked with data-testid / class names; the company is the header logo or og:site_name.
 */
import { all } from '../dom';
import { companyFromBrand, noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[data-testid="offer-title"]', '.offer-header h1', 'main h1'],
  location: ['[data-testid="offer-location"]', '.offer-header .location', '.job-location'],
  employmentType: ['[data-testid="offer-employment-type"]', '.offer-header .employment-type'],
  workMode: ['[data-testid="offer-remote"]', '.offer-header .remote'],
  salary: ['[data-testid="offer-salary"]', '.offer-header .salary'],
  description: ['[data-testid="offer-description"]', '.offer-description', '.description'],
  applyUrl: ['a[href*="/c/new"]'],
};

export const recruitee: SiteRule = {
  id: 'recruitee',
  hosts: /(^|\.)recruitee\.com\//,
  marker: '[data-testid="offer-title"], meta[name="generator"][content*="Recruitee"]',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    const applying = /\/c\/new\/?$/.test(path);
    const patch = readSelectors(document, applying ? { ...SELECTORS, description: undefined } : SELECTORS, context);
    const company = companyFromBrand(document, [
      'header a[href="/"] img[alt]',
      'header img[alt]',
      'meta[property="og:site_name"]',
    ]);
    if (company) patch.company = company;
    const list = context.url
      ? !/\/o\//.test(path)
      : all(document, '[data-testid="offer-list-item"], .job a[href*="/o/"]', 5).length > 1;
    if (!patch.title || list)
      return noJobFound(context, /\/o\/[^/]+/, 'This is a list of jobs on Recruitee, not one job');
    patch.isPosting = true;
    patch.reason = applying ? 'The application form for a job on Recruitee' : 'A job on Recruitee';
    patch.applyForm = applying;
    return patch;
  },
};
