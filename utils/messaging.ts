import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { CaptureResult } from './schema/capture';
import type { Job } from './schema/job';
import type { MessageType, requestSchemas } from './schema/messages';
import type { PostingDraft } from './schema/posting';
import type { Settings } from './schema/settings';
import type { Match, Summary } from './schema/summary';
import type { ProviderResult } from './summarize/providers/types';
import type { SyncStatus } from './sync/rows';

// Types only here: pages import this file and must not pay for zod. The background validates
// every request with the schemas of the protocol table (`requestSchemas` in ./schema/messages),
// and refuses any message that does not come from the extension's own pages. Pages read the
// database directly; every write goes through the background, which also owns its side effects.

/** The answer to a write: ok, or a reason in words the UI shows as it is. */
export type WriteReply<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

/**
 * Which AI engine the user turned on, without its address or key: the background makes remote
 * calls itself, so no secret ever reaches a page.
 */
export interface AiEngineChoice {
  kind: Settings['aiProvider']['kind'];
  /** The model's name, shown while it works. */
  model: string;
}

/**
 * What the popup shows: the page as read, its summary (with the match to the user's skills),
 * and the AI engine chosen. Summarizing in the background keeps the summarizer and zod out of the popup.
 */
export interface PopupReading {
  capture: CaptureResult;
  summary: Summary | null;
  /** The saved job this posting already is, so the popup shows "Saved" and its status at once. */
  savedJob: Job | null;
  aiProvider: AiEngineChoice;
  /** False until the user has entered skills or a résumé: the popup then invites them to. */
  hasProfile: boolean;
  /** When the posting closes (stated, or estimated the way a saved job's is), for the header. */
  expiry?: { date: string | null; estimated: boolean };
  /** The summary comes after, answered to `readingSummary` (asked with `summaryLater`): the header shows first. */
  summaryLater?: boolean;
  /** Where the background spent its time (reported by the bench). */
  /** pageMs: the extraction's own run in the page (captureMs also holds the injections and their compiling). */
  /** checkMs: the background's check of what the popup read (captureMs is then the popup's reading). */
  timings?: { captureMs: number; lookupMs: number; summaryMs?: number; pageMs?: number; checkMs?: number };
}

/** The job saved at the tab's address, with what the popup needs to show it before the page is read. */
export interface SavedAtOpen {
  savedJob: Job;
  hasProfile: boolean;
}

export type SaveJobReply = WriteReply<{ jobId: string; created: boolean }>;

/** What the background answers to each message of the protocol table. */
export interface ProtocolReplies {
  /** Read the posting in a tab (popup → background). */
  analyzeTab: PopupReading;
  /**
   * Starts the background (a stopped service worker) while the popup reads the page, and names the
   * job saved at the tab's address, if any: the popup shows it before the page is read.
   */
  popupOpened: { saved: SavedAtOpen | null };
  /** The summary `analyzeTab` kept for this tab (null when there was none, or it is gone). */
  readingSummary: { summary: Summary | null; summaryMs?: number };
  /** The posting's match against the profile as the user corrected it (null: nothing to weigh). */
  matchPosting: { match: Match | null };
  /** Save (and optionally track) a posting. */
  saveJob: SaveJobReply;
  /** Change (or clear, with null) a job's status; kept in its history. */
  setStatus: WriteReply<{ suggestedFollowUpId: string | null }>;
  /** The user's edits to a job's fields and tags. */
  updateJob: WriteReply;
  /** Open the job's page in a background tab, read it again, update the job (edits kept). */
  rereadJob: WriteReply<{ title: string }>;
  deleteJobs: WriteReply<{ deleted: number }>;
  addNote: WriteReply<{ noteId: string }>;
  editNote: WriteReply;
  deleteNote: WriteReply;
  addReminder: WriteReply<{ reminderId: string }>;
  snoozeReminder: WriteReply;
  completeReminder: WriteReply;
  deleteReminder: WriteReply;
  updateSettings: WriteReply;
  rebuildAlarms: WriteReply<{ alarms: number }>;
  /** The remote AI provider's summary of the visible posting, checked against its text. */
  aiSummary: ProviderResult;
  /** Null when the page can no longer be read or shows none of the posting's text. */
  visiblePosting: PostingDraft | null;
  /** Settings → Sync: set the folder up (or join it) and run the first sync, which merges both sides. */
  syncConnect: WriteReply<{ status: SyncStatus | null }>;
  syncNow: WriteReply<{ status: SyncStatus | null }>;
  /** Stops syncing; the jobs in this browser stay. */
  syncDisconnect: WriteReply;
}

/** Every message: its request as the sender writes it, its reply. Derived from the protocol table. */
export type ProtocolMap = {
  [K in MessageType]: (request: z.input<(typeof requestSchemas)[K]>) => ProtocolReplies[K];
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
