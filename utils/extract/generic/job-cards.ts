/**
 * Other jobs' cards: a results list beside the open job ("Jobs List"), a "Similar jobs" rail, a
 * carousel, "People also viewed", "Jobs you may like". Their titles, salaries and places are other
 * postings', never this one's. In the capture script (site rules use it): kept small.
 */
import { CLUTTER_HEADING, LIST_TITLE } from '../data/vocabulary';
import { all, classAttr, clean, first, visibleText } from '../dom';

/** Class, id, test hook or label of a card or a list of cards. */
export const JOB_CARD_NAMES =
  /job-?cards?(?![a-z])|jobcard|jobs-?list|job-?list(?![a-z])|serp-?job|job-?list-?item|joblistitem|job-?listing-?item|results-?list|search-?results|similar|recommend|related-?(jobs|offers)|(more|other)-?(jobs|offers)|also-?viewed|people-?also|carousel|simjobs|sim-?jobs|jobs-?you-?may/i;

function cardNames(el: Element): string {
  return `${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-test') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-cy') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

/** Whether this element is itself a card list or a section headed "Similar jobs". */
export function isJobCards(el: Element): boolean {
  const names = cardNames(el);
  if (names.length > 5 && JOB_CARD_NAMES.test(names)) return true;
  const heading = el.firstElementChild;
  return (
    !!heading &&
    /^H[2-4]$/i.test(heading.tagName) &&
    (heading.textContent ?? '').length <= 60 &&
    CLUTTER_HEADING.test(clean(heading.textContent))
  );
}

/** Whether `el` sits inside other jobs' cards (up to the body; a container holding the h1 is the posting's). */
export function inJobCards(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 25; node = node.parentElement, depth++) {
    if (/^(BODY|HTML|MAIN)$/i.test(node.tagName)) return false;
    if (isJobCards(node) && !first(node, 'h1')) return true;
  }
  return false;
}

/** The URL names the job open beside a results list ("?vjk=…", "&job=…", "?currentJobId=…", "?jobId=…"). */
const SELECTED_JOB = /[?&#](?:vjk|jk|job|jobid|job_id|currentjobid|selectedjobid|jobkey|jl)=\w/i;

/** A pane that shows one job beside the list ("viewJobBodyContainer", "jobsearch-ViewjobPaneWrapper", "job-details"). */
const PANE =
  '[id*="viewjob" i], [class*="viewjob" i], [data-testid*="viewjob" i], [id*="jobdetail" i], [class*="jobdetail" i], [data-testid*="jobdetail" i], [id*="job-detail" i], [class*="job-detail" i], [data-testid*="job-detail" i], [aria-label="job details" i]';

/**
 * A results page with one job open in a pane beside the list: the pane's heading is the job's title (the
 * page's h1 and <title> name the search). Only when the URL names the open job.
 */
export function jobPaneHeading(
  document: Document,
  url: string | null | undefined,
  listHeading: Element | null,
): Element | null {
  if (!url || !SELECTED_JOB.test(url)) return null;
  for (const pane of all(document, PANE, 20)) {
    if ((listHeading && pane.contains(listHeading)) || inJobCards(pane)) continue;
    const heading = first(pane, 'h1, h2, h3');
    const text = visibleText(heading, 200);
    if (heading && text && text.length <= 160 && !LIST_TITLE.test(text) && !CLUTTER_HEADING.test(text)) return heading;
  }
  return null;
}
