/** [start, end) ranges of `text` to highlight. */
export type HighlightRange = readonly [number, number];

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where the matched index terms occur in `text`: each word of the text that starts with a matched
 * term (terms are lowercased words, already expanded by prefix/fuzzy search) is highlighted up to
 * the term's length. Ranges are sorted and never overlap.
 */
export function highlightRanges(text: string, terms: readonly string[]): HighlightRange[] {
  if (terms.length === 0 || !text) return [];
  const lowered = terms.map((term) => term.toLowerCase()).filter(Boolean);
  const ranges: HighlightRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    let best = 0;
    for (const term of lowered) if (term.length > best && word.startsWith(term)) best = term.length;
    if (best > 0) ranges.push([match.index, match.index + best]);
  }
  return ranges;
}

/** The text cut into plain and highlighted parts, for rendering with <mark>. */
export function highlightParts(text: string, ranges: readonly HighlightRange[]): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
