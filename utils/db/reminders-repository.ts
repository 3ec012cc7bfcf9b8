import type { JobshelfDatabase } from './database';
import { ItemNotFoundError, JobNotFoundError } from './errors';
import { getSettings } from './settings-repository';
import { closingReminder, newReminder, type ReminderInput } from '../jobs/reminder';
import type { Job, Reminder } from '../schema/job';

// The reminders table's one writer. Reminders themselves are built in utils/jobs/reminder.ts.

/** Adds the reminder `build` makes for this job, in one transaction; null when the job is gone. */
async function addForJob(db: JobshelfDatabase, jobId: string, build: (job: Job) => Reminder): Promise<Reminder | null> {
  return db.transaction('rw', db.jobs, db.reminders, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) return null;
    const reminder = build(job);
    await db.reminders.add(reminder);
    return reminder;
  });
}

export async function addReminder(db: JobshelfDatabase, input: ReminderInput & { jobId: string }): Promise<Reminder> {
  const reminder = await addForJob(db, input.jobId, (job) => newReminder(job, input));
  if (!reminder) throw new JobNotFoundError(input.jobId);
  return reminder;
}

/** A reminder built elsewhere (the follow-up a status change suggests), inside the caller's transaction. */
export async function putReminder(db: JobshelfDatabase, reminder: Reminder): Promise<void> {
  await db.reminders.add(reminder);
}

/**
 * "Snooze 1 day" on a closing-soon notice: a reminder tomorrow at the notice hour. Nothing when
 * the job was deleted meanwhile.
 */
export async function remindAboutClosing(db: JobshelfDatabase, jobId: string, now: number): Promise<Reminder | null> {
  const settings = await getSettings(db);
  return addForJob(db, jobId, (job) => closingReminder(job, settings, now));
}

async function change(db: JobshelfDatabase, reminderId: string, changes: Partial<Reminder>): Promise<void> {
  const changed = await db.reminders.update(reminderId, changes);
  if (changed === 0) throw new ItemNotFoundError('reminder');
}

/** Later, and it may fire again. */
export function snoozeReminder(db: JobshelfDatabase, reminderId: string, until: number): Promise<void> {
  return change(db, reminderId, { dueAt: until, state: 'pending', firedAt: null });
}

export function completeReminder(db: JobshelfDatabase, reminderId: string): Promise<void> {
  return change(db, reminderId, { state: 'done' });
}

export async function deleteReminder(db: JobshelfDatabase, reminderId: string): Promise<void> {
  await db.reminders.delete(reminderId);
}

/** The reminders of these jobs, as they are deleted (inside the caller's transaction). */
export async function deleteRemindersOfJobs(db: JobshelfDatabase, jobIds: readonly string[]): Promise<void> {
  await db.reminders
    .where('jobId')
    .anyOf([...jobIds])
    .delete();
}

/** Each reminder fires once: these just did (inside the caller's transaction). */
export async function markRemindersFired(
  db: JobshelfDatabase,
  reminderIds: readonly string[],
  now: number,
): Promise<void> {
  if (reminderIds.length === 0) return;
  await db.reminders
    .where('id')
    .anyOf([...reminderIds])
    .modify({ firedAt: now });
}
