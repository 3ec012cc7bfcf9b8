import type { Job } from '../schema/job';
import type { Match, Profile, Summary } from '../schema/summary';
import type { PostingDraft } from '../schema/posting';
import { matchProfile, profileSkills, type MatchFacts } from '../summarize/match';
import { resolvedPosting } from '../posting-resolved';
import type { MatchPostingField } from '../match-posting-fields';

// The user's profile as every view weighs it: the popup (through the background's summary), the
// jobs table, compare and the job page all match against the same skills and preferences.

/** True once the user has set anything a match weighs: skills, a résumé, or a preference. */
export function hasMatchProfile(profile: Profile | null | undefined): boolean {
  if (!profile) return false;
  return (
    profile.skills.length > 0 ||
    Boolean(profile.resumeText?.trim()) ||
    (profile.yearsExperience ?? null) !== null ||
    (profile.workModes?.length ?? 0) > 0 ||
    (profile.locations?.length ?? 0) > 0 ||
    Boolean(profile.minimumSalary)
  );
}

/**
 * The profile with its résumé's skills folded into the skills list once, so matching thousands of
 * jobs does not re-read the résumé for each; the preferences stay. Null when nothing is set.
 */
export function flattenProfile(profile: Profile | null | undefined): Profile | null {
  if (!profile || !hasMatchProfile(profile)) return null;
  const { resumeText: _resume, ...preferences } = profile;
  return { ...preferences, skills: [...profileSkills(profile)] };
}

/** What a saved posting says about the things a match weighs: the facts the summarizer matched with. */
export function matchFacts(
  posting: Pick<PostingDraft, MatchPostingField | 'provenance'>,
  summary: Summary | null,
): MatchFacts {
  const { workMode, salary } = resolvedPosting(posting, summary);
  return { yearsMin: summary?.yearsExperience?.min ?? null, workMode, locations: posting.locations, salary };
}

/** A saved job's match against the profile as it is now (the stored one is from when it was saved). */
export function jobMatch(job: Job, profile: Profile | null): Match | null {
  if (!job.summary) return null;
  return matchProfile(job.summary.skills, profile, matchFacts(job.posting, job.summary));
}
