/**
 * Hands a paused extraction from the capture script to the on-demand script that resumes it. Both
 * run in this extension's isolated world in the same frame (one global object for all of an
 * extension's content scripts there, in Chromium and in Firefox; the page cannot reach it), so
 * the paused run, with its parsed page and elements, waits there for the next script.
 * What crosses to the background is plain data: an extraction, or which part the page needs.
 */
import type { Extraction } from '../schema/posting';
import type { LaterPart } from './steps';
import type { LaterParts, Paused } from './run';

/** What a capture-stage script returns when the page needs another part. */
export interface NeedsPart {
  needs: LaterPart;
  elapsedMs: number;
}

/** The page's paused run is gone (the frame navigated or reloaded between the two scripts). */
export interface RunLost {
  lost: true;
}

const KEY = Symbol.for('jobshelf.pausedExtraction');

type Holder = { [KEY]?: Paused | Extraction };

/**
 * Keeps a paused run for the next script. A finished extraction is kept too: the background
 * injects the reader's script together with the capture script (one round trip), and the reader
 * hands the capture's reply on when there is no run to resume.
 */
export function handOver(result: Extraction | Paused): Extraction | NeedsPart {
  (globalThis as Holder)[KEY] = result;
  return 'needs' in result ? { needs: result.needs, elapsedMs: result.elapsedMs } : result;
}

/** Resumes the paused run with the part this script brings (or hands on the run's finished reply). */
export function resumeWith(parts: LaterParts): Extraction | NeedsPart | RunLost {
  const holder = globalThis as Holder;
  const held = holder[KEY];
  delete holder[KEY];
  if (!held) return { lost: true };
  if (!('resume' in held)) return held;
  const result = held.resume(parts);
  // The run's end is not kept: nothing comes after the script that finished it.
  return 'needs' in result ? handOver(result) : result;
}
