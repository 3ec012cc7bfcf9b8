import { stageKeys, type JobView, type StageKey } from './job-view';

export type SortKey = 'title' | 'company' | 'location' | 'salary' | 'status' | 'match' | 'posted' | 'closes' | 'saved';
export type SortDirection = 'asc' | 'desc';

export interface JobSort {
  key: SortKey;
  direction: SortDirection;
}

export const defaultSort: JobSort = { key: 'saved', direction: 'desc' };

const stageRank = new Map<StageKey, number>(stageKeys.map((stage, index) => [stage, index]));

type SortValue = string | number | null;

const valueOf: Record<SortKey, (job: JobView) => SortValue> = {
  title: (job) => job.sortTitle,
  company: (job) => job.sortCompany || null,
  location: (job) => job.sortLocation || null,
  // A salary in a currency with no rate is not compared with the others: it sorts with the empty ones.
  salary: (job) => (job.salaryUnconverted ? null : (job.yearly?.max ?? null)),
  status: (job) => stageRank.get(job.stage) ?? 0,
  match: (job) => job.match,
  posted: (job) => job.datePosted,
  closes: (job) => job.expiresAt,
  saved: (job) => job.savedAt,
};

/** The direction a column sorts first when clicked: numbers and dates biggest/newest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'title' || key === 'company' || key === 'location' || key === 'status' || key === 'closes'
    ? 'asc'
    : 'desc';
}

/**
 * A new array in the requested order. Empty values always sort last, whatever the direction;
 * ties keep saved-newest-first so the order is stable between renders.
 */
export function sortJobs(jobs: readonly JobView[], sort: JobSort): JobView[] {
  const read = valueOf[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Decorate once: reading values inside the comparator would repeat the work n log n times.
  const decorated = jobs.map((job) => ({ job, value: read(job) }));
  decorated.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return b.job.savedAt - a.job.savedAt;
      return a.value === null ? 1 : -1;
    }
    if (a.value < b.value) return -sign;
    if (a.value > b.value) return sign;
    return b.job.savedAt - a.job.savedAt;
  });
  return decorated.map((entry) => entry.job);
}
