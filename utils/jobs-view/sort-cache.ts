import type { JobView } from './job-view';
import { sortJobs, type JobSort, type SortKey } from './sort';

const keys: SortKey[] = ['saved', 'title', 'company', 'location', 'salary', 'status', 'match', 'posted', 'closes'];

/**
 * Every column's order for one list of jobs, computed once (ahead of time when idle) so a click on
 * a header is a lookup plus a filter instead of sorting 10,000 rows. Filtering keeps order, so a
 * filtered or searched view is the cached order filtered.
 */
export class SortCache {
  private readonly orders = new Map<string, JobView[]>();

  constructor(private readonly jobs: readonly JobView[]) {}

  get(sort: JobSort): JobView[] {
    const id = `${sort.key}:${sort.direction}`;
    let order = this.orders.get(id);
    if (!order) {
      order = sortJobs(this.jobs, sort);
      this.orders.set(id, order);
    }
    return order;
  }

  /** Sorts one more column/direction not yet cached; false when all are done. */
  warmOne(): boolean {
    for (const key of keys) {
      for (const direction of ['asc', 'desc'] as const) {
        if (!this.orders.has(`${key}:${direction}`)) {
          this.get({ key, direction });
          return true;
        }
      }
    }
    return false;
  }
}
