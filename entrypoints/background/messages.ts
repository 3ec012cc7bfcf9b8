import type { z } from 'zod';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/utils/db/database';
import { deleteJobs, recordClosedCheckOf, saveJob, setJobStatus, updateJob } from '@/utils/db/jobs-repository';
import { addNote, deleteNote, editNote } from '@/utils/db/notes-repository';
import { addReminder, completeReminder, deleteReminder, snoozeReminder } from '@/utils/db/reminders-repository';
import { getSettings, updateSettings } from '@/utils/db/settings-repository';
import { isFromExtensionPage } from '@/utils/message-sender';
import {
  onMessage,
  type PopupReading,
  type ProtocolMap,
  type ProtocolReplies,
  type SavedAtOpen,
  type SaveJobReply,
  type WriteReply,
} from '@/utils/messaging';
import { summarize } from '@/utils/summarize';
import { prepareSkillMatcher } from '@/utils/summarize/skill-matcher';
import { findJobAtUrl, findJobForPosting } from '@/utils/db/job-queries';
import { localDay } from '@/utils/local-time';
import { effectiveExpiry } from '@/utils/reminders/expiry';
import { hasMatchProfile } from '@/utils/jobs-view/profile';
import type { CaptureResult } from '@/utils/schema/capture';
import type { PostingDraft } from '@/utils/schema/posting';
import type { Settings } from '@/utils/schema/settings';
import type { Match, Summary } from '@/utils/schema/summary';
import * as requests from '@/utils/schema/messages';
import { summarizeWithAi, visiblePostingOfTab } from './ai-summary';
import { captureReadByPopup, captureTab } from './capture';
import { scheduleClosedCheck } from './closed-check';
import { setBadge } from './extension-apis';
import { syncReminders } from './reminders';
import { rereadFromPage } from './reread';
import { describeSaveError } from './save';
import { connectSync, disconnectSync, runSync, syncNow } from './sync';

/**
 * Summaries kept for the popup, by tab: asked with `summaryLater`, `analyzeTab` answers as soon as
 * the page is read (the popup shows the posting's header), then summarizes; `readingSummary` takes it.
 */
const laterSummaries = new Map<number, Promise<{ summary: Summary | null; summaryMs: number }>>();
/** A summary nobody asked for is dropped after this long. */
const LATER_SUMMARY_KEPT_MS = 60_000;

function summaryOf(posting: PostingDraft | null, profile: Settings['profile']) {
  const started = performance.now();
  const summary = posting ? summarize(posting, profile) : null;
  return { summary, summaryMs: performance.now() - started };
}

/** Summarizes after the reply has gone (a task later), for `readingSummary` to take. */
function keepSummaryFor(tabId: number, posting: PostingDraft | null, profile: Settings['profile']): void {
  const pending = new Promise<{ summary: Summary | null; summaryMs: number }>((resolve) =>
    setTimeout(() => {
      try {
        resolve(summaryOf(posting, profile));
      } catch (error) {
        console.error('Jobshelf: no summary', error);
        resolve({ summary: null, summaryMs: 0 });
      }
    }, 0),
  );
  laterSummaries.set(tabId, pending);
  setTimeout(() => {
    if (laterSummaries.get(tabId) === pending) laterSummaries.delete(tabId);
  }, LATER_SUMMARY_KEPT_MS);
}

export async function readingSummary(data: unknown): Promise<{ summary: Summary | null; summaryMs?: number }> {
  const request = requests.readingSummaryRequestSchema.safeParse(data);
  if (!request.success) return { summary: null };
  const pending = laterSummaries.get(request.data.tabId);
  laterSummaries.delete(request.data.tabId);
  return pending ? await pending : { summary: null };
}

/** The match again after the user corrected what it weighs (work mode, place, pay) in the popup. */
export async function matchPosting(data: unknown): Promise<{ match: Match | null }> {
  const request = requests.matchPostingRequestSchema.safeParse(data);
  if (!request.success) return { match: null };
  const { profile } = await getSettings(db());
  return { match: summarize(request.data.posting, profile).match ?? null };
}

/**
 * The popup opened and reads the page: meanwhile open the database (its first read in a fresh
 * worker costs tens of ms) and name the job saved at the tab's address, which the popup shows while
 * the page is read. Not the skills matcher: on two cores its build slowed the page's reading
 * (posting shown 708 → 616 ms median when left out, cold) and the summary came no sooner.
 */
export async function popupOpened(data: unknown): Promise<{ saved: SavedAtOpen | null }> {
  const request = requests.popupOpenedRequestSchema.safeParse(data);
  const settings = await getSettings(db());
  const url = request.success ? request.data.url : undefined;
  const savedJob = url ? await findJobAtUrl(db(), url) : undefined;
  if (!savedJob) return { saved: null };
  return {
    saved: { savedJob, hasProfile: hasMatchProfile(settings.profile) },
  };
}

export async function analyzeTab(data: unknown): Promise<PopupReading> {
  const request = requests.analyzeTabRequestSchema.safeParse(data);
  // Build the skills matcher in slices: when the background reads the page itself (menu, shortcut)
  // the build overlaps the page's reading and its answers are handled between two slices (built in
  // one go, it held the capture up); after the popup's reading it starts here, not at popupOpened.
  prepareSkillMatcher();
  const started = performance.now();
  const settingsRead = getSettings(db());
  const capture = !request.success
    ? ({ kind: 'failed', reason: 'Invalid request: no tab to read.' } satisfies CaptureResult)
    : request.data.read
      ? await captureReadByPopup(request.data.tabId, request.data.read)
      : await captureTab(request.data.tabId);
  const captured = performance.now();
  const settings = await settingsRead;
  // Whatever was read, posting or not: the popup shows it to check, or keeps it for "Save anyway",
  // and a page saved anyway before is found again.
  const posting = capture.kind === 'read' ? capture.extraction.posting : null;
  // The database looks for the saved job while the summary is computed: the two overlap.
  const lookup = posting ? findJobForPosting(db(), posting) : Promise.resolve(undefined);
  const later = request.success && request.data.summaryLater === true;
  const { summary, summaryMs } = later ? { summary: null, summaryMs: 0 } : summaryOf(posting, settings.profile);
  const savedJob = (await lookup) ?? null;
  if (later && request.success) keepSummaryFor(request.data.tabId, posting, settings.profile);
  const expiry = posting ? effectiveExpiry(posting, settings.estimatedLifetimeDays, localDay(Date.now())) : undefined;
  return {
    capture,
    summary,
    savedJob,
    expiry: expiry && { date: expiry.date, estimated: expiry.estimated },
    // Which engine, never its address or key: the background calls a remote provider itself.
    aiProvider: { kind: settings.aiProvider.kind, model: settings.aiProvider.model },
    hasProfile: hasMatchProfile(settings.profile),
    ...(later ? { summaryLater: true } : {}),
    // The lookup's time includes the summary's, which it overlaps (none when the summary comes later).
    timings: {
      captureMs: captured - started,
      lookupMs: performance.now() - captured,
      ...(later ? {} : { summaryMs }),
      ...(capture.kind === 'read' && capture.extraction.elapsedMs !== undefined
        ? { pageMs: capture.extraction.elapsedMs }
        : {}),
    },
  };
}

/**
 * One shape for every write: validate the request, write, then bring alarms and the badge in
 * line with the database. Expected failures come back as `{ ok: false, reason }` in plain words.
 */
function writeHandler<S extends z.ZodType, T extends object>(
  schema: S,
  write: (request: z.infer<S>) => Promise<T>,
): (data: unknown) => Promise<WriteReply<T>> {
  return async (data) => {
    const request = schema.safeParse(data);
    if (!request.success) {
      const issue = request.error.issues[0];
      return { ok: false, reason: `Invalid request${issue ? `: ${issue.path.join('.')} ${issue.message}` : ''}.` };
    }
    try {
      const result = await write(request.data);
      await syncReminders().catch((error: unknown) => console.error('Jobshelf: reminders not synced', error));
      return { ok: true, ...result };
    } catch (error) {
      return { ok: false, reason: describeSaveError(error) };
    }
  };
}

const db = () => getDatabase();

export const saveJobFromPopup = writeHandler(requests.saveJobRequestSchema, async (request) => {
  const { job, created } = await saveJob(db(), request);
  // The page said the job is closed: saved as closed, with that in its history (once).
  if (request.closed && job.closedAt === null)
    await recordClosedCheckOf(db(), job.id, Date.now(), 'The page said it no longer takes applications');
  if (request.tabId !== undefined) await setBadge(request.tabId, '✓', '#1f7a4d').catch(() => undefined);
  return { jobId: job.id, created };
}) satisfies (data: unknown) => Promise<SaveJobReply>;

export const handlers = {
  setStatus: writeHandler(requests.setStatusRequestSchema, async ({ jobId, status }) => {
    const { suggestedFollowUp } = await setJobStatus(db(), jobId, status);
    return { suggestedFollowUpId: suggestedFollowUp?.id ?? null };
  }),
  updateJob: writeHandler(requests.updateJobRequestSchema, async ({ jobId, posting, tags }) => {
    await updateJob(db(), jobId, { posting, tags });
    return {};
  }),
  rereadJob: writeHandler(requests.rereadJobRequestSchema, ({ jobId }) => rereadFromPage(jobId)),
  deleteJobs: writeHandler(requests.deleteJobsRequestSchema, async ({ jobIds }) => ({
    deleted: await deleteJobs(db(), jobIds),
  })),
  addNote: writeHandler(requests.addNoteRequestSchema, async ({ jobId, text }) => ({
    noteId: (await addNote(db(), jobId, text)).id,
  })),
  editNote: writeHandler(requests.editNoteRequestSchema, async ({ noteId, text }) => {
    await editNote(db(), noteId, text);
    return {};
  }),
  deleteNote: writeHandler(requests.deleteNoteRequestSchema, async ({ noteId }) => {
    await deleteNote(db(), noteId);
    return {};
  }),
  addReminder: writeHandler(requests.addReminderRequestSchema, async (request) => ({
    reminderId: (await addReminder(db(), request)).id,
  })),
  snoozeReminder: writeHandler(requests.snoozeReminderRequestSchema, async ({ reminderId, until }) => {
    await snoozeReminder(db(), reminderId, until);
    return {};
  }),
  completeReminder: writeHandler(requests.reminderRequestSchema, async ({ reminderId }) => {
    await completeReminder(db(), reminderId);
    return {};
  }),
  deleteReminder: writeHandler(requests.reminderRequestSchema, async ({ reminderId }) => {
    await deleteReminder(db(), reminderId);
    return {};
  }),
  updateSettings: writeHandler(requests.updateSettingsRequestSchema, async (patch) => {
    await updateSettings(db(), patch);
    await scheduleClosedCheck((await getSettings(db())).closedCheck);
    return {};
  }),
  rebuildAlarms: writeHandler(requests.rebuildAlarmsRequestSchema, async () => {
    void runSync('full'); // a bulk import or delete-all bypassed the write hooks
    return { alarms: (await syncReminders()).alarms };
  }),
};

/** Every message the background answers: one handler per entry of the protocol table. */
export const messageHandlers: { [K in keyof ProtocolReplies]: (data: unknown) => Promise<ProtocolReplies[K]> } = {
  analyzeTab,
  popupOpened,
  readingSummary,
  matchPosting,
  saveJob: saveJobFromPopup,
  ...handlers,
  aiSummary: summarizeWithAi,
  visiblePosting: visiblePostingOfTab,
  syncConnect: connectSync,
  syncNow: () => syncNow(),
  syncDisconnect: () => disconnectSync(),
};

/** What a refused sender gets: an error, with nothing read, written or sent. */
export class RefusedMessageError extends Error {
  constructor(type: string) {
    super(`Jobshelf refused "${type}": it did not come from one of Jobshelf's own pages.`);
    this.name = 'RefusedMessageError';
  }
}

/**
 * Registers every handler in one loop, behind one check of who sent the message: only the
 * extension's own pages may. A content script runs in a page the page's scripts can drive.
 */
export function registerMessageHandlers(): void {
  const register = <K extends keyof ProtocolReplies>(type: K) => {
    onMessage(type, async ({ data, sender }) => {
      if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
        throw new RefusedMessageError(type);
      return (await messageHandlers[type](data)) as ReturnType<ProtocolMap[K]>;
    });
  };
  for (const type of Object.keys(messageHandlers) as Array<keyof ProtocolReplies>) register(type);
}
