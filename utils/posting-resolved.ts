import type { PostingDraft } from './schema/posting';
import type { Summary } from './schema/summary';

// The one home for the values every view shows and matches with: the popup's header and form, the
// jobs table, the job page's header and details, compare and the match all read them from here, so
// the header never says "Not stated" where the match says "On-site".

/** What the resolution reads from a summary: the work mode and the salary it found in the description. */
export type SummaryFactsFor = Pick<Summary, 'workMode'> & { facts?: Pick<NonNullable<Summary['facts']>, 'salary'> };

/**
 * The posting with the work mode and salary the summary read in its description, where the page
 * itself stated none (their source shows as the description text). The posting's own values and the
 * user's edits always win, a cleared field too.
 */
export function resolvedPosting<P extends Pick<PostingDraft, 'workMode' | 'salary' | 'provenance'>>(
  posting: P,
  summary: SummaryFactsFor | null | undefined,
): P {
  const open = (field: 'workMode' | 'salary') => !posting[field] && posting.provenance[field] !== 'user';
  const workMode = open('workMode') ? (summary?.workMode ?? null) : null;
  const salary = open('salary') ? (summary?.facts?.salary ?? null) : null;
  if (!workMode && !salary) return posting;
  const provenance = { ...posting.provenance };
  if (workMode) provenance.workMode = 'text';
  if (salary) provenance.salary = 'text';
  return { ...posting, workMode: workMode ?? posting.workMode, salary: salary ?? posting.salary, provenance };
}
