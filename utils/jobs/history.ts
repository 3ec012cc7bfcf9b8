import type { HistoryEntry, Job, JobEvent, JobStatus } from '../schema/job';
import { newId } from './identity';

// A job's history lives in the job itself (one row per job): an import of 10,000 jobs writes
// 10,000 rows instead of 26,000, and a job page reads its history with the job.

// Entries written in one transaction share a time: "saved" comes before the status it started with.
const entryOrder: Record<HistoryEntry['type'], number> = { saved: 0, merged: 1, updated: 1, status: 2, closed: 3 };

function byTime(a: HistoryEntry, b: HistoryEntry): number {
  return a.at - b.at || entryOrder[a.type] - entryOrder[b.type];
}

/** Oldest first, whatever order the entries were stored in. */
export function sortedHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort(byTime);
}

export function historyEntry(
  type: HistoryEntry['type'],
  at: number,
  extra: Pick<HistoryEntry, 'status' | 'fromStatus' | 'detail'> = {},
): HistoryEntry {
  return { id: newId(), at, type, ...extra };
}

export function statusEntry(from: JobStatus | null, to: JobStatus | null, at: number): HistoryEntry {
  return historyEntry('status', at, { status: to, fromStatus: from });
}

/** Re-saves of a much-visited page add an entry each; past this many, the oldest of those go. */
export const HISTORY_LIMIT = 500;

/**
 * The job's history with `entries` added, kept oldest first and within HISTORY_LIMIT entries by
 * dropping the oldest "updated"/"merged" ones (saved, status and closed entries always stay).
 */
export function withHistory(job: Pick<Job, 'history'>, ...entries: HistoryEntry[]): HistoryEntry[] {
  const history = sortedHistory([...(job.history ?? []), ...entries]);
  let excess = history.length - HISTORY_LIMIT;
  if (excess <= 0) return history;
  return history.filter((entry) => {
    if (excess > 0 && (entry.type === 'updated' || entry.type === 'merged')) {
      excess--;
      return false;
    }
    return true;
  });
}

/** Flat events (a version 1 backup, the old events table) → each job's history. */
export function historiesByJob(events: readonly JobEvent[]): Map<string, HistoryEntry[]> {
  const byJob = new Map<string, HistoryEntry[]>();
  for (const { jobId, ...entry } of events) {
    const list = byJob.get(jobId);
    if (list) list.push(entry);
    else byJob.set(jobId, [entry]);
  }
  for (const [jobId, list] of byJob) byJob.set(jobId, list.sort(byTime));
  return byJob;
}

/** Every status change of these jobs, each with its job's id: what the insights count. */
export function statusChanges(
  jobs: ReadonlyArray<{ id: string; history: readonly HistoryEntry[] }>,
): Array<HistoryEntry & { jobId: string }> {
  const changes: Array<HistoryEntry & { jobId: string }> = [];
  for (const job of jobs) {
    for (const entry of job.history) if (entry.type === 'status') changes.push({ ...entry, jobId: job.id });
  }
  return changes;
}

/** The detail of the history entry written when a stated closing date passes. */
const CLOSED_ON_DATE = 'Closing date passed';

/**
 * A posting whose STATED closing day (validThrough or a date in its text) is before `today`
 * (YYYY-MM-DD, local) is closed from `now`, with a history entry, in place. An estimate never
 * closes a job: past it, the job only "may have closed". The same rule the background applies on
 * every sync and an import applies as it writes; returns whether the job changed.
 */
export function closeIfPastExpiry(job: Job, today: string, now: number): boolean {
  if (job.closedAt !== null || !job.expiresAt || job.expiresEstimated || job.expiresAt >= today) return false;
  job.closedAt = now;
  job.history = withHistory(job, historyEntry('closed', now, { detail: CLOSED_ON_DATE }));
  return true;
}

/**
 * A job closed only because its ESTIMATED closing day passed (how versions before 5 did it) is
 * open again, with a history entry. Jobs the closed-posting check closed stay closed. In place;
 * returns whether the job changed.
 */
export function reopenIfClosedOnEstimate(job: Job, now: number): boolean {
  if (job.closedAt === null || !job.expiresEstimated) return false;
  const lastClosed = [...(job.history ?? [])].reverse().find((entry) => entry.type === 'closed');
  if (lastClosed && lastClosed.detail !== CLOSED_ON_DATE) return false;
  job.closedAt = null;
  job.history = withHistory(
    job,
    historyEntry('updated', now, { detail: 'Open again: it was closed on an estimated date only' }),
  );
  return true;
}

/** Past its estimated closing day and not known to be closed: the job "may have closed — check". */
export function mayHaveClosed(job: Pick<Job, 'closedAt' | 'expiresAt' | 'expiresEstimated'>, today: string): boolean {
  return job.closedAt === null && job.expiresEstimated && !!job.expiresAt && job.expiresAt < today;
}

/**
 * The closed-posting check looked at this job now: noted, and when it found the posting closed
 * (`closedReason`), the job is closed with that reason in its history. In place.
 */
export function recordClosedCheck(job: Job, now: number, closedReason: string | null): void {
  job.lastCheckedAt = now;
  if (!closedReason) return;
  job.closedAt = now;
  job.history = withHistory(job, historyEntry('closed', now, { detail: closedReason }));
}
