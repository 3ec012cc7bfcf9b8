/**
 * The order in which a click reads a page: the capture script with the reader's, then each part the
 * page asks for. One home for it: the popup runs it itself (so a stopped background starts while the
 * page is read, not before), the background for the context menu, the shortcut and re-reads.
 * Light on purpose (no zod): the popup loads it first. Whoever gets the last reply validates it.
 */
import { describeCaptureFailure, type CaptureFailure } from './capture-failures';

export const CAPTURE_SCRIPT = '/capture.js';

/**
 * The on-demand parts, injected only when the page says it needs them: the generic reader with the
 * finishing steps, the finishing steps alone (the reader could change nothing) and Readability (no
 * description found). Each resumes the run the previous script paused.
 */
export const PART_SCRIPTS = {
  reader: '/reader.js',
  readability: '/readability.js',
  finish: '/finish.js',
} as const;

export type CaptureScript = typeof CAPTURE_SCRIPT | (typeof PART_SCRIPTS)[keyof typeof PART_SCRIPTS];

/** Runs scripts in the tab and gives back the last one's return value (`scripting.executeScript`). */
export type RunScripts = (files: readonly CaptureScript[]) => Promise<unknown>;

/** The page's last reply, still untrusted; or why it could not be read (the browser refused, or the page loops). */
export type StagesOutcome = { reply: unknown } | { failure: CaptureFailure };

export const UNREADABLE_PAGE = 'Jobshelf could not make sense of what this page contains.';

/** The part a reply asks for next, if it asks for one (anything else ends the run). */
function neededPart(reply: unknown): keyof typeof PART_SCRIPTS | null {
  if (typeof reply !== 'object' || reply === null || !('needs' in reply)) return null;
  const needs = (reply as { needs: unknown }).needs;
  return typeof needs === 'string' && Object.hasOwn(PART_SCRIPTS, needs) ? (needs as keyof typeof PART_SCRIPTS) : null;
}

export async function runCaptureStages(run: RunScripts): Promise<StagesOutcome> {
  // Nearly every page goes on to the reader (or to the finishing steps, which the reader's script
  // brings too): it is injected with the capture script, in the same call, which saves a round trip
  // to the page; it resumes the paused run, or hands on the capture's own reply (paused-run.ts).
  let files: CaptureScript[] = [CAPTURE_SCRIPT, PART_SCRIPTS.reader];
  const asked = new Set<keyof typeof PART_SCRIPTS>(['reader']);
  for (;;) {
    let reply: unknown;
    try {
      reply = await run(files);
    } catch (error) {
      return { failure: describeCaptureFailure(error) };
    }
    const part = neededPart(reply);
    if (!part) return { reply };
    // Each part is asked for at most once (reader, then Readability): a page cannot keep us injecting.
    if (asked.has(part)) return { failure: { kind: 'failed', reason: UNREADABLE_PAGE } };
    asked.add(part);
    files = [PART_SCRIPTS[part]];
  }
}
