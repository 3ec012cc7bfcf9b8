/**
 * Issue 10 (reallocation): the job's location right, not only present — facts glued after a place, structured data
 * that joins a street or a department to the town the page shows, a town the title names and the address repeats,
 * a British or line-split address in the footer, and the employer's seat in a sentence never before the job's place.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract';
import { isPayOnly, placeAmongFacts, withoutEmployerPart, withoutGluedFacts } from '@/utils/extract/generic/place-tail';
import { shownPartOfPlace } from '@/utils/extract/generic/shown-place';
import { titleTownShown } from '@/utils/extract/generic/title-town';
import { townInAddress } from '@/utils/extract/generic/address-town';
import { locationFromProse } from '@/utils/extract/generic/prose-location';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const places = (html: string) => extract(doc(html), 'https://example.org/jobs/7', { now: null }).posting?.locations;

const BODY = `<h2>The role</h2><p>You will look after our customers in the shop, keep the shelves full and help with
deliveries on busy days. No experience needed: we train you on the job.</p><h2>About you</h2><ul><li>Friendly and
reliable</li><li>Free on Saturdays</li><li>Happy to lift boxes</li></ul><p><a href="/apply">Apply now</a></p>`;
const page = (title: string, meta: string, text: string, footer: string, head = '') =>
  `<html><head><title>${title}</title>${head}</head><body><header><a href="/">Brackenly Tiles</a></header><main>
<h1>Shop Assistant</h1>${meta}<div class="description"><p>${text}</p>${BODY}</div></main><footer>${footer}</footer></body></html>`;

describe('facts glued after a place', () => {
  it.each([
    ['Leeds, UK - Hybrid', 'Leeds, UK'],
    ['Berlin, Vollzeit', 'Berlin'],
    ['Oslo – Full-time · £40k', 'Oslo'],
    ['Paris, CDI', 'Paris'],
    ['London (Hybrid)', 'London (Hybrid)'],
    ['Remote - US', 'Remote - US'],
    ['Remote - Full-time', 'Remote - Full-time'],
    ['Madrid, España', 'Madrid, España'],
  ])('%s → %s', (value, expected) => expect(withoutGluedFacts(value)).toBe(expected));
  it.each([
    ['€2,900/month', true],
    ['£40k', true],
    ['$30/hr', true],
    ['Ghent', false],
    ['10 Downing Street', false],
  ])('pay alone %s → %s', (value, expected) => expect(isPayOnly(value)).toBe(expected));
  it('a line "Ghent · Full-time · €2,900/month" gives the town alone', () =>
    expect(
      places(
        page(
          'Shop Assistant – Brackenly Tiles',
          '<div class="job-location">Dunmere · Full-time · €2,900/month</div>',
          'Join us.',
          '',
        ),
      ),
    ).toEqual(['Dunmere']));
  it('an attribute-marked line "Leeds, UK - Hybrid" gives the place', () =>
    expect(
      places(
        page('Shop Assistant – Brackenly Tiles', '<p class="job-location">Leeds, UK - Hybrid</p>', 'Join us.', ''),
      ),
    ).toEqual(['Leeds, UK']));
});

describe('the part of a structured place the page shows', () => {
  const shown = ['Data Analyst - Bristol | Quillmoor Foods'];
  it.each([
    ['14 Harbour Row, Bristol, GB', 'Bristol'],
    ['Finance - Bristol, GB', 'Bristol'],
    ['Bristol, England', null],
    ['44 - Bristol', null],
    ['Clifton, Bristol', null],
  ])('%s → %s', (value, expected) => expect(shownPartOfPlace(value, shown)).toBe(expected));
  it('a JSON-LD locality with its street gives the town the title shows', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Shop Assistant","hiringOrganization":{"@type":"Organization","name":"Brackenly Tiles"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"3 Quarry Lane, Dunmere","addressCountry":"GB"}}}</script>`;
    expect(places(page('Shop Assistant - Dunmere | Brackenly Tiles', '', 'Join us.', '', ld))).toEqual(['Dunmere']);
  });
});

describe("the title's town the page writes again", () => {
  const titles = ['Shop Assistant - Brackenly Tiles - Dunmere'];
  const known = ['Shop Assistant', 'Brackenly Tiles'];
  it('as a part of an address line', () =>
    expect(titleTownShown(titles, known, 'Brackenly Tiles, 3 Quarry Lane, Dunmere', '')).toBe('Dunmere'));
  it('as "in Town" in the text', () =>
    expect(titleTownShown(titles, known, '', 'Join our team in Dunmere this spring.')).toBe('Dunmere'));
  it('not from a menu without an address', () =>
    expect(
      titleTownShown(['Shop Assistant | Careers'], ['Shop Assistant'], 'About · Careers · Contact', ''),
    ).toBeNull());
  it('not when the page never repeats it', () => expect(titleTownShown(titles, known, '', 'Join us.')).toBeNull());
  it('an unlisted town in the title and the footer gives the place', () =>
    expect(
      places(
        page('Shop Assistant - Brackenly Tiles - Dunmere', '', 'Join us.', 'Brackenly Tiles, 3 Quarry Lane, Dunmere'),
      ),
    ).toEqual(['Dunmere']));
});

describe('the town of a British or line-split address', () => {
  it.each([
    ['Brackenly Tiles, 3 Quarry Lane, Dunmere PL30 4AB', 'Dunmere'],
    ['Brackenly Tiles · 3 Quarry Lane · Dunmere · PL30 4AB', 'Dunmere'],
    ['Brackenly Tiles\n3 Quarry Lane\nDunmere\nPL30 4AB', 'Dunmere'],
    ['Quarry Lane 3, Dunmere, 79183', 'Dunmere'],
    ['Brackenly, ul. Lipowa 3, 62-300 Dunmerów', 'Dunmerów'],
    ['Brackenly AB · Box 112, 731 22 Dunmerby', 'Dunmerby'],
    ['Kanaalweg 4, 7921 PK Dunmeer', 'Dunmeer'],
    ['© 2026 Brackenly Tiles · Dunmere · PL30 4AB', null],
    ['Call 01234 567890 · Open 9-5', null],
  ])('%j → %s', (text, expected) => expect(townInAddress(text)).toBe(expected));
});

describe("the employer's seat is not the job's place", () => {
  it.each([
    ['Brackenly Tiles is based in London, with shops across the west.', null],
    ['We are based in London and sell tiles.', null],
    ['Our headquarters in London plan the shops.', null],
    ['The role is based in Leeds.', 'Leeds'],
    ['You will be based in Leeds.', 'Leeds'],
  ])('%s → %s', (text, expected) => expect(locationFromProse(text)).toBe(expected));
  it('counts as the last resort', () =>
    expect(locationFromProse('Brackenly Tiles is based in London.', true)).toBe('London'));
  it('the address town comes before the seat a sentence gives', () =>
    expect(
      places(
        page(
          'Shop Assistant | Brackenly Tiles',
          '',
          'Brackenly Tiles is based in London, with shops across the west.',
          'Brackenly Tiles, 3 Quarry Lane, Dunmere PL30 4AB',
        ),
      ),
    ).toEqual(['Dunmere']));
});

describe('a place split over labelled rows', () => {
  it('a "Town" row between the street and the postcode names the place', () =>
    expect(
      places(
        page(
          'Shop Assistant | Brackenly Tiles',
          '<dl><dt>Address</dt><dd>3 Quarry Lane</dd><dt>Town</dt><dd>Dunmere</dd><dt>Postcode</dt><dd>PL30 4AB</dd></dl>',
          'Join us.',
          '',
        ),
      ),
    ).toEqual(['Dunmere']));
});

describe('the place in a line of facts under the heading', () => {
  it.each([
    ['Yarncliffe, Northumberland · Full-time · £31,000 a year', 'Yarncliffe, Northumberland'],
    ['Part-time · Dunmere, Cornwall · £12.60 an hour', 'Dunmere, Cornwall'],
    ['Leeds · Permanent', 'Leeds'],
    ['Dunmera (Córdoba) · Indefinido · Jornada completa', 'Dunmera (Córdoba)'],
    ['Dunmere, Cornwall · Truro, Cornwall · Full-time', null],
    ['Dunmere, Cornwall · Brackenly Tiles', null],
    ['Brackenly Tiles, Dunmere · Full-time', null],
  ])('%s → %s', (line, expected) =>
    expect(placeAmongFacts(line, ['Shop Assistant', 'Brackenly Tiles'])).toBe(expected),
  );
  it('gives the job its place when nothing else did', () =>
    expect(
      places(
        page(
          'Shop Assistant | Brackenly Tiles',
          '<p class="meta">Part-time · Dunmere, Cornwall · £12.60 an hour</p>',
          'Join us.',
          '',
        ),
      ),
    ).toEqual(['Dunmere, Cornwall']));
});

describe('the employer written before the place', () => {
  it.each([
    ['Brackenly Tiles A/S, Dunmere', 'Dunmere'],
    ['Dunmere, Cornwall', 'Dunmere, Cornwall'],
    ['Brackenly Tiles A/S', 'Brackenly Tiles A/S'],
  ])('%s → %s', (place, expected) => expect(withoutEmployerPart(place, 'Brackenly Tiles A/S')).toBe(expected));
});
