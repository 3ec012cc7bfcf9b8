/** XING (xing.com/jobs/<slug>-<id>): data-testid attributes on the job header facts. */
import { clean } from '../dom';
import { splitLocations } from '../normalize';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  // The title testid sits on a wrapper div around <h1 data-xds="Hero">.
  title: [
    '[data-testid="job-details-title"] h1',
    'h1[data-testid="job-details-title"]',
    'h1[data-xds="Hero"]',
    '[data-testid="job-details-header"] h1',
    'main h1',
  ],
  company: ['[data-testid="job-details-company-info-name"]', '[data-testid="job-details-header"] a[href*="/pages/"]'],
  location: ['[data-testid="job-fact-location"]', '[data-testid="job-details-location"]'],
  salary: ['[data-testid="job-details-salary-card"]', '[data-testid="salary-info"]', '[data-testid="job-fact-salary"]'],
  employmentType: ['[data-testid="job-fact-employment-type"]'],
  workMode: ['[data-testid="job-fact-remote-option"]'],
  datePosted: ['[data-testid="job-details-published-date"]'],
  description: ['[data-testid="expandable-content"]', '[data-testid="job-description-content"]'],
};

export const xing = defineSiteRule({
  id: 'xing',
  name: 'XING',
  hosts: /(^|\.)xing\.com\/jobs\//,
  marker: '[data-testid="job-details-title"]',
  selectors: SELECTORS,
  genericTitle: true,
  notAPosting: {
    when: (_document, context) =>
      /^\/jobs\/(search|find)/.test(context.url?.pathname ?? '')
        ? 'This looks like a list of search results on XING'
        : null,
  },
  patch(document, _context, patch) {
    // The header does not repeat the locations; the page title does: "<role> in <places> | XING Jobs".
    if (!patch.locations) {
      const title = clean(document.title);
      const m = title.match(/\s+in\s+(.+?)\s*\|\s*XING(?:\s+Jobs)?\s*$/i);
      const places = m?.[1] ? splitLocations(m[1]) : [];
      if (places.length) patch.locations = places;
    }
  },
});
