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
