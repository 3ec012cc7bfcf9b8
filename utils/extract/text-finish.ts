/**
 * What is read from a posting's own text once the page's part of the run is over: in the background
 * (and in `extract()`, for the CLI and the tests), which holds the summarizer and its word lists anyway,
 * rather than in the script every click injects into the page.
 */
import type { Extraction } from '../schema/posting';
import { workModeInPosting } from './generic/work-mode';
import { mainSource } from './merge';

/** The extraction with a work mode read from the title and the text when no source on the page gave one. */
export function finishFromText(extraction: Extraction): Extraction {
  const posting = extraction.posting;
  if (!posting || posting.workMode) return extraction;
  const workMode = workModeInPosting(posting.title, posting.descriptionText);
  if (!workMode) return extraction;
  const provenance = { ...posting.provenance, workMode: 'description' };
  return { ...extraction, posting: { ...posting, workMode, provenance, source: mainSource(provenance) } };
}
