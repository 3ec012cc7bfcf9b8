import { beforeAll, describe, expect, it } from 'vitest';
import { deriveKey, newKdfParams } from '@/utils/sync/crypto';
import { compactDeleted, jobAlive, mergeDocs, TOMBSTONE_KEEP_MS } from '@/utils/sync/doc';
import { mergeShard } from '@/utils/sync/replica';
import { syncOnce } from '@/utils/sync/engine';
import { encodeHlc, newClock, observe, tick } from '@/utils/sync/hlc';
import { recordLocal } from '@/utils/sync/local-state';
import { addNote, editNote, pooledPosting, save, setStatus } from './device-model';
import { MemoryReplica } from './memory-replica';
import { DeviceConnection, MemoryStore } from './memory-store';

let key: CryptoKey;
beforeAll(async () => {
  key = await deriveKey('a passphrase', newKdfParams());
});

function pair() {
  let time = Date.UTC(2026, 10, 2, 9);
  const server = new MemoryStore();
  const now = () => time;
  const a = { replica: new MemoryReplica('aaa', now), connection: new DeviceConnection(server) };
  const b = { replica: new MemoryReplica('bbb', now), connection: new DeviceConnection(server) };
  return { server, a, b, advance: (ms = 1000) => (time += ms), now };
}

const only = (replica: MemoryReplica) => [...replica.jobs.values()][0]!;

describe('hybrid logical clocks', () => {
  it('orders a change after everything seen, even when the wall clock is behind', () => {
    const ahead = encodeHlc(tick(newClock('x'), 5_000));
    const behind = observe(newClock('y'), ahead);
    expect(encodeHlc(tick(behind, 1_000)) > ahead).toBe(true);
    expect(encodeHlc(tick(tick(newClock('z'), 7), 7)) > encodeHlc(tick(newClock('z'), 7))).toBe(true);
  });
});

describe('a deleted job', () => {
  it('takes its notes with it: a note the device recorded, then deleted with the job, stays deleted', () => {
    const replica = new MemoryReplica('aaa', () => 10);
    save(replica, pooledPosting(2), 1);
    const local = only(replica);
    addNote(local, 'Call the recruiter', 5);
    const withNote = recordLocal(undefined, local, newClock('aaa'), 10).doc!;
    const deleted = recordLocal(withNote, null, newClock('aaa'), 20).doc!;
    expect(jobAlive(deleted)).toBe(false);
    expect(Object.values(deleted.notes).every((note) => note.d !== undefined)).toBe(true);
  });
});

describe('merge', () => {
  it('is commutative and idempotent for concurrent field edits', () => {
    const job = (status: 'applied' | 'offer', device: string, at: number) => {
      const replica = new MemoryReplica(device, () => at);
      save(replica, pooledPosting(2), 1);
      const local = only(replica);
      setStatus(local, status, at);
      return recordLocal(undefined, { ...local, job: { ...local.job, id: 'same' } }, newClock(device), at).doc!;
    };
    const x = job('applied', 'aaa', 10);
    const y = job('offer', 'bbb', 20);
    const xy = mergeDocs(x, y);
    const yx = mergeDocs(y, x);
    expect(xy.f.status!.v).toBe('offer');
    expect(JSON.stringify(Object.keys(xy.h).sort())).toBe(JSON.stringify(Object.keys(yx.h).sort()));
    expect(mergeDocs(xy, xy).f).toEqual(xy.f);
  });

  it('keeps the losing value of a conflicting edit in the history; both devices agree', async () => {
    const { a, b, advance } = pair();
    save(a.replica, pooledPosting(2), Date.UTC(2026, 10, 2, 9));
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    advance();
    setStatus(only(a.replica), 'applied', Date.UTC(2026, 10, 2, 10));
    advance();
    setStatus(only(b.replica), 'rejected', Date.UTC(2026, 10, 2, 11));
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    await syncOnce(a.replica, a.connection, key);
    expect(only(a.replica).job.status).toBe('rejected');
    expect(only(b.replica).job).toEqual(only(a.replica).job);
    const details = only(a.replica).job.history.map((entry) => entry.detail ?? '');
    expect(details.some((detail) => detail.includes('Status on another device was “applied”'))).toBe(true);
    // Both status changes are in the history too.
    expect(
      only(a.replica)
        .job.history.filter((entry) => entry.type === 'status')
        .map((entry) => entry.status),
    ).toEqual(['applied', 'rejected']);
  });

  it('keeps both texts of a note edited on two devices at once', async () => {
    const { a, b, advance, now } = pair();
    save(a.replica, pooledPosting(3), now());
    addNote(only(a.replica), 'Recruiter: Ines', now());
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    advance();
    editNote(only(a.replica), 0, 'Recruiter: Ines, call Tuesday', now());
    advance();
    editNote(only(b.replica), 0, 'Recruiter: Ines (left the company)', now());
    await syncOnce(b.replica, b.connection, key);
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    const job = only(a.replica);
    expect(job.notes.map((note) => note.text)).toEqual(['Recruiter: Ines (left the company)']);
    expect(job.job.history.some((entry) => entry.detail?.includes('Recruiter: Ines, call Tuesday'))).toBe(true);
    expect(only(b.replica).job.history).toEqual(job.job.history);
  });

  it('propagates a deletion, and an edit made after it elsewhere brings the job back whole', async () => {
    const { a, b, advance, now } = pair();
    save(a.replica, pooledPosting(2), now());
    addNote(only(a.replica), 'Portfolio sent', now());
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    advance();
    a.replica.jobs.clear();
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    expect(b.replica.jobs.size).toBe(0);

    // Deleted on A while B, offline, kept working on it: B's later edit wins, nothing is lost.
    save(a.replica, pooledPosting(3), now());
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    advance();
    a.replica.jobs.clear();
    await syncOnce(a.replica, a.connection, key);
    advance();
    addNote(only(b.replica), 'Interview on Friday', now());
    await syncOnce(b.replica, b.connection, key);
    await syncOnce(a.replica, a.connection, key);
    expect(only(a.replica).notes.map((note) => note.text)).toEqual(['Interview on Friday']);
    expect(only(a.replica).job.posting.title).toBe('Office Manager');
  });

  it('sheds what a long-deleted job carried, and an edit made after the deletion still brings it back whole', async () => {
    const { server, a, b, advance, now } = pair();
    const c = { replica: new MemoryReplica('ccc', now), connection: new DeviceConnection(server) };
    const gone = save(a.replica, pooledPosting(2), now());
    addNote(a.replica.jobs.get(gone)!, 'Portfolio sent', now());
    for (const device of [a, b, c]) await syncOnce(device.replica, device.connection, key);
    advance();
    // C goes offline; A deletes the job; B stays in touch for more than the keep time.
    a.replica.jobs.delete(gone);
    await syncOnce(a.replica, a.connection, key);
    advance(TOMBSTONE_KEEP_MS + 86_400_000);
    await syncOnce(b.replica, b.connection, key);
    expect(b.replica.jobs.has(gone)).toBe(false);
    const tombstone = b.replica.docs.get(gone)!;
    expect([tombstone.f, tombstone.notes, tombstone.h]).toEqual([{}, {}, {}]);
    expect(tombstone.d).toBeDefined();
    // A takes the compacted shard as it is: nothing more to write back.
    await syncOnce(a.replica, a.connection, key);
    expect(a.replica.docs.get(gone)).toEqual(tombstone);
    expect((await a.replica.state()).dirty).toEqual([]);
    // C comes back with an edit made after the deletion: the job returns whole, everywhere.
    addNote(c.replica.jobs.get(gone)!, 'Second interview booked', now());
    await syncOnce(c.replica, c.connection, key);
    await syncOnce(a.replica, a.connection, key);
    const back = a.replica.jobs.get(gone)!;
    expect(back.job.posting.title).toBe(c.replica.jobs.get(gone)!.job.posting.title);
    expect(back.notes.map((note) => note.text)).toContain('Second interview booked');
  });

  it('compacts a shard only once the deletion is older than the keep time, and converges after', () => {
    const { a, now } = pair();
    save(a.replica, pooledPosting(2), now());
    const id = only(a.replica).job.id;
    const full = recordLocal(undefined, only(a.replica), newClock('aaa'), now()).doc!;
    const deleted = recordLocal(full, null, newClock('aaa'), now() + 1000).doc!;
    expect(jobAlive(deleted)).toBe(false);
    expect(compactDeleted(deleted, now() + TOMBSTONE_KEEP_MS - 86_400_000)).toBe(deleted);
    const later = now() + TOMBSTONE_KEEP_MS + 86_400_000;
    const first = mergeShard(new Map([[id, deleted]]), [deleted], later);
    expect(first.ahead).toBe(true);
    expect(first.merged[0]!.f).toEqual({});
    const second = mergeShard(new Map([[id, deleted]]), first.merged, later);
    expect(second.ahead).toBe(false);
    expect(second.merged[0]).toEqual(first.merged[0]);
  });

  it('merges the same job saved on two devices from two URLs, with both histories and notes', async () => {
    const { a, b, advance, now } = pair();
    save(a.replica, pooledPosting(0), now());
    setStatus(only(a.replica), 'applied', now());
    addNote(only(a.replica), 'Applied through the board', now());
    advance();
    save(b.replica, pooledPosting(1), now());
    addNote(only(b.replica), 'Saw it on their site', now());
    await syncOnce(a.replica, a.connection, key);
    await syncOnce(b.replica, b.connection, key);
    await syncOnce(a.replica, a.connection, key);
    expect(a.replica.jobs.size).toBe(1);
    expect(b.replica.jobs.size).toBe(1);
    const job = only(a.replica);
    expect(job.job).toEqual(only(b.replica).job);
    expect([job.job.canonicalUrl, ...job.job.urlAliases].sort()).toEqual([
      'https://boards.example.org/q/1',
      'https://quillfeather.example/careers/77',
    ]);
    expect(job.notes.map((note) => note.text).sort()).toEqual(['Applied through the board', 'Saw it on their site']);
    expect(job.job.status).toBe('applied');
    expect(job.job.history.some((entry) => entry.type === 'merged')).toBe(true);
  });
});
