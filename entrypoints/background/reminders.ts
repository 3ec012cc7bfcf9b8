import { browser } from 'wxt/browser';
import { getDatabase } from '@/utils/db/database';
import { newId } from '@/utils/db/ids';
import { pendingReminders, snoozeReminder } from '@/utils/db/reminders-repository';
import { getSettings } from '@/utils/db/settings-repository';
import { safeHttpUrl } from '@/utils/format';
import { closeIfPastExpiry } from '@/utils/job-history';
import { addLocalDays, atLocalHour, localDay } from '@/utils/local-time';
import { planReminders, planWindowDays, type ReminderPlan } from '@/utils/reminders/plan';
import type { Job } from '@/utils/schema/job';
import { CLOSED_CHECK_ALARM, runClosedCheck } from './closed-check';
import { clearNotification, notificationsHaveButtons, notify, openTab, scheduleWake, setBadge } from './extension-apis';

/** The one alarm: it wakes the worker when the next reminder or expiry notice is due. */
export const WAKE_ALARM = 'jobshelf-next-reminder';
const NOTIFICATION_BUTTONS = ['Open posting', 'Snooze 1 day'];
/** Where notices have no buttons (Firefox), the click opens the posting; snoozing is in Jobshelf. */
const CLICK_HINT = notificationsHaveButtons ? '' : '\nClick to open the posting.';

let running: Promise<unknown> = Promise.resolve();

/** Runs one sync at a time, so two wake-ups never notify the same thing twice. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const result = running.then(task, task);
  running = result.catch(() => undefined);
  return result;
}

async function readPlanInput(now: number) {
  const db = getDatabase();
  const settings = await getSettings(db);
  const today = localDay(now);
  const windowEnd = localDay(addLocalDays(now, planWindowDays(settings)));
  const [pastJobIds, openJobsInWindow, laterKeys, pending] = await Promise.all([
    db.jobs.where('statedExpiresAt').below(today).primaryKeys(),
    db.jobs.where('activeExpiresAt').between(today, windowEnd, true, true).toArray(),
    db.jobs.where('activeExpiresAt').above(windowEnd).limit(1).keys(),
    pendingReminders(db),
  ]);
  const dueJobIds = [...new Set(pending.filter((reminder) => reminder.dueAt <= now).map((reminder) => reminder.jobId))];
  const dueJobs = (await db.jobs.bulkGet(dueJobIds)).filter((job): job is Job => !!job);
  return {
    now,
    settings,
    openJobsInWindow,
    pastJobIds,
    nextExpiryAfterWindow: typeof laterKeys[0] === 'string' ? laterKeys[0] : null,
    pendingReminders: pending,
    jobsById: new Map(dueJobs.map((job) => [job.id, job])),
  };
}

/** Marks what the plan sent, all at once, before anything is shown. */
async function applyPlan(plan: ReminderPlan, now: number): Promise<void> {
  const db = getDatabase();
  const notifiedLeads = new Map(plan.expiryNotified.map(({ jobId, leads }) => [jobId, leads]));
  await db.transaction('rw', db.jobs, db.reminders, async () => {
    if (plan.firedReminderIds.length > 0) {
      await db.reminders.where('id').anyOf(plan.firedReminderIds).modify({ firedAt: now });
    }
    if (notifiedLeads.size > 0) {
      await db.jobs
        .where('id')
        .anyOf([...notifiedLeads.keys()])
        .modify((job) => {
          job.expiryNotified = [...new Set([...job.expiryNotified, ...(notifiedLeads.get(job.id) ?? [])])];
        });
    }
  });
}

/**
 * Marks postings whose stated closing day passed as expired (an estimate never closes a job), in one transaction: open pages re-run
 * their live queries once per committed change, so many small batches (after a restore there
 * can be thousands) would make the dashboard reload its whole list again and again.
 */
async function markExpired(jobIds: string[], now: number): Promise<void> {
  if (jobIds.length === 0) return;
  const db = getDatabase();
  const today = localDay(now);
  await db.jobs
    .where('id')
    .anyOf(jobIds)
    .modify((job) => {
      closeIfPastExpiry(job, today, now);
    });
}

export interface SyncResult {
  /** Alarms scheduled (0 or 1). */
  alarms: number;
  /** Milliseconds until notices, the alarm and the badge were in place. */
  readyMs: number;
  /** Postings marked expired in this sync (after the rest was in place). */
  expired: number;
}

/**
 * Brings notifications, the alarm and the badge in line with the database: on install, update,
 * browser start, every wake-up and after every write. Reminders missed while the browser was
 * closed fire once now; postings whose closing day passed are marked expired, silently.
 */
export function syncReminders(now: number = Date.now()): Promise<SyncResult> {
  return serialized(async () => {
    const started = performance.now();
    const plan = planReminders(await readPlanInput(now));
    await applyPlan(plan, now);
    for (const notice of plan.notifications) {
      const buttons = notice.jobId ? NOTIFICATION_BUTTONS : [];
      await notify(notice.id, notice.title, notice.jobId ? notice.message + CLICK_HINT : notice.message, buttons);
    }
    await scheduleWake(WAKE_ALARM, plan.nextAt);
    await setBadge(undefined, plan.badgeCount > 0 ? String(plan.badgeCount) : '', '#b45309');
    const readyMs = performance.now() - started;
    await markExpired(plan.expiredJobIds, now);
    return { alarms: plan.nextAt === null ? 0 : 1, readyMs, expired: plan.expiredJobIds.length };
  });
}

export async function handleAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === WAKE_ALARM) await syncReminders();
  if (alarm.name === CLOSED_CHECK_ALARM) await runClosedCheck();
}

type NoticeKind = 'reminder' | 'expiry' | 'closed' | 'digest';

function parseNotificationId(id: string): { kind: NoticeKind; target: string } | null {
  const match = /^(reminder|expiry|closed|digest):(.+)$/.exec(id);
  return match ? { kind: match[1] as NoticeKind, target: match[2]! } : null;
}

async function jobOfNotification(kind: NoticeKind, target: string): Promise<Job | undefined> {
  const db = getDatabase();
  const jobId = kind === 'reminder' ? (await db.reminders.get(target))?.jobId : target;
  return jobId ? db.jobs.get(jobId) : undefined;
}

/** Clicking a notice (or its "Open posting" button) opens the posting. */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  const parsed = parseNotificationId(notificationId);
  if (!parsed) return;
  if (parsed.kind === 'digest') {
    // Several postings: the dashboard's table, closing soonest first.
    await openTab(browser.runtime.getURL('/dashboard.html#/jobs?closing=3'));
    await clearNotification(notificationId);
    return;
  }
  const job = await jobOfNotification(parsed.kind, parsed.target);
  const url = safeHttpUrl(job?.posting.url) ?? safeHttpUrl(job?.canonicalUrl);
  if (url) await openTab(url);
  await clearNotification(notificationId);
}

/** "Snooze 1 day": a reminder moves a day on; an expiry notice becomes a reminder tomorrow. */
export async function handleNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (buttonIndex === 0) return handleNotificationClick(notificationId);
  const parsed = parseNotificationId(notificationId);
  if (!parsed || parsed.kind === 'digest') return;
  const db = getDatabase();
  const now = Date.now();
  if (parsed.kind === 'reminder') {
    await snoozeReminder(db, parsed.target, now + 86_400_000);
  } else if (parsed.kind === 'expiry') {
    const job = await db.jobs.get(parsed.target);
    if (job) {
      const settings = await getSettings(db);
      await db.reminders.add({
        id: newId(),
        jobId: job.id,
        kind: 'custom',
        dueAt: atLocalHour(localDay(addLocalDays(now, 1)), settings.notifyHour),
        state: 'pending',
        firedAt: null,
        text: `Closes ${job.expiresAt ?? 'soon'}: ${job.posting.title}`,
      });
    }
  }
  await clearNotification(notificationId);
  await syncReminders();
}
