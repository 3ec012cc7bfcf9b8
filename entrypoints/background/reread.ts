import { getDatabase } from '@/utils/db/database';
import { JobNotFoundError } from '@/utils/db/ids';
import { rereadJob } from '@/utils/db/jobs-repository';
import { safeHttpUrl } from '@/utils/format';
import { originPattern } from '@/utils/origin-pattern';
import { captureTab } from './capture';
import { closeTab, mayReadOrigin, openLoadedTab } from './extension-apis';

export type RereadOutcome = { ok: true; title: string } | { ok: false; reason: string };

/**
 * "Re-read from page" in the dashboard: opens the posting in a background tab, reads it as a click
 * on the toolbar button would, and updates this job with it (the user's edits kept). Needs the
 * host permission for the posting's site, which the dashboard asks for from the click.
 */
export async function rereadFromPage(jobId: string): Promise<RereadOutcome> {
  const job = await getDatabase().jobs.get(jobId);
  if (!job) throw new JobNotFoundError(jobId);
  const url = safeHttpUrl(job.posting.url) ?? safeHttpUrl(job.canonicalUrl);
  const pattern = url ? originPattern(url) : null;
  if (!url || !pattern) return { ok: false, reason: 'This job has no web address to read it again from.' };
  if (!(await mayReadOrigin(pattern))) {
    return { ok: false, reason: `Jobshelf may not read pages on ${new URL(url).hostname}. Allow it when the browser asks, or open the posting and click the Jobshelf button.` };
  }
  const tabId = await openLoadedTab(url);
  const capture = await captureTab(tabId).finally(() => closeTab(tabId));
  if (capture.kind !== 'read') return { ok: false, reason: capture.reason };
  const { posting, isJobPosting } = capture.extraction;
  if (!posting || !isJobPosting) {
    return { ok: false, reason: 'The page no longer shows a job posting (it may have closed or moved), so nothing was changed.' };
  }
  const updated = await rereadJob(getDatabase(), jobId, posting);
  return { ok: true, title: updated.posting.title };
}
