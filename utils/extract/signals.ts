/**
 * Page signals `detect` weighs that no field reader needs: an apply control, an application form,
 * job ad section headings and a title that names a role. One bounded pass over a few element kinds.
 */
import { all, attr, clean, visibleText } from './dom';
import {
  ABOUT_TITLE,
  ALERT_CONTROL,
  APPLY_START,
  EVENT_CONTROL,
  MORE_JOB_HEADINGS,
  POSTING_WORDS,
  ROLE_TITLE,
  ROLE_TOPIC,
} from './data/detect-words';
import { CATEGORY_HEADING, CLUTTER_HEADING, JOB_SECTION_HEADINGS, LIST_TITLE } from './data/vocabulary';

export interface PageSignals {
  /** A link or button whose text applies for the job. */
  applyFound: boolean;
  /** A form that asks for a CV / résumé, or for a name and email together with a file or cover letter. */
  applyForm: boolean;
  /** Headings (or bold lead-ins) a job ad uses for its sections. */
  jobHeadings: number;
  /** The title names a role ("Senior Data Engineer", "Bauleiter (m/w/d)"). */
  roleTitle: boolean;
  /**
   * The heading or the start of the page title reads like a list ("87 warehouse jobs in Leeds").
   * Only the page title's first part counts: "Role - Jobs at Company" is a posting on an employer's site.
   */
  listTitle: boolean;
  /** The page title or description calls the page one job ad ("Offerta di lavoro", "Vaga de", "Job offer"). */
  postingWords: boolean;
}

const CV_FIELD =
  /(resume|résumé|curriculum|\bcv\b|lebenslauf|cover[_\s-]?letter|anschreiben|lettre de motivation|motivation)/i;

/**
 * The heading or the start of the page title reads like a list ("87 warehouse jobs in Leeds").
 * Cheap, so the generic reader's walk can be spared on results pages.
 */
export function titleReadsAsList(document: Document, heading: Element | null): boolean {
  const firstPart = clean(document.title ?? '').split(/\s+[|–—-]\s+/)[0] ?? '';
  return LIST_TITLE.test(visibleText(heading, 200)) || LIST_TITLE.test(firstPart);
}

export function readPageSignals(document: Document, title: string | undefined, heading: Element | null): PageSignals {
  let applyFound = false;
  for (const el of all(document, 'a[href], button, input[type="submit"], [role="button"]', 600)) {
    // Capped reads: a link may wrap a whole card or page.
    const text = visibleText(el, 60) || attr(el, 'value') || attr(el, 'aria-label');
    if (text && text.length <= 48 && APPLY_START.test(text)) {
      applyFound = true;
      break;
    }
  }

  let applyForm = false;
  for (const input of all(document, 'input, textarea', 300)) {
    const hints = `${attr(input, 'name')} ${attr(input, 'id')} ${attr(input, 'accept')} ${attr(input, 'aria-label')} ${attr(input, 'data-automation-id')} ${attr(input, 'autocomplete')}`;
    const type = attr(input, 'type').toLowerCase();
    if (
      (type === 'file' && (CV_FIELD.test(hints) || /\.pdf|\.docx?|application\/pdf/i.test(hints))) ||
      (CV_FIELD.test(hints) && type !== 'hidden')
    ) {
      applyForm = true;
      break;
    }
  }
  if (!applyForm) {
    // A file input under a label that asks for a CV ("Resume/CV *", "Lebenslauf").
    for (const label of all(document, 'label', 200)) {
      if (
        CV_FIELD.test(visibleText(label, 120)) &&
        (label.querySelector('input[type="file"]') || document.querySelector('input[type="file"]'))
      ) {
        applyForm = true;
        break;
      }
    }
  }

  let jobHeadings = 0;
  for (const el of all(document, 'h2, h3, h4, h5, h6, strong, b, dt, [role="heading"]', 600)) {
    const text = visibleText(el, 100);
    if (text.length < 80 && (JOB_SECTION_HEADINGS.test(text) || MORE_JOB_HEADINGS.test(text))) jobHeadings++;
  }

  const listTitle = titleReadsAsList(document, heading);
  const description = attr(document.querySelector('meta[name="description"]'), 'content').slice(0, 300);

  return {
    applyFound,
    applyForm,
    jobHeadings,
    roleTitle: !!title && title.length <= 160 && ROLE_TITLE.test(title) && !ROLE_TOPIC.test(title),
    listTitle,
    postingWords: !listTitle && POSTING_WORDS.test(`${clean(document.title ?? '').slice(0, 200)} ${description}`),
  };
}

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

const nameOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Several different postings in the page's structured data (JSON-LD titles, microdata items) and a
 * page whose own heading and title name none of them: a category or results page that marks up its
 * cards. One posting with related jobs' data names its own job in its h1 or its title.
 */
export function listsSeveralPostings(document: Document, jsonLdTitles: readonly string[]): boolean {
  const titles = new Set(jsonLdTitles.map(nameOf).filter((t) => t.length >= 2));
  for (const item of all(document, '[itemtype$="/JobPosting"] [itemprop="title"]', 10)) {
    const title = nameOf(visibleText(item, 200));
    if (title.length >= 2) titles.add(title);
  }
  if (titles.size < 2) return false;
  // A heading that names a role is this page's own job, whatever its data calls it.
  const h1 = visibleText(document.querySelector('h1'), 300);
  if (h1 && ROLE_TITLE.test(h1) && !LIST_TITLE.test(h1) && !CATEGORY_HEADING.test(h1)) return false;
  const ogTitle = attr(document.querySelector('meta[property="og:title"]'), 'content');
  const own = [h1, document.title ?? '', ogTitle].map(nameOf);
  return ![...titles].some((title) => own.some((name) => name && (name.includes(title) || title.includes(name))));
}
