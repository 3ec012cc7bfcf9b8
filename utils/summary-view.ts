import type { Summary } from './schema/summary';
import { cleanShortField } from './text/short-field';

/** A summary with nothing in it: what a view holds while there is none (no zod: the popup loads this). */
export const EMPTY_SUMMARY: Summary = {
  tldr: '',
  responsibilities: [],
  requirements: [],
  preferred: [],
  benefits: [],
  yearsExperience: null,
  education: null,
  workMode: null,
  skills: [],
  engine: 'built-in',
};

/** "3+ years", "2–4 years". */
export function yearsText(years: NonNullable<Summary['yearsExperience']>): string {
  return `${years.min}${years.max ? `–${years.max}` : '+'} years`;
}

/**
 * The years and education pills to show beside the TL;DR: only those it does not already state
 * ("6+ yrs · must: Go…" makes a "6+ years" pill a repeat), so each fact shows once.
 */
export function factPillsBesideTldr(summary: Pick<Summary, 'tldr' | 'yearsExperience' | 'education'>): string[] {
  const pills: string[] = [];
  const years = summary.yearsExperience;
  if (years) {
    const span = years.max ? `${years.min}\\s*[–-]\\s*${years.max}` : `${years.min}\\s*\\+`;
    if (!new RegExp(`(^|\\D)${span}\\s*(yrs?|years?)\\b`, 'i').test(summary.tldr)) pills.push(yearsText(years));
  }
  const education = summary.education?.trim();
  if (education && !summary.tldr.toLowerCase().includes(education.toLowerCase())) pills.push(education);
  return pills;
}

/** Longest summary line a view shows whole: a pay paragraph that runs on is cut, not the page. */
const LINE_MAX = 600;

/**
 * A summary line as a view shows it: page text is untrusted, so no control or bidi-override
 * characters, and bounded in length. (React escapes it; this keeps it from disguising itself.)
 */
export function displayLine(line: string): string {
  const clean = cleanShortField(line).replace(/\s+/g, ' ').trim();
  return clean.length > LINE_MAX ? `${clean.slice(0, LINE_MAX - 1).trimEnd()}…` : clean;
}

/** Amounts ("$120,000", "38.000 €", "CA$95K", "€15.20") and the words every salary line repeats. */
const AMOUNT = /(?:[A-Z]{1,3})?[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|NOK|SEK|DKK)\b|\d[\d.,\u00a0\u202f ]*[kK]?\b/g;
const SALARY_FILLER = new RegExp(
  String.raw`\b(?:the|a|an|is|are|for|this|that|role|position|job|our|salary|base|pay|range|ranges|rate|compensation|from|to|between|and|of|per|year|yr|annum|annually|annual|yearly|hour|hourly|hr|month|monthly|week|weekly|day|daily|gross|employer provided|brutto|jahresgehalt|gehalt|liegt|zwischen|und|ein|salaire|entre|et|brut|bruts|annuel|annuels|salario|brutos|al|año|de)\b`,
  'giu',
);

/** True when a pay line says nothing the salary does not: "Pay: $28.00 - $38.00 per hour". */
function onlyTheSalary(line: string): boolean {
  const rest = line.toLowerCase().replace(AMOUNT, ' ').replace(SALARY_FILLER, ' ');
  return !/\p{L}{3,}/u.test(rest);
}

const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The pay paragraphs to show beside a salary already on screen (`salaryText`, null when none is):
 * only what they add (a pay zone, a bonus, equity, "depending on experience"), never the bare salary
 * again, each once.
 */
export function payLinesBesideSalary(compensation: readonly string[] | undefined, salaryText: string | null): string[] {
  const salary = salaryText ? squash(salaryText) : '';
  const lines = (compensation ?? []).map(displayLine).filter((line) => line && !(salary && onlyTheSalary(line)));
  const squashed = lines.map(squash);
  return lines.filter((line, index) => {
    const own = squashed[index]!;
    if (own === salary) return false;
    // A line another one holds whole ("$140,000 - $175,000" in "The range is $140,000 - $175,000 …").
    return (
      !squashed.some((other, at) => at !== index && other.length > own.length && other.includes(own)) &&
      squashed.indexOf(own) === index
    );
  });
}

/**
 * The perks to list beside the pay: every benefit line once, never one the summarizer also filed as pay
 * ("What we offer: • A salary of €55,000–65,000 a year • 30 days' holiday"). The pay shows as pay (the
 * header's salary, or `payLinesBesideSalary`), not again among the perks.
 */
export function perksBesidePay(benefits: readonly string[], compensation: readonly string[] | undefined): string[] {
  const pay = new Set((compensation ?? []).map(displayLine));
  return [...new Set(benefits.map(displayLine))].filter((line) => line && !pay.has(line));
}
