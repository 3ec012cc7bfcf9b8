import type { Salary, WorkMode } from '../schema/posting';
import type { MatchCheck, MinimumSalary, Profile } from '../schema/summary';

/** What the posting says about the things a user may set preferences for. */
export interface MatchFacts {
  yearsMin: number | null;
  workMode: WorkMode | null;
  locations: readonly string[];
  salary: Salary | null;
}

export const NO_FACTS: MatchFacts = { yearsMin: null, workMode: null, locations: [], salary: null };

const WORK_MODE_WORD: Readonly<Record<WorkMode, string>> = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site' };
const PERIOD_PER_YEAR = { hour: 2080, day: 260, week: 52, month: 12, year: 1 } as const;
const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

function money(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const value = amount >= 1000 ? `${Math.round(amount / 1000)}k` : String(Math.round(amount));
  return symbol ? `${symbol}${value}` : `${value} ${currency}`;
}

export function hasPreferences(profile: Profile): boolean {
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

/** Years, work mode, place and minimum pay: one check for each the user set, met, not met or unknown. */
export function preferenceChecks(profile: Profile, facts: MatchFacts): MatchCheck[] {
  return [
    yearsCheck(profile, facts),
    workModeCheck(profile, facts),
    locationCheck(profile, facts),
    salaryCheck(profile.minimumSalary, facts.salary),
  ].filter((check): check is MatchCheck => check !== null);
}
