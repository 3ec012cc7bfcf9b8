import type { YearlySalary } from './salary';

// Intl formatters are costly to build (a fraction of a millisecond each) and a table renders
// dozens of dates and amounts per frame: build each once and reuse it.

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const localDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const amountFormats = new Map<string, Intl.NumberFormat>();

/** "12 Mar 2026" for a YYYY-MM-DD calendar day. */
export function formatCalendarDay(isoDate: string | null): string | null {
  if (!isoDate) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dayFormat.format(Date.UTC(year, month - 1, day));
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", else the date. */
export function formatAgo(timestamp: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - timestamp) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 14) return `${days} day${days === 1 ? '' : 's'} ago`;
  return localDayFormat.format(timestamp);
}

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
