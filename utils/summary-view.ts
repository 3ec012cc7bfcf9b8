import type { Summary } from './schema/summary';

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
