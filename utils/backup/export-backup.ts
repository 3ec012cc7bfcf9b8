import type { Job, Note, Reminder } from '../schema/job';
import type { Settings } from '../schema/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-schema';

export interface BackupContents {
  jobs: Job[];
  notes: Note[];
  reminders: Reminder[];
  settings: Partial<Settings>;
}

export function makeBackup(contents: BackupContents, now: number = Date.now()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    jobs: contents.jobs,
    notes: contents.notes,
    reminders: contents.reminders,
    settings: contents.settings,
  };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/** "jobshelf-backup-2026-03-12.json" */
export function backupFileName(now: number = Date.now(), extension = 'json'): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return `jobshelf-${extension === 'csv' ? 'jobs' : 'backup'}-${day}.${extension}`;
}
