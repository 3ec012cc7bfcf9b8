import { describe, expect, it } from 'vitest';
import { closingReminder, followUpReminder, newReminder } from '@/utils/jobs/reminder';
import { atLocalHour } from '@/utils/local-time';
import { reminderSchema } from '@/utils/schema/job';
import { makePosting } from '../posting-factory';

const job = { id: 'job-1', posting: makePosting(), expiresAt: '2026-12-31' };

describe('reminders', () => {
  it('builds a pending reminder, "Follow up: …" when no text is given', () => {
    const reminder = newReminder(job, { dueAt: 10, text: '' });
    expect(reminderSchema.parse(reminder)).toMatchObject({
      jobId: 'job-1',
      kind: 'custom',
      dueAt: 10,
      state: 'pending',
      firedAt: null,
      text: 'Follow up: Senior Software Engineer at Acme Corp',
    });
    expect(newReminder(job, { dueAt: 10, text: 'Call Sam' }).text).toBe('Call Sam');
  });

  it('suggests a follow-up N days later at the notice hour', () => {
    const now = new Date(2026, 10, 20, 15, 30).getTime();
    const reminder = followUpReminder(job, { followUpDays: 7, notifyHour: 9 }, now);
    expect(reminder).toMatchObject({
      kind: 'follow-up',
      dueAt: atLocalHour('2026-11-27', 9),
      text: 'Follow up on your application: Senior Software Engineer at Acme Corp',
    });
  });

  it('turns a closing-soon notice into a reminder tomorrow', () => {
    const now = new Date(2026, 10, 20, 15, 30).getTime();
    const reminder = closingReminder(job, { notifyHour: 8 }, now);
    expect(reminder).toMatchObject({
      kind: 'custom',
      dueAt: atLocalHour('2026-11-21', 8),
      text: 'Closes 2026-12-31: Senior Software Engineer',
    });
    expect(closingReminder({ ...job, expiresAt: null }, { notifyHour: 8 }, now).text).toMatch(/^Closes soon:/);
  });
});
