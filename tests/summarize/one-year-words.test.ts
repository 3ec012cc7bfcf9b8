/**
 * English writes one year of experience with the year word alone ("A year or more on the line",
 * "at least a year in a kitchen"); pay and holiday "a year" are no experience. Inputs written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { findYearsExperience } from '../../utils/summarize/facts';
import type { SectionedLine } from '../../utils/summarize/sections';

const years = (text: string) => findYearsExperience([{ text, section: 'requirements' } as unknown as SectionedLine]);

describe('one year with the year word alone', () => {
  it('reads "a year or more", "at least a year", "a year\'s experience" as one year', () => {
    for (const text of [
      'A year or more behind a bakery counter',
      'At least a year in a garden centre',
      "A year's experience with tills",
    ])
      expect(years(text), text).toEqual({ min: 1, max: null });
  });

  it('leaves pay, holiday and frequency alone', () => {
    for (const text of ['£24,000 a year plus overtime', '28 days holiday a year', 'We stocktake twice a year'])
      expect(years(text), text).toBeNull();
  });
});
