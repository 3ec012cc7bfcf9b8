/**
 * Characters a short field (title, company, location, tag) never needs and a hostile page uses to
 * disguise one: C0 controls (NUL, tabs and line breaks included), the invisible direction marks
 * U+200E/F, and the bidi embeddings, overrides and isolates U+202A–E and U+2066–9 that make
 * "gpj.exe" read as "exe.jpg". Stripped at every boundary a value crosses (capture, import, edit).
 */
const UNSAFE = '\\u0000-\\u001f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const HAS_UNSAFE = new RegExp(`[${UNSAFE}]`);
const ALL_UNSAFE = new RegExp(`[${UNSAFE}]`, 'g');

/** A short field without control and bidi-override characters (whitespace ones become a space). */
export function cleanShortField(value: string): string {
  if (!HAS_UNSAFE.test(value)) return value;
  return value
    .replace(/[\t\n\r\u000b\u000c]/g, ' ')
    .replace(ALL_UNSAFE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
