/**
 * Readability keeps one block of a posting and drops the sibling blocks that score low: a page builder's text
 * blocks of short list items ("The day-to-day", "Who we're after", "The good stuff") beside a short intro. Only
 * a sibling of the same class as the block it chose joins, and only when that block scored high. From the live
 * elements its reading came from, the posting's sibling sections join it as they join our own description
 * (`postingBlocks`: blocks of the same kind or opening with a section's name, never page chrome), and so do its
 * sections in other branches of a page builder's layout (`sectionsInBranches`).
 */
import { all, clean } from '../dom';
import { blocksHtml, postingBlocks } from './description-blocks';
import { sectionsInBranches } from './sections-in-branches';
import { SECTION_HEADING } from './section-heading';

/** Paragraphs of Readability's text long enough to find again on the page, and how many to look for. */
const MIN_PARAGRAPH = 60;
const PARAGRAPHS = 4;

function commonAncestor(elements: readonly Element[]): Element | null {
  let el: Element | null = elements[0]!;
  while (el && !elements.every((other) => el!.contains(other))) el = el.parentElement;
  return el;
}

/**
 * The HTML of the posting around Readability's reading (`text`), its sibling sections joined; null when no
 * section joins. The title heading stays out: it is the posting's name, not its text.
 */
export function widerReading(scope: ParentNode, text: string, title: Element | null): string | null {
  const wanted = new Set(
    text
      .split(/\n+/)
      .map((line) => clean(line))
      .filter((line) => line.length >= MIN_PARAGRAPH)
      .slice(0, PARAGRAPHS),
  );
  if (!wanted.size) return null;
  // (Readability parts a paragraph at a blank line, "<br><br>": the page's paragraph then holds the reading's.)
  const found = all(scope, 'p', 3000).filter((p) => {
    const shown = clean(p.textContent);
    return wanted.has(shown) || (shown.length > MIN_PARAGRAPH && [...wanted].some((line) => shown.includes(line)));
  });
  let anchor = found.length ? commonAncestor(found) : null;
  if (!anchor) return null;
  const body = anchor.ownerDocument?.body;
  // Up through wrappers of one element, as Readability goes up from its choice: the block the page builder made.
  while (anchor.parentElement && anchor.parentElement !== body && anchor.parentElement.children.length === 1)
    anchor = anchor.parentElement;
  const blocks = sectionsInBranches(postingBlocks(anchor, 'wrappers', title, SECTION_HEADING), title);
  if (blocks.length < 2) return null;
  const html = blocksHtml(blocks);
  return title && blocks.some((block) => block.contains(title)) ? html.replace(title.outerHTML, '') : html;
}
