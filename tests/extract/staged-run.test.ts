/**
 * The browser reads a page in stages: the capture script runs the capture steps alone, and the run
 * pauses until the script holding the part the page needs resumes it (the generic reader with the
 * finishing steps, the finishing steps alone, Readability). Every saved page read that way must give
 * exactly what extract() gives in one go (the CLI, the fixture accuracy), and the generic reader
 * must be skipped on some pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { FINISHING_STEPS } from '@/utils/extract/finishing-steps';
import { genericReader } from '@/utils/extract/generic/reader';
import { readDescription } from '@/utils/extract/generic/readability';
import { handOver, resumeWith } from '@/utils/extract/paused-run';
import { extractWith } from '@/utils/extract/run';
import { initialState } from '@/utils/extract/steps';
import { finishFromText } from '@/utils/extract/text-finish';
import type { Extraction } from '@/utils/schema/posting';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const urls = JSON.parse(readFileSync(join(PAGES, 'page-urls.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(PAGES)
  .filter((file) => /^\d{3,4}-.*\.html$/.test(file))
  .sort();
const NOW = new Date('2026-02-01T12:00:00Z');

/** What each on-demand script brings (entrypoints/*.content). */
const PARTS = {
  reader: { reader: genericReader, finish: FINISHING_STEPS },
  finish: { finish: FINISHING_STEPS },
  readability: { readability: readDescription },
};

const withoutTime = ({ elapsedMs: _elapsed, ...rest }: Extraction) => rest;

function readInStages(html: string, url: string): { result: Extraction; parts: string[] } {
  const { document } = parseHTML(html);
  let result = extractWith(document as unknown as Document, url, {
    now: NOW,
    reader: 'later',
    readability: 'later',
    finish: 'later',
  });
  const parts: string[] = [];
  while ('needs' in result) {
    expect(parts).not.toContain(result.needs);
    parts.push(result.needs);
    result = result.resume(PARTS[result.needs]);
  }
  // The background reads the text's work mode from what the page sent (text-finish.ts), as extract() does.
  return { result: finishFromText(result), parts };
}

/** A page whose structured data gives every field the generic reader reads: it needs only the finishing steps. */
function completePostingPage(page: {
  title: string;
  company: string;
  town: string;
  description: string;
  posted: string;
  closes: string;
  closesInWords: string;
  pay: readonly [number, number];
}): string {
  return `<html><head><title>${page.title}</title><script type="application/ld+json">${JSON.stringify({
    '@type': 'JobPosting',
    title: page.title,
    hiringOrganization: { name: page.company },
    jobLocation: { address: { addressLocality: page.town, addressCountry: 'GB' } },
    description: page.description,
    datePosted: page.posted,
    validThrough: page.closes,
    employmentType: 'FULL_TIME',
    jobLocationType: 'TELECOMMUTE',
    baseSalary: { currency: 'GBP', value: { minValue: page.pay[0], maxValue: page.pay[1], unitText: 'YEAR' } },
  })}</script></head><body><h1>${page.title}</h1><p>${page.town} · Full-time · Remote</p>
      <dl><dt>Closing date</dt><dd>${page.closesInWords}</dd></dl></body></html>`;
}

describe('reading a page in stages', () => {
  it('gives extract()’s result on every saved page, with and without its address', () => {
    const mismatches: string[] = [];
    const paths = new Map<string, number>();
    for (const file of files) {
      const html = readFileSync(join(PAGES, file), 'utf8');
      for (const url of [urls[file] ?? '', '']) {
        const { result, parts } = readInStages(html, url);
        const { document } = parseHTML(html);
        const whole = extract(document as unknown as Document, url, { now: NOW, readability: readDescription });
        if (JSON.stringify(withoutTime(result)) !== JSON.stringify(withoutTime(whole))) mismatches.push(file);
        if (url) paths.set(parts.join('+'), (paths.get(parts.join('+')) ?? 0) + 1);
      }
    }
    expect(mismatches).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
    // Each path is taken by some page: the finishing steps without the reader, the reader, + Readability; and
    // the finishing steps asking for the reader (a results page with one job open in a pane, 206).
    expect([...paths.keys()].sort()).toEqual(['finish', 'finish+reader', 'reader', 'reader+readability']);
    // Every saved page twice: 25 s alone, over 60 s when the machine's other test runs share its cores.
  }, 120_000);

  it('skips the generic reader only when structured data gave every field it reads', () => {
    const html = completePostingPage({
      title: 'Platform Engineer',
      company: 'Quillmark',
      town: 'Leeds',
      description: '<p>Run our build farm.</p>',
      posted: '2026-01-10',
      closes: '2026-03-01',
      closesInWords: '1 April 2026',
      pay: [60000, 70000],
    });
    expect(readInStages(html, 'https://careers.quillmark.example/jobs/7').parts).toEqual(['finish']);
    // Without the closing date in its data, the labelled row may give one: the reader is asked for.
    const open = html.replace(/"validThrough":"2026-03-01",/, '');
    const staged = readInStages(open, 'https://careers.quillmark.example/jobs/7');
    expect(staged.parts).toEqual(['reader']);
    expect(staged.result.posting?.validThrough).toBe('2026-04-01');
  });

  it('reads the facts in the description without the reader: a page that skipped it never asks for it later', () => {
    const { document } = parseHTML('<html><body><h1>Welder</h1></body></html>');
    const facts = FINISHING_STEPS.find(([name]) => name === 'facts in the description')![1];
    const read = (reader: 'later' | typeof genericReader) => {
      const state = initialState(document as unknown as Document, '', { now: NOW, reader });
      state.fields = { title: 'Welder' };
      state.from = {};
      state.description = {
        html: '',
        text: 'Welding bay work in our Leeds yard. Closing date: 1 April 2026. Pay £14 an hour.',
      };
      facts(state);
      return state;
    };
    const alone = read('later');
    expect(alone.needs).toBeNull();
    expect(alone.fields.validThrough).toBe('2026-04-01');
    expect(alone.fields.salary).toMatchObject({ min: 14, currency: 'GBP', period: 'hour' });
    const withReader = read(genericReader);
    expect(alone.fields).toEqual(withReader.fields);
    expect(alone.from).toEqual(withReader.from);
  });

  it('settles an unsure page with the job-heading count detection read', () => {
    const html = `<html><head><title>Pay guide</title></head><body><h1>Forklift Driver Salary in Leeds</h1>
      <p>Forklift drivers in Leeds earn between £24,000 and £29,000 a year, depending on shifts and licences held.</p>
      <h3><span aria-hidden="true">Requirements</span></h3><p>A counterbalance licence and two years on a busy warehouse floor.</p>
      <h3><span aria-hidden="true">Responsibilities</span></h3><p>Loading trailers, checking pallets and keeping the yard tidy.</p>
      </body></html>`;
    const { document } = parseHTML(html);
    const result = extract(document as unknown as Document, 'https://www.example.com/guides/forklift-driver-leeds', {
      now: NOW,
    });
    // Detection counted the two sections (hidden text included): the page is not settled as a pay article.
    expect(result.verdict).toBe('unsure');
  });

  it('hands a paused run to the next script in the page, and says when it is gone', () => {
    const { document } = parseHTML('<html><head><title>Welder</title></head><body><h1>Welder</h1></body></html>');
    const first = handOver(
      extractWith(document as unknown as Document, '', { reader: 'later', readability: 'later', finish: 'later' }),
    );
    expect(first).toMatchObject({ needs: 'reader' });
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    // No description anywhere: after the reader, Readability.
    expect(resumeWith(PARTS.reader)).toMatchObject({ needs: 'readability' });
    expect(resumeWith({ readability: readDescription })).toMatchObject({ posting: { title: 'Welder' } });
    expect(resumeWith(PARTS.reader)).toEqual({ lost: true });
  });

  it("lets the reader's script, injected with the capture script, hand on a reply that needs no reader", () => {
    // A run that ended in the capture script (here: no page to read) is handed on once, as it is.
    const ended = handOver(extractWith(null as unknown as Document, '', { reader: 'later', finish: 'later' }));
    expect(resumeWith(PARTS.reader)).toEqual(ended);
    expect(resumeWith(PARTS.reader)).toEqual({ lost: true });
    // A run paused for the finishing steps alone ends the same with the reader's script, which brings them.
    const html = completePostingPage({
      title: 'Payroll Assistant',
      company: 'Crumbwell Loaves',
      town: 'York',
      description:
        '<p>Run the monthly payroll for our three bakeries from home, and answer questions from the bakers about their payslips.</p>',
      posted: '2026-01-12',
      closes: '2026-03-10',
      closesInWords: '10 March 2026',
      pay: [26000, 29000],
    });
    const url = 'https://careers.crumbwell.example/jobs/3';
    const paused = handOver(
      extractWith(parseHTML(html).document as unknown as Document, url, {
        reader: 'later',
        readability: 'later',
        finish: 'later',
        now: NOW,
      }),
    );
    const whole = extract(parseHTML(html).document as unknown as Document, url, { now: NOW });
    const { elapsedMs: _elapsed, ...staged } = resumeWith(PARTS.reader) as Extraction;
    const { elapsedMs: _whole, ...expected } = whole;
    expect(paused).toMatchObject({ needs: 'finish' });
    expect(staged).toEqual(expected);
  });
});
