/**
 * Description HTML made safe to store: an allow-list tokenizer keeping headings, lists,
 * paragraphs, emphasis and links (href only, http(s)/mailto/tel/relative); no scripts, handlers,
 * images, styles, forms or other attributes. Every "<" in the output is one of the tags it wrote.
 *
 * Why not DOMPurify here: this runs in the capture script, injected on every click, and DOMPurify
 * is a third of that script (~11 KB gzipped). The description is sanitized again with DOMPurify
 * where it is rendered (components/dashboard/PostingDescription.tsx), and `sanitize-dom.ts` keeps
 * DOMPurify for the Readability script, which is injected only when needed.
 */
export const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'strong',
  'b', 'em', 'i', 'u', 'blockquote', 'pre', 'code', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'div',
  'span', 'sub', 'sup',
];
const ALLOWED = new Set(ALLOWED_TAGS);
const DROP_WITH_CONTENT = /<(script|style|noscript|template|iframe|object|embed|svg|math|textarea|select|head|title)\b[\s\S]*?(<\/\1\s*>|$)/gi;

function safeHref(raw: string): string | null {
  const value = raw
    .replace(/&(amp;)?#0*58;?|&colon;/gi, ':')
    .replace(/[\u0000-\u0020]/g, '')
    .trim();
  if (/^(https?:|mailto:|tel:|#|\/)/i.test(value)) return value.replace(/"/g, '&quot;').replace(/</g, '&lt;');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && value) return value.replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return null;
}

/** The allow-list tokenizer used when DOMPurify has no full DOM to work with. */
export function sanitizeWithoutDom(html: string): string {
  const s = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, '')
    .replace(/<![^>]*>|<\?[^>]*>/g, '')
    .replace(DROP_WITH_CONTENT, '');
  return s.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>?|</g, (tag, name: string | undefined, attrs: string | undefined) => {
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
  });
}

/** Sanitized description HTML. `_view` (the page's window) is kept for callers; the tokenizer needs no DOM. */
export function sanitizeHtml(html: string, _view?: (Window & typeof globalThis) | null, max = 2_000_000): string {
  if (!html) return '';
  const input = html.length > max ? html.slice(0, max) : html;
  const out = sanitizeWithoutDom(input);
  return out.length > max ? out.slice(0, max) : out;
}
