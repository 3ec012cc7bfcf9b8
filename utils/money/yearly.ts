import type { PayPeriod, Salary } from '../schema/posting';

/** Working time a year, so pay per period compares with a yearly salary (40 h weeks, 52 weeks). */
const PERIODS_PER_YEAR: Record<PayPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

export interface YearlySalary {
  min: number;
  max: number;
  /** The posting's own currency: amounts are never converted between currencies. */
  currency: string | null;
}

/** The salary as a yearly range in its own currency; null when the posting names no amount. */
export function yearlySalary(salary: Salary | null): YearlySalary | null {
  if (!salary) return null;
  const low = salary.min ?? salary.max;
  const high = salary.max ?? salary.min;
  if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  // No period stated: a number above 1,000 is almost always yearly, below it hourly.
  const period: PayPeriod = salary.period ?? (high >= 1000 ? 'year' : 'hour');
  const factor = PERIODS_PER_YEAR[period];
  return { min: Math.round(low * factor), max: Math.round(high * factor), currency: salary.currency };
}
