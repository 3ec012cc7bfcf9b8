import { daysUntil } from './local-time';
import type { JobStatus } from './schema/job';
import { formatSalary, numberFormat } from './money/format';
import { isEmploymentType, type EmploymentType, type WorkMode } from './posting-values';
import type { PostingDraft } from './schema/posting';

// The salary format lives with the rest of money (utils/money); pages read it here with the other labels.
export { formatSalary };

// Labels live here, not beside the zod schemas, so pages that only display them don't load zod.
// One set everywhere (popup, table, board, job page, compare, CSV): a job with no status is "Saved".
export const jobStatusLabels: Record<JobStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** A job that is only saved (no status) is "Saved", wherever it shows. */
export const SAVED_LABEL = 'Saved';

export const statusLabels: Record<JobStatus | 'saved', string> = { saved: SAVED_LABEL, ...jobStatusLabels };

export function statusLabel(status: JobStatus | null): string {
  return status ? jobStatusLabels[status] : SAVED_LABEL;
}

/** Labels of the work modes and employment types (value lists in `posting-values.ts`), one set everywhere. */
export const workModeLabels: Record<WorkMode, string> = {
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

/** "1,234" */
export function formatCount(count: number): string {
  return numberFormat('count', () => new Intl.NumberFormat('en')).format(count);
}

/** "1 job", "2 jobs", "1,234 jobs"; irregular plurals passed in ("1 match", "3 matches"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

export const employmentTypeLabels: Record<EmploymentType, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACT: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

/** The label of an employment type; a job saved before types were a fixed list may hold its own words. */
export function formatEmploymentType(value: string | null): string | null {
  if (!value) return null;
  const type = value.toUpperCase() === 'CONTRACTOR' ? 'CONTRACT' : value.toUpperCase();
  return isEmploymentType(type) ? employmentTypeLabels[type] : value;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A YYYY-MM-DD calendar day (read in UTC: no time-zone shift) or a moment (local). */
type DateValue = string | number | null | undefined;

function toMoment(value: DateValue): { at: number; timeZone: 'UTC' | undefined; hasTime: boolean } | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? { at: value, timeZone: undefined, hasTime: true } : null;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return null;
  return { at: Date.UTC(year, month - 1, day), timeZone: 'UTC', hasTime: false };
}

/**
 * The one short date: "Dec 25" this year, "Dec 25, 2027" another year. A YYYY-MM-DD string is a
 * calendar day; a number is a moment.
 */
export function formatDate(value: DateValue, now: number = Date.now()): string | null {
  const moment = toMoment(value);
  if (!moment) return typeof value === 'string' && value ? value : null;
  const zone = moment.timeZone ?? 'local';
  const year = dateFormat(`year|${zone}`, { year: 'numeric', timeZone: moment.timeZone }).format(moment.at);
  const thisYear = String(new Date(now).getFullYear());
  return year === thisYear
    ? dateFormat(`short|${zone}`, { month: 'short', day: 'numeric', timeZone: moment.timeZone }).format(moment.at)
    : dateFormat(`short-year|${zone}`, {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: moment.timeZone,
      }).format(moment.at);
}

/** The one long date: "Wed, Dec 25, 2026", with the time for a moment: "Wed, Dec 25, 2026, 9:00 AM". */
export function formatDateLong(value: DateValue): string | null {
  const moment = toMoment(value);
  if (!moment) return typeof value === 'string' && value ? value : null;
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: moment.timeZone,
  };
  if (moment.hasTime)
    return dateFormat('long-time', { ...options, hour: 'numeric', minute: '2-digit' }).format(moment.at);
  return dateFormat('long-day', options).format(moment.at);
}

/** Kept for older callers: the short date of a YYYY-MM-DD day. */
export function formatDay(isoDate: string | null): string | null {
  return formatDate(isoDate);
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", else the short date. */
export function formatSavedAgo(timestamp: number, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - timestamp) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 14) return `${plural(days, 'day')} ago`;
  return formatDate(timestamp, now) ?? '';
}

export interface ClosingNote {
  /** "Closes in 3 days", "Closes ~Dec 25 (estimated)", "May have closed — check", "Closed". */
  text: string;
  /** The same without "Closes ": for a column headed "Closes". */
  short: string;
  /** The date in full and where it came from. */
  title: string;
  tone: 'closed' | 'maybe' | 'soon' | 'open';
}

/**
 * The one way Jobshelf says when a posting closes. Only a stated date (or the closed-posting
 * check) closes a job; past an estimate, the job "may have closed".
 */
export function describeClosing(
  job: { expiresAt: string | null; expiresEstimated: boolean; closedAt: number | null },
  now: number = Date.now(),
): ClosingNote | null {
  const long = formatDateLong(job.expiresAt);
  if (job.closedAt !== null) {
    return {
      text: 'Closed',
      short: 'Closed',
      title: long && !job.expiresEstimated ? `Closed ${long}` : 'The posting was seen closed',
      tone: 'closed',
    };
  }
  const days = daysUntil(job.expiresAt, now);
  if (!job.expiresAt || days === null) return null;
  if (job.expiresEstimated) {
    if (days < 0) {
      return {
        text: 'May have closed — check',
        short: 'May have closed — check',
        title: `No closing date was stated; estimated to close ${long}. It may still be open: re-read the posting to check.`,
        tone: 'maybe',
      };
    }
    const short = `~${formatDate(job.expiresAt, now)} (estimated)`;
    return {
      text: `Closes ${short}`,
      short,
      title: `Estimated: no closing date was stated (${long})`,
      tone: days <= 3 ? 'soon' : 'open',
    };
  }
  if (days < 0) return { text: 'Closed', short: 'Closed', title: `Closed ${long}`, tone: 'closed' };
  // Always a date; within two weeks, how soon too: "Dec 5 (in 10 days)".
  const date = formatDate(job.expiresAt, now) ?? '';
  const soon = days === 0 ? 'today' : days === 1 ? 'tomorrow' : days <= 14 ? `in ${days} days` : null;
  const short = soon ? `${date} (${soon})` : date;
  return {
    text: `Closes ${short}`,
    short,
    title: `Closes ${long}`,
    tone: days <= 3 ? 'soon' : 'open',
  };
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
