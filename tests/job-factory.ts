import { newJob } from '@/utils/jobs/new-job';
import type { Job } from '@/utils/schema/job';
import type { Summary } from '@/utils/schema/summary';
import { makePosting } from './posting-factory';
import type { PostingDraft } from '@/utils/schema/posting';

let counter = 0;

export function makeSummary(skills: string[] = ['TypeScript', 'React'], overrides: Partial<Summary> = {}): Summary {
  return {
    tldr: 'Build product features.',
    responsibilities: ['Build things'],
    requirements: ['3+ years of TypeScript'],
    preferred: [],
    benefits: ['Remote budget'],
    yearsExperience: { min: 3, max: null },
    education: null,
    workMode: null,
    skills: skills.map((name, index) => ({ name, score: 10 - index, required: index < 2 })),
    engine: 'built-in',
    ...overrides,
  };
}

/** A saved job; override what the test is about. */
export function makeJob(overrides: Partial<Job> = {}, posting: Partial<PostingDraft> = {}): Job {
  counter++;
  const id = overrides.id ?? `job-${counter}`;
  const url = `https://jobs.example.com/${id}`;
  const job = newJob(makePosting({ url, canonicalUrl: url, ...posting }), {
    id,
    now: 1_700_000_000_000 + counter,
    summary: makeSummary(),
    expiresAt: '2026-12-31',
    expiresEstimated: false,
  });
  // Each test job its own identity (same company, title and place would make them one job).
  return { ...job, identityKey: `acme|${id}|berlin`, statusChangedAt: 1_700_000_000_000, history: [], ...overrides };
}
