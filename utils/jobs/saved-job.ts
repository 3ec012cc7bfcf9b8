import type { HistoryEntry, Job, JobStatus } from '../schema/job';
import type { PostingDraft, PostingField } from '../schema/posting';
import { derivedOf, type DerivedSettings } from './derived';
import { historyEntry, statusEntry, withHistory } from './history';
import { newJob } from './new-job';
import { refreshedJob, withUserEdits } from './refresh';

export interface SaveJobInput {
  posting: PostingDraft;
  /** Start (or keep) tracking with this status; omitted = only save. */
  status?: JobStatus | null;
  /** Fields the user corrected before saving (the popup's form): stored as their own values. */
  edited?: PostingField[];
}

/**
 * The job a save writes: a new one, or `existing` (the job this posting already is) read again.
 * Fields corrected just now take the new value; earlier corrections are kept as always.
 */
export function savedJob(existing: Job | undefined, input: SaveJobInput, settings: DerivedSettings, now: number): Job {
  const edited = [...new Set(input.edited ?? [])];
  const posting = withUserEdits(input.posting, edited);
  let job: Job;
  if (existing) {
    const earlier = { ...existing, userEdited: existing.userEdited.filter((field) => !edited.includes(field)) };
    const { job: refreshed, mergedUrls } = refreshedJob(earlier, posting, settings, now);
    const entry = historyEntry(
      mergedUrls ? 'merged' : 'updated',
      now,
      edited.length ? { detail: 'Edited by you' } : undefined,
    );
    job = {
      ...refreshed,
      userEdited: [...new Set([...earlier.userEdited, ...edited])],
      history: withHistory(refreshed, entry),
    };
  } else {
    job = newJob(posting, { now, edited, ...derivedOf(posting, settings, now) });
  }
  return input.status ? withStatus(job, input.status, now) : job;
}

/** The job moved to a status (null: back to only saved), kept in its history; unchanged if already there. */
export function withStatus(job: Job, status: JobStatus | null, now: number): Job {
  if (job.status === status) return job;
  const entry: HistoryEntry = statusEntry(job.status, status, now);
  return { ...job, status, statusChangedAt: now, updatedAt: now, history: withHistory(job, entry) };
}
