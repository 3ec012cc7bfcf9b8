import { browser } from 'wxt/browser';
import { getDatabase } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings-repository';
import { originPattern } from '@/utils/origin-pattern';
import { aiSummaryRequestSchema } from '@/utils/schema/messages';
import { openAiCompatibleProvider } from '@/utils/summarize/providers/openai-compatible';
import type { PostingDraft } from '@/utils/schema/posting';
import type { ProviderFailure, ProviderResult } from '@/utils/summarize/providers/types';
import { visiblePosting, visibleTextOfPage } from '@/utils/summarize/providers/visible-text';
import { mayReadOrigin } from './extension-apis';

const fail = (reason: ProviderFailure['reason'], message: string): ProviderFailure => ({ ok: false, reason, message });

/** The text a reader can see in the tab, or null when the tab cannot be read any more. */
async function visibleTextOfTab(tabId: number): Promise<string | null> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: visibleTextOfPage });
    return typeof frame?.result === 'string' ? frame.result : null;
  } catch {
    return null;
  }
}

/**
 * The remote AI provider's summary of the posting in a tab. Here, not in the popup: the API key
 * never leaves the background. Before anything is sent, the browser must have granted the
 * endpoint's origin (Settings asks; an imported provider is asked for after a confirmation), and
 * only the posting's visible text goes: hidden text is where pages put instructions for AIs.
 */
export async function summarizeWithAi(data: unknown): Promise<ProviderResult> {
  const request = aiSummaryRequestSchema.safeParse(data);
  if (!request.success) return fail('malformed', 'Invalid request: no posting to summarize.');
  const { aiProvider } = await getSettings(getDatabase());
  if (aiProvider.kind !== 'openai-compatible')
    return fail('unavailable', 'No remote AI provider is turned on in Settings.');
  const origin = originPattern(aiProvider.baseUrl);
  if (!origin || !aiProvider.model) return fail('unavailable', 'Set the AI provider’s address and model in Settings.');
  if (!(await mayReadOrigin(origin))) {
    return fail(
      'no-permission',
      `Jobshelf has no permission to reach ${origin.replace('/*', '')}, so nothing was sent. Save the provider again in Settings to allow it.`,
    );
  }
  const pageText = await visibleTextOfTab(request.data.tabId);
  if (pageText === null)
    return fail('unavailable', 'The page is no longer open, so its visible text could not be read.');
  const posting = visiblePosting(request.data.posting, pageText);
  if (!posting.descriptionText) {
    return fail(
      'unavailable',
      'None of this posting’s text is visible on the page, so nothing was sent to the AI provider.',
    );
  }
  const { baseUrl, model, apiKey } = aiProvider;
  return openAiCompatibleProvider({ baseUrl, model, apiKey }).summarize(posting);
}

/**
 * The posting with only what its page shows, for an engine that runs in the popup (Chrome's
 * on-device AI): the same filter as for a remote one. Null when there is nothing visible to send.
 */
export async function visiblePostingOfTab(data: unknown): Promise<PostingDraft | null> {
  const request = aiSummaryRequestSchema.safeParse(data);
  if (!request.success) return null;
  const pageText = await visibleTextOfTab(request.data.tabId);
  if (pageText === null) return null;
  const posting = visiblePosting(request.data.posting, pageText);
  return posting.descriptionText ? posting : null;
}
