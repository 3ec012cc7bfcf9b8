/**
 * One list of the page's elements for the length of one extraction run. A run asks the whole
 * document for headings, links, meta tags, labels and the like from many steps; in linkedom (the
 * CLI and the tests) every `querySelectorAll` walks the whole tree in JavaScript and compiles its
 * selector again. While a run holds the index open, `all()`/`first()` (dom.ts) answer the simple
 * selectors they are given ("h2, h3", "a[href]", `[itemtype*="JobPosting"]`) from one walk instead,
 * with the same elements in the same (document) order; any other selector goes to the engine.
 * Scoped to a run, never cached across runs: the page may change between two clicks.
 */

interface ElementIndex {
  /** Every element in document order: what `querySelectorAll('*')` returns. */
  elements: Element[];
  /** `localName` lower-cased, in step with `elements` (how both engines match a type selector in HTML). */
  names: string[];
}

type Test = (el: Element, name: string) => boolean;

/** Documents a run holds open: null until a query first needs the walk. */
const open = new Map<Document, ElementIndex | null>();

/**
 * Attribute names the index may test, and whether their values compare case-insensitively in HTML
 * (`type` and `rel` are on HTML's list of such attributes, which Chromium and css-select both follow).
 * A selector naming any other attribute goes to the engine.
 */
const ATTRIBUTES: Record<string, boolean> = {
  href: false,
  role: false,
  itemtype: false,
  itemprop: false,
  itemscope: false,
  class: false,
  property: false,
  name: false,
  alt: false,
  type: true,
  rel: true,
};

const COMPOUND = /^([a-z][a-z0-9]*)?((?:\[[^\]]+\])*)$/;
const ATTRIBUTE = /\[([a-z-]+)(?:(\*?=)"([^"]+)"( i)?)?\]/g;

/** Parsed selector lists (null: not one the index answers). */
const parsed = new Map<string, Test | null>();

function parseSelector(selector: string): Test | null {
  if (parsed.has(selector)) return parsed.get(selector)!;
  const parts: Test[] = [];
  for (const raw of selector.split(',')) {
    const part = parseCompound(raw.trim());
    if (!part) {
      parts.length = 0;
      break;
    }
    parts.push(part);
  }
  const test: Test | null = parts.length
    ? parts.length === 1
      ? parts[0]!
      : (el, name) => parts.some((part) => part(el, name))
    : null;
  parsed.set(selector, test);
  return test;
}

function parseCompound(compound: string): Test | null {
  const match = COMPOUND.exec(compound);
  if (!match || (!match[1] && !match[2])) return null;
  const tag = match[1] ?? null;
  const checks: Array<(el: Element) => boolean> = [];
  const brackets = match[2] ?? '';
  let consumed = 0;
  for (const [whole, attr, op, rawValue, flag] of brackets.matchAll(ATTRIBUTE)) {
    consumed += whole.length;
    if (!attr || !(attr in ATTRIBUTES)) return null;
    if (!op) {
      checks.push((el) => el.hasAttribute(attr));
      continue;
    }
    const ci = !!flag || ATTRIBUTES[attr]!;
    const value = ci ? rawValue!.toLowerCase() : rawValue!;
    const read = (el: Element) => {
      const v = el.getAttribute(attr);
      return v === null ? null : ci ? v.toLowerCase() : v;
    };
    checks.push(op === '=' ? (el) => read(el) === value : (el) => read(el)?.includes(value) ?? false);
  }
  if (consumed !== brackets.length) return null;
  return (el, name) => (tag === null || name === tag) && checks.every((check) => check(el));
}

function build(document: Document): ElementIndex {
  const list = document.querySelectorAll('*');
  const elements: Element[] = new Array<Element>(list.length);
  const names: string[] = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    elements[i] = el;
    names[i] = (el.localName ?? el.tagName ?? '').toLowerCase();
  }
  return { elements, names };
}

/** Runs `go` with the index of `document` open (nested calls on the same document share it). */
export function withElementIndex<T>(document: Document, go: () => T): T {
  if (open.has(document)) return go();
  open.set(document, null);
  try {
    return go();
  } finally {
    open.delete(document);
  }
}

/**
 * The elements of `scope` matching `selector` (at most `cap`), from the open index; undefined when
 * no run holds `scope` open or the selector is not a simple one.
 */
export function indexedAll(scope: ParentNode, selector: string, cap: number): Element[] | undefined {
  if (!open.has(scope as Document)) return undefined;
  const test = parseSelector(selector);
  if (!test) return undefined;
  let index = open.get(scope as Document);
  if (!index) {
    index = build(scope as Document);
    open.set(scope as Document, index);
  }
  const { elements, names } = index;
  const out: Element[] = [];
  for (let i = 0; i < elements.length && out.length < cap; i++) {
    if (test(elements[i]!, names[i]!)) out.push(elements[i]!);
  }
  return out;
}
