import { DATABASE_NAME, JobshelfDatabase, setActiveExpiry } from './database';
import { migrations } from './migrations';
import { getSettings } from './settings-repository';
import type { Backup } from '../backup/backup-schema';
import { makeBackup } from '../backup/export-backup';
import {
  planImport,
  type ExistingJobKey,
  type ImportMode,
  type ImportOptions,
  type ImportPreview,
} from '../backup/import-plan';
import { closeIfPastExpiry, reopenIfClosedOnEstimate } from '../jobs/history';
import { localDay } from '../local-time';
import type { Job } from '../schema/job';

/**
 * Everything the user has, as a backup (settings as they are in effect, defaults included), except
 * the AI provider's API key: a backup file is copied and shared far more than a browser profile.
 */
export async function readBackup(db: JobshelfDatabase, now: number = Date.now()): Promise<Backup> {
  return db.transaction('r', [db.jobs, db.notes, db.reminders, db.settings], async () => {
    const [jobs, notes, reminders, settings] = await Promise.all([
      db.jobs.orderBy('savedAt').toArray(),
      db.notes.toArray(),
      db.reminders.toArray(),
      getSettings(db),
    ]);
    return makeBackup(
      { jobs, notes, reminders, settings: { ...settings, aiProvider: { ...settings.aiProvider, apiKey: '' } } },
      now,
    );
  });
}

/**
 * Id, URL and last change of every saved job, from the indexes alone: planning an import of
 * 10,000 jobs must not read 10,000 postings.
 */
async function existingJobKeys(db: JobshelfDatabase): Promise<ExistingJobKey[]> {
  const [urls, urlIds, updated, updatedIds] = await Promise.all([
    db.jobs.orderBy('canonicalUrl').keys(),
    db.jobs.orderBy('canonicalUrl').primaryKeys(),
    db.jobs.orderBy('updatedAt').keys(),
    db.jobs.orderBy('updatedAt').primaryKeys(),
  ]);
  const updatedAt = new Map<string, number>();
  updatedIds.forEach((id, index) => updatedAt.set(String(id), Number(updated[index])));
  return urlIds.map((id, index) => ({
    id: String(id),
    canonicalUrl: String(urls[index]),
    updatedAt: updatedAt.get(String(id)) ?? 0,
  }));
}

async function settingKeysHere(db: JobshelfDatabase): Promise<string[]> {
  return (await db.settings.toCollection().primaryKeys()).map(String);
}

/** What importing would do, shown before anything is written. */
export async function previewImport(db: JobshelfDatabase, backup: Backup, mode: ImportMode): Promise<ImportPreview> {
  const [existing, settingKeys] = await Promise.all([existingJobKeys(db), settingKeysHere(db)]);
  return planImport(backup, existing, mode, settingKeys).preview;
}

/**
 * A connection for `applyImport` alone (close it after): without the activeExpiresAt hook, whose
 * read-before-write Dexie would otherwise do for each of 10,000 rows. `applyImport` sets the field.
 */
export function openImportWriter(): JobshelfDatabase {
  return new JobshelfDatabase(DATABASE_NAME, migrations.length, { expiryHook: false });
}

/**
 * A job as it is written by an import: a posting whose stated closing day has passed is closed now, as
 * the background would mark it a moment later (thousands of rewrites after the import), and
 * activeExpiresAt is set, as the hook on the shared connection would. A copy: the backup stays as read.
 */
function importedJob(job: Job, today: string, now: number): Job {
  const written = { ...job };
  // Older backups may hold jobs closed on an estimate alone: open again, as the version 5 upgrade does.
  reopenIfClosedOnEstimate(written, now);
  closeIfPastExpiry(written, today, now);
  setActiveExpiry(written);
  return written;
}

/**
 * Applies an import in ONE transaction over every table: it all lands, or (on any error) nothing
 * does. The plan is made again inside the transaction so it matches the data it writes over.
 * Right on a connection without the expiry hook (`openImportWriter`) as on any other. The caller
 * asks the background to rebuild alarms afterwards.
 */
export async function applyImport(
  db: JobshelfDatabase,
  backup: Backup,
  mode: ImportMode,
  now: number = Date.now(),
  options: ImportOptions = {},
): Promise<ImportPreview> {
  return db.transaction('rw', [db.jobs, db.notes, db.reminders, db.settings], async () => {
    const [existing, settingKeys] = await Promise.all([existingJobKeys(db), settingKeysHere(db)]);
    const plan = planImport(backup, existing, mode, settingKeys, options);
    if (mode === 'replace') {
      await Promise.all([db.jobs.clear(), db.notes.clear(), db.reminders.clear(), db.settings.clear()]);
    }
    const today = localDay(now);
    const jobs = plan.jobs.map((job) => importedJob(job, today, now));
    const settingRows = Object.entries(plan.settings)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => ({ key, value }));
    // Issued together: the database works through the jobs while the page queues the rest. Still
    // one transaction: any failure rejects it and nothing lands.
    await Promise.all([
      db.jobs.bulkPut(jobs),
      db.notes.bulkPut(plan.notes),
      db.reminders.bulkPut(plan.reminders),
      db.settings.bulkPut(settingRows),
    ]);
    return plan.preview;
  });
}

/** Deletes every job with its notes, history and reminders in one transaction; settings stay. */
export async function deleteAllJobs(db: JobshelfDatabase): Promise<number> {
  return db.transaction('rw', [db.jobs, db.notes, db.reminders], async () => {
    const count = await db.jobs.count();
    await Promise.all([db.jobs.clear(), db.notes.clear(), db.reminders.clear()]);
    return count;
  });
}
