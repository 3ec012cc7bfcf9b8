import { getDatabase } from '@/utils/db/database';
import { JobNotFoundError, UserFacingError } from '@/utils/db/errors';
import { jobById } from '@/utils/db/job-queries';
import { rereadJob } from '@/utils/db/jobs-repository';
import { safeHttpUrl } from '@/utils/format';
import { originPattern } from '@/utils/origin-pattern';
import { verdictOf } from '@/utils/detection-verdict';
import { captureTab } from './capture';
import { closeTab, mayReadOrigin, openLoadedTab } from './extension-apis';

/**
 * "Re-read from page" in the dashboard: opens the posting in a background tab, reads it as a click
 * on the toolbar button would, and updates this job with it (the user's edits kept). Needs the
 * host permission for the posting's site, which the dashboard asks for from the click. Expected
 * failures (no permission, no posting on the page any more) throw a UserFacingError.
 */
export async function rereadFromPage(jobId: string): Promise<{ title: string }> {
  const job = await jobById(getDatabase(), jobId);
  if (!job) throw new JobNotFoundError(jobId);
  const url = safeHttpUrl(job.posting.url) ?? safeHttpUrl(job.canonicalUrl);
  const pattern = url ? originPattern(url) : null;
  if (!url || !pattern) throw new UserFacingError('This job has no web address to read it again from.');
  if (!(await mayReadOrigin(pattern))) {
    throw new UserFacingError(
      `Jobshelf may not read pages on ${new URL(url).hostname}. Allow it when the browser asks, or open the posting and click the Jobshelf button.`,
    );
  }
  const tabId = await openLoadedTab(url);
  const capture = await captureTab(tabId).finally(() => closeTab(tabId));
  if (capture.kind !== 'read') throw new UserFacingError(capture.reason);
  const { posting } = capture.extraction;
  const verdict = verdictOf(capture.extraction);
  // An unsure read (the job may have been saved with "Save anyway") counts only while the page
  // still shows the same title; otherwise a closed or moved page could overwrite the job.
  const sameTitle = !!posting && titleKey(posting.title) === titleKey(job.posting.title);
  if (!posting || !(verdict === 'posting' || (verdict === 'unsure' && sameTitle))) {
    throw new UserFacingError(
      'The page no longer shows a job posting (it may have closed or moved), so nothing was changed.',
    );
  }
  const updated = await rereadJob(getDatabase(), jobId, posting);
  return { title: updated.posting.title };
}

const titleKey = (title: string) => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
