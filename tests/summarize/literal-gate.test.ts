/**
 * `anyOfTest` refuses a text without running the alternation when the text holds none of the literals
 * its sources require. It must answer exactly as the plain expression: checked on hand-made sources,
 * on every vocabulary the summarizer gates, against the phrases themselves and real-world text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_SENTENCE_PATTERNS, CHROME_LINE_PATTERNS } from '@/utils/summarize/data/boilerplate';
import * as headings from '@/utils/summarize/data/headings';
import * as structure from '@/utils/summarize/data/structure';
import { classifyHeading, mayEndWithHeading, normalizeHeading } from '@/utils/summarize/headings';
import { anyOfTest, literalGate, requiredLiterals } from '@/utils/summarize/literal-gate';
import { alternativesOf, anyOf } from '@/utils/summarize/patterns';

const SKILL_TEXTS = join(import.meta.dirname, '..', 'fixtures', 'skill-texts');

/** Real-world lines (the skill texts), the sources' own words, and both in upper case. */
function texts(sources: readonly string[]): string[] {
  const lines = readdirSync(SKILL_TEXTS)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(join(SKILL_TEXTS, file), 'utf8').split('\n'));
  const phrases = sources.map((source) => source.replace(/\\[bBsSdDwW]|[\\^$()?[\]|*+]|\{\d+(,\d*)?\}/g, ''));
  const all = [...lines, ...phrases, ...phrases.map((phrase) => `Note: ${phrase} here`)];
  return [...all, ...all.map((text) => text.toUpperCase())];
}

describe('literal gate', () => {
  it('reads the literal a match must hold', () => {
    expect(requiredLiterals('equal (employment )?opportunit')).toEqual(['opportunit']);
    expect(requiredLiterals('offers? (is |are )?contingent')).toEqual(['contingent']);
    // A class of a few letters inside a word spells the word each way.
    expect(requiredLiterals('\\bEA licen[cs]e (no|number)\\b')).toEqual(['ea licence', 'ea license']);
    expect(requiredLiterals('^l[öo]n$')).toEqual(['lön', 'lon']);
    expect(requiredLiterals('job ?(varsel|alarm|agent)')).toEqual(['varsel', 'alarm', 'agent']);
    expect(requiredLiterals('^(?:pour postuler|postulez)\\b')).toEqual(['pour postuler', 'postulez']);
    // A top-level choice: one literal per side.
    expect(requiredLiterals('cookie policy|we use cookies')).toEqual(['cookie policy', 'we use cookies']);
    // Escaped punctuation is a literal; "\\u00e9" and "\\p{L}" are not read as letters.
    expect(requiredLiterals('\\(gdpr\\)')).toEqual(['(gdpr)']);
    expect(requiredLiterals('caf\\u00e9 ouvert')).toEqual(['ouvert']);
    expect(requiredLiterals('\\p{Lu}ab')).toEqual(['ab']);
  });

  it('gives no literal where a match may hold none', () => {
    expect(requiredLiterals('^l[a-z]n$')).toBeNull();
    expect(requiredLiterals('(?:^|\\s)x')).toBeNull();
    expect(requiredLiterals('(abc)?d')).toBeNull();
    expect(requiredLiterals('(?=look)a')).toBeNull();
    expect(requiredLiterals('ab|c')).toBeNull();
    expect(requiredLiterals('(?<name>word)')).toBeNull();
  });

  it('keeps optional and repeated parts out of the literal', () => {
    // "x{0,2}" may be absent, "e+" holds an "e" but the next letter may not follow it directly.
    expect(requiredLiterals('abx{0,2}cd')).toEqual(['ab']);
    expect(requiredLiterals('ab(cd)*ef')).toEqual(['ab']);
    expect(new Set(requiredLiterals('dee+p water'))).toEqual(new Set(['p water']));
  });

  it('lists the sources it cannot gate, to be tried always', () => {
    const gate = literalGate(['^l[a-z]n$', 'salary']);
    expect(gate.ungated).toEqual(['^l[a-z]n$']);
    expect(gate.candidates('base salary')).toEqual([1]);
    expect(gate.candidates('lön')).toEqual([]);
    expect(anyOfTest(['^l[a-z]n$', 'salary']).test('Lon')).toBe(true);
  });

  const vocabularies: Array<[string, readonly string[], { whole?: boolean }]> = [
    ['boilerplate sentences', BOILERPLATE_SENTENCE_PATTERNS, {}],
    ['site chrome', CHROME_LINE_PATTERNS, { whole: true }],
    ...headings.HEADING_VOCABULARY.map(
      ([kind, list]) => [`${kind} headings`, list, {}] as [string, readonly string[], object],
    ),
    // Every list of sources in the data (the line and sentence patterns the sections gate among them).
    ...Object.entries({ ...headings, ...structure })
      .filter(([, value]) => Array.isArray(value) && value.every((item) => typeof item === 'string'))
      .map(([name, list]) => [name, list as string[], {}] as [string, readonly string[], object]),
    // One expression in the data, gated by its alternatives (sections' travel line).
    ['travel statement', alternativesOf(structure.TRAVEL_STATEMENT), {}],
  ];

  it('reads travel without the u flag as with it (its gate needs none)', () => {
    const sources = alternativesOf(structure.TRAVEL_STATEMENT);
    const unicode = new RegExp(structure.TRAVEL_STATEMENT, 'iu');
    const plain = anyOf(sources);
    const lines = [
      ...texts(sources),
      'Podróże służbowe po Polsce',
      'Wyjazdy służbowe 2 razy w miesiącu',
      'Reisebereitschaft',
    ];
    expect(lines.filter((text) => unicode.test(text) !== plain.test(text))).toEqual([]);
  });

  it.each(vocabularies)('answers as the plain expression: %s', (_, sources, options) => {
    const plain = anyOf(sources, options);
    const gated = anyOfTest(sources, options);
    const differ = texts(sources).filter((text) => plain.test(text) !== gated.test(text));
    expect(differ).toEqual([]);
  });

  const headingSources = headings.HEADING_VOCABULARY.flatMap(([, list]) => list);

  it('classifies headings as the vocabulary tried kind by kind does', () => {
    const plain = headings.HEADING_VOCABULARY.map(([kind, list]) => [kind, anyOf(list)] as const);
    const reference = (text: string) => {
      const heading = normalizeHeading(text);
      if (!heading) return null;
      return plain.find(([, expression]) => expression.test(heading))?.[0] ?? null;
    };
    const candidates = texts(headingSources).filter((text) => text.length <= 120);
    expect(candidates.length).toBeGreaterThan(1000);
    expect(candidates.filter((text) => classifyHeading(text) !== reference(text))).toEqual([]);
    // (A correctness check over every heading the vocabulary spells, not a timing: it takes seconds on a loaded machine.)
  }, 30_000);

  it("finds a heading glued onto a text's end as the whole alternation does", () => {
    const toEnd = new RegExp(
      `^(?:${headingSources.map((source) => `(?:${source.replace(/^\^|\$$/g, '')})`).join('|')})[\\s:：.!?*]*$`,
      'i',
    );
    const reference = (text: string) => {
      const tail = text.slice(-64).replace(/[‘’`´]/g, "'");
      for (let at = 0; at < tail.length; at++) {
        if (
          /[\p{L}\d]/u.test(tail[at]!) &&
          (at === 0 || !/[\p{L}\d'’]/u.test(tail[at - 1]!)) &&
          toEnd.test(tail.slice(at))
        )
          return true;
      }
      return false;
    };
    // "Lön": a phrase whose only word holds a class, read both ways.
    const glued = [...texts(headingSources), 'Lön', 'Vi växer snabbt.Lön', 'Lønn'].flatMap((text) => [
      text,
      `We build ledgers.${text}`,
    ]);
    expect(glued.filter((text) => mayEndWithHeading(text) !== reference(text))).toEqual([]);
    // An anchored phrase ('^(required|supporting) documents$') still ends a text before its colon.
    expect(mayEndWithHeading('Send your CV by 3 May.Required documents:')).toBe(true);
    // (The reference tries every tail position against the whole vocabulary: seconds, and more on a loaded machine.)
  }, 30_000);
});
