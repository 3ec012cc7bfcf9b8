import type { PostingDraft } from '@/utils/schema/posting';

/** A valid posting for tests; override what the test is about. */
export function makePosting(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: 'Senior Software Engineer',
    company: 'Acme Corp',
    locations: ['Berlin, Germany'],
    workMode: 'hybrid',
    employmentType: 'FULL_TIME',
    salary: { min: 80000, max: 100000, currency: 'EUR', period: 'year', text: '€80,000 – €100,000' },
    datePosted: '2026-11-01',
    validThrough: '2026-12-31',
    url: 'https://jobs.example.com/acme/123?utm_source=x',
    canonicalUrl: 'https://jobs.example.com/acme/123',
    applyUrl: null,
    descriptionHtml: '<p>Build things.</p>',
    descriptionText: 'Build things.',
    source: 'json-ld',
    provenance: { title: 'json-ld', company: 'json-ld' },
    ...overrides,
  };
}

/** A posting with only a title and nothing else known; override what the test is about. */
export function blankPosting(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: 'Software Engineer',
    company: null,
    locations: [],
    workMode: null,
    employmentType: null,
    salary: null,
    datePosted: null,
    validThrough: null,
    url: null,
    canonicalUrl: null,
    applyUrl: null,
    descriptionHtml: '',
    descriptionText: '',
    source: 'test',
    provenance: {},
    ...overrides,
  };
}
