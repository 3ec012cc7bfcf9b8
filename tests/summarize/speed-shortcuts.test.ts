/**
 * Shortcuts the summarizer takes for speed must give what the plain code gives: `firstCharTest`
 * may say "maybe" too often, never "no" where a pattern matches; `countWords` counts as
 * `split(/\s+/)` does; space-joined items split where they split before (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { ADJECTIVE_ITEM_STARTERS, ITEM_STARTERS } from '@/utils/summarize/data/structure';
import { countWords, firstCharTest } from '@/utils/summarize/patterns';
import { splitJoinedItems } from '@/utils/summarize/restructure';

const plainCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('first characters of patterns', () => {
  it('reads literals, optional groups, alternatives, classes and lookbehinds', () => {
    const test = firstCharTest([
      'Experience with',
      '(?:Ruime |Aantoonbare )?Ervaring',
      '\\d+ years',
      '(?<!x )\\p{Lu}{2,}',
    ]);
    expect(test).not.toBeNull();
    for (const text of ['Experience', 'Ruime', 'Aantoonbare', 'Ervaring', '5 years', 'ÉCOLE', 'AWS'])
      expect(test?.(text, 0), text).toBe(true);
    for (const text of ['experience', 'ruime', ' x', '-', '']) expect(test?.(text, 0), text).toBe(false);
  });

  it('gives up (null: try everywhere) on what it does not read', () => {
    for (const source of ['[ab]c', '.x', '(?=a)b', 'a?', '\\sb', '^a', '(?:a|b?)'])
      expect(firstCharTest([source])).toBeNull();
  });

  it('never says "no" where an item starter matches, on invented text', () => {
    const text =
      'We ship parcels Experience with forklifts Strong communication 3+ years in logistics Bachelor’s degree CDL Class A license Kennis van Excel Gute Deutschkenntnisse Ruime ervaring met planning';
    for (const [sources, flags] of [
      [ITEM_STARTERS, 'u'],
      [ADJECTIVE_ITEM_STARTERS, 'u'],
    ] as const) {
      const test = firstCharTest(sources);
      expect(test).not.toBeNull();
      const sticky = new RegExp(`(?:${sources.join('|')})`, `${flags}y`);
      for (let at = 0; at < text.length; at++) {
        sticky.lastIndex = at;
        if (sticky.test(text)) expect(test?.(text, at), text.slice(at, at + 30)).toBe(true);
      }
    }
  });
});

describe('counting words', () => {
  it('counts as split(/\\s+/) does, for every white-space character', () => {
    for (let code = 0; code < 0x3100; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(countWords(text), code.toString(16)).toBe(plainCount(text));
    }
    for (const text of ['', ' ', '  two  words ', '\u00a0nbsp\u2009thin\u3000ideographic\ufeff', 'one'])
      expect(countWords(text), JSON.stringify(text)).toBe(plainCount(text));
  });
});

describe('space-joined items, looked for only where an item may start', () => {
  it('splits at item starters and duty verbs as before', () => {
    expect(
      splitJoinedItems(
        'Degree in logistics or a related field Experience with warehouse systems Strong planning skills 3+ years leading a team',
      ),
    ).toEqual([
      'Degree in logistics or a related field',
      'Experience with warehouse systems',
      'Strong planning skills',
      '3+ years leading a team',
    ]);
    expect(
      splitJoinedItems(
        'Plan weekly delivery routes for the depot Coordinates drivers and loaders every morning Reviews incident reports with the safety lead',
      ),
    ).toEqual([
      'Plan weekly delivery routes for the depot',
      'Coordinates drivers and loaders every morning',
      'Reviews incident reports with the safety lead',
    ]);
  });
});
