import { browser } from 'wxt/browser';
import { getDatabase } from '@/utils/db/database';
import { jobOfNotice, reminderPlanReads } from '@/utils/db/job-queries';
import { closeJobsPastExpiry, recordNoticesSent } from '@/utils/db/jobs-repository';
import { remindAboutClosing, snoozeReminder } from '@/utils/db/reminders-repository';
import { getSettings } from '@/utils/db/settings-repository';
import { safeHttpUrl } from '@/utils/format';
import { addLocalDays, localDay } from '@/utils/local-time';
import { planReminders, planWindowDays } from '@/utils/reminders/plan';
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
  return { now, settings, ...(await reminderPlanReads(db, today, windowEnd, now)) };
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
    await recordNoticesSent(getDatabase(), plan, now);
    for (const notice of plan.notifications) {
      const buttons = notice.jobId ? NOTIFICATION_BUTTONS : [];
      await notify(notice.id, notice.title, notice.jobId ? notice.message + CLICK_HINT : notice.message, buttons);
    }
    await scheduleWake(WAKE_ALARM, plan.nextAt);
    await setBadge(undefined, plan.badgeCount > 0 ? String(plan.badgeCount) : '', '#b45309');
    const readyMs = performance.now() - started;
    await closeJobsPastExpiry(getDatabase(), plan.expiredJobIds, localDay(now), now);
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
  const job = await jobOfNotice(getDatabase(), parsed);
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
  if (parsed.kind === 'reminder') await snoozeReminder(db, parsed.target, now + 86_400_000);
  else if (parsed.kind === 'expiry') await remindAboutClosing(db, parsed.target, now);
  await clearNotification(notificationId);
  await syncReminders();
}
