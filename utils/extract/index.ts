/**
 * Reads one job posting from a page. Pure: takes a Document, returns plain data, never throws.
 *
 * Sources, merged field by field by trust (each field keeps the name of its source):
 *   site rule (`site:<id>`) → JSON-LD → microdata → the generic reader (labelled values, telling
 *   attributes, the header line, title patterns, the page's own name, the ATS URL, prose) → page
 *   heuristics → meta tags → our description finder → Readability on a subtree.
 * The work is the ordered list of named steps in `steps.ts`.
 * See README.md in this folder for the fields, `source` and `confidence`.
 */
import type { Extraction } from '../schema/posting';
import { toDraft } from './merge';
import { STEPS, initialState, type ExtractOptions } from './steps';

export type { ExtractOptions };

function clock(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

export function extract(document: Document, url: string, options: ExtractOptions = {}): Extraction {
  const started = clock();
  try {
    const result = run(document, url, options);
    result.elapsedMs = Math.max(0, clock() - started);
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
      elapsedMs: Math.max(0, clock() - started),
    };
  }
}

function run(document: Document, url: string, options: ExtractOptions): Extraction {
  if (!document || typeof document.querySelector !== 'function') {
    return {
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0,
      reasons: ['There is no page to read'],
      posting: null,
    };
  }
  const state = initialState(document, url, options);
  for (const [, step] of STEPS) step(state);
  const { verdict, fields, from, description, pageHref } = state;
  return {
    isJobPosting: verdict?.isJobPosting ?? false,
    verdict: verdict?.verdict ?? 'unsure',
    confidence: verdict?.confidence ?? 0,
    reasons: state.reasons.map((r) => r.slice(0, 300)).slice(0, 50),
    posting: fields.title ? toDraft(fields, from, description, pageHref ?? fields.url ?? null) : null,
  };
}
