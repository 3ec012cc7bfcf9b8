import type { JobStatus } from './schema/job';
import type { PostingDraft, Salary, WorkMode } from './schema/posting';

// Labels live here, not beside the zod schemas, so pages that only display them don't load zod.
export const jobStatusLabels: Record<JobStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

const workModeLabels: Record<WorkMode, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

export function formatWorkMode(mode: WorkMode | null): string | null {
  return mode ? workModeLabels[mode] : null;
}

export function formatLocations(locations: string[], max = 2): string | null {
  if (locations.length === 0) return null;
  const shown = locations.slice(0, max).join(' · ');
  return locations.length > max ? `${shown} +${locations.length - max} more` : shown;
}

const periodLabels: Record<NonNullable<Salary['period']>, string> = {
  hour: '/hr',
  day: '/day',
  week: '/wk',
  month: '/mo',
  year: '/yr',
};

function compactAmount(value: number, currency: string | null): string {
  const options: Intl.NumberFormatOptions = {
    notation: value >= 10_000 ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: value >= 10_000 ? 1 : 2,
  };
  if (currency) {
    try {
      return new Intl.NumberFormat('en', { ...options, style: 'currency', currency }).format(value);
    } catch {
      // An unknown currency code: fall through to the plain number.
    }
  }
  return new Intl.NumberFormat('en', options).format(value);
}

/** "$120K–$150K/yr" from numbers when we have them, else the page's own words. */
export function formatSalary(salary: Salary | null): string | null {
  if (!salary) return null;
  const { min, max, currency, period } = salary;
  if (min === null && max === null) return salary.text || null;
  const suffix = period ? periodLabels[period] : '';
  if (min !== null && max !== null && min !== max) {
    return `${compactAmount(min, currency)}–${compactAmount(max, currency)}${suffix}`;
  }
  return `${compactAmount((min ?? max) as number, currency)}${suffix}`;
}

const employmentTypeLabels: Record<string, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACT: 'Contract',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

export function formatEmploymentType(value: string | null): string | null {
  if (!value) return null;
  return employmentTypeLabels[value.toUpperCase()] ?? value;
}

// Intl formatters are costly to build and tables render dozens of dates per frame: build once.
const calendarDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const localDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "12 Mar 2026" for a YYYY-MM-DD date, read as a calendar day (no time-zone shift). */
export function formatDay(isoDate: string | null): string | null {
  if (!isoDate) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return calendarDayFormat.format(Date.UTC(year, month - 1, day));
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", else the date. */
export function formatSavedAgo(timestamp: number, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - timestamp) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 14) return `${days} day${days === 1 ? '' : 's'} ago`;
  return localDayFormat.format(timestamp);
}

/** The short facts line under a title: company, place or work mode, salary, employment type. */
export function postingFacts(posting: PostingDraft): string[] {
  return [
    formatLocations(posting.locations),
    formatWorkMode(posting.workMode),
    formatSalary(posting.salary),
    formatEmploymentType(posting.employmentType),
  ].filter((fact): fact is string => !!fact);
}

/** Only http(s) links from page data are rendered as links; `javascript:` and the like never are. */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
