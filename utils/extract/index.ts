/**
 * Reads one job posting from a page. Pure: takes a Document, returns plain data, never throws.
 *
 * Sources, merged field by field by trust (each field keeps the name of its source):
 *   site rule (`site:<id>`) → JSON-LD → microdata → the generic reader (labelled values, telling
 *   attributes, the header line, title patterns, the page's own name, the ATS URL, prose) → page
 *   heuristics → meta tags → our description finder → Readability on a subtree.
 * The work is the ordered list of named steps in `steps.ts` and `finishing-steps.ts`, run by
 * `run.ts`. This entry bundles every part; the capture script runs the capture steps alone (see `run.ts`).
 * What needs only the posting's text is read after the run (`text-finish.ts`): the background does the same.
 * See README.md in this folder for the fields, `source` and `confidence`.
 */
import type { Extraction } from '../schema/posting';
import { withElementIndex } from './element-index';
import { FINISHING_STEPS } from './finishing-steps';
import { genericReader } from './generic/reader';
import { extractWith } from './run';
import { finishFromText } from './text-finish';
import type { ExtractOptions, ReadabilityFallback } from './steps';

export type { ExtractOptions };

export function extract(
  document: Document,
  url: string,
  options: { now?: Date | null; readability?: ReadabilityFallback } = {},
): Extraction {
  const extraction = extractWith(document, url, {
    ...options,
    reader: genericReader,
    finish: FINISHING_STEPS,
    elementIndex: withElementIndex,
  });
  return finishFromText(extraction);
}
