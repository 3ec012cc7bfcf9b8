/**
 * The one salary format for pages (popup, table, board, job page, compare, CSV): "$300K–$425K/yr".
 * Uses Intl, so the capture script never imports this file (it builds text with `./text.ts`).
 */
import type { Salary } from '../schema/posting';
import type { YearlySalary } from './yearly';

// Every Intl formatter is built on first use and kept: building one costs a fraction of a
// millisecond, and the popup imports this file (nothing is built at module load).
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for `key`, built by `make` the first time. */
export function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    format = make();
    numberFormats.set(key, format);
  }
  return format;
}

const periodLabels: Record<NonNullable<Salary['period']>, string> = {
  hour: '/hour',
  day: '/day',
  week: '/week',
  month: '/month',
  year: '/yr',
};

/** "$300K" from 10,000 up, "€17" or "$17.50" below; a malformed currency code is left out. */
function compactAmount(value: number, currency: string | null): string {
  const compact = value >= 10_000;
  const options: Intl.NumberFormatOptions = {
    notation: compact ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 2,
  };
  if (currency) {
    const format = numberFormat(`${currency}|${compact}`, () => {
      try {
        return new Intl.NumberFormat('en', { ...options, style: 'currency', currency });
      } catch {
        return new Intl.NumberFormat('en', options); // Not a currency code ("dollars").
      }
    });
    return format.format(value);
  }
  return numberFormat(`|${compact}`, () => new Intl.NumberFormat('en', options)).format(value);
}

const CODE_PREFIX = /^[A-Z]{3}\s/;

/**
 * The one salary format: "$300K–$425K/yr", a single value "€17/hour"; the page's own words when
 * it gave no numbers.
 */
export function formatSalary(
  salary: (Pick<Salary, 'min' | 'max' | 'currency' | 'period'> & { text?: string }) | null,
): string | null {
  if (!salary) return null;
  const { min, max, currency, period } = salary;
  if (min === null && max === null) return salary.text || null;
  const suffix = period ? periodLabels[period] : '';
  if (min !== null && max !== null && min !== max) {
    // A currency shown as a code is said once: "NOK 560K–640K/yr", not "NOK 560K–NOK 640K/yr".
    const high = compactAmount(max, currency).replace(CODE_PREFIX, '');
    return `${compactAmount(min, currency)}–${high}${suffix}`;
  }
  return `${compactAmount((min ?? max) as number, currency)}${suffix}`;
}

/** "$120K–$150K/yr" for a yearly range, in the one salary format. */
export function formatYearly(yearly: YearlySalary | null): string {
  if (!yearly) return '';
  return formatSalary({ min: yearly.min, max: yearly.max, currency: yearly.currency, period: 'year' }) ?? '';
}
