import type { JobshelfDatabase } from './database';
import { JobNotFoundError } from './errors';
import { findJobForPosting, pendingFollowUpOf } from './job-queries';
import { deleteNotesOfJobs } from './notes-repository';
import { deleteRemindersOfJobs, markRemindersFired, putReminder } from './reminders-repository';
import { getSettings } from './settings-repository';
import { summaryOf } from '../jobs/derived';
import { editedJob, type JobEdits } from '../jobs/edited-job';
import { closeIfPastExpiry, recordClosedCheck } from '../jobs/history';
import { jobReadAgain } from '../jobs/refresh';
import { followUpReminder } from '../jobs/reminder';
import { savedJob, withStatus, type SaveJobInput } from '../jobs/saved-job';
import type { ReminderPlan } from '../reminders/plan';
import type { Job, JobStatus, Reminder } from '../schema/job';
import type { PostingDraft } from '../schema/posting';

// The jobs table's one writer: thin transactions over the rules in utils/jobs. Runs in the
// background (it loads the summarizer); pages read through ./job-queries.

export interface SaveJobOutcome {
  job: Job;
  created: boolean;
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
  return db.transaction('rw', db.jobs, db.reminders, async () => {
    const existing = await findJobForPosting(db, input.posting);
    const job = savedJob(existing, input, settings, now);
    await db.jobs.put(job);
    return { job, created: !existing };
  });
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
    const updated = jobReadAgain(existing, posting, settings, now);
    await db.jobs.put(updated);
    return updated;
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
    const updated = withStatus(job, status, now);
    await db.jobs.put(updated);
    let suggestedFollowUp: Reminder | null = null;
    if (status === 'applied' && settings.suggestFollowUp && !(await pendingFollowUpOf(db, jobId))) {
      suggestedFollowUp = followUpReminder(updated, settings, now);
      await putReminder(db, suggestedFollowUp);
    }
    return { job: updated, suggestedFollowUp };
  });
}

/** The user's own edits: each edited field is kept over later re-reads of the page. */
export async function updateJob(
  db: JobshelfDatabase,
  jobId: string,
  edits: JobEdits,
  now: number = Date.now(),
): Promise<Job> {
  const settings = await getSettings(db);
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    const updated = editedJob(job, edits, settings, now);
    await db.jobs.put(updated);
    return updated;
  });
}

/** Deletes jobs with their notes, history and reminders, all or nothing. */
export async function deleteJobs(db: JobshelfDatabase, jobIds: string[]): Promise<number> {
  return db.transaction('rw', [db.jobs, db.notes, db.reminders], async () => {
    const existing = (await db.jobs.bulkGet(jobIds)).filter((job): job is Job => !!job);
    const ids = existing.map((job) => job.id);
    await deleteNotesOfJobs(db, ids);
    await deleteRemindersOfJobs(db, ids);
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
        job.summary = summaryOf(job.posting);
      });
    filled += count;
    if (count < batch) return filled;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Marks what a reminder plan sent, all at once, before anything is shown: its reminders fired (once
 * each), its expiry lead times notified on their jobs. One transaction.
 */
export async function recordNoticesSent(
  db: JobshelfDatabase,
  plan: Pick<ReminderPlan, 'firedReminderIds' | 'expiryNotified'>,
  now: number,
): Promise<void> {
  const leadsByJob = new Map(plan.expiryNotified.map(({ jobId, leads }) => [jobId, leads]));
  await db.transaction('rw', db.jobs, db.reminders, async () => {
    await markRemindersFired(db, plan.firedReminderIds, now);
    if (leadsByJob.size === 0) return;
    await db.jobs
      .where('id')
      .anyOf([...leadsByJob.keys()])
      .modify((job) => {
        job.expiryNotified = [...new Set([...job.expiryNotified, ...(leadsByJob.get(job.id) ?? [])])];
      });
  });
}

/**
 * Closes postings whose stated closing day passed (an estimate never closes a job), in one
 * transaction: open pages re-run their live queries once per committed change, so many small
 * batches (after a restore there can be thousands) would make the dashboard reload its whole list
 * again and again.
 */
export async function closeJobsPastExpiry(
  db: JobshelfDatabase,
  jobIds: string[],
  today: string,
  now: number,
): Promise<void> {
  if (jobIds.length === 0) return;
  await db.jobs
    .where('id')
    .anyOf(jobIds)
    .modify((job) => {
      closeIfPastExpiry(job, today, now);
    });
}

/** The closed-posting check's result for one job (closed, with the reason, when it was). */
export async function recordClosedCheckOf(
  db: JobshelfDatabase,
  jobId: string,
  now: number,
  closedReason: string | null,
): Promise<void> {
  await db.jobs
    .where('id')
    .equals(jobId)
    .modify((job) => {
      recordClosedCheck(job, now, closedReason);
    });
}
