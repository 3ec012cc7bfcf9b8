import type { JobStatus } from '../schema/job';

/** What the insights read from a job. */
export interface InsightJob {
  id: string;
  status: JobStatus | null;
  savedAt: number;
}

/** A status change (from the events table). */
export interface InsightStatusEvent {
  jobId: string;
  at: number;
  status?: JobStatus | null;
}

export type FunnelStage = 'saved' | 'applied' | 'interview' | 'offer';

/** How far along the way each status is; rejected and withdrawn say nothing about how far. */
const progress: Partial<Record<JobStatus, number>> = { applied: 1, interview: 2, offer: 3, accepted: 3 };

function eventsByJob(events: readonly InsightStatusEvent[]): Map<string, InsightStatusEvent[]> {
  const byJob = new Map<string, InsightStatusEvent[]>();
  for (const event of events) {
    const list = byJob.get(event.jobId);
    if (list) list.push(event);
    else byJob.set(event.jobId, [event]);
  }
  for (const list of byJob.values()) list.sort((a, b) => a.at - b.at);
  return byJob;
}

/** The furthest a job got: from its current status and every status it ever had. */
function furthest(job: InsightJob, history: readonly InsightStatusEvent[] | undefined): number {
  let best = job.status ? (progress[job.status] ?? 0) : 0;
  for (const event of history ?? []) if (event.status) best = Math.max(best, progress[event.status] ?? 0);
  return best;
}

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** Share of the step before (1 for the first). */
  rate: number;
}

/** Saved → applied → interview → offer: how many jobs ever reached each step. */
export function funnel(jobs: readonly InsightJob[], events: readonly InsightStatusEvent[]): FunnelStep[] {
  const byJob = eventsByJob(events);
  const reached = [0, 0, 0, 0];
  for (const job of jobs) {
    const far = furthest(job, byJob.get(job.id));
    for (let step = 0; step <= far; step++) reached[step]!++;
  }
  const stages: FunnelStage[] = ['saved', 'applied', 'interview', 'offer'];
  return stages.map((stage, index) => ({
    stage,
    count: reached[index]!,
    rate: index === 0 ? 1 : reached[index - 1]! > 0 ? reached[index]! / reached[index - 1]! : 0,
  }));
}

/** Monday 00:00 local time of the week `at` falls in. */
export function weekStart(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date.getTime();
}

export interface WeekCount {
  weekStart: number;
  count: number;
}

/** Applications per week (the first time each job became Applied), the last `weeks` weeks, oldest first. */
export function applicationsPerWeek(events: readonly InsightStatusEvent[], now: number, weeks = 12): WeekCount[] {
  const thisWeek = weekStart(now);
  const starts: number[] = [];
  for (let back = weeks - 1; back >= 0; back--) {
    const date = new Date(thisWeek);
    date.setDate(date.getDate() - back * 7);
    starts.push(date.getTime());
  }
  const counts = new Map<number, number>(starts.map((start) => [start, 0]));
  const counted = new Set<string>();
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    if (event.status !== 'applied' || counted.has(event.jobId)) continue;
    counted.add(event.jobId);
    const start = weekStart(event.at);
    if (counts.has(start)) counts.set(start, counts.get(start)! + 1);
  }
  return starts.map((start) => ({ weekStart: start, count: counts.get(start) ?? 0 }));
}

export interface ResponseRate {
  applied: number;
  /** Heard back: an interview, an offer, or a rejection after applying. */
  responded: number;
  rate: number | null;
}

export function responseRate(jobs: readonly InsightJob[], events: readonly InsightStatusEvent[]): ResponseRate {
  const byJob = eventsByJob(events);
  let applied = 0;
  let responded = 0;
  for (const job of jobs) {
    const history = byJob.get(job.id) ?? [];
    const far = furthest(job, history);
    if (far < 1) continue;
    applied++;
    const rejectedAfterApplying = job.status === 'rejected' || history.some((event) => event.status === 'rejected');
    if (far >= 2 || rejectedAfterApplying) responded++;
  }
  return { applied, responded, rate: applied > 0 ? responded / applied : null };
}

export type StageKeyForTime = JobStatus | 'saved';

export interface StageTime {
  stage: StageKeyForTime;
  /** Median days spent in the stage before moving on. */
  medianDays: number;
  /** How many stays were measured. */
  samples: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How long jobs stay in each stage before moving on: from each status change to the next (and from
 * saving to the first change). A stage a job is still in is not counted: it has not ended yet.
 */
export function timeInStages(jobs: readonly InsightJob[], events: readonly InsightStatusEvent[]): StageTime[] {
  const byJob = eventsByJob(events);
  const stays = new Map<StageKeyForTime, number[]>();
  const add = (stage: StageKeyForTime, ms: number) => {
    if (ms < 0) return;
    const list = stays.get(stage);
    if (list) list.push(ms);
    else stays.set(stage, [ms]);
  };
  for (const job of jobs) {
    const history = byJob.get(job.id);
    if (!history || history.length === 0) continue;
    add('saved', history[0]!.at - job.savedAt);
    for (let i = 0; i + 1 < history.length; i++)
      add(history[i]!.status ?? 'saved', history[i + 1]!.at - history[i]!.at);
  }
  const order: StageKeyForTime[] = ['saved', 'interested', 'applied', 'interview', 'offer'];
  return order
    .filter((stage) => stays.has(stage))
    .map((stage) => {
      const list = stays.get(stage)!;
      return { stage, medianDays: Math.round((median(list) / 86_400_000) * 10) / 10, samples: list.length };
    });
}
