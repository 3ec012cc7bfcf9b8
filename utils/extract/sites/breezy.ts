/**
 * Breezy HR ({company}.breezy.hr/p/{id}-{slug}, and its /apply form): a banner with the title and a
 * meta list (location, type, department); the company is the header logo or the page title.
 */
import { all, clean } from '../dom';
import { cleanCompany } from '../normalize';
import { companyFromBrand, noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.banner h1', '.position-heading h1', 'h1'],
  location: ['.banner ul.meta li.location', 'ul.meta li.location', 'li.location'],
  employmentType: ['.banner ul.meta li.type', 'ul.meta li.type'],
  salary: ['.banner ul.meta li.salary', 'ul.meta li.salary'],
  description: ['.description', '.position-description'],
  applyUrl: ['a.button.apply[href]', 'a[href$="/apply"]'],
};

export const breezy: SiteRule = {
  id: 'breezy',
  hosts: /(^|\.)breezy\.hr\//,
  marker: '.banner ul.meta li.location, form#application-form.breezy',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    const applying = /\/apply\/?$/.test(path);
    const patch = readSelectors(document, applying ? { ...SELECTORS, description: undefined } : SELECTORS, context);
    // "Field Service Technician | Tallgrass Robotics" (and "Apply to …" on the form).
    const fromTitle = clean(document.title).split(/\s+\|\s+/);
    const company =
      companyFromBrand(document, ['header .brand img[alt]', 'header img[alt]']) ||
      (fromTitle.length > 1 ? cleanCompany(fromTitle[fromTitle.length - 1]!) : '');
    if (company) patch.company = company;
    // The board's front page lists positions, each with its own meta list.
    const list = context.url ? !/\/p\//.test(path) : all(document, 'li.position', 5).length > 1;
    if (!patch.title || list) return noJobFound(context, /\/p\/[^/]+/, 'This is a list of jobs on Breezy, not one job');
    patch.isPosting = true;
    patch.reason = applying ? 'The application form for a job on Breezy' : 'A job on Breezy';
    patch.applyForm = applying;
    return patch;
  },
};
