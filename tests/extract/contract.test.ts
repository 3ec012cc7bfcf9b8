/**
 * What extract() returns crosses from the page to the background, which parses it with the zod
 * schema: a result that fails that parse would be "could not make sense of this page" for the
 * user. Every fixture page and the giant-page case must pass it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { extractionSchema } from '@/utils/schema/posting';
import { summarize } from '@/utils/summarize';
import { summarySchema } from '@/utils/schema/summary';
import { loadFixtures } from './fixtures';

describe('extract() results pass the schema the background checks them with', () => {
  it.each(loadFixtures().map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
    const result = extractionSchema.safeParse(fixture.run());
    expect(result.error?.issues ?? []).toEqual([]);
    if (result.data?.posting) expect(summarySchema.safeParse(summarize(result.data.posting)).success).toBe(true);
  });

  it('a page with huge fields', () => {
    const title = 'Engineer '.repeat(200);
    const places = Array.from({ length: 300 }, (_, i) => ({
      '@type': 'Place',
      address: { addressLocality: `City ${i}` },
    }));
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title,
      hiringOrganization: 'C'.repeat(1000),
      jobLocation: places,
      description: 'x '.repeat(3_000_000),
    });
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>${title}</h1></body></html>`,
    );
    const result = extractionSchema.safeParse(extract(document as unknown as Document, 'https://example.com/jobs/1'));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
