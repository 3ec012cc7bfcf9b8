import type { PayPeriod, Salary, WorkMode } from '../schema/posting';
import {
  CLEARANCE,
  EDUCATION_LEVELS,
  EQUIVALENT_EXPERIENCE,
  EXPERIENCE_WORDS,
  NUMBER_WORDS,
  OFFICE_DAYS,
  SENIORITY_PATTERNS,
  TRAVEL_PATTERNS,
  VISA_NO,
  VISA_YES,
  WORK_MODE_PATTERNS,
  YEAR_WORDS,
} from './data/facts';
import { MONEY, splitSentences } from './patterns';
import type { SectionedLine } from './sections';

export interface YearsExperience {
  min: number;
  max: number | null;
  alternatives?: string[];
}

const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`;
const YEARS = new RegExp(
  `(?:^|[^\\w.])\\+?\\s*(${NUMBER})(?:\\s*\\(\\d{1,2}\\))?\\s*(\\+|plus|or more|or longer)?\\s*(?:(?:-|–|—|to|bis|à|a)\\s*(${NUMBER})\\s*\\+?\\s*)?(?:${YEAR_WORDS})\\b['’]?\\s*\\+?\\s*(?:of\\s+)?(?:[\\w/&'’().,-]+\\s+){0,7}?(?:d['’])?(?:${EXPERIENCE_WORDS})`,
  'i',
);

/** In a must-have line, "5+ years of Go" is experience even without the word. */
const YEARS_IN_REQUIREMENT = new RegExp(
  `(?:^|[^\\w.])\\+?\\s*(${NUMBER})(?:\\s*\\(\\d{1,2}\\))?\\s*(\\+|plus|or more|or longer)?\\s*(?:(?:-|–|—|to|bis|à|a)\\s*(${NUMBER})\\s*\\+?\\s*)?(?:${YEAR_WORDS})\\b['’]?\\s*\\+?\\s*(?:of|in|with|as|using|working|experience|professional|hands-on|[a-z]{3,}ing)\\b`,
  'i',
);
/** The experience word first: "Experiencia … de al menos 3 años", "Expérience de 2 ans minimum", "Erfahrung von mindestens 3 Jahren". */
const YEARS_AFTER_EXPERIENCE = new RegExp(
  `\\b(?:experience|erfahrung|berufserfahrung|exp[ée]rience|experiencia)\\b[^.;:]{0,60}?\\b(?:at least|a minimum of|minimum of|al menos|m[íi]nimo|mindestens|de|of|von)\\s+(${NUMBER})\\s*\\+?\\s*(?:${YEAR_WORDS})\\b`,
  'i',
);

function toNumber(token: string | undefined): number | null {
  if (!token) return null;
  const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token.toLowerCase()];
  return value === undefined || !Number.isFinite(value) || value > 40 ? null : value;
}

function yearsInSentence(sentence: string, requirement: boolean): YearsExperience | null {
  const match = YEARS.exec(sentence) ?? (requirement ? YEARS_IN_REQUIREMENT.exec(sentence) : null);
  if (!match) {
    const after = YEARS_AFTER_EXPERIENCE.exec(sentence);
    const min = toNumber(after?.[1]);
    return min === null ? null : { min, max: null };
  }
  const min = toNumber(match[1]);
  if (min === null) return null;
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
  abbreviations: new RegExp(abbreviations),
}));

/** The lowest education level the must-haves name ("Bachelor's or equivalent experience"). */
export function findEducation(lines: readonly SectionedLine[]): string | null {
  const inSection = (section: SectionedLine['section']): string | null => {
    for (const level of EDUCATION) {
      const line = lines.find(
        (candidate) =>
          candidate.section === section &&
          (level.words.test(candidate.text) || level.abbreviations.test(candidate.text)),
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

const WORK_MODES = WORK_MODE_PATTERNS.map(([mode, source]) => [mode, new RegExp(source, 'i')] as const);

export function findWorkMode(text: string): WorkMode | null {
  for (const [mode, pattern] of WORK_MODES) if (pattern.test(text)) return mode;
  return null;
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

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const PERIODS: ReadonlyArray<readonly [PayPeriod, RegExp]> = [
  ['hour', /\b(?:per|an|\/|a)\s*(?:hour|hr)\b|\bhourly\b|\bstunde\b/i],
  ['day', /\b(?:per|a|\/)\s*day\b|\bdaily rate\b/i],
  ['week', /\b(?:per|a|\/)\s*week\b|\bweekly\b/i],
  ['month', /\b(?:per|a|\/)\s*month\b|\bmonthly\b|\bmonatlich\b|\bmensuel\b/i],
  [
    'year',
    /\b(?:per|a|\/)\s*(?:year|annum|yr)\b|\bannual\b|\byearly\b|\bj[äa]hrlich\b|\bjahresgehalt\b|\bannuel\b|\banual\b|\bbase salary\b/i,
  ],
];
const AMOUNT =
  /(?:([$€£¥₹])|\b(USD|EUR|GBP|CHF|CAD|AUD|DKK|SEK|NOK|INR|JPY)\b)?\s?(\d[\d.,]*)\s?([kKmM])?\b(?:\s?([€£]|\b(?:USD|EUR|GBP|CHF|DKK|SEK|NOK|CAD|AUD)\b))?/g;

function parseAmount(digits: string, suffix: string | undefined): number | null {
  let clean = digits.replace(/[.,]-?$/, '');
  // "39.000" and "176,000" are thousands; "27.5" is a decimal.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(clean)) clean = clean.replace(/[.,]/g, '');
  else clean = clean.replace(/,/g, '');
  const value = Number(clean);
  if (!Number.isFinite(value)) return null;
  const multiplier = suffix === 'k' || suffix === 'K' ? 1000 : suffix === 'm' || suffix === 'M' ? 1_000_000 : 1;
  return value * multiplier;
}

/** A salary stated in the text ("$176,000 - $300,000 USD", "ab EUR 39.000,- jährlich"). */
export function findSalaryInText(lines: readonly SectionedLine[]): Salary | null {
  const ordered = [...lines].sort(
    (a, b) => Number(b.section === 'compensation') - Number(a.section === 'compensation'),
  );
  for (const line of ordered) {
    if (line.section === 'benefits' && !/gehalt|salary|salaire|salario/i.test(line.text)) continue;
    if (!MONEY.test(line.text)) continue;
    for (const sentence of splitSentences(line.text)) {
      if (!MONEY.test(sentence)) continue;
      if (
        !/salary|pay\b|compensation|gehalt|salaire|salario|sueldo|range|\d\s*[-–—]\s*(?:[$€£]|USD|EUR)?\s?\d/i.test(
          sentence,
        )
      )
        continue;
      const amounts: Array<{ value: number; currency: string | null; index: number; end: number }> = [];
      for (const match of sentence.matchAll(AMOUNT)) {
        const currency = match[1]
          ? (CURRENCY_SYMBOLS[match[1]] ?? null)
          : (match[2] ?? (match[5] ? (CURRENCY_SYMBOLS[match[5]] ?? match[5]) : null));
        const value = parseAmount(match[3] ?? '', match[4]);
        if (value === null || value < 7) continue;
        amounts.push({ value, currency, index: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
      }
      const priced = amounts.filter((amount) => amount.currency);
      const first = priced[0];
      if (!first) continue;
      const second = amounts.find((amount) => amount.index > first.index && amount.index - first.end <= 4);
      const currency = first.currency;
      const period =
        PERIODS.find(([, pattern]) => pattern.test(sentence))?.[0] ?? (first.value >= 10_000 ? 'year' : null);
      const start = first.index;
      const end = second ? second.end : first.end;
      return {
        min: first.value,
        max: second ? second.value : null,
        currency,
        period,
        text:
          sentence.slice(start, end).trim() +
          (/\bUSD\b/.test(sentence.slice(end, end + 5)) && currency === 'USD' ? ' USD' : ''),
      };
    }
  }
  return null;
}
