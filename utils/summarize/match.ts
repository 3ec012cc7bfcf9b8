import type { Match, Profile, SummarySkill } from '../schema/summary';
import { canonicalSkill, skillsInText } from './skills';

/** Must-haves count this much of the score; nice-to-haves the rest. */
const REQUIRED_SHARE = 0.75;
/** At most this many must-haves are weighed: a long tail of passing mentions should not sink a match. */
const MAX_REQUIRED = 12;
const MAX_PREFERRED = 8;

/** The set of canonical skills the user has, from the skills list and the pasted résumé. */
export function profileSkills(profile: Profile): Set<string> {
  const have = new Set<string>();
  for (const name of profile.skills) {
    const canonical = canonicalSkill(name);
    have.add((canonical ?? name.trim()).toLowerCase());
  }
  if (profile.resumeText) for (const name of skillsInText(profile.resumeText)) have.add(name.toLowerCase());
  return have;
}

/**
 * 0–100: how well the user's skills cover the posting's skills, weighted by each skill's relevance
 * score. Null when the posting names no skills or the profile is empty.
 */
export function matchProfile(skills: readonly SummarySkill[], profile: Profile | null): Match | null {
  if (!profile || (!profile.skills.length && !profile.resumeText?.trim())) return null;
  const technical = skills.filter((skill) => skill.category !== 'soft-skill');
  if (!technical.length) return null;
  const have = profileSkills(profile);
  const required = technical.filter((skill) => skill.required).slice(0, MAX_REQUIRED);
  const preferred = technical.filter((skill) => !skill.required).slice(0, MAX_PREFERRED);
  const has = (skill: SummarySkill): boolean => have.has(skill.name.toLowerCase());
  const share = (list: readonly SummarySkill[]): number | null => {
    const total = list.reduce((sum, skill) => sum + skill.score, 0);
    if (!list.length || total <= 0) return null;
    return list.filter(has).reduce((sum, skill) => sum + skill.score, 0) / total;
  };
  const requiredShare = share(required);
  const preferredShare = share(preferred);
  const raw =
    requiredShare === null
      ? preferredShare ?? 0
      : preferredShare === null
        ? requiredShare
        : requiredShare * REQUIRED_SHARE + preferredShare * (1 - REQUIRED_SHARE);
  return {
    score: Math.round(raw * 100),
    matchedRequired: required.filter(has).map((skill) => skill.name),
    missingRequired: required.filter((skill) => !has(skill)).map((skill) => skill.name),
    matchedPreferred: preferred.filter(has).map((skill) => skill.name),
  };
}
