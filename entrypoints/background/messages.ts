import { getDatabase } from '@/utils/db/database';
import { saveJob } from '@/utils/db/jobs-repository';
import { onMessage, type SaveJobReply } from '@/utils/messaging';
import { analyzeTabRequestSchema, saveJobRequestSchema } from '@/utils/schema/messages';
import type { CaptureResult } from '@/utils/schema/capture';
import { captureTab } from './capture';
import { setBadge } from './extension-apis';
import { describeSaveError } from './save';

export async function analyzeTab(data: unknown): Promise<CaptureResult> {
  const request = analyzeTabRequestSchema.safeParse(data);
  if (!request.success) return { kind: 'failed', reason: 'Invalid request: no tab to read.' };
  return captureTab(request.data.tabId);
}

export async function saveJobFromPopup(data: unknown, tabId?: number): Promise<SaveJobReply> {
  const request = saveJobRequestSchema.safeParse(data);
  if (!request.success) {
    return { ok: false, reason: 'This posting could not be saved: some of its fields are invalid.' };
  }
  try {
    const { job, created } = await saveJob(getDatabase(), request.data);
    if (tabId !== undefined) await setBadge(tabId, '✓', '#1f7a4d').catch(() => undefined);
    return { ok: true, jobId: job.id, created };
  } catch (error) {
    return { ok: false, reason: describeSaveError(error) };
  }
}

export function registerMessageHandlers(): void {
  onMessage('analyzeTab', ({ data }) => analyzeTab(data));
  onMessage('saveJob', ({ data }) => saveJobFromPopup(data, data.tabId));
}
