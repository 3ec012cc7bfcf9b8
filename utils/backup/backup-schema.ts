import { z } from 'zod';
import { jobEventSchema, jobSchema, noteSchema, reminderSchema } from '../schema/job';
import { settingsSchema } from '../schema/settings';
import { MAX_TIMESTAMP } from '../schema/time';

export const BACKUP_FORMAT = 'jobshelf-backup';
/**
 * Bumped when the file's shape changes; older versions are converted on import (parse-backup),
 * newer are refused. 2: each job carries its history (1 had it in a separate `events` list).
 */
export const BACKUP_VERSION = 2;

/** Settings in a backup: each known key, validated; unknown keys are refused, not ignored. */
export const backupSettingsSchema = settingsSchema.partial().strict();

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the file was written: an ISO date and time within the calendar the other times keep to. */
  exportedAt: z
    .string()
    .max(40)
    .refine((value) => {
      const at = Date.parse(value);
      return Number.isFinite(at) && at >= 0 && at <= MAX_TIMESTAMP;
    }, 'expected a date and time between 1970 and 9999'),
  jobs: z.array(jobSchema).max(200_000),
  notes: z.array(noteSchema).max(500_000),
  reminders: z.array(reminderSchema).max(500_000),
  settings: backupSettingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;

/** Version 1 (Jobshelf before the history moved into each job): read, converted, never written. */
export const backupV1Schema = backupSchema.extend({
  version: z.literal(1),
  jobs: z.array(jobSchema.omit({ history: true })).max(200_000),
  events: z.array(jobEventSchema).max(2_000_000),
});
export type BackupV1 = z.infer<typeof backupV1Schema>;
