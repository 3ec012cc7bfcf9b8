/**
 * A place stated in prose, read to the end of its sentence and its line only, and in the phrasings Spanish, Dutch,
 * German and English postings use for the job's workplace; and a British or Irish "Town, County" part of the page
 * title. One invented sentence or page each.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { isTownAndCounty } from '@/utils/extract/generic/county-place';
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

describe('a town and its county in the page title', () => {
  it('is the place when nothing else gives one', () => {
    const { document } =
      parseHTML(`<!DOCTYPE html><html><head><title>Cellar Hand - Brackenfold Cider - Ledbury, Herefordshire - Jobs Board</title></head><body><main>
      <p>We are a small cider maker and we need help through the pressing season.</p>
      <h2>Responsibilities</h2><ul><li>Wash and press apples on the belt press</li><li>Clean tanks and hoses after each batch</li><li>Help with bottling days</li></ul>
      <h2>Requirements</h2><ul><li>Happy with early starts</li><li>Forklift licence an advantage</li></ul></main></body></html>`);
    const posting = extract(document as unknown as Document, 'https://www.jobsboard.example/job/991', {
      now: null,
    }).posting;
    expect(posting?.locations).toEqual(['Ledbury, Herefordshire']);
  });

  it('needs a county it knows', () => {
    expect(isTownAndCounty('Ennis, Co. Clare')).toBe(true);
    expect(isTownAndCounty('Bandon, County Cork')).toBe(true);
    expect(isTownAndCounty('Sales, Marketing')).toBe(false);
    expect(isTownAndCounty('Norwich')).toBe(false);
  });
});
