/**
 * Signs read only when detection needs them, so they ship in the reader script, not in the capture
 * script: whether an unsure page is plainly a list, an event, a job-alert sign-up or a company page
 * (`settleUnsure`), and whether a page whose structured data holds several postings lists them.
 */
import { ABOUT_TITLE, ALERT_CONTROL, APPLY_START, EVENT_CONTROL, ROLE_TITLE } from '../data/detect-words';
import { CATEGORY_HEADING, CLUTTER_HEADING, LIST_TITLE } from '../data/vocabulary';
import { all, attr, clean, visibleText } from '../dom';
import { norm } from './heuristics';

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
