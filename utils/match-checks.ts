import type { Match, MatchCheck } from '@/utils/schema/summary';

/** Where a match turns from poor to fair and from fair to good: the meters' marks and every tone. */
export const MATCH_FAIR = 40;
export const MATCH_GOOD = 70;

/** One tone for a score wherever it shows (meter, score, header chip), so they never disagree. */
export function matchTone(score: number): 'good' | 'warn' | 'bad' {
  return score >= MATCH_GOOD ? 'good' : score >= MATCH_FAIR ? 'warn' : 'bad';
}

/**
 * The checks to list under a match's reason line. The reason already starts with the skills count
 * ("2 of 10 must-have skills; missing: …"), so that check is not listed a second time.
 */
export function checksBesideReason(
  checks: readonly MatchCheck[] | undefined,
  reason: string | undefined,
): MatchCheck[] {
  return (checks ?? []).filter(
    (check) => !((check.kind === 'skills' || check.kind === 'niceToHave') && reason?.includes(check.label)),
  );
}

/** What each check is about, as the job page's breakdown names it. */
export const CHECK_KIND_WORD: Readonly<Record<MatchCheck['kind'], string>> = {
  skills: 'Must-have skills',
  niceToHave: 'Nice-to-have skills',
  years: 'Experience',
  workMode: 'Work mode',
  location: 'Location',
  salary: 'Pay',
};

/**
 * "12 of 45 points" for a part the score weighed, "not counted" for one it left out (unknown, or a
 * match stored before parts had points).
 */
export function checkPoints(check: MatchCheck): string {
  if (check.of === undefined || check.points === undefined) return check.status === 'unknown' ? 'not counted' : '';
  return `${check.points} of ${check.of} points`;
}

/**
 * The match's one line, the same in the popup and on the job page: the summarizer's reason, or
 * "7 of 9 must-have skills; missing: Kubernetes, Go" made from the skills when a stored match has none.
 */
export function matchReasonLine(match: Match): string {
  if (match.reason) return match.reason;
  const total = match.matchedRequired.length + match.missingRequired.length;
  if (total === 0)
    return match.matchedPreferred.length
      ? `You have ${match.matchedPreferred.join(', ')}`
      : 'No must-have skills named';
  const named = match.missingRequired.slice(0, 3).join(', ');
  const missing = named + (match.missingRequired.length > 3 ? ` +${match.missingRequired.length - 3}` : '');
  return `${match.matchedRequired.length} of ${total} must-have skills${missing ? `; missing: ${missing}` : ''}`;
}

/** The skills part of a reason line: "3 of 10 must-have skills", "missing: Go, SQL +2". */
const SKILLS_PART = /^(\d+ of \d+ (must-have|nice-to-have) skills|missing: .*)$/;

/**
 * The reason line to show above the checks: with the checks listed under it, the reason keeps only
 * its skills part ("…; not your work mode" would say again what the work-mode check says). A reason
 * with no skills part stays whole.
 */
export function reasonBesideChecks(reason: string, checks: readonly MatchCheck[]): string {
  if (!checks.some((check) => check.kind !== 'skills')) return reason;
  const skills = reason.split('; ').filter((part) => SKILLS_PART.test(part));
  return skills.length ? skills.join('; ') : reason;
}
