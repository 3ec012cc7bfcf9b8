import { browser } from 'wxt/browser';
import { describeCaptureFailure, describeRestrictedUrl } from '@/utils/capture-failures';
import type { CaptureResult } from '@/utils/schema/capture';
import { extractionSchema } from '@/utils/schema/posting';
import { verdictOf } from '@/utils/detection-verdict';
import { runScriptInTab } from './extension-apis';

const CAPTURE_SCRIPT = '/content-scripts/capture.js' as const;
const READABILITY_SCRIPT = '/content-scripts/readability.js' as const;

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    // Without the tabs permission the URL is only visible for tabs we may read (activeTab).
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the posting in a tab: injects the capture script (activeTab grants it), and validates
 * what the page sent back, which is untrusted.
 */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  const url = await tabUrl(tabId);
  const restricted = describeRestrictedUrl(url);
  if (restricted) return restricted;
  let raw: unknown;
  try {
    raw = await runScriptInTab(tabId, CAPTURE_SCRIPT);
  } catch (error) {
    return describeCaptureFailure(error);
  }
  const parsed = extractionSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'failed', reason: 'Jobshelf could not make sense of what this page contains.' };
  }
  let extraction = parsed.data;
  if (verdictOf(extraction) !== 'not-posting' && extraction.posting && !extraction.posting.descriptionText) {
    // A posting (or maybe one) without a description: read it with Readability, injected only now.
    const withReadability = extractionSchema.safeParse(
      await runScriptInTab(tabId, READABILITY_SCRIPT).catch(() => null),
    );
    if (withReadability.success && withReadability.data.posting) extraction = withReadability.data;
  }
  return { kind: 'read', extraction, tabUrl: url };
}
