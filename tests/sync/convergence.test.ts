import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '@/utils/schema/job';
import { deriveKey, newKdfParams } from '@/utils/sync/crypto';
import { syncOnce } from '@/utils/sync/engine';
import { SyncError } from '@/utils/sync/errors';
import { canonicalJson } from '@/utils/sync/canonical-json';
import {
  addNote,
  addReminder,
  deleteNote,
  editNote,
  editTitle,
  pooledPosting,
  save,
  setStatus,
  visibleState,
} from './device-model';
import { MemoryReplica } from './memory-replica';
import { DeviceConnection, MemoryStore } from './memory-store';

// Two or three simulated devices edit, delete, go offline, lose the connection in the middle of
// a sync and sync at the same time as each other, through one in-memory server with ETags and
// the real engine, merge and encryption. Afterwards every device must show the same jobs, and
// nothing a device wrote may be missing unless a device deleted it.

let key: CryptoKey;
beforeAll(async () => {
  key = await deriveKey('correct horse battery staple', newKdfParams());
});

const statuses: Array<JobStatus | null> = [null, 'interested', 'applied', 'interview', 'offer', 'rejected'];

const command = (devices: number) => {
  const d = fc.nat(devices - 1);
  const j = fc.nat(20);
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ k: fc.constant('save' as const), d, p: fc.nat(3) }) },
    { weight: 3, arbitrary: fc.record({ k: fc.constant('status' as const), d, j, s: fc.constantFrom(...statuses) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('title' as const),
        d,
        j,
        t: fc.constantFrom('Staff Engineer', 'Lead Engineer', 'Principal'),
      }),
    },
    { weight: 3, arbitrary: fc.record({ k: fc.constant('addNote' as const), d, j }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('editNote' as const), d, j, n: fc.nat(5) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('deleteNote' as const), d, j, n: fc.nat(5) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('reminder' as const), d, j }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('deleteJob' as const), d, j }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('sync' as const), d }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('syncTogether' as const), d, e: d }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('offline' as const), d, on: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('flaky' as const), d, after: fc.nat(6) }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 120_000 }) }) },
  );
};

interface World {
  server: MemoryStore;
  devices: Array<{ replica: MemoryReplica; connection: DeviceConnection; skew: number }>;
  time: number;
  statusEntries: Map<string, string>;
  notesMade: Map<string, string>;
  notesDeleted: Set<string>;
  notesEdited: Set<string>;
  jobsDeleted: Set<string>;
}

function makeWorld(count: number, skews: number[]): World {
  const server = new MemoryStore();
  const world: World = {
    server,
    devices: [],
    time: Date.UTC(2026, 10, 1),
    statusEntries: new Map(),
    notesMade: new Map(),
    notesDeleted: new Set(),
    notesEdited: new Set(),
    jobsDeleted: new Set(),
  };
  for (let i = 0; i < count; i++) {
    const skew = skews[i] ?? 0;
    world.devices.push({
      replica: new MemoryReplica(`dev${i}`, () => world.time + skew),
      connection: new DeviceConnection(server),
      skew,
    });
  }
  return world;
}

async function sync(world: World, index: number): Promise<void> {
  const device = world.devices[index]!;
  try {
    await syncOnce(device.replica, device.connection, key, { backoffMs: 0 });
  } catch (error) {
    // Offline, a dropped connection, or others syncing at the same time: retried later.
    if (!(error instanceof SyncError && error.transient)) throw error;
  }
}

function pick<T>(items: T[], index: number): T | undefined {
  return items.length ? items[index % items.length] : undefined;
}

type Command = ReturnType<typeof command> extends fc.Arbitrary<infer C> ? C : never;

async function run(world: World, cmd: Command): Promise<void> {
  world.time += 1000;
  const now = (d: number) => world.time + world.devices[d]!.skew;
  const jobOf = (d: number, j: number) =>
    pick(
      [...world.devices[d]!.replica.jobs.values()].sort((a, b) => (a.job.id < b.job.id ? -1 : 1)),
      j,
    );
  switch (cmd.k) {
    case 'save':
      save(world.devices[cmd.d]!.replica, pooledPosting(cmd.p), now(cmd.d));
      return;
    case 'status': {
      const local = jobOf(cmd.d, cmd.j);
      if (!local) return;
      const before = local.job.history.length;
      setStatus(local, cmd.s, now(cmd.d));
      for (const entry of local.job.history.slice(before)) world.statusEntries.set(entry.id, local.job.id);
      for (const entry of local.job.history)
        if (entry.type === 'status' && !world.statusEntries.has(entry.id))
          world.statusEntries.set(entry.id, local.job.id);
      return;
    }
    case 'title': {
      const local = jobOf(cmd.d, cmd.j);
      if (local) editTitle(local, cmd.t, now(cmd.d));
      return;
    }
    case 'addNote': {
      const local = jobOf(cmd.d, cmd.j);
      if (local) world.notesMade.set(addNote(local, `note ${world.notesMade.size}`, now(cmd.d)), local.job.id);
      return;
    }
    case 'editNote': {
      const local = jobOf(cmd.d, cmd.j);
      if (!local?.notes.length) return;
      world.notesEdited.add(local.notes[cmd.n % local.notes.length]!.id);
      editNote(local, cmd.n, `edited at ${world.time} on ${cmd.d}`, now(cmd.d));
      return;
    }
    case 'deleteNote': {
      const local = jobOf(cmd.d, cmd.j);
      const id = local && deleteNote(local, cmd.n);
      if (id) world.notesDeleted.add(id);
      return;
    }
    case 'reminder': {
      const local = jobOf(cmd.d, cmd.j);
      if (local) addReminder(local, world.time + 86_400_000);
      return;
    }
    case 'deleteJob': {
      const local = jobOf(cmd.d, cmd.j);
      if (!local) return;
      world.devices[cmd.d]!.replica.jobs.delete(local.job.id);
      world.jobsDeleted.add(local.job.id);
      return;
    }
    case 'sync':
      return sync(world, cmd.d);
    case 'syncTogether':
      await Promise.all([sync(world, cmd.d), sync(world, cmd.e)]);
      return;
    case 'offline':
      world.devices[cmd.d]!.connection.offline = cmd.on;
      return;
    case 'flaky': {
      const connection = world.devices[cmd.d]!.connection;
      connection.failAfter = cmd.after;
      await sync(world, cmd.d);
      connection.failAfter = Infinity;
      return;
    }
    case 'wait':
      world.time += cmd.ms;
      return;
  }
}

/** Everyone back online, syncing in turn until a whole round changes nothing. */
async function settle(world: World): Promise<void> {
  for (const device of world.devices) {
    device.connection.offline = false;
    device.connection.failAfter = Infinity;
  }
  for (let round = 0; round < 6; round++) {
    // A round settles only when nobody wrote anything: a shard, or a manifest line naming a shard
    // uploaded earlier (its writer was cut off before the manifest; the others read it next round).
    let writes = 0;
    for (const device of world.devices) {
      world.time += 1000;
      const report = await syncOnce(device.replica, device.connection, key, { backoffMs: 0 });
      writes += report.uploaded + report.listed;
    }
    if (writes === 0) return;
  }
  throw new Error('devices did not settle within 6 rounds');
}

/** Whether the job (or the job it was merged into, and so on) was deleted by a device. */
function deletedLineage(world: World, jobId: string): boolean {
  const docs = world.devices[0]!.replica.docs;
  const seen = new Set<string>();
  for (let id: string | undefined = jobId; id && !seen.has(id); id = docs.get(id)?.into) {
    seen.add(id);
    if (world.jobsDeleted.has(id)) return true;
  }
  return false;
}

function checkNothingLost(world: World): void {
  const replica = world.devices[0]!.replica;
  const entries = new Set<string>();
  const notes = new Set<string>();
  for (const local of replica.jobs.values()) {
    for (const entry of local.job.history) entries.add(entry.id);
    for (const note of local.notes) notes.add(note.id);
  }
  for (const [entryId, jobId] of world.statusEntries) {
    if (!entries.has(entryId) && !deletedLineage(world, jobId))
      throw new Error(`status change ${entryId} of ${jobId} was lost`);
  }
  for (const [noteId, jobId] of world.notesMade) {
    if (notes.has(noteId) || world.notesDeleted.has(noteId) || deletedLineage(world, jobId)) continue;
    const owners = [...replica.docs.values()].filter((doc) => doc.notes[noteId]);
    if (!owners.some((doc) => deletedLineage(world, doc.id))) throw new Error(`note ${noteId} was lost`);
  }
  // Deletions propagate: a note deleted on one device, and edited nowhere, is gone everywhere.
  for (const noteId of world.notesDeleted) {
    if (!world.notesEdited.has(noteId) && notes.has(noteId)) throw new Error(`deleted note ${noteId} came back`);
  }
}

// Found by CI: a device cut off after writing its shard lists it in the manifest at its next sync;
// the other device must read that manifest (settle used to stop a round too early).
const cutOffBeforeManifest: [Command[], number[]] = [
  [
    { k: 'save', d: 0, p: 0 },
    { k: 'save', d: 1, p: 3 },
    { k: 'save', d: 1, p: 3 },
    { k: 'flaky', d: 1, after: 2 },
    { k: 'deleteJob', d: 0, j: 0 },
  ],
  [0, 0],
];

// Found under load: a note added on a device whose clock is behind, to a job that another device
// then folds into its own copy (the same job saved on two devices), must survive the fold.
const noteOnFoldedJob: [Command[], number[]] = [
  [
    { k: 'save', d: 0, p: 0 },
    { k: 'save', d: 1, p: 0 },
    { k: 'sync', d: 1 },
    { k: 'wait', ms: 1 },
    { k: 'sync', d: 2 },
    { k: 'addNote', d: 2, j: 0 },
    { k: 'addNote', d: 1, j: 0 },
    { k: 'sync', d: 0 },
  ],
  [0, 0, -1770],
];

// Found by CI: a note added and deleted while offline, on a job the same device then deletes while another device
// adds a note to it (the job comes back for that note), must stay deleted.
const deletedNoteOnRevivedJob: [Command[], number[]] = [
  [
    { k: 'save', d: 0, p: 0 },
    { k: 'flaky', d: 0, after: 2 },
    { k: 'syncTogether', d: 0, e: 1 },
    { k: 'addNote', d: 0, j: 0 },
    { k: 'flaky', d: 0, after: 0 },
    { k: 'deleteNote', d: 0, j: 0, n: 0 },
    { k: 'addNote', d: 1, j: 0 },
    { k: 'deleteJob', d: 0, j: 0 },
    { k: 'status', d: 0, j: 0, s: null },
  ],
  [0, 0],
];

describe('sync: devices converge and nothing is lost', () => {
  for (const count of [2, 3]) {
    it(`${count} devices, random edits, deletes, offline periods, dropped connections and concurrent syncs`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(command(count), { minLength: 5, maxLength: 40 }),
          fc.array(fc.integer({ min: -5_000, max: 5_000 }), { minLength: count, maxLength: count }),
          async (commands, skews) => {
            const world = makeWorld(count, skews);
            for (const cmd of commands) await run(world, cmd);
            await settle(world);
            const first = canonicalJson(visibleState(world.devices[0]!.replica));
            for (const device of world.devices.slice(1))
              expect(canonicalJson(visibleState(device.replica))).toBe(first);
            checkNothingLost(world);
            // Each job once: no two jobs left with the same URL or the same company + title + place.
            const keys = [...world.devices[0]!.replica.jobs.values()].flatMap(({ job }) => [
              job.canonicalUrl,
              ...(job.identityKey ? [job.identityKey] : []),
            ]);
            expect(new Set(keys).size).toBe(keys.length);
          },
        ),
        {
          numRuns: count === 2 ? 60 : 40,
          examples: count === 2 ? [cutOffBeforeManifest, deletedNoteOnRevivedJob] : [noteOnFoldedJob],
        },
      );
    }, 120_000);
  }
});
