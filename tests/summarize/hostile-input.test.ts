/** Hostile text (long digit, space and comma runs) stays linear: each case would take seconds if a pattern blew up. */
import { describe, expect, it } from 'vitest';
import { MONEY_MENTION } from '../../utils/money/find';
import {
  PLACE_BOUND_COMPOUND,
  PLACE_BOUND_ROLE,
  PLACE_BOUND_WORK,
  WORK_MODE_PHRASES,
} from '../../utils/extract/data/work-mode';
import { summarize } from '../../utils/summarize';
import { splitSections } from '../../utils/summarize/sections';
import { blankPosting } from '../posting-factory';

const BOUND_MS = 500;
function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

describe('money mentions', () => {
  it('still finds amounts written with spaces, dots, apostrophes and marks before or after', () => {
    for (const text of [
      '40 000 €',
      'Gehalt 1.234.567,89 EUR',
      "85'000 CHF",
      '120k USD',
      '$120,000',
      'zł 8 000',
      '12 345 678 kr',
    ])
      expect(MONEY_MENTION.test(text), text).toBe(true);
    expect(MONEY_MENTION.test('Ref 1234567 in 3 offices')).toBe(false);
  });

  it('is linear on 30-50 KB runs of digits, spaces and separators', () => {
    MONEY_MENTION.test('warm up');
    for (const text of ['1'.repeat(50_000), '1 '.repeat(25_000), '1,'.repeat(25_000), '1.'.repeat(25_000)]) {
      const { ms, value } = timed(() => MONEY_MENTION.test(text));
      expect(value).toBe(false);
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });
});

describe('work mode patterns', () => {
  it('are linear on 30 KB runs of digits and letters', () => {
    const expressions = [
      ...WORK_MODE_PHRASES.map(([, re]) => re),
      PLACE_BOUND_WORK,
      PLACE_BOUND_ROLE,
      PLACE_BOUND_COMPOUND,
    ];
    for (const text of ['1'.repeat(30_000), 'a'.repeat(30_000), 'a '.repeat(15_000)])
      for (const re of expressions)
        expect(timed(() => re.test(text)).ms, re.source.slice(0, 40)).toBeLessThan(BOUND_MS);
    expect(WORK_MODE_PHRASES.some(([mode, re]) => mode === 'hybrid' && re.test('3 days a week in the office'))).toBe(
      true,
    );
  });
});

describe('summarize on hostile lines', () => {
  it('a 30 KB reference number and a 30 KB digit-space line finish quickly', () => {
    summarize(blankPosting({ company: 'Acme', locations: ['Berlin'], descriptionHtml: '<p>Hi</p>' }));
    const html = `<h3>Requirements</h3><ul><li>5 years of Go</li></ul><p>Ref ${'1'.repeat(30_000)}</p><p>${'1 '.repeat(15_000)}</p>`;
    const { ms } = timed(() =>
      summarize(blankPosting({ company: 'Acme', locations: ['Berlin'], descriptionHtml: html })),
    );
    expect(ms).toBeLessThan(BOUND_MS * 4);
  });
});

describe('sections on a hostile pay paragraph', () => {
  it('a 50 KB pay sentence with thousands of commas is read in linear time', () => {
    const html = `<h3>Salary</h3><p>Salary £30,000 per year, ${'free tea, '.repeat(5_000)}and more.</p>`;
    expect(html.length).toBeGreaterThan(50_000);
    const { ms } = timed(() => splitSections(html, '', 'Acme'));
    expect(ms).toBeLessThan(BOUND_MS * 4);
  });

  it('still splits a short pay sentence from the perks after it', () => {
    const html = '<h3>Salary</h3><p>Salary £30,000 per year, free lunch and a gym membership.</p>';
    const sections = splitSections(html, '', 'Acme');
    expect(sections.compensation).toEqual(['Salary £30,000 per year']);
    expect(sections.benefits).toEqual(['free lunch and a gym membership.']);
  });
});
