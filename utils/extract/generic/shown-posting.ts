/**
 * The whole posting the page shows when structured data gave only a teaser or a part of it. Only
 * the finishing steps call it: kept out of `description-blocks.ts`, which the capture script
 * carries and shares (utils/extract/shared-modules.ts).
 */
import { clean, visibleText } from '../dom';
import { blocksHtml, postingBlocks } from './description-blocks';
import { SECTION_HEADING } from './section-heading';

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|HEAD|svg|SVG)$/;

/** The cleaned text of `root` and each element's span of it: one walk of the page serves every probe. */
interface PageText {
  all: string;
  span: Map<Element, readonly [number, number]>;
  /** The text's length as `textContent` gives it (the same text nodes). */
  raw: number;
}

/** Where `probe` occurs in the page's text. */
interface ProbeIndex {
  starts: number[];
  span: Map<Element, readonly [number, number]>;
  length: number;
}

function pageText(root: Element, maxRaw: number): PageText | null {
  let all = '';
  let raw = 0;
  let spaceLast = false;
  const span = new Map<Element, readonly [number, number]>();
  const stack: Array<Node | { close: Element; start: number }> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (!('nodeType' in item)) {
      span.set(item.close, [item.start, all.length]);
      continue;
    }
    if (item.nodeType === 3 || item.nodeType === 4) {
      const value = item.nodeValue ?? '';
      raw += value.length;
      if (raw > maxRaw) return null;
      // As clean() reads it, with whitespace runs across nodes collapsed too.
      const piece = value.replace(/[\u200b-\u200d\ufeff\u00ad]/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ');
      // (A flag, not all.endsWith: reading the end of a growing string copies it every time.)
      all += spaceLast && piece.startsWith(' ') ? piece.slice(1) : piece;
      if (piece) spaceLast = piece.endsWith(' ');
    } else if (item.nodeType === 1) {
      stack.push({ close: item as Element, start: all.length });
      for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return { all, span, raw };
}

function probeIndex(text: PageText, probe: string): ProbeIndex {
  const starts: number[] = [];
  for (let at = text.all.indexOf(probe); at >= 0; at = text.all.indexOf(probe, at + 1)) starts.push(at);
  return { starts, span: text.span, length: probe.length };
}

/** Does the element's text hold the probe? (binary search for the first occurrence inside its span) */
function holds(index: ProbeIndex, el: Element): boolean {
  const span = index.span.get(el);
  if (!span) return false;
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.starts[mid]! < span[0]) low = mid + 1;
    else high = mid;
  }
  return low < index.starts.length && index.starts[low]! + index.length <= span[1];
}

/** The deepest element that shows `probe` (text inside a script, e.g. the JSON-LD itself, does not count). */
function holder(el: Element, probe: string, depth: number, index: ProbeIndex): Element | null {
  if (depth < 80)
    for (const child of Array.from(el.children)) {
      if (SKIP.test(child.tagName) || !holds(index, child)) continue;
      const found = holder(child, probe, depth + 1, index);
      if (found) return found;
    }
  return visibleText(el, 100_000).includes(probe) ? el : null;
}

/** The first words of a teaser, as a second probe. */
const TEASER_WORDS = 4;
const TEASER_WORDS_MIN_LENGTH = 20;

/**
 * The whole posting the page shows when structured data described it with a teaser or a part
 * (`shortText`): the visible block that holds the teaser's opening, widened as far as the posting
 * goes. Null when the page shows nothing much longer; undefined when it never shows the text at all
 * (a summary written for job boards), so the caller may look for the posting another way.
 */
export function shownPosting(document: Document, shortText: string, title: Element | null): string | null | undefined {
  const body = document.body;
  if (!body) return null;
  const line = shortText.split('\n').find((l) => clean(l).length >= 25);
  if (!line) return null;
  const short = clean(shortText).length;
  // A teaser cut off with "…" is never the whole posting: any fuller text the page shows is.
  const cut = /(…|\.\.\.)$/.test(shortText.trim());
  // The opening, else a later sentence: a teaser may join the "About us" block and the job's own first lines.
  const sentences = clean(line).split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const probes = [clean(line), ...sentences.slice(1, 3).filter((p) => p.length >= 25)].map((p) => p.slice(0, 60));
  // Structured data may reword the page after the teaser's first words ("baut Förder-" for "baut seit 1962 Förder-").
  const words = clean(line).split(' ', TEASER_WORDS).join(' ');
  if (words.length >= TEASER_WORDS_MIN_LENGTH) probes.push(words);
  // One walk reads the body's text (too short, or over 1.5 M characters: null) for every probe.
  const text = pageText(body, 1_500_000);
  if (!text || text.raw < shortText.length * 1.5 + 200) return null;
  let onPage = false;
  for (const probe of probes) {
    const el = holder(body, probe, 0, probeIndex(text, probe));
    // (The teaser's first words may be the job's title: the heading shows the title, not the teaser.)
    if (!el || el === body || (title && (el === title || title.contains(el)))) continue;
    onPage = true;
    const blocks = postingBlocks(el, 'clean', title, SECTION_HEADING);
    const shown = blocks.reduce((sum, b) => sum + clean(b.textContent).length, 0);
    if (cut ? shown >= short * 1.2 && shown - short >= 80 : shown >= short * 1.5 && shown - short >= 200)
      return blocksHtml(blocks);
  }
  return onPage ? null : undefined;
}
