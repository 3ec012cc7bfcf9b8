import type { JobshelfDatabase } from './database';
import { identityKeyOf, urlsOf } from './job-identity';
import { sortedHistory } from '../job-history';
import type { HistoryEntry, Job, Note, Reminder } from '../schema/job';
import type { PostingDraft } from '../schema/posting';

// Reads only. Pages import these directly; they pull in neither zod nor the summarizer, so the
// popup stays small. Writes are in the *-repository files, which run in the background.

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

/** Saved jobs, newest first. */
export function listJobsNewestFirst(db: JobshelfDatabase, limit = 500): Promise<Job[]> {
  return db.jobs.orderBy('savedAt').reverse().limit(limit).toArray();
}

export function countJobs(db: JobshelfDatabase): Promise<number> {
  return db.jobs.count();
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

/** Every pending reminder, soonest first. */
export function pendingReminders(db: JobshelfDatabase): Promise<Reminder[]> {
  return db.reminders.where('[state+dueAt]').between(['pending', -Infinity], ['pending', Infinity]).toArray();
}
