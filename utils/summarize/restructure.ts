/**
 * Recovers the structure of a description whose text was damaged on its way to the page (copied
 * through aggregators): sentences glued together ("algorithms.Excellent"), the next section's
 * heading glued onto the end of a paragraph, and list items joined by a space only
 * ("… mathematics Experience with …"). Runs on the lines before they are sectioned.
 */
import { RESPONSIBILITY_VERBS, type SectionKind } from './data/headings';
import {
  ABOUT_NAME_HEADING,
  ADJECTIVE_ITEM_STARTERS,
  CONTINUING_WORDS,
  ITEM_STARTERS,
  OBJECT_WORDS,
  SINGLE_WORD_HEADINGS,
  TWO_WORD_ITEM,
} from './data/structure';
import { classifyHeading, inlineHeadings, mayEndWithHeading, wholeHeadingKind } from './headings';
import type { DescriptionLine } from './lines';
import {
  ABBREVIATIONS,
  GERMAN_TEXT,
  SERIAL_AND,
  commaClauses,
  countWords,
  firstCharTest,
  splitSentences,
} from './patterns';

const ABBREVIATION_BEFORE = /\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|cf|min|max|no)$/i;
/** "… zzgl. Bonus", "… inkl. Pension": a word after an abbreviation goes on with the sentence, it is no heading. */
const ABBREVIATION_TOKEN = new RegExp(String.raw`^\(?(?:${ABBREVIATIONS})\.$`, 'i');
/**
 * "end.Start", "end!Start", "end.AWS experience", "end.2+ years": a sentence glued to the previous one;
 * "(ADN required, BSN preferred)Current …": an item glued after a closing parenthesis.
 * A one-letter article opens a sentence too: "end.A …", Portuguese "produtos.O que oferecemos".
 */
/**
 * (Last alternatives: a US retirement plan glued after a sentence, "… insurance.401(k) with match", and a
 * number that opens the next item, "Hybrid working.25 days holiday".)
 */
const GLUED_SENTENCE =
  /\)(?<=[\p{L}\d%]\))(?=\p{Lu}\p{Ll}{2})|(?<=[\p{L}\d%)\]+#])[.!?;](?=\p{Lu}\p{Ll}{2}|(?<=[\p{Ll}\d%)\]].)\p{Lu}\p{Ll}|(?!(?:JS|NET|IO|AI|TS|JSX)\b)\p{Lu}{2,}[\s,]|\p{Lu}['’]|\p{Lu}\p{Ll}\s|\p{Lu}-\p{L}{2}|(?<=\p{Ll}{2}.)(?:A|An|O) \p{Ll}|\d{1,2}\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs|jahre|ans|años|jaar|år)\b|(?<=\p{Ll}{3}.)\d{3}\([a-z]\)|(?<=\p{Ll}{3}.)\d{1,3}\s\p{Ll}{3})/gu;
/** The word after the starter goes on with a list of names: "Native or Swift", "Basic, C#". */
const NAME_IN_LIST = /^\S+?(?:,|\s+(?:or|and|o|y|ou|et|oder|und|of|en|og|och|e)\s)/u;
const DEGREE_FIELD = /^(?:Tech|Sc|Com|Eng|Arch|Pharm|Phil|Ed|Des|Litt?|Mus|Stat|Ec|Math|Voc|Bus)\b/;
const NOUN_START = new RegExp(` (?<=[\\p{L}\\d)%] )(?=(?:${ITEM_STARTERS.join('|')}))`, 'gu');
const ADJECTIVE_START = new RegExp(` (?<=(?:\\p{Ll}|\\p{Lu}{2}) )(?=(?:${ADJECTIVE_ITEM_STARTERS.join('|')}))`, 'gu');
/** A duty run into the previous one: "… email recommendations Build candidate generation …". */
const DUTY_START = new RegExp(
  ` (?<=\\p{Ll} )(?=(?:${RESPONSIBILITY_VERBS.filter((verb) => verb.length > 2)
    .map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1))
    .join('|')})(?:s|es)? (?:\\p{Ll}|\\d))`,
  'gu',
);
const ENGLISH_DUTY_START = new RegExp(
  ` (?<=[\\p{L}\\d)] )(?=(?:${RESPONSIBILITY_VERBS.filter((verb) => verb.length > 2)
    .map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1))
    .join('|')})(?:s|es)? (?:\\p{Ll}|\\d|\\p{Lu}{2,}\\b))`,
  'gu',
);
/**
 * A pattern that matches one space (then only looks around it), tried as matchAll would find it but
 * only at the spaces where the word after may start a match: the long alternations after the space
 * were the costliest part of restructuring a long paragraph.
 */
interface SpaceStart {
  sticky: RegExp;
  mayFollow: ((text: string, at: number) => boolean) | null;
}

function spaceStart(pattern: RegExp, mayFollow: SpaceStart['mayFollow']): SpaceStart {
  return { sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'), mayFollow };
}

/** The positions of the spaces where `start` matches `text`, in order. */
function spaceStarts(text: string, start: SpaceStart): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (start.mayFollow && !start.mayFollow(text, at + 1)) continue;
    start.sticky.lastIndex = at;
    if (start.sticky.test(text)) found.push(at);
  }
  return found;
}

const DUTY_VERBS = RESPONSIBILITY_VERBS.filter((verb) => verb.length > 2);
/** A duty verb, capitalised, as the word after the space, then a space ("Builds models"). */
const DUTY_WORDS = new Set(
  DUTY_VERBS.flatMap((verb) => {
    const capitalised = verb.charAt(0).toUpperCase() + verb.slice(1);
    return [capitalised, `${capitalised}s`, `${capitalised}es`];
  }),
);
/** Whether the ASCII word at `at` is a duty verb followed by a space (verbs of ASCII letters only; else null: try every space). */
const followedByDutyWord = DUTY_VERBS.every((verb) => /^[a-z]+$/.test(verb))
  ? (text: string, at: number): boolean => {
      let end = at;
      for (let code = text.charCodeAt(end); (code >= 65 && code <= 90) || (code >= 97 && code <= 122);)
        code = text.charCodeAt(++end);
      return end > at && text.charCodeAt(end) === 32 && DUTY_WORDS.has(text.slice(at, end));
    }
  : null;
const NOUN_STARTS = spaceStart(NOUN_START, firstCharTest(ITEM_STARTERS));
const ADJECTIVE_STARTS = spaceStart(ADJECTIVE_START, firstCharTest(ADJECTIVE_ITEM_STARTERS));
const DUTY_STARTS = spaceStart(DUTY_START, followedByDutyWord);
const ENGLISH_DUTY_STARTS = spaceStart(ENGLISH_DUTY_START, followedByDutyWord);

const ENGLISH = /\b(?:the|and|with|for|our)\b/;
/** Function words of Spanish, Portuguese, Italian and French text. */
const ROMANCE_TEXT =
  /(?<![\p{L}])(?:de|del|los|las|el|em|dos|das|com|para|della|delle|degli|il|per|con|des|du|avec|pour)(?![\p{L}])/u;
/**
 * A capitalised infinitive or action noun after a word written in lower case (not a name: "Maison Vernier est"), with
 * a lower-case word after it: " Administrar medicação", " Preparazione ordini", " Gestión de".
 */
const ROMANCE_INFINITIVE =
  / (?<=(?:^|\s)(?:\p{Ll}|\p{Ll}\S*\p{Ll}) )(?=\p{Lu}\p{Ll}{2,}(?:ar|er|ir|are|ere|ire|zione|ción|ção|tion|mento|miento|aggio|aje) \p{Ll})/gu;
const CONTINUING = new Set(CONTINUING_WORDS);
/** A German duty noun in "-ung" or "-ion" with its object, after a space: "Erstellung von …", "Disposition der …". */
const GERMAN_DUTY_NOUN =
  / (?=\p{Lu}\p{Ll}{3,}(?:ung|ion)(?:en)? (?:von|der|des|unserer|unseres|ihrer|eines|einer|aller|neuer|in|im|mit|bei|für|zur|zum|nach)\b)/gu;
/** A line that opens with a German duty noun and its object: "Installation und Inbetriebnahme von …", "Anleitung von …". */
export const GERMAN_DUTY_NOUN_LINE =
  /^\p{Lu}\p{Ll}{3,}(?:ung|ion)(?:en)? (?:von|der|des|unserer|unseres|ihrer|eines|einer|aller|neuer|und|im|in|mit|bei)\b/u;
const DEGREE = /^(?:Bachelor|Master|Ph\.?D|BS|MS|BA|MSc|BSc)\b/;
/** Space-joined items are looked for only in long lines: a short bullet is one item already. */
const ITEM_SPLIT_MIN_LENGTH = 60;
/** A paragraph (not a list item) of two short items joined by a space is shorter. */
const PARAGRAPH_SPLIT_MIN_LENGTH = 40;
const MIN_ITEM_WORDS = 3;
/** How far back a split looks for the words before a starter. */
const WINDOW = 80;
const HEADING_MAX_WORDS = 6;
const SINGLE_WORD_HEADING = new Set(SINGLE_WORD_HEADINGS);
const ABOUT_NAME = new RegExp(ABOUT_NAME_HEADING, 'u');
/** Only capitalised words since the start of the sentence (or line): the text before is a name. */
const NAME_BEFORE = /(?:^|[.!?]\s+)(?:\p{Lu}[\p{L}'’&.-]*\s?)+$/u;
const OBJECT_WORD_BEFORE = new RegExp(`(?:^|\\s)(?:${OBJECT_WORDS.join('|')})$`);

const words = countWords;

/** The word just before position `at` (as written; empty at the start). */
const wordBefore = (text: string, at: number): string =>
  /(\S+)$/.exec(text.slice(Math.max(0, at - WINDOW), at))?.[1] ?? '';

/** Cuts before each match of `start` (a space) unless the word before continues the sentence ("de", "der", "sowie"). */
function cutBeforeStarts(text: string, start: RegExp, cuts: Set<number>): void {
  for (const match of text.matchAll(start)) {
    const at = match.index ?? 0;
    if (at > 0 && !CONTINUING.has(wordBefore(text, at).toLowerCase())) cuts.add(at);
  }
}

/** Splits sentences glued without a space. Abbreviations ("e.g.Python") stay whole. */
export function splitGluedSentences(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const match of text.matchAll(GLUED_SENTENCE)) {
    const at = match.index ?? 0;
    const before = text.slice(from, at + 1);
    if (ABBREVIATION_BEFORE.test(before.slice(0, -1))) continue;
    // "D.Lgs. 198/2006", "S.p.A.": an initial before a short abbreviation is one abbreviation.
    if (/(?:^|\s)\p{L}$/u.test(before.slice(0, -1)) && /^\p{L}{1,4}\./u.test(text.slice(at + 1))) continue;
    // "B.E./B.Tech", "M.Sc", "B.Com": a degree written as an initial and its abbreviated field.
    if (/(?:^|[\s/(])[BM]$/.test(before.slice(0, -1)) && DEGREE_FIELD.test(text.slice(at + 1))) continue;
    // A decimal ("1.5 years") is not a glue: the character before the mark is a letter then.
    if (/\d$/.test(before.slice(0, -1)) && /^\d/.test(text.slice(at + 1))) continue;
    parts.push(before.trim());
    from = at + 1;
  }
  parts.push(text.slice(from).trim());
  return parts.filter(Boolean);
}

/** An article, up to two lower-case words, then a name of two capitalised words or more ("the Town and Country Planning"). */
const ARTICLE_AND_NAME =
  /\b(?:the|a|an|our|your|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|&)\s+)?\p{Lu}[\p{L}-]*)+$/u;

/**
 * Splits items joined by a space at an item starter ("… mathematics Experience with …"), unless
 * the word before it continues the sentence ("a BS or MS", "with 5+ years").
 */
export function splitJoinedItems(text: string, minLength = ITEM_SPLIT_MIN_LENGTH): string[] {
  if (text.length < minLength) return [text];
  const cuts = new Set<number>();
  for (const at of spaceStarts(text, NOUN_STARTS)) {
    // The three words before the starter (a short window: splitting the whole prefix at every match is quadratic).
    const before = text
      .slice(Math.max(0, at - WINDOW), at)
      .split(/\s+/)
      .slice(-3)
      .map((word) => word.toLowerCase().replace(/[^\p{L}\d]/gu, ''));
    // "… is a plus Experience with …", "… is a Big Plus Ability to …": "plus" ends an item there.
    const endsPlus = before[before.length - 1] === 'plus' && before.slice(-3, -1).includes('a');
    if (!endsPlus && CONTINUING.has(before[before.length - 1] ?? '')) continue;
    // A degree is often named inside a sentence after an adjective: "…, or a quantitative PhD with …"; after a
    // name it opens the next item ("… TensorFlow or PyTorch Bachelor's degree in …").
    if (
      DEGREE.test(text.slice(at + 1)) &&
      before.some((word) => CONTINUING.has(word)) &&
      /^\p{Ll}/u.test(wordBefore(text, at))
    )
      continue;
    // A roman numeral is a level, not a licence's name: "IAT Level II certification" is one phrase.
    if (/^(?:II|III|IV|VI|VII|VIII|IX) /.test(text.slice(at + 1, at + 7))) continue;
    cuts.add(at);
  }
  for (const at of spaceStarts(text, ADJECTIVE_STARTS)) {
    // "React Native or Swift", "Visual Basic and C#": a capitalised word in a list of names goes with the one before.
    if (NAME_IN_LIST.test(text.slice(at + 1, at + 1 + WINDOW)) && /\p{Lu}\S*$/u.test(text.slice(0, at))) continue;
    // An article or preposition before it continues the sentence: "contas no Active Directory", "with Strong …".
    if (CONTINUING.has(wordBefore(text, at).toLowerCase())) continue;
    if (!OBJECT_WORD_BEFORE.test(text.slice(Math.max(0, at - WINDOW), at))) cuts.add(at);
  }
  // A list of German duties written as nouns ("Betreuung unserer Kunden … E-Mail Erstellung von Angeboten …"): when the
  // line opens with one, each such noun with its object opens the next item (after an article or a preposition
  // it is inside a sentence: "bei der Planung der Touren").
  if (GERMAN_DUTY_NOUN_LINE.test(text)) cutBeforeStarts(text, GERMAN_DUTY_NOUN, cuts);
  // In English text a duty may also follow a name ("… in Braze Run landing-page experiments …").
  const english = ENGLISH.test(text) && !GERMAN_TEXT.test(text);
  // Spanish, Portuguese, Italian and French write verbs and nouns in lower case mid-sentence: a capitalised infinitive
  // or action noun after a lower-case word opens the next duty ("… dos pacientes Administrar medicação …").
  if (!english && ROMANCE_TEXT.test(text) && !GERMAN_TEXT.test(text)) cutBeforeStarts(text, ROMANCE_INFINITIVE, cuts);
  for (const at of spaceStarts(text, english ? ENGLISH_DUTY_STARTS : DUTY_STARTS)) {
    // The word before is written lower-case from its first letter: not a German noun ("im Bereich Support").
    const previousWord = wordBefore(text, at);
    if (!(english || /^\p{Ll}/u.test(previousWord)) || CONTINUING.has(previousWord.toLowerCase())) continue;
    // "Cactus Wren Home Care supports …": a verb inside a name that opens the sentence starts no duty.
    if (NAME_BEFORE.test(text.slice(Math.max(0, at - WINDOW), at))) continue;
    // "Prepare the quarterly Tenant Satisfaction Measures return": after an article, a name of two capitalised words
    // or more runs on, and a verb among them is part of it.
    if (ARTICLE_AND_NAME.test(text.slice(Math.max(0, at - WINDOW), at))) continue;
    // A year after it makes it a law's name, not a verb: "Equality Act 2010".
    if (/^\S+\s+(?:19|20)\d\d\b/.test(text.slice(at + 1, at + 16))) continue;
    // "the Thrift Savings Plan and paid leave": the last word of a name of two words or more, with no object after it
    // ("… in Workday Recruiting Lead new-hire onboarding" starts a duty).
    if (
      /\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}+$/u.test(text.slice(Math.max(0, at - WINDOW), at)) &&
      /^\S+\s+(?:and|or|of|for|to|in|with|at)\s/.test(text.slice(at + 1, at + 1 + WINDOW))
    )
      continue;
    // "JCT Design and Build contracts": a verb joined by "and" to another capitalised word, after a capitalised word,
    // is inside a name written in title case.
    if (/^\p{Lu}/u.test(previousWord) && /^\S+\s+(?:and|or|&)\s+\p{Lu}/u.test(text.slice(at + 1, at + 1 + WINDOW)))
      continue;
    cuts.add(at);
  }
  if (!cuts.size) return [text];
  const items: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const item = text.slice(from, cut).trim();
    // Too short to stand alone ("Strong Excellent …"): it stays with what follows.
    if (words(item) < MIN_ITEM_WORDS && !TWO_WORD_ITEM.test(item)) continue;
    items.push(item);
    from = cut + 1;
  }
  const last = text.slice(from).trim();
  if (words(last) < 2 && items.length) items[items.length - 1] = `${items[items.length - 1]} ${last}`;
  else items.push(last);
  return items;
}

/**
 * A heading glued onto the end of a paragraph: after a mark ("skills.Minimum Qualifications" once
 * split, or "skills. Minimum Qualifications"), run into the last word ("skillsMinimum
 * Qualifications"), or after a lower-case word ("… design Preferred Qualifications", two words or more).
 */
export function splitTrailingHeading(text: string): { body: string; heading: string } | null {
  // Only the last 64 characters can hold a glued heading.
  const offset = Math.max(0, text.length - 64);
  for (const glued of text.slice(offset).matchAll(/\p{Ll}{2}(?=\p{Lu}[\p{L}'’ &/-]{2,60}$)/gu)) {
    const end = offset + (glued.index ?? 0) + 2;
    const heading = text.slice(end).trim();
    if (wholeHeadingKind(heading)) return { body: text.slice(0, end).trim(), heading };
  }
  // Most lines end with no heading phrase: one check for the whole tail before trying each word. A line that
  // ends a sentence ("… the same in every US location.") ends with its own words, not with a heading.
  if (/[.!]$/.test(text) || !mayEndWithHeading(text)) return null;
  const tokens = [...text.slice(offset).matchAll(/\S+/g)].map((token) => ({
    0: token[0],
    index: offset + (token.index ?? 0),
  }));
  for (let count = Math.min(HEADING_MAX_WORDS, tokens.length - 1); count >= 1; count--) {
    const first = tokens[tokens.length - count];
    const previous = tokens[tokens.length - count - 1];
    if (!first || !previous) continue;
    const candidate = text.slice(first.index).trim();
    const afterMark = /[.!?:;)]$/.test(previous[0]) && !ABBREVIATION_TOKEN.test(previous[0]);
    const afterLowerWord = /\p{Ll}$/u.test(previous[0]) && count >= 2 && !CONTINUING.has(previous[0].toLowerCase());
    // One strong heading word after any plain word, unless the two make a longer heading ("Preferred Qualifications").
    const strongWord =
      count === 1 &&
      SINGLE_WORD_HEADING.has(candidate.toLowerCase()) &&
      /^[\p{L}\d-]+$/u.test(previous[0]) &&
      !wholeHeadingKind(`${previous[0]} ${candidate}`);
    if (!afterMark && !afterLowerWord && !strongWord) continue;
    if (/^\p{Lu}/u.test(candidate) && wholeHeadingKind(candidate))
      return { body: text.slice(0, first.index).trim(), heading: candidate };
  }
  return null;
}

/** A heading run into the start of a paragraph: "Minimum QualificationsBachelor's degree …". */
export function splitLeadingHeading(text: string): { heading: string; body: string } | null {
  for (const match of text.slice(0, 62).matchAll(/\p{Ll}(?=\p{Lu}\p{Ll})/gu)) {
    const end = (match.index ?? 0) + 1;
    const heading = text.slice(0, end);
    if (wholeHeadingKind(heading)) return { heading, body: text.slice(end).trim() };
  }
  return null;
}

/** A heading glued to its first item by a colon with no space: "Vos missions:Accueillir …", "Profile:3+ years …", "Benefits:£29,000 …". */
export function splitGluedLabel(text: string): { heading: string; body: string } | null {
  const match = /^([^:：.!?]{3,60})[:：](?=[\p{Lu}\d\p{Sc}])/u.exec(text);
  if (!match?.[1] || !wholeHeadingKind(match[1])) return null;
  return { heading: match[1], body: text.slice(match[0].length).trim() };
}

const MIN_LISTED_ITEMS = 3;
/** "Kat. B", "ca. 40 %", "z. B.": a short abbreviation's point inside an item is no sentence break. */
const ABBREVIATION_DOTS = new RegExp(String.raw`(\b(?:${ABBREVIATIONS}|kat|nr|min|max|inkl|dipl|ing|st|dr))\.`, 'giu');
const ABBREVIATION_END_WORD = new RegExp(String.raw`(?:^|\s)(?:${ABBREVIATIONS}|kat|nr|min|max)\.$`, 'iu');
const MAX_LISTED_ITEM_WORDS = 25;
/** An item of a list that opens with a dash may be a longer one ("Prepare internal documents: proposals, …"). */
const MAX_DASHED_ITEM_WORDS = 40;
const MIN_COMMA_ITEM_WORDS = 4;
/**
 * " – Gestion des levains", " - Stock rotation": a dash between spaces before a capitalised word, or after a
 * word before a number that opens an item (" - 18th Edition", " - 3 years …"; "2 - 3 years" is a range).
 */
const DASH_JOIN = /\s[–—-]\s(?=\p{Lu})|(?<=\p{L})\s[–—-]\s(?=\d+(?:st|nd|rd|th|\+)?\s\p{L})/u;
/** A dash before the first item, at the start or after a label: "- Update …", "Tasks: – Plan …". */
const DASH_OPENED = /^\s*(?:[^:：.!?]{1,60}[:：]\s*)?[-–—]\s+[\p{Lu}\d]/u;
/** ", Kassaarbete och …": a comma before a capitalised word that a lower-case word follows (no name). */
const COMMA_CAPITAL_JOIN = /,\s(?=\p{Lu}\p{Ll}+,?\s\p{Ll})/u;

/**
 * A list written as one paragraph: items joined by " – " ("Pétrissage … – Gestion des levains … –
 * Préparation …"), or by commas before capitalised items in a language that writes its nouns in
 * lower case ("Kundbemötande och försäljning …, Kassaarbete och …, Varumottagning, prismärkning …").
 * The first piece may carry a lead sentence ("Vous rejoignez … . Pétrissage …"). Null when the
 * paragraph is prose: fewer than three items, or an item that is a sentence of its own.
 */
export function splitInlineList(
  text: string,
  minLength = ITEM_SPLIT_MIN_LENGTH,
): { lead: string | null; items: string[] } | null {
  if (text.length < minLength) return null;
  for (const join of [DASH_JOIN, COMMA_CAPITAL_JOIN]) {
    if (!join.test(text)) continue;
    // German writes every noun capitalised: a comma before one starts no item.
    if (join === COMMA_CAPITAL_JOIN && GERMAN_TEXT.test(text)) continue;
    const pieces = text.split(new RegExp(join.source, 'gu')).map((piece) => piece.trim());
    if (pieces.length < MIN_LISTED_ITEMS) continue;
    const [first = '', ...rest] = pieces;
    // "Main Responsibilities: - Update … - Prepare reports. - Handle …": a dash before the first item too makes
    // a list written in one line, whose items may end with a stop; its first piece is an item, not a lead.
    const dashOpened = join === DASH_JOIN && DASH_OPENED.test(text);
    const firstIsItem = dashOpened && /^\s*[-–—]\s/.test(first);
    // "Du betreust unsere Kunden vor Ort. – Installation … – Wartung …": a first piece that ends a sentence is the lead.
    const wholeLead = !firstIsItem && /[.!?:]$/.test(first) && !ABBREVIATION_END_WORD.test(first) ? first : null;
    const leadEnd = wholeLead || firstIsItem ? null : /^(.*[.!?:])\s+(\p{Lu}[^.!?]*)$/u.exec(first);
    // "- Update …": the dash before the first item is its bullet.
    const opening = (leadEnd?.[2] ?? first).replace(/^[-–—]\s+/, '');
    const items = wholeLead ? rest : [opening, ...rest];
    if (items.length < MIN_LISTED_ITEMS) continue;
    // Items joined by commas are phrases, not names ("Python, Java et Go" stays whole).
    const minWords = join === COMMA_CAPITAL_JOIN ? MIN_COMMA_ITEM_WORDS : 2;
    const listLike = items.every(
      (item, index) =>
        words(item) >= minWords &&
        words(item) <= (dashOpened ? MAX_DASHED_ITEM_WORDS : MAX_LISTED_ITEM_WORDS) &&
        // Only the last item may end the paragraph with a stop; none holds a sentence break ("Kat. B" is no break).
        !/[.!?]\s/.test(item.replace(ABBREVIATION_DOTS, '$1')) &&
        (index === items.length - 1 || dashOpened || !/[.!?]$/.test(item)),
    );
    if (listLike) return { lead: wholeLead ?? leadEnd?.[1] ?? null, items };
  }
  return null;
}

/** "Diploma in Accountancy • At least 2 years … • Proficient in Xero": list items run into one line. */
const INLINE_BULLET = /\s+[•▪●■►]\s+/u;
/** "Responsibilities: * Load trailers * Scan freight * …": an asterisk joins items only when it does so twice or more. */
const STAR_BULLET = /\s+\*\s+/u;
const MIN_STAR_BULLETS = 2;
/** "Wartung … · Fehlersuche … · Inbetriebnahme …": a middle dot joins items too, but also the facts of a meta line. */
const MIDDLE_DOT = /\s+·\s+/u;
const MIN_DOT_ITEM_WORDS = 2;
/**
 * "1. Planificar … 2. Coordinar … 3. Controlar …", "1) Build … 2) Run …": a numbered list run into one line.
 * After "1)" an item may start in lower case ("1) unloading trailers 2) picking orders"); after "1." it
 * may not: "am 1. März" is a date.
 */
const NUMBER_MARK = /(?:^|\s)(\d{1,2})(?:\.\s+(?=\p{Lu})|\)\s+(?=\p{L}))/gu;

/**
 * The items of a numbered list run into one line, numbered 1, 2, 3 … in order, and the text before them.
 * `numbered`: the line was a list item whose "1." was already read as its bullet, so its text is item 1.
 */
export function splitNumberedList(text: string, numbered = false): { lead: string; items: string[] } | null {
  const first = numbered ? 2 : 1;
  const marks: Array<{ at: number; end: number }> = numbered ? [{ at: 0, end: 0 }] : [];
  for (const match of text.matchAll(NUMBER_MARK)) {
    if (Number(match[1]) !== first + marks.length - (numbered ? 1 : 0)) continue;
    marks.push({ at: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  if (marks.length < MIN_LISTED_ITEMS) return null;
  const items = marks.map((mark, index) => text.slice(mark.end, marks[index + 1]?.at ?? text.length).trim());
  if (items.some((item) => words(item) < 2 || words(item) > MAX_LISTED_ITEM_WORDS)) return null;
  return { lead: text.slice(0, marks[0]?.at ?? 0).trim(), items };
}

/**
 * The text before a list's first bullet when it labels the list ("Requirements:", "Ce que nous offrons :"):
 * a known heading heads the items, any other label ending in a colon leads them in; else null (an item).
 */
function listLabel(text: string): DescriptionLine | null {
  const bare = text.trim().replace(/\s*[:：]$/, '');
  if (words(bare) <= HEADING_MAX_WORDS && wholeHeadingKind(bare)) return { text: bare, heading: true, bullet: false };
  return /[:：]$/.test(text.trim()) ? { text: text.trim(), heading: false, bullet: false } : null;
}

/** The parts of a line that holds a list in one line: items joined by bullets or middle dots, or numbered. */
function inlineListParts(whole: DescriptionLine): DescriptionLine[] {
  if (whole.heading) return [whole];
  const asItems = (texts: string[]): DescriptionLine[] =>
    texts.map((text) => ({ ...whole, text: text.trim(), bullet: true }));
  // A label before the first bullet heads the items instead of being one ("Benefits: • Weekly pay • …").
  const labelled = (texts: string[], label = whole.bullet ? null : listLabel(texts[0] ?? '')): DescriptionLine[] =>
    label ? [label, ...asItems(texts.slice(1))] : asItems(texts);
  const bulleted = whole.text.split(INLINE_BULLET);
  if (bulleted.length > 1) return labelled(bulleted);
  const starred = whole.text.split(STAR_BULLET);
  if (starred.length > MIN_STAR_BULLETS) return labelled(starred.filter((part) => part.trim() !== '*'));
  const dotted = whole.text.split(MIDDLE_DOT);
  const dotLabel = listLabel(dotted[0] ?? '');
  const dottedItems = dotLabel ? dotted.slice(1) : dotted;
  if (dottedItems.length >= MIN_LISTED_ITEMS && dottedItems.every((part) => words(part) >= MIN_DOT_ITEM_WORDS))
    return labelled(dotted, whole.bullet ? null : dotLabel);
  const numbered = splitNumberedList(whole.text) ?? (whole.bullet ? splitNumberedList(whole.text, true) : null);
  if (numbered) return [...(numbered.lead ? [{ ...whole, text: numbered.lead }] : []), ...asItems(numbered.items)];
  return [whole];
}

/** Inline headings of at least this many kinds make a paragraph a flattened posting. */
const FLATTENED_MIN_KINDS = 2;
const FLATTENED_COUNTED_KINDS: ReadonlySet<SectionKind> = new Set([
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
  'compensation',
  'about',
]);
const FLATTENED_LIST_KINDS: ReadonlySet<SectionKind> = new Set([
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
]);

/**
 * A whole posting flattened into one paragraph ("Deine Aufgaben Optimierung … Dein Profil Ausbildung
 * … Benefits 50 % Homeoffice …"): its headings become headings again and the text between them
 * paragraphs. One heading name alone in a paragraph may be prose; two kinds of section are a posting, and
 * so is a heading written as one (a colon, capitals) after the paragraph's first words.
 */
export function splitFlattenedPosting(whole: DescriptionLine): DescriptionLine[] {
  if (whole.heading) return [whole];
  const headings = inlineHeadings(whole.text);
  // A heading marked as one (a colon, capitals) after other text also opens its section mid-paragraph.
  const markedInside = headings.some((heading) => heading.marked && heading.start > 0);
  // A role overview or "How to apply" opens no list: only the kinds of a posting's lists are counted.
  const listKinds = new Set(
    headings.map((heading) => heading.kind).filter((kind) => FLATTENED_COUNTED_KINDS.has(kind)),
  );
  if (!markedInside && listKinds.size < FLATTENED_MIN_KINDS) return [whole];
  const parts: DescriptionLine[] = [];
  // Under a list's heading the sentences were its items; other text (the employer, pay, the intro) stays prose.
  const paragraph = (text: string, kind: SectionKind | null): void => {
    if (!text.trim()) return;
    if (kind && FLATTENED_LIST_KINDS.has(kind))
      for (const item of flattenedItems(text.trim())) parts.push({ text: item, heading: false, bullet: true });
    else parts.push({ text: text.trim(), heading: false, bullet: false });
  };
  let at = 0;
  let kind: SectionKind | null = null;
  for (const heading of headings) {
    paragraph(whole.text.slice(at, heading.start), kind);
    kind = heading.kind;
    parts.push({
      text: whole.text.slice(heading.start, heading.end).replace(/[:：]$/, ''),
      heading: true,
      bullet: false,
    });
    at = heading.end;
  }
  paragraph(whole.text.slice(at), kind);
  return parts;
}

/** "What you'll do: make espresso drinks, serve customers with a smile, keep the bar clean and handle the till.": a list's label, then its items as one sentence of comma phrases. */
const LABEL_THEN_TEXT = /^([^:：.!?]{3,60})\s*[:：]\s+(\S.*)$/u;
function labelledCommaList(text: string): { heading: string; items: string[] } | null {
  const match = LABEL_THEN_TEXT.exec(text);
  if (!match?.[1] || !match[2] || splitSentences(match[2]).length > 1) return null;
  // Perks have their own reading (the pay among them, "medical and dental" whole): sections.ts splits those.
  const kind = wholeHeadingKind(match[1]);
  if (!kind || !FLATTENED_LIST_KINDS.has(kind) || kind === 'benefits') return null;
  const items = commaListItems(match[2]);
  return items ? { heading: match[1], items } : null;
}

/** Semicolons that join the items of a list ("Licenciatura em Gestão; Capacidade de organização; …"). */
const MIN_LIST_SEMICOLONS = 2;

const MIN_LIST_COMMA_ITEMS = 3;
const MAX_LIST_COMMA_ITEM_WORDS = 15;
const ALTERNATIVE_OPENER = /^(?:or|o|ou|oder|of|eller|lub|albo)\s/i;

/**
 * "Requisitos: experiencia mínima de 2 años, carné de manipulador, disponibilidad los fines de semana.": under a
 * list's heading, one sentence of three phrases or more joined by commas lists them. Names of one word each
 * ("Python, Go and Rust") or alternatives ("…, or Rust") are one item.
 */
function commaListItems(sentence: string): string[] | null {
  const clauses = commaClauses(sentence);
  const last = clauses.length - 1;
  // "…, Go, or Rust": alternatives of one item.
  if (clauses.length < MIN_LIST_COMMA_ITEMS || ALTERNATIVE_OPENER.test(clauses[last] ?? '')) return null;
  const items = clauses.map((clause, index) => (index === last ? clause.replace(SERIAL_AND, '') : clause));
  // One item may be a single word ("…, propinas compartidas, uniforme"); names listed one word each are one item.
  const single = items.filter((item) => words(item) < 2).length;
  const listed = single <= 1 && items.every((item) => words(item) <= MAX_LIST_COMMA_ITEM_WORDS);
  return listed ? items : null;
}

/** Under a list's heading a short run of items is a list too ("£22 - £25 per hour - Van and fuel card - Overtime"). */
const FLATTENED_LIST_MIN_LENGTH = 30;

/** The items of a flattened list: its sentences, and its clauses where semicolons or commas join them. */
function flattenedItems(text: string): string[] {
  const listed = splitInlineList(text, FLATTENED_LIST_MIN_LENGTH);
  if (listed) return [...(listed.lead ? [listed.lead] : []), ...listed.items];
  const sentences = splitSentences(text).flatMap((sentence) => commaListItems(sentence) ?? [sentence]);
  if ((text.match(/;\s/g)?.length ?? 0) < MIN_LIST_SEMICOLONS) return sentences;
  return sentences.flatMap((sentence) => sentence.split(/;\s+/)).filter((item) => /\p{L}/u.test(item));
}

/** The lines with glued sentences, glued headings and space-joined items taken apart. */
export function restructureLines(lines: readonly DescriptionLine[]): DescriptionLine[] {
  const result: DescriptionLine[] = [];
  for (const flattened of lines) for (const whole of splitFlattenedPosting(flattened)) restructureWhole(whole, result);
  return result;
}

function restructureWhole(whole: DescriptionLine, result: DescriptionLine[]): void {
  const parts = inlineListParts(whole);
  const first = result.length;
  for (const line of parts) restructureLine(line, result);
  // The items of one line: a label at its start ("Ihr Profil: a · b · c") covers them all.
  if (parts.length > 1) markPieces(result, first);
}

/** The pieces of one source line from `first` on: the first starts it, the others continue it. */
function markPieces(result: DescriptionLine[], first: number): void {
  if (result.length - first < 2) return;
  for (let index = first; index < result.length; index++) {
    const piece = result[index];
    if (piece && !piece.heading) piece.continued = index > first;
  }
}

function restructureLine(line: DescriptionLine, result: DescriptionLine[]): void {
  if (line.heading) {
    result.push(line);
    return;
  }
  // "🚀 What you'll do": a line an emoji made a list item is a heading when its words are a whole heading's.
  if (line.decorated && words(line.text) <= HEADING_MAX_WORDS && wholeHeadingKind(line.text.replace(/[:：]$/, ''))) {
    result.push({ text: line.text, heading: true, bullet: false });
    return;
  }
  const first = result.length;
  const labelled = line.bullet ? null : labelledCommaList(line.text);
  if (labelled) {
    result.push({ text: labelled.heading, heading: true, bullet: false });
    for (const item of labelled.items) result.push({ text: item, heading: false, bullet: true });
    return;
  }
  let sentences = splitGluedSentences(line.text);
  const glued = sentences.length > 1;
  // A paragraph written as a list (not damaged text: its sentences are spaced).
  const listed = line.bullet || glued ? null : splitInlineList(line.text);
  if (listed) {
    if (listed.lead) result.push({ text: listed.lead, heading: false, bullet: false });
    for (const item of listed.items) result.push({ text: item, heading: false, bullet: true });
    sentences = [];
  }
  // A glued paragraph's sentence may itself be a list joined by " – ".
  if (glued)
    sentences = sentences.flatMap((sentence) => {
      const inSentence = splitInlineList(sentence);
      return inSentence ? [...(inSentence.lead ? [inSentence.lead] : []), ...inSentence.items] : [sentence];
    });
  for (const sentence of sentences) {
    let body = sentence;
    const leading = splitLeadingHeading(body) ?? splitGluedLabel(body);
    if (leading) {
      result.push({ text: leading.heading, heading: true, bullet: false });
      body = leading.body;
    }
    // A piece of a glued paragraph that is nothing but a heading starts the next section.
    if (
      glued &&
      words(body) <= HEADING_MAX_WORDS &&
      (wholeHeadingKind(body.replace(/[:：]$/, '')) || ABOUT_NAME.test(body))
    ) {
      result.push({ text: body, heading: true, bullet: false });
      continue;
    }
    const trailing = splitTrailingHeading(body);
    if (trailing) body = trailing.body;
    const items = body
      ? splitJoinedItems(body, line.bullet || glued ? ITEM_SPLIT_MIN_LENGTH : PARAGRAPH_SPLIT_MIN_LENGTH)
      : [];
    for (const item of items)
      result.push({
        text: item,
        heading: false,
        bullet: line.bullet || glued || items.length > 1,
        ...(glued && !line.bullet ? { paragraphPiece: true } : {}),
      });
    if (trailing) result.push({ text: trailing.heading, heading: true, bullet: false });
  }
  // The pieces of one paragraph: an inline label at its start ("Tu día a día: …") covers them all.
  markPieces(result, first);
}

/**
 * Words no item or sentence ends with ("… the Victorian Institute of"): a line that stops at one
 * was wrapped. Not "an" (French "par an") or "equivalent" ("… or equivalent").
 */
const WRAP_END =
  /(?:^|\s)(?:of|the|to|with|for|and|or|a|in|on|at|by|from|de|du|des|la|le|et|und|der|die|das|von|mit|zu|van|het|del|y|e|di|il|og|och|af|av|z|w)$/iu;

/**
 * Lines of a document laid out line by line (a PDF turned into HTML) that wrap one item or
 * sentence: "• Use data to support students" + "with additional needs". A line that is no list
 * item or heading joins the line before when that stops at a word that goes on ("… Institute of" +
 * "Teaching (VIT)"), or when it starts in lower case after a list item that has no closing mark
 * (lower-case items written as paragraphs, "kehittämään …" then "suunnittelemaan …", stay apart).
 */
export function joinWrappedLines(lines: readonly DescriptionLine[]): DescriptionLine[] {
  const result: DescriptionLine[] = [];
  for (const line of lines) {
    const previous = result[result.length - 1];
    if (
      previous &&
      !previous.heading &&
      !line.heading &&
      !line.bullet &&
      !/[.!?:;：,]$/.test(previous.text) &&
      (WRAP_END.test(previous.text) || (previous.bullet && /^\p{Ll}/u.test(line.text))) &&
      !classifyHeading(previous.text)
    ) {
      result[result.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
      continue;
    }
    result.push(line);
  }
  return result;
}
