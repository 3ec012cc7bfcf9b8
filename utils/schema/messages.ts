import { z } from 'zod';
import { jobStatusSchema } from './job';
import { postingDraftSchema, postingFieldSchema, shortTextSchema } from './posting';
import { settingsSchema } from './settings';
import { timestampSchema } from './time';
import { syncConnectRequestSchema, syncNowRequestSchema } from './sync-messages';

// Every message to the background is validated with one of these where it is received.

const id = z.string().min(1).max(100);
const timestamp = timestampSchema;
const tabId = z.number().int().nonnegative();

/** What the popup read in the tab itself: the page's last reply (untrusted, validated like any), or why it failed. */
const readByPopupSchema = z.union([
  z.object({ reply: z.unknown() }).strict(),
  z
    .object({ failure: z.object({ kind: z.enum(['restricted', 'failed']), reason: z.string().min(1).max(1000) }) })
    .strict(),
]);
export const analyzeTabRequestSchema = z.object({
  tabId,
  /** The popup: answer with the page as read at once, and keep the summary for `readingSummary`. */
  summaryLater: z.boolean().optional(),
  /** The popup read the page itself (absent: the background reads it). */
  read: readByPopupSchema.optional(),
});
/**
 * The popup opened: a stopped background starts, and gets ready, while the popup reads the page;
 * with the tab's address, it answers at once with the job saved there, if any.
 */
export const popupOpenedRequestSchema = z.object({ url: z.string().max(8_192).optional() }).strip();
/** The summary of the tab's last `analyzeTab` with `summaryLater`. */
export const readingSummaryRequestSchema = z.object({ tabId });
/** The match of a posting the user corrected in the popup (work mode, place, pay), with their profile. */
export const matchPostingRequestSchema = z.object({ posting: postingDraftSchema });
export const saveJobRequestSchema = z.object({
  posting: postingDraftSchema,
  status: jobStatusSchema.nullable().optional(),
  /** The tab it was read from, for the toolbar badge. */
  tabId: tabId.optional(),
  /** Fields the user corrected in the popup before saving: kept over later re-reads. */
  edited: z.array(postingFieldSchema).max(20).optional(),
  /** The page said the job no longer takes applications: it is saved as closed. */
  closed: z.boolean().optional(),
});
export const setStatusRequestSchema = z.object({ jobId: id, status: jobStatusSchema.nullable() });
export const updateJobRequestSchema = z.object({
  jobId: id,
  /** Fields the user edited; they are kept over later re-reads of the page. */
  posting: postingDraftSchema.partial(),
  tags: z.array(shortTextSchema(60, 1)).max(50).optional(),
});
export const rereadJobRequestSchema = z.object({ jobId: id });
export const deleteJobsRequestSchema = z.object({ jobIds: z.array(id).min(1).max(100_000) });
export const addNoteRequestSchema = z.object({ jobId: id, text: z.string().trim().min(1).max(20_000) });
export const editNoteRequestSchema = z.object({ noteId: id, text: z.string().trim().min(1).max(20_000) });
export const deleteNoteRequestSchema = z.object({ noteId: id });
export const addReminderRequestSchema = z.object({
  jobId: id,
  dueAt: timestamp,
  text: z.string().max(2000).default(''),
});
export const snoozeReminderRequestSchema = z.object({ reminderId: id, until: timestamp });
export const reminderRequestSchema = z.object({ reminderId: id });
export const updateSettingsRequestSchema = settingsSchema.partial();

export type AnalyzeTabRequest = z.infer<typeof analyzeTabRequestSchema>;
export type SaveJobRequest = z.input<typeof saveJobRequestSchema>;
export type SetStatusRequest = z.infer<typeof setStatusRequestSchema>;
export type UpdateJobRequest = z.infer<typeof updateJobRequestSchema>;
export type RereadJobRequest = z.infer<typeof rereadJobRequestSchema>;
export type DeleteJobsRequest = z.infer<typeof deleteJobsRequestSchema>;
export type AddNoteRequest = z.infer<typeof addNoteRequestSchema>;
export type EditNoteRequest = z.infer<typeof editNoteRequestSchema>;
export type DeleteNoteRequest = z.infer<typeof deleteNoteRequestSchema>;
export type AddReminderRequest = z.input<typeof addReminderRequestSchema>;
export type SnoozeReminderRequest = z.infer<typeof snoozeReminderRequestSchema>;
export type ReminderRequest = z.infer<typeof reminderRequestSchema>;
export type UpdateSettingsRequest = z.input<typeof updateSettingsRequestSchema>;
export const rebuildAlarmsRequestSchema = z.object({}).strip();

/** The AI summary of the posting read from `tabId`; the background calls the provider (it holds the key). */
export const aiSummaryRequestSchema = z.object({
  tabId,
  posting: postingDraftSchema,
});
export type AiSummaryRequest = z.input<typeof aiSummaryRequestSchema>;

/**
 * The protocol table: every message the background answers, with the schema its request is
 * checked with. `ProtocolMap` (utils/messaging.ts) is derived from it as a type only, so pages
 * that send messages never load zod; the background registers one handler per entry.
 */
export const requestSchemas = {
  analyzeTab: analyzeTabRequestSchema,
  popupOpened: popupOpenedRequestSchema,
  readingSummary: readingSummaryRequestSchema,
  matchPosting: matchPostingRequestSchema,
  saveJob: saveJobRequestSchema,
  setStatus: setStatusRequestSchema,
  updateJob: updateJobRequestSchema,
  rereadJob: rereadJobRequestSchema,
  deleteJobs: deleteJobsRequestSchema,
  addNote: addNoteRequestSchema,
  editNote: editNoteRequestSchema,
  deleteNote: deleteNoteRequestSchema,
  addReminder: addReminderRequestSchema,
  snoozeReminder: snoozeReminderRequestSchema,
  completeReminder: reminderRequestSchema,
  deleteReminder: reminderRequestSchema,
  updateSettings: updateSettingsRequestSchema,
  /** After the dashboard's bulk import or delete-all: re-create alarms and the badge from the database. */
  rebuildAlarms: rebuildAlarmsRequestSchema,
  aiSummary: aiSummaryRequestSchema,
  /** The posting cut to what its page shows, for Chrome's on-device AI (which runs in the popup). */
  visiblePosting: aiSummaryRequestSchema,
  syncConnect: syncConnectRequestSchema,
  syncNow: syncNowRequestSchema,
  syncDisconnect: syncNowRequestSchema,
} as const;
export type MessageType = keyof typeof requestSchemas;
