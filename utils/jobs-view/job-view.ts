import { jobStatusValues } from '../job-status';
import { matchProfile, profileSkills } from '../summarize/match';
import { safeHttpUrl } from '../format';
import type { HistoryEntry, Job, JobStatus } from '../schema/job';
import type { Salary, WorkMode } from '../schema/posting';
import type { Profile, SummarySkill } from '../schema/summary';
import { yearlySalary, type YearlySalary } from './salary';

/** A board column / status filter: a status, or `saved` for a job that is only saved. */
export type StageKey = JobStatus | 'saved';

export const stageKeys: readonly StageKey[] = ['saved', ...jobStatusValues];

export function stageOf(status: JobStatus | null): StageKey {
  return status ?? 'saved';
}

/**
 * What lists of thousands need from a job: no description text, so ten thousand of them stay
 * small in memory. The detail view reads the full job by id.
 */
export interface JobView {
  id: string;
  title: string;
  company: string | null;
  locations: string[];
  workMode: WorkMode | null;
  salary: Salary | null;
  yearly: YearlySalary | null;
  /** Set when `yearly` was converted to the user's currency: the range as posted. */
  postedYearly?: YearlySalary;
  /** No rate for this salary's currency: shown as posted, not compared with the others. */
  salaryUnconverted?: boolean;
  status: JobStatus | null;
  stage: StageKey;
  /** 0–100 against the user's profile; null without a profile or skills. */
  match: number | null;
  datePosted: string | null;
  expiresAt: string | null;
  expiresEstimated: boolean;
  closedAt: number | null;
  savedAt: number;
  updatedAt: number;
  statusChangedAt: number;
  tags: string[];
  skills: string[];
  /** The summary's skills (shared, not copied): match scores are recomputed from them. */
  summarySkills: readonly SummarySkill[];
  /** The job's history (shared, not copied): the insights count its status changes. */
  history: readonly HistoryEntry[];
  url: string | undefined;
  /** Lowercased sort keys, computed once so sorting 10,000 rows is plain comparisons. */
  sortTitle: string;
  sortCompany: string;
  sortLocation: string;
}

/**
 * The profile with its résumé's skills folded into the skills list once, so matching thousands of
 * jobs does not re-read the résumé for each.
 */
export function flattenProfile(profile: Profile | null | undefined): Profile | null {
  if (!profile || (profile.skills.length === 0 && !profile.resumeText?.trim())) return null;
  return { skills: [...profileSkills(profile)] };
}

function matchScore(skills: readonly SummarySkill[], flatProfile: Profile): number | null {
  const score = matchProfile(skills, flatProfile)?.score;
  return score === undefined ? null : Math.round(score);
}

/** The view with its match score against another profile. */
export function withMatch(view: JobView, flatProfile: Profile | null): JobView {
  const match = flatProfile ? matchScore(view.summarySkills, flatProfile) : null;
  return match === view.match ? view : { ...view, match };
}

export function toJobView(job: Job, flatProfile: Profile | null): JobView {
  const { posting } = job;
  const skills = job.summary?.skills ?? [];
  const match = flatProfile ? matchScore(skills, flatProfile) : (job.summary?.match?.score ?? null);
  const location = posting.locations[0] ?? posting.workMode ?? '';
  return {
    id: job.id,
    title: posting.title,
    company: posting.company,
    locations: posting.locations,
    workMode: posting.workMode ?? job.summary?.workMode ?? null,
    salary: posting.salary ?? job.summary?.facts?.salary ?? null,
    yearly: yearlySalary(posting.salary ?? job.summary?.facts?.salary ?? null),
    status: job.status,
    stage: stageOf(job.status),
    match: match === null || match === undefined ? null : Math.round(match),
    datePosted: posting.datePosted,
    expiresAt: job.expiresAt,
    expiresEstimated: job.expiresEstimated,
    closedAt: job.closedAt,
    savedAt: job.savedAt,
    updatedAt: job.updatedAt,
    statusChangedAt: job.statusChangedAt,
    tags: job.tags,
    skills: skills.map((skill) => skill.name),
    summarySkills: skills,
    history: job.history ?? [],
    url: safeHttpUrl(posting.url) ?? safeHttpUrl(job.canonicalUrl),
    sortTitle: posting.title.toLowerCase(),
    sortCompany: (posting.company ?? '').toLowerCase(),
    sortLocation: location.toLowerCase(),
  };
}
