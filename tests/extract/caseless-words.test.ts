import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MORE_JOB_HEADINGS, ROLE_TITLE } from '@/utils/extract/data/detect-words';
import { CATEGORY_HEADING, EMPLOYMENT_TYPES, JOB_SECTION_HEADINGS, ORG_UNIT } from '@/utils/extract/data/vocabulary';
import { HIRING_LEAD } from '@/utils/extract/data/job-terms';
import { CONTRACT_VALUES } from '@/utils/extract/data/labels';
import { CLOSED_PHRASES } from '@/utils/extract/data/closed-phrases';
import { JOB_NOUN_ENDING } from '@/utils/extract/generic/job-terms';
import { PAGE_NAME_TITLE } from '@/utils/extract/generic/heuristics';
import { recentDate } from '@/utils/extract/normalize';
import { caseless, type Caseless } from '@/utils/text/text-test';

const PAGES = path.join(import.meta.dirname, '../fixtures/pages');

/** Short texts from a quarter of the fixture pages (titles, headings, labels, list items), in three cases. */
function shortTexts(): string[] {
  const found = new Set<string>();
  const files = readdirSync(PAGES)
    .filter((file) => file.endsWith('.html'))
    .filter((_, index) => index % 4 === 0);
  for (const file of files) {
    const { document } = parseHTML(readFileSync(path.join(PAGES, file), 'utf8'));
    for (const el of document.querySelectorAll('title, h1, h2, h3, h4, strong, b, li, dt, th, button, a, span')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text.length <= 160) found.add(text);
    }
  }
  const titleCase = (text: string) =>
    text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, ch: string) => space + ch.toUpperCase());
  return [...found].flatMap((text) => [text, text.toUpperCase(), titleCase(text)]);
}

const texts = shortTexts();
/** The expression as it was written before: the same source and flags, and `i`. */
const withFlagI = (list: Caseless, source = list.expression.source) => new RegExp(source, `${list.expression.flags}i`);

const LISTS: ReadonlyArray<readonly [string, Caseless]> = [
  ['ROLE_TITLE', ROLE_TITLE],
  ['MORE_JOB_HEADINGS', MORE_JOB_HEADINGS],
  ['JOB_SECTION_HEADINGS', JOB_SECTION_HEADINGS],
  ['ORG_UNIT', ORG_UNIT],
  ['PAGE_NAME_TITLE', PAGE_NAME_TITLE],
  ...EMPLOYMENT_TYPES.map(([list, type], index) => [`EMPLOYMENT_TYPES[${index}] (${type})`, list] as const),
  // Behind a gate of plain words: the gate must never turn away a text the expression reads.
  ['CATEGORY_HEADING', CATEGORY_HEADING],
  ['JOB_NOUN_ENDING', JOB_NOUN_ENDING],
  // Expressions their callers test on folded text.
  ['HIRING_LEAD', caseless(HIRING_LEAD)],
  ...CONTRACT_VALUES.map(([re, type], index) => [`CONTRACT_VALUES[${index}] (${type})`, caseless(re)] as const),
  ...CLOSED_PHRASES.map((re, index) => [`CLOSED_PHRASES[${index}]`, caseless(re)] as const),
];

describe('caseless word lists', () => {
  it('reads enough texts, in every case, to tell', () => {
    expect(texts.length).toBeGreaterThan(10_000);
  });

  for (const [name, list] of LISTS) {
    it(`${name} is lower case, without the i or g flag`, () => {
      // Escapes (\p{L}, \S, \b) aside, a capital could never match lower-cased text.
      const letters = list.expression.source.replace(/\\p\{[^}]*\}|\\./g, '');
      expect([...letters].filter((ch) => ch !== ch.toLowerCase())).toEqual([]);
      expect(list.expression.flags).not.toMatch(/[igy]/);
    });

    it(`${name} answers as its source with the i flag, on upper, title and lower case`, () => {
      const reference = withFlagI(list);
      expect(texts.filter((text) => list.test(text) !== reference.test(text))).toEqual([]);
    });
  }

  it('the texts tell case apart: capitals match only once lower-cased', () => {
    for (const list of [ROLE_TITLE, MORE_JOB_HEADINGS, JOB_SECTION_HEADINGS, PAGE_NAME_TITLE]) {
      expect(texts.filter((text) => list.test(text) && !list.expression.test(text)).length).toBeGreaterThan(50);
    }
  });

  it('ROLE_TITLE reads gendered forms, and ends its words, as its former `\\p{L}` form did', () => {
    const letters = '[a-zß-ɏ]';
    const former = withFlagI(
      ROLE_TITLE,
      ROLE_TITLE.expression.source
        .replaceAll(`(?!${letters})`, String.raw`(?![\p{L}])`)
        .replace(String.raw`(?<=[a-zß-ɏ]{3})(?:o\/a|`, String.raw`\b\p{L}{3,}(?:o\/a|`),
    );
    expect(former.source).not.toMatch(/ß/);
    const gendered = [
      'Técnico/a de soporte',
      'Mitarbeiter/in Buchhaltung',
      'Vendeur/euse',
      'Informaticien/ne',
      'Ab/in',
      'Pflege/in',
      'Entwicklerin',
      'Ingénieure',
    ];
    expect([...texts, ...gendered].filter((text) => ROLE_TITLE.test(text) !== former.test(text))).toEqual([]);
    expect(ROLE_TITLE.test('Técnico/a de soporte')).toBe(true);
    expect(ROLE_TITLE.test('Ab/in')).toBe(false);
  });

  it('reads a month before its day, whole words only', () => {
    const now = new Date(Date.UTC(2026, 10, 25));
    expect(recentDate('Posted January 5th', now)).toBe('2026-01-05');
    expect(recentDate('DEC 3', now)).toBe('2025-12-03');
    // A word longer than a month name is no month: "Decemberization 3" has none.
    expect(recentDate('Decemberization 3', now)).toBeNull();
  });
});
