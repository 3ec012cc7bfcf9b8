import { browser } from 'wxt/browser';
import { describeRestrictedUrl } from '@/utils/capture-failures';
import { runCaptureStages, UNREADABLE_PAGE, type StagesOutcome } from '@/utils/capture-stages';
import { finishFromText } from '@/utils/extract/text-finish';
import { captureStageSchema, type CaptureResult } from '@/utils/schema/capture';
import { runScriptInTab } from './extension-apis';

/** The tab's URL, and whether its page has finished loading. */
async function tabState(tabId: number): Promise<{ url: string | null; loaded: boolean }> {
  try {
    // Without the tabs permission the URL is only visible for tabs we may read (activeTab).
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url ?? null, loaded: tab.status === 'complete' };
  } catch {
    return { url: null, loaded: false };
  }
}

/** The page's last reply (untrusted: validated here) as what the UI shows. */
function captureFromOutcome(outcome: StagesOutcome, url: string | null): CaptureResult {
  if ('failure' in outcome) return outcome.failure;
  const stage = captureStageSchema.safeParse(outcome.reply);
  if (!stage.success) return { kind: 'failed', reason: UNREADABLE_PAGE };
  const reply = stage.data;
  if ('lost' in reply) {
    return { kind: 'failed', reason: 'The page changed while Jobshelf was reading it. Click Jobshelf again.' };
  }
  if ('needs' in reply) return { kind: 'failed', reason: UNREADABLE_PAGE };
  return { kind: 'read', extraction: finishFromText(reply), tabUrl: url };
}

/**
 * Reads the posting in a tab: injects the capture script (activeTab grants it), then the parts
 * the page asks for, and validates the reply, which is untrusted. No message channel is
 * opened: each reply is the return value of a script we injected into that tab.
 */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  const { url, loaded } = await tabState(tabId);
  const restricted = describeRestrictedUrl(url);
  if (restricted) return restricted;
  // A loaded page is injected at once; one still loading is read once it is idle.
  const outcome = await runCaptureStages((files) => runScriptInTab(tabId, files, loaded));
  return captureFromOutcome(outcome, url);
}

/**
 * What the popup read in a tab itself (it runs the same stages, so a stopped background starts
 * meanwhile): validated here like any reply from a page; the tab's URL is looked up here.
 */
export async function captureReadByPopup(tabId: number, outcome: StagesOutcome): Promise<CaptureResult> {
  const { url } = await tabState(tabId);
  return describeRestrictedUrl(url) ?? captureFromOutcome(outcome, url);
}
