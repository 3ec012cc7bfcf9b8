/**
 * A posting's sections in other branches of the page. Page builders (Elementor, Divi, Webflow, Wix, Squarespace,
 * WordPress block themes, HubSpot) put each part of a posting in a section of its own, each inside its own chain
 * of container, row and column wrappers: the intro and duties deep in one, the requirements in a later one, the
 * benefits in a third, often with an image-only banner or a quote between them. The description block chosen
 * (by our pass or Readability) and its sibling sections (`postingBlocks`) then hold only the first branch.
 * From the chosen blocks this climbs the wrappers one level at a time and joins, at every level, the later (and
 * earlier) branches that open with a section's name ("Your profile", "Benefits"; before it, also a branch whose intro
 * leads to one), passing blocks without text and
 * short blocks without a heading (a caption, a quote, an apply button). It stops at the first branch that is
 * neither: a heading no posting uses ("More open roles", "Sign up to our newsletter", "What our team says"), long
 * text of its own, page chrome, the title's header or a company-only block ("About us"). Reader side only.
 */
import { clean } from '../dom';
import { opensWithHire } from './lead-sentence';
import { SECTION_HEADING } from './section-heading';

/** A block this short, without a heading, is an interruption (a caption, a quote, a button), not content. */
const MAX_BREAK_CHARS = 300;
/** The intro a posting's first branch may open with before its first section's name. */
const MAX_INTRO_CHARS = 1500;
/** A branch between the title and the chosen block longer than this is a page of its own, not an intro. */
const MAX_LEAD_CHARS = 3000;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const CHROME =
  'form, nav, aside, footer, header, iframe, select, textarea, dialog, [role="navigation"], [role="contentinfo"], [role="dialog"]';
const CHROME_TAGS = /^(NAV|FOOTER|HEADER|ASIDE|FORM|DIALOG|SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;
/** Names of blocks that are never the posting's, whatever heading they open with. */
const CHROME_NAMES = /footer|cookie|consent|newsletter|similar|related|testimonial|other-?jobs|more-?(jobs|roles)/i;
/** A section about the employer only ("About us", "Über uns", "Who we are"): not the job's text. */
const COMPANY_HEADING =
  /^(about|über|a propos|à propos|sobre|o|over|om)\s+(us|uns|nous|nosotros|nós|nas|ons|oss|os)\b|^(who we are|wer wir sind|qui sommes[- ]nous|quiénes somos|chi siamo|wie zijn wij|hvem er vi|vem är vi)/i;
/** How far up from the chosen block, and how many branches one level may pass. */
const MAX_LEVELS = 12;
const MAX_SIBLINGS = 12;

/** Whether `a` comes before `b` (and outside it) in the page: compareDocumentPosition differs across DOMs. */
function precedes(a: Element, b: Element): boolean {
  if (b.contains(a)) return false;
  const path = new Set<Element>();
  for (let x: Element | null = b; x; x = x.parentElement) path.add(x);
  let child: Element = a;
  while (child.parentElement && !path.has(child.parentElement)) child = child.parentElement;
  const parent = child.parentElement;
  if (!parent) return false;
  let mark: Element = b;
  while (mark.parentElement !== parent) mark = mark.parentElement!;
  for (let x = child.nextElementSibling; x; x = x.nextElementSibling) if (x === mark) return true;
  return false;
}

/** Mostly link text: a row of links to elsewhere. */
function linkRow(el: Element, text: string): boolean {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += clean(a.textContent).length;
  return linked > text.length / 2;
}

type Verdict = 'take' | 'pass' | 'stop';

function names(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
}

/** What a branch beside the posting is: one of its sections, an interruption to pass, or the posting's end. */
function judge(el: Element, title: Element | null, forward: boolean): Verdict {
  const text = clean(el.textContent);
  if (!text) return 'pass';
  if (CHROME_TAGS.test(el.tagName.toUpperCase()) || CHROME_NAMES.test(names(el))) return 'stop';
  if (title && (el === title || el.contains(title))) return 'stop';
  if (el.querySelector(CHROME)) return 'stop';
  // Between the title's header and the chosen block, a branch of text is the posting's start (its intro, its
  // duties under a heading no list knows): facts and the title came before it, the body after.
  const afterTitle = !!title && precedes(title, el);
  // A short one is a facts row ("Location Davis, California"), passed like any short block.
  const long = text.length > MAX_BREAK_CHARS && text.length <= MAX_LEAD_CHARS;
  if (!forward && afterTitle && long && !linkRow(el, text)) return 'take';
  // A short lead that announces the hire ("Die Stadt … sucht …", "We are looking for …") is the posting's intro,
  // even with facts rows between it and the body (a CMS's intro field, then labelled fields, then the body).
  if (!forward && afterTitle && text.length <= MAX_LEAD_CHARS && !el.querySelector(HEADINGS) && opensWithHire(text))
    return 'take';
  const heading = el.querySelector(HEADINGS) ?? el.querySelector('strong, b');
  const head = heading ? clean(heading.textContent) : '';
  // Before the chosen block, a branch may open with the posting's intro, its first section's name after it.
  const opens = text.startsWith(head) || (!forward && text.indexOf(head) <= MAX_INTRO_CHARS);
  if (head && opens && SECTION_HEADING.test(head) && !COMPANY_HEADING.test(head)) {
    // A list of links under a section's name leads elsewhere ("Open positions").
    return linkRow(el, text) ? 'stop' : 'take';
  }
  // A row of links ("Skipper · Kiosk assistant") leads elsewhere: the posting ended; one button ("Apply") does not.
  const row = el.querySelectorAll('a').length > 1 && linkRow(el, text);
  return text.length <= MAX_BREAK_CHARS && !el.querySelector(HEADINGS) && !row ? 'pass' : 'stop';
}

/** The branches beside `start`'s ancestors, one direction, that hold the posting's sections, in page order. */
function branches(start: Element, title: Element | null, forward: boolean): Element[] {
  const body = start.ownerDocument?.body;
  const out: Element[] = [];
  let el = start;
  for (let level = 0; level < MAX_LEVELS && el.parentElement && el !== body; level++) {
    let sib = forward ? el.nextElementSibling : el.previousElementSibling;
    for (let n = 0; sib && n < MAX_SIBLINGS; n++) {
      const verdict = judge(sib, title, forward);
      if (verdict === 'stop') return out;
      if (verdict === 'take') {
        if (forward) out.push(sib);
        else out.unshift(sib);
      }
      sib = forward ? sib.nextElementSibling : sib.previousElementSibling;
    }
    if (sib) return out;
    el = el.parentElement;
    if (el === body || /^(MAIN|ARTICLE)$/i.test(el.tagName)) break;
  }
  return out;
}

/** `blocks` (siblings, in page order) with the posting's sections found in the branches before and after them. */
export function sectionsInBranches(blocks: Element[], title: Element | null): Element[] {
  if (!blocks.length) return blocks;
  const before = branches(blocks[0]!, title, false);
  const after = branches(blocks[blocks.length - 1]!, title, true);
  return before.length || after.length ? [...before, ...blocks, ...after] : blocks;
}
