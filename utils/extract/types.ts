import { postingFieldValues, type PostingFieldName } from '../posting-values';
import type { PostingDraft } from '../schema/posting';

/** The fields a source can read: the recorded posting fields, the description as raw HTML, and the page URL. */
export type FieldName = Exclude<PostingFieldName, 'description'> | 'descriptionHtml' | 'url';

export const FIELD_NAMES: readonly FieldName[] = [
  ...postingFieldValues.filter((field): field is Exclude<PostingFieldName, 'description'> => field !== 'description'),
  'descriptionHtml',
  'url',
];

/**
 * Field values one source found: the draft schema's fields, each optional and never null (type
 * only, so the capture script does not load zod). Descriptions are raw HTML here; index.ts
 * sanitizes once.
 */
export type Fields = { [K in FieldName]?: NonNullable<PostingDraft[K]> };

/** What one source read from the page, plus facts `detect` weighs. */
export interface SourceResult {
  source: string;
  fields: Fields;
  notes?: string[];
}

/** What a site rule says about the page besides fields. */
export interface SitePatch extends Fields {
  /** false: the site shows a list, a company page or an article here, not one posting. */
  isPosting?: boolean;
  /** true: the page is the job's application form; it has no description to look for. */
  applyForm?: boolean;
  reason?: string;
}
