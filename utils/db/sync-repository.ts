import Dexie from 'dexie';
import type { JobshelfDatabase } from './database';
import { jobSchema, noteSchema, reminderSchema, type Job, type Note, type Reminder } from '../schema/job';
import { jobAlive, lastEdit, type JobDoc } from '../sync/doc';
import { newClock, newDeviceId, observe } from '../sync/hlc';
import { bucketOf } from '../sync/layout';
import { materialize, recordLocal, type LocalJob } from '../sync/local-state';
import { foldDuplicates, mergeShard, type RemoteShard, type Replica, type ReplicaState } from '../sync/replica';
import type { ReplicaRecord, SyncConnection, SyncDocRow, SyncStatus } from '../sync/rows';

const BATCH = 500;

/** Marks a transaction as the sync's own, so the write hooks do not schedule another sync for it. */
function isSyncTransaction(): boolean {
  return !!(Dexie.currentTransaction as unknown as { jobshelfSync?: boolean } | null)?.jobshelfSync;
}

/**
 * The write hooks: `touch` hears the id of each job whose row, notes or reminders are written
 * outside a sync (the sync's own writes are not changes to send).
 */
export function onLocalWrites(db: JobshelfDatabase, touch: (jobId: string) => void): void {
  const touched = (jobId: unknown) => {
    if (!isSyncTransaction() && typeof jobId === 'string') touch(jobId);
  };
  db.jobs.hook('creating', (key) => touched(key));
  db.jobs.hook('updating', (_changes, key) => touched(key));
  db.jobs.hook('deleting', (key) => touched(key));
  for (const table of [db.notes, db.reminders]) {
    table.hook('creating', (_key, item) => touched(item.jobId));
    table.hook('updating', (_changes, _key, item) => touched(item.jobId));
    table.hook('deleting', (_key, item) => touched(item?.jobId));
  }
}

function markSyncTransaction(): void {
  const transaction = Dexie.currentTransaction as unknown as { jobshelfSync?: boolean } | null;
  if (transaction) transaction.jobshelfSync = true;
}

async function readReplica(db: JobshelfDatabase): Promise<ReplicaRecord> {
  const row = await db.syncState.get('replica');
  if (row?.key === 'replica') return row.value;
  return { clock: newClock(newDeviceId()), seen: {}, dirty: [], pending: [] };
}

async function localJobs(db: JobshelfDatabase, ids: readonly string[]): Promise<Map<string, LocalJob>> {
  const [jobs, notes, reminders] = await Promise.all([
    db.jobs.bulkGet([...ids]),
    db.notes
      .where('jobId')
      .anyOf([...ids])
      .toArray(),
    db.reminders
      .where('jobId')
      .anyOf([...ids])
      .toArray(),
  ]);
  const local = new Map<string, LocalJob>();
  for (const job of jobs) if (job) local.set(job.id, { job, notes: [], reminders: [] });
  for (const note of notes) local.get(note.jobId)?.notes.push(note);
  for (const reminder of reminders) local.get(reminder.jobId)?.reminders.push(reminder);
  return local;
}

/**
 * This browser's side of a sync, on the database. `scope`: the job ids written since the last
 * sync (from the write hooks), or all jobs (at start, on the alarm, "Sync now").
 */
export class DatabaseReplica implements Replica {
  /** Jobs whose stored data failed validation when merged in, and were left as they were. */
  skipped = 0;

  constructor(
    private readonly db: JobshelfDatabase,
    private readonly scope: ReadonlySet<string> | 'all' = 'all',
    private readonly now: () => number = Date.now,
  ) {}

  private tables() {
    const db = this.db;
    return [db.jobs, db.notes, db.reminders, db.syncDocs, db.syncState];
  }

  /** Records these jobs' local edits into their docs, inside the caller's transaction. */
  private async record(ids: readonly string[], replica: ReplicaRecord): Promise<void> {
    if (ids.length === 0) return;
    const [local, rows] = await Promise.all([localJobs(this.db, ids), this.db.syncDocs.bulkGet([...ids])]);
    const changed: SyncDocRow[] = [];
    ids.forEach((id, i) => {
      const before = rows[i]?.doc;
      const { doc, clock } = recordLocal(before, local.get(id) ?? null, replica.clock, this.now());
      replica.clock = clock;
      if (doc && doc !== before) {
        const bucket = bucketOf(id);
        changed.push({ id, bucket, doc });
        if (!replica.dirty.includes(bucket)) replica.dirty.push(bucket);
      }
    });
    if (changed.length) await this.db.syncDocs.bulkPut(changed);
  }

  async commitLocal(): Promise<void> {
    let ids: string[];
    if (this.scope === 'all') {
      const [jobIds, docIds] = await Promise.all([
        this.db.jobs.toCollection().primaryKeys(),
        this.db.syncDocs.toCollection().primaryKeys(),
      ]);
      ids = [...new Set([...jobIds, ...docIds])];
    } else {
      ids = [...this.scope];
    }
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      await this.db.transaction('rw', this.tables(), async () => {
        markSyncTransaction();
        const replica = await readReplica(this.db);
        await this.record(batch, replica);
        await this.db.syncState.put({ key: 'replica', value: replica });
      });
    }
  }

  async state(): Promise<ReplicaState> {
    const replica = await readReplica(this.db);
    return { seen: replica.seen, dirty: [...replica.dirty].sort(), pending: [...replica.pending].sort() };
  }

  async docsOfBucket(bucket: string): Promise<JobDoc[]> {
    return (await this.db.syncDocs.where('bucket').equals(bucket).toArray()).map((row) => row.doc);
  }

  async applyRemote(shards: readonly RemoteShard[]): Promise<void> {
    const db = this.db;
    await db.transaction('rw', this.tables(), async () => {
      markSyncTransaction();
      const replica = await readReplica(db);
      const buckets = shards.map((shard) => shard.bucket);
      // Edits made since this sync began are recorded first, so the merge cannot overwrite them.
      const bucketIds = (await db.syncDocs.where('bucket').anyOf(buckets).primaryKeys()) as string[];
      await this.record(
        [...new Set([...bucketIds, ...shards.flatMap((shard) => shard.docs.map((doc) => doc.id))])],
        replica,
      );
      const localByBucket = new Map<string, Map<string, JobDoc>>();
      for (const row of await db.syncDocs.where('bucket').anyOf(buckets).toArray()) {
        const local = localByBucket.get(row.bucket) ?? new Map<string, JobDoc>();
        local.set(row.id, row.doc);
        localByBucket.set(row.bucket, local);
      }
      const docs = new Map<string, JobDoc>();
      for (const shard of shards) {
        const { merged, ahead } = mergeShard(localByBucket.get(shard.bucket) ?? new Map(), shard.docs);
        for (const doc of merged) {
          const last = lastEdit(doc);
          if (last) replica.clock = observe(replica.clock, last);
          if (doc.d) replica.clock = observe(replica.clock, doc.d);
          docs.set(doc.id, doc);
        }
        replica.seen[shard.bucket] = shard.etag;
        if (ahead && !replica.dirty.includes(shard.bucket)) replica.dirty.push(shard.bucket);
      }
      const folded = await foldDuplicates([...docs.values()], (keys, exclude) =>
        this.liveDocsMatching(keys, exclude, docs),
      );
      for (const doc of folded) {
        docs.set(doc.id, doc);
        const other = bucketOf(doc.id);
        if (!replica.dirty.includes(other)) replica.dirty.push(other);
      }
      await this.materializeAll([...docs.values()]);
      await db.syncDocs.bulkPut([...docs.values()].map((doc) => ({ id: doc.id, bucket: bucketOf(doc.id), doc })));
      await db.syncState.put({ key: 'replica', value: replica });
    });
  }

  /** Live docs of jobs here that share a URL or company + title + place (as saving matches them). */
  private async liveDocsMatching(
    keys: string[],
    exclude: ReadonlySet<string>,
    pending: ReadonlyMap<string, JobDoc>,
  ): Promise<JobDoc[]> {
    const urls = [...new Set(keys.filter((key) => key.startsWith('url:')).map((key) => key.slice(4)))];
    const identities = [...new Set(keys.filter((key) => key.startsWith('id:')).map((key) => key.slice(3)))];
    const ids = new Set<string>();
    if (urls.length) {
      for (const id of await this.db.jobs.where('canonicalUrl').anyOf(urls).primaryKeys()) ids.add(id);
      for (const id of await this.db.jobs.where('urlAliases').anyOf(urls).primaryKeys()) ids.add(id);
    }
    if (identities.length)
      for (const id of await this.db.jobs.where('identityKey').anyOf(identities).primaryKeys()) ids.add(id);
    for (const id of exclude) ids.delete(id);
    const rows = await this.db.syncDocs.bulkGet([...ids]);
    return rows.flatMap((row) => (row ? [pending.get(row.id) ?? row.doc] : [])).filter(jobAlive);
  }

  /** The jobs, notes and reminders these docs stand for, written over what is here. */
  private async materializeAll(docs: readonly JobDoc[]): Promise<void> {
    const db = this.db;
    const ids = docs.map((doc) => doc.id);
    const existing = await db.jobs.bulkGet(ids);
    const jobs: Job[] = [];
    const notes: Note[] = [];
    const reminders: Reminder[] = [];
    const gone: string[] = [];
    docs.forEach((doc, i) => {
      const local = materialize(doc, existing[i]);
      if (!local) {
        gone.push(doc.id);
        return;
      }
      // Decrypted data is still data from outside: a job that does not validate is left as it is here.
      const valid =
        jobSchema.safeParse(local.job).success &&
        local.notes.every((note) => noteSchema.safeParse(note).success) &&
        local.reminders.every((reminder) => reminderSchema.safeParse(reminder).success);
      if (!valid) {
        this.skipped++;
        return;
      }
      jobs.push(local.job);
      notes.push(...local.notes);
      reminders.push(...local.reminders);
    });
    const touched = [...gone, ...jobs.map((job) => job.id)];
    await db.notes.where('jobId').anyOf(touched).delete();
    await db.reminders.where('jobId').anyOf(touched).delete();
    await db.jobs.bulkDelete(gone);
    // Survivors of a merge take the URL of a job deleted just above: delete before put.
    await db.jobs.bulkPut(jobs);
    await db.notes.bulkPut(notes);
    await db.reminders.bulkPut(reminders);
  }

  async uploaded(bucket: string, etag: string): Promise<void> {
    await this.update((replica) => {
      replica.seen[bucket] = etag;
      replica.dirty = replica.dirty.filter((other) => other !== bucket);
      if (!replica.pending.includes(bucket)) replica.pending.push(bucket);
    });
  }

  async committed(buckets: readonly string[]): Promise<void> {
    await this.update((replica) => {
      replica.pending = replica.pending.filter((bucket) => !buckets.includes(bucket));
    });
  }

  async forget(bucket: string, dirty: boolean): Promise<void> {
    await this.update((replica) => {
      delete replica.seen[bucket];
      if (dirty && !replica.dirty.includes(bucket)) replica.dirty.push(bucket);
    });
  }

  private async update(change: (replica: ReplicaRecord) => void): Promise<void> {
    await this.db.transaction('rw', this.db.syncState, async () => {
      const replica = await readReplica(this.db);
      change(replica);
      await this.db.syncState.put({ key: 'replica', value: replica });
    });
  }
}

export async function getSyncConnection(
  db: JobshelfDatabase,
): Promise<{ connection: SyncConnection; key: CryptoKey } | null> {
  const [connection, key] = await db.syncState.bulkGet(['connection', 'key']);
  if (connection?.key !== 'connection' || key?.key !== 'key') return null;
  return { connection: connection.value, key: key.value };
}

/** Connected: the folder, the account and the non-extractable key. The sync state starts empty. */
export async function saveSyncConnection(
  db: JobshelfDatabase,
  connection: SyncConnection,
  key: CryptoKey,
): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncDocs, async () => {
    await db.syncDocs.clear();
    await db.syncState.clear();
    await db.syncState.bulkPut([
      { key: 'connection', value: connection },
      { key: 'key', value: key },
      { key: 'status', value: { state: 'idle', lastSyncAt: null, error: null, errorAt: null, retrying: false } },
    ]);
  });
}

/** Disconnected: the sync's own records go; the jobs here stay as they are. */
export async function clearSyncConnection(db: JobshelfDatabase): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncDocs, async () => {
    await db.syncDocs.clear();
    await db.syncState.clear();
  });
}

export async function getSyncStatus(db: JobshelfDatabase): Promise<SyncStatus | null> {
  const row = await db.syncState.get('status');
  return row?.key === 'status' ? row.value : null;
}

export async function setSyncStatus(db: JobshelfDatabase, status: SyncStatus): Promise<void> {
  await db.syncState.put({ key: 'status', value: status });
}
