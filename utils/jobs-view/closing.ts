/** Closing within `withinDays` (today counts) and not already past. */
export function isClosingSoon(daysLeft: number | null, withinDays: number): boolean {
  return daysLeft !== null && daysLeft >= 0 && daysLeft <= withinDays;
}
