import { canonicalJson } from './canonical-json';
import { compactDeleted, emptyDoc, jobAlive, mergeDocs, type JobDoc } from './doc';
import { duplicateGroups, foldGroup, identityKeysOf } from './identity';

export interface RemoteShard {
  bucket: string;
  docs: JobDoc[];
  etag: string;
}

/** What a device remembers about the server between syncs. */
export interface ReplicaState {
  /** bucket → the shard version (ETag) this device last read or wrote. */
  seen: Record<string, string>;
  /** Buckets with changes the server has not got yet. */
  dirty: string[];
  /** Buckets written to the server but not yet recorded in its manifest. */
  pending: string[];
}

/**
 * One device's side of a sync: its docs and what it has seen. The engine drives it; the
 * database-backed one is in utils/db/sync-repository.ts, an in-memory one drives the property tests.
 * Each call is atomic: a failure in the middle of a sync leaves a state the next sync continues from.
 */
export interface Replica {
  /** Records this device's edits since the last call into its docs (marks their buckets dirty). */
  commitLocal(): Promise<void>;
  state(): Promise<ReplicaState>;
  docsOfBucket(bucket: string): Promise<JobDoc[]>;
  /** Merges shards read from the server (each at version `etag`) into the docs and the jobs here, at once. */
  applyRemote(shards: readonly RemoteShard[]): Promise<void>;
  /** The bucket's shard is on the server at version `etag`; the manifest still has to say so. */
  uploaded(bucket: string, etag: string): Promise<void>;
  /** The manifest now lists these buckets at the versions this device wrote. */
  committed(buckets: readonly string[]): Promise<void>;
  /** Read this bucket again at the next sync (the server has a version this device has not merged). */
  forget(bucket: string, dirty: boolean): Promise<void>;
}

/**
 * A shard from the server merged with this device's docs of the same bucket. `ahead`: this device
 * has something the shard lacks, so the bucket must be written back. Long-deleted jobs and items
 * are compacted on the way (`compactDeleted`), so a shard sheds them the next time it is merged.
 */
export function mergeShard(
  local: ReadonlyMap<string, JobDoc>,
  remote: readonly JobDoc[],
  now = Date.now(),
): { merged: JobDoc[]; ahead: boolean } {
  const merged: JobDoc[] = [];
  let ahead = false;
  const remoteIds = new Set<string>();
  for (const theirs of remote) {
    remoteIds.add(theirs.id);
    const mine = local.get(theirs.id);
    const joined = compactDeleted(mine ? mergeDocs(mine, theirs) : theirs, now);
    if (joined === theirs) {
      merged.push(theirs);
      continue;
    }
    if (!ahead && canonicalJson(joined) !== canonicalJson(theirs)) ahead = true;
    merged.push(joined);
  }
  for (const id of local.keys()) if (!remoteIds.has(id)) ahead = true;
  return { merged, ahead };
}

/**
 * Jobs that are the same one (URL, alias or company + title + place) folded together. `others`
 * looks up the live docs already here that share any of the given identity keys.
 *
 * A job folded earlier keeps receiving what devices wrote to it before they heard of the fold
 * (a note added with a clock behind the fold's stamp does not bring it back). Its notes,
 * reminders and history are carried to its survivor each time it changes, so nothing written to
 * it is lost; the carry is a join, so every device computes the same survivor.
 */
export async function foldDuplicates(
  changed: readonly JobDoc[],
  others: (keys: string[], exclude: ReadonlySet<string>) => Promise<JobDoc[]>,
): Promise<JobDoc[]> {
  const alive = changed.filter(jobAlive);
  const folded = changed.filter((doc) => doc.into && !jobAlive(doc));
  const ids = new Set(alive.map((doc) => doc.id));
  const candidates = new Map(alive.map((doc) => [doc.id, doc]));
  for (const doc of await others([...alive, ...folded].flatMap(identityKeysOf), ids))
    if (jobAlive(doc)) candidates.set(doc.id, doc);
  const out = new Map<string, JobDoc>();
  for (const loser of folded) {
    const survivor = candidates.get(loser.into!);
    if (!survivor) continue;
    const carried = mergeDocs(survivor, {
      ...emptyDoc(survivor.id),
      h: loser.h,
      notes: loser.notes,
      reminders: loser.reminders,
    });
    if (canonicalJson(carried) === canonicalJson(survivor)) continue;
    candidates.set(survivor.id, carried);
    out.set(survivor.id, carried);
  }
  for (const group of duplicateGroups([...candidates.values()]))
    for (const doc of foldGroup(group)) out.set(doc.id, doc);
  return [...out.values()];
}
