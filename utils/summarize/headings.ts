import { HEADING_VOCABULARY, type SectionKind } from './data/headings';
import { HEADING_DANGLING_WORDS, HEADING_FILLER_WORDS } from './data/structure';
import { GERMAN_TEXT, anyOf, prefixTest } from './patterns';
import { literalGate } from './literal-gate';

/**
 * The heading vocabulary compiled, on first use: building these expressions at import cost every
 * start of the background, which imports the summarizer long before it summarizes anything.
 */
function buildTables() {
  const sources = HEADING_VOCABULARY.flatMap(([, list]) => list);
  const gate = literalGate(sources);
  return {
    /** Each source's entry in the vocabulary, whose order matters: the first kind that matches wins. */
    entryOf: HEADING_VOCABULARY.flatMap(([, list], entry) => list.map(() => entry)),
    /** Each entry's kind, with its sources the gate cannot read (tried whole, in the entry's place). */
    entries: HEADING_VOCABULARY.map(([kind, list]) => {
      const ungated = list.filter((source) => gate.ungated.includes(source));
      return [kind, ungated.length ? anyOf(ungated) : null] as const;
    }),
    single: [] as Array<RegExp | undefined>,
    /** Each phrase as `phrasesIn` removes it from inside a heading (anchors make sense for one whole heading only). */
    phrases: sources.map((source) => `(?:${source.replace(/^\^|\$$/g, '')})[a-zà-ÿ]*`),
    /** Sources written for a whole heading ("^les plus$"): their phrase is tried after the others, so it cannot cut a longer one ("les plus du poste"). */
    anchored: sources.map((source) => /^\^|\$$/.test(source)),
    /** The phrases without a literal, always tried (by the source's index). */
    ungatedPhrases: new Set(sources.flatMap((source, index) => (gate.ungated.includes(source) ? [index] : []))),
    /** The expressions `phrasesIn` built, by the phrases they hold. */
    phraseSets: new Map<string, RegExp>(),
    /**
     * The heading phrases by the literals they hold; each phrase with nothing after it but punctuation
     * (tested anchored, at a word start), built when a text first holds its literal.
     */
    phraseGate: gate,
    phraseToEnd: [] as Array<RegExp | undefined>,
    ungatedToEnd: gate.ungated.length ? toEnd(gate.ungated) : null,
    sources,
    /** Whether a heading phrase may start at a position: its first three letters (most word starts fail here). */
    mayStartPhrase: prefixTest(sources, { length: 3, ignoreCase: true }),
  };
}
/** Any of `sources` at the start and nothing after it but punctuation. */
function toEnd(sources: readonly string[]): RegExp {
  return new RegExp(
    `^(?:${sources.map((source) => `(?:${source.replace(/^\^|\$$/g, '')})`).join('|')})[\\s:：.!?*]*$`,
    'i',
  );
}

let tables: ReturnType<typeof buildTables> | null = null;
const headingTables = () => (tables ??= buildTables());

/**
 * Every heading phrase the text may hold, as one expression to remove them with: the phrases whose literal
 * it holds and those without one, in the vocabulary's order (the first that matches at a place wins, as in
 * the whole list). A phrase may stop inside its word ("responsibilit"): the rest of the word goes with it.
 * The whole list, tried at every place of the text, cost more than the rest of the heading's reading.
 */
function phrasesIn(text: string): RegExp {
  const { phraseGate, phrases, anchored, phraseSets, ungatedPhrases } = headingTables();
  const chosen = [...new Set([...phraseGate.candidates(text.toLowerCase()), ...ungatedPhrases])].sort(
    (a, b) => Number(anchored[a]) - Number(anchored[b]) || a - b,
  );
  const key = chosen.join(',');
  let expression = phraseSets.get(key);
  if (!expression) {
    expression = new RegExp(chosen.map((index) => phrases[index]).join('|') || '(?!)', 'gi');
    phraseSets.set(key, expression);
  }
  return expression;
}
const FILLER = new Set(HEADING_FILLER_WORDS);
const DANGLING = new Set(HEADING_DANGLING_WORDS);
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A letter or a digit (one UTF-16 unit): ASCII by its code, the rest by the Unicode class. */
function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Cheap test before looking for a heading glued onto the end of a text: does one of its last few
 * words start a heading phrase that runs to the end? Anchored tries at word starts only.
 */
export function mayEndWithHeading(text: string): boolean {
  const tail = text.slice(-64).replace(/[‘’`´]/g, "'");
  const { mayStartPhrase, phraseToEnd, phraseGate, ungatedToEnd, sources } = headingTables();
  const candidates = phraseGate.candidates(tail.toLowerCase());
  if (!candidates.length && !ungatedToEnd) return false;
  const expressions = candidates.map((index) => (phraseToEnd[index] ??= toEnd([sources[index]!])));
  if (ungatedToEnd) expressions.push(ungatedToEnd);
  for (let at = tail.length - 1; at >= 0; at--) {
    if (!isLetterOrDigit(tail[at])) continue;
    const before = at > 0 ? tail[at - 1] : undefined;
    if (before === "'" || before === '’' || isLetterOrDigit(before)) continue;
    if (mayStartPhrase && !mayStartPhrase(tail, at)) continue;
    const rest = tail.slice(at);
    if (expressions.some((expression) => expression.test(rest))) return true;
  }
  return false;
}

/** Emoji and symbols a heading may open with ("🚀 What you'll do", "✨ Bonus"), and Spanish "¿" ("¿Qué ofrecemos?"). */
const LEADING_SYMBOLS = /^(?:[\s#*»>•\-–—¿¡\p{Extended_Pictographic}\p{So}]|\u200d|\ufe0f)+/u;

export function normalizeHeading(text: string): string {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(LEADING_SYMBOLS, '')
    .replace(/[\s:：.!?*\-–—]+$/, '')
    .toLowerCase();
}

/** The section a heading names, or null when it is not in the vocabulary. */
export function classifyHeading(text: string): SectionKind | null {
  const heading = normalizeHeading(text);
  if (!heading) return null;
  const { phraseGate, entryOf, entries, single, sources } = headingTables();
  // Only the sources whose literal the heading holds are tried, in the vocabulary's order.
  const candidates = phraseGate.candidates(heading).sort((a, b) => a - b);
  let next = 0;
  for (const [entry, [kind, ungated]] of entries.entries()) {
    if (ungated?.test(heading)) return kind;
    for (; next < candidates.length && entryOf[candidates[next]!] === entry; next++) {
      const index = candidates[next]!;
      if ((single[index] ??= anyOf([sources[index]!])).test(heading)) return kind;
    }
  }
  return null;
}

/**
 * The kind of a phrase that is nothing but a heading ("Minimum Qualifications", "Ihr Profil",
 * "What you'll do"), or null. Stricter than classifyHeading: "Strong Python skills" names a
 * heading word but is an item, so every word must be a heading word or filler.
 */
export function wholeHeadingKind(text: string): SectionKind | null {
  const trimmed = text.replace(LEADING_SYMBOLS, '').trim();
  if (!trimmed || trimmed.length > 60 || !/^[\p{Lu}\d]/u.test(trimmed)) return null;
  const kind = classifyHeading(trimmed);
  if (!kind) return null;
  const normalized = normalizeHeading(trimmed);
  const leftover = normalized
    .replace(phrasesIn(normalized), ' ')
    .split(/[\s,/]+/)
    .filter((word) => word && !FILLER.has(word));
  return leftover.length ? null : kind;
}

/**
 * "About Tallow & Reed", "Working at Quillmoss": an about heading that names the employer. Untagged
 * (a Google Doc's heading is bold only through a CSS class the sanitizer drops), every word beside the
 * heading words must be a name's (capitalised, or "&"/"+"), so "About 20% travel" stays a line.
 */
export function namedAboutHeading(text: string): boolean {
  const trimmed = text.replace(LEADING_SYMBOLS, '').trim();
  if (!trimmed || trimmed.length > 60 || !/^\p{Lu}/u.test(trimmed) || classifyHeading(trimmed) !== 'about')
    return false;
  const straight = trimmed.replace(/[‘’`´]/g, "'");
  const leftover = straight
    .replace(phrasesIn(straight), ' ')
    .split(/[\s,/]+/)
    .filter((word) => word && !FILLER.has(word.toLowerCase()));
  return leftover.length > 0 && leftover.every((word) => /^[\p{Lu}&+]/u.test(word));
}

/** How many words an inline heading may have ("Was wir dir bieten", "What we're looking for"). */
const INLINE_HEADING_WORDS = 6;
/** "About Zoetis", "Working at Tallow & Reed": how many words an inline about heading with a name may have. */
const NAMED_ABOUT_WORDS = 4;
/** The kinds a one-word heading inside a paragraph may name ("Requirements", "Avantages", "FUNCIONES"). */
const INLINE_SINGLE_WORD_KINDS: ReadonlySet<SectionKind> = new Set([
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
  'compensation',
]);
/** A paragraph shorter than this is one item or sentence, never a whole posting run together. */
const FLATTENED_MIN_LENGTH = 120;

export interface InlineHeading {
  start: number;
  end: number;
  kind: SectionKind;
  /** Written as a heading beyond its words: a colon after it, or capitals ("WHY YOU WILL LOVE WORKING HERE"). */
  marked: boolean;
}

/** The longest run of two words or more from `index`, shorter than `count`, that is nothing but a heading. */
function wholeHeadingPrefix(
  text: string,
  tokens: ReadonlyArray<{ start: number; end: number }>,
  index: number,
  count: number,
): { count: number; end: number; kind: SectionKind } | null {
  for (let shorter = count - 1; shorter >= 2; shorter--) {
    const end = tokens[index + shorter - 1]!.end;
    const kind = wholeHeadingKind(text.slice(tokens[index]!.start, end));
    if (kind) return { count: shorter, end, kind };
  }
  return null;
}

/**
 * Known headings standing inside a paragraph, each followed by a capitalised word or a number: "… Gesundheitsmanagement Dein Profil Ausbildung …", "… in a team. Requirements: Currently
 * enrolled …". Where an aggregator flattened a posting into one block, its headings are left between
 * the items. "Your responsibilities include …" (a lower-case word after) is prose and is not one.
 */
/** A pronoun that opens a sentence: after a label, the label is part of the sentence. */
const SUBJECT_OPENER =
  /^(?:you|we|i|they|it|vous|nous|tu|je|il|elle|on|du|wir|sie|ihr|er|jij|wij|u|ze|usted|tú|nosotros|ellos|vi|ni|han|hon|noi|voi|lei)(?![\p{L}'’])/iu;

export function inlineHeadings(text: string): InlineHeading[] {
  if (text.length < FLATTENED_MIN_LENGTH) return [];
  const { phraseGate, ungatedToEnd, mayStartPhrase } = headingTables();
  const lower = text.toLowerCase().replace(/[‘’`´]/g, "'");
  if (!ungatedToEnd && phraseGate.candidates(lower).length === 0) return [];
  const tokens = [...text.matchAll(/\S+/g)].map((token) => ({
    start: token.index ?? 0,
    end: (token.index ?? 0) + token[0].length,
    word: token[0],
  }));
  const german = GERMAN_TEXT.test(text);
  const found: InlineHeading[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const first = tokens[index]!;
    if (!/^[\p{Lu}\d]/u.test(first.word)) continue;
    // "Main Responsibilities", "Key Tasks": a heading may open with a filler word before its phrase.
    const second = tokens[index + 1];
    const mayStart =
      !mayStartPhrase ||
      mayStartPhrase(lower, first.start) ||
      (FILLER.has(first.word.toLowerCase()) && second !== undefined && mayStartPhrase(lower, second.start));
    if (!mayStart) continue;
    // A heading runs over no sentence or clause end; only its last word may carry the colon.
    let longest = 1;
    while (longest < INLINE_HEADING_WORDS && index + longest < tokens.length) {
      if (/[.,;:!?)]$/.test(tokens[index + longest - 1]!.word)) break;
      longest++;
    }
    const before = tokens[index - 1]?.word;
    for (let count = longest; count >= 1; count--) {
      const last = tokens[index + count - 1]!;
      // A colon or a question mark ends a heading written as a label or a question ("Wat ga je doen? Je plant …").
      const colon = /[:：?]$/.test(last.word);
      if (!colon && /[.,;!)]$/.test(last.word)) continue;
      // "Funções a Desempenhar Com …": a heading never ends on an article or a preposition.
      if (count > 1 && DANGLING.has(last.word.toLowerCase())) continue;
      // "ASSIST Vietnam Profile", "Soft Skills:": after a capitalised word one heading word ends a name, except in
      // German, which capitalises every noun ("… Abrechnungskreises Benefits 50 % …").
      if (count === 1 && before && /^\p{Lu}/u.test(before) && !/[.!?:;)]$/.test(before) && !german) continue;
      const next = tokens[index + count];
      // "Bonus: you use …" is a wish written as a sentence, not a list under a heading.
      // A dash or bullet may stand before the first item ("Main Responsibilities: - Update …").
      const opener = next && /^[-–—•]$/.test(next.word) ? tokens[index + count + 1] : next;
      // "… What We Offer $55,000 - $62,000 per year …": the pay may open the section too.
      // A label right after a sentence ("… restaurante. Funciones: elaboración …") may go on in lower case.
      // Not one that goes on as a sentence with its subject ("Bonus: you have scaled …").
      const labelAfterSentence =
        colon && last.word.endsWith(':') && /[.!?]$/.test(before ?? '') && !SUBJECT_OPENER.test(opener?.word ?? '');
      if (!opener || !(labelAfterSentence || /^[\p{Lu}\d$€£¥]/u.test(opener.word))) continue;
      const name = text.slice(first.start, last.end).replace(/[:：?]$/, '');
      const named = classifyHeading(name);
      if (!named) continue;
      // "… Ad-hoc tasks About Zoetis At Zoetis, our purpose …": the employer's own about heading.
      const kind =
        wholeHeadingKind(name) ??
        (named === 'about' && count <= NAMED_ABOUT_WORDS && namedAboutHeading(name) ? 'about' : null);
      if (!kind) continue;
      // "About Us Evergreen Outdoor makes …": a whole heading of two words or more before the name is the heading,
      // and the name opens the paragraph.
      if (!wholeHeadingKind(name) && count > 2) {
        const shorter = wholeHeadingPrefix(text, tokens, index, count);
        if (shorter) {
          found.push({ start: first.start, end: shorter.end, kind: shorter.kind, marked: false });
          index += shorter.count - 1;
          break;
        }
      }
      // "Requirements Level 3 qualification …": a word that alone names another kind of text ("Level",
      // "Location") opens the item, not the heading; alone it is no heading inside a paragraph either.
      if (count > 1 && kind !== 'other' && classifyHeading(last.word.replace(/[:：]$/, '')) === 'other') continue;
      if (count === 1 && !INLINE_SINGLE_WORD_KINDS.has(kind)) continue;
      const capitals = count >= 2 && /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name);
      found.push({ start: first.start, end: last.end, kind, marked: colon || capitals });
      index += count - 1;
      break;
    }
  }
  return found;
}
