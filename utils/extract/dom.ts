/** Small DOM helpers that work the same in Chromium and linkedom. No layout (no innerText). */

/** The selector query of an open element index (`element-index.ts`); undefined: ask the engine. */
export type IndexedQuery = (scope: ParentNode, selector: string, cap: number) => Element[] | undefined;
const NO_INDEX: IndexedQuery = () => undefined;
let indexedAll: IndexedQuery = NO_INDEX;

/** Sets the query `all()`/`first()` try first; returns the one it replaces. */
export function setIndexedQuery(query: IndexedQuery): IndexedQuery {
  const previous = indexedAll;
  indexedAll = query;
  return previous;
}

/** Elements whose content is never text a reader sees (each walker adds its own to these). */
export const NON_TEXT_TAGS: readonly string[] = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME'];
const SKIP_TAGS = new Set([...NON_TEXT_TAGS, 'OBJECT', 'HEAD', 'TITLE']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'TR',
  'TD',
  'TH',
  'DT',
  'DD',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'HR',
  'ADDRESS',
  'MAIN',
  'ASIDE',
  'NAV',
]);

/** What `clean` changes besides the ends: zero-width characters, and whitespace but one plain space. */
const UNCLEAN = /[\u200b-\u200d\ufeff\u00ad]|[^\S ]| {2}/;

/** Collapses whitespace (incl. NBSP and zero-width characters) and trims. */
export function clean(value: string | null | undefined): string {
  if (!value) return '';
  if (!UNCLEAN.test(value)) return value.trim();
  return value
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * The class attribute, for tests of its words. Under an element index (`extract()` on linkedom) it is
 * read from the attribute node: linkedom's `getAttribute('class')` builds the element's class list and
 * joins it again on every read (dropping repeated words and extra spaces). A browser's is a plain read.
 */
export function classAttr(el: Element): string | null {
  return indexedAll === NO_INDEX ? el.getAttribute('class') : (el.getAttributeNode('class')?.value ?? null);
}

/** True when an element is visually hidden by a pattern the page uses for screen-reader text. */
function isHiddenText(el: Element): boolean {
  // Most elements carry no attribute: one cheap call spares four lookups (and linkedom's class list).
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const cls = classAttr(el);
  return !!cls && /(^|\s)(sr-only|visually-hidden|screen-reader-text|a11y-text|visuallyhidden)(\s|$)/.test(cls);
}

/**
 * Text a user sees in an element, without scripts, styles or visually hidden helper text.
 * Iterative (deeply nested pages cannot overflow the stack) and capped at `max` characters.
 * Block elements become line breaks when `lines` is set.
 */
export function visibleText(root: Element | null | undefined, max = 2000, lines = false): string {
  if (!root) return '';
  let out = '';
  const stack: Array<Node | string> = [root];
  let visited = 0;
  while (stack.length && out.length < max && visited < 50_000) {
    const node = stack.pop()!;
    visited++;
    if (typeof node === 'string') {
      out += lines ? node : ' ';
      continue;
    }
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (el !== root && isHiddenText(el)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) out += lines ? '\n' : ' ';
    if (block) stack.push('\n');
    // Last child first, by sibling links (no child list is built: linkedom makes a new array per read).
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  if (lines) {
    return out
      .split('\n')
      .map((line) => clean(line))
      .filter(Boolean)
      .join('\n')
      .slice(0, max);
  }
  return clean(out).slice(0, max);
}

/** First element matching any selector in the list (selectors are tried in order). */
export function first(scope: ParentNode, selectors: readonly string[] | string): Element | null {
  const list = typeof selectors === 'string' ? [selectors] : selectors;
  for (const selector of list) {
    const indexed = indexedAll(scope, selector, 1);
    if (indexed) {
      if (indexed[0]) return indexed[0];
      continue;
    }
    try {
      const found = scope.querySelector(selector);
      if (found) return found;
    } catch {
      // An unsupported selector in one engine must not stop the others.
    }
  }
  return null;
}

/** All elements matching a selector, capped (and safe against unsupported selectors). */
export function all(scope: ParentNode, selector: string, cap = 500): Element[] {
  const indexed = indexedAll(scope, selector, cap);
  if (indexed) return indexed;
  try {
    const list = scope.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < list.length && i < cap; i++) out.push(list[i]!);
    return out;
  } catch {
    return [];
  }
}

export function attr(el: Element | null | undefined, name: string): string {
  return clean(el?.getAttribute(name) ?? '');
}

/** Meta tag content by property or name. */
export function meta(document: Document, key: string): string {
  return attr(
    first(document, [`meta[property="${key}"]`, `meta[name="${key}"]`, `meta[itemprop="${key}"]`]),
    'content',
  );
}

/** Resolves a possibly relative URL against a base; null when it is not an http(s) URL. */
export function absoluteUrl(href: string, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An element's inner HTML, capped, or '' when the engine cannot give it. */
export function innerHtml(el: Element | null | undefined, max = 2_000_000): string {
  if (!el) return '';
  try {
    const html = el.innerHTML ?? '';
    return html.length > max ? html.slice(0, max) : html;
  } catch {
    return '';
  }
}
