/**
 * A posting's sections past one short interruption: company pages built with page builders set a
 * quote, a photo caption or a one-line call to action between the job's text and its next sections
 * ("Our crew on a Friday" / "Your profile" / "Benefits"). The join of sibling sections stops at the
 * first block that is not one (`postingBlocks`); here, on the reader's side only, the sections right
 * after one such short block are joined too. Never past chrome: the interruption holds no heading,
 * form or navigation and is not a row of links, and the next block opens with a section's name.
 */
import { clean } from '../dom';
import { postingBlocks } from './description-blocks';
import { SECTION_HEADING } from './section-heading';

/** An interruption longer than this is content of its own (an "About us" text), not a break. */
const MAX_BREAK_CHARS = 300;
const CHROME = 'form, nav, aside, footer, iframe, select, textarea, h1, h2, h3, h4, h5, h6';

function nextWithText(el: Element): Element | null {
  let sib = el.nextElementSibling;
  while (sib && !clean(sib.textContent)) sib = sib.nextElementSibling;
  return sib;
}

/** A block that opens with a posting's section heading ("Your profile", "Benefits"). */
function opensSection(el: Element): boolean {
  const head = /^H[2-6]$/i.test(el.tagName) ? el : el.querySelector('h2, h3, h4, h5, h6, strong, b');
  const heading = head ? clean(head.textContent) : '';
  return !!heading && clean(el.textContent).startsWith(heading) && SECTION_HEADING.test(heading);
}

export function sectionsPastBreak(blocks: Element[], title: Element | null): Element[] {
  const last = blocks[blocks.length - 1];
  const between = last && nextWithText(last);
  if (!between || opensSection(between) || /^(ASIDE|NAV|FOOTER|FORM)$/i.test(between.tagName)) return blocks;
  const text = clean(between.textContent);
  if (text.length > MAX_BREAK_CHARS || between.querySelector(CHROME)) return blocks;
  // A row of links ("CNC Machinist · HGV Driver") leads elsewhere: the posting ended before it.
  const linked = Array.from(between.querySelectorAll('a')).reduce((n, a) => n + clean(a.textContent).length, 0);
  if (linked > text.length / 2) return blocks;
  const next = nextWithText(between);
  if (
    !next ||
    !opensSection(next) ||
    /^(ASIDE|NAV|FOOTER|FORM)$/i.test(next.tagName) ||
    next.querySelector('form, nav')
  )
    return blocks;
  const more = postingBlocks(next, 'wrappers', title, SECTION_HEADING);
  // Only the sections from `next` on: a wider block (a wrapper of the whole page) is not the posting's.
  return more[0] === next ? [...blocks, ...more] : blocks;
}
