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
    await v1
      .table('events')
      .add({ id: 'event-1', jobId: 'job-1', at: 2_000, type: 'status', status: 'applied', fromStatus: null });
    await v1.reminders.add({
      id: 'rem-1',
      jobId: 'job-1',
      kind: 'follow-up',
      dueAt: 5,
      state: 'pending',
      firedAt: null,
      text: 'x',
    });
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
    expect(current.tables.map((table) => table.name).sort()).toEqual([
      'jobs',
      'notes',
      'reminders',
      'settings',
      'syncDocs',
      'syncState',
    ]);
    await current.delete();
  });

  it('version 5 reopens jobs closed on an estimate alone and re-estimates from the later of posted and saved', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v4 = new JobshelfDatabase(name, 4);
    const savedAt = new Date(2026, 10, 20, 12).getTime(); // 20 Nov 2026, local
    const base = {
      ...v1Job,
      status: null,
      statusChangedAt: savedAt,
      summary: null,
      expiryNotified: [],
      lastCheckedAt: null,
      savedAt,
      updatedAt: savedAt,
    };
    await v4.settings.add({ key: 'estimatedLifetimeDays', value: 20 });
    await v4.jobs.bulkAdd([
      // Posted in June, saved in November: the old rule closed it the minute it was saved.
      {
        ...base,
        id: 'estimate',
        canonicalUrl: 'https://jobs.example.com/e',
        posting: makePosting({ datePosted: '2026-06-01', validThrough: null }),
        expiresAt: '2026-07-01',
        expiresEstimated: true,
        closedAt: savedAt,
        history: [
          { id: 's', at: savedAt, type: 'saved' },
          { id: 'c', at: savedAt, type: 'closed', detail: 'Closing date passed' },
        ],
      },
      // Closed by the closed-posting check: stays closed.
      {
        ...base,
        id: 'checked',
        canonicalUrl: 'https://jobs.example.com/c',
        posting: makePosting({ datePosted: '2026-06-01', validThrough: null }),
        expiresAt: '2026-07-01',
        expiresEstimated: true,
        closedAt: savedAt + 5,
        history: [{ id: 'c', at: savedAt + 5, type: 'closed', detail: "The posting's page is gone (HTTP 404)." }],
      },
      // A stated date that passed: stays closed.
      {
        ...base,
        id: 'stated',
        canonicalUrl: 'https://jobs.example.com/s',
        expiresAt: '2026-11-01',
        expiresEstimated: false,
        closedAt: savedAt,
        history: [{ id: 'c', at: savedAt, type: 'closed', detail: 'Closing date passed' }],
      },
      // Open, stated, in the future.
      {
        ...base,
        id: 'open',
        canonicalUrl: 'https://jobs.example.com/o',
        expiresAt: '2027-02-01',
        expiresEstimated: false,
        closedAt: null,
        activeExpiresAt: '2027-02-01',
        history: [],
      },
    ] as never);
    v4.close();

    const v5 = new JobshelfDatabase(name);
    expect(v5.verno).toBe(migrations.at(-1)!.version);
    const [estimate, checked, stated, open] = await v5.jobs.bulkGet(['estimate', 'checked', 'stated', 'open']);
    expect(estimate).toMatchObject({ closedAt: null, expiresAt: '2026-12-10', activeExpiresAt: '2026-12-10' });
    expect(estimate?.statedExpiresAt).toBeUndefined();
    expect(estimate?.history.map((entry) => entry.type)).toEqual(['saved', 'closed', 'updated']);
    expect(estimate?.posting.title).toBe(makePosting().title);
    expect(checked).toMatchObject({ closedAt: savedAt + 5 });
    expect(checked?.activeExpiresAt).toBeUndefined();
    expect(stated).toMatchObject({ closedAt: savedAt, expiresAt: '2026-11-01' });
    expect(open).toMatchObject({ closedAt: null, activeExpiresAt: '2027-02-01', statedExpiresAt: '2027-02-01' });
    for (const job of [estimate, checked, stated, open]) expect(jobSchema.safeParse(job).success).toBe(true);
    expect(await v5.jobs.where('statedExpiresAt').below('2027-12-31').primaryKeys()).toEqual(['open']);
    expect(await v5.settings.get('estimatedLifetimeDays')).toEqual({ key: 'estimatedLifetimeDays', value: 20 });
    await v5.delete();
  });

  it('versions only go up, and each after the first has an upgrade unless it only removes tables or adds new ones', async () => {
    const { migrations } = await import('@/utils/db/migrations');
    const known = new Set<string>();
    migrations.forEach((migration, index) => {
      // Gaps are allowed (versions are handed out to branches ahead of time).
      if (index > 0) expect(migration.version).toBeGreaterThan(migrations[index - 1]!.version);
      const onlyRemovesOrAdds = Object.entries(migration.stores).every(
        ([table, schema]) => schema === null || !known.has(table),
      );
      if (index > 0 && !onlyRemovesOrAdds) expect(migration.upgrade).toBeTypeOf('function');
      for (const table of Object.keys(migration.stores)) known.add(table);
    });
  });
});
