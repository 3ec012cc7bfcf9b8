import { describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { migrations } from '@/utils/db/migrations';
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
    await v1.table('events').add({ id: 'event-1', jobId: 'job-1', at: 2_000, type: 'status', status: 'applied', fromStatus: null });
    await v1.reminders.add({ id: 'rem-1', jobId: 'job-1', kind: 'follow-up', dueAt: 5, state: 'pending', firedAt: null, text: 'x' });
    await v1.settings.add({ key: 'notifyHour', value: 8 });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = new JobshelfDatabase(name);
    const job = await v2.jobs.get('job-1');
    expect(v2.verno).toBe(migrations.at(-1)!.version);
    expect(jobSchema.parse(job)).toMatchObject({
      ...v1Job,
      statusChangedAt: 2_000,
      expiryNotified: [],
      lastCheckedAt: null,
      activeExpiresAt: '2026-12-31',
      history: [{ id: 'event-1', at: 2_000, type: 'status', status: 'applied', fromStatus: null }],
    });
    expect(job?.summary).toBeNull();
    expect(await backfillSummaries(v2)).toBe(1);
    expect((await v2.jobs.get('job-1'))?.summary?.engine).toBe('built-in');
    expect(await v2.notes.get('note-1')).toMatchObject({ text: 'Spoke to Anna' });
    expect(v2.tables.map((table) => table.name)).not.toContain('events');
    expect(await v2.reminders.where('[jobId+state]').equals(['job-1', 'pending']).count()).toBe(1);
    expect(await v2.settings.get('notifyHour')).toEqual({ key: 'notifyHour', value: 8 });
    await v2.delete();
  });

  it('moves a version 2 history into each job, oldest first, and drops the events table', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v2 = new JobshelfDatabase(name, 2);
    const posting = makePosting();
    const base = { ...v1Job, posting, statusChangedAt: 1, summary: null, expiryNotified: [], lastCheckedAt: null };
    await v2.jobs.bulkAdd([
      { ...base, id: 'a', canonicalUrl: 'https://jobs.example.com/a' },
      { ...base, id: 'b', canonicalUrl: 'https://jobs.example.com/b' },
    ] as never);
    await v2.table('events').bulkAdd([
      { id: 'a2', jobId: 'a', at: 20, type: 'status', status: 'applied', fromStatus: null },
      { id: 'a1', jobId: 'a', at: 10, type: 'saved' },
      { id: 'b1', jobId: 'b', at: 5, type: 'saved' },
    ]);
    v2.close();

    const current = new JobshelfDatabase(name);
    const [a, b] = await current.jobs.bulkGet(['a', 'b']);
    expect(a?.history.map((entry) => entry.id)).toEqual(['a1', 'a2']);
    expect(a?.history[1]).toEqual({ id: 'a2', at: 20, type: 'status', status: 'applied', fromStatus: null });
    expect(b?.history).toEqual([{ id: 'b1', at: 5, type: 'saved' }]);
    expect(jobSchema.safeParse(a).success).toBe(true);
    expect(current.tables.map((table) => table.name).sort()).toEqual(['jobs', 'notes', 'reminders', 'settings', 'syncDocs', 'syncState']);
    await current.delete();
  });

  it('versions only go up, and each after the first has an upgrade unless it only removes tables or adds new ones', async () => {
    const { migrations } = await import('@/utils/db/migrations');
    const known = new Set<string>();
    migrations.forEach((migration, index) => {
      // Gaps are allowed (versions are handed out to branches ahead of time).
      if (index > 0) expect(migration.version).toBeGreaterThan(migrations[index - 1]!.version);
      const onlyRemovesOrAdds = Object.entries(migration.stores).every(([table, schema]) => schema === null || !known.has(table));
      if (index > 0 && !onlyRemovesOrAdds) expect(migration.upgrade).toBeTypeOf('function');
      for (const table of Object.keys(migration.stores)) known.add(table);
    });
  });
});
