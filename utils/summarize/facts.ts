import { aboutPay, findSalary, MONEY_MENTION as MONEY } from '../money/find';
import { localizeCurrency } from '../money/local';
import type { Salary } from '../schema/posting';
import {
  CLEARANCE,
  EDUCATION_LEVELS,
  EMPLOYER_YEARS,
  EQUIVALENT_EXPERIENCE,
  EXPERIENCE_WORDS,
  NUMBER_WORDS,
  OFFICE_DAYS,
  SENIORITY_PATTERNS,
  TRAVEL_PATTERNS,
  VISA_NO,
  VISA_YES,
  YEAR_WORDS,
} from './data/facts';
import { JOB_DETAIL_MARKERS } from './job-details';
import { splitSentences } from './patterns';
import type { SectionedLine } from './sections';

export interface YearsExperience {
  min: number;
  max: number | null;
  alternatives?: string[];
}

const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`;
/** "3-5", "3 to 5", "2 bis 4", "2 tot 4", "3 a 5", "2 till 4", "3 do 5". (Never an amount: "$26 an hour … experience".) */
const RANGE_WORDS = '-|–|—|to|bis|à|a|tot|till|til|do|and|und|et|y|e';
/** "Two years or more leading …": the open end said after the years. */
const OR_MORE = '(?:or more|or longer|or over|oder mehr|ou plus|o m[áa]s)\\s+';
const YEARS = new RegExp(
  `(?:^|[^\\w.$€£¥₹])\\+?\\s*(${NUMBER})(?:\\s*\\(\\d{1,2}\\))?\\s*(\\+|plus|or more|or longer)?\\s*(?:(?:${RANGE_WORDS})\\s*(${NUMBER})\\s*\\+?\\s*)?(?:${YEAR_WORDS})\\b['’]?\\s*\\+?\\s*(?:${OR_MORE})?(?:of\\s+)?(?:[\\w/&'’().,-]+\\s+){0,7}?(?:d['’])?(?:${EXPERIENCE_WORDS})`,
  'i',
);

/** "2 ans minimum en cuisine", "3 años mínimo como …": the minimum said after the years. */
const MINIMUM_AFTER = '(?:minimum|minimo|m[íi]nimo|minimaal|mindestens|au moins|al menos|almeno|co najmniej)';
/** In a must-have line, "5+ years of Go", "1 year behind a bar" is experience even without the word. */
const YEARS_IN_REQUIREMENT = new RegExp(
  `(?:^|[^\\w.$€£¥₹])\\+?\\s*(${NUMBER})(?:\\s*\\(\\d{1,2}\\))?\\s*(\\+|plus|or more|or longer)?\\s*(?:(?:${RANGE_WORDS})\\s*(${NUMBER})\\s*\\+?\\s*)?(?:${YEAR_WORDS})\\b['’]?\\s*\\+?\\s*(?:${OR_MORE})?(?:${MINIMUM_AFTER}\\s+)?(?:of|in|with|as|using|working|experience|professional|hands-on|behind|on|at|en|dans|als|im|come|como|em|jako|som|[a-z]{3,}ing)\\b`,
  'i',
);
/**
 * The experience word first: "Experiencia … de al menos 3 años", "Expérience de 2 ans minimum", "Erfahrung von
 * mindestens 3 Jahren", "Une première expérience en EHPAD d'au moins 1 an", "ervaring van minimaal 2 jaar",
 * "doświadczenie na podobnym stanowisku minimum 2 lata".
 */
const YEARS_AFTER_EXPERIENCE = new RegExp(
  `\\b(?:experience|erfahrung|berufserfahrung|exp[ée]rience|experiencia|experi[êe]ncia|esperienza|erfaring|kokemusta|(?:werk)?ervaring|do[śs]wiadczeni[ea])\\b[^.;:]{0,60}?(?:\\b(?:at least|a minimum of|minimum of|minimum|al menos|au moins|m[íi]nimo|mindestens|almeno|pelo menos|minimaal|co najmniej|minst|mindst|de|di|of|von|v[äa]hint[äa][äa]n)|\\b(?:mind|min)\\.)\\s*(${NUMBER})(?:\\s*(?:${RANGE_WORDS})\\s*(${NUMBER}))?\\s*\\+?\\s*(?:${YEAR_WORDS})\\b`,
  'i',
);

/**
 * In a must-have line, how long the candidate has done it: "… for at least two years", "… for three years
 * or more", "… for 5+ years" (not a bare "for 2 years", which may be a contract's length).
 */
const YEARS_DOING = new RegExp(
  `\\bfor (?:(?:at least|over|more than|a minimum of)\\s+(${NUMBER})\\s*(?:${YEAR_WORDS})\\b|(${NUMBER})\\s*(?:\\+\\s*(?:${YEAR_WORDS})\\b|(?:${YEAR_WORDS})\\s+(?:or more|or longer)\\b))`,
  'i',
);

/**
 * One year said with the year word alone: "Minimum rok doświadczenia" (Polish), "A year or more on
 * the line", "at least a year in retail", "a year's experience" (English, never "… a year" of pay).
 */
const ONE_YEAR =
  /\b(?:minimum|min\.|co najmniej|przynajmniej)\s+(?:roczne|rok)\s+do[śs]wiadczeni|\b(?:at least|a minimum of) a year\b|\ba year(?:'s|’s)? (?:or more|or longer|of (?:\w+ )?experience|experience)\b/i;

/** Experience as a labelled fact: "Experience: 3+ years", "Work Experience 2-4 years", "Berufserfahrung: 2–3 Jahre". */
const EXPERIENCE_LABEL =
  '(?:(?:work|relevant|professional|total)\\s+)?(?:experience|berufserfahrung|erfahrung|exp[ée]rience|experiencia|experi[êe]ncia|esperienza|(?:werk)?ervaring|erfaring|erfarenhet|kokemus|do[śs]wiadczenie)(?:\\s+(?:required|level|needed|requise?|m[íi]nima|minimum|richiesta))?';
const LABELLED_EXPERIENCE = new RegExp(
  `(?:^|[·•|]\\s*)${EXPERIENCE_LABEL}\\s*[:：]?\\s*(?:(?:at least|min(?:imum|\\.)?|mind\\.|mindestens|al menos|au moins)\\s*)?(${NUMBER})(?:\\s*(?:${RANGE_WORDS})\\s*(${NUMBER}))?\\s*\\+?\\s*(?:${YEAR_WORDS})(?![\\p{L}])`,
  'iu',
);
/** "Years of experience: 4", "Jahre Berufserfahrung: 3–5". */
const YEARS_LABEL = new RegExp(
  `^(?:years? of (?:relevant |professional |work )?experience|jahre (?:berufs)?erfahrung|años de experiencia|ann[ée]es d['’]exp[ée]rience|anos de experi[êe]ncia|jaar (?:werk)?ervaring)\\s*[:：]\\s*(${NUMBER})(?:\\s*\\+)?(?:\\s*(?:${RANGE_WORDS})\\s*(${NUMBER}))?\\s*(?:\\+|$|[.;,])`,
  'iu',
);

/**
 * A labelled experience row, as Indeed lists them: "Dental assisting: 1 year (Required)", "SQL: 3 years
 * (Preferred)", "Lager: 1 Jahr (Wünschenswert)". Read in any section: a preferred row states the years too.
 */
const LABELLED_YEARS = new RegExp(
  `^[^:]{2,60}:\\s*(${NUMBER})\\s*\\+?\\s*(?:${YEAR_WORDS})(?![\\p{L}])\\s*\\((?:${JOB_DETAIL_MARKERS})\\)`,
  'iu',
);

/** "12 months of verifiable tractor-trailer experience", "24 mois d'expérience": whole years given in months. */
const MONTHS = new RegExp(
  `(?:^|[^\\w.])(\\d{2})\\s*\\+?\\s*(?:months?|mois|meses|monate?n?|mesi|maanden|m[åa]nader|m[åa]neder|miesi[ęe]cy)(?![\\p{L}])\\s*(?:of\\s+)?(?:[\\p{L}/&'’().,-]+\\s+){0,5}?(?:d['’])?(?:${EXPERIENCE_WORDS})`,
  'iu',
);
const MONTHS_A_YEAR = 12;
/** Japanese: "実務経験3年以上", "経験年数2年以上", "3年以上の介護経験" (N年以上: N years or more). */
const JAPANESE_YEARS = /経験(?:年数)?[^。、]{0,4}?(\d{1,2})年以上|(\d{1,2})年以上の[^。、]{0,12}?経験/;
/** "52 weeks of specialized experience" (US federal postings): whole years given in weeks. */
const WEEKS = new RegExp(
  `(?:^|[^\\w.])(\\d{2,3})\\s*(?:weeks?|wochen|semaines|semanas|weken|veckor|uker|uger|settimane|tygodni)(?![\\p{L}])\\s*(?:of\\s+)?(?:[\\p{L}/&'’().,-]+\\s+){0,4}?(?:${EXPERIENCE_WORDS})`,
  'iu',
);
const WEEKS_A_YEAR = 52;

function toNumber(token: string | undefined): number | null {
  if (!token) return null;
  const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token.toLowerCase()];
  return value === undefined || !Number.isFinite(value) || value > 40 ? null : value;
}

/**
 * An age, not experience: "Must be 18 years of age or older", "at least 21 years old", "mindestens 18 Jahre alt",
 * "âgé(e) de 18 ans", "mayor de 18 años", "minst 18 år gammal".
 */
const AGE =
  /(?:\b(?:aged?|mayor de|maior de)\s+|âgé(?:e|\(e\))?s?\s+de\s+)\d{1,2}\+?\s*(?:years?|yrs?|ans|años|anos)\b|\b\d{1,2}\+?\s*(?:years?|yrs?|jahre|ans|años|anos|jaar|år|vuotta)(?:\s+(?:of age|old|or older|alt|révolus|de edad|de idade|oud|gammal)\b|(?=\s+or\s+older))/giu;
const AGE_LEAD =
  /\b(?:years? of age|years? old|jahre alt|ans révolus|años de edad|anos de idade|jaar oud|år gammal|aged?|mayor de|maior de)\b|âgé/i;

/**
 * How long a licence has been held, not experience: "a full UK driving licence held for at least 2 years",
 * "Führerschein seit mindestens 3 Jahren", "permis B depuis 2 ans", "carnet B con 2 años de antigüedad".
 */
const LICENCE_WORDS = 'licen[cs]e|führerschein|fahrerlaubnis|permis|carn[eé]t|rijbewijs|körkort|kørekort';
const LICENCE_WORD = new RegExp(LICENCE_WORDS, 'i');
const LICENCE_HELD = new RegExp(
  String.raw`\b(?:${LICENCE_WORDS})\b[^.;]{0,50}?(?:\b(?:held|holding|for|seit|depuis|con|sinds|sedan|i)\b)[^.;\d]{0,25}\d{1,2}\+?\s*(?:years?|yrs?|jahren?|ans|años|jaar|år)\b(?:\s+de antigüedad)?`,
  'giu',
);

/** Words that make the years after them an upper bound ("less than two years", "weniger als 2 Jahre"). */
const UPPER_BOUND_BEFORE =
  /(?<!\b(?:no|not) )\b(?:less than|fewer than|no more than|weniger als|moins de|menos de|minder dan|mindre än|mindre end|mindre enn|meno di|inferior a)\s*$/i;

function yearsInSentence(text: string, requirement: boolean): YearsExperience | null {
  // (Tested first: the age pattern is long, and most sentences name no age.)
  const ageless = AGE_LEAD.test(text) || /\bor older\b/i.test(text) ? text.replace(AGE, ' ') : text;
  const sentence = LICENCE_WORD.test(ageless) ? ageless.replace(LICENCE_HELD, ' ') : ageless;
  const match = YEARS.exec(sentence) ?? (requirement ? YEARS_IN_REQUIREMENT.exec(sentence) : null);
  const labelled = match ? null : toNumber(LABELLED_YEARS.exec(sentence)?.[1]);
  if (labelled === null && !match && requirement) {
    const doing = YEARS_DOING.exec(sentence);
    const min = toNumber(doing?.[1] ?? doing?.[2]);
    if (min !== null) return { min, max: null };
  }
  if (labelled !== null) return { min: labelled, max: null };
  if (!match) {
    const after =
      YEARS_AFTER_EXPERIENCE.exec(sentence) ?? LABELLED_EXPERIENCE.exec(sentence) ?? YEARS_LABEL.exec(sentence);
    if (!after && ONE_YEAR.test(sentence)) return { min: 1, max: null };
    const japanese = after ? null : JAPANESE_YEARS.exec(sentence);
    if (japanese) return { min: Number(japanese[1] ?? japanese[2]), max: null };
    const min = toNumber(after?.[1]);
    const max = toNumber(after?.[2]);
    if (min !== null) return { min, max: max !== null && max > min ? max : null };
    // Months count only as whole years ("18 months" is no number of years to show).
    const months = Number(MONTHS.exec(sentence)?.[1] ?? 0);
    if (months >= MONTHS_A_YEAR && months % MONTHS_A_YEAR === 0) return { min: months / MONTHS_A_YEAR, max: null };
    const weeks = Number(WEEKS.exec(sentence)?.[1] ?? 0);
    return weeks >= WEEKS_A_YEAR && weeks % WEEKS_A_YEAR === 0 ? { min: weeks / WEEKS_A_YEAR, max: null } : null;
  }
  const min = toNumber(match[1]);
  if (min === null) return null;
  // "a residency for nurses with less than two years of experience": a bound on whom a programme is for, not a need.
  if (UPPER_BOUND_BEFORE.test(sentence.slice(0, match.index + match[0].indexOf(match[1]!)))) return null;
  const upper = toNumber(match[3]);
  const result: YearsExperience = { min, max: upper !== null && upper > min ? upper : null };
  const rest = sentence.slice(match.index + match[0].length);
  const alternatives = rest
    .split(/[;,]?\s+\bor\b\s+|;\s*/i)
    .slice(1)
    .map((part) => part.replace(/[.;,\s]+$/, '').trim())
    .filter((part) => part.length > 3 && /\d|degree|ph\.?d|master|bachelor|doctor|diploma|equivalent/i.test(part));
  if (alternatives.length) result.alternatives = alternatives;
  return result;
}

/**
 * Years of experience: the must-have lines first. When several must-have lines state years, the
 * largest minimum is reported (a candidate needs all of them); alternatives within one line
 * ("…, or a PhD with …") are kept as text.
 */
export function findYearsExperience(lines: readonly SectionedLine[]): YearsExperience | null {
  const pick = (section: SectionedLine['section'] | null): YearsExperience | null => {
    let best: YearsExperience | null = null;
    for (const line of lines) {
      if (section ? line.section !== section : line.section === 'about' || line.section === 'benefits') continue;
      for (const sentence of line.text.length > 200 ? splitSentences(line.text) : [line.text]) {
        if (line.section !== 'requirements' && EMPLOYER_YEARS.test(sentence)) continue;
        const found = yearsInSentence(sentence, line.section === 'requirements');
        if (found && (!best || found.min > best.min)) best = found;
      }
    }
    return best;
  };
  return pick('requirements') ?? pick(null);
}

const EDUCATION = EDUCATION_LEVELS.map(([label, words, abbreviations]) => ({
  label,
  words: new RegExp(words, 'i'),
  // "(?!)" (a level without abbreviations) would be tried at every position of every line.
  abbreviations: abbreviations === '(?!)' ? null : new RegExp(abbreviations),
}));

/** The lowest education level the must-haves name ("Bachelor's or equivalent experience"). */
export function findEducation(lines: readonly SectionedLine[]): string | null {
  const inSection = (section: SectionedLine['section']): string | null => {
    for (const level of EDUCATION) {
      const line = lines.find(
        (candidate) =>
          candidate.section === section &&
          (level.words.test(candidate.text) || (level.abbreviations?.test(candidate.text) ?? false)),
      );
      if (line) return EQUIVALENT_EXPERIENCE.test(line.text) ? `${level.label} or equivalent experience` : level.label;
    }
    return null;
  };
  const required = inSection('requirements') ?? inSection('overview');
  if (required) return required;
  const preferred = inSection('preferred');
  return preferred ? `${preferred} (preferred)` : null;
}

export function findOfficeDays(text: string): number | null {
  const match = OFFICE_DAYS.exec(text);
  const token = match?.[1] ?? match?.[2] ?? match?.[3];
  return toNumber(token);
}

const firstMatch = (pattern: RegExp, text: string): string | null => {
  const match = pattern.exec(text);
  return match ? match[0].trim() : null;
};

/** The sentence around a match, for facts shown as the posting words them. */
function sentenceWith(pattern: RegExp, lines: readonly SectionedLine[]): string | null {
  for (const line of lines) {
    if (!pattern.test(line.text)) continue;
    const sentence = splitSentences(line.text).find((candidate) => pattern.test(candidate)) ?? line.text;
    return sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
  }
  return null;
}

export function findTravel(lines: readonly SectionedLine[]): string | null {
  return sentenceWith(TRAVEL_PATTERNS, lines);
}

export function findVisaSponsorship(text: string): boolean | null {
  if (VISA_NO.test(text)) return false;
  if (VISA_YES.test(text)) return true;
  return null;
}

export function findClearance(text: string): string | null {
  return firstMatch(CLEARANCE, text);
}

const SENIORITY = SENIORITY_PATTERNS.map(([label, source]) => [label, new RegExp(source, 'i')] as const);
const SENIORITY_IN_TEXT =
  /\b(entry|mid|senior)[- ]level\b|\b(?:seeks|looking for|hiring) an? (junior|mid-level|senior|staff|principal|lead)\b/i;

/** Seniority from the title (earliest word wins), else an explicit "senior-level" in the text, else from years. */
export function findSeniority(title: string, text: string, years: YearsExperience | null): string | null {
  let best: { label: string; index: number } | null = null;
  for (const [label, pattern] of SENIORITY) {
    const match = pattern.exec(title);
    if (match && (!best || match.index < best.index)) best = { label, index: match.index };
  }
  if (best) return best.label;
  const stated = SENIORITY_IN_TEXT.exec(text);
  const word = (stated?.[1] ?? stated?.[2])?.toLowerCase();
  if (word) {
    if (word === 'entry' || word === 'junior') return 'Entry level';
    if (word === 'mid' || word === 'mid-level') return 'Mid level';
    return word[0]?.toUpperCase() + word.slice(1);
  }
  if (!years) return null;
  if (years.min <= 1) return 'Entry level';
  if (years.min <= 4) return 'Mid level';
  return 'Senior';
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/**
 * A salary stated in the text ("$176,000 - $300,000 USD", "ab EUR 39.000,- jährlich", "Das
 * Monatsgehalt liegt zwischen 3.400 € und 4.100 €"), read by the one money reader (utils/money):
 * lines under a pay heading first; a pay line under a benefits heading ("Wir bieten", "Beneficios")
 * is still the salary, a benefit's own money (a meal voucher, a learning budget) never is.
 */
export function findSalaryInText(
  lines: readonly SectionedLine[],
  page: { url?: string | null; places?: readonly string[] } = {},
): Salary | null {
  const ordered = [...lines].sort(
    (a, b) => Number(b.section === 'compensation') - Number(a.section === 'compensation'),
  );
  for (const line of ordered) {
    if (!MONEY.test(line.text) || (line.section === 'benefits' && !aboutPay(line.text))) continue;
    const salary = findSalary(line.text, { aboutPay: line.section === 'compensation' });
    // A bare "$" or "kr" is the currency of the posting's host or places, as in the extractor.
    if (salary) return localizeCurrency(salary, { host: hostOf(page.url), places: page.places });
  }
  return null;
}
