import { daysUntil as daysUntilDay } from '../reminders/days-until';

/** Days from `now`'s local calendar day to a YYYY-MM-DD day (negative once it has passed). */
export function daysUntil(isoDate: string | null, now: number): number | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const days = daysUntilDay(isoDate, now);
  return Number.isNaN(days) ? null : days;
}

/** Closing within `withinDays` (today counts) and not already past. */
export function isClosingSoon(daysLeft: number | null, withinDays: number): boolean {
  return daysLeft !== null && daysLeft >= 0 && daysLeft <= withinDays;
}
