import type { JobView } from './job-view';
import type { YearlySalary } from '../money/yearly';

/**
 * Salaries in the table compare like with like: each yearly range is converted to the user's
 * currency with a rate table the user edits in Settings (rates are what one unit is worth in US
 * dollars, so one table serves any home currency). A currency without a rate is shown as posted
 * and marked, and sorts after the converted ones.
 */
export interface MoneySettings {
  /** The currency to show salaries in; null: the most common one among the saved jobs. */
  currency: string | null;
  /** One unit of each currency in US dollars. */
  rates: Readonly<Record<string, number>>;
}

/** Approximate rates (US dollars per unit) to start from; the user corrects them in Settings. */
export const defaultRates: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CAD: 0.73,
  AUD: 0.66,
  NZD: 0.6,
  CHF: 1.13,
  SEK: 0.095,
  NOK: 0.093,
  DKK: 0.145,
  PLN: 0.25,
  CZK: 0.043,
  JPY: 0.0067,
  INR: 0.012,
  SGD: 0.74,
  HKD: 0.128,
  BRL: 0.18,
  MXN: 0.055,
  ZAR: 0.055,
  ILS: 0.27,
  AED: 0.27,
  KRW: 0.00073,
  CNY: 0.138,
};

/** The most common currency among these jobs' salaries (USD when none names one). */
export function commonCurrency(jobs: readonly Pick<JobView, 'yearly'>[]): string {
  const counts = new Map<string, number>();
  for (const job of jobs) {
    const code = job.yearly?.currency;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = 'USD';
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

export interface HomeSalary extends YearlySalary {
  /** Converted from `from` at the user's rate. */
  from: YearlySalary | null;
}

/** The yearly range in `home`, or null when there is no rate for its currency (or no salary). */
export function toHome(
  yearly: YearlySalary | null,
  home: string,
  rates: Readonly<Record<string, number>>,
): HomeSalary | null {
  if (!yearly) return null;
  if (!yearly.currency || yearly.currency === home) return { ...yearly, currency: yearly.currency ?? home, from: null };
  const rate = rates[yearly.currency];
  const homeRate = rates[home];
  if (!rate || !homeRate) return null;
  const factor = rate / homeRate;
  // A converted amount is approximate anyway: whole thousands read better ("≈ €194K", not "€194.4K").
  const round = (value: number) => (value >= 10_000 ? Math.round(value / 1000) * 1000 : Math.round(value));
  return { min: round(yearly.min * factor), max: round(yearly.max * factor), currency: home, from: yearly };
}

/**
 * The views with `yearly` in the home currency (the original kept in `postedYearly`), so the
 * salary sort and filter compare like with like; salaries with no rate keep their own currency
 * and are flagged `salaryUnconverted`. Views that need no change are returned as they are.
 */
export function inHomeCurrency(jobs: readonly JobView[], money: MoneySettings): { jobs: JobView[]; home: string } {
  const home = money.currency ?? commonCurrency(jobs);
  const out = jobs.map((job) => {
    if (!job.yearly || !job.yearly.currency || job.yearly.currency === home) return job;
    const converted = toHome(job.yearly, home, money.rates);
    if (!converted) return { ...job, salaryUnconverted: true };
    return { ...job, yearly: { min: converted.min, max: converted.max, currency: home }, postedYearly: job.yearly };
  });
  return { jobs: out, home };
}
