/** Built In (builtin.com and the city sites builtinnyc.com, builtinsf.com, …): icon-labelled facts. */
import { all, visibleText } from '../dom';
import { splitLocations, workModeFromText } from '../normalize';
import { parseSalaryText } from '../../money/parse';
import { defineSiteRule, type SelectorTable } from './site-rule';

/**
 * Facts are rows of an icon box and a value: <div><div><i class="fa-… fa-location-dot"></i></div><span>New York, NY</span></div>.
 * Read the value next to the icon's box (no `:has()`: it is slow on large pages in some engines).
 * Only values styled as facts (font-barlow) count, so the site menu's icons are ignored.
 */
function factNextToIcon(document: Document, icon: string): string {
  for (const i of all(document, `i.${icon}`, 8)) {
    const value = i.parentElement?.nextElementSibling;
    if (!value || !/\bfont-barlow\b/.test(value.getAttribute('class') ?? '')) continue;
    const text = visibleText(value, 300);
    if (text) return text;
  }
  return '';
}

const SELECTORS: SelectorTable = {
  title: ['h1[data-id="job-title"]', 'main h1', 'h1'],
  company: ['[data-id="company-title"] span', 'a[href*="/company/"] h2', '[data-id="company-title"]'],
  location: ['[data-id="job-location"]'],
  salary: ['[data-id="job-salary"]'],
  description: ['[id^="job-post-body"]', '.job-description', '[data-id="job-description"]'],
};

export const builtin = defineSiteRule({
  id: 'builtin',
  name: 'Built In',
  hosts: /(^|\.)builtin[a-z]*\.com\//,
  marker: 'i.fa-sack-dollar, [data-id="company-title"]',
  selectors: SELECTORS,
  genericTitle: true,
  notAPosting: {
    when(_document, context) {
      const path = context.url?.pathname ?? '';
      return /^\/(jobs|companies|company)(\/|$)/.test(path) && !/\/job\//.test(path)
        ? 'This is a list of jobs or a company page on Built In, not one job'
        : null;
    },
  },
  patch(document, _context, patch) {
    if (!patch.locations) {
      const places = splitLocations(factNextToIcon(document, 'fa-location-dot'));
      if (places.length) patch.locations = places;
    }
    if (!patch.salary) {
      const pay = factNextToIcon(document, 'fa-sack-dollar');
      if (pay) patch.salary = parseSalaryText(pay) ?? undefined;
    }
    patch.workMode ??=
      workModeFromText(factNextToIcon(document, 'fa-house-building') || factNextToIcon(document, 'fa-signal-stream')) ??
      undefined;
  },
});
