import type { Job } from '../schema/job';
import type { PostingDraft, PostingField } from '../schema/posting';
import type { Derived } from './derived';
import { historyEntry } from './history';
import { canonicalUrlOf, identityKeyOf, newId, urlsOf } from './identity';

export interface NewJobOptions extends Derived {
  now: number;
  id?: string;
  /** Fields the user corrected before saving. */
  edited?: PostingField[];
}

/**
 * A job as it is first saved: filed under its canonical URL (other URLs as aliases), not tracked,
 * with a "saved" history entry. The one place a whole Job is written out; the summary and closing
 * date come from the caller (`derivedOf`, or a generator's own).
 */
export function newJob(posting: PostingDraft, { now, id = newId(), edited = [], ...derived }: NewJobOptions): Job {
  return {
    id,
    canonicalUrl: canonicalUrlOf(posting),
    urlAliases: urlsOf(posting).slice(1),
    identityKey: identityKeyOf(posting),
    posting,
    ...derived,
    status: null,
    statusChangedAt: now,
    savedAt: now,
    updatedAt: now,
    closedAt: null,
    expiryNotified: [],
    lastCheckedAt: null,
    tags: [],
    userEdited: edited,
    history: [historyEntry('saved', now)],
  };
}
