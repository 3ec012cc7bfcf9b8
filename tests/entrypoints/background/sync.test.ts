import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  connectSync,
  disconnectSync,
  runSync,
  SYNC_ALARM,
  SYNC_RETRY_ALARM,
  watchWrites,
} from '@/entrypoints/background/sync';
import { getDatabase } from '@/utils/db/database';
import { saveJob } from '@/utils/db/jobs-repository';
import { getSyncConnection, getSyncStatus } from '@/utils/db/sync-repository';
import { makePosting } from '../../posting-factory';
import { apacheAvailable, startWebdavServer, type WebdavServer } from '../../sync/webdav-server';

// The background's sync wiring against a real WebDAV server: connect, a write that syncs by
// itself a few seconds later, the retry alarm growing while offline, disconnect keeping the jobs.

if (!apacheAvailable())
  throw new Error('These tests need Apache httpd with mod_dav: apt-get install apache2 (bash .ci/run does).');

let dav: WebdavServer;
beforeAll(async () => {
  dav = await startWebdavServer();
  watchWrites(getDatabase());
}, 30_000);
afterAll(async () => {
  await dav?.stop();
});
beforeEach(() => {
  fakeBrowser.permissions.contains = vi.fn(async () => true) as typeof fakeBrowser.permissions.contains;
});

describe('background sync', () => {
  it('refuses a plain-http address to another computer, and a wrong passphrase, storing nothing', async () => {
    const plain = await connectSync({
      url: 'http://cloud.example.org/dav',
      username: 'me',
      password: 'x',
      passphrase: 'long enough phrase',
    });
    expect(plain).toMatchObject({ ok: false });
    expect((plain as { reason: string }).reason).toMatch(/https/);
    expect(await getSyncConnection(getDatabase())).toBeNull();
  });

  it('connects, syncs each write by itself a few seconds later, retries with a growing delay while offline, and disconnects keeping the jobs', async () => {
    const db = getDatabase();
    await saveJob(db, { posting: makePosting({ title: 'Bookbinder', company: 'Inkwell & Thread' }) });
    const connected = await connectSync({
      url: `${dav.folderUrl}/`,
      username: dav.username,
      password: dav.password,
      passphrase: 'long enough phrase',
    });
    expect(connected).toMatchObject({ ok: true, status: { state: 'idle', error: null } });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(15);
    const wrong = await connectSync({
      url: dav.folderUrl,
      username: dav.username,
      password: dav.password,
      passphrase: 'not the same phrase',
    });
    expect((wrong as { reason: string }).reason).toMatch(/passphrase does not open/);
    expect((await getSyncConnection(db))?.connection.url).toBe(dav.folderUrl);

    const before = (await getSyncStatus(db))!.lastSyncAt!;
    await saveJob(db, {
      posting: makePosting({
        title: 'Letterpress Printer',
        company: 'Inkwell & Thread',
        url: 'https://jobs.example.com/ink/2',
        canonicalUrl: 'https://jobs.example.com/ink/2',
      }),
    });
    await vi.waitFor(async () => expect((await getSyncStatus(db))!.lastSyncAt).toBeGreaterThan(before), {
      timeout: 15_000,
      interval: 200,
    });
    expect((await getSyncStatus(db))!.uploaded).toBe(1);

    // Offline: the server's address stops answering. Each failure waits longer before the retry.
    const row = await db.syncState.get('connection');
    await db.syncState.put({
      key: 'connection',
      value: {
        ...(row!.value as { url: string; username: string; password: string }),
        url: 'http://127.0.0.1:9/dav/jobshelf',
      },
    });
    const first = await runSync('full');
    expect(first).toMatchObject({ state: 'error', retrying: true });
    expect(first!.error).toMatch(/Could not reach the sync server/);
    const retry1 = await fakeBrowser.alarms.get(SYNC_RETRY_ALARM);
    await runSync('full');
    const retry2 = await fakeBrowser.alarms.get(SYNC_RETRY_ALARM);
    expect(retry2!.scheduledTime - Date.now()).toBeGreaterThan(retry1!.scheduledTime - Date.now() + 20_000);

    // Permission taken back in the browser: a clear error, nothing sent.
    fakeBrowser.permissions.contains = vi.fn(async () => false) as typeof fakeBrowser.permissions.contains;
    expect((await runSync('full'))!.error).toMatch(/no longer has your permission/);

    expect(await disconnectSync()).toEqual({ ok: true });
    expect(await getSyncConnection(db)).toBeNull();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
    expect(await db.jobs.count()).toBe(2);
  }, 60_000);
});
