import type { Match, MatchCheck, Profile, SummarySkill } from '../schema/summary';
import { hasPreferences, NO_FACTS, preferenceChecks, type MatchFacts } from './match-preferences';
import { canonicalSkill, skillsInText } from './skill-mentions';

export type { MatchFacts } from './match-preferences';

/**
 * What each part of the match weighs before the unknown parts are left out: the must-have skills
 * most, then the nice-to-haves and the years asked, then work mode, place and pay. The known parts
 * share 100 points in these proportions, so something the posting does not say never counts against it.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchCheck['kind'], number>> = {
  skills: 50,
  niceToHave: 15,
  years: 15,
  workMode: 10,
  location: 10,
  salary: 10,
};
/** At most this many must-haves are weighed: a long tail of passing mentions should not sink a match. */
const MAX_REQUIRED = 12;
const MAX_PREFERRED = 8;
/** A skills check is met when the user has this share of them. */
const SKILLS_MET_SHARE = 0.7;
const NICE_MET_SHARE = 0.5;
const MISSING_IN_REASON = 3;
type PreferenceKind = Exclude<MatchCheck['kind'], 'skills' | 'niceToHave'>;
/** How the reason line names a preference that is not met (the check's label has the details). */
const UNMET_PHRASE: Readonly<Record<PreferenceKind, string>> = {
  years: 'more years than you have',
  workMode: 'not your work mode',
  location: 'not in your places',
  salary: 'pay below your minimum',
};

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
 * The skills a match weighs, must-haves first: technical skills only, and never a must-have that only
 * the title names ("Backend Engineer" → Backend development) unless the text asks for it too.
 */
export function weighedSkills(skills: readonly SummarySkill[]): {
  required: SummarySkill[];
  preferred: SummarySkill[];
} {
  const technical = skills.filter((skill) => skill.category !== 'soft-skill' && !skill.fromTitle);
  return {
    required: technical.filter((skill) => skill.required).slice(0, MAX_REQUIRED),
    preferred: technical.filter((skill) => !skill.required).slice(0, MAX_PREFERRED),
  };
}

/** One part of the score: its check, and the share of it the user meets (null: not known). */
interface Part {
  check: MatchCheck;
  weight: number;
  share: number | null;
}

/**
 * Shares 100 points among the known parts by weight (largest remainder, so they add up to 100) and
 * gives each its met share of them. A part with any skill the user has gives at least one point.
 */
function scoreParts(parts: readonly Part[]): MatchCheck[] {
  const known = parts.filter((part) => part.share !== null && part.weight > 0);
  const total = known.reduce((sum, part) => sum + part.weight, 0);
  const exact = known.map((part) => (100 * part.weight) / total);
  const of = exact.map(Math.floor);
  const order = exact.map((value, index) => index).sort((a, b) => exact[b]! - of[b]! - (exact[a]! - of[a]!) || a - b);
  for (let left = 100 - of.reduce((sum, value) => sum + value, 0), at = 0; left > 0; left--, at++)
    of[order[at % order.length]!]!++;
  return parts.map((part) => {
    const index = known.indexOf(part);
    if (index < 0) return part.check;
    const points = Math.round(part.share! * of[index]!);
    return { ...part.check, of: of[index]!, points: part.share! > 0 ? Math.max(1, points) : 0 };
  });
}

function reasonLine(required: number, missing: readonly string[], checks: readonly MatchCheck[]): string {
  const parts: string[] = [];
  const skills = checks.find((check) => check.kind === 'skills' && check.status !== 'unknown');
  const nice = checks.find((check) => check.kind === 'niceToHave');
  if (required > 0 && skills) {
    const shown =
      missing.slice(0, MISSING_IN_REASON).join(', ') +
      (missing.length > MISSING_IN_REASON ? ` +${missing.length - MISSING_IN_REASON}` : '');
    parts.push(`${skills.label}${missing.length ? `; missing: ${shown}` : ''}`);
  } else if (nice) {
    parts.push(nice.label);
  }
  for (const check of checks)
    if (check.status === 'unmet' && check.kind in UNMET_PHRASE) {
      parts.push(UNMET_PHRASE[check.kind as PreferenceKind]);
    }
  return parts.join('; ');
}

const shareOf = (matched: number, total: number): number | null => (total > 0 ? matched / total : null);

/**
 * 0–100, and why: the share of must-have skills the user has (weighs most), of nice-to-haves, and
 * each preference (years, work mode, place, minimum pay) met or not. Unknown parts are left out, not
 * counted against. A partial skills match never shows 0%. Null when the profile is empty, or when
 * nothing the profile covers is known about the posting.
 */
export function matchProfile(
  skills: readonly SummarySkill[],
  profile: Profile | null,
  facts: MatchFacts = NO_FACTS,
): Match | null {
  if (!profile) return null;
  const hasSkills = profile.skills.length > 0 || Boolean(profile.resumeText?.trim());
  if (!hasSkills && !hasPreferences(profile)) return null;
  const have = hasSkills ? profileSkills(profile) : new Set<string>();
  const { required, preferred } = weighedSkills(skills);
  // A summary saved before a skill was renamed ("Amazon Web Services" → "AWS") names it by its old name.
  const has = (skill: SummarySkill): boolean =>
    have.has(skill.name.toLowerCase()) || have.has((canonicalSkill(skill.name) ?? skill.name).toLowerCase());
  const matchedRequired = required.filter(has).map((skill) => skill.name);
  const missingRequired = required.filter((skill) => !has(skill)).map((skill) => skill.name);
  const matchedPreferred = preferred.filter(has).map((skill) => skill.name);

  const parts: Part[] = [];
  if (hasSkills) {
    const requiredShare = shareOf(matchedRequired.length, required.length);
    const preferredShare = shareOf(matchedPreferred.length, preferred.length);
    parts.push({
      check:
        requiredShare === null
          ? {
              kind: 'skills',
              status: 'unknown',
              label: preferred.length ? 'No must-have skills named' : 'No skills named',
            }
          : {
              kind: 'skills',
              status: requiredShare >= SKILLS_MET_SHARE ? 'met' : 'unmet',
              label: `${matchedRequired.length} of ${required.length} must-have skills`,
            },
      weight: MATCH_WEIGHTS.skills,
      share: requiredShare,
    });
    if (preferredShare !== null) {
      parts.push({
        check: {
          kind: 'niceToHave',
          status: preferredShare >= NICE_MET_SHARE ? 'met' : 'unmet',
          label: `${matchedPreferred.length} of ${preferred.length} nice-to-have skills`,
        },
        // With no must-haves named, the nice-to-haves are all the posting says about skills.
        weight: MATCH_WEIGHTS.niceToHave + (requiredShare === null ? MATCH_WEIGHTS.skills : 0),
        share: preferredShare,
      });
    }
  }
  for (const check of preferenceChecks(profile, facts)) {
    parts.push({
      check,
      weight: MATCH_WEIGHTS[check.kind],
      share: check.status === 'unknown' ? null : check.status === 'met' ? 1 : 0,
    });
  }
  if (!parts.some((part) => part.share !== null)) return null;
  const checks = scoreParts(parts);
  const score = Math.min(
    100,
    checks.reduce((sum, check) => sum + (check.points ?? 0), 0),
  );
  return {
    score,
    matchedRequired,
    missingRequired,
    matchedPreferred,
    reason: reasonLine(required.length, missingRequired, checks),
    checks,
  };
}
