import type { JobStatus } from '@/utils/schema/job';
import { getDatabase } from '@/utils/db/database';
import { saveJob } from '@/utils/db/jobs-repository';
import { captureTab } from './capture';
import { notify, setBadge } from './extension-apis';

export type SaveFromTabOutcome =
  | { ok: true; jobId: string; created: boolean; title: string }
  | { ok: false; reason: string };

/**
 * The right-click menu and the keyboard shortcut: read the tab, save the posting, and confirm with
 * the badge and a short notification (there is no popup to show the result in).
 */
export async function saveFromTab(
  tabId: number,
  options: { status?: JobStatus | null } = {},
): Promise<SaveFromTabOutcome> {
  const capture = await captureTab(tabId);
  let outcome: SaveFromTabOutcome;
  if (capture.kind !== 'read') {
    outcome = { ok: false, reason: capture.reason };
  } else if (!capture.extraction.posting || !capture.extraction.isJobPosting) {
    outcome = {
      ok: false,
      reason: 'This page does not look like a job posting, so nothing was saved.',
    };
  } else {
    const posting = capture.extraction.posting;
    try {
      const { job, created } = await saveJob(getDatabase(), { posting, status: options.status });
      outcome = { ok: true, jobId: job.id, created, title: posting.title };
    } catch (error) {
      outcome = { ok: false, reason: describeSaveError(error) };
    }
  }
  if (outcome.ok) {
    await setBadge(tabId, '✓', '#1f7a4d');
    await notify(
      `saved-${outcome.jobId}`,
      outcome.created ? 'Saved to Jobshelf' : 'Updated in Jobshelf',
      outcome.title,
    );
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
    return 'Your disk is full, so the job was not saved. Free some space and try again; nothing saved before was changed.';
  }
  return `The job could not be saved (${message}). Nothing saved before was changed.`;
}
