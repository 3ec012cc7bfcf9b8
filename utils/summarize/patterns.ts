import { CLASS_WORDS } from './data/structure';

/** Compiles a data table of regular expression sources into one alternation, once. */
export function anyOf(sources: readonly string[], options: { whole?: boolean; flags?: string } = {}): RegExp {
  const body = sources.map((source) => `(?:${source})`).join('|');
  return new RegExp(options.whole ? `^(?:${body})$` : body, options.flags ?? 'i');
}

/** A money amount: "$176,000", "€39.000", "USD 116K", "39.000 €", "£50k" (one home: utils/money). */

/** "Führerschein Klasse B.", "permis B.", "truckkort A och B.": a class letter, not an initial, ends the sentence. */
const CLASS_LETTER_END = new RegExp(
  String.raw`(?:^|\s)(?:${CLASS_WORDS})\.?\s[A-Z]{1,2}(?:(?:,\s?|\s(?:och|og|und|and|et|y|en|or|oder|eller|ou|o)\s)[A-Z]{1,2})*\.$`,
  'iu',
);

/** Splits prose into sentences; keeps abbreviations like "e.g." and "B.Sc." together. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=["“(]?[A-ZÄÖÜÉÀ0-9])/);
  const sentences: string[] = [];
  for (const part of parts) {
    const previous = sentences[sentences.length - 1];
    if (
      previous !== undefined &&
      /\b(?:e\.g|i\.e|etc|vs|approx|aprox|ca|incl|Inc|Ltd|Co|Dr|Mr|Ms|Mrs|St|No|B\.Sc|M\.Sc|U\.S|kat|[A-Z])\.$/.test(
        previous,
      ) &&
      !CLASS_LETTER_END.test(previous)
    ) {
      sentences[sentences.length - 1] = `${previous} ${part}`;
    } else {
      sentences.push(part);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

/** Words that mark German text, where every noun is capitalised. Unicode-aware edges: "kläder" holds no German "der". */
export const GERMAN_TEXT = /(?<!\p{L})(?:und|der|die|das|mit|für|Sie|Du)(?!\p{L})/u;

/** Abbreviations a sentence goes on after ("… zzgl. Bonus", "… inkl. Pension"), as a pattern without their period. */
export const ABBREVIATIONS = String.raw`zzgl|inkl|ca|bzw|usw|evtl|ggf|etc|incl|approx|aprox|e\.g|i\.e|vs|u\.a|bl\.a|f\.eks|ecc|p\.ex|nr|resp|esp|z\. ?B`;

/** A legal-form suffix after a company's name: "Kiezkasse GmbH", "Acme, Inc.". */
export const LEGAL_SUFFIX =
  /[\s,]+(?:GmbH|AG|SE|Inc\.?|LLC|Ltd\.?|Limited|Corp\.?|Co\.?|S\.?A\.?S?|B\.?V\.?|N\.?V\.?|plc|KG|ApS|A\/S|ASA|AS|AB|Oyj?|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltda\.?|Sp\. z o\.o\.|gGmbH|e\.\s?V\.|Lda\.?|S\.L\.U?\.?|SARL)$/i;

/**
 * How a match of any of `sources` can begin: the canonical prefixes (up to `length` characters) its
 * matches start with, read from the sources themselves, so a costly alternation is tried only where
 * a cheap lookup says it may match. Knows literals, escaped punctuation, `\d`, classes of listed
 * characters and short ranges, groups with alternatives, quantifiers, and the zero-width `^`, `$`,
 * `\b`, lookarounds. Anything else ends a prefix where it stands: a shorter prefix only widens the
 * test, so no match is ever missed. Null when the sources are beyond this reading.
 */
export function matchPrefixes(
  sources: readonly string[],
  options: { length: number; ignoreCase: boolean },
): Set<string> | null {
  const { length, ignoreCase } = options;
  const canon = ignoreCase ? canonicalChar : (ch: string) => ch;
  const finished = new Set<string>();
  const LIMIT = 20_000;
  let failed = false;

  /** Reads one alternation starting at `at` up to a `)` at depth 0 (or the end); returns where it stopped. */
  const alternation = (source: string, at: number, state: Set<string>, out: Set<string>): number => {
    let pos = at;
    for (;;) {
      const branch = new Set(state);
      const result = sequence(source, pos, branch);
      for (const s of result.state) out.add(s);
      pos = result.end;
      if (source[pos] === '|') {
        pos++;
        continue;
      }
      return pos;
    }
  };

  /** One term's effect on the prefixes (`state` grows by what the term matches). */
  const sequence = (source: string, at: number, start: Set<string>): { state: Set<string>; end: number } => {
    let state = start;
    let pos = at;
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const termStart = pos;
      const term = (input: Set<string>): Set<string> => {
        const { next } = atom(source, termStart, input);
        return next;
      };
      const { end } = atom(source, termStart, new Set());
      pos = end;
      // Quantifier
      let min = 1;
      let max = 1;
      let quantified = false;
      const q = source[pos];
      if (q === '?' || q === '*' || q === '+') {
        min = q === '+' ? 1 : 0;
        max = q === '?' ? 1 : Infinity;
        pos++;
        quantified = true;
      } else if (q === '{') {
        const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos));
        if (braces) {
          min = Number(braces[1]);
          max = braces[2] ? (braces[3] ? Number(braces[3]) : Infinity) : min;
          pos += braces[0].length;
          quantified = true;
        }
      }
      if (quantified && source[pos] === '?') pos++; // lazy
      let current = state;
      for (let i = 0; i < Math.min(min, length + 1); i++) current = term(current);
      if (max > min) {
        const acc = new Set(current);
        let step = current;
        for (let i = min; i < Math.min(max, min + length + 1); i++) {
          step = term(step);
          for (const s of step) acc.add(s);
        }
        current = acc;
      }
      state = current;
      if (state.size > LIMIT) failed = true;
      if (failed) return { state: new Set(), end: source.length };
    }
    return { state, end: pos };
  };

  /** Appends characters (or ends prefixes on `null`: anything may follow). */
  const extend = (input: Set<string>, chars: readonly string[] | null): Set<string> => {
    const next = new Set<string>();
    for (const s of input) {
      if (s.length >= length) {
        finished.add(s);
        continue;
      }
      if (!chars) {
        finished.add(s);
        continue;
      }
      for (const ch of chars) {
        const longer = s + ch;
        if (longer.length >= length) finished.add(longer);
        else next.add(longer);
      }
    }
    return next;
  };

  const DIGITS = '0123456789'.split('');

  /** One atom at `at`: what it does to `input`, and where it ends. */
  const atom = (source: string, at: number, input: Set<string>): { next: Set<string>; end: number } => {
    const ch = source[at]!;
    if (ch === '^' || ch === '$') return { next: input, end: at + 1 };
    if (ch === '.') return { next: extend(input, null), end: at + 1 };
    if (ch === '\\') {
      const e = source[at + 1] ?? '';
      if (e === 'b' || e === 'B') return { next: input, end: at + 2 };
      if (e === 'd') return { next: extend(input, DIGITS), end: at + 2 };
      if (e === 'p' || e === 'P') {
        const name = /^\{[^}]*\}/.exec(source.slice(at + 2));
        return { next: extend(input, null), end: at + 2 + (name?.[0].length ?? 0) };
      }
      if (/[A-Za-z0-9]/.test(e)) return { next: extend(input, null), end: at + 2 };
      return { next: extend(input, [canon(e)]), end: at + 2 };
    }
    if (ch === '[') {
      const { chars, end } = charClass(source, at);
      return { next: extend(input, chars), end };
    }
    if (ch === '(') {
      let pos = at + 1;
      let lookaround = false;
      if (source[pos] === '?') {
        const head = source.slice(pos, pos + 3);
        if (head.startsWith('?:')) pos += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          pos += 2;
          lookaround = true;
        } else if (head === '?<=' || head === '?<!') {
          pos += 3;
          lookaround = true;
        } else {
          failed = true;
          return { next: new Set(), end: source.length };
        }
      }
      const out = new Set<string>();
      // A lookaround's own text is read only to find its end: it adds nothing to the prefixes.
      const end = alternation(source, pos, lookaround ? new Set() : input, out);
      if (source[end] !== ')') failed = true;
      return { next: lookaround ? input : out, end: end + 1 };
    }
    return { next: extend(input, [canon(ch)]), end: at + 1 };
  };

  /** A bracketed class: its characters, or null (anything: negated, escapes of sets, long ranges). */
  const charClass = (source: string, at: number): { chars: string[] | null; end: number } => {
    let pos = at + 1;
    let negated = false;
    if (source[pos] === '^') {
      negated = true;
      pos++;
    }
    const chars: string[] = [];
    let unknown = negated;
    const read = (): string | null => {
      const ch = source[pos]!;
      if (ch === '\\') {
        const e = source[pos + 1] ?? '';
        pos += 2;
        if (e === 'p' || e === 'P') {
          const name = /^\{[^}]*\}/.exec(source.slice(pos));
          pos += name?.[0].length ?? 0;
          return null;
        }
        return /[A-Za-z0-9]/.test(e) ? null : e;
      }
      pos++;
      return ch;
    };
    while (pos < source.length && source[pos] !== ']') {
      const from = read();
      if (source[pos] === '-' && source[pos + 1] !== ']' && pos + 1 < source.length) {
        pos++;
        const to = read();
        if (from === null || to === null || to.charCodeAt(0) - from.charCodeAt(0) > 64) unknown = true;
        else for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) chars.push(String.fromCharCode(c));
        continue;
      }
      if (from === null) unknown = true;
      else chars.push(from);
    }
    const end = pos + 1;
    return { chars: unknown ? null : [...new Set(chars.map(canon))], end };
  };

  for (const source of sources) {
    const out = new Set<string>();
    const end = alternation(source, 0, new Set(['']), out);
    if (end !== source.length) failed = true;
    if (failed) return null;
    for (const s of out) finished.add(s);
  }
  return failed ? null : finished;
}

/** The character a case-insensitive (non-Unicode) regular expression compares: ECMAScript's Canonicalize. */
function canonicalChar(ch: string): string {
  const upper = ch.toUpperCase();
  return upper.length === 1 && !(ch.charCodeAt(0) > 127 && upper.charCodeAt(0) < 128) ? upper : ch;
}

/** `canonicalChar` by character code; ASCII without building a string. */
function canonicalCode(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  return canonicalChar(String.fromCharCode(code)).charCodeAt(0);
}

/**
 * A test for "a match of these sources may start here", from `matchPrefixes` (prefixes of up to
 * three characters, kept as numbers: three 16-bit codes); null: always try.
 */
export function prefixTest(
  sources: readonly string[],
  options: { length: number; ignoreCase: boolean },
): ((text: string, at: number) => boolean) | null {
  const prefixes = options.length <= 3 ? matchPrefixes(sources, options) : null;
  if (!prefixes || prefixes.has('')) return null;
  const canon = options.ignoreCase ? canonicalCode : (code: number) => code;
  const keyOf = (text: string, at: number, size: number): number => {
    let key = 0;
    for (let i = 0; i < size; i++) key = key * 65536 + canon(text.charCodeAt(at + i));
    return key;
  };
  /** By prefix length, shortest first: the keys of that length. */
  const bySize = new Map<number, Set<number>>();
  for (const prefix of [...prefixes].sort((a, b) => a.length - b.length)) {
    const keys = bySize.get(prefix.length) ?? new Set<number>();
    keys.add(keyOf(prefix, 0, prefix.length));
    bySize.set(prefix.length, keys);
  }
  const sizes = [...bySize];
  return (text, at) => {
    for (const [size, keys] of sizes) {
      if (at + size > text.length) return false;
      if (keys.has(keyOf(text, at, size))) return true;
    }
    return false;
  };
}

/** Where a bracketed class that opens at `open` ends (Unicode mode: no nested classes). */
export function classEnd(source: string, open: number): number {
  for (let at = open + 1; at < source.length; at++) {
    if (source[at] === '\\') at++;
    else if (source[at] === ']') return at;
  }
  return source.length;
}

/** Where the group that opens at `open` closes; escapes and bracketed classes skipped. */
export function closingOf(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const ch = source[at];
    if (ch === '\\') at++;
    else if (ch === '[') at = classEnd(source, at);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return at;
  }
  return source.length;
}

/** The alternatives of a group's body, split at its own "|" (not those of inner groups or classes). */
export function alternativesOf(body: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = 0; at < body.length; at++) {
    const ch = body[at];
    if (ch === '\\') at++;
    else if (ch === '(') at = closingOf(body, at);
    else if (ch === '[') at = classEnd(body, at);
    else if (ch === '|') {
      parts.push(body.slice(from, at));
      from = at + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

const START_CLASSES: Readonly<Record<string, RegExp>> = {
  '\\d': /^\d$/u,
  '\\p{Lu}': /^\p{Lu}$/u,
  '\\p{Ll}': /^\p{Ll}$/u,
  '\\p{L}': /^\p{L}$/u,
};

interface Starts {
  chars: Set<string>;
  classes: Set<RegExp>;
}

/**
 * The characters a match of `source` (Unicode mode, case-sensitive) may begin with, added to
 * `starts`; false when this simple reading cannot tell (a bracketed class, a wildcard, a match
 * that may be empty …): then any character may begin one.
 */
function addStarts(source: string, starts: Starts): boolean {
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    // Zero-width: lookbehinds, word boundaries.
    if (rest.startsWith('(?<!') || rest.startsWith('(?<=')) {
      at = closingOf(source, at) + 1;
      continue;
    }
    if (rest.startsWith('\\b') || rest.startsWith('\\B')) {
      at += 2;
      continue;
    }
    let end: number;
    if (rest.startsWith('(?:')) {
      end = closingOf(source, at) + 1;
      const body = source.slice(at + 3, end - 1);
      if (!alternativesOf(body).every((alternative) => addStarts(alternative, starts))) return false;
    } else if (rest[0] === '\\') {
      const named = /^\\p\{[^}]*\}/u.exec(rest)?.[0] ?? rest.slice(0, 2);
      const pattern = START_CLASSES[named];
      if (pattern) starts.classes.add(pattern);
      else if (/^\\[^\p{L}\p{N}]$/u.test(named)) starts.chars.add(named.slice(1));
      else return false;
      end = at + named.length;
    } else if (/^[\p{L}\p{N} ,'’&-]/u.test(rest)) {
      const ch = String.fromCodePoint(rest.codePointAt(0) ?? 0);
      starts.chars.add(ch);
      end = at + ch.length;
    } else return false;
    // An atom that may be left out: what follows it may begin the match too.
    const quantifier = source.slice(end);
    if (!/^(?:[?*]|\{0[,}])/.test(quantifier)) return true;
    at = end + (/^\{[^}]*\}|^./.exec(quantifier)?.[0].length ?? 1);
    if (source[at] === '?') at++;
  }
  return false;
}

/**
 * A test for "a match of one of these sources may begin with the character at `at`", read from the
 * sources (Unicode mode, case-sensitive); null when some source is beyond this reading (then try
 * everywhere). Cheap enough to run before a long alternation at every candidate position.
 */
export function firstCharTest(sources: readonly string[]): ((text: string, at: number) => boolean) | null {
  const starts: Starts = { chars: new Set(), classes: new Set() };
  if (!sources.every((source) => addStarts(source, starts))) return null;
  const classes = [...starts.classes];
  return (text, at) => {
    if (at >= text.length) return false;
    const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
    return starts.chars.has(ch) || classes.some((pattern) => pattern.test(ch));
  };
}

/** Whether a UTF-16 code is white space as `\s` reads it. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** "and" in the languages lists are written in (lower case: a clause that opens with "And" is a sentence). */
const AND_WORDS = 'and|e|et|und|y|en|och|og|oraz|ja';
/**
 * The "and" that joins a list's last item to the one before ("medical and dental", "tickets restaurant et remise").
 * Not Polish "i": inside a clause it is as often Scandinavian "in" ("Fri parkering i vårt garage").
 */
const LIST_AND = new RegExp(` (?:${AND_WORDS}) (?=\\S)`);
/** French words that make "en" the preposition ("prise en charge"), not Dutch "and". */
const FRENCH_WORDS = /(?:^|\s)(?:à|et|les|des|du|au|aux|une|pour|avec|sur)(?=\s|$)/i;
const LIST_AND_NOT_EN = new RegExp(` (?:${AND_WORDS.replace('|en|', '|')}) (?=\\S)`);
/** A text split at LIST_AND; in French (`context` shows it) "en" joins nothing. */
export function splitAtAnd(text: string, context = text): string[] {
  const parts = text.split(LIST_AND);
  return parts.length > 1 && FRENCH_WORDS.test(context) ? text.split(LIST_AND_NOT_EN) : parts;
}
/** The "and" that opens a list's last item after a serial comma (", and a pension …", ", i karta"): no part of the item. */
export const SERIAL_AND = new RegExp(`^(?:${AND_WORDS}|i) (?=\\S)`);

/** A sentence's comma-separated clauses, trimmed; a comma inside parentheses stays ("(SCADA, OT networks)"). */
export function commaClauses(text: string): string[] {
  return text.split(/,\s+(?![^()]*\))/).map((clause) => clause.trim());
}

/** How many words (runs of characters other than `\s`) a text holds, as `text.split(/\s+/).filter(Boolean).length` without the arrays. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const space = isSpaceCode(text.charCodeAt(at));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
