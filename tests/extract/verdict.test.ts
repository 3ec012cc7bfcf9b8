/**
 * The verdict behind the popup's "never a dead end": every posting in the corpus is shown (verdict
 * `posting` or `unsure`), every list, article and company page is `not-posting` with a reason in
 * plain words, and whatever a non-posting held is kept for "Save anyway".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../utils/extract/detect';
import { detectInput } from './detect-input';
import { extract } from '../../utils/extract';
import { loadFixtures, PAGES_DIR } from './fixtures';

const fixtures = loadFixtures();
const INTERNAL_WORDS = /og:|json-ld|microdata|currentJobId|schema|@type|site rule/i;

describe('verdict on every fixture page', () => {
  for (const fixture of fixtures) {
    it(fixture.file, () => {
      const extraction = fixture.run();
      const expected = JSON.parse(
        readFileSync(join(PAGES_DIR, fixture.file.replace(/\.(html|json)$/, '.expected.json')), 'utf8'),
      ) as {
        verdict?: string;
      };
      if (expected.verdict) expect(extraction.verdict).toBe(expected.verdict);
      if (fixture.expected.isJobPosting) {
        // A real posting is never refused outright.
        expect(extraction.verdict).not.toBe('not-posting');
        expect(extraction.posting?.title).toBeTruthy();
      } else {
        // Never shown as a posting; a page without a clear sign of "not one posting" (a careers
        // index, an event page) may read as unsure: shown to check, saved only on the user's word.
        expect(extraction.verdict).not.toBe('posting');
        expect(extraction.reasons[0]).not.toMatch(INTERNAL_WORDS);
      }
      expect(extraction.verdict === 'posting').toBe(extraction.isJobPosting);
    });
  }
});

const base = detectInput({ descriptionChars: 800 });

describe('detect() verdicts', () => {
  it('a page with a title and little else is unsure, not refused', () => {
    const result = detect(base);
    expect(result.verdict).toBe('unsure');
    expect(result.isJobPosting).toBe(false);
    expect(result.reasons[0]).toMatch(/few signs of a single job posting/);
  });

  it('a results list, an article and a site-declared company page are clearly not postings, in plain words', () => {
    const list = detect({ ...base, listTitle: true });
    expect(list.verdict).toBe('not-posting');
    expect(list.reasons[0]).toBe('This page lists several jobs. Open one of them to read it.');
    const article = detect({ ...base, ogType: 'article' });
    expect(article.verdict).toBe('not-posting');
    expect(article.reasons[0]).toMatch(/article/);
    const company = detect({
      ...base,
      site: { id: 'linkedin', isPosting: false, reason: 'LinkedIn: a company, profile or feed page, not a job' },
    });
    expect(company.verdict).toBe('not-posting');
    expect(company.reasons[0]).toBe('This looks like a company or profile page, not one job.');
    const many = detect({ ...base, jobLinks: 40 });
    expect(many.verdict).toBe('not-posting');
  });

  it('a posting with a related-jobs rail stays a posting', () => {
    const result = detect({ ...base, applyFound: true, headerFacts: 2, jobHeadings: 2, jobLinks: 40 });
    expect(result.verdict).toBe('posting');
  });

  it('structured data outweighs an article type', () => {
    expect(detect({ ...base, jsonLdPostings: 1, schemaTypes: new Set(['Article']) }).verdict).toBe('posting');
  });
});

describe('what a non-posting keeps for "Save anyway"', () => {
  it('keeps the h1 as a title when nothing better was found', () => {
    const { document } = parseHTML(
      '<html><head><title>Blog</title></head><body><h1>Ten tips for interviews</h1><p>Text.</p></body></html>',
    );
    const result = extract(document as unknown as Document, 'https://example.org/blog/tips');
    expect(result.isJobPosting).toBe(false);
    expect(result.posting?.title).toBeTruthy();
  });

  it('an empty page has nothing to keep', () => {
    const { document } = parseHTML('<html><head></head><body></body></html>');
    expect(extract(document as unknown as Document, '').posting).toBeNull();
  });
});
