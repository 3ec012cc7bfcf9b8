import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { saveJob, updateJob } from '@/utils/db/jobs-repository';
import { makePosting } from '../posting-factory';

let db: JobshelfDatabase;
beforeEach(() => {
  db = new JobshelfDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('activeExpiresAt index', () => {
  it('follows expiresAt while the job is open, through put, update and modify', async () => {
    const { job } = await saveJob(db, { posting: makePosting({ validThrough: '2030-01-10' }) });
    expect((await db.jobs.get(job.id))?.activeExpiresAt).toBe('2030-01-10');

    await updateJob(db, job.id, { posting: { validThrough: '2030-02-01' } });
    expect((await db.jobs.get(job.id))?.activeExpiresAt).toBe('2030-02-01');

    await db.jobs.update(job.id, { closedAt: 5 });
    expect((await db.jobs.get(job.id))?.activeExpiresAt).toBeUndefined();
    expect(await db.jobs.where('activeExpiresAt').above('').count()).toBe(0);

    await db.jobs.where('id').equals(job.id).modify({ closedAt: null });
    expect((await db.jobs.get(job.id))?.activeExpiresAt).toBe('2030-02-01');

    // A put of a record without the field (an import, a re-save) gets it back.
    const stored = (await db.jobs.get(job.id))!;
    const { activeExpiresAt: _dropped, ...withoutIndex } = stored;
    await db.jobs.put(withoutIndex);
    expect((await db.jobs.get(job.id))?.activeExpiresAt).toBe('2030-02-01');
  });
});
