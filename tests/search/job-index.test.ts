import { describe, expect, it } from 'vitest';
import { buildJobIndex, buildJobIndexAsync, removeJob, searchJobs, upsertJob, type SearchableJob } from '@/utils/search/job-index';
import { highlightParts, highlightRanges } from '@/utils/search/highlight';

const jobs: SearchableJob[] = [
  { id: 'a', title: 'Senior Python Engineer', company: 'Acme', skills: ['Python', 'Django'], locations: ['Berlin, Germany'], description: 'Build data pipelines.' },
  { id: 'b', title: 'Frontend Developer', company: 'Globex', skills: ['TypeScript', 'React'], locations: ['Remote'], description: 'Ship accessible interfaces.' },
  { id: 'c', title: 'Data Scientist', company: 'Initech', skills: ['Python', 'Statistics'], locations: [], description: 'Kubernetes is a plus.' },
];

describe('job search', () => {
  const index = buildJobIndex(jobs);

  it('finds by prefix while typing', () => {
    expect(searchJobs(index, 'fronte').map((hit) => hit.id)).toEqual(['b']);
    expect(searchJobs(index, 'pyth').map((hit) => hit.id).sort()).toEqual(['a', 'c']);
  });

  it('tolerates a typo', () => {
    expect(searchJobs(index, 'pyhton').map((hit) => hit.id).sort()).toEqual(['a', 'c']);
    expect(searchJobs(index, 'Globx').map((hit) => hit.id)).toEqual(['b']);
  });

  it('searches company, skills and description, every word required', () => {
    expect(searchJobs(index, 'initech').map((hit) => hit.id)).toEqual(['c']);
    expect(searchJobs(index, 'react').map((hit) => hit.id)).toEqual(['b']);
    expect(searchJobs(index, 'kubernetes').map((hit) => hit.id)).toEqual(['c']);
    expect(searchJobs(index, 'python django').map((hit) => hit.id)).toEqual(['a']);
    expect(searchJobs(index, 'engineer berlin').map((hit) => hit.id)).toEqual(['a']);
    // A one-letter word after the first waits until it grows.
    expect(searchJobs(index, 'python d').map((hit) => hit.id).sort()).toEqual(['a', 'c']);
  });

  it('ranks a title match above a description-only match', () => {
    const ranked = buildJobIndex([
      { id: 'desc', title: 'Analyst', company: null, skills: [], locations: [], description: 'Work with an engineer daily' },
      { id: 'title', title: 'Engineer', company: null, skills: [], locations: [], description: '' },
    ]);
    expect(searchJobs(ranked, 'engineer')[0]?.id).toBe('title');
  });

  it('returns nothing for an empty query and follows updates', async () => {
    const live = await buildJobIndexAsync(jobs, 2);
    expect(searchJobs(live, '  ')).toEqual([]);
    upsertJob(live, { ...jobs[1]!, title: 'Rust Developer' });
    expect(searchJobs(live, 'rust').map((hit) => hit.id)).toEqual(['b']);
    expect(searchJobs(live, 'frontend')).toEqual([]);
    removeJob(live, 'b');
    expect(searchJobs(live, 'rust')).toEqual([]);
  });
});

describe('highlight', () => {
  it('marks words that start with a matched term', () => {
    const text = 'Senior Python Engineer, python3';
    const ranges = highlightRanges(text, ['python']);
    expect(ranges).toEqual([[7, 13], [24, 30]]);
    expect(highlightParts(text, ranges)).toEqual([
      { text: 'Senior ', hit: false },
      { text: 'Python', hit: true },
      { text: ' Engineer, ', hit: false },
      { text: 'python', hit: true },
      { text: '3', hit: false },
    ]);
  });

  it('is empty without terms and handles accents', () => {
    expect(highlightRanges('Ingénieur logiciel', [])).toEqual([]);
    expect(highlightRanges('Ingénieur logiciel', ['ingénieur'])).toEqual([[0, 9]]);
  });
});
