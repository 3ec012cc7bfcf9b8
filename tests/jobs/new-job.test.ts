import { describe, expect, it } from 'vitest';
import { newJob } from '@/utils/jobs/new-job';
import { jobSchema } from '@/utils/schema/job';
import { makePosting } from '../posting-factory';

const derived = { summary: null, expiresAt: '2026-12-31', expiresEstimated: false };

describe('newJob', () => {
  it('is a valid job, filed under its canonical URL, not tracked, with a "saved" entry', () => {
    const job = newJob(makePosting(), { now: 5_000, ...derived });
    expect(jobSchema.parse(job)).toMatchObject({
      canonicalUrl: 'https://jobs.example.com/acme/123',
      urlAliases: ['https://jobs.example.com/acme/123?utm_source=x'],
      identityKey: 'acme corp|senior software engineer|berlin germany',
      status: null,
      savedAt: 5_000,
      updatedAt: 5_000,
      statusChangedAt: 5_000,
      closedAt: null,
      expiresAt: '2026-12-31',
      userEdited: [],
    });
    expect(job.history).toMatchObject([{ type: 'saved', at: 5_000 }]);
  });

  it('takes the id and the fields the user corrected when given', () => {
    const job = newJob(makePosting({ url: null }), { now: 1, id: 'job-7', edited: ['title'], ...derived });
    expect(job.id).toBe('job-7');
    expect(job.userEdited).toEqual(['title']);
    expect(job.urlAliases).toEqual([]);
  });

  it('files a posting without any URL under its identity', () => {
    const job = newJob(makePosting({ url: null, canonicalUrl: null }), { now: 1, ...derived });
    expect(job.canonicalUrl).toBe('urn:jobshelf:acme corp|senior software engineer|berlin germany');
  });
});
