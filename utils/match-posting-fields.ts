import type { PostingDraft } from '@/utils/schema/posting';

/**
 * The posting's own fields a match weighs; skills and years come from its text, which edits never
 * change. Kept apart from the matcher so the popup can tell when an edit changes the match without
 * loading it.
 */
export const MATCH_POSTING_FIELDS = ['workMode', 'locations', 'salary'] as const;

export type MatchPostingField = (typeof MATCH_POSTING_FIELDS)[number];

/** A key that changes exactly when one of the weighed fields does. */
export function matchPostingKey(posting: Pick<PostingDraft, MatchPostingField>): string {
  return JSON.stringify(MATCH_POSTING_FIELDS.map((field) => posting[field]));
}
