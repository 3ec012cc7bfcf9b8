import { jobStatusValues } from '../job-status';
import { matchProfile } from '../summarize/match';
import { safeHttpUrl } from '../format';
import type { HistoryEntry, Job, JobStatus } from '../schema/job';
import type { Salary, WorkMode } from '../schema/posting';
import type { Profile, SummarySkill } from '../schema/summary';
import { yearlySalary, type YearlySalary } from '../money/yearly';
import { matchFacts } from './profile';

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
  /** 0–100 against the user's skills and preferences; null without a profile, or with nothing to weigh. */
  match: number | null;
  /** The years of experience the posting asks for: the match weighs them against the user's. */
  yearsMin: number | null;
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

type MatchedView = Pick<JobView, 'summarySkills' | 'yearsMin' | 'workMode' | 'locations' | 'salary'>;

/** The same match the popup and the job page show: skills, years, work mode, place and pay. */
function matchScore(view: MatchedView, flatProfile: Profile): number | null {
  const { summarySkills, yearsMin, workMode, locations, salary } = view;
  const score = matchProfile(summarySkills, flatProfile, { yearsMin, workMode, locations, salary })?.score;
  return score === undefined ? null : Math.round(score);
}

/** The view with its match score against another profile (from `flattenProfile`). */
export function withMatch(view: JobView, flatProfile: Profile | null): JobView {
  const match = flatProfile ? matchScore(view, flatProfile) : null;
  return match === view.match ? view : { ...view, match };
}

export function toJobView(job: Job, flatProfile: Profile | null): JobView {
  const { posting } = job;
  const skills = job.summary?.skills ?? [];
  const facts = matchFacts(posting, job.summary);
  const matched: MatchedView = { summarySkills: skills, ...facts, locations: posting.locations };
  const match = flatProfile ? matchScore(matched, flatProfile) : (job.summary?.match?.score ?? null);
  const location = posting.locations[0] ?? posting.workMode ?? '';
  return {
    id: job.id,
    title: posting.title,
    company: posting.company,
    locations: posting.locations,
    workMode: facts.workMode,
    salary: facts.salary,
    yearly: yearlySalary(facts.salary),
    status: job.status,
    stage: stageOf(job.status),
    match: match === null || match === undefined ? null : Math.round(match),
    yearsMin: facts.yearsMin,
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
