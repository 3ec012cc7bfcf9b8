import { z } from 'zod';
import { jobEventSchema, jobSchema, noteSchema, reminderSchema } from '../schema/job';
import { settingsSchema } from '../schema/settings';

export const BACKUP_FORMAT = 'jobshelf-backup';
/** Bumped when the file's shape changes; older versions get a migration here, newer are refused. */
export const BACKUP_VERSION = 1;

/** Settings in a backup: each known key, validated; unknown keys are refused, not ignored. */
export const backupSettingsSchema = settingsSchema.partial().strict();

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().max(40),
  jobs: z.array(jobSchema).max(200_000),
  events: z.array(jobEventSchema).max(2_000_000),
  notes: z.array(noteSchema).max(500_000),
  reminders: z.array(reminderSchema).max(500_000),
  settings: backupSettingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;
