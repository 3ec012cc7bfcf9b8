import { describe, expect, it } from 'vitest';
import {
  applicationsPerWeek,
  funnel,
  responseRate,
  timeInStages,
  weekStart,
  type InsightJob,
  type InsightStatusEvent,
} from '@/utils/insights/insights';

const day = 86_400_000;
const t0 = new Date(2026, 10, 2, 10).getTime(); // a Monday

const jobs: InsightJob[] = [
  { id: 'a', status: null, savedAt: t0 },
  { id: 'b', status: 'applied', savedAt: t0 },
  { id: 'c', status: 'interview', savedAt: t0 },
  { id: 'd', status: 'rejected', savedAt: t0 },
  { id: 'e', status: 'accepted', savedAt: t0 },
];
const events: InsightStatusEvent[] = [
  { jobId: 'b', at: t0 + 2 * day, status: 'applied' },
  { jobId: 'c', at: t0 + 1 * day, status: 'applied' },
  { jobId: 'c', at: t0 + 5 * day, status: 'interview' },
  { jobId: 'd', at: t0 + 3 * day, status: 'applied' },
  { jobId: 'd', at: t0 + 10 * day, status: 'rejected' },
  { jobId: 'e', at: t0 + 1 * day, status: 'applied' },
  { jobId: 'e', at: t0 + 8 * day, status: 'interview' },
  { jobId: 'e', at: t0 + 15 * day, status: 'offer' },
  { jobId: 'e', at: t0 + 16 * day, status: 'accepted' },
];

describe('insights', () => {
  it('counts the funnel from the furthest stage each job reached', () => {
    expect(funnel(jobs, events).map((step) => [step.stage, step.count])).toEqual([
      ['saved', 5],
      ['applied', 4],
      ['interview', 2],
      ['offer', 1],
    ]);
    expect(funnel(jobs, events)[1]!.rate).toBeCloseTo(0.8);
  });

  it('counts applications per week, each job once', () => {
    const weeks = applicationsPerWeek(
      [...events, { jobId: 'b', at: t0 + 20 * day, status: 'applied' }],
      t0 + 20 * day,
      4,
    );
    expect(weeks.map((week) => week.count)).toEqual([0, 4, 0, 0]);
    expect(weeks[1]!.weekStart).toBe(weekStart(t0));
  });

  it('computes the response rate: interviews, offers and rejections count as answers', () => {
    expect(responseRate(jobs, events)).toEqual({ applied: 4, responded: 3, rate: 0.75 });
  });

  it('measures median days in each finished stage', () => {
    const times = timeInStages(jobs, events);
    const applied = times.find((time) => time.stage === 'applied');
    expect(applied).toEqual({ stage: 'applied', medianDays: 7, samples: 3 });
    expect(times.find((time) => time.stage === 'saved')?.samples).toBe(4);
  });
});
