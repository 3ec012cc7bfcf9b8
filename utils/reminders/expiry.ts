import { readClosingDate } from '../extract/closing-date';
import type { PostingDraft } from '../schema/posting';
import { estimatedClosingDay } from './estimate';

export interface EffectiveExpiry {
  /** YYYY-MM-DD, or null when nothing tells (not even a posting date to estimate from). */
  date: string | null;
  /** True when the date is date posted + N days, not stated by the posting. */
  estimated: boolean;
  source: 'validThrough' | 'text' | 'estimate' | null;
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
  const stated = readClosingDate(posting.descriptionText);
  if (stated) return { date: stated, estimated: false, source: 'text' };
  return {
    date: estimatedClosingDay(posting.datePosted, savedOn, estimatedLifetimeDays),
    estimated: true,
    source: 'estimate',
  };
}
