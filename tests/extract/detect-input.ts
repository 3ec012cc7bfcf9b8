import type { DetectInput } from '@/utils/extract/detect';

/** A page with a title and no sign either way; override the signs the test is about. */
export function detectInput(overrides: Partial<DetectInput> = {}): DetectInput {
  return {
    jsonLdPostings: 0,
    schemaTypes: new Set(),
    microdata: false,
    site: null,
    hasTitle: true,
    descriptionChars: 0,
    applyFound: false,
    jobHeadings: 0,
    jobLinks: 0,
    listTitle: false,
    headerFacts: 0,
    ogType: '',
    urlLooksLikeJob: false,
    ...overrides,
  };
}
