/** A hiring lead-in before the role, and words of how a job is held that are never a place. */
import { EMPLOYMENT_PHRASE, EMPLOYMENT_WORDS, HIRING_LEAD, JOINING_WORDS } from '../data/job-terms';
import { normalizeEmploymentType } from '../normalize';
import type { EmploymentType } from '../../posting-values';
import { clean } from '../dom';

/** "We're hiring: Weekend Barista" → "Weekend Barista" (a lead-in before the role, in several languages). */
export function withoutHiringLead(title: string): string {
  return title.replace(HIRING_LEAD, '');
}

/** Only words of how a job is held ("Empleado fijo", "Jornada completa", "Part-time (0.6 FTE)"): never a place. */
export function isEmploymentOnly(location: string): boolean {
  const words = clean(location)
    .toLowerCase()
    .split(/[\s,;/·()+&.–—]+|-(?=\p{L})/u)
    .filter((w) => w && !/^\d/.test(w));
  return (
    words.some((w) => EMPLOYMENT_WORDS.has(w)) && words.every((w) => EMPLOYMENT_WORDS.has(w) || JOINING_WORDS.has(w))
  );
}

/** The employment type a description states in a phrase about the job ("This is a full-time, hybrid role"). */
export function employmentInProse(text: string): EmploymentType | null {
  const phrase = text.slice(0, 20_000).match(EMPLOYMENT_PHRASE)?.[0];
  return phrase ? normalizeEmploymentType(phrase, true) : null;
}
