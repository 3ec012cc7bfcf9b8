import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaptureResult } from './schema/capture';
import type { Job } from './schema/job';
import type { Settings } from './schema/settings';
import type { Summary } from './schema/summary';
import type {
  AddNoteRequest,
  AddReminderRequest,
  AnalyzeTabRequest,
  DeleteJobsRequest,
  DeleteNoteRequest,
  EditNoteRequest,
  ReminderRequest,
  SaveJobRequest,
  SetStatusRequest,
  SnoozeReminderRequest,
  UpdateJobRequest,
  RereadJobRequest,
  UpdateSettingsRequest,
} from './schema/messages';

// Types only here: pages import this file and must not pay for zod. The background validates
// every request with the schemas in ./schema/messages. Pages read the database directly; every
// write goes through the background, which also owns its side effects (alarms, badge).

/** The answer to a write: ok, or a reason in words the UI shows as it is. */
export type WriteReply<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

/**
 * What the popup shows: the page as read, its summary (with the match to the user's skills),
 * and the AI setting. Summarizing in the background keeps the summarizer and zod out of the popup.
 */
export interface PopupReading {
  capture: CaptureResult;
  summary: Summary | null;
  /** The saved job this posting already is, so the popup shows "Saved" and its status at once. */
  savedJob: Job | null;
  aiProvider: Settings['aiProvider'];
  /** False until the user has entered skills or a résumé: the popup then invites them to. */
  hasProfile: boolean;
  /** When the posting closes (stated, or estimated the way a saved job's is), for the header. */
  expiry?: { date: string | null; estimated: boolean };
  /** Where the background spent its time (reported by the bench). */
  timings?: { captureMs: number; lookupMs: number; summaryMs: number };
}

export type SaveJobReply = WriteReply<{ jobId: string; created: boolean }>;

interface ProtocolMap {
  /** Read the posting in a tab (popup → background). */
  analyzeTab(request: AnalyzeTabRequest): PopupReading;
  /** Save (and optionally track) a posting. */
  saveJob(request: SaveJobRequest): SaveJobReply;
  /** Change (or clear, with null) a job's status; kept in its history. */
  setStatus(request: SetStatusRequest): WriteReply<{ suggestedFollowUpId: string | null }>;
  /** The user's edits to a job's fields and tags. */
  updateJob(request: UpdateJobRequest): WriteReply;
  /** Open the job's page in a background tab, read it again, update the job (edits kept). */
  rereadJob(request: RereadJobRequest): WriteReply<{ title: string }>;
  deleteJobs(request: DeleteJobsRequest): WriteReply<{ deleted: number }>;
  addNote(request: AddNoteRequest): WriteReply<{ noteId: string }>;
  editNote(request: EditNoteRequest): WriteReply;
  deleteNote(request: DeleteNoteRequest): WriteReply;
  addReminder(request: AddReminderRequest): WriteReply<{ reminderId: string }>;
  snoozeReminder(request: SnoozeReminderRequest): WriteReply;
  completeReminder(request: ReminderRequest): WriteReply;
  deleteReminder(request: ReminderRequest): WriteReply;
  updateSettings(request: UpdateSettingsRequest): WriteReply;
  /** After the dashboard's bulk import or delete-all: re-create alarms and the badge from the database. */
  rebuildAlarms(request: Record<string, never>): WriteReply<{ alarms: number }>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
