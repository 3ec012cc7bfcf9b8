/**
 * Breezy HR ({company}.breezy.hr/p/{id}-{slug}, and its /apply form): a banner with the title and a
 * meta list (location, type, department); the company is the header logo or the page title.
 */
import { all, clean } from '../dom';
import { cleanCompany } from '../normalize';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.banner h1', '.position-heading h1', 'h1'],
  location: ['.banner ul.meta li.location', 'ul.meta li.location', 'li.location'],
  employmentType: ['.banner ul.meta li.type', 'ul.meta li.type'],
  salary: ['.banner ul.meta li.salary', 'ul.meta li.salary'],
  description: ['.description', '.position-description'],
  applyUrl: ['a.button.apply[href]', 'a[href$="/apply"]'],
};

const LIST = 'This is a list of jobs on Breezy, not one job';

export const breezy = defineSiteRule({
  id: 'breezy',
  name: 'Breezy',
  hosts: /(^|\.)breezy\.hr\//,
  marker: '.banner ul.meta li.location, form#application-form.breezy',
  selectors: SELECTORS,
  brand: ['header .brand img[alt]', 'header img[alt]'],
  applyPath: /\/apply\/?$/,
  jobPath: /\/p\/[^/]+/,
  notAPosting: {
    reason: LIST,
    // The board's front page lists positions, each with its own meta list.
    when: (document, context) =>
      (context.url ? !/\/p\//.test(context.url.pathname) : all(document, 'li.position', 5).length > 1) ? LIST : null,
  },
  patch(document, _context, patch) {
    // "Field Service Technician | Tallgrass Robotics" (and "Apply to …" on the form), unless the logo names it.
    const fromTitle = clean(document.title).split(/\s+\|\s+/);
    if (fromTitle.length > 1) patch.company = cleanCompany(fromTitle[fromTitle.length - 1]!) || patch.company;
  },
});
