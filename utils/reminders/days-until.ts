import { localDay } from '../local-time';

/** Whole calendar days from today (local) to a YYYY-MM-DD date; negative when past. */
export function daysUntil(isoDate: string, now: number): number {
  const today = Date.parse(`${localDay(now)}T00:00:00Z`);
  const then = Date.parse(`${isoDate}T00:00:00Z`);
  return Math.round((then - today) / 86_400_000);
}
