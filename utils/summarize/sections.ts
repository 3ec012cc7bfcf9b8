import {
  ABOUT_SENTENCE_PATTERNS,
  CLUTTER_HEADING_PATTERNS,
  INLINE_HEADING_MAX_WORDS,
  PREFERRED_LINE_PATTERNS,
  REQUIREMENT_LINE_PATTERNS,
  REQUIREMENT_START_PATTERNS,
  RESPONSIBILITY_LINE_PATTERNS,
  REQUIREMENT_SENTENCE_PATTERNS,
  RESPONSIBILITY_VERBS,
  DUTY_NOUN_START,
  ROLE_DUTY_PATTERNS,
  ROLE_SENTENCE_PATTERNS,
  TEAM_INTRO_PATTERN,
  OPPORTUNITY_SENTENCE,
  WE_ARE_PATTERN,
  WISH_HEADING_WORDS,
  type SectionKind,
} from './data/headings';
import { ABOUT_NAME_HEADING, CONTINUING_WORDS, TRAVEL_STATEMENT } from './data/structure';
import { isBoilerplateSentence, removeBoilerplate, withoutGluedChrome } from './boilerplate';
import { ingCredential, namesCredential } from './credentials';
import { classifyHeading, namedAboutHeading, wholeHeadingKind } from './headings';
import { GERMAN_DUTY_NOUN_LINE, joinWrappedLines, restructureLines } from './restructure';
import { jobDetailKind, jobDetailMarker, type JobDetailKind } from './job-details';
import { descriptionLines, type DescriptionLine } from './lines';
import {
  ABBREVIATIONS,
  LEGAL_SUFFIX,
  splitAtAnd,
  SERIAL_AND,
  alternativesOf,
  anyOf,
  commaClauses,
  countWords,
  splitSentences,
} from './patterns';
import { anyOfTest } from './literal-gate';
import { MONEY_MENTION as MONEY } from '../money/find';
import {
  AMOUNT_RANGE,
  BENEFIT_LINE,
  BENEFIT_START,
  isAmountAlone,
  isPayLine,
  isPerk,
  mentionsPay,
  NAMED_PAY,
  namedPaySentence,
  NOT_PAY,
  PAY_PARAGRAPH_MAX,
  PAY_PROSE,
  PAY_WORDS,
  PAY_PERIOD_END,
  PLUS_JOIN,
  payAmongPerks,
  payThenPerks,
  SALARY_LINE,
  withoutStandardCodes,
} from './pay';

export type { SectionKind } from './data/headings';

/** Where a kept line of the description ended up. */
export type LineSection =
  'responsibilities' | 'requirements' | 'preferred' | 'benefits' | 'compensation' | 'about' | 'overview';

export interface SectionedLine {
  text: string;
  section: LineSection;
  /** 0-based order among the kept lines. */
  position: number;
}

export interface Sections {
  responsibilities: string[];
  requirements: string[];
  preferred: string[];
  benefits: string[];
  compensation: string[];
  about: string[];
  /** Every kept line in order, with its section: what the skills and facts read. */
  lines: SectionedLine[];
  /** Sentences dropped as boilerplate or site chrome (lines under an "other" heading are dropped unread). */
  removed: string[];
  /** Whether the description had any recognised section heading. */
  hadHeadings: boolean;
}

const REQUIREMENT_LINE = anyOfTest(REQUIREMENT_LINE_PATTERNS);
/** Every pattern is anchored at the start: one anchor for the whole alternation, tried at the start only. */
const REQUIREMENT_START = new RegExp(
  `^(?:${REQUIREMENT_START_PATTERNS.map((source) => `(?:${source.replace(/^\^/, '')})`).join('|')})`,
  'i',
);
const RESPONSIBILITY_LINE = anyOfTest(RESPONSIBILITY_LINE_PATTERNS);
/** A verb's forms; a final consonant after one vowel may double ("planning", "shipped", "setting"). */
const verbForms = (verb: string): string =>
  `${verb}(?:s|es|ed|ing)?|${verb.replace(/e$/, '')}ing` +
  (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb) ? `|${verb}${verb.slice(-1)}(?:ed|ing)` : '');
const RESPONSIBILITY_START = new RegExp(`^(?:${RESPONSIBILITY_VERBS.map(verbForms).join('|')})\\b`, 'i');
const DUTY_NOUN = new RegExp(DUTY_NOUN_START, 'i');
const PREFERRED_LINE = anyOfTest(PREFERRED_LINE_PATTERNS);
const CLUTTER_HEADING = anyOfTest(CLUTTER_HEADING_PATTERNS.map((source) => `^(?:${source})`));
const ABOUT_SENTENCE = anyOfTest(ABOUT_SENTENCE_PATTERNS);
const ROLE_SENTENCE = anyOfTest(ROLE_SENTENCE_PATTERNS);
const TEAM_INTRO = new RegExp(TEAM_INTRO_PATTERN, 'i');
const ROLE_DUTY = anyOf(ROLE_DUTY_PATTERNS, { flags: 'iu' });
const ABOUT_NAME = new RegExp(ABOUT_NAME_HEADING, 'u');
const WE_ARE = new RegExp(WE_ARE_PATTERN, 'i');
const WISH_HEADING = anyOf(WISH_HEADING_WORDS, { flags: 'iu' });
const SOFT_WISH = /\bwe(?:['’]d| would) (?:also )?love\b/i;
/** "You'll get 25 days' holiday", "You will receive a car": what the job gives, not a duty. */
const PERK_AFTER_YOU =
  /^you(?:['’]ll| will) (?:also )?(?:get|receive|enjoy|have|earn|benefit|gain access|be (?:paid|eligible|entitled|offered|given|rewarded))\b/i;
const REQUIREMENT_SENTENCE = anyOfTest(REQUIREMENT_SENTENCE_PATTERNS);
const OPPORTUNITY = new RegExp(OPPORTUNITY_SENTENCE, 'i');
/** A duty verb in its plain form first ("Run nurse clinics …"), not one a perk opens with ("Work from home", "Join …"). */
const IMPERATIVE_DUTY = new RegExp(
  `^(?!(?:work|grow|join|receive|take|be|help|use|keep|make|care|set)\\b)(?:${RESPONSIBILITY_VERBS.join('|')})\\b(?!:)`,
  'i',
);
/** "A Transport Manager CPC (desirable but not essential)": a marker in parentheses at the end qualifies the whole item. */
const TRAILING_PARENTHESIS = /\(([^()]{3,60})\)[.;]?$/;
/** "(Desirable) Experience with a CRM": a marker in parentheses before the item does too (boards list both kinds as one). */
const LEADING_PARENTHESIS = /^\(([^()]{3,60})\)/;
/** The marker alone ("desirable but not essential", "preferred"), not a name it qualifies ("Azure preferred"). */
const MARKER_ONLY =
  /^(?:highly |strongly |very )?(?:desirable|desired|preferred|preferable|optional|nice[ -]to[ -]have|a plus|an advantage|advantageous|a bonus|not (?:essential|required|mandatory))\b/i;

/**
 * "Minimum 3 years' post-registration experience, commercial preferred": a wish of a few lower-case words after the
 * item's last comma qualifies a word of it, as one in parentheses does; the item is what it says before it.
 */
const QUALIFYING_WISH = /, (?:\p{Ll}[\p{L}'’-]*\s){1,3}preferred[.;]?$/u;

/**
 * Whether an item says it is optional. A marker inside parentheses qualifies one word of a
 * required item ("Experience with a SIEM (Splunk preferred)"), not the item.
 */
function isPreferredLine(text: string): boolean {
  const qualifier = QUALIFYING_WISH.exec(text);
  if (qualifier) return isPreferredLine(text.slice(0, qualifier.index));
  if (!text.includes('(')) return PREFERRED_LINE.test(text);
  const marker = TRAILING_PARENTHESIS.exec(text)?.[1] ?? LEADING_PARENTHESIS.exec(text.trim())?.[1];
  if (marker && MARKER_ONLY.test(marker)) return true;
  return PREFERRED_LINE.test(text.replace(/\([^()]*\)/g, ' '));
}

/** A heading (or a short title-like line) that opens page clutter. */
function isClutterHeading(line: DescriptionLine): boolean {
  const text = line.text.trim().replace(/[:：]$/, '');
  if (text.length > 80 || /[.!?]$/.test(text)) return false;
  if (!line.heading && wordCount(text) > 5) return false;
  return CLUTTER_HEADING.test(text);
}

const wordCount = countWords;

/** A lead-in that ends as a list's does: with a colon; a short one ("Au quotidien, vous :"), not a sentence. */
const LEAD_IN_END = /[:：]\s*$/;
const LEAD_IN_MAX_WORDS = 5;

/** A heading may ask a question ("Wat ga je doen?", "Who are you?"). */
const QUESTION_HEADING_MAX_WORDS = 8;

/** A heading ends with the plural noun of its list; an item names one thing ("A Level 3 qualification"). */
const LIST_NOUN_END = /\b(?:qualifications|requirements|criteria)$/i;

/** A line that ends where its clause needs the list to go on: "… if you", "In this role, you'll", "You should have". */
const DANGLING_LEAD_IN = /\b(?:if you|you['’]ll|who|will|should|must|have|had|need|bring)$/i;

function looksLikeHeading(line: DescriptionLine): boolean {
  const text = line.text;
  const words = wordCount(text);
  // "Dine opgaver bliver bl.a.", "Aufgaben u.a.": a heading may end with an abbreviation's point.
  const endsSentence = /[.!?]$/.test(text) && !ABBREVIATION_END.test(text);
  if (line.heading && text.length <= 100 && words <= 12 && !endsSentence) return true;
  if (line.heading && /\?$/.test(text) && words <= QUESTION_HEADING_MAX_WORDS && classifyHeading(text)) return true;
  if (line.bullet) return false;
  if (/[:：]$/.test(text) && text.length <= 80 && words <= 10) return true;
  // A lead-in that stops mid-clause introduces the list under it, as a colon would ("You will thrive here if you").
  if (words <= 10 && DANGLING_LEAD_IN.test(text) && /^\p{Lu}/u.test(text) && classifyHeading(text)) return true;
  if (words <= 6 && !/[.!,;]$/.test(text) && /^¿?[\p{Lu}\d]/u.test(text)) {
    // Untagged, every word must be a heading word: "Property management accounting experience" and
    // "Experience with cranes and forklifts" name a heading word but are items.
    // "Minimum Qualifications" reads like the item "Forklift qualification" but its plural names the list.
    return (
      (wholeHeadingKind(text) !== null || namedAboutHeading(text)) &&
      (!REQUIREMENT_START.test(text) || LIST_NOUN_END.test(text))
    );
  }
  return false;
}

interface SplitLine extends DescriptionLine {
  /** Set for "Requirements: 5+ years …": the section of this line only. */
  inlineSection?: SectionKind;
  /** The whole labelled line ("Compensation Range: $140K - $175K"): a pay line keeps its label. */
  labelled?: string;
  /**
   * "<p><strong>Ihre Aufgaben:</strong> Sie nehmen …</p>" then a list: a paragraph led by a whole heading is
   * that heading with its first text run in, so the lines after it are under it too.
   */
  opensSection?: boolean;
}

/** Labels that name a list a list item may belong to. */
const ITEM_LABEL_KINDS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'preferred']);

/** Splits headings run into a line: "Requirements: 5+ years …" and "… products. What You'll Do". */
function splitInlineHeadings(line: DescriptionLine): SplitLine[] {
  if (line.heading) return [line];
  const text = line.text;
  // A list item may be labelled too when it is the start of a paragraph taken apart, or when its label is
  // the whole name of a list ("Requisitos deseados: …" in a list of requirements). A pay item of an offer
  // list ("Salario: …") stays an item of that list.
  // "<b>Wat ga je doen?</b> Je plant de ritten …": a question that names a section labels the paragraph too.
  const leading = LEADING_LABEL.exec(text) ?? (line.bullet ? null : LEADING_QUESTION.exec(text));
  // A piece of a glued paragraph is prose, not a list item: "… plus tips.Benefits: Paid time off …" starts the perks.
  const labelAllowed =
    !line.bullet ||
    line.paragraphPiece === true ||
    line.continued === false ||
    ITEM_LABEL_KINDS.has(wholeHeadingKind(leading?.[1] ?? '') ?? 'other');
  if (labelAllowed && leading?.[1] && leading[2] && wordCount(leading[1]) <= 6) {
    const kind = classifyHeading(leading[1]);
    if (kind && kind !== 'overview' && kind !== 'other') {
      // "Requirements: 3+ years …; experience with …; …" or short sentences: one item each.
      const items = LIST_KINDS.has(kind) ? listedItems(leading[2]) : [leading[2]];
      // "Mooi meegenomen: ervaring met Nuxt …": a wish that runs on in lower case is one sentence, kept whole.
      // "Travel Required: Yes, up to 25%": a label that names a fact, not a section, is part of the item.
      const whole = wholeHeadingKind(leading[1]);
      const sentence = items.length === 1 && ((kind === 'preferred' && /^\p{Ll}/u.test(leading[2])) || !whole);
      // A pay label is one fact ("Gehalt: 19,00 € …"), not a heading over what follows, unless it names the
      // perks too ("Pay and benefits: $28 - $38 … " then the perks).
      const opensSection =
        !line.bullet &&
        !line.continued &&
        whole === kind &&
        (LIST_KINDS.has(kind) || (kind === 'compensation' && namesPerksToo(leading[1])));
      return items.map((item) => ({
        ...line,
        text: sentence ? text : item,
        bullet: line.bullet || items.length > 1,
        inlineSection: kind,
        ...(items.length === 1 ? { labelled: text } : {}),
        ...(opensSection ? { opensSection } : {}),
      }));
    }
  }
  // "Why Tallowbird? We pay for …": a short question leading a paragraph is its title, not its text.
  // Only a "why" question pitches the job; "Questions? Write to …" leads to the contact.
  const question = line.bullet
    ? null
    : /^((?:why|warum|pourquoi|¿?por qu[ée]|waarom|varf[öo]r)\b[^.!?:]{2,40}\?)\s+(\p{Lu}.{20,})$/iu.exec(text);
  if (question?.[1] && question[2] && wordCount(question[1]) <= 4) {
    return splitInlineHeadings({ ...line, text: question[2] });
  }
  const trailing = /^(.*[.!?)])\s+([\p{Lu}][^.!?]*)$/u.exec(text);
  if (
    trailing?.[1] &&
    trailing[2] &&
    wordCount(trailing[2]) <= INLINE_HEADING_MAX_WORDS &&
    !ABBREVIATION_END.test(trailing[1])
  ) {
    const tail = trailing[2];
    // In a list item the tail must be nothing but a heading: "Knife skills? Nice if you have them" is one item.
    const kind = line.bullet ? wholeHeadingKind(tail) : classifyHeading(tail);
    if (/[:：]$/.test(tail) || (kind && kind !== 'overview' && kind !== 'other')) {
      return [...splitInlineHeadings({ ...line, text: trailing[1] }), { text: tail, heading: true, bullet: false }];
    }
  }
  return [line];
}

/** "Pay and benefits", "Salary & Benefits", "Gehalt und Benefits": a pay heading that names the perks as well. */
function namesPerksToo(label: string): boolean {
  return label
    .split(/\s+(?:and|&|\+|und|et|y|en|og|och|e|i|oraz)\s+/i)
    .some((part) => classifyHeading(part) === 'benefits');
}

/** "Requirements: 5+ years …", "給与：月給25万円" (a Japanese label may be two characters, and no space follows). */
const LEADING_LABEL =
  /^([^:：.!?]{3,60}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2})(?:[:：]\s+|：\s*)(\S.*)$/u;
/** A short question that opens a paragraph, then the paragraph ("Wie ben jij? Je hebt een mbo-4 diploma …"). */
const LEADING_QUESTION = /^(¿?[^.!?:：¿]{3,50}\?)\s+(\p{Lu}.{10,})$/u;

/** "… zzgl. Bonus", "… inkl. Pension": a word after an abbreviation goes on with the sentence. */
const ABBREVIATION_END = new RegExp(String.raw`(?:^|[\s(])(?:${ABBREVIATIONS})\.$`, 'i');
const MIN_CLAUSE_WORDS = 3;
/** A list item, not a paragraph set as a bullet: only these follow their list's section. */
const LIST_ITEM_MAX = 160;

const LIST_KINDS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'preferred', 'benefits']);
const MAX_SENTENCE_ITEM_WORDS = 16;

/**
 * A labelled run of clauses ("a; b; c") or of short sentences ("Grado en X. Experiencia de 2 años.")
 * as items, when every part could stand as one.
 */
/** An item is two words or more, or a credential's acronym or one name alone ("BSN.", "German."). */
const isItemSentence = (sentence: string): boolean =>
  wordCount(sentence) >= 2 || /^\p{Lu}{2,5}\.?$/u.test(sentence) || /^\p{Lu}[\p{L}+#-]{2,20}\.?$/u.test(sentence);

function listedItems(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u).map((sentence) => sentence.trim());
  if (
    sentences.length > 1 &&
    sentences.every((sentence) => isItemSentence(sentence) && wordCount(sentence) <= MAX_SENTENCE_ITEM_WORDS)
  )
    return sentences;
  const clauses = text.split(/;\s+/).map((clause) => clause.trim());
  // "Funções: lançamento …; reconciliações bancárias; apuramento de IVA …", "Requisiti: …; …; HACCP": in a run
  // of three or more, a clause of one or two words is an item too.
  const minWords = clauses.length >= MIN_CLAUSE_ITEMS ? 1 : MIN_CLAUSE_WORDS;
  // A clause holding a sentence break is prose ("… equity. This role is remote …; we do not …").
  if (clauses.length < 2 || clauses.some((clause) => wordCount(clause) < minWords || /[.!?]\s/.test(clause)))
    return [text];
  return clauses;
}

/** Requirement-like vs responsibility-like, for lines outside a named section. */
export function classifyLine(text: string): 'requirements' | 'responsibilities' | 'benefits' | null {
  const clean = text.replace(/^[\s»>•\-–—]+/, '');
  if (BENEFIT_START.test(clean)) return 'benefits';
  // "Run nurse clinics for weight, dental and post-op checks": an order to do something is a duty, whatever it names.
  if (IMPERATIVE_DUTY.test(clean)) return 'responsibilities';
  if (BENEFIT_LINE.test(clean) && !REQUIREMENT_LINE.test(clean)) return 'benefits';
  // "Driving licence B", "Teaching qualification": a credential named by an "-ing" word is held, not done.
  if (ingCredential(clean)) return 'requirements';
  // "Schedule: Monday to Thursday": a word before a colon is a label, not a verb.
  if (RESPONSIBILITY_START.test(clean) && !/^(?:have|has)\b|^\p{L}+\s*:/iu.test(clean)) return 'responsibilities';
  // "Permis B", "Fluent Dutch", "VCA-diploma": a short item that names what the hire holds.
  if (REQUIREMENT_LINE.test(clean) || namesCredential(clean)) return 'requirements';
  if (RESPONSIBILITY_LINE.test(clean)) return 'responsibilities';
  // German writes duties as nouns ("Installation und Inbetriebnahme von Schaltanlagen"), under any heading; not
  // what the employer provides ("Arbeitskleidung von uns gestellt", "Einarbeitung durch …").
  if (GERMAN_DUTY_NOUN_LINE.test(clean) && !GERMAN_PERK_NOUN.test(clean)) return 'responsibilities';
  return null;
}

/** A German noun for what the job gives, or any noun "von uns" (provided by us). */
const GERMAN_PERK_NOUN =
  /^\p{L}*(?:kleidung|vergütung|bezahlung|einarbeitung|förderung|verpflegung|versorgung|erstattung|ausstattung)\b|^\S+ (?:von|durch) (?:uns|unser)/iu;

/** A requirement sentence stays beside legal text in its paragraph. */
/**
 * A sentence the job needs, kept though legal text shares its paragraph. Not the right to work: said in the closing
 * paragraph beside how to apply or equal opportunity, it is the legal line every ad carries (as a list item it stays).
 */
const isNeeded = (sentence: string): boolean =>
  classifyLine(sentence) === 'requirements' && !RIGHT_TO_WORK.test(sentence);
const RIGHT_TO_WORK =
  /\bright to (?:live and )?work\b|\bwork (?:visa|permit|authori[sz]ation)\b|\bvisa sponsorship\b|\bauthori[sz]ed to work\b|\barbeitserlaubnis\b|\bpermis de travail\b|\bpermiso de trabajo\b/i;

/** False for leftovers such as ", , JR2018851": at least three letters outside codes, or an amount. */
/** A word of three letters or more with no digit in it: the usual case, tested first. */
const PLAIN_WORD = /(?:^|\s)[^\s\d]*\p{L}[^\s\d]*\p{L}[^\s\d]*\p{L}[^\s\d]*(?=\s|$)/u;

/** "401(k)", "403(b)": a US retirement plan named by its tax-code section is a perk, though it has no word. */
const PLAN_BY_CODE = /^\d{3}\([a-z]\)/i;

/** Two Chinese or Japanese characters in a row: words, though written without spaces ("実務経験3年以上"). */
const CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

function hasWords(line: string): boolean {
  if (PLAIN_WORD.test(line) || MONEY.test(line) || PLAN_BY_CODE.test(line) || CJK_WORD.test(line)) return true;
  const letters = line
    .split(/\s+/)
    .filter((token) => !/\d/.test(token))
    .join('')
    .replace(/[^\p{L}]/gu, '');
  return letters.length >= 3;
}

const MAX_ITEMS = 25;
const SALARY_LINE_MAX = 160;

/**
 * "Advanced SQL; Epic certification preferred": a must-have and a nice-to-have in one line.
 * Returns the two parts when the clauses before the first optional one carry no preference marker.
 */
function splitMixedPreference(line: string): { required: string; preferred: string } | null {
  if (!line.includes(';')) return splitJoinedPreference(line) ?? splitCommaPreference(line);
  // Across sentences ("MS in CS. 4+ years …. Strong Python; C++ a plus."), each sentence is placed on its own first.
  if (/[.!?]\s+\p{Lu}/u.test(line)) return null;
  const clauses = line.split(/;\s*/);
  const firstOptional = clauses.findIndex((clause) => isPreferredLine(clause));
  if (firstOptional <= 0) return null;
  const required = clauses.slice(0, firstOptional).join('; ').trim();
  const preferred = clauses.slice(firstOptional).join('; ').trim();
  if (wordCount(required) < 2 || !preferred) return null;
  // Upper-case the optional part's first letter, as a list item of its own.
  return { required, preferred };
}

const CONTINUING = new Set(CONTINUING_WORDS);
const JOINED_ITEM_MIN_WORDS = 5;

/**
 * "… drug screen Hazmat and tanker endorsements a plus": items joined by a space, the last one
 * optional. It starts at the last capitalised word after a word that does not continue the
 * sentence ("with Salesforce" does; "screen Hazmat" does not) and is written all in lower case
 * ("Lead Implementer" is one name), and only its end says optional.
 */
function splitJoinedPreference(line: string): { required: string; preferred: string } | null {
  let cut = -1;
  for (const match of line.matchAll(/(?<=(?:^|\s)\p{Ll}+) (?=\p{Lu})/gu)) {
    const before = /(\p{Ll}+) $/u.exec(line.slice(0, (match.index ?? 0) + 1))?.[1] ?? '';
    if (!CONTINUING.has(before)) cut = match.index ?? -1;
  }
  if (cut < 0) return null;
  const required = line.slice(0, cut).trim();
  const preferred = line.slice(cut + 1).trim();
  // "…, buona conoscenza del pacchetto Office, esperienza … gradita": a comma after the capital means a list went on.
  if (wordCount(required) < JOINED_ITEM_MIN_WORDS || wordCount(preferred) < 2 || preferred.includes(', ')) return null;
  // "… or a similar TMS is highly regarded. An HR licence …": the capitalised word is the subject of
  // the sentence going on, and a sentence break means these are sentences, not space-joined items.
  // So in other languages ("… convention collective ALISFA est un plus").
  if (/^\S+ (?:is|are|was|were|would|will|can|could|should|may|might)\b/i.test(preferred)) return null;
  if (SUBJECT_THEN_COPULA.test(`${preferred} `)) return null;
  if (/[.!?]\s+\p{Lu}/u.test(line)) return null;
  if (isPreferredLine(required) || !isPreferredLine(preferred)) return null;
  return { required, preferred };
}

const COMMA_REQUIRED_MIN_WORDS = 2;

/**
 * "Sicherer Umgang mit MS Office, SAP-Kenntnisse sind von Vorteil", "Fluent English, German is a plus",
 * "Bachelor's degree in CS, Master's preferred": a required item, then after its one comma a wish that
 * starts as a clause of its own (capitalised). "…, ideally in retail" qualifies the item and stays with it.
 */
function splitCommaPreference(line: string): { required: string; preferred: string } | null {
  const at = line.indexOf(', ');
  if (at >= 0 && line.indexOf(', ', at + 2) >= 0) return splitListedWish(line);
  // One comma only: "Kubernetes, Docker, Terraform is a plus" lists what is wished for. Not inside brackets
  // ("industrial systems (SCADA, OT networks) is a plus"), nor across sentences (each is placed on its own).
  if (at < 0 || line.indexOf(', ', at + 2) >= 0 || /[()]/.test(line) || /[.!?]\s+\p{Lu}/u.test(line)) return null;
  const required = line.slice(0, at).trim();
  const preferred = line.slice(at + 2).trim();
  if (wordCount(required) < COMMA_REQUIRED_MIN_WORDS || wordCount(preferred) < 2 || !/^\p{Lu}/u.test(preferred))
    return null;
  if (isPreferredLine(required) || !isPreferredLine(preferred)) return null;
  return { required, preferred };
}

/** A verb that makes the wish a clause over the names before it: "Kubernetes, Docker, Terraform is a plus". */
const WISH_COPULA =
  /\s(?:is|are|would be|ist|sind|wäre|est|sont|serait|es|son|sería|è|sono|sarebbe|är|er|zijn|is een)\s/i;
const LISTED_WISH_MIN_WORDS = 4;
/** "ALISFA est un plus": a word, then the verb that makes it the subject of a sentence. */
const SUBJECT_THEN_COPULA = new RegExp(String.raw`^\S+${WISH_COPULA.source}`, 'i');

/**
 * "Requisiti: diploma, buona conoscenza del pacchetto Office, esperienza in ruolo simile gradita": a comma list of
 * must-haves whose last item, a phrase of its own with the marker on it, is the wish. A wish stated as a clause over
 * the list ("…, Terraform is a plus") qualifies every name and stays whole.
 */
function splitListedWish(line: string): { required: string; preferred: string } | null {
  if (/[()]/.test(line) || /[.!?]\s+\p{Lu}/u.test(line)) return null;
  const cut = line.lastIndexOf(', ');
  const required = line.slice(0, cut).trim();
  const preferred = line
    .slice(cut + 2)
    .trim()
    .replace(SERIAL_AND, '');
  if (wordCount(preferred) < LISTED_WISH_MIN_WORDS || WISH_COPULA.test(` ${preferred} `)) return null;
  if (isPreferredLine(required) || !isPreferredLine(preferred)) return null;
  return { required, preferred };
}

const MIN_SHORT_NAME = 5;

/** "Kiezkasse is the point-of-sale app …": a lead paragraph that starts with the employer's name describes the company. */
function startsWithEmployer(line: string, company: string | null, described = false): boolean {
  // "A Sertão Distribuidora atende …", "The Hartley Group is …": an article before the name, in the
  // line or in the name itself ("The Saltbush Kitchen").
  // "L’Hotel Lago Ceresio è …": French and Italian elide the article before a vowel.
  const article = /^(?:(?:the|a|o|la|le|les|il|gli|die|der|das|el|los|las|os|de|het) |l['’](?=\p{L}))/u;
  const name = company?.trim().replace(LEGAL_SUFFIX, '').trim().toLowerCase().replace(article, '');
  if (!name || name.length < 2) return false;
  // "At Orbalia we …", "En Orbalia gestionamos …", "Bei Kranich …", "Chez Pellerin, nous …": the employer as the place.
  const place = /^(?:at|en|bei|chez|bij|hos|presso|w) (?=\p{L})/u.exec(line.toLowerCase());
  const lower = line
    .toLowerCase()
    .slice(place ? place[0].length : 0)
    .replace(article, '');
  line = line.slice(line.length - lower.length);
  // "Greyfriars has supplied …" for "Greyfriars Timber": a distinctive first word then a verb names the
  // employer too ("Hybrid working is possible" for "Hybrid Freight Solutions" does not).
  const nameWords = name.split(/\s+/);
  const first = nameWords[0] ?? '';
  // "The Copper Kettle has been serving …" for "Copper Kettle Diner": the name's first two words then a verb.
  const firstTwo = nameWords.length > 2 ? nameWords.slice(0, 2).join(' ') : '';
  const names = [
    name,
    ...(firstTwo ? [firstTwo] : []),
    ...(first.length >= MIN_SHORT_NAME && first !== name ? [first] : []),
  ];
  return names.some((candidate) => {
    if (!lower.startsWith(candidate)) return false;
    // "Sandvær Fiskeoppdrett AS driver …": the legal form the name was read without goes with it.
    const after = line.slice(candidate.length).replace(LEGAL_FORM_AFTER, '');
    return (
      // After "At …" the first word of the name is enough ("At Orbalia we …" for "Orbalia Movilidad").
      (((candidate === name || place) && !described ? /^(?:['’]s)?,?\s+\p{Ll}/u : EMPLOYER_VERB).test(after) ||
        // "ひなた会は、…を運営しています": in Japanese the name is followed by its topic particle.
        JAPANESE_TOPIC.test(after)) &&
      !HIRES_ROLE.test(after)
    );
  });
}
/** "Boulangeries Maillard recherchent un responsable …": after the name, the employer naming the role it hires, not describing itself. */
const HIRES_ROLE =
  /^[\s,]+(?:(?:is|are) (?:looking|hiring|seeking|searching|recruiting)|(?:est|sont) [àa] la recherche|recherchen?t?|recrute(?:nt)?|sucht|suchen|busca(?:n)?|cerca(?:no)?|zoekt|zoeken|s[öøo][kg]er|szuka(?:ją)?|procura(?:m)?)(?![\p{L}])/iu;
const ABOUT_ITEM_MIN_WORDS = 8;
const JAPANESE_TOPIC = /^[はが][、,]?/;

/** A list item that is a sentence about the employer ("We are a family business …", "<Name> has built …"). */
function aboutItem(text: string, company: string | null): boolean {
  if (!/[.!]$/.test(text) || wordCount(text) < ABOUT_ITEM_MIN_WORDS || ROLE_SENTENCE.test(text)) return false;
  return WE_ARE.test(text) || startsWithEmployer(text, company, true);
}
const LEGAL_FORM_AFTER = new RegExp(`^${LEGAL_SUFFIX.source.replace(/\$$/, '')}(?=[\\s,])`, 'i');
const EMPLOYER_VERB =
  /^\s+(?:is|are|was|were|has|have|had|ist|hat|sind|war|est|a|sont|es|è|é|er|är|har|on|jest|(?:builds|makes|designs|develops|provides|supplies|offers|serves|operates|runs|helps|employs|delivers|creates|produces|sells|manufactures|entwickelt|bietet|produziert))(?![\p{L}])/u;

/** Splits a description into the sections a job seeker decides on. */
export function splitSections(html: string, text: string, company: string | null = null): Sections {
  const sections: Sections = {
    responsibilities: [],
    requirements: [],
    preferred: [],
    benefits: [],
    compensation: [],
    about: [],
    lines: [],
    removed: [],
    hadHeadings: false,
  };
  const seen = new Set<string>();
  const push = (section: LineSection, item: string): void => {
    // "• planowanie dostaw,", "• umowę o pracę;": the list's punctuation between items is no part of an item.
    const line = item.replace(/\s*[,;]$/, '');
    const key = `${section}\u0000${line.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    sections.lines.push({ text: line, section, position: sections.lines.length });
    if (section === 'overview') return;
    const list = sections[section];
    if (list.length < MAX_ITEMS) list.push(line);
  };
  /**
   * "Preferred experience" … "Nice to have:": a list of extras inside the only section named for wishes makes what came
   * before it the must-haves (Welcome to the Jungle's English pages name the profile so). Its items become must-haves.
   */
  const wishesInWishes = (label: string): void => {
    if (current !== 'preferred' || sections.requirements.length || !EXTRAS.test(label)) return;
    for (const line of sections.lines.slice(linesAtHeading)) {
      if (line.section !== 'preferred') continue;
      line.section = 'requirements';
      const at = sections.preferred.indexOf(line.text);
      if (at >= 0) sections.preferred.splice(at, 1);
      if (sections.requirements.length < MAX_ITEMS) sections.requirements.push(line.text);
      seen.add(`requirements\u0000${line.text.toLowerCase()}`);
    }
  };
  /** Pushes an item, or the items a paragraph holds (pay and perks, or short requirement sentences). */
  const pushItems = (
    section: LineSection,
    text: string,
    line: DescriptionLine,
    heading: SectionKind | LineSection,
  ): void => {
    // A piece of a glued paragraph is still prose: its sentences may be items of their own.
    const listItem = line.bullet && !line.paragraphPiece;
    const items = listItem
      ? [{ section, text }]
      : section === 'about'
        ? aboutAndPerks(text, company)
        : paragraphItems(section, text, heading);
    for (const item of items) push(item.section, item.text);
  };

  let current: SectionKind = 'overview';
  let subsection: LineSection | null = null;
  let bulletsInSection = 0;
  /** A duties list that has turned into requirements ("What you'll do" … "4+ years …"). */
  let dutiesTurned = false;
  /** Inside page clutter (similar jobs, alerts): left only at a known section heading. */
  let inClutter = false;
  /** Where the previous item of the current list went: an item that reads as neither goes with its list. */
  let listSection: LineSection | null = null;
  /** "Tu día a día: a.B.C": the label of a paragraph, for the glued sentences split off it. */
  let paragraphLabel: SectionKind | null = null;
  /** How many lines were kept when the current section began: its first prose may describe the employer. */
  let linesAtHeading = 0;
  /** Whether the current heading is a known one ("Descripción", "About the role"), not "Safeguarding". */
  let knownHeading = false;
  /** The current heading is a known one about the job itself ("About the role", "Le poste", "Om tjänsten"). */
  let roleHeading = false;
  /** Under a job-details label ("Schedule:", "Experience:"): what its rows are. */
  let detailRows: JobDetailKind | null = null;
  /** Under a heading no list knows ("Your toolkit", "Dein Rucksack"): its items are placed by what they say. */
  let unknownHeading = false;
  /** That heading wishes ("Bits that would help", "Ce qui ferait la différence"): its must-haves are nice-to-haves. */
  let wishHeading = false;
  /** The heading or lead-in that opened the nice-to-haves says so plainly ("Von Vorteil:", not "Les petits plus"). */
  let plainWish = false;
  /**
   * Under a plain line that titles the next list ("Perks of the job" after the must-haves): the section before it,
   * where an item that reads as nothing stays, as it did before the title was read.
   */
  let untitledFrom: LineSection | null = null;
  /** List items that read as neither, kept until the list's next item says which list it is. */
  const undecided: string[] = [];
  const flushUndecided = (section: LineSection): void => {
    // Under a heading that names the job ("About the role", "Om tjänsten"), a list that reads as nothing else is
    // its duties ("Preventive maintenance of forklifts", "Felsökning av hydraulik").
    const to =
      section === 'overview' && untitledFrom
        ? untitledFrom
        : section === 'overview' && roleHeading
          ? 'responsibilities'
          : section;
    for (const item of undecided.splice(0)) push(to, item);
  };
  // One source line at a time, so that the pieces of a damaged paragraph are still known as prose.
  // A board's labels glued to the text go first, before anything is read from a line.
  const sources = joinWrappedLines(descriptionLines(html, text)).flatMap((whole) => {
    const { lines, chrome } = withoutGluedChrome(whole.text);
    sections.removed.push(...chrome);
    return chrome.length ? lines.map((part) => ({ ...whole, text: part })) : [whole];
  });
  for (const source of sources)
    for (const raw of restructureLines([source])) {
      if (!raw.bullet || raw.heading) flushUndecided('overview');
      if (!raw.continued) paragraphLabel = null;
      for (const split of splitInlineHeadings(raw)) {
        if (split.inlineSection) paragraphLabel = split.inlineSection;
        const line: SplitLine =
          raw.continued && paragraphLabel && !split.inlineSection && !split.heading
            ? { ...split, inlineSection: paragraphLabel }
            : split;
        if (!line.inlineSection && (looksLikeHeading(line) || isClutterHeading(line))) {
          if (isClutterHeading(line)) {
            inClutter = true;
            current = 'boilerplate';
            continue;
          }
          // "Over Van Kessel Bouw", "Om Norrsken El": "About" and the employer's name, in any language.
          const named = classifyHeading(line.text) ?? (ABOUT_NAME.test(line.text.trim()) ? 'about' : null);
          // "What we'd love to see" names the nice-to-haves after the must-haves, and the must-haves before any.
          const kind =
            named === 'preferred' && SOFT_WISH.test(line.text) && sections.requirements.length === 0
              ? 'requirements'
              : named;
          if (inClutter && (kind === null || kind === 'overview' || kind === 'other')) continue;
          inClutter = false;
          // "Les missions du poste", a paragraph, then "Au quotidien, vous :" and the list: a lead-in no list knows,
          // before the section's first item, introduces that section's list.
          if (
            kind === null &&
            LEAD_IN_END.test(line.text) &&
            wordCount(line.text) <= LEAD_IN_MAX_WORDS &&
            LIST_KINDS.has(current as SectionKind) &&
            bulletsInSection === 0 &&
            !jobDetailKind(line.text)
          )
            continue;
          if (kind === 'preferred') wishesInWishes(line.text);
          // "Schedule:", "Ability to Commute:", "Berufserfahrung:": a job-details label heads facts or qualification rows.
          detailRows = /[:：]\s*$/.test(line.text) ? jobDetailKind(line.text) : null;
          current =
            detailRows === 'facts' && kind !== 'other'
              ? 'overview'
              : (kind ?? (detailRows === 'qualifications' ? 'requirements' : 'overview'));
          subsection = null;
          bulletsInSection = 0;
          dutiesTurned = false;
          listSection = null;
          linesAtHeading = sections.lines.length;
          knownHeading = kind !== null;
          roleHeading = kind === 'overview' && detailRows === null;
          unknownHeading = kind === null && detailRows === null;
          wishHeading = unknownHeading && wishingHeading(line.text);
          plainWish = PLAIN_WISH.test(line.text);
          untitledFrom = null;
          if (kind && kind !== 'overview') sections.hadHeadings = true;
          continue;
        }
        if (!line.bullet) detailRows = null;
        // "Work Location: In person", "Job Type: Full-time": a job-details fact, read for the facts, listed nowhere.
        if (
          !line.bullet &&
          !line.inlineSection &&
          current !== 'boilerplate' &&
          jobDetailKind(line.text) === 'facts' &&
          !isPayLine(line.text)
        ) {
          push('overview', line.text);
          continue;
        }
        if (detailRows && current !== 'boilerplate' && current !== 'other') {
          const marker = detailRows === 'qualifications' ? jobDetailMarker(line.text) : null;
          if (detailRows === 'facts' || marker) {
            push(
              detailRows === 'facts' ? 'overview' : marker === 'preferred' ? 'preferred' : 'requirements',
              line.text,
            );
            continue;
          }
        }
        if (line.opensSection && line.inlineSection && current !== line.inlineSection) {
          current = line.inlineSection;
          subsection = null;
          bulletsInSection = 0;
          dutiesTurned = false;
          listSection = null;
          linesAtHeading = sections.lines.length;
          knownHeading = true;
          roleHeading = false;
          unknownHeading = false;
          wishHeading = false;
          untitledFrom = null;
          inClutter = false;
          if (current !== 'overview' && current !== 'other') sections.hadHeadings = true;
        }
        if (line.inlineSection) {
          if (line.inlineSection === 'boilerplate') {
            // "Pay Transparency: The hourly range … is $38.50 to $55.75.": the range is the job's pay, as under the heading.
            if (isPayUnderBoilerplate(line.text)) push('compensation', line.text);
            continue;
          }
          // "Somos una empresa incluyente: no discriminamos por …": a label that opens a section may lead legal text.
          const legal = removeBoilerplate(line.text, isNeeded);
          if (!legal.kept) {
            sections.removed.push(...legal.removed);
            continue;
          }
          const section = placeLine(line.inlineSection, null, line.text, line.bullet);
          // "Salary: $80K–$95K", "Faixa salarial: R$ 9.000 …": the label says what the amount is, also when
          // a perk follows the pay in the same paragraph ("Pay range: $41 - $58 per hour. A night differential …").
          const text =
            line.labelled &&
            line.inlineSection === 'compensation' &&
            (section === 'compensation' || (section === 'benefits' && !line.bullet && isPayLine(line.text)))
              ? line.labelled
              : line.text;
          // "Requisiti: diploma, …, esperienza in ruolo simile gradita": the must-haves before the one wish stay must-haves.
          const mixed =
            section === 'preferred' && line.inlineSection === 'requirements' ? splitMixedPreference(text) : null;
          if (mixed) {
            push('requirements', mixed.required);
            push('preferred', mixed.preferred);
          } else if (section) pushItems(section, text, line, line.inlineSection);
          continue;
        }
        if (current === 'boilerplate') {
          // Under "Pay transparency" (legal prose), the pay range itself is still the job's pay; never in page clutter.
          if (!inClutter && isPayUnderBoilerplate(line.text)) push('compensation', line.text);
          else sections.removed.push(line.text);
          continue;
        }
        // Lines under an "other" heading are dropped whole: no need to sift their sentences first (the
        // boilerplate expression is among the costliest the summarizer runs). A sentence there that states a must
        // ("Een VOG is verplicht voor deze functie.") is still one.
        if (current === 'other') {
          if (!line.bullet && REQUIREMENT_SENTENCE.test(line.text))
            for (const sentence of splitSentences(line.text))
              if (REQUIREMENT_SENTENCE.test(sentence) && !isBoilerplateSentence(sentence))
                push('requirements', sentence);
          continue;
        }
        const { kept, removed } = removeBoilerplate(line.text, isNeeded);
        sections.removed.push(...removed);
        if (!kept) continue;

        // "Perks of the job" as a plain line after a list: the title of the next list, which no list knows.
        if (bulletsInSection > 0 && LIST_KINDS.has(current) && !line.bullet && !raw.continued && untitledLine(kept)) {
          untitledFrom = current as LineSection;
          current = 'overview';
          subsection = null;
          bulletsInSection = 0;
          dutiesTurned = false;
          listSection = null;
          linesAtHeading = sections.lines.length;
          knownHeading = false;
          roleHeading = false;
          unknownHeading = true;
          wishHeading = wishingHeading(kept);
          push('overview', kept);
          continue;
        }

        // A lead-in line ending in ":" steers the bullets that follow it.
        if (!line.bullet && /[:：]$/.test(kept) && kept.length <= 200) {
          const kind = kept.length <= 80 ? classifyHeading(kept) : null;
          if (kind === 'preferred' || isPreferredLine(kept)) {
            if (subsection === null) wishesInWishes(kept);
            subsection = 'preferred';
            plainWish = PLAIN_WISH.test(kept);
          } else if (kind === 'responsibilities' || kind === 'requirements' || kind === 'benefits') subsection = kind;
          bulletsInSection = 0;
          continue;
        }
        // Prose after a section's list has ended is read on its own.
        const ended = !line.bullet && bulletsInSection > 0 && current !== 'about' && current !== 'compensation';
        // A glued paragraph's pieces are bullets in form: its first piece is still the section's first prose.
        const bulletsBefore = bulletsInSection;
        if (line.bullet) bulletsInSection++;
        if (!hasWords(kept)) continue;

        // Before any named section, prose that opens with the employer's name or describes the employer
        // ("We are a 45-attorney firm …") is about the company up to its first sentence about the role;
        // also as the first prose under a "Job Description" heading, before its list.
        // A paragraph split apart (glued sentences, a glued heading) is still prose, and so is the first
        // prose under a "Description" heading after other sections ("Requisitos" first on InfoJobs).
        const prose = !source.bullet && !raw.continued;
        const firstInSection = subsection === null && bulletsBefore === 0 && sections.lines.length === linesAtHeading;
        // "Why Cobaltline?" then "Cobaltline runs the payment rails …": a pitch heading may open with the employer.
        const pitch =
          current === 'benefits' &&
          knownHeading &&
          firstInSection &&
          !isPerk(kept) &&
          !BENEFIT_LINE.test(kept) &&
          !isPayLine(kept) &&
          !NAMED_PAY.test(kept);
        const leadProse =
          prose &&
          ((!sections.hadHeadings && current === 'overview') ||
            ((current === 'responsibilities' || current === 'overview') && knownHeading && firstInSection) ||
            pitch);
        // Prose after a list has ended that opens by describing the employer is about it, unless it is a perk
        // or pay: a site's own box (Indeed's "Benefits") with no heading after it, or the blurb a posting ends
        // with ("Tallis Hydraulics has built … since 1962", after the perks).
        const box = current === 'benefits' && linesAtHeading === 0;
        const afterBox = prose && ended && !isPerk(kept) && !isPayLine(kept);
        // Past the lead, the employer's name must come with a verb that describes it ("has built", "runs"):
        // "Solbakken Kommune ønsker …" at the end is the equal-opportunity line, not the company.
        const about = leadProse || afterBox ? aboutLead(kept, company, !leadProse && !box) : null;
        if (about) {
          for (const part of aboutAndPerks(about.about, company)) push(part.section, part.text);
          if (!about.rest) continue;
        }
        const text = about?.rest ?? kept;
        let section = ended ? placeEnded(current, text) : placeLine(current, subsection, text, line.bullet);
        // Under a heading no list knows, a short item ("Code 95", "Paid breaks") is an item of its list as well:
        // no heading word says it is a fact or a label there.
        const itemOfList = line.bullet && (wordCount(text) >= 3 || unknownHeading) && text.length <= LIST_ITEM_MAX;
        if (section === 'overview' && itemOfList && listSection) section = listSection;
        // The first items of a list that read as neither wait for the list's next item ("Mener …" before "Animer …").
        const listItem = itemOfList;
        // Under a heading no list knows, a list item is placed by what it says: a must-have's opening
        // ("Maîtrise d'Excel", "Experience in …") as when it turns a duties list into must-haves.
        if (
          section === 'overview' &&
          unknownHeading &&
          line.bullet &&
          REQUIREMENT_START.test(text) &&
          !startsLikeDuty(text)
        )
          section = isPreferredLine(text) ? 'preferred' : 'requirements';
        if (section === 'requirements' && wishHeading) section = 'preferred';
        // "Les petits plus", "Extras" head the wishes on one page and the perks on another: a perk there is a
        // perk, and an item after it that reads as neither goes with it.
        if (
          section === 'preferred' &&
          line.bullet &&
          (subsection ?? current) === 'preferred' &&
          !plainWish &&
          !REQUIREMENT_START.test(text)
        ) {
          const kind = classifyLine(text);
          if (kind === 'benefits' || (kind === null && listSection === 'benefits')) section = 'benefits';
        }
        if (section === 'overview' && listItem && !listSection && !ended) {
          undecided.push(text);
          continue;
        }
        // A short item under a plain title that reads as nothing ("Dog-friendly office") stays in the list before.
        if (section === 'overview' && line.bullet && untitledFrom) section = listSection ?? untitledFrom;
        if (line.bullet && section && LIST_KINDS.has(section as SectionKind)) flushUndecided(section);
        else flushUndecided('overview');
        // After the pay in a list of what the job offers ("▸ Salary £34,000 … ▸ Free stays …"), the items are perks.
        const within: SectionKind = (subsection as SectionKind | null) ?? current;
        const afterPay: LineSection | null =
          section === 'compensation' && !ITEM_LABEL_KINDS.has(within) ? 'benefits' : null;
        listSection =
          line.bullet && section !== 'overview' ? (afterPay ?? (section === 'compensation' ? null : section)) : null;
        if (section === null) continue;
        // "… • Moorland Lifts has serviced lifts since 1984.": the employer describing itself at the end of a list.
        if (line.bullet && ITEM_LABEL_KINDS.has(section as SectionKind) && aboutItem(text, company)) {
          push('about', text);
          continue;
        }
        // Flowing prose outside any named list: each run of sentences where it belongs (duties, what the
        // job needs, a wish, the pay), as postings with no headings write them.
        // A paragraph that names the pay among duties and needs ("You'll pick and pack … . You have 6 months …
        // . We offer $19/hour …") is taken apart too; a pay paragraph alone stays whole.
        const prosePlace = !line.bullet && current === 'overview' && subsection === null;
        const read = prosePlace ? proseParts(text, company) : null;
        const parts =
          section !== 'compensation' ||
          read?.some((part) => part.section === 'responsibilities' || part.section === 'requirements')
            ? read
            : null;
        if (parts) {
          listSection = null;
          for (const part of parts) pushItems(part.section, part.text, line, part.section);
          continue;
        }
        if (
          section === 'responsibilities' &&
          (dutiesTurned || REQUIREMENT_START.test(text) || namesCredential(text)) &&
          !startsLikeDuty(text) &&
          !DUTY_NOUN.test(text)
        ) {
          dutiesTurned = true;
          section = isPreferredLine(text) ? 'preferred' : 'requirements';
        }
        if (section === 'preferred' && (subsection ?? current) === 'requirements') {
          const mixed = splitMixedPreference(text);
          if (mixed) {
            push('requirements', mixed.required);
            push('preferred', mixed.preferred);
            continue;
          }
        }
        // "What we offer: • €34,000–€38,000 DOE • Pension …": the pay is an item of the offer list as the
        // posting wrote it (the compare table shows it there), and the job's pay too.
        if (section === 'compensation' && line.bullet && (subsection ?? current) === 'benefits') {
          // "$55,000 - $62,000 per year Hybrid work 20 days PTO": perks run on after the pay's period are perks.
          const [pay = text, ...perks] = payThenPerks(text);
          if (perks.length && PAY_PERIOD_END.test(pay)) {
            push('benefits', pay);
            push('compensation', pay);
            for (const perk of perks) push('benefits', perk);
            continue;
          }
          push('benefits', text);
        }
        if (section === 'overview' || section === 'about') {
          // Long prose: keep its sentences for skills and facts, not as list items. Under "About us", a perk
          // sentence is still a benefit ("… across Kent. Employees receive free parking.").
          if (section === 'about' && !line.bullet)
            for (const part of aboutAndPerks(text, company)) push(part.section, part.text);
          else if (section === 'overview' && !line.bullet && MONEY.test(text))
            for (const part of overviewAndPay(text)) push(part.section, part.text);
          else push(section, text);
          continue;
        }
        // Prose after a list has ended was read on its own: the heading above the list no longer makes its
        // sentences nice-to-haves ("Occasional travel … . No visa sponsorship." after "Nice to have"); under
        // a benefits heading it still parts pay from perks.
        const under = subsection ?? current;
        pushItems(section, text, line, ended && under === 'preferred' ? section : under);
      }
    }
  flushUndecided('overview');
  fillSandwiched(sections);
  return sections;
}

const SANDWICH_MAX_WORDS = 8;
type SandwichKind = 'responsibilities' | 'requirements' | 'preferred' | 'benefits';
const SANDWICH_KINDS: ReadonlySet<LineSection> = new Set<SandwichKind>([
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
]);

/**
 * "Preparing management accounts … / Balance sheet reconciliations / Supporting the annual budget …": a list written
 * as plain lines, where a short line that reads as nothing sits between two items of one list, is an item of it.
 */
function fillSandwiched(sections: Sections): void {
  const lines = sections.lines;
  for (let index = 1; index < lines.length - 1; index++) {
    const line = lines[index]!;
    const before = lines[index - 1]!;
    if (line.section !== 'overview' || before.section !== lines[index + 1]!.section) continue;
    if (!SANDWICH_KINDS.has(before.section) || wordCount(line.text) > SANDWICH_MAX_WORDS) continue;
    if (/[.!?:：]$/.test(line.text)) continue;
    const list = sections[before.section as SandwichKind];
    const at = list.indexOf(before.text);
    if (at < 0) continue;
    line.section = before.section;
    list.splice(at + 1, 0, line.text);
  }
}

const UNTITLED_LINE_MAX_WORDS = 6;

/**
 * A plain line that reads as a title, not an item: a few words, capitalised, no sentence end, no number, and
 * nothing a list item says ("Perks of the job", "What we ask of you"; not "Full driving licence required").
 */
function untitledLine(text: string): boolean {
  return (
    wordCount(text) <= UNTITLED_LINE_MAX_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?,;:：)]$/.test(text) &&
    !/\d/.test(text) &&
    classifyLine(text) === null &&
    !REQUIREMENT_START.test(text) &&
    !isPreferredLine(text) &&
    !isPerk(text)
  );
}

/** "Bits that would help", "Damit punktest du zusätzlich": a heading no list knows that names a wish. */
function wishingHeading(text: string): boolean {
  return WISH_HEADING.test(text) || isPreferredLine(text);
}

/** Under "Pay transparency" (legal prose), a line that states an amount of pay. */
function isPayUnderBoilerplate(text: string): boolean {
  return MONEY.test(text) && (PAY_WORDS.test(text) || PAY_PROSE.test(text));
}

const MAX_PROSE_SENTENCES = 12;
/** Longer than any paragraph a posting writes as prose: read as a whole. */
const MAX_PROSE_LENGTH = 2000;
const LABEL_START = /^\p{L}+\s*:/u;

/** Where one sentence of flowing prose belongs, or null when it says nothing of its own. */
function sentenceKind(sentence: string, company: string | null): LineSection | null {
  if (REQUIREMENT_SENTENCE.test(sentence)) return isPreferredLine(sentence) ? 'preferred' : 'requirements';
  // "plus an annual bonus target of 8%" names a bonus, and is pay.
  if (isPreferredLine(sentence) && !isPerk(sentence) && !mentionsPay(sentence)) return 'preferred';
  if (isPayLine(sentence) && !isPerk(sentence)) return 'compensation';
  if (PERK_AFTER_YOU.test(sentence) || OPPORTUNITY.test(sentence)) return 'benefits';
  // "We are looking for a dental receptionist to greet patients, … verify insurance": the role's duty, whatever perk word it names.
  if (ROLE_DUTY.test(sentence)) return 'responsibilities';
  // "You'll own year-end … and the relationship with the pension provider": a duty that names a perk word.
  if (startsLikeDuty(sentence) && !LABEL_START.test(sentence)) return 'responsibilities';
  if (BENEFIT_START.test(sentence) || isPerk(sentence)) return 'benefits';
  if (ABOUT_SENTENCE.test(sentence) || startsWithEmployer(sentence, company)) return 'about';
  // "Schedule: Tuesday to Saturday": a word before a colon is a label, not a verb.
  if (
    ROLE_DUTY.test(sentence) ||
    (startsLikeDuty(sentence) && !LABEL_START.test(sentence)) ||
    RESPONSIBILITY_LINE.test(sentence)
  )
    return 'responsibilities';
  if (REQUIREMENT_START.test(sentence)) return 'requirements';
  return null;
}

/**
 * A prose paragraph taken apart by what its sentences say: "You'll work the flat-top … . We need someone
 * with at least two years … . ServSafe certification is a plus …" is a duty, a must-have and a wish. A
 * sentence that says nothing of its own goes with the one before. Null when the paragraph is of one kind
 * (read as a whole, as before), except a paragraph of duties that opens with one, which is a duty.
 */
function proseParts(text: string, company: string | null): Array<{ section: LineSection; text: string }> | null {
  if (text.length > MAX_PROSE_LENGTH) return null;
  const sentences = withBackReferences(splitSentences(text));
  if (sentences.length > MAX_PROSE_SENTENCES) return null;
  // One sentence is read as a whole as before, unless it names the role before its duty ("Som kock lagar du …").
  if (sentences.length === 1) return ROLE_DUTY.test(text) ? [{ section: 'responsibilities', text }] : null;
  const kinds = sentences.map((sentence) => sentenceKind(sentence, company));
  const named = new Set(kinds.filter((kind) => kind !== null));
  if (named.size === 0) return null;
  if (named.size === 1) {
    const [only] = named;
    const same = kinds.filter((kind) => kind === only).length;
    if (same * 2 < sentences.length) return null;
    // "2+ years as a … . Proven experience in … . Expertise in …": a requirements list written as sentences.
    if (kinds[0] === 'requirements')
      return sentenceItems(sentences, text, (item) => (isPreferredLine(item) ? 'preferred' : 'requirements'));
    return kinds[0] === 'responsibilities' ? dutyItems(sentences, text) : null;
  }
  const parts: Array<{ section: LineSection; text: string; sentences: string[] }> = [];
  sentences.forEach((sentence, index) => {
    const kind = kinds[index] ?? null;
    const last = parts[parts.length - 1];
    if (last && (kind === null || kind === last.section)) {
      last.text = `${last.text} ${sentence}`;
      last.sentences.push(sentence);
    } else parts.push({ section: kind ?? 'overview', text: sentence, sentences: [sentence] });
  });
  return parts.flatMap((part) =>
    part.section === 'responsibilities'
      ? dutyItems(part.sentences, part.text)
      : [{ section: part.section, text: part.text }],
  );
}

/** A sentence that opens by pointing back ("Dat is mooi meegenomen.", "That's a plus.", "C'est un atout."). */
const BACK_REFERENCE =
  /^(?:(?:that|this|dat|dit|das|dies|eso|esto|isso|isto|questo)(?:['’]s|\s+(?:is|would be|will be|ist|wäre|es|sería|é|seria|è|sarebbe|zou))|c['’]est|cela|ça)(?![\p{L}])(?![^.]*\b(?:if|when|wenn|falls|si|als|se)\b)/iu;
/** Words that say a thing is required, in a sentence that points back ("Dit is een must."). */
const REQUIRED_WORD =
  /\b(?:must|essential|required|verplicht|vereist|erforderlich|pflicht|obligatoire|requis|imprescindible|obligatorio|obrigatório|indispensabile|obbligatorio|krav)\b/iu;

/**
 * Sentences with each one that only judges the sentence before joined to it: "Heb je al ervaring met een
 * heftruck? Dat is mooi meegenomen." is one wish, not a question and a verdict apart.
 */
function withBackReferences(sentences: string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const judges = BACK_REFERENCE.test(sentence) && (isPreferredLine(sentence) || REQUIRED_WORD.test(sentence));
    if (out.length && judges) out[out.length - 1] = `${out[out.length - 1]} ${sentence}`;
    else out.push(sentence);
  }
  return out;
}

/** Duty sentences, one item each when they are a few short ones; else the paragraph whole. */
function dutyItems(sentences: string[], text: string): Array<{ section: LineSection; text: string }> {
  // A paragraph of orders ("Carry out … . Plan … . Keep …") stays one item, as `dutyProse` reads it.
  const apart =
    !dutyProse(text) &&
    sentences.length <= MAX_ITEM_SENTENCES &&
    sentences.every((sentence) => wordCount(sentence) <= MAX_ITEM_SENTENCE_WORDS);
  return (apart ? sentences : [text]).map((item) => ({ section: 'responsibilities', text: item }));
}

/** Sentences of one kind (needs, perks), one item each when they are a few short ones; else the paragraph whole. */
function sentenceItems(
  sentences: string[],
  text: string,
  sectionOf: (item: string) => LineSection,
): Array<{ section: LineSection; text: string }> {
  const apart =
    sentences.length <= MAX_ITEM_SENTENCES &&
    sentences.every((sentence) => wordCount(sentence) <= MAX_ITEM_SENTENCE_WORDS);
  return (apart ? sentences : [text]).map((item) => ({ section: sectionOf(item), text: item }));
}

const MIN_DUTY_SENTENCES = 3;

/** A paragraph of duties written as sentences, each opening with a verb ("Carry out … . Manage your own caseload … ."). */
function dutyProse(text: string): boolean {
  const sentences = splitSentences(text);
  return sentences.length >= MIN_DUTY_SENTENCES && sentences.every((sentence) => RESPONSIBILITY_START.test(sentence));
}

/** "Build …", "Own …", "You will …": an item that is a duty, whatever list it sits in. */
function startsLikeDuty(line: string): boolean {
  return (
    (RESPONSIBILITY_START.test(line) && !/^(?:have|has|be|working knowledge)\b/i.test(line) && !ingCredential(line)) ||
    /^you(?: will|'ll|’ll)\b/i.test(line)
  );
}

const MAX_ITEM_SENTENCES = 6;
const MAX_ITEM_SENTENCE_WORDS = 40;
/** A perk written as a bare name ("Blue Light Card", "Cycle to work scheme") is a few words. */
const SHORT_PERK_WORDS = 6;

/**
 * The items a prose paragraph holds: under pay or benefits, its pay sentences and its perk
 * sentences apart ("£31,650 - £43,607 … . Teachers' Pension Scheme …"); under requirements, one
 * item per short sentence ("Dementia care experience preferred. IV certification a plus.").
 */
function paragraphItems(
  section: LineSection,
  text: string,
  /** The heading (or lead-in) the paragraph sits under. */
  heading: SectionKind | LineSection,
): Array<{ section: LineSection; text: string }> {
  const whole = [{ section, text }];
  if (section === 'compensation' || section === 'benefits') {
    // "Je salaris … wordt ingeschaald in schaal L10 …: minimaal € 3.641 …": one long sentence under a benefits
    // heading that names the pay and its amount is the pay (too long for the salary-line test).
    if (section === 'benefits' && namedPaySentence(text)) return [{ section: 'compensation', text }];
    if (text.length < 40 || !(/[.!?;,]\s/.test(text) || PLUS_JOIN.test(text))) return whole;
    // Under a benefits heading, a pay sentence is the job's pay and the others are perks, even when they
    // use words we do not know ("Salary of … . Four-day week, staff meals …"); so is a pay clause among perks.
    const underBenefits = section === 'benefits' || heading === 'benefits';
    // What payThenPerks parted from the pay after it is a perk, whatever its words ("… + hybrid + pension").
    const addedPerks = new Set<string>();
    const sentences = splitSentences(text).flatMap((sentence) => {
      const among = underBenefits ? payAmongPerks(sentence) : null;
      if (among) return among;
      const [pay = sentence, ...perks] = payThenPerks(sentence);
      for (const perk of perks) addedPerks.add(perk);
      return [pay, ...perks];
    });
    const kinds = sentences.map((sentence): LineSection | null =>
      addedPerks.has(sentence)
        ? 'benefits'
        : isPayLine(sentence) || isAmountAlone(sentence)
          ? 'compensation'
          : isPerk(sentence)
            ? 'benefits'
            : null,
    );
    const mixed = underBenefits ? kinds.length > 1 : kinds.includes('benefits');
    // Perks only, in short sentences ("Contratto CCNL. Buoni pasto da 7 € e premio fino a 900 €."): one item each.
    const shortPerks =
      section === 'benefits' &&
      kinds.length > 1 &&
      sentences.every((sentence) => wordCount(sentence) <= MAX_ITEM_SENTENCE_WORDS) &&
      kinds.includes('benefits');
    if (shortPerks && !kinds.includes('compensation'))
      return sentences.flatMap((sentence) => perkClauses(sentence).map((item) => ({ section, text: item })));
    // One sentence that lists its perks ("You will also get 28 days' holiday, a cycle scheme and a pension."): one each.
    // Pay first in that list ("£15.20 per hour plus a night premium, free parking, …") is the job's pay.
    if (section === 'benefits' && sentences.length === 1 && kinds[0] !== 'compensation') {
      const perks = perkClauses(text);
      if (perks.length > 1)
        return perks.map((item, index) => ({
          section: index === 0 && isPayLine(item) && !isPerk(item) ? 'compensation' : section,
          text: item,
        }));
    }
    if (!kinds.includes('compensation') || !mixed) return whole;
    // A pay-zone paragraph ("… places every role in a geographic pay zone. … the base salary range is … . Your
    // offer depends on …") is the pay as a whole: its other sentences go with the pay, not among the perks.
    const rest: LineSection = PAY_PROSE.test(text) ? 'compensation' : underBenefits ? 'benefits' : section;
    // A short phrase of unknown words after a perk ("… Free meals on shift. Blue Light Card.") is one more perk.
    let previous: LineSection | null = null;
    return sentences.flatMap((sentence, index) => {
      const known = kinds[index];
      const kind = known ?? (previous === 'benefits' && wordCount(sentence) <= SHORT_PERK_WORDS ? 'benefits' : rest);
      previous = known ?? previous;
      return (kind === 'benefits' ? perkClauses(sentence) : [sentence]).map((item) => ({ section: kind, text: item }));
    });
  }
  const clauses = clauseItems(text);
  if (clauses && (section === 'responsibilities' || section === 'requirements' || section === 'preferred')) {
    return [
      ...(clauses.lead ? [{ section: 'overview' as const, text: clauses.lead }] : []),
      ...clauses.items.map((item) => ({
        section: section === 'requirements' && isPreferredLine(item) ? ('preferred' as const) : section,
        text: item,
      })),
    ];
  }
  if (section === 'requirements' || section === 'preferred') {
    if (!/[.!?]\s/.test(text)) return whole;
    const sentences = withBackReferences(splitSentences(text));
    if (
      sentences.length < 2 ||
      sentences.length > MAX_ITEM_SENTENCES ||
      sentences.some((sentence) => !isItemSentence(sentence) || wordCount(sentence) > MAX_ITEM_SENTENCE_WORDS)
    )
      return whole;
    return sentences.flatMap((sentence): Array<{ section: LineSection; text: string }> => {
      if (heading === 'preferred') return [{ section: 'preferred', text: sentence }];
      if (!isPreferredLine(sentence)) return [{ section: 'requirements', text: sentence }];
      // "Strong Python; experience with C++ a plus.": the must-have before the wish stays one.
      const mixed = splitMixedPreference(sentence);
      return mixed
        ? [
            { section: 'requirements', text: mixed.required },
            { section: 'preferred', text: mixed.preferred },
          ]
        : [{ section: 'preferred', text: sentence }];
    });
  }
  if (section === 'responsibilities' && heading === 'responsibilities' && /[.!?]\s/.test(text)) {
    const sentences = parallelSentences(text) ?? shortDutySentences(text);
    if (sentences) return sentences.map((sentence) => ({ section, text: sentence }));
  }
  return whole;
}

const MAX_SHORT_DUTY_WORDS = 25;
const MIN_FRAGMENT_DUTIES = 3;
/** A sentence of prose opens with its subject or a clause ("The team is eight people.", "You will …", "Most days …"). */
const PROSE_OPENING =
  /^(?:the|a|an|you|we|our|your|it|its|this|that|these|those|they|there|most|some|all|each|every|he|she|i|my|in|on|at|as|if|when|while|after|before|der|die|das|ein|eine|wir|sie|du|le|la|les|un|une|nous|vous|il|el|los|las|het|een|wij|je)\b/i;
const MAX_FRAGMENT_WORDS = 12;

/**
 * "Je verzamelt de bestellingen … . Ook laad je de vrachtwagens …", "Du assisterer … . Du booker …": under a duties
 * heading, a paragraph of a few short sentences is a list written as prose, one duty each (in any language).
 */
function shortDutySentences(text: string): string[] | null {
  const sentences = splitSentences(text);
  // "Running the office day to day. Ordering supplies. Onboarding new starters.": three short fragments or more under a
  // duties heading are a list written as prose, whatever word each opens with.
  if (
    sentences.length >= MIN_FRAGMENT_DUTIES &&
    sentences.length <= MAX_ITEM_SENTENCES &&
    sentences.every(
      (sentence) =>
        wordCount(sentence) >= 2 && wordCount(sentence) <= MAX_FRAGMENT_WORDS && !PROSE_OPENING.test(sentence),
    )
  )
    return sentences;
  const short = sentences.every(
    (sentence) => wordCount(sentence) >= MIN_CLAUSE_WORDS && wordCount(sentence) <= MAX_SHORT_DUTY_WORDS,
  );
  if (sentences.length < 2 || sentences.length > MAX_ITEM_SENTENCES || !short) return null;
  // "Design … . Lead … . Improve …", "Helping … . Supporting … . Recording …": each opens with a duty's verb.
  if (sentences.every((sentence) => startsLikeDuty(sentence))) return sentences;
  // Each addresses the hire ("… laad je …", "Du booker …"); the first may be the lead ("Veenstra zoekt een orderpicker.").
  // "You will run the morning shift. The team is eight people." is a duty and a remark, kept whole.
  const [first = '', ...rest] = sentences;
  const addressed = rest.every((sentence) => SECOND_PERSON.test(sentence));
  return addressed && (rest.length >= 2 || SECOND_PERSON.test(first)) ? sentences : null;
}

/** A second-person pronoun as a word: the sentence addresses the hire. */
const SECOND_PERSON = /(?:^|[\s,])(?:you|you['’](?:ll|re|ve)|je|jij|du|vous|tu|voi|ty|sie|dig|deg)(?=[\s,.;!?]|$)/iu;

const MIN_PARALLEL_SENTENCES = 3;
/**
 * A sentence that opens with a second-person verb in the future, perhaps after its pronoun: Spanish and
 * Portuguese "-rás", Italian "-rai", French "-ras"/"-rez" ("Prepararás", "Ti occuperai", "Vous piloterez").
 */
const FUTURE_DUTY = /^(?:(?:ti|te|se|si|ci|vi|lo|la|le|gli|vous|tu|voc[êe]) )?\p{L}{2,}(?:r[áa]s|rai|rez)(?!\p{L})/iu;

/**
 * "Je verleent … . Je stelt … . Je werkt …", "Du planst … . Du pflegst … .": under a duties heading, short
 * sentences that all open with the same word are a list written as prose, one duty each (in any language).
 */
function parallelSentences(text: string): string[] | null {
  const sentences = splitSentences(text);
  if (sentences.length < 2 || sentences.length > MAX_ITEM_SENTENCES) return null;
  const first = (sentence: string): string => /^\p{L}+/u.exec(sentence)?.[0]?.toLowerCase() ?? '';
  const opening = first(sentences[0] ?? '');
  // "Prepararás … . Limpiarás … . Atenderás …", "Ti occuperai … . Seguirai …": each opens with a verb in the future
  // (two are enough: the future tense marks a duty as surely as a list would).
  const fitting = (sentence: string): boolean =>
    wordCount(sentence) >= MIN_CLAUSE_WORDS && wordCount(sentence) <= MAX_ITEM_SENTENCE_WORDS;
  if (sentences.every((sentence) => FUTURE_DUTY.test(sentence) && fitting(sentence))) return sentences;
  if (sentences.length < MIN_PARALLEL_SENTENCES) return null;
  const parallel = sentences.every(
    (sentence) =>
      first(sentence) === opening &&
      wordCount(sentence) >= MIN_CLAUSE_WORDS &&
      wordCount(sentence) <= MAX_ITEM_SENTENCE_WORDS,
  );
  return opening && parallel ? sentences : null;
}

const MIN_CLAUSE_ITEMS = 3;
const MAX_CLAUSE_ITEM_WORDS = 30;

/**
 * A paragraph that lists its items as clauses joined by ";" ("Je beantwoordt …; je plant …; je registreert …"),
 * with perhaps a lead sentence before the first ("Als medewerker … . Je beantwoordt …"): the lead and the items.
 */
function clauseItems(text: string): { lead: string | null; items: string[] } | null {
  if (!text.includes('; ')) return null;
  const clauses = text.split(/;\s+/).map((clause) => clause.trim());
  if (clauses.length < MIN_CLAUSE_ITEMS) return null;
  const opening = splitSentences(clauses[0] ?? '');
  const first = opening[opening.length - 1] ?? '';
  const items = [first, ...clauses.slice(1)];
  // A clause holding a sentence break is prose, not an item.
  // A label before the first clause ("Preferred: conversational Spanish; …") is not part of the item.
  const listLike = items.every(
    (item, index) =>
      wordCount(index === 0 ? item.replace(/^[^:：]{3,60}[:：]\s+/, '') : item) >= MIN_CLAUSE_WORDS &&
      wordCount(item) <= MAX_CLAUSE_ITEM_WORDS &&
      (index === items.length - 1 || !/[.!?]\s/.test(item)),
  );
  if (!listLike || /[.!?]\s/.test(items[items.length - 1] ?? '')) return null;
  return { lead: opening.length > 1 ? opening.slice(0, -1).join(' ') : null, items };
}

const MIN_PERK_CLAUSES = 3;
const MIN_ONE_WORD_PERK_CLAUSES = 4;
const MAX_PERK_CLAUSE_WORDS = 10;
const PERK_LIST_LEAD =
  /\b(?:includ\w*|such as|offer\w*|provid\w*|enjoy|get|receive|umfass\w*|inklusive|bieten|comprend\w*|incluy\w*|inclu[ei]\w*|ofrec\w*|offr\w*|omfatt\w*|inclusief|bieden|tilbyder|erbjuder)\b|:/i;

/**
 * The perks a perk sentence lists: "a; b; c", or three short clauses or more joined by commas
 * ("Mutuelle prise en charge à 60 %, pain offert chaque jour, 5 semaines de congés …"). Commas
 * inside parentheses stay; "Medical, dental and vision" (a one-word clause) is one perk.
 */
function perkClauses(sentence: string): string[] {
  const fits = (clauses: string[], max = Infinity): boolean =>
    clauses.every((clause) => wordCount(clause) >= 2 && wordCount(clause) <= max);
  const bySemicolon = sentence.split(/;\s+/).map((clause) => clause.trim());
  if (bySemicolon.length > 1) return fits(bySemicolon) ? bySemicolon.flatMap(amountsApart) : [sentence.trim()];
  // "Benefits include medical, dental and vision coverage, …": after a lead verb the commas list one phrase's parts,
  // unless each part is a perk of its own ("You will also get 27 days' leave, a pension with … and a hybrid …").
  const byComma = commaClauses(sentence);
  // "We offer fully paid medical, dental and vision plans, …": a list that opens with one cover's kinds is kept whole.
  if (PERK_LIST_LEAD.test(byComma[0] ?? ''))
    return COVER_KINDS.test(sentence) ? [sentence.trim()] : ledPerks(sentence, byComma);
  const byPerk = lastJoinedApart(sentence.split(PERK_COMMA).map((clause) => clause.trim()));
  // "Bis zu 3 Tage Homeoffice pro Woche, 30 Tage Urlaub, JobRad, Weiterbildungsbudget": in a longer list a perk may
  // be one compound word, when the list opens with a phrase.
  const oneWordPerks =
    byPerk.length >= MIN_ONE_WORD_PERK_CLAUSES &&
    wordCount(byPerk[0] ?? '') >= 2 &&
    byPerk.every((clause) => wordCount(clause) >= 2 || /^\p{Lu}\p{L}{5,}\.?$/u.test(clause)) &&
    byPerk.every((clause) => wordCount(clause) <= MAX_PERK_CLAUSE_WORDS);
  const clauses =
    byPerk.length >= MIN_PERK_CLAUSES && (fits(byPerk, MAX_PERK_CLAUSE_WORDS) || oneWordPerks)
      ? byPerk
      : [sentence.trim()];
  return clauses.flatMap(amountsApart);
}

/**
 * A comma between perks; not inside parentheses, nor inside one cover's list of kinds ("fully paid medical,
 * dental and vision plans" is one perk).
 */
const PERK_COMMA = /,\s+(?![^()]*\))(?!(?:and |& )?(?:dental|vision|optical|life|disability)\b)/;
const COVER_KINDS = /,\s+(?:and |& )?(?:dental|vision|optical|life|disability)\b/;
/**
 * "Mutuelle à 70 %, tickets restaurant et remise sur les produits": after a comma, the last perk is joined by
 * "and"; each side of two words or more is a perk of its own ("medical and dental" stays whole).
 */
function lastJoinedApart(clauses: string[]): string[] {
  // ", and a pension …": after a serial comma the conjunction opens the last perk and is no part of it.
  const serial = clauses.length >= 2 ? SERIAL_AND.exec(clauses[clauses.length - 1] ?? '') : null;
  if (serial) return [...clauses.slice(0, -1), (clauses[clauses.length - 1] ?? '').slice(serial[0].length)];
  const last = clauses[clauses.length - 1] ?? '';
  // "We pay for your gym, give everyone … and close in August" is a sentence of verbs, not a list of perks.
  const sentence = PERK_SUBJECT.test(clauses[0] ?? '');
  const parts = clauses.length >= 2 && !sentence ? splitAtAnd(last, clauses.join(', ')) : [];
  return parts.length === 2 && parts.every((part) => wordCount(part) >= 2)
    ? [...clauses.slice(0, -1), ...parts.map((part) => part.trim())]
    : clauses;
}
const PERK_SUBJECT = /^(?:we|you|our|they|it|nous|vous|wir|sie|du|wij|je|jij|vi|noi|voi|nosotros|my|ty|me)(?=[\s'’])/i;
const MIN_LED_PERK_WORDS = 3;
const MAX_LED_PERK_WORDS = 16;

/** Perks listed after a lead verb, each a phrase of three words or more; the last may be joined by "and". */
function ledPerks(sentence: string, byComma: string[]): string[] {
  const lead = PERK_LIST_LEAD.exec(byComma[0] ?? '');
  if (!lead || lead[0] === ':' || byComma.length < 2) return [sentence.trim()];
  const afterLead = (byComma[0] ?? '').slice((lead.index ?? 0) + lead[0].length);
  const last = byComma[byComma.length - 1] ?? '';
  const lastParts = splitAtAnd(last, sentence);
  const tail =
    lastParts.length === 2 && lastParts.every((part) => wordCount(part) >= MIN_LED_PERK_WORDS) ? lastParts : [last];
  const phrases = [afterLead, ...byComma.slice(1, -1), ...tail];
  const perks =
    phrases.length >= MIN_PERK_CLAUSES &&
    phrases.every((phrase) => wordCount(phrase) >= MIN_LED_PERK_WORDS && wordCount(phrase) <= MAX_LED_PERK_WORDS);
  return perks ? [...byComma.slice(0, -1), ...tail].map((part) => part.trim()) : [sentence.trim()];
}
const MIN_AMOUNT_PERK_WORDS = 3;

/** "buoni pasto da 8 € per ogni giorno e premio annuale fino a 1.200 €": two perks, each with its own amount. */
function amountsApart(clause: string): string[] {
  const parts = splitAtAnd(clause);
  if (parts.length !== 2) return [clause];
  const apart = parts.every((part) => wordCount(part) >= MIN_AMOUNT_PERK_WORDS && MONEY.test(part));
  return apart ? parts.map((part) => part.trim()) : [clause];
}

/**
 * A lead paragraph that opens by describing the employer: its about sentences, and the rest
 * (from the first sentence about the role) to be read as usual.
 */
function aboutLead(
  text: string,
  company: string | null,
  /** The employer's name counts only with a verb that describes it. */
  described = false,
): { about: string; rest: string | null } | null {
  const sentences = splitSentences(text);
  const first = sentences[0];
  // A sentence about the role, or one that states a requirement or a wish, is never moved to "about".
  const aboutRole = (sentence: string) => ROLE_SENTENCE.test(sentence) || isPreferredLine(sentence);
  // A team described first ("The Payments team at Acme builds …") only in the lead, before any list: later, such a
  // paragraph introduces the part of the posting that follows.
  const about = (sentence: string) =>
    ABOUT_SENTENCE.test(sentence) ||
    startsWithEmployer(sentence, company, described) ||
    (!described && TEAM_INTRO.test(sentence));
  // "Harbour Foods is hiring! We are a family-run wholesaler …": a shout before the blurb does not make it about the role.
  if (first && sentences.length > 1 && HIRING_SHOUT.test(first)) {
    const blurb = aboutLead(sentences.slice(1).join(' '), company, described);
    if (blurb) return { about: blurb.about, rest: blurb.rest ? `${first} ${blurb.rest}` : first };
  }
  if (!first || aboutRole(first) || !about(first) || employerGivesPerk(first)) return null;
  const turn = sentences.findIndex(aboutRole);
  if (turn < 0) return { about: text, rest: null };
  return { about: sentences.slice(0, turn).join(' '), rest: sentences.slice(turn).join(' ') };
}

const HIRING_SHOUT =
  /^(?:[^.!?]{2,60}? (?:is|are) (?:now )?hiring|we(?:['’]re| are) (?:now )?hiring|now hiring)\s*[.!]*$/i;

/** "Ridgefield Health offers medical, dental and vision insurance, …": the employer's name in place of "We offer". */
const EMPLOYER_OFFERS = /^[^.,;:]{2,60}? (?:offers|provides|gives|pays for|contributes to)\b/i;
function employerGivesPerk(sentence: string): boolean {
  return EMPLOYER_OFFERS.test(sentence) && isPerk(sentence) && !ABOUT_SENTENCE.test(sentence);
}

/**
 * An about paragraph whose later sentences promise perks ("… vier woonzorgcentra. Je krijgt bij ons een
 * leaseauto …"): those sentences are benefits. The first sentence, and any that describes the employer,
 * stay about (a company may sell insurance).
 */
function aboutAndPerks(text: string, company: string | null): Array<{ section: LineSection; text: string }> {
  const sentences = proseSentences(text);
  if (sentences.length < 2) return [{ section: 'about', text }];
  const parts: Array<{ section: LineSection; text: string }> = [];
  sentences.forEach((sentence, index) => {
    const pay = payParts(sentence);
    if (pay) {
      parts.push(...pay);
      return;
    }
    const perk =
      index > 0 &&
      isPerk(sentence) &&
      !isPayLine(sentence) &&
      !WE_ARE.test(sentence) &&
      !ABOUT_SENTENCE.test(sentence) &&
      !startsWithEmployer(sentence, company);
    const section: LineSection = perk ? 'benefits' : 'about';
    const last = parts[parts.length - 1];
    if (last && last.section === section && section === 'about') last.text = `${last.text} ${sentence}`;
    else parts.push({ section, text: sentence });
  });
  return parts;
}

/** Prose split into sentences, also where one opens with an amount ("… roster. $48.50 per hour …"). */
function proseSentences(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => sentence.split(/(?<=[.!?])\s+(?=[$€£¥₹]\s?\d)/));
}

/** A prose sentence that states the job's pay: the pay, then the perks added to it ("… + super + tool allowance"). */
function payParts(sentence: string): Array<{ section: LineSection; text: string }> | null {
  if (!MONEY.test(sentence)) return null;
  const [pay = sentence, ...perks] = payThenPerks(sentence);
  if (!isPayLine(pay) || isPerk(pay)) return null;
  return [
    { section: 'compensation', text: pay },
    ...perks.map((perk) => ({ section: 'benefits' as const, text: perk })),
  ];
}

/**
 * "We are seeking an electrician for our Brisbane site. $48.50 per hour + super + overtime.": an intro whose
 * sentence of pay is the job's pay (and the perks added to it), the rest the overview.
 */
function overviewAndPay(text: string): Array<{ section: LineSection; text: string }> {
  const sentences = proseSentences(text);
  if (sentences.length < 2) return [{ section: 'overview', text }];
  const parts: Array<{ section: LineSection; text: string }> = [];
  for (const sentence of sentences) {
    const pay = payParts(sentence);
    if (pay) {
      parts.push(...pay);
      continue;
    }
    const last = parts[parts.length - 1];
    if (last?.section === 'overview') last.text = `${last.text} ${sentence}`;
    else parts.push({ section: 'overview', text: sentence });
  }
  return parts;
}

/** A label for extras on top of the must-haves ("Nice to have:", "Bonus points", "Von Vorteil", "Un plus"). */
const EXTRAS =
  /\b(?:nice[- ]to[- ]haves?|bonus(?: points)?|a plus|von vorteil|wünschenswert|un plus|atouts?|se valorar[áa]|pré['’]?s|meriterande)\b/i;

/**
 * A heading that can only head wishes ("Von Vorteil", "Nice to have", "Se valorará"), unlike "Les petits plus" or
 * "Extras", which head the perks on some pages: a perk-like item under it ("Weiterbildung in Wundmanagement") is a wish.
 */
const PLAIN_WISH =
  /\b(?:von vorteil|vorteilhaft|wünschenswert|nice[- ]to[- ]haves?|desirable|preferred|se valorar[áa]|valorable|deseable|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|gewenst|pré['’]?s|meriterande|önskvärt|mile widzian[ea]|costituir[àa] titolo preferenziale|gradit[oaie])\b/i;

/** Prose after a list has ended: read on its own, but an optional line after must-haves is still a nice-to-have. */
function placeEnded(current: SectionKind, text: string): LineSection | null {
  // A pay paragraph after the nice-to-haves ("… sets pay using zones … The base salary range is …") is pay,
  // even where one of its sentences names a bonus.
  if (
    (current === 'requirements' || current === 'preferred') &&
    isPreferredLine(text) &&
    !isPerk(text) &&
    placeLine('overview', null, text, false) !== 'compensation'
  )
    return 'preferred';
  return placeLine('overview', null, text, false);
}

// Behind the literal gate (no `u` flag): most lines name no travel, and the whole alternation was the summary's
// costliest single expression.
const TRAVEL_LINE = anyOfTest(alternativesOf(TRAVEL_STATEMENT));
const TRAVEL_LINE_MAX_WORDS = 30;

/** "Déplacements ponctuels … à prévoir", "Travel between sites is required": the job takes travel, a must-have. */
function isTravelLine(line: string): boolean {
  return wordCount(line) <= TRAVEL_LINE_MAX_WORDS && TRAVEL_LINE.test(line) && !isPerk(line);
}
/** A sentence that announces the hire (an intro, whatever it says of experience). */
const HIRE_ANNOUNCED =
  /^(?:we(?:'re| are) (?:looking for|hiring|seeking|recruiting)|(?:estamos )?buscamos|wir suchen|nous recherchons|nous recrutons|cerchiamo|siamo alla ricerca|(?:wij|we) zoeken|vi s[öø]ker|szukamy|procuramos|estamos [àa] procura)(?![\p{L}])/iu;

function placeLine(
  current: SectionKind,
  subsection: LineSection | null,
  line: string,
  bullet: boolean,
): LineSection | null {
  // A retirement plan or insurance under a pay heading is a perk; an amount of pay under a benefits heading is pay.
  // A list item there that names no pay at all ("Hybrid work: two days a week") is a perk too.
  if (current === 'compensation') return isPerk(line) || (bullet && !mentionsPay(line)) ? 'benefits' : 'compensation';
  // "Tuition assistance up to $5,250 per year" is a perk with an amount, not the job's pay; a pay range
  // with a perk after it ("$24 - $29 an hour plus a $2 night differential") is still the pay.
  // "A $2,000 learning budget per year" is money that is not pay.
  // Asked only of a line that names pay (most lines do not): the perk expressions are long.
  let perkRead: boolean | null = null;
  const perk = (): boolean =>
    (perkRead ??= (isPerk(line) || (NOT_PAY.test(line) && !NAMED_PAY.test(line))) && !AMOUNT_RANGE.test(line));
  const amounts = withoutStandardCodes(line);
  if (
    line.length <= SALARY_LINE_MAX &&
    ((MONEY.test(amounts) && SALARY_LINE.test(amounts)) || isPayLine(line)) &&
    !perk()
  ) {
    return 'compensation';
  }
  // Not in benefits or about: "a $2,000 learning stipend per year" is a perk.
  const payable =
    current !== 'benefits' &&
    current !== 'about' &&
    subsection !== 'benefits' &&
    !(NOT_PAY.test(line) && !NAMED_PAY.test(line));
  if (
    payable &&
    line.length <= PAY_PARAGRAPH_MAX &&
    ((MONEY.test(line) && PAY_WORDS.test(line)) || PAY_PROSE.test(line)) &&
    !perk()
  )
    return 'compensation';
  const section: SectionKind = subsection ?? current;
  switch (section) {
    case 'requirements':
      return isPreferredLine(line) ? 'preferred' : 'requirements';
    // A paragraph after the perks that states a need ("Port de charges jusqu'à 20 kg.") is a must-have.
    case 'benefits':
      return !bullet && REQUIREMENT_SENTENCE.test(line) ? 'requirements' : section;
    case 'preferred':
    case 'about':
      return section;
    case 'responsibilities':
      return 'responsibilities';
    case 'overview': {
      // Long prose is an overview, unless every sentence is a duty ("Carry out … . Plan and deliver … .").
      if (!bullet && line.length > 300) return dutyProse(line) ? 'responsibilities' : 'overview';
      // "Tuition reimbursement", "Umzugskostenübernahme": a list item of a word or two that names a perk is one;
      // "Permis B", "Fluent Dutch", "Staplerschein": one that names a credential is a must-have.
      if (wordCount(line) < 3) {
        if (!bullet) return 'overview';
        if (isPerk(line)) return 'benefits';
        return namesCredential(line) ? 'requirements' : 'overview';
      }
      // "Buscamos cocinero/a con experiencia para …", "We are looking for an experienced …": the hire announced;
      // one that states a number ("… with 3+ years of React") states a must-have.
      if (!bullet && HIRE_ANNOUNCED.test(line) && !/\d/.test(line)) return 'overview';
      const kind = classifyLine(line);
      if (kind === 'requirements' && isPreferredLine(line)) return 'preferred';
      return kind ?? (isTravelLine(line) ? 'requirements' : 'overview');
    }
    default:
      return null;
  }
}
