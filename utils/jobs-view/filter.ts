import type { WorkMode } from '../schema/posting';
import { daysUntil } from '../local-time';
import { isClosingSoon } from './closing';
import type { JobView, StageKey } from './job-view';

export interface JobFilters {
  /** Empty: every stage. */
  stages: StageKey[];
  workModes: WorkMode[];
  /** Yearly, in the user's currency (see ./currency); a salary filter leaves out jobs that name none. */
  salaryMin: number | null;
  salaryMax: number | null;
  /** Closing within this many days (and not yet closed); null: no closing filter. */
  closingWithinDays: number | null;
  /** Jobs carrying every one of these tags. */
  tags: string[];
}

export const emptyFilters: JobFilters = {
  stages: [],
  workModes: [],
  salaryMin: null,
  salaryMax: null,
  closingWithinDays: null,
  tags: [],
};

export function activeFilterCount(filters: JobFilters): number {
  return (
    (filters.stages.length > 0 ? 1 : 0) +
    (filters.workModes.length > 0 ? 1 : 0) +
    (filters.salaryMin !== null || filters.salaryMax !== null ? 1 : 0) +
    (filters.closingWithinDays !== null ? 1 : 0) +
    (filters.tags.length > 0 ? 1 : 0)
  );
}

/** The jobs that pass every active filter, order kept. */
export function filterJobs(jobs: readonly JobView[], filters: JobFilters, now: number): JobView[] {
  const stages = filters.stages.length > 0 ? new Set(filters.stages) : null;
  const modes = filters.workModes.length > 0 ? new Set(filters.workModes) : null;
  const { salaryMin, salaryMax, closingWithinDays, tags } = filters;
  const salaryFilter = salaryMin !== null || salaryMax !== null;
  return jobs.filter((job) => {
    if (stages && !stages.has(job.stage)) return false;
    if (modes && !(job.workMode && modes.has(job.workMode))) return false;
    if (salaryFilter) {
      if (!job.yearly || job.salaryUnconverted) return false;
      if (salaryMin !== null && job.yearly.max < salaryMin) return false;
      if (salaryMax !== null && job.yearly.min > salaryMax) return false;
    }
    if (closingWithinDays !== null) {
      if (job.closedAt !== null) return false;
      if (!isClosingSoon(daysUntil(job.expiresAt, now), closingWithinDays)) return false;
    }
    if (tags.length > 0 && !tags.every((tag) => job.tags.includes(tag))) return false;
    return true;
  });
}

/** Every tag in use, most used first, for the tag filter. */
export function tagsInUse(jobs: readonly JobView[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>();
  for (const job of jobs) for (const tag of job.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
}
