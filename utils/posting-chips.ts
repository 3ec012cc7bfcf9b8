import { daysUntil } from './local-time';
import {
  describeClosing,
  formatDate,
  formatDateLong,
  formatEmploymentType,
  formatLocations,
  formatSalary,
  formatWorkMode,
} from './format';
import type { PostingDraft, PostingField } from './schema/posting';

/** One fact in the popup's header line; `edited` when the value is the user's own. */
export interface PostingChip {
  field: PostingField;
  text: string;
  tone?: 'warn' | 'bad';
  edited: boolean;
  /** A longer wording for a tooltip and screen readers, when the chip is short. */
  title?: string;
}

export interface ClosingInfo {
  /** YYYY-MM-DD, stated or estimated; null when nothing tells. */
  date: string | null;
  estimated: boolean;
  /** The job was closed (a stated date passed, or the closed-posting check). */
  closed?: boolean;
}

/** "Posted today", "Posted 3 days ago", else "Posted Mar 12". */
export function postedChipText(isoDate: string, now: number): string {
  const days = daysUntil(isoDate, now);
  if (days === null) return `Posted ${formatDate(isoDate, now)}`;
  const ago = -days;
  if (ago <= 0) return 'Posted today';
  if (ago === 1) return 'Posted yesterday';
  if (ago < 14) return `Posted ${ago} days ago`;
  return `Posted ${formatDate(isoDate, now)}`;
}

const closingTones = { closed: 'bad', maybe: 'warn', soon: 'warn', open: undefined } as const;

/** When it closes, in the words used everywhere (`describeClosing`): "Closes ~Dec 25 (estimated)". */
export function closingChip(closing: ClosingInfo, now: number): Pick<PostingChip, 'text' | 'tone' | 'title'> | null {
  const note = describeClosing(
    { expiresAt: closing.date, expiresEstimated: closing.estimated, closedAt: closing.closed ? now : null },
    now,
  );
  return note ? { text: note.text, tone: closingTones[note.tone], title: note.title } : null;
}

/** A work mode restated in a place ("Denver, CO (Hybrid)", "Remote"), which its own chip already says. */
const WORK_MODE_IN_PLACE = /^\s*(?:remote|hybrid|on[- ]?site)\s*$|\s*[([]\s*(?:remote|hybrid|on[- ]?site)\s*[)\]]\s*$/i;

/** The places without the work mode they restate when its chip shows (a place that is only "Remote" goes). */
function placesBesideWorkMode(posting: PostingDraft): string[] {
  if (!posting.workMode) return posting.locations;
  return posting.locations.map((place) => place.replace(WORK_MODE_IN_PLACE, '').trim()).filter(Boolean);
}

/**
 * The one line of facts under a posting's title: location, work mode, salary, employment type,
 * when it was posted and when it closes.
 */
export function postingChips(posting: PostingDraft, closing: ClosingInfo | null, now: number): PostingChip[] {
  const edited = (field: PostingField) => posting.provenance[field] === 'user';
  const chips: PostingChip[] = [];
  const add = (field: PostingField, text: string | null, extra: Partial<PostingChip> = {}) => {
    if (text) chips.push({ field, text, edited: edited(field), ...extra });
  };
  const places = placesBesideWorkMode(posting);
  add('locations', formatLocations(places, 1), places.length > 1 ? { title: places.join(' · ') } : {});
  add('workMode', formatWorkMode(posting.workMode));
  add('salary', formatSalary(posting.salary), posting.salary?.text ? { title: posting.salary.text } : {});
  add('employmentType', formatEmploymentType(posting.employmentType));
  if (posting.datePosted)
    add('datePosted', postedChipText(posting.datePosted, now), {
      title: formatDateLong(posting.datePosted) ?? undefined,
    });
  const closes = closing ? closingChip(closing, now) : null;
  if (closes) chips.push({ field: 'validThrough', edited: edited('validThrough'), ...closes });
  return chips;
}
