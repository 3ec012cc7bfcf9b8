import type { MessageType } from './schema/messages';
import { sendMessage, type ProtocolMap, type ProtocolReplies, type WriteReply } from './messaging';

// The one client the popup and the dashboard talk to the background with. The background may be
// restarting (a service worker, a Firefox event page): a message that does not arrive comes back
// as a reply the page can show, never as an exception a click handler forgets to catch.

export type RequestOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];

/** The messages whose answer is a write's `{ ok, reason }` (a failure in words fits their reply). */
export type WriteMessage = {
  [K in MessageType]: { ok: false; reason: string } extends ProtocolReplies[K] ? K : never;
}[MessageType];

/** Why a message did not arrive, in the words every page shows. */
export function unreachable(error: unknown): string {
  return `Jobshelf could not reach its background (${error instanceof Error ? error.message : String(error)}). Try again.`;
}

/** Asks the background; a message that does not arrive is answered by `onUnreachable`. */
export async function ask<K extends MessageType>(
  type: K,
  request: RequestOf<K>,
  onUnreachable: (error: unknown) => ProtocolReplies[K],
): Promise<ProtocolReplies[K]> {
  try {
    // The library's overloads cannot be resolved for a generic message type: the same call, typed per message.
    const sendOne = sendMessage as (type: K, request: RequestOf<K>) => Promise<ProtocolReplies[K]>;
    return await sendOne(type, request);
  } catch (error) {
    return onUnreachable(error);
  }
}

/** A write: its reply, or `{ ok: false, reason }` when the background could not be reached. */
export function send<K extends WriteMessage>(type: K, request: RequestOf<K>): Promise<ProtocolReplies[K]> {
  return ask(type, request, (error) => ({ ok: false, reason: unreachable(error) }) as ProtocolReplies[K]);
}

/** A write for a UI that shows only what went wrong: null when it worked, else the reason. */
export async function write<K extends WriteMessage>(type: K, request: RequestOf<K>): Promise<string | null> {
  const reply: WriteReply = await send(type, request);
  return reply.ok ? null : reply.reason;
}
