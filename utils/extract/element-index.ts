/**
 * One index of the page's elements for the length of one extraction run, for DOMs whose own
 * selector engine is slow. A run asks the whole document for headings, links, meta tags and site
 * markup from many steps; in linkedom (the CLI and the tests) every `querySelectorAll` walks the
 * whole tree in JavaScript and compiles its selector again. While `withElementIndex` holds a
 * document, `all()`/`first()` (dom.ts) answer the selectors this file understands (type, class, id
 * and attribute selectors, descendant and child combinators, lists) from one walk, bucketed by tag,
 * class and id: the same elements in the same (document) order; any other selector goes to the
 * engine. A query scoped to one of the page's elements reads the positions of its subtree (an
 * element's descendants follow it in document order). The run reads the page and never changes it
 * (Readability works on a copy). `extract()` opts in; the browser scripts do not (Chromium's native engine is faster, and
 * the capture script stays small). Never cached across runs: a page may change between two reads.
 */
import { classAttr, setIndexedQuery } from './dom';

interface ElementIndex {
  /** Every element in document order: what `querySelectorAll('*')` returns. */
  elements: Element[];
  /** Each element's position in `elements`, its lower-case tag and its class words (read once). */
  positions: Map<Element, number>;
  tags: string[];
  classes: string[][];
  byTag: Map<string, number[]>;
  byClass: Map<string, number[]>;
  byId: Map<string, number[]>;
  /** Elements carrying an attribute, by attribute name; filled for every name in one walk on first use. */
  byAttribute: Map<string, number[]> | null;
  /** Each element's subtree end (`subtreeEnds`), filled on the first query scoped to an element. */
  ends: Int32Array | null;
  /** Quirks mode: Chromium matches classes and ids case-insensitively there, so those go to the engine. */
  quirks: boolean;
  /** A selector list's candidate positions, merged once per run (steps ask for the same lists many times). */
  unions: Map<Parsed, number[]>;
  /** Each element's class attribute in lower case, read on the first case-insensitive class test. */
  lowerClasses: Array<string | undefined>;
}

interface AttributeTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
  ci: boolean;
}

interface Compound {
  tag: string | null;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
}

/** Compounds left to right; `child[k]` says compound k+1 is a child (not any descendant) of compound k. */
interface Complex {
  compounds: Compound[];
  child: boolean[];
}

interface Parsed {
  list: Complex[];
  classOrId: boolean;
}

/**
 * Attribute names the index may test, and whether their values compare case-insensitively in HTML
 * (`type` and `rel` are on HTML's list of such attributes, which Chromium and css-select both
 * follow); `data-*` and `aria-*` are case-sensitive. Any other attribute goes to the engine.
 */
const ATTRIBUTES: Record<string, boolean> = {
  href: false,
  role: false,
  itemtype: false,
  itemprop: false,
  itemscope: false,
  class: false,
  id: false,
  property: false,
  name: false,
  alt: false,
  content: false,
  datetime: false,
  for: false,
  style: false,
  type: true,
  rel: true,
};

const NAME = /^[a-z][a-z0-9-]*/;
/** `" i]` (the case-insensitive flag) with its space taken out, so the selector splits on spaces. */
const FLAG = /" i\]/g;
const PART = /^(?:([.#])(-?[A-Za-z_][\w-]*)|\[([a-z][a-z0-9_-]*)(?:([*^$~]?=)"([^"\s,>]+)"(\u0000i)?)?\])/;

const cache = new Map<string, Parsed | null>();

function caseInsensitive(name: string): boolean | null {
  if (name in ATTRIBUTES) return ATTRIBUTES[name]!;
  return /^(data|aria)-/.test(name) ? false : null;
}

function parseCompound(text: string, found: { classOrId: boolean }): Compound | null {
  const compound: Compound = { tag: null, ids: [], classes: [], attributes: [] };
  let rest = text;
  const tag = NAME.exec(rest);
  if (tag) {
    compound.tag = tag[0];
    rest = rest.slice(tag[0].length);
  }
  while (rest) {
    const part = PART.exec(rest);
    if (!part) return null;
    rest = rest.slice(part[0].length);
    if (part[1]) {
      found.classOrId = true;
      (part[1] === '.' ? compound.classes : compound.ids).push(part[2]!);
      continue;
    }
    const name = part[3]!;
    const ci = caseInsensitive(name);
    if (ci === null) return null;
    const op = (part[4] ?? '') as AttributeTest['op'];
    const flagged = !!part[6] || ci;
    const value = part[5] ?? '';
    compound.attributes.push({ name, op, value: flagged ? value.toLowerCase() : value, ci: flagged });
  }
  return compound.tag || compound.ids.length || compound.classes.length || compound.attributes.length ? compound : null;
}

function parse(selector: string): Parsed | null {
  if (cache.has(selector)) return cache.get(selector)!;
  let parsed: Parsed | null = { list: [], classOrId: false };
  for (const raw of selector.replace(FLAG, '"\u0000i]').split(',')) {
    const tokens = raw.trim().split(/\s*(>)\s*|\s+/);
    const complex: Complex = { compounds: [], child: [] };
    let child = false;
    for (const token of tokens) {
      if (token === undefined || token === '') continue;
      if (token === '>') {
        if (!complex.compounds.length || child) break;
        child = true;
        continue;
      }
      const compound = parseCompound(token, parsed);
      if (!compound) break;
      if (complex.compounds.length) complex.child.push(child);
      complex.compounds.push(compound);
      child = false;
    }
    const words = raw
      .trim()
      .split(/\s*>\s*|\s+/)
      .filter(Boolean).length;
    if (!complex.compounds.length || child || complex.compounds.length !== words) {
      parsed = null;
      break;
    }
    parsed.list.push(complex);
  }
  cache.set(selector, parsed);
  return parsed;
}

/**
 * The class attribute as linkedom's `getAttribute('class')` gives it (its class list's words once
 * each, joined by one space; '' without one), from the words the index read: that read rebuilds the
 * list and joins it every time.
 */
function classValue(index: ElementIndex, at: number): string {
  const words = index.classes[at]!;
  return words.length > 1 ? [...new Set(words)].join(' ') : (words[0] ?? '');
}

/** The class attribute in lower case (`[class*="logo" i]` tests it for many selectors in a run). */
function lowerClassValue(index: ElementIndex, at: number): string {
  let lower = index.lowerClasses[at];
  if (lower === undefined) {
    lower = classValue(index, at).toLowerCase();
    index.lowerClasses[at] = lower;
  }
  return lower;
}

function attributeMatches(index: ElementIndex, el: Element, at: number | undefined, test: AttributeTest): boolean {
  if (test.name === 'class' && at !== undefined) {
    // ('' without a class, as linkedom reads it.)
    if (!test.op) return true;
    return valueMatches(test.ci ? lowerClassValue(index, at) : classValue(index, at), test);
  }
  const raw = el.getAttribute(test.name);
  if (raw === null) return false;
  if (!test.op) return true;
  return valueMatches(test.ci ? raw.toLowerCase() : raw, test);
}

function valueMatches(v: string, test: AttributeTest): boolean {
  switch (test.op) {
    case '=':
      return v === test.value;
    case '*=':
      return v.includes(test.value);
    case '^=':
      return v.startsWith(test.value);
    case '~=':
      return v.split(/\s+/).includes(test.value);
    default:
      return v.endsWith(test.value);
  }
}

const NO_WORDS: string[] = [];

/** The class attribute's words, split as css-select splits them. */
function classWords(el: Element): string[] {
  const value = classAttr(el);
  return value ? value.split(/\s+/).filter(Boolean) : NO_WORDS;
}

function compoundMatches(index: ElementIndex, el: Element, compound: Compound, position?: number): boolean {
  const at = position ?? index.positions.get(el);
  if (
    compound.tag !== null &&
    (at === undefined ? (el.localName ?? '').toLowerCase() : index.tags[at]) !== compound.tag
  )
    return false;
  for (const id of compound.ids) if (el.getAttribute('id') !== id) return false;
  if (compound.classes.length) {
    const words = at === undefined ? classWords(el) : index.classes[at]!;
    for (const name of compound.classes) if (!words.includes(name)) return false;
  }
  for (const test of compound.attributes) if (!attributeMatches(index, el, at, test)) return false;
  return true;
}

/** Does `el` match compounds 0..k of `complex` (compound k on `el` itself)? */
function matchesFrom(index: ElementIndex, el: Element, complex: Complex, k: number, position?: number): boolean {
  if (!compoundMatches(index, el, complex.compounds[k]!, position)) return false;
  if (k === 0) return true;
  let up = el.parentElement;
  if (complex.child[k - 1]) return !!up && matchesFrom(index, up, complex, k - 1);
  for (; up; up = up.parentElement) if (matchesFrom(index, up, complex, k - 1)) return true;
  return false;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * Every element in document order, as `querySelectorAll('*')` lists them (linkedom's skips what a
 * <template> holds, and a browser's template has no element children), without its selector engine:
 * that matches every node against a compiled `*`, several times slower than this walk.
 */
function elementsOf(document: Document): Element[] {
  const list: Element[] = [];
  let el = document.firstElementChild;
  while (el) {
    list.push(el);
    const child = el.localName === 'template' ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    let up: Element | null = el;
    while (up && !up.nextElementSibling) {
      const parent: ParentNode | null = up.parentNode;
      up = parent && parent !== document && parent.nodeType === 1 ? (parent as Element) : null;
    }
    el = up ? up.nextElementSibling : null;
  }
  return list;
}

function build(document: Document): ElementIndex {
  const list = elementsOf(document);
  const index: ElementIndex = {
    elements: new Array<Element>(list.length),
    positions: new Map(),
    tags: new Array<string>(list.length),
    classes: new Array<string[]>(list.length),
    byTag: new Map(),
    byClass: new Map(),
    byId: new Map(),
    byAttribute: null,
    ends: null,
    quirks: document.compatMode === 'BackCompat',
    unions: new Map(),
    lowerClasses: new Array<string | undefined>(list.length),
  };
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    index.elements[i] = el;
    index.positions.set(el, i);
    const tag = (el.localName ?? '').toLowerCase();
    index.tags[i] = tag;
    push(index.byTag, tag, i);
    // Most elements carry no attribute: no class, no id to read.
    if (!el.hasAttributes()) {
      index.classes[i] = NO_WORDS;
      continue;
    }
    const words = classWords(el);
    index.classes[i] = words;
    for (const word of words.length > 1 ? new Set(words) : words) push(index.byClass, word, i);
    const id = el.getAttribute('id');
    if (id !== null) push(index.byId, id, i);
  }
  return index;
}

/** Every attribute name's elements, in one walk (one walk per name would read each element's attributes again). */
function attributeIndex(index: ElementIndex): Map<string, number[]> {
  if (index.byAttribute) return index.byAttribute;
  const byAttribute = new Map<string, number[]>();
  const { elements } = index;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    // (No list of names is built for the many elements without attributes.)
    if (!el.hasAttributes()) continue;
    const names = el.getAttributeNames();
    for (let j = 0; j < names.length; j++) {
      const name = names[j]!;
      // A name written twice is one attribute: the element goes into its bucket once.
      if (j > 0 && names.indexOf(name) < j) continue;
      push(byAttribute, name, i);
    }
  }
  index.byAttribute = byAttribute;
  return byAttribute;
}

const NONE: number[] = [];

/** Positions that may match the compound (its most telling part's bucket), in document order. */
function candidates(index: ElementIndex, compound: Compound): number[] {
  if (compound.ids.length) return index.byId.get(compound.ids[0]!) ?? NONE;
  if (compound.classes.length) return index.byClass.get(compound.classes[0]!) ?? NONE;
  if (compound.tag !== null) return index.byTag.get(compound.tag) ?? NONE;
  return attributeIndex(index).get(compound.attributes[0]!.name) ?? NONE;
}

/** Documents a run holds open: null until a query first needs the walk. */
const open = new Map<Document, ElementIndex | null>();

/** Where each element's subtree ends: the position of its last descendant (itself when it has none). */
function subtreeEnds(index: ElementIndex): Int32Array {
  if (index.ends) return index.ends;
  const { elements, positions } = index;
  const ends = new Int32Array(elements.length);
  for (let i = 0; i < ends.length; i++) ends[i] = i;
  for (let i = elements.length - 1; i >= 0; i--) {
    const parent = elements[i]!.parentElement;
    const at = parent ? positions.get(parent) : undefined;
    if (at !== undefined && ends[i]! > ends[at]!) ends[at] = ends[i]!;
  }
  index.ends = ends;
  return ends;
}

/** The open document a scope belongs to, and the scope's element when it is one (not the document). */
function openScope(scope: ParentNode): { document: Document; root: Element | null } | null {
  if (open.has(scope as Document)) return { document: scope as Document, root: null };
  const element = scope as Element;
  const owner = element.nodeType === 1 ? element.ownerDocument : null;
  // A template's contents are not in the index (the engine reads them when asked from the template itself).
  if (!owner || !open.has(owner) || element.localName === 'template') return null;
  return { document: owner, root: element };
}

function query(scope: ParentNode, selector: string, cap: number): Element[] | undefined {
  const scoped = openScope(scope);
  if (!scoped) return undefined;
  const parsed = parse(selector);
  if (!parsed) return undefined;
  let index = open.get(scoped.document);
  if (!index) {
    index = build(scoped.document);
    open.set(scoped.document, index);
  }
  if (parsed.classOrId && index.quirks) return undefined;
  // An element's query: its descendants only, the positions right after it up to its subtree's end.
  let from = -1;
  let to = index.elements.length - 1;
  if (scoped.root) {
    const at = index.positions.get(scoped.root);
    if (at === undefined) return undefined;
    from = at;
    to = subtreeEnds(index)[at]!;
  }
  const { elements } = index;
  let positions =
    parsed.list.length === 1 ? candidates(index, lastCompound(parsed.list[0]!)) : index.unions.get(parsed);
  if (!positions) {
    positions = parsed.list.map((complex) => candidates(index, lastCompound(complex))).reduce(mergeSorted);
    index.unions.set(parsed, positions);
  }
  const out: Element[] = [];
  for (let j = firstAfter(positions, from); j < positions.length && out.length < cap; j++) {
    const position = positions[j]!;
    if (position > to) break;
    const el = elements[position]!;
    for (const complex of parsed.list) {
      if (matchesFrom(index, el, complex, complex.compounds.length - 1, position)) {
        out.push(el);
        break;
      }
    }
  }
  return out;
}

/** Two ascending lists of positions as one, each position once (the buckets are in document order). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(x <= y ? x : y);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function lastCompound(complex: Complex): Compound {
  return complex.compounds[complex.compounds.length - 1]!;
}

/** The first index in sorted `positions` whose value is above `from`. */
function firstAfter(positions: readonly number[], from: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! > from) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Runs `go` with `document`'s index open: `all()`/`first()` on the whole document use it. */
export function withElementIndex<T>(document: Document, go: () => T): T {
  if (open.has(document)) return go();
  open.set(document, null);
  const previous = setIndexedQuery(query);
  try {
    return go();
  } finally {
    open.delete(document);
    setIndexedQuery(previous);
  }
}
