/**
 * Summary causes a batch of pages (1245–1260) showed: how long a driving licence has been held read as years of
 * experience. One short invented input each, in four languages.
 */
import { describe, expect, it } from 'vitest';
import { findYearsExperience } from '../../utils/summarize/facts';
import type { SectionedLine } from '../../utils/summarize/sections';

const requirement = (text: string): SectionedLine[] => [{ text, section: 'requirements', position: 0 }];

describe('how long a licence has been held', () => {
  it.each([
    'A full UK driving licence held for at least 3 years with no more than 3 points',
    'Führerschein Klasse B seit mindestens 2 Jahren',
    'Permis B depuis 3 ans minimum',
    'Carnet B con 2 años de antigüedad',
  ])('is not experience: %s', (text) => {
    expect(findYearsExperience(requirement(text))).toBeNull();
  });

  it('leaves driving experience as experience', () => {
    expect(findYearsExperience(requirement('Driving licence and 2 years of multi-drop driving experience'))).toEqual({
      min: 2,
      max: null,
    });
    expect(
      findYearsExperience(requirement('3 years of experience driving HGVs and a licence held for 1 year')),
    ).toEqual({ min: 3, max: null });
  });
});
