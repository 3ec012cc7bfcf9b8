import type { YearlySalary } from './salary';

// Intl formatters are costly to build (a fraction of a millisecond each) and a table renders
// dozens of dates and amounts per frame: build each once and reuse it.

const amountFormats = new Map<string, Intl.NumberFormat>();

// Dates are formatted as everywhere else in Jobshelf.
export { formatDay as formatCalendarDay, formatSavedAgo as formatAgo } from '../format';

function amountFormat(currency: string | null): Intl.NumberFormat {
  const key = currency ?? '';
  let format = amountFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 };
    try {
      format = new Intl.NumberFormat('en', currency ? { ...options, style: 'currency', currency } : options);
    } catch {
      // An unknown currency code: plain numbers (the code is added after them).
      format = new Intl.NumberFormat('en', options);
    }
    amountFormats.set(key, format);
  }
  return format;
}

/** "$120K–$150K" for a yearly range. */
export function formatYearlyRange(yearly: YearlySalary | null): string {
  if (!yearly) return '';
  const format = amountFormat(yearly.currency);
  const unknownCode = yearly.currency && format.resolvedOptions().style !== 'currency' ? ` ${yearly.currency}` : '';
  const text = yearly.min === yearly.max ? format.format(yearly.min) : `${format.format(yearly.min)}–${format.format(yearly.max)}`;
  return text + unknownCode;
}
