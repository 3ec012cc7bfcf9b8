import type { YearsExperience } from './facts';

export const TLDR_MAX = 200;
const MUST_HAVES_IN_TLDR = 3;

/**
 * What the TL;DR says: only what the popup's header does not (the header shows title, company,
 * location, work mode, salary, employment type and dates).
 */
export interface TldrParts {
  /** "Senior", "Entry level"; left out when the title already says it. */
  seniority: string | null;
  title: string;
  years: YearsExperience | null;
  /** Must-have skills, most relevant first. */
  mustHaveSkills: readonly string[];
  education: string | null;
  visaSponsorship: boolean | null;
  travel: string | null;
  officeDays: number | null;
  clearance: string | null;
  /** When nothing else is known: the first duty, so the line still says something new. */
  firstDuty: string | null;
}

/** "up to 25% travel" from the posting's travel sentence, or a plain "travel" flag. */
function travelFlag(sentence: string): string {
  const share = /(\d{1,3})\s*%/.exec(sentence);
  return share ? `${share[1]}% travel` : 'travel';
}

/**
 * One line, at most 200 characters, that adds to the header: seniority, years, the three
 * must-haves that matter most, and a flag for visa, travel, office days or clearance.
 */
export function buildTldr(parts: TldrParts): string {
  const title = parts.title.toLowerCase();
  const seniorityWord = parts.seniority?.toLowerCase().split(' ')[0] ?? '';
  const level = parts.seniority && !(seniorityWord && title.includes(seniorityWord)) ? parts.seniority : null;
  const years = parts.years ? `${parts.years.min}${parts.years.max ? `–${parts.years.max}` : '+'} yrs` : null;
  const mustHaves = parts.mustHaveSkills.slice(0, MUST_HAVES_IN_TLDR);
  const flags = [
    parts.visaSponsorship === false ? 'no visa sponsorship' : parts.visaSponsorship ? 'visa sponsorship' : null,
    parts.officeDays ? `${parts.officeDays} office days/wk` : null,
    parts.travel ? travelFlag(parts.travel) : null,
    parts.clearance ? `${parts.clearance} clearance`.replace(/clearance clearance$/i, 'clearance') : null,
  ].filter((flag): flag is string => Boolean(flag));
  const segments = [
    level,
    years,
    mustHaves.length ? `must: ${mustHaves.join(', ')}` : null,
    !years && !mustHaves.length && parts.education ? parts.education : null,
    ...flags,
  ].filter((segment): segment is string => Boolean(segment));
  if (!segments.length && parts.firstDuty) segments.push(parts.firstDuty);
  const line = segments.join(' · ');
  return line.length > TLDR_MAX ? `${line.slice(0, TLDR_MAX - 1)}…` : line;
}
