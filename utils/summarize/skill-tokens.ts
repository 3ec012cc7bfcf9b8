/**
 * The words of a line or an alias as the skill matcher reads them: one tokenizer for both, so an alias
 * and the line that names it split the same way.
 */
/**
 * One token: a word with the characters skills keep inside (C++, C#, .NET, Node.js, R&D) or at its
 * end (Security+, CySA+, A+). A "." or "&" is part of a word only when a letter or digit follows it;
 * a lone "+" only when none does ("Java+Spring" is two words).
 */
const TOKEN = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}_'’]|[.&](?=[\p{L}\p{N}]))*(?:\+\+|#|\+(?![\p{L}\p{N}+]))?/gu;
/**
 * What may sit between two words of one multi-word alias ("scikit-learn", "CI/CD", "Spark ML"), a
 * spaced ampersand ("Weights & Biases", "Health & Safety": the "&" is not a token), and an elided
 * article or Italian preposition, which the tokenizer drops ("tests d'utilisabilité", "aiuto nell'alimentazione").
 */
export const JOINER = /^(?:[\s\-‐–—/]{0,3}|\s+&\s+|\s+(?:[dl]|dell|del|nell|all|sull|dall)['’])$/iu;

export interface Token {
  key: string;
  raw: string;
  start: number;
  end: number;
}

/** A French or Italian elided article or pronoun glued to the word after it: "d'Excel", "l'entrepôt", "qu'Excel". */
const ELISION = /^(?:[dlnsjcm]|qu|all|dell|nell|sull)['’](?=\p{L})/iu;

/** Words of ASCII letters and digits between single spaces: their tokens are the words themselves (most aliases). */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const PLAIN_ALIAS_MAX = 48;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Aliases, not lines: a line is rarely plain words, and the test would read all of it.
  if (text.length <= PLAIN_ALIAS_MAX && PLAIN_WORDS.test(text)) {
    let start = 0;
    for (const raw of text.split(' ')) {
      tokens.push({ key: raw.toLowerCase(), raw, start, end: start + raw.length });
      start += raw.length + 1;
    }
    return tokens;
  }
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0].includes('’') ? match[0].replace(/’/g, "'") : match[0];
    let start = match.index ?? 0;
    const elided = raw.includes("'") ? (ELISION.exec(raw)?.[0].length ?? 0) : 0;
    if (elided) {
      raw = raw.slice(elided);
      start += elided;
    }
    // "React(.js)", "Next(.js)": the bracketed ending is the name's own ("React.js").
    const previous = tokens[tokens.length - 1];
    if (raw.startsWith('.') && previous && previous.end === start - 1 && text[start - 1] === '(') {
      previous.raw += raw;
      previous.key = previous.raw.toLowerCase();
      previous.end = start + raw.length;
      continue;
    }
    tokens.push({ key: raw.toLowerCase(), raw, start, end: start + raw.length });
  }
  return tokens;
}
