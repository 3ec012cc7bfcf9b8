/**
 * Page signals `detect` weighs that no field reader needs: an apply control, an application form,
 * job ad section headings and a title that names a role. One bounded pass over a few element kinds.
 */
import { all, attr, clean, first, visibleText } from './dom';
import {
  APPLY_START,
  MORE_JOB_HEADINGS,
  NON_LATIN_ROLE_NOUNS,
  PAY_TITLE_WORD,
  POSTING_WORDS,
  ROLE_TITLE,
  ROLE_TOPIC,
} from './data/detect-words';
import { CATEGORY_HEADING, JOB_SECTION_HEADINGS, LIST_TITLE } from './data/vocabulary';
import { appliesByEmail, bracketSectionLabels, isSectionName, plainSectionHeadings } from './generic/plain-job-signs';

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
  /** The title is about a role, not one opening: a pay guide, interview questions ("Quanto guadagna un cuoco"). */
  topicTitle: boolean;
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

/** detect() weighs 0, 1, 2, and 3 or more job section headings: a count may stop at 3. */
export const ENOUGH_HEADINGS = 3;

/**
 * `enoughHeadings`: the count of job headings past which the caller weighs no more (detect() weighs
 * 0, 1, 2 and 3 or more); the walk over headings stops there, which spares most of it on a long ad.
 */
export function readPageSignals(
  document: Document,
  title: string | undefined,
  heading: Element | null,
  enoughHeadings = Infinity,
  paneTitle = false,
): PageSignals {
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
  if (enoughHeadings > 0) {
    for (const el of all(document, 'h2, h3, h4, h5, h6, strong, b, dt, [role="heading"]', 600)) {
      const text = visibleText(el, 100);
      if (text.length < 80 && (JOB_SECTION_HEADINGS.test(text) || MORE_JOB_HEADINGS.test(text) || isSectionName(text)))
        jobHeadings++;
      if (jobHeadings >= enoughHeadings) break;
    }
  }
  // Own sites and PDF exports set section names as bold text or bare lines, not headings.
  if (enoughHeadings > 0 && jobHeadings < 3) jobHeadings += plainSectionHeadings(document);
  if (enoughHeadings > 0 && jobHeadings < 3) jobHeadings += bracketSectionLabels(document.body?.textContent ?? '');
  // No apply button, but "send your CV to jobs@…" in the text.
  if (!applyFound) applyFound = appliesByEmail(document.body?.textContent ?? '');

  // A heading that names a kind of jobs ("Java Developer Jobs", "Offene Stellen") heads a results list.
  // (A job open in a pane beside the list: the page title names the search, the heading the job.)
  const listTitle =
    (paneTitle ? LIST_TITLE.test(visibleText(heading, 200)) : titleReadsAsList(document, heading)) ||
    CATEGORY_HEADING.test(visibleText(heading, 120));
  const description = attr(first(document, 'meta[name="description"]'), 'content').slice(0, 300);

  const namesRole = !!title && (ROLE_TITLE.test(title) || NON_LATIN_ROLE_NOUNS.test(title));
  const topicTitle = !!title && (ROLE_TOPIC.test(title) || (!namesRole && PAY_TITLE_WORD.test(title)));
  return {
    applyFound,
    applyForm,
    jobHeadings,
    roleTitle: !!title && title.length <= 160 && namesRole && !topicTitle,
    listTitle,
    topicTitle,
    postingWords: !listTitle && POSTING_WORDS.test(`${clean(document.title ?? '').slice(0, 200)} ${description}`),
  };
}
