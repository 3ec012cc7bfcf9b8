// Kept apart from ./expiry (which reads dates out of text with the extractor's parser) so the
// database migrations can use it without loading that parser.

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The estimated closing day of a posting that states none: the later of the day it was posted and
 * the day it was saved, plus `lifetimeDays`. Saved today, a posting is open today, whatever its
 * (possibly old, possibly re-posted) posting date says. Never a reason to call it closed.
 */
export function estimatedClosingDay(datePosted: string | null, savedOn: string, lifetimeDays: number): string {
  const from = datePosted && datePosted > savedOn ? datePosted : savedOn;
  return addDays(from, lifetimeDays);
}
