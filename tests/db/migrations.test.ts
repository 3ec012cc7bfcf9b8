import { describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { backfillSummaries } from '@/utils/db/jobs-repository';
import { jobSchema } from '@/utils/schema/job';
import { makePosting } from '../posting-factory';

/** A job as schema version 1 wrote it: no summary, time in stage, expiry state or active index. */
const v1Job = {
  id: 'job-1',
  canonicalUrl: 'https://jobs.example.com/acme/123',
  urlAliases: ['https://jobs.example.com/acme/123?utm_source=x'],
  identityKey: 'acme corp|senior software engineer|berlin germany',
  posting: makePosting(),
  status: 'applied',
  savedAt: 1_000,
  updatedAt: 2_000,
  expiresAt: '2026-12-31',
  expiresEstimated: false,
  closedAt: null,
  tags: ['berlin'],
  userEdited: ['title'],
};

describe('migrations', () => {
  it('opens a version 1 database with nothing lost and the new fields filled in', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new JobshelfDatabase(name, 1);
    await v1.jobs.add(v1Job as never);
    await v1.notes.add({ id: 'note-1', jobId: 'job-1', createdAt: 1, updatedAt: 1, text: 'Spoke to Anna' });
    await v1.events.add({ id: 'event-1', jobId: 'job-1', at: 2_000, type: 'status', status: 'applied', fromStatus: null });
    await v1.reminders.add({ id: 'rem-1', jobId: 'job-1', kind: 'follow-up', dueAt: 5, state: 'pending', firedAt: null, text: 'x' });
    await v1.settings.add({ key: 'notifyHour', value: 8 });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = new JobshelfDatabase(name);
    const job = await v2.jobs.get('job-1');
    expect(v2.verno).toBe(2);
    expect(jobSchema.parse(job)).toMatchObject({
      ...v1Job,
      statusChangedAt: 2_000,
      expiryNotified: [],
      lastCheckedAt: null,
      activeExpiresAt: '2026-12-31',
    });
    expect(job?.summary).toBeNull();
    expect(await backfillSummaries(v2)).toBe(1);
    expect((await v2.jobs.get('job-1'))?.summary?.engine).toBe('built-in');
    expect(await v2.notes.get('note-1')).toMatchObject({ text: 'Spoke to Anna' });
    expect(await v2.events.count()).toBe(1);
    expect(await v2.reminders.where('[jobId+state]').equals(['job-1', 'pending']).count()).toBe(1);
    expect(await v2.jobs.where('tags').equals('berlin').count()).toBe(1);
    expect(await v2.settings.get('notifyHour')).toEqual({ key: 'notifyHour', value: 8 });
    await v2.delete();
  });

  it('every version has an upgrade after the first and versions only go up', async () => {
    const { migrations } = await import('@/utils/db/migrations');
    migrations.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1);
      if (index > 0) expect(migration.upgrade).toBeTypeOf('function');
    });
  });
});
