import { jobAlive, lastEdit, type JobDoc } from '@/utils/sync/doc';
import { newClock, observe, type Clock } from '@/utils/sync/hlc';
import { identityKeysOf } from '@/utils/sync/identity';
import { bucketOf } from '@/utils/sync/layout';
import { materialize, recordLocal, type LocalJob } from '@/utils/sync/local-state';
import { foldDuplicates, mergeShard, type RemoteShard, type Replica, type ReplicaState } from '@/utils/sync/replica';

/** A device for the property tests: its jobs in maps, its docs, the same merge code as the database one. */
export class MemoryReplica implements Replica {
  jobs = new Map<string, LocalJob>();
  docs = new Map<string, JobDoc>();
  clock: Clock;
  seen: Record<string, string> = {};
  dirty = new Set<string>();
  pending = new Set<string>();

  constructor(
    device: string,
    private readonly now: () => number,
  ) {
    this.clock = newClock(device);
  }

  async commitLocal(): Promise<void> {
    for (const id of new Set([...this.jobs.keys(), ...this.docs.keys()])) {
      const before = this.docs.get(id);
      const { doc, clock } = recordLocal(before, this.jobs.get(id) ?? null, this.clock, this.now());
      this.clock = clock;
      if (doc && doc !== before) {
        this.docs.set(id, doc);
        this.dirty.add(bucketOf(id));
      }
    }
  }

  async state(): Promise<ReplicaState> {
    return { seen: { ...this.seen }, dirty: [...this.dirty].sort(), pending: [...this.pending].sort() };
  }

  async docsOfBucket(bucket: string): Promise<JobDoc[]> {
    return [...this.docs.values()].filter((doc) => bucketOf(doc.id) === bucket);
  }

  async applyRemote(shards: readonly RemoteShard[]): Promise<void> {
    for (const { bucket, docs, etag } of shards) await this.applyShard(bucket, docs, etag);
  }

  private async applyShard(bucket: string, remote: JobDoc[], etag: string): Promise<void> {
    // Edits made since the sync began are recorded first, so the merge cannot overwrite them.
    await this.commitLocal();
    const local = new Map((await this.docsOfBucket(bucket)).map((doc) => [doc.id, doc]));
    const { merged, ahead } = mergeShard(local, remote, this.now());
    for (const doc of merged) {
      const last = lastEdit(doc);
      if (last) this.clock = observe(this.clock, last);
      if (doc.d) this.clock = observe(this.clock, doc.d);
      this.docs.set(doc.id, doc);
    }
    const folded = await foldDuplicates(merged, async (keys, exclude) => {
      const wanted = new Set(keys);
      return [...this.docs.values()].filter(
        (doc) => !exclude.has(doc.id) && jobAlive(doc) && identityKeysOf(doc).some((key) => wanted.has(key)),
      );
    });
    for (const doc of folded) {
      this.docs.set(doc.id, doc);
      this.dirty.add(bucketOf(doc.id));
    }
    for (const doc of [...merged, ...folded]) {
      const local = materialize(this.docs.get(doc.id)!, this.jobs.get(doc.id)?.job);
      if (local) this.jobs.set(doc.id, local);
      else this.jobs.delete(doc.id);
    }
    this.seen[bucket] = etag;
    if (ahead) this.dirty.add(bucket);
  }

  async uploaded(bucket: string, etag: string): Promise<void> {
    this.seen[bucket] = etag;
    this.dirty.delete(bucket);
    this.pending.add(bucket);
  }

  async committed(buckets: readonly string[]): Promise<void> {
    for (const bucket of buckets) this.pending.delete(bucket);
  }

  async forget(bucket: string, dirty: boolean): Promise<void> {
    delete this.seen[bucket];
    if (dirty) this.dirty.add(bucket);
  }
}
