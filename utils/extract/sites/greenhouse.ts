/**
 * Greenhouse: the legacy board (boards.greenhouse.io), the new board (job-boards.greenhouse.io) and
 * embedded boards on company sites (#grnhse_app with a gh_jid; the posting itself is in an iframe).
 */
import { first } from '../dom';
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.app-title', '.job__title h1', '.job-title'],
  company: ['.company-name'],
  location: ['#header .location', '.location', '.job__location', '.job__title p.body--metadata'],
  salary: ['.pay-range', '.job__pay-range'],
  description: ['#content', '.job__description'],
};

export const greenhouse: SiteRule = {
  id: 'greenhouse',
  hosts: /(^|\.)greenhouse\.io\//,
  marker: '#grnhse_app, .job__header .job__title, #app_body .app-title',
  extract(document, context) {
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title) {
      const embedded = first(document, '#grnhse_app');
      if (embedded) {
        return { reason: 'Greenhouse embedded board: the posting is inside an iframe; generic sources only' };
      }
      return { isPosting: false, reason: 'Greenhouse: a jobs list, not one posting' };
    }
    patch.isPosting = true;
    patch.reason = 'Greenhouse job board';
    return patch;
  },
};
