import { z } from 'zod';
import { jobStatusValues } from '../job-status';
import { isoDateSchema, postingDraftSchema, postingFieldSchema, shortTextSchema } from './posting';
import { summarySchema } from './summary';
import { timestampSchema } from './time';

/** The application journey. A job that is only saved (bookmarked) has no status. */
export const jobStatusSchema = z.enum(jobStatusValues);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** One step of a job's history, kept in the job itself: it is small and always read with it. */
export const historyEntrySchema = z.object({
  id: z.string().min(1),
  at: timestampSchema,
  type: z.enum(['saved', 'updated', 'status', 'closed', 'merged']),
  /** For `status`: the new status (null = back to only saved). */
  status: jobStatusSchema.nullable().optional(),
  fromStatus: jobStatusSchema.nullable().optional(),
  detail: z.string().max(2000).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** A history entry with its job's id: how backups of version 1 (and database version 2) held them. */
export const jobEventSchema = historyEntrySchema.extend({ jobId: z.string().min(1) });
export type JobEvent = z.infer<typeof jobEventSchema>;

/** A saved posting with its tracking state. Large text stays in `posting`, never in an index. */
export const jobSchema = z.object({
  id: z.string().min(1),
  /** Dedupe key: the posting's canonical URL. */
  canonicalUrl: z.string().min(1),
  /** Every other URL this job was saved from (other sites, raw URLs with tracking). */
  urlAliases: z.array(z.string()),
  /** company|title|first location, lowercased: finds the same job saved from another site. */
  identityKey: z.string(),
  posting: postingDraftSchema,
  status: jobStatusSchema.nullable(),
  /** When the status last changed (savedAt while only saved): time in stage, sorting the board. */
  statusChangedAt: timestampSchema,
  /** The built-in summary, computed when saved so lists of thousands never summarize on render. */
  summary: summarySchema.nullable(),
  savedAt: timestampSchema,
  updatedAt: timestampSchema,
  /** When the posting closes: validThrough, a date in the text, or an estimate. */
  expiresAt: isoDateSchema.nullable(),
  expiresEstimated: z.boolean(),
  /** Set when the posting was seen closed or its date passed. */
  closedAt: timestampSchema.nullable(),
  /**
   * expiresAt while the posting is open (closedAt null), else absent. Maintained by a database
   * hook, indexed so reminders find open postings by date without reading closed ones.
   */
  activeExpiresAt: isoDateSchema.optional(),
  /** activeExpiresAt when the date is stated, not estimated: the postings a passed date closes. */
  statedExpiresAt: isoDateSchema.optional(),
  /** Expiry lead times (days before) already notified, so each fires once. */
  expiryNotified: z.array(z.number().int().min(0).max(365)).max(20),
  /** Last time the optional closed-posting check fetched the page. */
  lastCheckedAt: timestampSchema.nullable(),
  tags: z.array(shortTextSchema(60)).max(50),
  /** Fields the user edited by hand: a re-read never overwrites them. */
  userEdited: z.array(postingFieldSchema),
  /** Saved, status changes, updates, closed: oldest first. */
  history: z.array(historyEntrySchema).max(5_000),
});
export type Job = z.infer<typeof jobSchema>;

export const noteSchema = z.object({
  id: z.string().min(1),
  jobId: z.string().min(1),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  text: z.string().max(20_000),
});
export type Note = z.infer<typeof noteSchema>;

export const reminderSchema = z.object({
  id: z.string().min(1),
  jobId: z.string().min(1),
  kind: z.enum(['follow-up', 'custom']),
  dueAt: timestampSchema,
  state: z.enum(['pending', 'done', 'dismissed']),
  /** Set when the notification was shown, so a reminder fires once. */
  firedAt: timestampSchema.nullable(),
  text: z.string().max(2000),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** Key/value settings; each value is validated by its own schema where it is read. */
export const settingSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});
export type Setting = z.infer<typeof settingSchema>;
