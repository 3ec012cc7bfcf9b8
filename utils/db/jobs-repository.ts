import type { JobshelfDatabase } from './database';
import { JobNotFoundError, newId } from './ids';
import { canonicalUrlOf, identityKeyOf, urlsOf } from './job-identity';
import { findJobForPosting } from './job-queries';
import { getSettings } from './settings-repository';
import { addLocalDays, atLocalHour, localDay } from '../local-time';
import { effectiveExpiry } from '../reminders/expiry';
import { historyEntry, statusEntry, withHistory } from '../job-history';
import type { HistoryEntry, Job, JobStatus, Reminder } from '../schema/job';

export { JobNotFoundError, newId };
import { postingFieldSchema, type PostingDraft, type PostingField } from '../schema/posting';
import type { Settings } from '../schema/settings';
import { summarize } from '../summarize';

export interface SaveJobInput {
  posting: PostingDraft;
  /** Start (or keep) tracking with this status; omitted = only save. */
  status?: JobStatus | null;
  /** Fields the user corrected before saving (the popup's form): stored as their own values. */
  edited?: PostingField[];
}

/** The posting with the user's corrections marked as theirs (provenance `user`). */
function withUserEdits(posting: PostingDraft, edited: readonly PostingField[]): PostingDraft {
  if (edited.length === 0) return posting;
  const provenance = { ...posting.provenance };
  for (const field of edited) provenance[field] = 'user';
  return { ...posting, provenance };
}

export interface SaveJobOutcome {
  job: Job;
  created: boolean;
}

/** Keeps what the user edited by hand; everything else comes from the fresh read. */
function mergePosting(saved: Job, fresh: PostingDraft): PostingDraft {
  const merged: PostingDraft = { ...fresh, provenance: { ...fresh.provenance } };
  for (const field of saved.userEdited) {
    merged.provenance[field] = saved.posting.provenance[field] ?? 'user';
    if (field === 'description') {
      merged.descriptionHtml = saved.posting.descriptionHtml;
      merged.descriptionText = saved.posting.descriptionText;
    } else {
      (merged[field] as unknown) = saved.posting[field];
    }
  }
  return merged;
}

/** Summary and closing date follow from the posting; recomputed whenever it changes. */
function derived(posting: PostingDraft, settings: Settings, savedAt: number) {
  const expiry = effectiveExpiry(posting, settings.estimatedLifetimeDays, localDay(savedAt));
  return {
    summary: summarize(posting),
    expiresAt: expiry.date,
    expiresEstimated: expiry.estimated,
  };
}

/** The follow-up a job suggests when it becomes Applied (a week later at 9:00 by default). */
function followUpReminder(job: Job, settings: Settings, now: number): Reminder {
  const day = localDay(addLocalDays(now, settings.followUpDays));
  return {
    id: newId(),
    jobId: job.id,
    kind: 'follow-up',
    dueAt: atLocalHour(day, settings.notifyHour),
    state: 'pending',
    firedAt: null,
    text: `Follow up on your application: ${job.posting.title}${job.posting.company ? ` at ${job.posting.company}` : ''}`,
  };
}

/** A saved job with a fresh read of its posting: the user's edits kept, new URLs added as aliases. */
function refreshed(
  existing: Job,
  fresh: PostingDraft,
  settings: Settings,
  now: number,
): { job: Job; mergedUrls: boolean } {
  const posting = mergePosting(existing, fresh);
  const aliases = new Set(existing.urlAliases);
  for (const url of urlsOf(fresh)) if (url !== existing.canonicalUrl) aliases.add(url);
  const job: Job = {
    ...existing,
    ...derived(posting, settings, existing.savedAt),
    posting,
    urlAliases: [...aliases],
    identityKey: identityKeyOf(posting),
    updatedAt: now,
  };
  return { job, mergedUrls: aliases.size > existing.urlAliases.length };
}

/**
 * "Re-read from page": this job (whatever the page's URL is now) gets the posting as read again,
 * with the user's edits kept. Whether the page still shows a posting is the caller's to check.
 */
export async function rereadJob(
  db: JobshelfDatabase,
  jobId: string,
  posting: PostingDraft,
  now: number = Date.now(),
): Promise<Job> {
  const settings = await getSettings(db);
  return db.transaction('rw', db.jobs, async () => {
    const existing = await db.jobs.get(jobId);
    if (!existing) throw new JobNotFoundError(jobId);
    const { job } = refreshed(existing, posting, settings, now);
    const updated: Job = {
      ...job,
      history: withHistory(job, historyEntry('updated', now, { detail: 'Read again from the page' })),
    };
    await db.jobs.put(updated);
    return updated;
  });
}

/**
 * Saves a posting: creates the job, or updates the one it already is (never a duplicate). One
 * transaction, so a failure leaves nothing half-written.
 */
export async function saveJob(
  db: JobshelfDatabase,
  input: SaveJobInput,
  now: number = Date.now(),
): Promise<SaveJobOutcome> {
  const settings = await getSettings(db);
  const edited = [...new Set(input.edited ?? [])];
  const posting = withUserEdits(input.posting, edited);
  return db.transaction('rw', db.jobs, db.reminders, async () => {
    const existing = await findJobForPosting(db, posting);
    const events: HistoryEntry[] = [];
    let job: Job;
    if (existing) {
      // Fields corrected just now take the new value; earlier corrections are kept as always.
      const earlier = { ...existing, userEdited: existing.userEdited.filter((field) => !edited.includes(field)) };
      const { job: refreshedJob, mergedUrls } = refreshed(earlier, posting, settings, now);
      job = { ...refreshedJob, userEdited: [...new Set([...earlier.userEdited, ...edited])] };
      events.push(
        historyEntry(mergedUrls ? 'merged' : 'updated', now, edited.length ? { detail: 'Edited by you' } : undefined),
      );
    } else {
      job = {
        id: newId(),
        canonicalUrl: canonicalUrlOf(posting),
        urlAliases: urlsOf(posting).slice(1),
        identityKey: identityKeyOf(posting),
        posting,
        ...derived(posting, settings, now),
        status: null,
        statusChangedAt: now,
        savedAt: now,
        updatedAt: now,
        closedAt: null,
        expiryNotified: [],
        lastCheckedAt: null,
        tags: [],
        userEdited: edited,
        history: [],
      };
      events.push(historyEntry('saved', now));
    }
    if (input.status && input.status !== job.status) {
      events.push(statusEntry(job.status, input.status, now));
      job = { ...job, status: input.status, statusChangedAt: now };
    }
    job = { ...job, history: withHistory(job, ...events) };
    await db.jobs.put(job);
    return { job, created: !existing };
  });
}

export interface SetStatusOutcome {
  job: Job;
  /** The follow-up reminder created because the job became Applied. */
  suggestedFollowUp: Reminder | null;
}

/** Moves a job to a status (null: back to only saved), kept in its history. */
export async function setJobStatus(
  db: JobshelfDatabase,
  jobId: string,
  status: JobStatus | null,
  now: number = Date.now(),
): Promise<SetStatusOutcome> {
  const settings = await getSettings(db);
  return db.transaction('rw', db.jobs, db.reminders, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    if (job.status === status) return { job, suggestedFollowUp: null };
    const history = withHistory(job, statusEntry(job.status, status, now));
    const updated: Job = { ...job, status, statusChangedAt: now, updatedAt: now, history };
    await db.jobs.put(updated);
    let suggestedFollowUp: Reminder | null = null;
    const pendingFollowUp = await db.reminders
      .where('[jobId+state]')
      .equals([jobId, 'pending'])
      .filter((reminder) => reminder.kind === 'follow-up')
      .first();
    if (status === 'applied' && settings.suggestFollowUp && !pendingFollowUp) {
      suggestedFollowUp = followUpReminder(updated, settings, now);
      await db.reminders.add(suggestedFollowUp);
    }
    return { job: updated, suggestedFollowUp };
  });
}

/** The user's own edits: each edited field is kept over later re-reads of the page. */
export async function updateJob(
  db: JobshelfDatabase,
  jobId: string,
  edits: { posting?: Partial<PostingDraft>; tags?: string[] },
  now: number = Date.now(),
): Promise<Job> {
  const settings = await getSettings(db);
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    const edited = new Set<PostingField>(job.userEdited);
    const posting: PostingDraft = { ...job.posting, provenance: { ...job.posting.provenance } };
    for (const [key, value] of Object.entries(edits.posting ?? {})) {
      if (key === 'provenance' || key === 'source' || value === undefined) continue;
      (posting as Record<string, unknown>)[key] = value;
      const field: PostingField | null =
        key === 'descriptionHtml' || key === 'descriptionText' ? 'description' : isPostingField(key) ? key : null;
      if (field) {
        edited.add(field);
        posting.provenance[field] = 'user';
      }
    }
    const updated: Job = {
      ...job,
      ...derived(posting, settings, job.savedAt),
      posting,
      tags: edits.tags ?? job.tags,
      userEdited: [...edited],
      identityKey: identityKeyOf(posting),
      updatedAt: now,
      history: withHistory(job, historyEntry('updated', now, { detail: 'Edited by you' })),
    };
    await db.jobs.put(updated);
    return updated;
  });
}

const postingFields: ReadonlySet<string> = new Set<PostingField>(postingFieldSchema.options);

function isPostingField(key: string): key is PostingField {
  return postingFields.has(key);
}

/** Deletes jobs with their notes, history and reminders, all or nothing. */
export async function deleteJobs(db: JobshelfDatabase, jobIds: string[]): Promise<number> {
  return db.transaction('rw', [db.jobs, db.notes, db.reminders], async () => {
    const existing = (await db.jobs.bulkGet(jobIds)).filter((job): job is Job => !!job);
    const ids = existing.map((job) => job.id);
    await db.notes.where('jobId').anyOf(ids).delete();
    await db.reminders.where('jobId').anyOf(ids).delete();
    await db.jobs.bulkDelete(ids);
    return ids.length;
  });
}

/**
 * Summaries for jobs that have none (after the v2 upgrade, or an old backup): a batch at a time,
 * pausing between batches so the worker stays responsive to the popup meanwhile.
 */
export async function backfillSummaries(db: JobshelfDatabase, batch = 100): Promise<number> {
  let filled = 0;
  for (;;) {
    const count = await db.jobs
      .filter((job) => job.summary === null)
      .limit(batch)
      .modify((job) => {
        job.summary = summarize(job.posting);
      });
    filled += count;
    if (count < batch) return filled;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Reads live in ./job-queries; re-exported for the background and tests.
export { countJobs, findJobForPosting, jobHistory, listJobsNewestFirst } from './job-queries';
