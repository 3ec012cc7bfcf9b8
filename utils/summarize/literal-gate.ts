import type { TextTest } from '../text/text-test';
import { alternativesOf, anyOf, classEnd, closingOf } from './patterns';

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** Where a quantifier after `at` ends (at itself when none): "?", "*", "+", "{2,4}", lazy or not. */
function quantifierEnd(source: string, at: number): { end: number; optional: boolean } {
  const found = QUANTIFIER.exec(source.slice(at, at + 12));
  if (!found) return { end: at, optional: false };
  const text = found[0];
  return { end: at + text.length, optional: text[0] === '?' || text[0] === '*' || /^\{0\b/.test(text) };
}

/** How many characters an escape at `at` ("\\b", "\\.", "\\u00e9", "\\p{L}") takes. */
function escapeLength(source: string, at: number): number {
  const e = source[at + 1] ?? '';
  if (e === 'u') return source[at + 2] === '{' ? source.indexOf('}', at) - at + 1 : 6;
  if (e === 'x') return 4;
  if (e === 'c') return 3;
  if ((e === 'p' || e === 'P' || e === 'k') && source[at + 2] === '{') return source.indexOf('}', at) - at + 1;
  return 2;
}

/** Higher is a sharper gate: the shortest literal counts most, then fewer of them. */
const sharpness = (literals: readonly string[]) =>
  Math.min(...literals.map((literal) => literal.length)) * 1000 - literals.length;

/**
 * Literal text every match of `source` holds, lower-cased: one of the returned strings occurs in any
 * text the source matches (case-insensitively, without the `u` flag). Read from plain characters and
 * escaped punctuation outside optional parts, and from groups whose every alternative holds one;
 * classes, wildcards, `\b` and the like end a literal where they stand. Null when it finds no
 * literal of two characters or more, so the caller always tries the expression.
 */
export function requiredLiterals(source: string): string[] | null {
  const branches = alternativesOf(source);
  if (branches.length > 1) {
    const union: string[] = [];
    for (const branch of branches) {
      const literals = requiredLiterals(branch);
      if (!literals) return null;
      union.push(...literals);
    }
    return [...new Set(union)];
  }
  let best: string[] | null = null;
  const offer = (literals: string[] | null) => {
    if (literals && (!best || sharpness(literals) > sharpness(best))) best = literals;
  };
  // The literal being read, as its spellings: a class of a few letters inside it ("l[öo]n") spells it
  // each way, so the gate holds "lön" and "lon" rather than "l" and "n" apart.
  let run = [''];
  const endRun = () => {
    const literals = [...new Set(run.map((spelling) => spelling.trim().toLowerCase()))];
    if (literals.every((literal) => literal.length >= 2)) offer(literals);
    run = [''];
  };
  for (let at = 0; at < source.length; at++) {
    const ch = source[at]!;
    if (ch === '(') {
      endRun();
      const close = closingOf(source, at);
      const { end, optional } = quantifierEnd(source, close + 1);
      const head = source.slice(at + 1, at + 4);
      const capturing = !head.startsWith('?');
      if (!optional && (capturing || head.startsWith('?:'))) {
        offer(requiredLiterals(source.slice(at + (capturing ? 1 : 3), close)));
      }
      at = end - 1;
      continue;
    }
    let spellings: string[] | null;
    let length = 1;
    if (ch === '[') {
      length = classEnd(source, at) - at + 1;
      spellings = fewLetters(source.slice(at + 1, at + length - 1));
    } else if (ch === '\\') {
      length = escapeLength(source, at);
      const e = source[at + 1] ?? '';
      spellings = /[A-Za-z0-9]/.test(e) ? null : [e];
    } else {
      spellings = '.^$|?*+{}'.includes(ch) ? null : [ch];
    }
    const { end } = quantifierEnd(source, at + length);
    // "offers?": the "s" may be missing; "e+" holds one "e" but what follows may not come right after it.
    if (!spellings || end > at + length || run.length * spellings.length > 8) endRun();
    else run = run.flatMap((spelling) => spellings.map((one) => spelling + one));
    at = end - 1;
  }
  endRun();
  return best;
}

/** The characters of a class body of up to four listed ones ("äa", "- "); null for ranges, escapes, negation. */
function fewLetters(body: string): string[] | null {
  if (!body || body.startsWith('^') || body.includes('\\') || /.-./.test(body)) return null;
  const chars = [...new Set(body)];
  return chars.length <= 4 ? chars : null;
}

export interface LiteralGate {
  /**
   * The gated sources (by their index in the list given) whose literal a lower-cased text holds: only
   * these may match it. In the order found; each once.
   */
  candidates(lowerText: string): number[];
  /** The sources without a literal to gate on: always to be tried. */
  ungated: string[];
}

/** The literals `sources` require, as one gate, and the sources it cannot gate. */
export function literalGate(sources: readonly string[]): LiteralGate {
  // By a literal's first two characters (every literal has two or more): one map lookup per position
  // of the text, where a loop of `includes` over hundreds of literals cost more than the expression.
  const byStart = new Map<number, Array<{ literal: string; source: number }>>();
  // Whether a literal may start with a pair of characters (hashed, so a "yes" may be wrong, a "no" never
  // is): most positions are passed over without the map.
  const startPair = new Uint8Array(65536);
  const ungated: string[] = [];
  sources.forEach((source, index) => {
    const found = requiredLiterals(source);
    if (!found) {
      ungated.push(source);
      return;
    }
    for (const literal of found) {
      startPair[(literal.charCodeAt(0) * 31 + literal.charCodeAt(1)) & 0xffff] = 1;
      const key = literal.charCodeAt(0) * 65536 + literal.charCodeAt(1);
      const list = byStart.get(key);
      if (list) list.push({ literal, source: index });
      else byStart.set(key, [{ literal, source: index }]);
    }
  });
  return {
    candidates(lowerText) {
      const found: number[] = [];
      for (let at = 0; at + 1 < lowerText.length; at++) {
        const first = lowerText.charCodeAt(at);
        const second = lowerText.charCodeAt(at + 1);
        if (!startPair[(first * 31 + second) & 0xffff]) continue;
        const list = byStart.get(first * 65536 + second);
        if (!list) continue;
        for (const { literal, source } of list)
          if (!found.includes(source) && lowerText.startsWith(literal, at)) found.push(source);
      }
      return found;
    },
    ungated,
  };
}

let lastText = '';
let lastLower = '';
/** `text.toLowerCase()`, kept for the next gate: the summarizer tests one line against several in a row. */
function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/**
 * `anyOf(sources, options).test`, behind a cheap gate: only the sources whose literal the text holds
 * are tried, each on its own. Most lines hold none, and V8 runs these long alternations slowly once its
 * regexp tier-up has compiled them (several times the cost of the same expression compiled up front,
 * measured in the summarizer's own runs). Sources without a literal are always tried, together. With
 * the `u` flag (whose case folding `toLowerCase` does not mirror) it is the plain expression.
 */
export function anyOfTest(sources: readonly string[], options: { whole?: boolean; flags?: string } = {}): TextTest {
  if (options.flags?.includes('u')) return anyOf(sources, options);
  const gate = literalGate(sources);
  const rest = gate.ungated.length ? anyOf(gate.ungated, options) : null;
  const single: Array<RegExp | undefined> = [];
  return {
    test(text: string): boolean {
      if (rest?.test(text)) return true;
      for (const index of gate.candidates(lowerCase(text))) {
        const expression = (single[index] ??= anyOf([sources[index]!], options));
        if (expression.test(text)) return true;
      }
      return false;
    },
  };
}
