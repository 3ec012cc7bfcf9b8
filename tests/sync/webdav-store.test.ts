import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/sync/canonical-json';
import { syncOnce } from '@/utils/sync/engine';
import { SyncError } from '@/utils/sync/errors';
import { unlockFolder } from '@/utils/sync/vault';
import { WebdavStore } from '@/utils/sync/webdav-store';
import { addNote, editNote, pooledPosting, save, setStatus, visibleState } from './device-model';
import { FailingProxy } from './failing-proxy';
import { MemoryReplica } from './memory-replica';
import { apacheAvailable, startWebdavServer, type WebdavServer } from './webdav-server';

// The WebDAV store against a real server (Apache httpd + mod_dav on 127.0.0.1), and behind a
// proxy that makes it fail or lie. Every failure is a clear SyncError and leaves both sides as
// they were: the device's jobs and pending changes, and the server's manifest.

if (!apacheAvailable())
  throw new Error('These tests need Apache httpd with mod_dav: apt-get install apache2 (bash .ci/run does).');

let server: WebdavServer;
let proxy: FailingProxy;
let time = Date.UTC(2026, 10, 3, 9);
const now = () => time;

beforeAll(async () => {
  server = await startWebdavServer();
  proxy = new FailingProxy(server.url);
  await proxy.start();
}, 30_000);

afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

let folder = 0;
let folderPath = '';
beforeEach(() => {
  proxy.rules = [];
  folderPath = `/dav/jobshelf-${++folder}`;
});

function storeFor(options: { viaProxy?: boolean; password?: string; timeoutMs?: number; path?: string } = {}) {
  return new WebdavStore({
    url: `${options.viaProxy ? proxy.url : server.url}${options.path ?? folderPath}`,
    username: server.username,
    password: options.password ?? server.password,
    timeoutMs: options.timeoutMs ?? 10_000,
  });
}

function serverText(): string {
  return server
    .files()
    .map((file) => `${file.path}\n${file.data.toString('latin1')}`)
    .join('\n');
}

describe('WebDAV store (Apache httpd + mod_dav)', () => {
  it('syncs two devices end to end: the server holds only ciphertext and opaque names', async () => {
    const key = await unlockFolder(storeFor(), 'stable passphrase');
    const a = new MemoryReplica('aaa', now);
    const b = new MemoryReplica('bbb', now);
    save(a, pooledPosting(2), now());
    addNote([...a.jobs.values()][0]!, 'Hiring manager: Oksana Vey', now());
    await syncOnce(a, storeFor(), key);
    await syncOnce(b, storeFor(), key);
    time += 60_000;
    setStatus([...a.jobs.values()][0]!, 'applied', now());
    editNote([...b.jobs.values()][0]!, 0, 'Hiring manager: Oksana Vey (prefers email)', now());
    await syncOnce(a, storeFor(), key);
    await syncOnce(b, storeFor(), key);
    await syncOnce(a, storeFor(), key);
    expect(canonicalJson(visibleState(a))).toBe(canonicalJson(visibleState(b)));
    const job = [...a.jobs.values()][0]!;
    expect(job.job.status).toBe('applied');
    expect(job.notes[0]!.text).toBe('Hiring manager: Oksana Vey (prefers email)');

    const text = serverText();
    expect(
      server
        .files()
        .map((file) => file.path)
        .sort(),
    ).toContain(`${folderPath.split('/').pop()}/manifest`);
    for (const secret of ['Data Analyst', 'Brambleworks', 'Oksana', 'jobs.example.net', 'Lyon', 'applied'])
      expect(text).not.toContain(secret);
    for (const file of server.files())
      expect(file.path).toMatch(/^jobshelf-\d+\/(jobshelf\.json|manifest|shards\/[0-9a-f]{2})$/);
  }, 60_000);

  it('an incremental sync moves only the changed shard and the manifest', async () => {
    const key = await unlockFolder(storeFor(), 'stable passphrase');
    const a = new MemoryReplica('aaa', now);
    for (let i = 0; i < 4; i++) save(a, pooledPosting(i), now());
    const first = await syncOnce(a, storeFor(), key);
    expect(first.uploaded).toBeGreaterThanOrEqual(3);
    time += 1000;
    setStatus([...a.jobs.values()][0]!, 'interview', now());
    const next = await syncOnce(a, storeFor(), key);
    expect(next).toMatchObject({ uploaded: 1, downloaded: 0 });
  }, 60_000);

  it('a wrong app password (401) is a clear error', async () => {
    const error = await unlockFolder(storeFor({ password: 'nope' }), 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect((error as Error).message).toMatch(/user name or app password/);
  });

  it('a folder whose parent does not exist (409) says to check the URL', async () => {
    const error = await unlockFolder(storeFor({ path: '/dav/missing-parent/jobshelf' }), 'x').catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 409 });
    expect((error as Error).message).toMatch(/Check the server URL/);
  });

  async function setUpDevice() {
    const key = await unlockFolder(storeFor(), 'stable passphrase');
    const device = new MemoryReplica('ccc', now);
    save(device, pooledPosting(3), now());
    await syncOnce(device, storeFor(), key);
    time += 1000;
    setStatus([...device.jobs.values()][0]!, 'offer', now());
    const manifestBefore = server.files().find((file) => file.path.endsWith('/manifest'))!.data;
    const local = canonicalJson(visibleState(device));
    return { key, device, manifestBefore, local };
  }

  const failures: Array<[string, Rule['fault'] | 'hang', Partial<SyncError>, RegExp]> = [
    ['403 on writing a shard', { status: 403 }, { kind: 'forbidden' }, /does not let this account/],
    ['404 on writing a shard', { status: 404 }, { kind: 'not-found' }, /Check the server URL/],
    ['409 (a folder gone) twice in a row', { status: 409 }, { kind: 'not-found' }, /missing on the server \(409\)/],
    ['507 storage full', { status: 507 }, { kind: 'full' }, /out of storage space/],
    ['500 from the server', { status: 500 }, { kind: 'server' }, /answered 500/],
  ];
  type Rule = import('./failing-proxy').Rule;

  for (const [name, fault, expected, message] of failures) {
    it(`${name}: a clear error, nothing half-applied, and the next sync sends the change`, async () => {
      const { key, device, manifestBefore, local } = await setUpDevice();
      proxy.rules = [{ method: 'PUT', path: 'shards/', fault: fault as Rule['fault'] }];
      const error = await syncOnce(device, storeFor({ viaProxy: true }), key).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncError);
      expect(error).toMatchObject(expected);
      expect((error as Error).message).toMatch(message);
      expect(
        server
          .files()
          .find((file) => file.path.endsWith('/manifest'))!
          .data.equals(manifestBefore),
      ).toBe(true);
      expect(canonicalJson(visibleState(device))).toBe(local);
      expect((await device.state()).dirty.length).toBe(1);
      proxy.rules = [];
      expect((await syncOnce(device, storeFor({ viaProxy: true }), key)).uploaded).toBe(1);
      const other = new MemoryReplica('ddd', now);
      await syncOnce(other, storeFor(), key);
      expect([...other.jobs.values()][0]!.job.status).toBe('offer');
    }, 60_000);
  }

  it('a shards folder deleted by hand (409) is made again and the sync goes through', async () => {
    const { key, device } = await setUpDevice();
    proxy.rules = [{ method: 'PUT', path: 'shards/', fault: { status: 409 }, times: 1 }];
    expect((await syncOnce(device, storeFor({ viaProxy: true }), key)).uploaded).toBe(1);
  }, 60_000);

  it('a 412 on the manifest (another device got there first) is retried after merging', async () => {
    const { key, device } = await setUpDevice();
    proxy.rules = [{ method: 'PUT', path: 'manifest', fault: { status: 412 }, times: 1 }];
    const report = await syncOnce(device, storeFor({ viaProxy: true }), key, { backoffMs: 10 });
    expect(report.uploaded).toBe(1);
    expect(report.attempts).toBeGreaterThan(1);
    const other = new MemoryReplica('ddd', now);
    await syncOnce(other, storeFor(), key);
    expect([...other.jobs.values()][0]!.job.status).toBe('offer');
  }, 60_000);

  it('two devices writing the same shard at once: the server refuses one (412), it merges and both land', async () => {
    const key = await unlockFolder(storeFor(), 'stable passphrase');
    const a = new MemoryReplica('aaa', now);
    save(a, pooledPosting(2), now());
    await syncOnce(a, storeFor(), key);
    const b = new MemoryReplica('bbb', now);
    await syncOnce(b, storeFor(), key);
    time += 1000;
    setStatus([...a.jobs.values()][0]!, 'applied', now());
    addNote([...b.jobs.values()][0]!, 'Referral from Tomasz', now());
    await Promise.all([syncOnce(a, storeFor(), key), syncOnce(b, storeFor(), key)]);
    await syncOnce(a, storeFor(), key);
    await syncOnce(b, storeFor(), key);
    expect(canonicalJson(visibleState(a))).toBe(canonicalJson(visibleState(b)));
    const job = [...a.jobs.values()][0]!;
    expect(job.job.status).toBe('applied');
    expect(job.notes.map((note) => note.text)).toEqual(['Referral from Tomasz']);
  }, 60_000);

  it('a server that never answers is a timeout; one that sends junk is refused; an unreachable one is offline', async () => {
    const { key, device, local } = await setUpDevice();
    proxy.rules = [{ method: 'GET', path: 'manifest', fault: { hang: true } }];
    await expect(syncOnce(device, storeFor({ viaProxy: true, timeoutMs: 800 }), key)).rejects.toMatchObject({
      kind: 'timeout',
    });
    proxy.rules = [{ method: 'GET', path: 'manifest', fault: { junk: true } }];
    await expect(syncOnce(device, storeFor({ viaProxy: true }), key)).rejects.toMatchObject({ kind: 'corrupt' });
    const unreachable = new WebdavStore({
      url: 'http://127.0.0.1:9/dav/x',
      username: 'a',
      password: 'b',
      timeoutMs: 3000,
    });
    await expect(syncOnce(device, unreachable, key)).rejects.toMatchObject({ kind: 'offline' });
    expect(canonicalJson(visibleState(device))).toBe(local);
    expect((await device.state()).dirty.length).toBe(1);
  }, 60_000);
});
