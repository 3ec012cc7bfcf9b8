import type { Salary, WorkMode } from '../schema/posting';
import type { Match, MatchCheck, MinimumSalary, Profile, SummarySkill } from '../schema/summary';
import { canonicalSkill, skillsInText } from './skills';

/** Must-haves count this much of the score; nice-to-haves the rest. */
const REQUIRED_SHARE = 0.75;
/** At most this many must-haves are weighed: a long tail of passing mentions should not sink a match. */
const MAX_REQUIRED = 12;
const MAX_PREFERRED = 8;
/** Points a preference that is not met takes off the skills score. */
const UNMET_PENALTY: Readonly<Record<Exclude<MatchCheck['kind'], 'skills'>, number>> = {
  years: 15,
  workMode: 10,
  location: 10,
  salary: 10,
};
/** A skills check is met when the user has this share of the must-have skills. */
const SKILLS_MET_SHARE = 0.7;
const MISSING_IN_REASON = 3;
/** How the reason line names a preference that is not met (the check's label has the details). */
const UNMET_PHRASE: Readonly<Record<Exclude<MatchCheck['kind'], 'skills'>, string>> = {
  years: 'more years than you have',
  workMode: 'not your work mode',
  location: 'not in your places',
  salary: 'pay below your minimum',
};

/** What the posting says about the things a user may set preferences for. */
export interface MatchFacts {
  yearsMin: number | null;
  workMode: WorkMode | null;
  locations: readonly string[];
  salary: Salary | null;
}

const NO_FACTS: MatchFacts = { yearsMin: null, workMode: null, locations: [], salary: null };

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

const WORK_MODE_WORD: Readonly<Record<WorkMode, string>> = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site' };
const PERIOD_PER_YEAR = { hour: 2080, day: 260, week: 52, month: 12, year: 1 } as const;
const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

function money(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const value = amount >= 1000 ? `${Math.round(amount / 1000)}k` : String(Math.round(amount));
  return symbol ? `${symbol}${value}` : `${value} ${currency}`;
}

function hasPreferences(profile: Profile): boolean {
  return (
    (profile.yearsExperience ?? null) !== null ||
    (profile.workModes?.length ?? 0) > 0 ||
    (profile.locations?.length ?? 0) > 0 ||
    Boolean(profile.minimumSalary)
  );
}

function yearsCheck(profile: Profile, facts: MatchFacts): MatchCheck | null {
  const have = profile.yearsExperience ?? null;
  if (have === null) return null;
  if (facts.yearsMin === null) return { kind: 'years', status: 'unknown', label: 'Years of experience not stated' };
  const met = have >= facts.yearsMin;
  return { kind: 'years', status: met ? 'met' : 'unmet', label: `Asks ${facts.yearsMin}+ years; you have ${have}` };
}

function workModeCheck(profile: Profile, facts: MatchFacts): MatchCheck | null {
  const wanted = profile.workModes ?? [];
  if (!wanted.length) return null;
  if (!facts.workMode) return { kind: 'workMode', status: 'unknown', label: 'Work mode not stated' };
  const met = wanted.includes(facts.workMode);
  const label = met
    ? `${WORK_MODE_WORD[facts.workMode]}, as you want`
    : `${WORK_MODE_WORD[facts.workMode]}; you want ${wanted.map((mode) => WORK_MODE_WORD[mode]).join(' or ')}`;
  return { kind: 'workMode', status: met ? 'met' : 'unmet', label: label.charAt(0).toUpperCase() + label.slice(1) };
}

const normalizePlace = (place: string): string =>
  place
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();

function locationCheck(profile: Profile, facts: MatchFacts): MatchCheck | null {
  const wanted = (profile.locations ?? []).map(normalizePlace).filter(Boolean);
  if (!wanted.length) return null;
  // A remote job is not tied to a place the user must live in.
  if (facts.workMode === 'remote') return { kind: 'location', status: 'met', label: 'Remote' };
  if (!facts.locations.length) return { kind: 'location', status: 'unknown', label: 'Location not stated' };
  const place = facts.locations.find((location) => {
    const normalized = normalizePlace(location);
    return wanted.some((want) => normalized.includes(want) || want.includes(normalized));
  });
  if (place) return { kind: 'location', status: 'met', label: `In ${place}` };
  return { kind: 'location', status: 'unmet', label: `${facts.locations.slice(0, 2).join(' · ')}; not in your places` };
}

function yearly(amount: number, period: keyof typeof PERIOD_PER_YEAR): number {
  return amount * PERIOD_PER_YEAR[period];
}

function salaryCheck(minimum: MinimumSalary | null | undefined, salary: Salary | null): MatchCheck | null {
  if (!minimum) return null;
  const top = salary ? (salary.max ?? salary.min) : null;
  if (!salary || top === null) return { kind: 'salary', status: 'unknown', label: 'Pay not stated' };
  if (!salary.currency || salary.currency !== minimum.currency) {
    return {
      kind: 'salary',
      status: 'unknown',
      label: `Pay in ${salary.currency ?? 'an unknown currency'}; your minimum is in ${minimum.currency}`,
    };
  }
  const period = salary.period ?? 'year';
  const offered = yearly(top, period);
  const wanted = yearly(minimum.amount, minimum.period);
  const met = offered >= wanted;
  const label = `Up to ${money(offered, salary.currency)}/yr; your minimum ${money(wanted, minimum.currency)}`;
  return { kind: 'salary', status: met ? 'met' : 'unmet', label };
}

function reasonLine(
  required: number,
  matched: number,
  missing: readonly string[],
  preferredTotal: number,
  preferredMatched: number,
  unmet: readonly MatchCheck[],
): string {
  const parts: string[] = [];
  if (required > 0) {
    const shown =
      missing.slice(0, MISSING_IN_REASON).join(', ') +
      (missing.length > MISSING_IN_REASON ? ` +${missing.length - MISSING_IN_REASON}` : '');
    parts.push(`${matched} of ${required} must-have skills${missing.length ? `; missing: ${shown}` : ''}`);
  } else if (preferredTotal > 0) {
    parts.push(`${preferredMatched} of ${preferredTotal} nice-to-have skills`);
  }
  for (const check of unmet) parts.push(UNMET_PHRASE[check.kind as keyof typeof UNMET_PHRASE]);
  return parts.join('; ');
}

/**
 * 0–100: how well the user's skills cover the posting's skills (weighted by each skill's relevance),
 * less a fixed amount for each preference the posting does not meet (years, work mode, place,
 * minimum pay). With preferences but no skills, the share of known preferences met. Null when the
 * profile is empty, or when nothing the profile covers is known about the posting.
 */
export function matchProfile(
  skills: readonly SummarySkill[],
  profile: Profile | null,
  facts: MatchFacts = NO_FACTS,
): Match | null {
  if (!profile) return null;
  const hasSkills = profile.skills.length > 0 || Boolean(profile.resumeText?.trim());
  if (!hasSkills && !hasPreferences(profile)) return null;
  const technical = skills.filter((skill) => skill.category !== 'soft-skill');
  const have = hasSkills ? profileSkills(profile) : new Set<string>();
  const required = technical.filter((skill) => skill.required).slice(0, MAX_REQUIRED);
  const preferred = technical.filter((skill) => !skill.required).slice(0, MAX_PREFERRED);
  // A summary saved before a skill was renamed ("Amazon Web Services" → "AWS") names it by its old name.
  const has = (skill: SummarySkill): boolean =>
    have.has(skill.name.toLowerCase()) || have.has((canonicalSkill(skill.name) ?? skill.name).toLowerCase());
  const share = (list: readonly SummarySkill[]): number | null => {
    const total = list.reduce((sum, skill) => sum + skill.score, 0);
    if (!list.length || total <= 0) return null;
    return list.filter(has).reduce((sum, skill) => sum + skill.score, 0) / total;
  };
  const requiredShare = share(required);
  const preferredShare = share(preferred);
  const skillsKnown = hasSkills && technical.length > 0;
  const skillsRaw =
    requiredShare === null
      ? (preferredShare ?? 0)
      : preferredShare === null
        ? requiredShare
        : requiredShare * REQUIRED_SHARE + preferredShare * (1 - REQUIRED_SHARE);

  const matchedRequired = required.filter(has).map((skill) => skill.name);
  const missingRequired = required.filter((skill) => !has(skill)).map((skill) => skill.name);
  const matchedPreferred = preferred.filter(has).map((skill) => skill.name);

  const preferences = [
    yearsCheck(profile, facts),
    workModeCheck(profile, facts),
    locationCheck(profile, facts),
    salaryCheck(profile.minimumSalary, facts.salary),
  ].filter((check): check is MatchCheck => check !== null);
  const checks: MatchCheck[] = [];
  if (hasSkills) {
    const status: MatchCheck['status'] = !skillsKnown
      ? 'unknown'
      : required.length
        ? matchedRequired.length / required.length >= SKILLS_MET_SHARE
          ? 'met'
          : 'unmet'
        : skillsRaw >= SKILLS_MET_SHARE
          ? 'met'
          : 'unmet';
    const label = !skillsKnown
      ? 'No skills named'
      : required.length
        ? `${matchedRequired.length} of ${required.length} must-have skills`
        : `${matchedPreferred.length} of ${preferred.length} nice-to-have skills`;
    checks.push({ kind: 'skills', status, label });
  }
  checks.push(...preferences);

  const unmet = preferences.filter((check) => check.status === 'unmet');
  let score: number;
  if (skillsKnown) {
    const penalty = unmet.reduce((sum, check) => sum + UNMET_PENALTY[check.kind as keyof typeof UNMET_PENALTY], 0);
    score = Math.max(0, Math.round(skillsRaw * 100) - penalty);
  } else {
    const known = preferences.filter((check) => check.status !== 'unknown');
    if (!known.length) return null;
    score = Math.round((100 * known.filter((check) => check.status === 'met').length) / known.length);
  }
  return {
    score,
    matchedRequired,
    missingRequired,
    matchedPreferred,
    reason: reasonLine(
      skillsKnown ? required.length : 0,
      matchedRequired.length,
      missingRequired,
      skillsKnown ? preferred.length : 0,
      matchedPreferred.length,
      unmet,
    ),
    checks,
  };
}
