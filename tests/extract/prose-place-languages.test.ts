/**
 * A place stated in prose, read to the end of its sentence and its line only, and in the phrasings Spanish, Dutch,
 * German and English postings use for the job's workplace. One invented sentence each.
 */
import { describe, expect, it } from 'vitest';
import { locationFromProse } from '@/utils/extract/generic/prose-location';

describe('a place in prose', () => {
  it('stops at the end of its sentence and of its line', () => {
    expect(locationFromProse('The position is on-site in Santa Monica, California.\nWhat you will do')).toBe(
      'Santa Monica, California',
    );
    expect(locationFromProse('Le poste est basé à Nantes. Vous rejoindrez une équipe de six.')).toBe('Nantes');
    expect(locationFromProse('The role is based in St. Louis, Missouri.')).toBe('St. Louis, Missouri');
  });

  it.each([
    ['El puesto está ubicado en Sevilla, junto al puerto.', 'Sevilla'],
    ['Je werkt vanuit ons kantoor in Utrecht.', 'Utrecht'],
    ['Du arbeitest an unserem Standort in Leipzig.', 'Leipzig'],
    ['We are hiring a bookkeeper for our office in Galway.', 'Galway'],
  ])('%s → %s', (text, place) => expect(locationFromProse(text)).toBe(place));

  it('does not take a name the place list lacks when no sentence hires for it', () => {
    expect(locationFromProse('Our office in Shoreditch hosts a monthly meetup for founders.')).toBe(null);
  });
});
