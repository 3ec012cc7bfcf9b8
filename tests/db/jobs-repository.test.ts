import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { JobNotFoundError } from '@/utils/db/errors';
import { findJobAtUrl, findJobForPosting, jobHistory, jobsNewestFirst } from '@/utils/db/job-queries';
import { rereadJob, saveJob, setJobStatus, updateJob } from '@/utils/db/jobs-repository';
import { jobSchema } from '@/utils/schema/job';
import { makePosting } from '../posting-factory';

let db: JobshelfDatabase;

beforeEach(() => {
  db = new JobshelfDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('saveJob', () => {
  it('creates a valid job with a "saved" event', async () => {
    const { job, created } = await saveJob(db, { posting: makePosting() }, 1_000);
    expect(created).toBe(true);
    expect(jobSchema.parse(await db.jobs.get(job.id))).toMatchObject({
      canonicalUrl: 'https://jobs.example.com/acme/123',
      urlAliases: ['https://jobs.example.com/acme/123?utm_source=x'],
      status: null,
      savedAt: 1_000,
      expiresAt: '2026-12-31',
    });
    expect((await db.jobs.get(job.id))?.history).toMatchObject([{ type: 'saved', at: 1_000 }]);
  });

  it('updates the same job when saved twice, never duplicating it', async () => {
    const first = await saveJob(db, { posting: makePosting() }, 1_000);
    const second = await saveJob(db, { posting: makePosting({ title: 'Staff Software Engineer' }) }, 2_000);
    expect(second.created).toBe(false);
    expect(second.job.id).toBe(first.job.id);
    expect(await db.jobs.count()).toBe(1);
    const saved = await db.jobs.get(first.job.id);
    expect(saved?.posting.title).toBe('Staff Software Engineer');
    expect(saved?.savedAt).toBe(1_000);
    expect(saved?.updatedAt).toBe(2_000);
  });

  it('finds the job saved at an exact address, canonical or read at, and no other', async () => {
    const { job } = await saveJob(db, { posting: makePosting() });
    expect((await findJobAtUrl(db, 'https://jobs.example.com/acme/123'))?.id).toBe(job.id);
    expect((await findJobAtUrl(db, 'https://jobs.example.com/acme/123?utm_source=x'))?.id).toBe(job.id);
    expect(await findJobAtUrl(db, 'https://jobs.example.com/acme/1234')).toBeUndefined();
    expect(await findJobAtUrl(db, 'https://jobs.example.com/acme/')).toBeUndefined();
  });

  it('finds the job by an alias URL and by company + title + location from another site', async () => {
    const { job } = await saveJob(db, { posting: makePosting() });
    const viaAlias = makePosting({ canonicalUrl: 'https://jobs.example.com/acme/123?utm_source=x' });
    expect((await findJobForPosting(db, viaAlias))?.id).toBe(job.id);

    const elsewhere = makePosting({
      url: 'https://www.linkedin.com/jobs/view/999',
      canonicalUrl: 'https://www.linkedin.com/jobs/view/999',
      company: 'ACME corp',
      locations: ['Berlin,  Germany'],
    });
    const merged = await saveJob(db, { posting: elsewhere });
    expect(merged.created).toBe(false);
    expect(await db.jobs.count()).toBe(1);
    expect(merged.job.urlAliases).toContain('https://www.linkedin.com/jobs/view/999');
  });

  it('does not merge different jobs that share only a title', async () => {
    await saveJob(db, { posting: makePosting({ company: null }) });
    await saveJob(db, {
      posting: makePosting({ company: null, url: 'https://b.example/2', canonicalUrl: 'https://b.example/2' }),
    });
    expect(await db.jobs.count()).toBe(2);
  });

  it('records a status change once, with where it came from', async () => {
    const { job } = await saveJob(db, { posting: makePosting(), status: 'interested' }, 1_000);
    await saveJob(db, { posting: makePosting(), status: 'interested' }, 2_000);
    const events = await jobHistory(db, job.id);
    expect(events.filter((event) => event.type === 'status')).toMatchObject([
      { status: 'interested', fromStatus: null },
    ]);
  });

  it('keeps fields the user edited when the page is read again', async () => {
    const { job } = await saveJob(db, { posting: makePosting() });
    await db.jobs.update(job.id, {
      userEdited: ['title'],
      posting: { ...job.posting, title: 'My own title', provenance: { title: 'user' } },
    });
    await saveJob(db, { posting: makePosting({ title: 'Page title' }) });
    const saved = await db.jobs.get(job.id);
    expect(saved?.posting.title).toBe('My own title');
    expect(saved?.posting.provenance.title).toBe('user');
  });

  it("stores corrections made before saving as the user's own, and keeps them over later reads", async () => {
    const posting = makePosting({ company: 'Kestrel Marine AS', provenance: { company: 'heuristics' } });
    const { job } = await saveJob(db, { posting, edited: ['company'] });
    expect(job.userEdited).toEqual(['company']);
    expect(job.posting.provenance.company).toBe('user');
    // A later read of the page (the popup's Update) brings the page's value back: the edit stays.
    await saveJob(db, { posting: makePosting({ company: null, title: 'Page title' }) });
    const reread = await db.jobs.get(job.id);
    expect(reread?.posting).toMatchObject({ company: 'Kestrel Marine AS', title: 'Page title' });
    // Correcting it again before an Update takes the new value, still the user's.
    await saveJob(db, { posting: makePosting({ company: 'Kestrel Marine' }), edited: ['company'] });
    const again = await db.jobs.get(job.id);
    expect(again?.posting.company).toBe('Kestrel Marine');
    expect(again?.userEdited).toEqual(['company']);
    expect(again?.history.at(-1)).toMatchObject({ type: 'updated', detail: 'Edited by you' });
  });

  it('writes nothing when the transaction fails half way', async () => {
    const { job } = await saveJob(db, { posting: makePosting() }, 1_000);
    // Applied writes the job, then its suggested follow-up: the second write fails.
    db.reminders.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(setJobStatus(db, job.id, 'applied', 2_000)).rejects.toThrow();
    const saved = await db.jobs.get(job.id);
    expect(saved?.status).toBeNull();
    expect(saved?.updatedAt).toBe(1_000);
    expect(saved?.history.map((entry) => entry.type)).toEqual(['saved']);
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('rereadJob', () => {
  it("updates this job from a fresh read, whatever its URL now, keeping the user's edits", async () => {
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: '2027-01-31' }) }, 1_000);
    await updateJob(db, job.id, { posting: { title: 'My own title' } }, 2_000);
    const moved = 'https://careers.acme.example/jobs/123';
    const fresh = makePosting({ title: 'Page title', url: moved, canonicalUrl: moved, validThrough: '2027-02-28' });
    const updated = await rereadJob(db, job.id, fresh, 3_000);
    expect(updated).toMatchObject({ id: job.id, updatedAt: 3_000, expiresAt: '2027-02-28' });
    expect(updated.posting.title).toBe('My own title');
    expect(updated.urlAliases).toContain(moved);
    const stored = await db.jobs.get(job.id);
    expect(stored?.posting.validThrough).toBe('2027-02-28');
    expect(stored?.activeExpiresAt).toBe('2027-02-28');
    expect(stored?.history.at(-1)).toMatchObject({ type: 'updated', at: 3_000, detail: 'Read again from the page' });
    expect(await db.jobs.count()).toBe(1);
  });

  it('refuses a job that is no longer saved', async () => {
    await expect(rereadJob(db, 'gone', makePosting())).rejects.toBeInstanceOf(JobNotFoundError);
  });
});

describe('jobsNewestFirst', () => {
  it('lists newest first', async () => {
    await saveJob(db, { posting: makePosting({ title: 'Old', canonicalUrl: 'https://a.example/1', url: null }) }, 1);
    await saveJob(
      db,
      { posting: makePosting({ title: 'New', canonicalUrl: 'https://a.example/2', url: null, company: 'Other' }) },
      2,
    );
    expect((await jobsNewestFirst(db)).map((job) => job.posting.title)).toEqual(['New', 'Old']);
    expect((await jobsNewestFirst(db, 1)).map((job) => job.posting.title)).toEqual(['New']);
  });
});
