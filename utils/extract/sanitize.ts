/**
 * Description HTML made safe to store: an allow-list tokenizer keeping headings, lists,
 * paragraphs, emphasis and links (href only, http(s)/mailto/tel/relative, character references
 * decoded before the check); no scripts, handlers, images, styles, forms or other attributes.
 * Every "<" in the output is one of the tags it wrote.
 *
 * Why not DOMPurify here: this runs in the capture script, injected on every click, and DOMPurify
 * is a third of that script (~11 KB gzipped). The description is sanitized again with DOMPurify
 * where it is rendered (components/dashboard/PostingDescription.tsx), and `sanitize-dom.ts` keeps
 * DOMPurify for the Readability script, which is injected only when needed.
 */
export const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'div',
  'span',
  'sub',
  'sup',
];
const ALLOWED = new Set(ALLOWED_TAGS);
const DROP_WITH_CONTENT =
  /<(script|style|noscript|template|iframe|object|embed|svg|math|textarea|select|head|title)\b[\s\S]*?(<\/\1\s*>|$)/gi;

/** Character references in an attribute value, decoded as the browser will decode them. */
function decodeAttribute(raw: string): string {
  return raw
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_m, hex: string) => safeCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_m, dec: string) => safeCodePoint(parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, ' ')
    .replace(/&quot;/gi, '"')
    .replace(/&apos;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');
}

function safeCodePoint(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '';
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function safeHref(raw: string): string | null {
  // Decoded first: "javascript&#x3a;…" and "java&#9;script:" are what the browser would follow.
  const value = decodeAttribute(raw)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .trim();
  if (/^(https?:|mailto:|tel:|#|\/)/i.test(value)) return escapeAttribute(value);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && value) return escapeAttribute(value);
  return null;
}

/**
 * A `<` that does not open a bare allowed tag (no attributes) or an http(s) link: where
 * sanitizing would change something. One linear scan, no backtracking over the whole string.
 */
const NOT_ALLOWED_TAG = new RegExp(`<(?!/?(?:${ALLOWED_TAGS.join('|')})>|a href="https?://(?:[^"<>&]|&amp;)*">)`, 'i');

/** Whether HTML already holds only what the allow-list keeps (a Jobshelf export's usual case). */
export function isAllowListClean(html: string): boolean {
  return !NOT_ALLOWED_TAG.test(html);
}

/** The allow-list tokenizer (see the note at the top). */
export function sanitizeWithoutDom(html: string): string {
  const s = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, '')
    .replace(/<![^>]*>|<\?[^>]*>/g, '')
    .replace(DROP_WITH_CONTENT, '');
  return s.replace(
    /<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>?|</g,
    (tag, name: string | undefined, attrs: string | undefined) => {
      if (!name) return '&lt;';
      const lower = name.toLowerCase();
      if (!ALLOWED.has(lower)) return '';
      if (tag.startsWith('</')) return `</${lower}>`;
      if (lower === 'a') {
        const href = (attrs ?? '').match(/\shref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i);
        const value = href ? safeHref(href[2] ?? href[3] ?? href[4] ?? '') : null;
        return value ? `<a href="${value}" rel="noopener noreferrer nofollow">` : '<a>';
      }
      return `<${lower}>`;
    },
  );
}

/** Sanitized description HTML. `_view` (the page's window) is kept for callers; the tokenizer needs no DOM. */
export function sanitizeHtml(html: string, _view?: (Window & typeof globalThis) | null, max = 2_000_000): string {
  if (!html) return '';
  const input = html.length > max ? html.slice(0, max) : html;
  const out = sanitizeWithoutDom(input);
  return out.length > max ? out.slice(0, max) : out;
}
