/**
 * The word lists of words.ts as lookups over the words of a text. Cheap to build and to run, unlike
 * one large case-insensitive regular expression, which V8 takes milliseconds to compile (and the
 * capture script would pay that on every click).
 */
import type { WordList } from './words';

export interface Word {
  /** Lower case, without a trailing dot ("p.a." → "p.a", "Std." → "std"). */
  text: string;
  index: number;
  end: number;
}

/** The words of a text with where each is: letters (with inner dots: "p.a."), "/" and numbers. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  // "İ" is the one letter whose lower case is longer; the indexes must stay the text's own.
  const lower = text.replace(/İ/g, 'I').toLowerCase();
  for (const m of lower.matchAll(/[a-zß-öø-ÿā-ɏ][a-zß-öø-ÿā-ɏ.]*|\/|\d+/g)) {
    out.push({ text: m[0].replace(/\.+$/, ''), index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const setOf = (list: string): ReadonlySet<string> => new Set(list.split('|'));

/** A compiled word list (see words.ts for how its entries match). */
export class Lexicon {
  private readonly whole = new Set<string>();
  private readonly starts: string[] = [];
  private readonly pairs = new Set<string>();
  private readonly pairStarts: string[] = [];
  private readonly inner: string[];
  private readonly except: string[];

  constructor(list: WordList) {
    for (const entry of list.start.split('|')) {
      const pair = entry.includes(' ');
      if (entry.endsWith('$')) (pair ? this.pairs : this.whole).add(entry.slice(0, -1));
      else (pair ? this.pairStarts : this.starts).push(entry);
    }
    this.inner = list.inner ? list.inner.split('|') : [];
    this.except = list.except ? list.except.split('|') : [];
  }

  /** Does the word at `i` (with the next one, for two-word entries) match? */
  has(words: readonly Word[], i: number): boolean {
    const word = words[i]!.text;
    if (this.except.some((s) => word.includes(s))) return false;
    if (this.whole.has(word) || this.starts.some((s) => word.startsWith(s))) return true;
    if (this.inner.some((s) => word.includes(s))) return true;
    const next = words[i + 1];
    if (!next || (!this.pairs.size && !this.pairStarts.length)) return false;
    const pair = `${word} ${next.text}`;
    return this.pairs.has(pair) || this.pairStarts.some((s) => pair.startsWith(s));
  }

  /** Where the first matching word of `text` starts, or -1. */
  firstIn(words: readonly Word[]): number {
    for (let i = 0; i < words.length; i++) if (this.has(words, i)) return words[i]!.index;
    return -1;
  }

  /** Where the last matching word starts, or -1. */
  lastIn(words: readonly Word[]): number {
    for (let i = words.length - 1; i >= 0; i--) if (this.has(words, i)) return words[i]!.index;
    return -1;
  }
}

/** Does `lead` end with one of the phrases (at a word's start)? Where that phrase starts, or -1. */
export function endsWithPhrase(lead: string, phrases: ReadonlySet<string>): number {
  const text = lead.toLowerCase().replace(/[\s:]+$/, '');
  for (const phrase of phrases) {
    const at = text.length - phrase.length;
    if (at >= 0 && text.endsWith(phrase) && (at === 0 || !/[a-zß-öø-ÿā-ɏ]/.test(text[at - 1]!))) return at;
  }
  return -1;
}
