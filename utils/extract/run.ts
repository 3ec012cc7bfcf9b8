/**
 * The run of the steps over one page, timed and never throwing. `extract()` (index.ts) runs it with
 * every part. The capture script runs only the capture steps, without the generic reader, the
 * finishing steps and Readability (`'later'`): the run pauses (`Paused`) for the part the page
 * needs, the background injects the script that holds it, and that script resumes the same run
 * where it stopped (`paused-run.ts`), so the result is the one `extract()` gives.
 */
import type { Extraction } from '../schema/posting';
import type { GenericReader } from './generic/reader';
import {
  CAPTURE_STEPS,
  initialState,
  type ExtractOptions,
  type ExtractState,
  type LaterPart,
  type NamedStep,
  type ReadabilityFallback,
} from './steps';

/** The parts a later script brings to a paused run. */
export interface LaterParts {
  reader?: GenericReader;
  readability?: ReadabilityFallback;
  finish?: readonly NamedStep[];
}

/** The run stopped before the step that needs `needs`; `resume` goes on from that step. */
export interface Paused {
  needs: LaterPart;
  elapsedMs: number;
  resume(parts: LaterParts): Extraction | Paused;
}

/** Every part present: the run always ends in an extraction. */
export interface WholeOptions extends ExtractOptions {
  reader: GenericReader;
  finish: readonly NamedStep[];
  readability?: ReadabilityFallback;
}

function clock(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

export function extractWith(document: Document, url: string, options: WholeOptions): Extraction;
export function extractWith(document: Document, url: string, options: ExtractOptions): Extraction | Paused;
export function extractWith(document: Document, url: string, options: ExtractOptions): Extraction | Paused {
  if (!document || typeof document.querySelector !== 'function') {
    return {
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0,
      reasons: ['There is no page to read'],
      posting: null,
    };
  }
  // A copy: a resumed run adds the parts it was given to it.
  const own: ExtractOptions = { ...options };
  return timed(0, () => runFrom(initialState(document, url, own), own, 0));
}

function timed(spent: number, go: () => Extraction | Paused): Extraction | Paused {
  const started = clock();
  try {
    const result = go();
    result.elapsedMs = spent + Math.max(0, clock() - started);
    return result;
  } catch (error) {
    // Bugs must not break the page or the popup: report them as a reason.
    return {
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0,
      reasons: [
        `Something went wrong while reading this page (${error instanceof Error ? error.message : String(error)})`.slice(
          0,
          300,
        ),
      ],
      posting: null,
      elapsedMs: spent + Math.max(0, clock() - started),
    };
  }
}

function runFrom(state: ExtractState, options: ExtractOptions, first: number): Extraction | Paused {
  const indexed = options.elementIndex;
  return indexed ? indexed(state.document, () => stepsFrom(state, options, first)) : stepsFrom(state, options, first);
}

function stepsFrom(state: ExtractState, options: ExtractOptions, first: number): Extraction | Paused {
  const finish = options.finish && options.finish !== 'later' ? options.finish : null;
  const steps = finish ? [...CAPTURE_STEPS, ...finish] : CAPTURE_STEPS;
  for (let index = first; index < steps.length; index++) {
    steps[index]![1](state);
    if (state.needs) return paused(state, options, index);
  }
  if (!finish) {
    // Past the capture steps: the run waits for the script with the finishing steps.
    state.needs = 'finish';
    return paused(state, options, steps.length);
  }
  return state.extraction!;
}

/** The run stopped at step `index` for `state.needs`: the step that asked changed nothing, and runs again on resume. */
function paused(state: ExtractState, options: ExtractOptions, index: number): Paused {
  const stopped: Paused = {
    needs: state.needs!,
    elapsedMs: 0,
    resume: (parts) => {
      state.needs = null;
      Object.assign(options, parts);
      return timed(stopped.elapsedMs, () => runFrom(state, options, index));
    },
  };
  return stopped;
}
