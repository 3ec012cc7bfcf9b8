import { browser } from 'wxt/browser';
import { getDatabase } from '@/utils/db/database';
import { checkableUrlOf, jobsDueForClosedCheck } from '@/utils/db/job-queries';
import { recordClosedCheckOf } from '@/utils/db/jobs-repository';
import { getSettings } from '@/utils/db/settings-repository';
import { judgeClosed } from '@/utils/reminders/closed-check';
import { notify } from './extension-apis';

export const CLOSED_CHECK_ALARM = 'jobshelf-closed-check';
const DAY = 86_400_000;
/** Pages fetched per hourly run: a polite trickle, and a worker that never runs long. */
const BATCH = 6;
const TIMEOUT_MS = 10_000;

/** "Posting closed" checks are off by default; on, they run hourly in small batches. */
export async function scheduleClosedCheck(enabled: boolean): Promise<void> {
  if (!enabled) {
    await browser.alarms.clear(CLOSED_CHECK_ALARM);
    return;
  }
  if (!(await browser.alarms.get(CLOSED_CHECK_ALARM))) {
    await browser.alarms.create(CLOSED_CHECK_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  }
}

async function mayFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

async function fetchPage(url: string): Promise<{ status: number; finalUrl: string; html: string } | null> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'text/html' },
    });
    const html = response.status < 400 ? await response.text() : '';
    return { status: response.status, finalUrl: response.url || url, html };
  } catch {
    return null; // Offline or timed out: try again another day.
  }
}

/**
 * Re-checks saved postings the user has not applied to, each at most once a day, only where the
 * user granted the optional host permission. A closed posting is marked and notified once.
 */
export async function runClosedCheck(now: number = Date.now()): Promise<{ checked: number; closed: number }> {
  const db = getDatabase();
  if (!(await getSettings(db)).closedCheck) return { checked: 0, closed: 0 };
  const due = await jobsDueForClosedCheck(db, now, DAY, BATCH);
  let closed = 0;
  for (const job of due) {
    const url = checkableUrlOf(job)!;
    if (!(await mayFetch(url))) continue;
    const page = await fetchPage(url);
    const verdict = page
      ? judgeClosed({ ...page, originalUrl: url, hadStructuredData: job.posting.source === 'json-ld' })
      : ({ closed: false } as const);
    await recordClosedCheckOf(db, job.id, now, verdict.closed ? verdict.reason : null);
    if (verdict.closed) {
      closed += 1;
      await notify(
        `closed:${job.id}`,
        `No longer open: ${job.posting.title}`,
        `${job.posting.company ?? 'The posting'} — ${verdict.reason}`,
      );
    }
  }
  return { checked: due.length, closed };
}
