import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaptureResult } from './schema/capture';
import type { AnalyzeTabRequest, SaveJobRequest } from './schema/messages';

// Types only here: the popup imports this file and must not pay for zod. The background
// validates every request with the schemas in ./schema/messages.

export type SaveJobReply =
  | { ok: true; jobId: string; created: boolean }
  | { ok: false; reason: string };

interface ProtocolMap {
  /** Read the posting in a tab (popup → background). */
  analyzeTab(request: AnalyzeTabRequest): CaptureResult;
  /** Save (and optionally track) a posting (popup → background, the only writer). */
  saveJob(request: SaveJobRequest): SaveJobReply;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
