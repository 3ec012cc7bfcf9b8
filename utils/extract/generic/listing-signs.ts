/**
 * Signs read only when detection needs them, so they ship in the reader script, not in the capture
 * script: whether an unsure page is plainly a list, an event, a job-alert sign-up or a company page
 * (`settleUnsure`), and whether a page whose structured data holds several postings lists them.
 */
import {
  ABOUT_TITLE,
  ALERT_CONTROL,
  APPLY_START,
  COURSE_LABEL,
  EVENT_CONTROL,
  ROLE_TITLE,
  TALENT_SIGNUP,
} from '../data/detect-words';
import { CATEGORY_HEADING, CLUTTER_HEADING, LIST_TITLE } from '../data/vocabulary';
import { all, attr, clean, visibleText } from '../dom';
import { norm, PAGE_NAME_TITLE } from './heuristics';
import { companyFromCareersPhrase } from './title-patterns';

/** Signs that a page holds many jobs or is an event, read only when detection is unsure. */
export interface ListingSigns {
  /** Links named like roles ("Delivery Driver", "Projektleiter (m/w/d)"): a careers index or a results list. */
  roleLinks: number;
  /** A heading that counts results ("Showing 1 - 4 of 38 jobs", "312 warehouse jobs"). */
  resultsHeading: boolean;
  /** A control to register for an event or buy a ticket ("Register now"). */
  eventControl: boolean;
  /**
   * A job-alert sign-up: the page title or heading is about alerts ("Crea tu alerta de empleo"), or a
   * form's submit button creates one next to an email field.
   */
  alertPage: boolean;
  /** The heading or the page title's first part is "About us", "Chi siamo", "Quem somos", "Our culture"…, or AboutPage data. */
  aboutPage: boolean;
}

export function readListingSigns(document: Document, heading: Element | null = null): ListingSigns {
  let roleLinks = 0;
  let eventControl = false;
  for (const el of all(document, 'a[href], button', 400)) {
    const text = visibleText(el, 100);
    if (!text || text.length > 90) continue;
    if (EVENT_CONTROL.test(text)) eventControl = true;
    else if (el.tagName.toUpperCase() === 'A' && ROLE_TITLE.test(text) && !APPLY_START.test(text)) roleLinks++;
  }
  let resultsHeading = false;
  for (const el of all(document, 'h1, h2, h3', 30)) {
    const text = visibleText(el, 120);
    // "312 warehouse jobs", or a category ("Design Jobs"); a "Similar jobs" rail is not the page's own list.
    if (LIST_TITLE.test(text) || (CATEGORY_HEADING.test(text) && !CLUTTER_HEADING.test(text))) {
      resultsHeading = true;
      break;
    }
  }
  const title = clean(document.title ?? '');
  const h1 = visibleText(heading ?? document.querySelector('h1'), 200);
  let alertPage = ALERT_CONTROL.test(title) || ALERT_CONTROL.test(h1);
  for (const button of alertPage ? [] : all(document, 'form button, form input[type="submit"]', 20)) {
    const text = visibleText(button, 60) || attr(button, 'value');
    if (
      ALERT_CONTROL.test(text) &&
      button.closest('form')?.querySelector('input[type="email"], input[name*="mail" i]')
    ) {
      alertPage = true;
      break;
    }
  }
  const aboutPage =
    ABOUT_TITLE.test(h1) ||
    ABOUT_TITLE.test(title.split(/\s+[|–—-]\s+/)[0] ?? '') ||
    !!document.querySelector('[itemtype$="/AboutPage"]');
  return { roleLinks, resultsHeading, eventControl, alertPage, aboutPage };
}

/**
 * Several different postings in the page's structured data (JSON-LD titles, microdata items) and a
 * page whose own heading and title name none of them: a category or results page that marks up its
 * cards. One posting with related jobs' data names its own job in its h1 or its title.
 */
export function listsSeveralPostings(document: Document, jsonLdTitles: readonly string[]): boolean {
  const titles = new Set(jsonLdTitles.map(norm).filter((t) => t.length >= 2));
  for (const item of all(document, '[itemtype$="/JobPosting"] [itemprop="title"]', 10)) {
    const title = norm(visibleText(item, 200));
    if (title.length >= 2) titles.add(title);
  }
  if (titles.size < 2) return false;
  // A heading that names a role is this page's own job, whatever its data calls it.
  const h1 = visibleText(document.querySelector('h1'), 300);
  if (h1 && ROLE_TITLE.test(h1) && !LIST_TITLE.test(h1) && !CATEGORY_HEADING.test(h1)) return false;
  const ogTitle = attr(document.querySelector('meta[property="og:title"]'), 'content');
  const own = [h1, document.title ?? '', ogTitle].map(norm);
  return ![...titles].some((title) => own.some((name) => name && (name.includes(title) || title.includes(name))));
}

/** "Careers", "Karriere bei Feldmann Metallbau", "Trabaja con nosotros": a heading or title part that names a careers page. */
export function namesCareersPage(text: string): boolean {
  const t = clean(text);
  return !!t && t.length <= 80 && (PAGE_NAME_TITLE.test(t) || !!companyFromCareersPhrase(t));
}

/**
 * What kind of page that is not one job this is, read from its own heading and title (issue 10):
 * - `index`: a careers page (named so in its heading or its title's first part, its heading naming no
 *   role) that lists two or more roles, as links or as headings of their own blocks ("Open roles",
 *   "Offene Stellen", "Trabaja con nosotros" with three vacancies, each with its apply button);
 *   Also a page whose heading names no role under a heading that counts results ("24 payroll jobs in Leeds");
 * - `about`: the company's "About us" page (no job ad sections);
 * - `signup`: a talent community or job-alert sign-up ("Join our Talent Network"), whatever form it has.
 * A posting names its role in its heading (a "similar jobs" list does not change that), so neither applies.
 */
export function notOneJobPage(
  document: Document,
  heading: Element | null,
  page: { roleTitle: boolean; jobHeadings: number },
): 'index' | 'signup' | 'about' | 'course' | null {
  const { roleTitle } = page;
  if (isCoursePage(document)) return 'course';
  const h1 = visibleText(heading ?? document.querySelector('h1'), 200);
  const title = clean(document.title ?? '');
  const firstPart = title.split(/\s+[|–—-]\s+/)[0] ?? '';
  if (TALENT_SIGNUP.test(h1) || TALENT_SIGNUP.test(firstPart) || (!roleTitle && ALERT_CONTROL.test(h1)))
    return 'signup';
  if (roleTitle) return null;
  // "About Harrow & Finch", "Über uns", "Chi siamo" with no job ad sections: the company's own page.
  if ((ABOUT_TITLE.test(h1) || ABOUT_TITLE.test(firstPart)) && page.jobHeadings < 2) return 'about';
  // "Sorry, this job has expired" over "24 payroll jobs in Leeds": a heading that counts results.
  for (const el of all(document, 'h1, h2, h3', 30)) {
    const text = visibleText(el, 120);
    if (LIST_TITLE.test(text) && !CLUTTER_HEADING.test(text)) return 'index';
  }
  if (!(namesCareersPage(h1) || namesCareersPage(firstPart))) return null;
  let roles = 0;
  for (const el of all(document, 'a[href], h2, h3', 300)) {
    const text = visibleText(el, 100);
    if (!text || text.length > 90 || APPLY_START.test(text)) continue;
    // A heading that is a link counts once (as the link).
    if (el.tagName.toUpperCase() !== 'A' && el.querySelector('a[href]')) continue;
    if (ROLE_TITLE.test(text) && !namesCareersPage(text) && !besideThePage(el) && ++roles >= 2) return 'index';
  }
  return null;
}

/** In a menu, a sidebar, a footer or a "Similar jobs" section: not what the page itself lists. */
function besideThePage(el: Element): boolean {
  for (let node = el.parentElement, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'HEADER') return true;
    if (tag === 'MAIN' || tag === 'BODY') return false;
    const heading = node.firstElementChild;
    if (heading && /^H[2-4]$/i.test(heading.tagName) && CLUTTER_HEADING.test(visibleText(heading, 60))) return true;
  }
  return false;
}

/** Two different course labels among the headings and labels (`COURSE_LABEL`): a course page, whatever its title. */
export function isCoursePage(document: Document): boolean {
  const seen = new Set<string>();
  for (const el of all(document, 'h2, h3, h4, dt, th, strong, b, li > span, label', 300)) {
    const text = visibleText(el, 60).toLowerCase();
    if (text.length <= 40 && COURSE_LABEL.test(text)) seen.add(text.replace(/\s*:$/, ''));
    if (seen.size >= 2) return true;
  }
  return false;
}
