import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  closeIfPastExpiry,
  historiesByJob,
  mayHaveClosed,
  reopenIfClosedOnEstimate,
  sortedHistory,
  statusChanges,
  withHistory,
} from '@/utils/jobs/history';
import { estimatedClosingDay } from '@/utils/reminders/estimate';
import type { HistoryEntry } from '@/utils/schema/job';
import { makeJob } from '../job-factory';

describe('job history', () => {
  it('orders entries by time, and "saved" before the status it started with at the same time', () => {
    const entries: HistoryEntry[] = [
      { id: 'c', at: 20, type: 'closed' },
      { id: 's', at: 10, type: 'status', status: 'interested', fromStatus: null },
      { id: 'v', at: 10, type: 'saved' },
    ];
    expect(sortedHistory(entries).map((entry) => entry.id)).toEqual(['v', 's', 'c']);
    expect(entries.map((entry) => entry.id)).toEqual(['c', 's', 'v']); // not sorted in place
    expect(withHistory({ history: entries.slice(1) }, entries[0]!).map((entry) => entry.id)).toEqual(['v', 's', 'c']);
  });

  it('stays within its limit by dropping the oldest re-saves, never a status change', () => {
    const history: HistoryEntry[] = [
      { id: 'saved', at: 0, type: 'saved' },
      { id: 'applied', at: 1, type: 'status', status: 'applied', fromStatus: null },
      ...Array.from({ length: HISTORY_LIMIT - 2 }, (_, i): HistoryEntry => ({
        id: `u${i}`,
        at: 2 + i,
        type: 'updated',
      })),
    ];
    const next = withHistory({ history }, { id: 'new', at: 10_000, type: 'updated' });
    expect(next).toHaveLength(HISTORY_LIMIT);
    expect(next.map((entry) => entry.id).slice(0, 3)).toEqual(['saved', 'applied', 'u1']);
    expect(next.at(-1)?.id).toBe('new');
  });

  it('groups a flat event list by job, dropping the job id from each entry', () => {
    const byJob = historiesByJob([
      { id: 'a2', jobId: 'a', at: 2, type: 'updated' },
      { id: 'b1', jobId: 'b', at: 1, type: 'saved' },
      { id: 'a1', jobId: 'a', at: 1, type: 'saved' },
    ]);
    expect(byJob.get('a')).toEqual([
      { id: 'a1', at: 1, type: 'saved' },
      { id: 'a2', at: 2, type: 'updated' },
    ]);
    expect(byJob.get('b')).toEqual([{ id: 'b1', at: 1, type: 'saved' }]);
  });

  it('lists every status change with its job, for the insights', () => {
    const jobs = [
      makeJob({
        id: 'a',
        history: [
          { id: '1', at: 1, type: 'saved' },
          { id: '2', at: 5, type: 'status', status: 'applied', fromStatus: null },
        ],
      }),
      makeJob({ id: 'b', history: [{ id: '3', at: 2, type: 'closed' }] }),
    ];
    expect(statusChanges(jobs)).toEqual([
      { id: '2', at: 5, type: 'status', status: 'applied', fromStatus: null, jobId: 'a' },
    ]);
  });

  it('closes an open posting whose closing day is before today, once', () => {
    const job = makeJob({ expiresAt: '2026-03-01', closedAt: null });
    expect(closeIfPastExpiry(job, '2026-03-01', 100)).toBe(false); // closes today: still open
    expect(closeIfPastExpiry(job, '2026-03-02', 200)).toBe(true);
    expect(job.closedAt).toBe(200);
    expect(job.history).toEqual([expect.objectContaining({ type: 'closed', at: 200, detail: 'Closing date passed' })]);
    expect(closeIfPastExpiry(job, '2026-03-03', 300)).toBe(false);
    expect(job.history).toHaveLength(1);
    expect(closeIfPastExpiry(makeJob({ expiresAt: null }), '2026-03-03', 300)).toBe(false);
  });

  it('never closes a job on an estimated date: it "may have closed" instead', () => {
    const job = makeJob({ expiresAt: '2026-03-01', expiresEstimated: true, closedAt: null });
    expect(closeIfPastExpiry(job, '2026-03-05', 100)).toBe(false);
    expect(job.closedAt).toBeNull();
    expect(mayHaveClosed(job, '2026-03-05')).toBe(true);
    expect(mayHaveClosed(job, '2026-03-01')).toBe(false);
    expect(mayHaveClosed({ ...job, expiresEstimated: false }, '2026-03-05')).toBe(false);
  });

  it('reopens a job closed on an estimate alone, not one the closed-posting check closed', () => {
    const onEstimate = makeJob({
      expiresEstimated: true,
      closedAt: 50,
      history: [{ id: 'c', at: 50, type: 'closed', detail: 'Closing date passed' }],
    });
    expect(reopenIfClosedOnEstimate(onEstimate, 100)).toBe(true);
    expect(onEstimate.closedAt).toBeNull();
    expect(onEstimate.history.at(-1)).toMatchObject({ type: 'updated', at: 100 });
    const checked = makeJob({
      expiresEstimated: true,
      closedAt: 50,
      history: [{ id: 'c', at: 50, type: 'closed', detail: 'The page says the job is no longer open.' }],
    });
    expect(reopenIfClosedOnEstimate(checked, 100)).toBe(false);
    const stated = makeJob({
      expiresEstimated: false,
      closedAt: 50,
      history: [{ id: 'c', at: 50, type: 'closed', detail: 'Closing date passed' }],
    });
    expect(reopenIfClosedOnEstimate(stated, 100)).toBe(false);
  });

  it('estimates from the later of the posting date and the day it was saved', () => {
    expect(estimatedClosingDay('2026-01-01', '2026-03-01', 30)).toBe('2026-03-31');
    expect(estimatedClosingDay('2026-03-10', '2026-03-01', 30)).toBe('2026-04-09');
    expect(estimatedClosingDay(null, '2026-03-01', 30)).toBe('2026-03-31');
  });
});
