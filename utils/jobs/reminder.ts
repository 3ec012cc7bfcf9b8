import { addLocalDays, atLocalHour, localDay } from '../local-time';
import type { Job, Reminder } from '../schema/job';
import type { Settings } from '../schema/settings';
import { newId } from './identity';

type ReminderJob = Pick<Job, 'id' | 'posting'>;

export interface ReminderInput {
  dueAt: number;
  /** Empty or omitted: "Follow up: <title> at <company>". */
  text?: string;
  kind?: Reminder['kind'];
}

function titleAtCompany(job: ReminderJob): string {
  return `${job.posting.title}${job.posting.company ? ` at ${job.posting.company}` : ''}`;
}

/** The one place a reminder is built: pending, not yet fired. */
export function newReminder(job: ReminderJob, { dueAt, text, kind = 'custom' }: ReminderInput): Reminder {
  return {
    id: newId(),
    jobId: job.id,
    kind,
    dueAt,
    state: 'pending',
    firedAt: null,
    text: text || `Follow up: ${titleAtCompany(job)}`,
  };
}

/** The follow-up a job suggests when it becomes Applied (a week later at 9:00 by default). */
export function followUpReminder(
  job: ReminderJob,
  settings: Pick<Settings, 'followUpDays' | 'notifyHour'>,
  now: number,
): Reminder {
  const day = localDay(addLocalDays(now, settings.followUpDays));
  return newReminder(job, {
    kind: 'follow-up',
    dueAt: atLocalHour(day, settings.notifyHour),
    text: followUpText(job),
  });
}

export function followUpText(job: ReminderJob): string {
  return `Follow up on your application: ${titleAtCompany(job)}`;
}

/** "Snooze 1 day" on a closing-soon notice: a reminder tomorrow at the notice hour. */
export function closingReminder(
  job: ReminderJob & Pick<Job, 'expiresAt'>,
  settings: Pick<Settings, 'notifyHour'>,
  now: number,
): Reminder {
  return newReminder(job, {
    dueAt: atLocalHour(localDay(addLocalDays(now, 1)), settings.notifyHour),
    text: `Closes ${job.expiresAt ?? 'soon'}: ${job.posting.title}`,
  });
}
