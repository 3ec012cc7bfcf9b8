/**
 * Other jobs' cards: a results list beside the open job ("Jobs List"), a "Similar jobs" rail, a
 * carousel, "People also viewed", "Jobs you may like". Their titles, salaries and places are other
 * postings', never this one's. In the capture script (site rules use it): kept small.
 */
import { CLUTTER_HEADING } from '../data/vocabulary';
import { classAttr, clean, first } from '../dom';

/** Class, id, test hook or label of a card or a list of cards. */
export const JOB_CARD_NAMES =
  /job-?cards?(?![a-z])|jobcard|jobs-?list|job-?list-?item|joblistitem|job-?listing-?item|results-?list|search-?results|similar|recommend|related-?(jobs|offers)|(more|other)-?(jobs|offers)|also-?viewed|people-?also|carousel|simjobs|sim-?jobs|jobs-?you-?may/i;

/** The attributes that name a card or a list of cards. */
const CARD_HOOKS = new Set(['class', 'id', 'data-test', 'data-testid', 'data-cy', 'aria-label']);

function cardNames(el: Element): string {
  return `${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-test') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-cy') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

/** Whether an element with these attribute names has one that may name cards (a walk reads the names once). */
export function hasCardHook(attributeNames: readonly string[]): boolean {
  return attributeNames.some((name) => CARD_HOOKS.has(name));
}

/**
 * Whether this element is itself a card list or a section headed "Similar jobs". `named: false`
 * (the caller knows it has no card hook) skips reading the names.
 */
export function isJobCards(el: Element, named = true): boolean {
  const names = named ? cardNames(el) : '';
  if (names.length > 5 && JOB_CARD_NAMES.test(names)) return true;
  const heading = el.firstElementChild;
  return (
    !!heading &&
    /^H[2-4]$/i.test(heading.tagName) &&
    (heading.textContent ?? '').length <= 60 &&
    CLUTTER_HEADING.test(clean(heading.textContent))
  );
}

/**
 * The card name the page's own title carries ("<h1 class="jobCard-title">"): a page built of one card's parts, whose
 * "jobCard-info" facts are the posting's, not other jobs'. Empty when the h1 names no card.
 */
export function ownCardName(document: Document): string {
  const h1 = first(document, 'h1');
  const m = h1 ? cardNames(h1).match(JOB_CARD_NAMES) : null;
  return m ? m[0].toLowerCase() : '';
}

/** Whether `el` sits inside other jobs' cards (up to the body; a container holding the h1 is the posting's). */
export function inJobCards(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 25; node = node.parentElement, depth++) {
    if (/^(BODY|HTML|MAIN)$/i.test(node.tagName)) return false;
    if (isJobCards(node) && !first(node, 'h1')) return true;
  }
  return false;
}
