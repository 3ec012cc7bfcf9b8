import { describe, expect, it } from 'vitest';
import {
  buildJobIndex,
  buildJobIndexAsync,
  JobSearcher,
  removeJob,
  searchJobs,
  upsertJob,
  type SearchableJob,
} from '@/utils/search/job-index';
import { highlightParts, highlightRanges } from '@/utils/search/highlight';

const jobs: SearchableJob[] = [
  {
    id: 'a',
    title: 'Senior Python Engineer',
    company: 'Acme',
    skills: ['Python', 'Django'],
    locations: ['Berlin, Germany'],
    description: 'Build data pipelines.',
  },
  {
    id: 'b',
    title: 'Frontend Developer',
    company: 'Globex',
    skills: ['TypeScript', 'React'],
    locations: ['Remote'],
    description: 'Ship accessible interfaces.',
  },
  {
    id: 'c',
    title: 'Data Scientist',
    company: 'Initech',
    skills: ['Python', 'Statistics'],
    locations: [],
    description: 'Kubernetes is a plus.',
  },
];

describe('job search', () => {
  const index = buildJobIndex(jobs);

  it('finds by prefix while typing', () => {
    expect(searchJobs(index, 'fronte').map((hit) => hit.id)).toEqual(['b']);
    expect(
      searchJobs(index, 'pyth')
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(['a', 'c']);
  });

  it('tolerates a typo', () => {
    expect(
      searchJobs(index, 'pyhton')
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(searchJobs(index, 'Globx').map((hit) => hit.id)).toEqual(['b']);
  });

  it('searches company, skills and description, every word required', () => {
    expect(searchJobs(index, 'initech').map((hit) => hit.id)).toEqual(['c']);
    expect(searchJobs(index, 'react').map((hit) => hit.id)).toEqual(['b']);
    expect(searchJobs(index, 'kubernetes').map((hit) => hit.id)).toEqual(['c']);
    expect(searchJobs(index, 'python django').map((hit) => hit.id)).toEqual(['a']);
    expect(searchJobs(index, 'engineer berlin').map((hit) => hit.id)).toEqual(['a']);
    // A one-letter word after the first waits until it grows.
    expect(
      searchJobs(index, 'python d')
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(['a', 'c']);
  });

  it('ranks a title match above a description-only match', () => {
    const ranked = buildJobIndex([
      {
        id: 'desc',
        title: 'Analyst',
        company: null,
        skills: [],
        locations: [],
        description: 'Work with an engineer daily',
      },
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
    expect(ranges).toEqual([
      [7, 13],
      [24, 30],
    ]);
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

describe('JobSearcher (search as you type, words cached)', () => {
  const many: SearchableJob[] = Array.from({ length: 60 }, (_, i) => ({
    id: `j${i}`,
    title: `${['Senior', 'Junior', 'Staff'][i % 3]} ${['Python', 'Frontend', 'Data'][(i % 5) % 3]} Engineer`,
    company: ['Acme', 'Globex', 'Initech', 'Hooli'][i % 4]!,
    skills: [
      ['Python', 'Django'],
      ['React', 'TypeScript'],
      ['Kubernetes', 'Go'],
    ][i % 3]!,
    locations: [['Berlin, Germany'], ['Remote'], ['Lisbon, Portugal'], []][i % 4]!,
    description: `Engineering role ${i}: ${i % 2 ? 'pipelines and python tooling' : 'interfaces, engines and engineering culture'}.`,
  }));
  const index = buildJobIndex(many);

  /** One MiniSearch query over the whole text, as searchJobs did before words were cached. */
  function wholeQuery(query: string) {
    const words = query
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .filter((word, position) => position === 0 || word.length > 1);
    if (words.length === 0) return [];
    const fields = words[words.length - 1]!.length <= 2 ? ['title', 'company', 'skills', 'locations'] : undefined;
    const exact = index.search(words.join(' '), { fuzzy: false, ...(fields ? { fields } : {}) });
    const results = exact.length > 0 ? exact : index.search(words.join(' '), fields ? { fields } : {});
    return results.map((result) => ({ id: String(result.id), score: result.score, terms: [...result.terms].sort() }));
  }

  it('gives exactly the results, scores and order of one whole query, keystroke by keystroke', () => {
    const searcher = new JobSearcher(index);
    for (const text of [
      'senior engineer berlin',
      'pyhton djang',
      'node.js react',
      'remote remote go',
      'engi',
      'senior en',
    ]) {
      for (let length = 1; length <= text.length; length++) {
        const query = text.slice(0, length);
        const hits = searcher
          .search(query)
          .map((hit) => ({ id: hit.id, score: hit.score, terms: [...hit.terms].sort() }));
        const expected = wholeQuery(query);
        expect(
          hits.map((hit) => hit.id),
          query,
        ).toEqual(expected.map((hit) => hit.id));
        hits.forEach((hit, i) => {
          expect(hit.score).toBeCloseTo(expected[i]!.score, 9);
          expect(hit.terms).toEqual(expected[i]!.terms);
        });
      }
    }
  });
});
