import type { MatchCheck } from '@/utils/schema/summary';

/**
 * The checks to list under a match's reason line. The reason already starts with the skills count
 * ("2 of 10 must-have skills; missing: …"), so that check is not listed a second time.
 */
export function checksBesideReason(
  checks: readonly MatchCheck[] | undefined,
  reason: string | undefined,
): MatchCheck[] {
  return (checks ?? []).filter((check) => !(check.kind === 'skills' && reason?.includes(check.label)));
}
