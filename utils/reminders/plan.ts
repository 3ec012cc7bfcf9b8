import { atLocalHour, daysUntil, localDay } from '../local-time';
import type { Job, Reminder } from '../schema/job';
import type { Settings } from '../schema/settings';
import { describeClosing } from '../format';

/** A notification to show now. The id says what it is about, so its buttons can act on it. */
export interface DueNotification {
  id: `reminder:${string}` | `expiry:${string}` | `digest:${string}`;
  /** Null for a digest of several postings. */
  jobId: string | null;
  title: string;
  message: string;
}

export interface ReminderPlan {
  notifications: DueNotification[];
  /** Reminders to mark fired (each fires once). */
  firedReminderIds: string[];
  /** Expiry lead times now notified, per job. */
  expiryNotified: Array<{ jobId: string; leads: number[] }>;
  /** Open jobs whose stated closing day has passed: marked expired, no notification. */
  expiredJobIds: string[];
  /** When to wake next (one alarm for everything), or null when nothing is ahead. */
  nextAt: number | null;
  /** Reminders due plus un-applied postings closing within 3 days. */
  badgeCount: number;
}

export interface PlanInput {
  now: number;
  settings: Pick<Settings, 'expiryLeadDays' | 'notifyHour'>;
  /** Open jobs with activeExpiresAt from today up to `windowEnd`. */
  openJobsInWindow: Job[];
  /** Open jobs whose STATED closing day has passed (ids only: they are marked, never read in full). */
  pastJobIds: string[];
  /** The earliest activeExpiresAt after the window, if any (to know when to wake). */
  nextExpiryAfterWindow: string | null;
  pendingReminders: Reminder[];
  /** Jobs the pending reminders belong to. */
  jobsById: ReadonlyMap<string, Pick<Job, 'id' | 'posting'>>;
}

const BADGE_DAYS = 3;
/** More expiry notices than this at once (a restore, a long absence) become one digest. */
const MAX_EXPIRY_NOTICES = 3;

/** Postings the user has not applied to yet are the ones worth an expiry warning. */
export function wantsExpiryNotice(job: Pick<Job, 'status'>): boolean {
  return job.status === null || job.status === 'interested';
}

/** How many days ahead the plan needs full records for: the longest lead time, or the badge's 3. */
export function planWindowDays(settings: Pick<Settings, 'expiryLeadDays'>): number {
  return Math.max(BADGE_DAYS, ...settings.expiryLeadDays);
}

function jobLabel(job: Pick<Job, 'posting'>): string {
  return job.posting.company ? `${job.posting.title} — ${job.posting.company}` : job.posting.title;
}

function closesIn(days: number): string {
  return days <= 0 ? 'Closes today' : days === 1 ? 'Closes tomorrow' : `Closes in ${days} days`;
}

/**
 * What reminders and expiry notices are due now, what to mark, and when to wake next. Pure: the
 * background reads the database, calls this, and applies the result.
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const { now, settings } = input;
  const leads = [...new Set(settings.expiryLeadDays)].sort((a, b) => b - a);
  const plan: ReminderPlan = {
    notifications: [],
    firedReminderIds: [],
    expiryNotified: [],
    expiredJobIds: [...input.pastJobIds],
    nextAt: null,
    badgeCount: 0,
  };
  const wakeAt = (at: number) => {
    if (at > now && (plan.nextAt === null || at < plan.nextAt)) plan.nextAt = at;
  };

  for (const reminder of input.pendingReminders) {
    if (reminder.dueAt > now) {
      wakeAt(reminder.dueAt);
      continue;
    }
    plan.badgeCount += 1;
    if (reminder.firedAt !== null) continue;
    const job = input.jobsById.get(reminder.jobId);
    plan.firedReminderIds.push(reminder.id);
    if (!job) continue; // The job was deleted: nothing to remind about.
    plan.notifications.push({
      id: `reminder:${reminder.id}`,
      jobId: job.id,
      title: reminder.kind === 'follow-up' ? 'Time to follow up' : 'Jobshelf reminder',
      message: reminder.text || jobLabel(job),
    });
  }

  for (const job of input.openJobsInWindow) {
    const expiresAt = job.activeExpiresAt ?? job.expiresAt;
    if (!expiresAt) continue;
    const days = daysUntil(expiresAt, now);
    if (days === null) continue;
    if (days < 0) {
      // Past an estimate the job only "may have closed": it stays open, with nothing to send.
      if (!job.expiresEstimated) plan.expiredJobIds.push(job.id);
      continue;
    }
    // The day after a stated closing day, the job is marked expired.
    if (!job.expiresEstimated) wakeAt(atLocalHour(localDay(atLocalHour(expiresAt, 12) + 86_400_000), 0));
    if (!wantsExpiryNotice(job)) continue;
    if (days <= BADGE_DAYS) plan.badgeCount += 1;
    const dueLeads: number[] = [];
    for (const lead of leads) {
      if (job.expiryNotified.includes(lead)) continue;
      const notifyAt = atLocalHour(localDay(atLocalHour(expiresAt, 12) - lead * 86_400_000), settings.notifyHour);
      if (notifyAt <= now) dueLeads.push(lead);
      else wakeAt(notifyAt);
    }
    if (dueLeads.length === 0) continue;
    // Missed several lead times (the browser was closed)? One notice, with the true distance.
    plan.expiryNotified.push({ jobId: job.id, leads: dueLeads });
    plan.notifications.push({
      id: `expiry:${job.id}`,
      jobId: job.id,
      title: `${closesIn(days)}: ${job.posting.title}`,
      message: `${job.posting.company ?? 'This posting'}: ${describeClosing({ expiresAt, expiresEstimated: job.expiresEstimated, closedAt: null }, now)?.text ?? ''}. You haven't applied yet.`,
    });
  }

  const expiryNotices = plan.notifications.filter((notice) => notice.id.startsWith('expiry:'));
  if (expiryNotices.length > MAX_EXPIRY_NOTICES) {
    plan.notifications = plan.notifications.filter((notice) => !notice.id.startsWith('expiry:'));
    plan.notifications.push({
      id: `digest:${now}`,
      jobId: null,
      title: `${expiryNotices.length} saved postings close soon`,
      message: 'You have not applied to them yet. Open Jobshelf to see which.',
    });
  }

  if (input.nextExpiryAfterWindow) {
    const earliestLead = Math.max(...leads, 0);
    const first = atLocalHour(
      localDay(atLocalHour(input.nextExpiryAfterWindow, 12) - earliestLead * 86_400_000),
      settings.notifyHour,
    );
    wakeAt(first);
  }
  return plan;
}
