import { open, seal } from './crypto';
import { SyncError } from './errors';
import { encodeJson, encodeShard, MANIFEST_FILE, parseManifest, parseShard, shardFile, type Manifest } from './layout';
import type { RemoteShard, Replica } from './replica';
import type { SyncStore } from './store';

export interface SyncReport {
  downloaded: number;
  uploaded: number;
  /** Buckets this sync newly listed in the manifest (others learn of them at their next sync). */
  listed: number;
  attempts: number;
  /** Where the time went (ms): recording local edits, the server, decrypting/encrypting, merging in. */
  timings: { local: number; server: number; crypto: number; merge: number };
}

const MAX_ATTEMPTS = 5;
/** Shards merged in one go: fewer database transactions, and memory bounded by this many shards. */
const APPLY_GROUP = 16;

function isConflict(error: unknown): boolean {
  return error instanceof SyncError && error.kind === 'conflict';
}

/**
 * One sync: this device's edits into its docs, then the shards the server has changed merged in,
 * then the shards this device changed written (each only over the version it merged: If-Match),
 * then the manifest (the same way). When another device wrote in between, the round starts over
 * from what is now on the server; CRDT merges make repeating any step harmless.
 */
export async function syncOnce(
  replica: Replica,
  store: SyncStore,
  key: CryptoKey,
  { backoffMs = 250 }: { backoffMs?: number } = {},
): Promise<SyncReport> {
  const timings = { local: 0, server: 0, crypto: 0, merge: 0 };
  const time = async <T>(part: keyof typeof timings, work: Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work;
    } finally {
      timings[part] += performance.now() - started;
    }
  };
  await time('local', replica.commitLocal());
  const report: SyncReport = { downloaded: 0, uploaded: 0, listed: 0, attempts: 0, timings };
  // Shards another device wrote under this one's feet: read whatever the manifest says.
  const recheck = new Set<string>();
  while (report.attempts < MAX_ATTEMPTS) {
    // Another device is writing: give it a moment (some servers also need a second before a
    // file's version can be matched again).
    if (report.attempts > 0)
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (report.attempts - 1)));
    report.attempts++;
    const manifestFile = await time('server', store.read(MANIFEST_FILE));
    const manifest: Manifest = manifestFile
      ? parseManifest(await open(key, MANIFEST_FILE, manifestFile.data))
      : { version: 1, shards: {} };
    let state = await replica.state();
    // A shard newer than the manifest says (its writer stopped before the manifest): record it.
    const stale = new Set<string>();
    const toRead = Object.entries(manifest.shards).filter(([bucket, version]) => state.seen[bucket] !== version);
    for (const bucket of recheck) if (!(bucket in manifest.shards)) toRead.push([bucket, '']);
    recheck.clear();
    let group: RemoteShard[] = [];
    const flush = async () => {
      if (group.length) await time('merge', replica.applyRemote(group));
      report.downloaded += group.length;
      group = [];
    };
    for (const [bucket, version] of toRead) {
      const file = await time('server', store.read(shardFile(bucket)));
      if (!file) {
        // Listed but gone: this device's copy goes back up.
        await replica.forget(bucket, true);
        continue;
      }
      group.push({
        bucket,
        docs: parseShard(await time('crypto', open(key, shardFile(bucket), file.data))),
        etag: file.etag,
      });
      if (file.etag !== version) stale.add(bucket);
      if (group.length >= APPLY_GROUP) await flush();
    }
    await flush();
    state = await replica.state();
    let raced = false;
    for (const bucket of state.dirty) {
      const name = shardFile(bucket);
      const data = await time('crypto', seal(key, name, encodeShard(await replica.docsOfBucket(bucket))));
      try {
        await replica.uploaded(bucket, await time('server', store.write(name, data, state.seen[bucket] ?? null)));
        report.uploaded++;
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Another device wrote this shard since: read it at the next round, then write again.
        await replica.forget(bucket, true);
        recheck.add(bucket);
        raced = true;
      }
    }
    if (raced) continue;
    state = await replica.state();
    const listed = [...new Set([...state.pending, ...stale])];
    if (listed.length === 0 && manifestFile) return report;
    const next: Manifest = { version: 1, shards: { ...manifest.shards } };
    for (const bucket of listed) {
      const version = state.seen[bucket];
      if (version) next.shards[bucket] = version;
    }
    try {
      await store.write(MANIFEST_FILE, await seal(key, MANIFEST_FILE, encodeJson(next)), manifestFile?.etag ?? null);
      await replica.committed(listed);
      report.listed = listed.length;
      return report;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  throw new SyncError(
    'busy',
    'Another device kept syncing at the same time. Jobshelf will try again shortly; nothing was lost.',
  );
}
