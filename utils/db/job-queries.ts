import type { JobshelfDatabase } from './database';
import { safeHttpUrl } from '../format';
import { sortedHistory } from '../jobs/history';
import { identityKeyOf, urlsOf } from '../jobs/identity';
import { localDay } from '../local-time';
import { wantsExpiryNotice } from '../reminders/plan';
import type { HistoryEntry, Job, Note, Reminder } from '../schema/job';
import type { PostingDraft } from '../schema/posting';

// The one read module: every query of jobs, notes and reminders, for pages and the background.
// Reads only; it pulls in neither zod nor the summarizer, so the popup and dashboard stay small.
// Writes are in the *-repository files, which run in the background.

/** The saved job this posting is (same canonical URL, an alias URL, or same company+title+place). */
export async function findJobForPosting(db: JobshelfDatabase, posting: PostingDraft): Promise<Job | undefined> {
  const urls = urlsOf(posting);
  const byCanonical = await db.jobs.where('canonicalUrl').anyOf(urls).first();
  if (byCanonical) return byCanonical;
  const byAlias = await db.jobs.where('urlAliases').anyOf(urls).first();
  if (byAlias) return byAlias;
  const identityKey = identityKeyOf(posting);
  return identityKey ? db.jobs.where('identityKey').equals(identityKey).first() : undefined;
}

/**
 * The saved job filed under this exact address (its canonical URL or one it was read at): the
 * popup's first look, before the page is read and its own canonical URL known.
 */
export async function findJobAtUrl(db: JobshelfDatabase, url: string): Promise<Job | undefined> {
  return (await db.jobs.where('canonicalUrl').equals(url).first()) ?? db.jobs.where('urlAliases').equals(url).first();
}

/** Saved jobs, newest first: all of them, or the first `limit` (the dashboard's first screen). */
export function jobsNewestFirst(db: JobshelfDatabase, limit?: number): Promise<Job[]> {
  const newestFirst = db.jobs.orderBy('savedAt').reverse();
  return (limit === undefined ? newestFirst : newestFirst.limit(limit)).toArray();
}

/** Every saved job. Read once; later changes arrive through `jobChangesSince`. */
export function allJobs(db: JobshelfDatabase): Promise<Job[]> {
  return db.jobs.toArray();
}

export interface JobChanges {
  /** Every saved job's id: anything missing from the page's copy was deleted. */
  ids: string[];
  /** Jobs changed (or added) after `since`. */
  changed: Job[];
}

/**
 * Cheap enough to run on every database change: the ids from the primary-key index plus only the
 * jobs whose `updatedAt` moved past the page's watermark. Used inside a live query, so a status
 * change in the background re-reads one job, not ten thousand.
 */
export async function jobChangesSince(db: JobshelfDatabase, since: number): Promise<JobChanges> {
  const [ids, changed] = await Promise.all([
    db.jobs.toCollection().primaryKeys(),
    db.jobs.where('updatedAt').above(since).toArray(),
  ]);
  return { ids: ids.map(String), changed };
}

export function jobById(db: JobshelfDatabase, id: string): Promise<Job | undefined> {
  return db.jobs.get(id);
}

export function jobsByIds(db: JobshelfDatabase, ids: readonly string[]): Promise<Array<Job | undefined>> {
  return db.jobs.bulkGet([...ids]);
}

/** A job's status changes and other steps, oldest first (empty if it is not saved). */
export async function jobHistory(db: JobshelfDatabase, jobId: string): Promise<HistoryEntry[]> {
  const job = await db.jobs.get(jobId);
  return job ? sortedHistory(job.history ?? []) : [];
}

/** A job's notes, newest first. */
export async function notesOf(db: JobshelfDatabase, jobId: string): Promise<Note[]> {
  const notes = await db.notes.where('[jobId+createdAt]').between([jobId, -Infinity], [jobId, Infinity]).toArray();
  return notes.reverse();
}

/** A job's reminders, soonest first (pending before done). */
export async function remindersOf(db: JobshelfDatabase, jobId: string): Promise<Reminder[]> {
  const reminders = await db.reminders.where('jobId').equals(jobId).toArray();
  return reminders.sort((a, b) => Number(a.state !== 'pending') - Number(b.state !== 'pending') || a.dueAt - b.dueAt);
}

/** A job's follow-up reminder still to come, if any. */
export function pendingFollowUpOf(db: JobshelfDatabase, jobId: string): Promise<Reminder | undefined> {
  return db.reminders
    .where('[jobId+state]')
    .equals([jobId, 'pending'])
    .filter((reminder) => reminder.kind === 'follow-up')
    .first();
}

/** Every pending reminder, soonest first. */
export function pendingReminders(db: JobshelfDatabase): Promise<Reminder[]> {
  return db.reminders.where('[state+dueAt]').between(['pending', -Infinity], ['pending', Infinity]).toArray();
}

/** Each job's next pending reminder (its due time), for the board's cards. One indexed range read. */
export async function nextReminderByJob(db: JobshelfDatabase): Promise<Map<string, number>> {
  const pending = await db.reminders
    .where('[state+dueAt]')
    .between(['pending', 0], ['pending', Number.MAX_SAFE_INTEGER], true, true)
    .toArray();
  const next = new Map<string, number>();
  for (const reminder of pending) {
    const current = next.get(reminder.jobId);
    if (current === undefined || reminder.dueAt < current) next.set(reminder.jobId, reminder.dueAt);
  }
  return next;
}

/** The job a notice is about: a reminder's job, or the job itself for an expiry or closed notice. */
export async function jobOfNotice(
  db: JobshelfDatabase,
  notice: { kind: string; target: string },
): Promise<Job | undefined> {
  const jobId = notice.kind === 'reminder' ? (await db.reminders.get(notice.target))?.jobId : notice.target;
  return jobId ? db.jobs.get(jobId) : undefined;
}

/**
 * What the reminder plan needs, from indexes: open jobs whose stated closing day is before `today`
 * (ids only), open jobs closing from `today` to `windowEnd` (YYYY-MM-DD), the next closing day
 * after the window, pending reminders and the jobs of those due by `now`.
 */
export async function reminderPlanReads(db: JobshelfDatabase, today: string, windowEnd: string, now: number) {
  const [pastJobIds, openJobsInWindow, laterKeys, pending] = await Promise.all([
    db.jobs.where('statedExpiresAt').below(today).primaryKeys(),
    db.jobs.where('activeExpiresAt').between(today, windowEnd, true, true).toArray(),
    db.jobs.where('activeExpiresAt').above(windowEnd).limit(1).keys(),
    pendingReminders(db),
  ]);
  const dueJobIds = [...new Set(pending.filter((reminder) => reminder.dueAt <= now).map((reminder) => reminder.jobId))];
  const dueJobs = (await db.jobs.bulkGet(dueJobIds)).filter((job): job is Job => !!job);
  return {
    openJobsInWindow,
    pastJobIds,
    nextExpiryAfterWindow: typeof laterKeys[0] === 'string' ? laterKeys[0] : null,
    pendingReminders: pending,
    jobsById: new Map(dueJobs.map((job) => [job.id, job])),
  };
}

/** The web address the closed-posting check fetches for a job, if it has a usable one. */
export function checkableUrlOf(job: Job): string | undefined {
  return safeHttpUrl(job.posting.url ?? job.canonicalUrl);
}

/**
 * Up to `limit` open postings the closed-posting check should look at now: not yet closed by
 * date, not applied to, not checked in the last `minIntervalMs`, with a web address.
 */
export function jobsDueForClosedCheck(
  db: JobshelfDatabase,
  now: number,
  minIntervalMs: number,
  limit: number,
): Promise<Job[]> {
  return db.jobs
    .where('activeExpiresAt')
    .aboveOrEqual(localDay(now))
    .filter((job) => wantsExpiryNotice(job) && (job.lastCheckedAt ?? 0) < now - minIntervalMs && !!checkableUrlOf(job))
    .limit(limit)
    .toArray();
}
