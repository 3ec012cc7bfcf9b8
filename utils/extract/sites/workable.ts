/** Workable (apply.workable.com/<company>/j/<id>): data-ui attributes name each field. */
import { clean } from '../dom';
import { cleanCompany } from '../normalize';
import { companyFromBrand, noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

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
    const applying = /\/j\/[A-Z0-9]+\/apply\/?$/i.test(path);
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title && !context.generic.title)
      return noJobFound(context, /\/j\/[A-Z0-9]+/i, 'This is a list of jobs on Workable, not one job');
    if (!/\/j\/[A-Z0-9]+/i.test(path) && !patch.title)
      return { isPosting: false, reason: 'This is a careers page on Workable, not one job' };
    // The header logo names the company; else "Role - Company", the page title on the job and its form.
    const role = patch.title ?? context.generic.title ?? '';
    const title = clean(document.title);
    const logo = companyFromBrand(document, [
      '[data-ui="company-logo"] img[alt]',
      'img[data-ui="company-logo"][alt]',
      '[data-ui="company-name"]',
    ]);
    if (logo) patch.company = logo;
    else if (role && title.toLowerCase().startsWith(`${role.toLowerCase()} - `))
      patch.company = cleanCompany(title.slice(role.length + 3));
    patch.isPosting = true;
    patch.reason = applying ? 'The application form for a job on Workable' : 'A job on Workable';
    patch.applyForm = applying;
    return patch;
  },
};
