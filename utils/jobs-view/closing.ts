/** Days from `now`'s local calendar day to a YYYY-MM-DD day (negative once it has passed). */
export function daysUntil(isoDate: string | null, now: number): number | null {
  if (!isoDate) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return null;
  const today = new Date(now);
  const startOfToday = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.UTC(year, month - 1, day) - startOfToday) / 86_400_000);
}

/** Closing within `withinDays` (today counts) and not already past. */
export function isClosingSoon(daysLeft: number | null, withinDays: number): boolean {
  return daysLeft !== null && daysLeft >= 0 && daysLeft <= withinDays;
}

/** "today", "in 3 days", "closed 2 days ago"; "~" marks an estimate. */
export function formatClosesIn(daysLeft: number | null, estimated: boolean): string {
  if (daysLeft === null) return '';
  const mark = estimated ? '~' : '';
  if (daysLeft === 0) return `${mark}today`;
  if (daysLeft === 1) return `${mark}tomorrow`;
  if (daysLeft > 0) return `${mark}in ${daysLeft} days`;
  return daysLeft === -1 ? 'closed yesterday' : `closed ${-daysLeft} days ago`;
}
