import type { DetectionVerdict, Extraction } from './schema/posting';

/**
 * The verdict of an extraction; results made before verdicts existed have only `isJobPosting`.
 * Types only from the schema, so the popup can use it without loading zod.
 */
export function verdictOf(extraction: Pick<Extraction, 'isJobPosting' | 'verdict'>): DetectionVerdict {
  return extraction.verdict ?? (extraction.isJobPosting ? 'posting' : 'not-posting');
}
