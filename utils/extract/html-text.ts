/**
 * HTML strings → plain text that keeps headings and bullets as lines, and entity decoding.
 * String based (no DOM): description HTML comes from JSON-LD strings as often as from the page,
 * and parsing it as a string never loads images or runs handlers.
 */
import { decodeEntities } from '../text/entities';

/**
 * Undoes entity-escaped and double-escaped HTML ("&lt;p&gt;", "&amp;lt;p&amp;gt;") so it can be
 * sanitized as markup. Text that already contains tags is left alone.
 */
export function unescapeHtmlString(input: string): string {
  let value = input;
  for (let i = 0; i < 3; i++) {
    if (/<[a-z!/]/i.test(value)) break;
    if (!/&(amp;)*(lt|#60|#x3c);/i.test(value)) break;
    value = decodeEntities(value);
  }
  return value;
}

export function looksLikeHtml(value: string): boolean {
  return /<\/?(p|div|br|ul|ol|li|h[1-6]|strong|b|em|span|table|a)\b[^>]*>/i.test(value);
}

/**
 * HTML → plain text: headings on their own line, list items as "- item", paragraphs separated by a
 * blank line, entities decoded, whitespace collapsed.
 */
export function htmlToText(html: string, max = 1_000_000): string {
  if (!html) return '';
  let s = html.length > max * 4 ? html.slice(0, max * 4) : html;
  s = s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|iframe|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<h[1-6]\b[^>]*>/gi, '\n\n')
    .replace(/<\/h[1-6]\s*>/gi, '\n')
    .replace(/<\/(p|div|ul|ol|li|tr|table|section|article|blockquote|pre|dl|dd|dt|header|footer)\s*>/gi, '\n')
    .replace(/<(p|div|ul|ol|tr|table|section|article|blockquote|pre|dl|dd|dt|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/(td|th)\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  const out: string[] = [];
  let blank = false;
  for (const raw of s.split('\n')) {
    let line = raw.replace(/[\t \u00a0\u2007\u202f\u200b]+/g, ' ').trim();
    if (/^[-•·*▪◦●]\s*$/.test(line)) continue; // an empty list item
    line = line.replace(/^[•·*▪◦●]\s+/, '- ');
    if (!line) {
      blank = out.length > 0;
      continue;
    }
    // Consecutive list items stay together; other blocks are separated by one blank line.
    if (blank && !(line.startsWith('- ') && out[out.length - 1]?.startsWith('- '))) out.push('');
    blank = false;
    out.push(line);
  }
  const text = out.join('\n');
  return text.length > max ? text.slice(0, max) : text;
}

/** Plain text (maybe with newlines) → minimal HTML, for descriptions that come as text. */
export function textToHtml(text: string): string {
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}/)
    .map((block) => `<p>${esc(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
