/**
 * The first site rule (in order) whose marker matches an element of the page.
 *
 * One query with every marker (~35 selectors) is cheap in a browser, but under linkedom (the CLI)
 * every element is tested against every part of the list, which made it the costliest query of an
 * extraction (0.3 ms on a 3 KB page). On pages of ordinary size one walk instead notes the tags,
 * classes, ids and attribute names the page uses; only a rule one of whose marker's parts could
 * match (its subject's tag, classes, id and attribute names are all on the page) is queried.
 * The answer is the same: the note only rules out markers that cannot match.
 */
import type { SiteRule } from './sites/site-rule';

/** Larger pages keep the single query (native and fast in the browser; the walk would cost more there). */
const WALK_MAX_ELEMENTS = 1500;

/** What the subject (last compound) of one selector needs: each entry must be on the page. */
type Needs = string[];

/** The last compound of a selector, outside brackets, quotes and parentheses. */
function lastCompound(selector: string): string {
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (depth === 0 && /[\s>+~]/.test(ch)) start = i + 1;
  }
  return selector.slice(start);
}

/**
 * What a compound requires, as page facts: `t:tag`, `c:class`, `i:id`, `a:attribute`, for an exact
 * attribute value `v:attribute=value`, for a part of it `s:attribute=part` (all lower case, so the
 * note never rules out a match).
 */
function needsOf(selector: string): Needs {
  const needs: Needs = [];
  const compound = lastCompound(selector.trim())
    .replace(/\[([^\]"']|"[^"]*"|'[^']*')*\]/g, (attr) => {
      const [, name = '', op = '', value = ''] =
        /^\[\s*([^\s~|^$*=\]]+)\s*([~|^$*]?=)?\s*["']?([^"'\]]*)/.exec(attr) ?? [];
      const lower = name.toLowerCase();
      const wanted = value.toLowerCase();
      needs.push(op === '=' ? `v:${lower}=${wanted}` : op === '*=' && wanted ? `s:${lower}=${wanted}` : `a:${lower}`);
      return ' ';
    })
    .replace(/:[\w-]+(\([^)]*\))?/g, ' ');
  const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0];
  if (tag) needs.push(`t:${tag.toLowerCase()}`);
  for (const [, kind, name] of compound.matchAll(/([.#])([\w-]+)/g))
    needs.push(`${kind === '.' ? 'c' : 'i'}:${name!.toLowerCase()}`);
  return needs;
}

/** Per rule with a marker: each selector of its list, as the facts it needs. */
const needsByRule = new WeakMap<SiteRule, Needs[]>();

function markerNeeds(rule: SiteRule): Needs[] {
  let needs = needsByRule.get(rule);
  if (!needs) {
    needs = (rule.marker ?? '').split(',').map(needsOf);
    needsByRule.set(rule, needs);
  }
  return needs;
}

/** The attributes the markers name: by presence, by exact value, and by a part of the value. */
interface Probe {
  present: readonly string[];
  valued: readonly string[];
  parts: ReadonlyArray<readonly [name: string, part: string]>;
}

/**
 * The facts on the page that the markers ask about (lower case); null on a large page. Reads
 * only the attributes the markers name: `getAttributeNames` is slow under linkedom.
 */
function pageFacts(document: Document, probe: Probe): Set<string> | null {
  let elements: ArrayLike<Element>;
  try {
    elements = document.querySelectorAll('*');
  } catch {
    return null;
  }
  if (elements.length > WALK_MAX_ELEMENTS) return null;
  const facts = new Set<string>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    facts.add(`t:${(el.localName || el.tagName).toLowerCase()}`);
    // The attribute node: linkedom's getAttribute('class') builds a classList for every element.
    const cls = el.getAttributeNode('class')?.value;
    if (cls) for (const token of cls.toLowerCase().split(/\s+/)) if (token) facts.add(`c:${token}`);
    const id = el.getAttribute('id');
    if (id) facts.add(`i:${id.toLowerCase()}`);
    for (const name of probe.present) if (el.hasAttribute(name)) facts.add(`a:${name}`);
    for (const name of probe.valued) {
      const value = el.getAttribute(name);
      if (value !== null) facts.add(`v:${name}=${value.toLowerCase()}`);
    }
    for (const [name, part] of probe.parts) {
      if (el.getAttribute(name)?.toLowerCase().includes(part)) facts.add(`s:${name}=${part}`);
    }
  }
  return facts;
}

function matchesAny(document: Document, selector: string): boolean {
  try {
    return !!document.querySelector(selector);
  } catch {
    // ignore selectors an engine does not support
    return false;
  }
}

/** Per list of rules: the attributes its markers name. */
const probeByRules = new WeakMap<readonly SiteRule[], Probe>();

function probeOf(rules: readonly SiteRule[]): Probe {
  let probe = probeByRules.get(rules);
  if (!probe) {
    const needs = rules.flatMap((rule) => markerNeeds(rule).flat());
    const names = (prefix: string) => [
      ...new Set(needs.filter((need) => need.startsWith(prefix)).map((need) => need.slice(2).split('=')[0]!)),
    ];
    const parts = [...new Set(needs.filter((need) => need.startsWith('s:')))].map((need) => {
      const [name = '', ...part] = need.slice(2).split('=');
      return [name, part.join('=')] as const;
    });
    probe = { present: names('a:'), valued: names('v:'), parts };
    probeByRules.set(rules, probe);
  }
  return probe;
}

export function ruleByMarker(rules: readonly SiteRule[], document: Document, allMarkers: string): SiteRule | null {
  const facts = pageFacts(document, probeOf(rules));
  if (!facts) return ruleBySingleQuery(rules, document, allMarkers);
  for (const rule of rules) {
    if (!rule.marker) continue;
    const possible = markerNeeds(rule).some((needs) => needs.every((need) => facts.has(need)));
    if (possible && matchesAny(document, rule.marker)) return rule;
  }
  return null;
}

/** One document scan for every rule's marker, then find whose marker the hit belongs to. */
function ruleBySingleQuery(rules: readonly SiteRule[], document: Document, allMarkers: string): SiteRule | null {
  let hit: Element | null = null;
  try {
    hit = document.querySelector(allMarkers);
  } catch {
    hit = null;
  }
  if (!hit) return null;
  for (const rule of rules) {
    if (!rule.marker) continue;
    try {
      if (hit.matches(rule.marker) || document.querySelector(rule.marker)) return rule;
    } catch {
      // ignore selectors an engine does not support
    }
  }
  return null;
}
