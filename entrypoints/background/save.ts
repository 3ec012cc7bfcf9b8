import { getDatabase } from '@/utils/db/database';
import { UserFacingError } from '@/utils/db/errors';
import { saveJob } from '@/utils/db/jobs-repository';
import type { JobStatus } from '@/utils/schema/job';
import type { PostingDraft } from '@/utils/schema/posting';
import { postingFromSelection } from '@/utils/selection-posting';
import { verdictOf } from '@/utils/detection-verdict';
import { captureTab } from './capture';
import { notify, setBadge } from './extension-apis';
import { syncReminders } from './reminders';

export type SaveFromTabOutcome =
  { ok: true; jobId: string; created: boolean; title: string } | { ok: false; reason: string };

export interface SaveFromTabOptions {
  status?: JobStatus | null;
  /** Save the selected text as the description (right-click on a selection). */
  selection?: { text: string; tabTitle: string | null; tabUrl: string | null };
}

async function postingOf(tabId: number, options: SaveFromTabOptions): Promise<PostingDraft | { reason: string }> {
  const capture = await captureTab(tabId);
  if (options.selection) {
    // A selection is saved even where the page itself could not be read as a posting.
    const extraction = capture.kind === 'read' ? capture.extraction : null;
    const tabUrl = (capture.kind === 'read' ? capture.tabUrl : null) ?? options.selection.tabUrl;
    return postingFromSelection(extraction, { ...options.selection, tabUrl });
  }
  if (capture.kind !== 'read') return { reason: capture.reason };
  // Without the popup the user sees nothing before the save: only a clear posting is saved here.
  // Anything less is the popup's to show, check and save on the user's word ("Save anyway").
  const verdict = verdictOf(capture.extraction);
  if (!capture.extraction.posting || verdict !== 'posting') {
    return {
      reason:
        verdict === 'unsure'
          ? 'Jobshelf is not sure this page is a job posting, so nothing was saved. Click the Jobshelf button to check the details and save it.'
          : 'This page does not look like a job posting, so nothing was saved. Click the Jobshelf button to save it anyway.',
    };
  }
  return capture.extraction.posting;
}

/**
 * The right-click menu and the keyboard shortcut: read the tab, save the posting, and confirm with
 * the badge and a short notification (there is no popup to show the result in).
 */
export async function saveFromTab(tabId: number, options: SaveFromTabOptions = {}): Promise<SaveFromTabOutcome> {
  const posting = await postingOf(tabId, options);
  let outcome: SaveFromTabOutcome;
  if ('reason' in posting) {
    outcome = { ok: false, reason: posting.reason };
  } else {
    try {
      const { job, created } = await saveJob(getDatabase(), { posting, status: options.status });
      outcome = { ok: true, jobId: job.id, created, title: posting.title };
    } catch (error) {
      outcome = { ok: false, reason: describeSaveError(error) };
    }
  }
  if (outcome.ok) {
    await syncReminders().catch((error: unknown) => console.error('Jobshelf: reminders not synced', error));
    await setBadge(tabId, '✓', '#1f7a4d');
    const verb = options.status ? 'Saved and tracking' : outcome.created ? 'Saved to Jobshelf' : 'Updated in Jobshelf';
    await notify(`saved-${outcome.jobId}`, verb, outcome.title);
  } else {
    await setBadge(tabId, '!', '#b3261e');
    await notify(`not-saved-${tabId}`, 'Jobshelf did not save this page', outcome.reason);
  }
  return outcome;
}

/** A database failure in words; a full disk is the one users can act on. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'Your disk is full, so nothing was saved. Free some space and try again; what you saved before is unchanged.';
  }
  if (error instanceof UserFacingError) return message;
  return `This could not be saved (${message}). What you saved before is unchanged.`;
}
