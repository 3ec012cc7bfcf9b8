/** YYYY-MM-DD of a moment in the local time zone. */
export function localDay(timestamp: number): string {
  const date = new Date(timestamp);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The moment a local calendar day reaches `hour`:00, as epoch ms. */
export function atLocalHour(isoDate: string, hour: number): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, hour, 0, 0, 0).getTime();
}

/** `days` later at the same local time of day (DST-safe). */
export function addLocalDays(timestamp: number, days: number): number {
  const date = new Date(timestamp);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

/**
 * Whole calendar days from `now`'s local day to a YYYY-MM-DD day: 0 today, negative once past;
 * null when the date is missing or not YYYY-MM-DD.
 */
export function daysUntil(isoDate: string | null | undefined, now: number): number | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const days = Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${localDay(now)}T00:00:00Z`)) / 86_400_000);
  return Number.isNaN(days) ? null : days;
}
