import { localDay } from '../local-time';
import { effectiveExpiry } from '../reminders/expiry';
import type { Job } from '../schema/job';
import type { PostingDraft } from '../schema/posting';
import type { Settings } from '../schema/settings';
import { summarize } from '../summarize';

// The one file of utils/jobs that loads the summarizer (and, through effectiveExpiry, the
// extractor's date parser). Only the background's writers import it; pages never do.

/** What follows from the posting alone. */
export type Derived = Pick<Job, 'summary' | 'expiresAt' | 'expiresEstimated'>;

/** The settings the derived fields depend on. */
export type DerivedSettings = Pick<Settings, 'estimatedLifetimeDays'>;

/** Summary and closing date follow from the posting; recomputed whenever it changes. */
export function derivedOf(posting: PostingDraft, settings: DerivedSettings, savedAt: number): Derived {
  const expiry = effectiveExpiry(posting, settings.estimatedLifetimeDays, localDay(savedAt));
  return { summary: summaryOf(posting), expiresAt: expiry.date, expiresEstimated: expiry.estimated };
}

/** The built-in summary a saved job keeps (so lists of thousands never summarize while rendering). */
export function summaryOf(posting: PostingDraft): Job['summary'] {
  return summarize(posting);
}
