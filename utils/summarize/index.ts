import type { PostingDraft } from '../schema/posting';
import type { Profile, Summary } from '../schema/summary';

/**
 * The built-in summarizer: deterministic, offline, instant. Skeleton version: a one-line TL;DR.
 */
export function summarize(posting: PostingDraft, _profile: Profile | null = null): Summary {
  const where = posting.workMode ?? posting.locations[0] ?? null;
  const tldr = [posting.title, posting.company && `at ${posting.company}`, where && `· ${where}`]
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
  return {
    tldr,
    responsibilities: [],
    requirements: [],
    preferred: [],
    benefits: [],
    yearsExperience: null,
    education: null,
    workMode: posting.workMode,
    skills: [],
    match: null,
    engine: 'built-in',
  };
}
