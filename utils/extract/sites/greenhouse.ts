/**
 * Greenhouse: the legacy board (boards.greenhouse.io), the new board (job-boards.greenhouse.io) and
 * embedded boards on company sites (#grnhse_app with a gh_jid; the posting itself is in an iframe).
 */
import { first } from '../dom';
import { noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

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
    // The application form (an embedded job_app page, or a board page opened at its form) shows the
    // header only; the description may be missing.
    const described = !!first(document, '#content .content-intro, #content p, .job__description p');
    const applying =
      /\/embed\/job_app/.test(context.url?.pathname ?? '') ||
      (!described && !!first(document, '#application_form, #application-form'));
    const patch = readSelectors(
      document,
      applying && !described ? { ...SELECTORS, description: undefined } : SELECTORS,
      context,
    );
    if (!patch.title) {
      const embedded = first(document, '#grnhse_app');
      if (embedded) {
        return {
          reason: 'The job is shown inside an embedded Greenhouse frame; only the page around it could be read',
        };
      }
      return noJobFound(context, /\/jobs\/\d+|\/embed\/job_app/, 'This is a list of jobs on Greenhouse, not one job');
    }
    patch.isPosting = true;
    patch.reason = applying ? 'The application form for a job on Greenhouse' : 'A job on Greenhouse';
    patch.applyForm = applying;
    return patch;
  },
};
