import { parseDate } from '../extract/normalize';
import type { PostingDraft } from '../schema/posting';
import { estimatedClosingDay } from './estimate';

export interface EffectiveExpiry {
  /** YYYY-MM-DD, or null when nothing tells (not even a posting date to estimate from). */
  date: string | null;
  /** True when the date is date posted + N days, not stated by the posting. */
  estimated: boolean;
  source: 'validThrough' | 'text' | 'estimate' | null;
}

// "Apply by 3 November 2024", "Closing date: 2024-11-03", "Bewerbungsschluss: 03.11.2024", …
const deadlinePhrase =
  /\b(?:apply (?:by|before)|applications? (?:close|closing|deadline|due)|closing date|closes(?: on)?|deadline(?: for applications)?|bewerbungsschluss|bewerbungsfrist|einsendeschluss|date limite(?: de candidature)?|fecha l[ií]mite|ansøgningsfrist|sista ansökningsdag|sluitingsdatum)\b\W{0,12}/giu;

/** The first closing date the text states, as YYYY-MM-DD. */
export function deadlineInText(text: string): string | null {
  for (const match of text.slice(0, 200_000).matchAll(deadlinePhrase)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const date = parseDate(after);
    if (date) return date;
  }
  return null;
}

/**
 * When a posting closes: its validThrough; else a date stated in its text; else the later of date
 * posted and the day it was saved, + `estimatedLifetimeDays`, marked as an estimate (an estimate
 * never closes a job: past it, the job "may have closed").
 */
export function effectiveExpiry(
  posting: Pick<PostingDraft, 'validThrough' | 'descriptionText' | 'datePosted'>,
  estimatedLifetimeDays: number,
  savedOn: string,
): EffectiveExpiry {
  if (posting.validThrough) return { date: posting.validThrough, estimated: false, source: 'validThrough' };
  const stated = deadlineInText(posting.descriptionText);
  if (stated) return { date: stated, estimated: false, source: 'text' };
  return {
    date: estimatedClosingDay(posting.datePosted, savedOn, estimatedLifetimeDays),
    estimated: true,
    source: 'estimate',
  };
}
