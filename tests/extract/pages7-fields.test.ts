/**
 * Field causes a batch of pages (1213–1228) showed: the place beside a Craigslist title in a plain <span> after the
 * price, the site's name in the title taken for the employer, a body of bare text whose entities were escaped twice,
 * an employer named only in the ad's opening "X is a … HVAC company", and an informal German deadline
 * ("Bitte bewirb dich bis zum 15.01.2027"). One short invented input each.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { readClosingDate } from '@/utils/extract/closing-date';
import { leadSentenceEmployer } from '@/utils/extract/generic/lead-sentence';
import { readDescription } from '@/utils/extract/generic/readability';

const run = (html: string, url: string) =>
  extract(parseHTML(html).document as unknown as Document, url, { readability: readDescription });

describe('a Craigslist ad whose place sits in a plain span after the title', () => {
  // (The site's own name in the page title, "Tile setter - craigslist", is never the employer.)
  const ad = (beside: string) =>
    `<html><head><title>Tile setter - craigslist</title></head><body><header><a href="/search/jjj">jobs</a></header>
    <h1 class="postingtitle"><span class="postingtitletext"><span id="titletextonly">Tile Setter Helper</span>${beside}</span></h1>
    <div class="attrgroup"><div class="attr"><span class="labl">compensation:</span> <span class="valu">$22 per hour</span></div></div>
    <section id="postingbody">Lakeview Tile &amp; Stone is a small family-owned flooring company. We need a helper to mix thinset, cut tile and clean up job sites.</section>
    </body></html>`;
  const url = 'https://boise.craigslist.org/trd/d/meridian-tile-setter-helper/7809990001.html';

  it('reads the place from the span, and the employer from the opening sentence', () => {
    const x = run(ad('<span class="price">$22</span><span> (Meridian) </span>'), url);
    expect(x.isJobPosting).toBe(true);
    expect(x.posting?.locations).toEqual(['Meridian']);
    expect(x.posting?.company).toBe('Lakeview Tile & Stone');
    // A body of bare text keeps its entities decoded once ("&amp;" is "&", never "&amp;amp;").
    expect(x.posting?.descriptionText).toMatch(/^Lakeview Tile & Stone is/);
    expect(x.posting?.descriptionHtml).toContain('Lakeview Tile &amp; Stone');
  });

  it('does not take the price for a place when no place is written', () => {
    const x = run(ad('<span class="price">$22</span>'), url);
    expect(x.posting?.locations ?? []).not.toContain('$22');
  });
});

describe('an employer named in an opening sentence with an acronym before the noun', () => {
  it('reads "X is a residential HVAC company"', () => {
    expect(leadSentenceEmployer('Brightwater Heating & Air is a family-owned residential HVAC company.')?.company).toBe(
      'Brightwater Heating & Air',
    );
  });
  it('still names no one in "We are a small IT company"', () => {
    expect(leadSentenceEmployer('We are a small IT company in Leeds.')).toBeNull();
  });
});

describe('an informal German deadline', () => {
  it.each([
    ['Bitte bewirb dich bis zum 15.01.2027 über den Button.', '2027-01-15'],
    ['Bewirb dich spätestens bis 31.03.2027 online.', '2027-03-31'],
  ])('%s', (text, date) => {
    expect(readClosingDate(text)).toBe(date);
  });
});
