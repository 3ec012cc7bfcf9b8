import type { JobshelfDatabase } from './database';
import type { Job } from '../schema/job';

/** The newest jobs, for the first screen before the whole collection has loaded. */
export function newestJobs(db: JobshelfDatabase, limit: number): Promise<Job[]> {
  return db.jobs.orderBy('savedAt').reverse().limit(limit).toArray();
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
