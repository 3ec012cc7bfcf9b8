import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { UserFacingError } from '@/utils/db/errors';
import { saveJob } from '@/utils/db/jobs-repository';
import { addNote, deleteNote, editNote } from '@/utils/db/notes-repository';
import {
  addReminder,
  completeReminder,
  deleteReminder,
  remindAboutClosing,
  snoozeReminder,
} from '@/utils/db/reminders-repository';
import { describeSaveError } from '@/entrypoints/background/save';
import { atLocalHour } from '@/utils/local-time';
import { makePosting } from '../posting-factory';

let db: JobshelfDatabase;

beforeEach(() => {
  db = new JobshelfDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('notes and reminders deleted meanwhile', () => {
  it('editing a deleted note is a message for the user, shown as it is', async () => {
    const { job } = await saveJob(db, { posting: makePosting() }, 1);
    const note = await addNote(db, job.id, 'Ask about on-call', 2);
    await deleteNote(db, note.id);
    const error = await editNote(db, note.id, 'changed').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(describeSaveError(error)).toBe(
      'This note no longer exists: it was deleted, perhaps in another window. Nothing was changed.',
    );
  });

  it('snoozing or completing a deleted reminder is a message for the user', async () => {
    const { job } = await saveJob(db, { posting: makePosting() }, 1);
    const reminder = await addReminder(db, { jobId: job.id, dueAt: 10, text: '' });
    await deleteReminder(db, reminder.id);
    for (const attempt of [snoozeReminder(db, reminder.id, 20), completeReminder(db, reminder.id)]) {
      const error = await attempt.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserFacingError);
      expect(describeSaveError(error)).toMatch(/^This reminder no longer exists/);
    }
  });

  it('a reminder for a job that is gone is refused with the job’s message; closing-soon snooze does nothing', async () => {
    const error = await addReminder(db, { jobId: 'gone', dueAt: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(await remindAboutClosing(db, 'gone', 1)).toBeNull();
    expect(await db.reminders.count()).toBe(0);
  });

  it('"Snooze 1 day" on a closing-soon notice adds a reminder for tomorrow at the notice hour', async () => {
    const { job } = await saveJob(db, { posting: makePosting() }, 1);
    const now = new Date(2026, 11, 20, 15, 0).getTime();
    const reminder = await remindAboutClosing(db, job.id, now);
    expect(await db.reminders.get(reminder!.id)).toMatchObject({
      jobId: job.id,
      kind: 'custom',
      state: 'pending',
      dueAt: atLocalHour('2026-12-21', 9),
      text: 'Closes 2026-12-31: Senior Software Engineer',
    });
  });
});
