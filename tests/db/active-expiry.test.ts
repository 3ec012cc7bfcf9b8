import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { saveJob, updateJob } from '@/utils/db/jobs-repository';
import { applyImport } from '@/utils/db/backup-repository';
import { migrations } from '@/utils/db/migrations';
import { makeBackup } from '@/utils/backup/export-backup';
import { makeJob } from '../job-factory';
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

describe('activeExpiresAt on the import writer (a connection without the hook)', () => {
  it('is set by applyImport itself: open jobs get it, closed ones and stale values lose it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const shared = new JobshelfDatabase(name);
    const writer = new JobshelfDatabase(name, migrations.length, { expiryHook: false });
    try {
      const open = makeJob({ id: 'open', expiresAt: '2030-03-01', closedAt: null, updatedAt: 10 });
      const closed = makeJob({ id: 'closed', expiresAt: '2030-03-02', closedAt: 5, updatedAt: 10 });
      // A file claiming an index value that does not match its own fields is corrected.
      const stale = {
        ...makeJob({ id: 'stale', expiresAt: null, closedAt: null, updatedAt: 10 }),
        activeExpiresAt: '2030-01-01',
      };
      await applyImport(
        writer,
        makeBackup({ jobs: [open, closed, stale], notes: [], reminders: [], settings: {} }),
        'merge',
      );
      expect((await shared.jobs.get('open'))?.activeExpiresAt).toBe('2030-03-01');
      expect((await shared.jobs.get('closed'))?.activeExpiresAt).toBeUndefined();
      expect((await shared.jobs.get('stale'))?.activeExpiresAt).toBeUndefined();

      // An update through the merge: the newer version closed the job and the one before reopens.
      const closedNow = { ...open, closedAt: 20, updatedAt: 20 };
      const reopened = { ...closed, closedAt: null, updatedAt: 20 };
      await applyImport(
        writer,
        makeBackup({ jobs: [closedNow, reopened], notes: [], reminders: [], settings: {} }),
        'merge',
      );
      expect((await shared.jobs.get('open'))?.activeExpiresAt).toBeUndefined();
      expect((await shared.jobs.get('closed'))?.activeExpiresAt).toBe('2030-03-02');
      expect(await shared.jobs.where('activeExpiresAt').above('').primaryKeys()).toEqual(['closed']);
    } finally {
      writer.close();
      await shared.delete();
    }
  });
});
