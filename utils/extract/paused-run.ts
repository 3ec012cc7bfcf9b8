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

type Holder = { [KEY]?: Paused };

/** Keeps a paused run for the next script; an extraction is returned as it is. */
export function handOver(result: Extraction | Paused): Extraction | NeedsPart {
  const holder = globalThis as Holder;
  if (!('needs' in result)) {
    delete holder[KEY];
    return result;
  }
  holder[KEY] = result;
  return { needs: result.needs, elapsedMs: result.elapsedMs };
}

/** Resumes the paused run with the part this script brings. */
export function resumeWith(parts: LaterParts): Extraction | NeedsPart | RunLost {
  const holder = globalThis as Holder;
  const paused = holder[KEY];
  delete holder[KEY];
  return paused ? handOver(paused.resume(parts)) : { lost: true };
}
