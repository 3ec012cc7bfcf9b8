/**
 * Postings that arrive as JSON rather than a page: an ATS API response (Lever) or a bare JSON-LD
 * JobPosting. Used by the CLI and tests; not part of the capture script.
 */
import type { Extraction } from '../schema/posting';
import { fieldsFromJobPosting } from './generic/json-ld';
import { describe, toDraft } from './merge';
import { leverApiFields, isLeverApiPosting } from './sites/lever';
import type { FieldName, Fields } from './types';

export function extractJson(value: unknown, url: string | null = null): Extraction {
  const started = Date.now();
  let fields: Fields | null = null;
  let source = '';
  const record = Array.isArray(value) ? value[0] : value;
  if (isLeverApiPosting(record)) {
    fields = leverApiFields(record);
    source = 'site:lever';
  } else if (
    record &&
    typeof record === 'object' &&
    JSON.stringify((record as Record<string, unknown>)['@type'] ?? '').includes('JobPosting')
  ) {
    fields = fieldsFromJobPosting(record as Record<string, unknown>);
    source = 'json-ld';
  }
  if (!fields?.title) {
    return {
      isJobPosting: false,
      verdict: 'not-posting',
      confidence: 0.05,
      reasons: ['This file holds no job posting Jobshelf can read (it reads Lever job data and schema.org JobPosting)'],
      posting: null,
      elapsedMs: Date.now() - started,
    };
  }
  const from: Partial<Record<FieldName, string>> = {};
  for (const key of Object.keys(fields) as FieldName[]) from[key] = source;
  const description = describe(fields.descriptionHtml, null);
  return {
    isJobPosting: true,
    verdict: 'posting',
    confidence: 0.9,
    reasons: [source === 'json-ld' ? 'The file describes a job posting' : "A job from Lever's job data"],
    posting: toDraft(fields, from, description, fields.url ?? url),
    elapsedMs: Date.now() - started,
  };
}
