import { describe, expect, it } from 'vitest';
import { editedJob } from '@/utils/jobs/edited-job';
import { mergePosting } from '@/utils/jobs/refresh';
import { savedJob, withStatus } from '@/utils/jobs/saved-job';
import { makePosting } from '../posting-factory';

const settings = { estimatedLifetimeDays: 30 };

describe('savedJob', () => {
  it('creates a job with its summary and closing date, and the status it starts with', () => {
    const job = savedJob(undefined, { posting: makePosting(), status: 'interested' }, settings, 1_000);
    expect(job.summary?.engine).toBe('built-in');
    expect(job.expiresAt).toBe('2026-12-31');
    expect(job.status).toBe('interested');
    expect(job.history.map((entry) => entry.type)).toEqual(['saved', 'status']);
  });

  it('marks fields corrected before saving as the user’s', () => {
    const job = savedJob(undefined, { posting: makePosting(), edited: ['title', 'title'] }, settings, 1);
    expect(job.userEdited).toEqual(['title']);
    expect(job.posting.provenance.title).toBe('user');
  });

  it('reads a saved job again keeping the user’s edits; a new URL is an alias and a "merged" entry', () => {
    const first = savedJob(undefined, { posting: makePosting() }, settings, 1);
    const edited = editedJob(first, { posting: { title: 'My title' } }, settings, 2);
    const again = savedJob(
      edited,
      { posting: makePosting({ title: 'Page title', url: 'https://other.example/job/9', company: 'Acme' }) },
      settings,
      3,
    );
    expect(again.id).toBe(first.id);
    expect(again.posting.title).toBe('My title');
    expect(again.posting.company).toBe('Acme');
    expect(again.urlAliases).toContain('https://other.example/job/9');
    expect(again.history.at(-1)).toMatchObject({ type: 'merged', at: 3 });
  });

  it('lets a correction made now replace an earlier one', () => {
    const first = savedJob(undefined, { posting: makePosting(), edited: ['title'] }, settings, 1);
    const again = savedJob(
      first,
      { posting: makePosting({ title: 'Corrected again' }), edited: ['title'] },
      settings,
      2,
    );
    expect(again.posting.title).toBe('Corrected again');
    expect(again.history.at(-1)).toMatchObject({ type: 'updated', detail: 'Edited by you' });
  });
});

describe('withStatus', () => {
  it('records the move in the history, and is the same job when nothing moves', () => {
    const job = savedJob(undefined, { posting: makePosting() }, settings, 1);
    const applied = withStatus(job, 'applied', 9);
    expect(applied).toMatchObject({ status: 'applied', statusChangedAt: 9, updatedAt: 9 });
    expect(applied.history.at(-1)).toMatchObject({ type: 'status', fromStatus: null, status: 'applied' });
    expect(withStatus(applied, 'applied', 10)).toBe(applied);
  });
});

describe('editedJob', () => {
  it('marks each edited field as the user’s, the description as one field, and recomputes the closing date', () => {
    const job = savedJob(undefined, { posting: makePosting() }, settings, 1);
    const edited = editedJob(
      job,
      { posting: { validThrough: '2027-01-15', descriptionText: 'New text', source: 'ignored' }, tags: ['a'] },
      settings,
      5,
    );
    expect(edited.userEdited.sort()).toEqual(['description', 'validThrough']);
    expect(edited.posting.provenance).toMatchObject({ validThrough: 'user', description: 'user' });
    expect(edited.posting.source).toBe('json-ld');
    expect(edited.expiresAt).toBe('2027-01-15');
    expect(edited.tags).toEqual(['a']);
    expect(edited.history.at(-1)).toMatchObject({ type: 'updated', detail: 'Edited by you', at: 5 });
  });
});

describe('mergePosting', () => {
  it('keeps edited fields (the description as a whole) and takes the rest from the fresh read', () => {
    const job = savedJob(undefined, { posting: makePosting() }, settings, 1);
    const edited = editedJob(
      job,
      { posting: { descriptionHtml: '<p>Mine</p>', descriptionText: 'Mine' } },
      settings,
      2,
    );
    const merged = mergePosting(edited, makePosting({ descriptionText: 'Fresh', title: 'Fresh title' }));
    expect(merged.descriptionText).toBe('Mine');
    expect(merged.descriptionHtml).toBe('<p>Mine</p>');
    expect(merged.title).toBe('Fresh title');
    expect(merged.provenance.description).toBe('user');
  });
});
