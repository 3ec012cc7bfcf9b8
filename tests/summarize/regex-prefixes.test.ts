/**
 * `prefixTest` lets a costly alternation be skipped where it cannot match. It may say "maybe" too
 * often, never "no" where the expression matches: checked here on hand-made cases and on every
 * position of the heading vocabulary's own phrases and of invented text.
 */
import { describe, expect, it } from 'vitest';
import { HEADING_VOCABULARY } from '@/utils/summarize/data/headings';
import { matchPrefixes, prefixTest } from '@/utils/summarize/patterns';

/** Every position of every text where `sources` match (anchored, as the callers test) must pass the prefix test. */
function missed(sources: readonly string[], texts: readonly string[], ignoreCase: boolean): string[] {
  const test = prefixTest(sources, { length: 3, ignoreCase });
  const anchored = new RegExp(`^(?:${sources.map((source) => `(?:${source})`).join('|')})`, ignoreCase ? 'i' : '');
  const out: string[] = [];
  for (const text of texts)
    for (let at = 0; at < text.length; at++)
      if (anchored.test(text.slice(at)) && test && !test(text, at)) out.push(text.slice(at));
  return out;
}

describe('regular-expression prefixes', () => {
  it('reads literals, classes, optional groups, alternatives and zero-width parts', () => {
    expect(matchPrefixes(['abc'], { length: 3, ignoreCase: false })).toEqual(new Set(['abc']));
    expect(matchPrefixes(['^(a )?plus(es)?$'], { length: 3, ignoreCase: true })).toEqual(new Set(['A P', 'PLU']));
    expect(matchPrefixes(['[ée]gal'], { length: 3, ignoreCase: true })).toEqual(new Set(['ÉGA', 'EGA']));
    expect(matchPrefixes(['\\beeo\\b'], { length: 3, ignoreCase: true })).toEqual(new Set(['EEO']));
    expect(matchPrefixes(['(?=x)ab', 'hr'], { length: 3, ignoreCase: false })).toEqual(new Set(['ab', 'hr']));
    // Anything it does not read ends the prefix there: "a" then any character.
    expect(matchPrefixes(['a.c', 'x\\sy'], { length: 3, ignoreCase: false })).toEqual(new Set(['a', 'x']));
    expect(matchPrefixes(['(?<name>a)'], { length: 3, ignoreCase: false })).toBeNull();
  });

  it('never refuses a position where a heading phrase starts', () => {
    const sources = HEADING_VOCABULARY.flatMap(([, list]) => list);
    const texts = [
      'Fluent in Lumenscript and Quillbase. Preferred Qualifications',
      'We ship weekly; WHAT YOU WILL DO: build the Orbweaver pipeline',
      'Ihr Profil — Über uns — À propos de Ferrandelle — Ønskelig',
      'Regions · roles · ÉGALITÉ DES CHANCES · _eeo EEO',
      ...sources.map((source) => source.replace(/[\\^$()?[\]|*+]/g, '')),
    ];
    expect(missed(sources, texts, true)).toEqual([]);
  });
});
