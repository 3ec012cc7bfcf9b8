/**
 * A posting only Readability could describe (no headings, no structured data): Readability reads the main content
 * that holds the job's title, and the facts its text states are read as the own pass's description's are.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract/index';
import { readDescription } from '@/utils/extract/generic/readability';
import { readClosingDate } from '@/utils/extract/closing-date';

const TEASER = `<article class="menu-teaser"><h3>Open day is back</h3><p>${'Every Saturday in March the doors open so visitors can watch the night shift finish. '.repeat(8)}</p></article>`;
const POSTING = [
  'Harbour Press prints books and catalogues for publishers across the south coast from our works in Poole.',
  'Each day you will set up the two litho presses, check colour against the proofs and keep the print logs.',
  'You have at least three years on sheet-fed presses and can read a job bag without help.',
  'This is a permanent, full-time role paying £31,000 to £34,000 a year.',
  'To apply, send your CV to recruitment-team@harbourpressprinters.example before 9 January 2027.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function page(body: string) {
  const html = `<html lang="en-GB"><head><title>Litho Printer – Harbour Press</title></head><body>${body}</body></html>`;
  const { document } = parseHTML(html);
  return extract(document as unknown as Document, 'https://www.harbourpress.example/jobs/litho-printer/', {
    now: null,
    readability: readDescription,
  });
}

describe('Readability on pages with a teaser article before the posting', () => {
  it('reads the main content that holds the title, not the first <article> on the page', () => {
    const r = page(
      `<header><nav><ul><li>News${TEASER}</li></ul></nav></header><div role="main"><h1>Litho Printer</h1>${POSTING}</div>`,
    );
    expect(r.posting?.provenance.description).toBe('readability');
    expect(r.posting?.descriptionText).toContain('litho presses');
    expect(r.posting?.descriptionText).not.toContain('night shift');
  });

  it('reads the type, pay and closing date its text states', () => {
    const r = page(`<main><h1>Litho Printer</h1>${POSTING}</main>`);
    expect(r.posting?.employmentType).toBe('FULL_TIME');
    expect(r.posting?.provenance.employmentType).toBe('readability');
    expect(r.posting?.salary?.min).toBe(31000);
    expect(r.posting?.validThrough).toBe('2027-01-09');
  });

  it("takes a blog template's post date (time.entry-date) as the day the ad was posted", () => {
    const r = page(
      `<main><h1>Litho Printer</h1><div class="meta"><time class="entry-date" datetime="2026-11-20T08:00:00+00:00">20 November</time></div>${POSTING}</main>`,
    );
    expect(r.posting?.datePosted).toBe('2026-11-20');
  });
});

describe('closing date after a long "send … to <address> before"', () => {
  it('reads past an e-mail address', () => {
    expect(
      readClosingDate(
        'To apply, send your CV and a few lines about your last team to careers-team@a-long-company-name.example before 3 March 2027.',
      ),
    ).toBe('2027-03-03');
    // Another sentence's date is no deadline.
    expect(readClosingDate('Send us your CV. The shop opened on 3 March 2020 and is busy.')).toBeNull();
  });
});

describe("Readability's reading widened by the posting's sibling blocks", () => {
  // A page builder's text blocks, one class for all: the intro (with the title) scores, the short lists do not.
  const block = (inner: string) => `<div class="text-block"><div class="block-content">${inner}</div></div>`;
  const sections = [
    block(
      '<h1>Litho Printer</h1><p>Harbour Press prints books and catalogues for publishers across the south coast from our works in Poole.</p><p>We need another printer for the day shift, someone who keeps a clean press and a calm head on a long run.</p>',
    ),
    block(
      '<h3>The day-to-day</h3><ul><li>Set up the two litho presses</li><li>Check colour against the proofs</li></ul>',
    ),
    block("<h3>Who we're after</h3><ul><li>Three years on sheet-fed presses</li><li>Happy on early starts</li></ul>"),
  ];

  it('joins the blocks Readability dropped, without the title heading', () => {
    const r = page(
      `<header><nav><a href="/">Home</a></nav></header><main><div class="column">${sections.join('')}</div></main>`,
    );
    const text = r.posting?.descriptionText ?? '';
    expect(r.posting?.provenance.description).toBe('readability');
    expect(text).toContain('south coast');
    expect(text).toContain('Check colour against the proofs');
    expect(text).toContain('Three years on sheet-fed presses');
    expect(text).not.toMatch(/^Litho Printer/);
  });

  it('never joins page chrome beside it', () => {
    const r = page(
      `<main><div class="column">${sections[0]}<aside class="text-block"><h3>Similar jobs</h3><ul><li>Bindery Assistant, Poole</li><li>Press Minder, Dorchester</li></ul></aside></div></main>`,
    );
    expect(r.posting?.descriptionText).not.toContain('Bindery Assistant');
  });
});
