/** General causes of missed fields on unseen pages (issue 10, fieldsx): each rule with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readOnlyForm, scanPage } from '../../utils/extract/generic/page-scan';
import { readLabelled } from '../../utils/extract/generic/labelled';
import { trimTitle } from '../../utils/extract/generic/title-trim';
import { companyFromPage } from '../../utils/extract/generic/company-from-page';
import { namesPlace } from '../../utils/extract/finishing-steps';
import { headerParts, readHeaderLine } from '../../utils/extract/generic/header-line';
import { extract } from '../../utils/extract';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
const places = (html: string) => readLabelled(scanPage(doc(html)).labels).fields.locations;

describe('a heading loses a cheer before the role and a requisition number after it', () => {
  it.each([
    ["Let's begin! Stock Controller (31177)", 'Stock Controller'],
    ["We're hiring! Line Cook", 'Line Cook'],
    ['Join our team! Bus Driver (JR-0042)', 'Bus Driver'],
    ['Sous Chef (R-20418)', 'Sous Chef'],
    ['Career Opportunities: Night Porter (7741)', 'Night Porter'],
  ])('%s → %s', (heading, role) => expect(trimTitle(heading)).toBe(role));

  it.each([
    'Summer Intern (2027)',
    'Engineer (L5)',
    'Verkäufer (m/w/d)',
    'Yahoo!',
    'Store Manager',
    'Now hiring! (4471)',
  ])('keeps %s', (heading) => expect(trimTitle(heading)).toBe(heading));
});

describe('a form with nothing to fill in shows the posting', () => {
  it('tells a read-only form from one that asks', () => {
    const page = doc(
      '<form id="a"><input type="hidden" name="t" value="1"><p>Row</p><input type="submit" value="Apply"></form>' +
        '<form id="b"><input name="q"><button>Search</button></form>' +
        '<form id="c"><select name="s"></select></form>',
    );
    const form = (id: string) => page.querySelector(`#${id}`)!;
    expect(readOnlyForm(form('a'))).toBe(true);
    expect(readOnlyForm(form('b'))).toBe(false);
    expect(readOnlyForm(form('c'))).toBe(false);
  });

  it('reads labelled rows inside a read-only form, never inside a search form', () => {
    const rows = '<table><tr><td>Location:</td><td>Kilkenny</td></tr></table>';
    expect(places(`<h3>Porter</h3><form><input type="hidden" value="x">${rows}<input type="submit"></form>`)).toEqual([
      'Kilkenny',
    ]);
    expect(places(`<h3>Porter</h3><form><input name="where">${rows}</form>`)).toBeUndefined();
  });
});

describe('a label followed by a blank placeholder still finds its value', () => {
  it('looks past an "&nbsp;" span to the value beside the label', () => {
    const row = '<div><label><span>Cities</span><span>&#160;</span></label><div><div>Cork, Limerick</div></div></div>';
    expect(places(`<h3>Analyst</h3>${row}`)).toEqual(['Cork, Limerick']);
  });

  it('an empty value cell does not take the next label as its value', () => {
    const rows = '<table><tr><th>Location:</th><td> </td><th>Category:</th><td>Finance</td></tr></table>';
    expect(places(`<h3>Analyst</h3>${rows}`)).toBeUndefined();
  });
});

describe('a portal named for the place names no employer', () => {
  it.each([
    ['Phoenix, AZ', [], true],
    ['Boise, ID', ['US-ID-Boise'], true],
    ['Harbour Mill', ['Harbour Mill'], true],
    ['Phoenix', ['Phoenix, AZ'], false],
    ['Bell, Book & Candle', [], false],
  ])('%s → %s', (name, places, place) => expect(namesPlace(name, places)).toBe(place));

  it('"Careers at Dayton, OH" is not a shown name; the "www.icims.com" credit link is not the employer', () => {
    const page = doc(
      '<h1>Careers at Dayton, OH</h1><h2>About Corbel Freight</h2><p>We move freight.</p>' +
        '<div class="iCIMS_Logo"><a class="iCIMS_Logo_Link" href="http://www.icims.com/">www.icims.com</a></div>',
    );
    const shown = companyFromPage(page, new URL('https://careers-corbel.icims.com/jobs/1/x/job'));
    expect(shown.shown).toBeNull();
    expect(shown.about).toBe('Corbel Freight');
  });

  it('a page titled "Role | Careers at Town, ST" takes the employer its logo shows', () => {
    const html =
      '<html><head><title>Porter | Careers at Dayton, OH</title></head><body><header><a href="/"><img alt="Corbel Freight" src="/l.png"></a></header>' +
      '<h1>Porter</h1><p><span>Location</span> <span>Dayton, OH</span></p><h2>Duties</h2><ul><li>Load trucks</li></ul><a href="/apply">Apply</a></body></html>';
    const { document } = parseHTML(html);
    const result = extract(document as unknown as Document, 'https://jobs.corbelfreight.example/job/1', { now: null });
    expect(result.posting?.company).toBe('Corbel Freight');
  });
});

describe('a header line of bold values between dashes', () => {
  it('is split at its dashes, not at its bold pieces', () => {
    const line = 'Requisition ID 20931 - Posted - Dundee';
    expect(headerParts(line, ['Requisition ID', '20931', '- Posted', '-', 'Dundee'])).toEqual([
      'Requisition ID 20931',
      'Posted',
      'Dundee',
    ]);
    expect(headerParts('Senior Buyer', ['Senior', 'Buyer'])).toEqual(['Senior', 'Buyer']);
  });

  it('reads the one name beside a requisition number and a "Posted" label as the place', () => {
    for (const line of [
      'Requisition ID 20931 - Posted - Dundee',
      'Job no: 584213 - Bendigo',
      'Req ID 7742 - Posted 11/20/2026 - Pitlochry',
    ])
      expect(readHeaderLine([line], [[]], null).places, line).toEqual([line.split(' - ').pop()]);
    // (A requisition number beside a name with its legal form names the employer, not a place.)
    expect(readHeaderLine(['Job no: 584213 - Varden Holdings Ltd'], [[]], null).places).toEqual([]);
  });
});

describe("the page title's last part writes the employer in full", () => {
  const run = (title: string) => {
    const html =
      `<html><head><title>${title}</title></head><body><header><a href="/"><img alt="Tern Haulage" src="/l.png"></a></header>` +
      '<h1>Yard - Night Marshal</h1><p><span>Location</span> <span>Daventry</span></p><h2>Duties</h2><ul><li>Move trailers</li></ul>' +
      '<a href="/apply">Apply</a></body></html>';
    const { document } = parseHTML(html);
    return extract(document as unknown as Document, 'https://careers.ternhaulage.example/job/1', { now: null }).posting
      ?.company;
  };
  it.each([
    // (A dash inside the role leaves the title's parts unread: the logo's short name came first.)
    ['Yard - Night Marshal Job Details | Tern Haulage Services Limited', 'Tern Haulage Services Limited'],
    ['Yard - Night Marshal Job Details | Tern Haulage Limited', 'Tern Haulage Limited'],
    ['Yard - Night Marshal | Tern Haulage Careers', 'Tern Haulage'],
    ['Yard - Night Marshal Job Details | Tern Haulage Services', 'Tern Haulage'],
  ])('%s → %s', (title, company) => expect(run(title)).toBe(company));
});
