import { formatSalary } from '../format';
import type { YearlySalary } from './salary';

// Dates and amounts are formatted as everywhere else in Jobshelf (utils/format.ts).
export { formatDate as formatCalendarDay, formatSavedAgo as formatAgo } from '../format';

/** "$120K–$150K/yr" for a yearly range, in the one salary format. */
export function formatYearlyRange(yearly: YearlySalary | null): string {
  if (!yearly) return '';
  return formatSalary({ min: yearly.min, max: yearly.max, currency: yearly.currency, period: 'year' }) ?? '';
}
