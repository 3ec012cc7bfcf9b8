/** detect(): the "links to other jobs" signal weighs less beside a posting-shaped header than on a list. */
import { describe, expect, it } from 'vitest';
import { detect, type DetectInput } from '../../utils/extract/detect';

const base: DetectInput = {
  jsonLdPostings: 0, schemaTypes: new Set(), microdata: false, site: null, hasTitle: true, descriptionChars: 2000,
  applyFound: true, jobHeadings: 0, jobLinks: 27, listTitle: false, headerFacts: 3, ogType: '', urlLooksLikeJob: true,
};

describe('detect', () => {
  it('a generic posting with facts, apply and a related-jobs rail is a posting with a clear margin', () => {
    const d = detect(base);
    expect(d.isJobPosting).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.65);
  });
  it('a list-like page with the same links and no facts stays below the threshold', () => {
    expect(detect({ ...base, headerFacts: 0, applyFound: false }).isJobPosting).toBe(false);
    expect(detect({ ...base, headerFacts: 1 }).isJobPosting).toBe(false);
    expect(detect({ ...base, listTitle: true }).isJobPosting).toBe(false);
  });
});
