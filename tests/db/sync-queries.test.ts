import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { readSyncView } from '@/utils/db/sync-queries';
import { clearSyncConnection, saveSyncConnection } from '@/utils/db/sync-repository';

let db: JobshelfDatabase;

beforeEach(() => {
  db = new JobshelfDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('readSyncView', () => {
  it('is empty before sync is set up', async () => {
    expect(await readSyncView(db)).toEqual({ connection: null, status: null });
  });

  it('shows the folder, the account and the status, never the password', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await saveSyncConnection(db, { url: 'https://dav.example.org/jobshelf', username: 'ana', password: 'secret' }, key);
    const view = await readSyncView(db);
    expect(view.connection).toEqual({ url: 'https://dav.example.org/jobshelf', username: 'ana' });
    expect(view.status?.state).toBe('idle');
    expect(JSON.stringify(view)).not.toContain('secret');
    await clearSyncConnection(db);
    expect(await readSyncView(db)).toEqual({ connection: null, status: null });
  });
});
