import { browser } from 'wxt/browser';
import { getDatabase, type JobshelfDatabase } from '@/utils/db/database';
import { backfillSummaries } from '@/utils/db/jobs-repository';
import {
  clearSyncConnection,
  DatabaseReplica,
  getSyncConnection,
  getSyncStatus,
  onLocalWrites,
  saveSyncConnection,
  setSyncStatus,
} from '@/utils/db/sync-repository';
import type { WriteReply } from '@/utils/messaging';
import { syncConnectRequestSchema } from '@/utils/schema/sync-messages';
import { syncOnce } from '@/utils/sync/engine';
import { SyncError } from '@/utils/sync/errors';
import type { SyncStatus } from '@/utils/sync/rows';
import { unlockFolder } from '@/utils/sync/vault';
import { WebdavStore } from '@/utils/sync/webdav-store';
import { syncReminders } from './reminders';

// When sync runs: a few seconds after every write (the jobs written), every 15 minutes and at
// browser start (everything), and on "Sync now". A failure that may pass by itself (offline,
// server busy) is retried with a growing delay, up to the 15-minute alarm; the changes wait in
// the database meanwhile, recorded and marked for upload.

export const SYNC_ALARM = 'jobshelf-sync';
export const SYNC_RETRY_ALARM = 'jobshelf-sync-retry';
const PERIOD_MINUTES = 15;
const DEBOUNCE_MS = 3_000;

const db = (): JobshelfDatabase => getDatabase();
const touched = new Set<string>();
let debounce: ReturnType<typeof setTimeout> | null = null;
let running: Promise<SyncStatus | null> | null = null;
let again: 'touched' | 'full' | null = null;
let failures = 0;

function originOf(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** The write hooks: any job, note or reminder written outside a sync schedules one. */
export function watchWrites(database: JobshelfDatabase = db()): void {
  onLocalWrites(database, (jobId) => {
    touched.add(jobId);
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      void runSync('touched');
    }, DEBOUNCE_MS);
  });
}

function failureStatus(previous: SyncStatus | null, error: unknown, now: number): SyncStatus {
  const message =
    error instanceof SyncError
      ? error.message
      : `Sync stopped on an unexpected error (${error instanceof Error ? error.message : String(error)}). Your jobs here are unchanged.`;
  return {
    state: 'error',
    lastSyncAt: previous?.lastSyncAt ?? null,
    error: message,
    errorAt: now,
    retrying: error instanceof SyncError && error.transient,
  };
}

async function syncWith(mode: 'touched' | 'full'): Promise<SyncStatus | null> {
  const database = db();
  const connection = await getSyncConnection(database);
  if (!connection) return null;
  const previous = await getSyncStatus(database);
  const scope = mode === 'full' ? 'all' : new Set(touched);
  if (mode === 'full') touched.clear();
  else for (const id of scope) touched.delete(id);
  try {
    if (!(await browser.permissions.contains({ origins: [originOf(connection.connection.url)] }))) {
      throw new SyncError(
        'forbidden',
        `Jobshelf no longer has your permission to reach ${new URL(connection.connection.url).origin}. Connect again in Settings → Sync. Your jobs here are unchanged.`,
      );
    }
    await setSyncStatus(database, {
      ...(previous ?? { lastSyncAt: null, error: null, errorAt: null, retrying: false }),
      state: 'syncing',
    });
    const report = await syncOnce(
      new DatabaseReplica(database, scope),
      new WebdavStore(connection.connection),
      connection.key,
    );
    const status: SyncStatus = {
      state: 'idle',
      lastSyncAt: Date.now(),
      error: null,
      errorAt: null,
      retrying: false,
      downloaded: report.downloaded,
      uploaded: report.uploaded,
      timings: report.timings,
    };
    await setSyncStatus(database, status);
    failures = 0;
    await browser.alarms.clear(SYNC_RETRY_ALARM);
    if (report.downloaded > 0) {
      // Jobs came in: their reminders and closing dates, and summaries for changed postings.
      await syncReminders().catch((error: unknown) =>
        console.error('Jobshelf: reminders not rebuilt after sync', error),
      );
      void backfillSummaries(database);
    }
    return status;
  } catch (error) {
    if (scope !== 'all') for (const id of scope) touched.add(id);
    const status = failureStatus(previous, error, Date.now());
    await setSyncStatus(database, status);
    if (status.retrying) {
      failures++;
      const delayInMinutes = Math.min(PERIOD_MINUTES, 0.5 * 2 ** (failures - 1));
      await browser.alarms.create(SYNC_RETRY_ALARM, { delayInMinutes });
    }
    return status;
  }
}

/** One sync at a time; a request during one runs once more after it. */
export async function runSync(mode: 'touched' | 'full'): Promise<SyncStatus | null> {
  if (running) {
    again = again === 'full' || mode === 'full' ? 'full' : 'touched';
    return running;
  }
  running = syncWith(mode);
  try {
    return await running;
  } finally {
    running = null;
    const next = again;
    again = null;
    if (next) void runSync(next);
  }
}

export async function handleSyncAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === SYNC_ALARM || alarm.name === SYNC_RETRY_ALARM) await runSync('full');
}

/** At browser start and install: the periodic alarm (when connected) and a full sync. */
export async function startSync(): Promise<void> {
  if (!(await getSyncConnection(db()))) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  await runSync('full');
}

function reason(error: unknown): string {
  return error instanceof SyncError
    ? error.message
    : `Could not connect: ${error instanceof Error ? error.message : String(error)}`;
}

export async function connectSync(data: unknown): Promise<WriteReply<{ status: SyncStatus | null }>> {
  const request = syncConnectRequestSchema.safeParse(data);
  if (!request.success) {
    const issue = request.error.issues[0];
    return { ok: false, reason: `Check the ${issue?.path.join('.') || 'form'}: ${issue?.message ?? 'invalid'}.` };
  }
  const { passphrase, ...connection } = request.data;
  connection.url = connection.url.replace(/\/+$/, '');
  if (!(await browser.permissions.contains({ origins: [originOf(connection.url)] }))) {
    return {
      ok: false,
      reason: `Jobshelf needs your permission to reach ${new URL(connection.url).origin}; it was not given.`,
    };
  }
  try {
    // A wrong passphrase stops here, before anything is stored or sent.
    const key = await unlockFolder(new WebdavStore(connection), passphrase);
    await saveSyncConnection(db(), connection, key);
  } catch (error) {
    return { ok: false, reason: reason(error) };
  }
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  failures = 0;
  return { ok: true, status: await runSync('full') };
}

export async function syncNow(): Promise<WriteReply<{ status: SyncStatus | null }>> {
  if (!(await getSyncConnection(db()))) return { ok: false, reason: 'Sync is not set up in this browser.' };
  return { ok: true, status: await runSync('full') };
}

export async function disconnectSync(): Promise<WriteReply> {
  await running?.catch(() => undefined);
  await clearSyncConnection(db());
  await browser.alarms.clear(SYNC_ALARM);
  await browser.alarms.clear(SYNC_RETRY_ALARM);
  touched.clear();
  return { ok: true };
}
