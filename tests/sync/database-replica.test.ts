import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { migrations } from '@/utils/db/migrations';
import { deleteJobs, saveJob, setJobStatus, updateJob } from '@/utils/db/jobs-repository';
import { addNote, editNote } from '@/utils/db/notes-repository';
import { addReminder, snoozeReminder } from '@/utils/db/reminders-repository';
import {
  clearSyncConnection,
  DatabaseReplica,
  getSyncConnection,
  saveSyncConnection,
} from '@/utils/db/sync-repository';
import { deriveKey, newKdfParams } from '@/utils/sync/crypto';
import { syncOnce } from '@/utils/sync/engine';
import { makePosting } from '../posting-factory';
import { MemoryStore } from './memory-store';

// Two browsers' real databases (fake-indexeddb here) with the real repositories, syncing.

let key: CryptoKey;
const open: JobshelfDatabase[] = [];
beforeAll(async () => {
  key = await deriveKey('db passphrase', newKdfParams());
});
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function device(): JobshelfDatabase {
  const db = new JobshelfDatabase(`sync-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

async function snapshot(db: JobshelfDatabase) {
  const jobs = (await db.jobs.orderBy('id').toArray()).map(
    ({ summary: _s, lastCheckedAt: _l, activeExpiresAt: _a, ...job }) => ({
      ...job,
      urlAliases: [...job.urlAliases].sort(),
    }),
  );
  const notes = await db.notes.orderBy('id').toArray();
  const reminders = await db.reminders.orderBy('id').toArray();
  return { jobs, notes, reminders };
}

describe('sync with the database', () => {
  it('adds version 6 with the sync tables, keeping the jobs', async () => {
    expect(migrations.at(-1)).toMatchObject({ version: 6, stores: { syncDocs: 'id, bucket', syncState: 'key' } });
    const name = `v4-${crypto.randomUUID()}`;
    const v4 = new JobshelfDatabase(name, migrations.findIndex((migration) => migration.version === 4) + 1);
    const { job } = await saveJob(v4, { posting: makePosting() }, 1_000);
    v4.close();
    const v6 = new JobshelfDatabase(name);
    open.push(v6);
    expect((await v6.jobs.get(job.id))?.posting.title).toBe('Senior Software Engineer');
    expect(await v6.syncDocs.count()).toBe(0);
  });

  it('keeps a non-extractable key in IndexedDB; disconnecting keeps the jobs', async () => {
    const db = device();
    await saveJob(db, { posting: makePosting() });
    await saveSyncConnection(db, { url: 'http://127.0.0.1:1/dav', username: 'u', password: 'p' }, key);
    const stored = await getSyncConnection(db);
    expect(stored?.key.extractable).toBe(false);
    expect(stored?.key.usages.sort()).toEqual(['decrypt', 'encrypt']);
    await syncOnce(new DatabaseReplica(db), new MemoryStore(), stored!.key);
    expect(await db.syncDocs.count()).toBe(1);
    await clearSyncConnection(db);
    expect(await getSyncConnection(db)).toBeNull();
    expect(await db.syncDocs.count()).toBe(0);
    expect(await db.jobs.count()).toBe(1);
  });

  it('save on A, track on B, notes and reminders on both, a conflicting edit and a delete: both end identical', async () => {
    const server = new MemoryStore();
    const a = device();
    const b = device();
    const sync = async (db: JobshelfDatabase, scope: ReadonlySet<string> | 'all' = 'all') =>
      syncOnce(new DatabaseReplica(db, scope), server, key, { backoffMs: 0 });

    const { job } = await saveJob(
      a,
      { posting: makePosting({ title: 'Cartographer', company: 'Northwind Maps' }) },
      1_000,
    );
    const { job: other } = await saveJob(
      a,
      {
        posting: makePosting({
          title: 'Surveyor',
          company: 'Northwind Maps',
          url: 'https://jobs.example.com/nw/2',
          canonicalUrl: 'https://jobs.example.com/nw/2',
        }),
      },
      1_100,
    );
    await sync(a);
    await sync(b);
    expect((await b.jobs.get(job.id))?.posting.title).toBe('Cartographer');

    await setJobStatus(b, job.id, 'applied', 2_000);
    const noteOnB = await addNote(b, job.id, 'Portfolio link sent', 2_100);
    await addNote(a, job.id, 'Met them at the fair', 2_200);
    const reminder = await addReminder(a, { jobId: job.id, dueAt: 9_000_000, text: 'Ask about the start date' });
    await sync(b, new Set([job.id]));
    await sync(a);
    await sync(b);

    // Both edit the title while apart; A deletes the other job while B adds a note to it.
    await updateJob(a, job.id, { posting: { title: 'Senior Cartographer' } }, Date.now());
    await updateJob(b, job.id, { posting: { title: 'Lead Cartographer' } }, Date.now() + 5);
    await editNote(b, noteOnB.id, 'Portfolio link sent (v2)');
    await snoozeReminder(b, reminder.id, 9_500_000);
    await deleteJobs(a, [other.id]);
    await sync(a);
    await sync(b);
    await sync(a);

    const left = await snapshot(a);
    expect(await snapshot(b)).toEqual(left);
    const merged = left.jobs.find((row) => row.id === job.id)!;
    expect(merged.status).toBe('applied');
    expect(left.jobs.map((row) => row.id)).toEqual([job.id]);
    expect(left.notes.map((note) => note.text).sort()).toEqual(['Met them at the fair', 'Portfolio link sent (v2)']);
    expect(left.reminders.find((row) => row.id === reminder.id)).toMatchObject({ dueAt: 9_500_000, state: 'pending' });
    // Becoming Applied on B suggested a follow-up there; A has it too.
    expect(left.reminders.filter((row) => row.kind === 'follow-up')).toHaveLength(1);
    // One title won everywhere; the other is kept in the history.
    const loser = merged.posting.title === 'Lead Cartographer' ? 'Senior Cartographer' : 'Lead Cartographer';
    expect(merged.history.some((entry) => entry.detail?.includes(`Title on another device was “${loser}”`))).toBe(true);
    expect(merged.history.filter((entry) => entry.type === 'status')).toHaveLength(1);
  });
});
