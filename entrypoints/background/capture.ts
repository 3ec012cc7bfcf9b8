import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { describeCaptureFailure, describeRestrictedUrl } from '@/utils/capture-failures';
import { captureStageSchema, type CaptureResult } from '@/utils/schema/capture';
import { runScriptInTab } from './extension-apis';

const CAPTURE_SCRIPT = '/capture.js' as const;
/**
 * The on-demand parts, injected only when the capture script says the page needs them: the
 * generic reader with the finishing steps (a page whose structured data or site rule left a field
 * it reads open), the finishing steps alone (the reader could change nothing) and Readability (no
 * description found). Each resumes the run the previous script paused.
 */
const PART_SCRIPTS = {
  reader: '/reader.js',
  readability: '/readability.js',
  finish: '/finish.js',
} as const;

const UNREADABLE = 'Jobshelf could not make sense of what this page contains.';

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

/**
 * Reads the posting in a tab: injects the capture script (activeTab grants it), then the parts
 * the page asks for, and validates every reply, which is untrusted. No message channel is
 * opened: each reply is the return value of a script we injected into that tab.
 */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  const { url, loaded } = await tabState(tabId);
  const restricted = describeRestrictedUrl(url);
  if (restricted) return restricted;
  // Nearly every page goes on to the reader (or to the finishing steps, which the reader's script
  // brings too): it is injected with the capture script, in the same call, which saves a round trip
  // to the page; it resumes the paused run, or hands on the capture's own reply (paused-run.ts).
  let script: ScriptPublicPath | readonly ScriptPublicPath[] = [CAPTURE_SCRIPT, PART_SCRIPTS.reader];
  const asked = new Set<keyof typeof PART_SCRIPTS>(['reader']);
  for (;;) {
    let raw: unknown;
    try {
      // A loaded page is injected at once; one still loading is read once it is idle.
      raw = await runScriptInTab(tabId, script, loaded);
    } catch (error) {
      return describeCaptureFailure(error);
    }
    const stage = captureStageSchema.safeParse(raw);
    if (!stage.success) return { kind: 'failed', reason: UNREADABLE };
    const reply = stage.data;
    if ('lost' in reply) {
      return { kind: 'failed', reason: 'The page changed while Jobshelf was reading it. Click Jobshelf again.' };
    }
    if (!('needs' in reply)) return { kind: 'read', extraction: reply, tabUrl: url };
    // Each part is asked for at most once (reader, then Readability): a page cannot keep us injecting.
    if (asked.has(reply.needs)) return { kind: 'failed', reason: UNREADABLE };
    asked.add(reply.needs);
    script = PART_SCRIPTS[reply.needs];
  }
}
