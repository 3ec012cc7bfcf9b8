import type { JobshelfDatabase } from './database';
import { JobNotFoundError, newId } from './ids';
import type { Reminder } from '../schema/job';

export async function addReminder(
  db: JobshelfDatabase,
  input: { jobId: string; dueAt: number; text: string; kind?: Reminder['kind'] },
): Promise<Reminder> {
  return db.transaction('rw', db.jobs, db.reminders, async () => {
    const job = await db.jobs.get(input.jobId);
    if (!job) throw new JobNotFoundError(input.jobId);
    const reminder: Reminder = {
      id: newId(),
      jobId: input.jobId,
      kind: input.kind ?? 'custom',
      dueAt: input.dueAt,
      state: 'pending',
      firedAt: null,
      text: input.text || `Follow up: ${job.posting.title}${job.posting.company ? ` at ${job.posting.company}` : ''}`,
    };
    await db.reminders.add(reminder);
    return reminder;
  });
}

async function change(db: JobshelfDatabase, reminderId: string, changes: Partial<Reminder>): Promise<void> {
  const changed = await db.reminders.update(reminderId, changes);
  if (changed === 0) throw new Error('This reminder no longer exists.');
}

/** Later, and it may fire again. */
export function snoozeReminder(db: JobshelfDatabase, reminderId: string, until: number): Promise<void> {
  return change(db, reminderId, { dueAt: until, state: 'pending', firedAt: null });
}

export function completeReminder(db: JobshelfDatabase, reminderId: string): Promise<void> {
  return change(db, reminderId, { state: 'done' });
}

export function markReminderFired(db: JobshelfDatabase, reminderId: string, at: number): Promise<void> {
  return change(db, reminderId, { firedAt: at });
}

export async function deleteReminder(db: JobshelfDatabase, reminderId: string): Promise<void> {
  await db.reminders.delete(reminderId);
}

export { pendingReminders, remindersOf } from './job-queries';
