/**
 * Issue 10 (realcompany): the employer's name on real pages — words that come with it (logo alt text, a follow button,
 * a rating, a tagline, a "View all jobs" link, a place after "in"), header lines whose first part names no employer
 * (a written date, a page word, the board's own name), and an employer named only in the opening sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract';
import { withoutNameExtras, withoutPlaceAfterIn, withoutTagline } from '@/utils/extract/generic/company-extras';
import { classifyPart, readHeaderLine } from '@/utils/extract/generic/header-line';
import { readAttributes } from '@/utils/extract/generic/attributes';
import { scanPage } from '@/utils/extract/generic/page-scan';
import { leadSentenceEmployer } from '@/utils/extract/generic/lead-sentence';
import { fullerName } from '@/utils/extract/generic/full-name';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const BODY = `<section><h2>What you'll do</h2><ul><li>Plan the daily routes for the fleet.</li><li>Keep drivers informed.</li></ul>
<h2>What we're looking for</h2><ul><li>Two years in transport planning.</li><li>A calm manner.</li></ul><a href="/apply">Apply now</a></section>`;
const companyOf = (head: string, top: string, url = 'https://www.jobnest.example/jobs/1') =>
  extract(doc(`<html><head>${head}</head><body><main><h1>Route Planner</h1>${top}${BODY}</main></body></html>`), url, {
    now: null,
  }).posting?.company ?? null;

describe('words after an employer’s name', () => {
  it.each([
    ['Pellworth logo', 'Pellworth'],
    ['Logo Pellworth', 'Pellworth'],
    ['Pellworth logo Pellworth', 'Pellworth'],
    ['Pellworth + Follow', 'Pellworth'],
    ['Pellworth Follow', 'Pellworth'],
    ['Pellworth 4.1 (230 reviews)', 'Pellworth'],
    ['Mühlbach Logistik 4,1 (312 Bewertungen)', 'Mühlbach Logistik'],
    ['Pellworth · 51-200 employees', 'Pellworth'],
    ['Quayside Dental Group View all 4 jobs', 'Quayside Dental Group'],
    ['Pellworth 12k followers', 'Pellworth'],
  ])('%s → %s', (text, name) => expect(withoutNameExtras(text)).toBe(name));
  it.each(['Studio 5', 'Web 21', 'Acme Logistics', 'Follow Me Travel', 'Logos Bookshop'])('%s stays', (text) =>
    expect(withoutNameExtras(text)).toBe(text),
  );
});

describe('a tagline after the name', () => {
  it('cuts the lower-case tagline', () =>
    expect(withoutTagline('Atelier Fournel — menuiserie et agencement sur mesure')).toBe('Atelier Fournel'));
  it.each(['Smith & Jones – Solicitors', 'Remote – Europe', 'Harbour Inn – Cobh', 'Padaria Trigal – Fábrica de Pão'])(
    '%s stays',
    (text) => expect(withoutTagline(text)).toBe(text),
  );
});

describe('a place after "in" in a title’s company', () => {
  it.each([
    ['Attio in London [Remote], UK', 'Attio'],
    ['Kelburn Pumps in Aberdeen, UK', 'Kelburn Pumps'],
    ['Pellworth Labs in Berlin, Germany', 'Pellworth Labs'],
    ['Pellworth in Remote', 'Pellworth'],
  ])('%s → %s', (text, name) => expect(withoutPlaceAfterIn(text)).toBe(name));
  it.each(['Women in Tech', 'Made in Oak Studio', 'Pellworth', 'Banque Internationale à Luxembourg'])(
    '%s stays',
    (text) => expect(withoutPlaceAfterIn(text)).toBe(text),
  );
});

describe('header parts that name no employer', () => {
  it.each(['14 November 2026', 'Nov 20, 2026', 'Careers', 'Jobs', 'Home'])('%s is no company', (part) =>
    expect(classifyPart(part)).not.toBe('company'),
  );
  it('a name with its tagline is one', () =>
    expect(classifyPart('Atelier Fournel — menuiserie et agencement sur mesure depuis 1987')).toBe('company'));
  it('a written date on the line is no employer but the posting date', () => {
    const out = readHeaderLine(['14 November 2026 · Bristol · Permanent'], [[]]);
    expect(out.company).toBeNull();
    expect(out.datePosted).toBe('2026-11-14');
  });
  it('the name comes without its rating and follow button', () => {
    expect(readHeaderLine(['Pellworth 4.1 (230 reviews) · Berlin, Germany · 2 days ago'], [[]]).company).toBe(
      'Pellworth',
    );
    expect(readHeaderLine(['Pellworth logo · Berlin, Germany · 2 days ago'], [[]]).company).toBe('Pellworth');
  });
});

describe('the employer with its place after a comma on the header line', () => {
  it.each([
    ['Pellworth Ltd, Leeds · 3 days ago', 'Pellworth Ltd', 'Leeds'],
    ['Northgate Supply Co., Austin, TX · 5 days ago', 'Northgate Supply Co.', 'Austin, TX'],
  ])('%s', (line, company, place) => {
    const out = readHeaderLine([line], [[]]);
    expect(out.company).toBe(company);
    expect(out.places).toEqual([place]);
  });
  it('a town with its region and country stays one place', () =>
    expect(readHeaderLine(['Springfield, Illinois, USA · 2 days ago'], [[]]).company).toBeNull());
});

describe('an attribute-marked block that holds more than the name', () => {
  const read = (block: string) =>
    readAttributes(scanPage(doc(`<html><body>${block}</body></html>`)).attributes).company;
  it('its own text, then a tagline paragraph', () =>
    expect(read('<div class="job-company">Harrow &amp; Vale<p>Independent bookshops since 1994</p></div>')).toBe(
      'Harrow & Vale',
    ));
  it('its own text, then counts in a span', () =>
    expect(read('<div class="company-name">Pellworth <span>Software · 51-200 employees</span></div>')).toBe(
      'Pellworth',
    ));
  it('a "View all jobs" link run into the name', () =>
    expect(read('<div class="company-name">Quayside Dental Group View all 4 jobs</div>')).toBe(
      'Quayside Dental Group',
    ));
  it('a name and its legal form stay one', () =>
    expect(read('<div class="company-name">Pellworth <b>GmbH</b></div>')).toBe('Pellworth GmbH'));
});

describe('the employer in the opening sentence', () => {
  it('"At Company we" without a comma', () =>
    expect(leadSentenceEmployer('At Greyfriars Veterinary Practice we look after pets.')?.company).toBe(
      'Greyfriars Veterinary Practice',
    ));
  it.each(['At Present we are growing.', 'At Home we care.'])('%s names no one', (text) =>
    expect(leadSentenceEmployer(text)).toBeNull(),
  );
  it('a lower-case word after the name is no legal form ("as", "ab")', () => {
    expect(fullerName('Millbeck Joinery', [], 'Join Millbeck Joinery as a bench joiner.')).toBe('Millbeck Joinery');
    expect(fullerName('Vogt', [], 'Vogt ab sofort gesucht')).toBe('Vogt');
    expect(fullerName('Fjordbo Byg', [], 'Fjordbo Byg ApS, Kolding')).toBe('Fjordbo Byg ApS');
  });
});

describe('whole pages', () => {
  it('"Role at Company in Place | Board" names the company alone', () =>
    expect(
      companyOf(
        '<title>Route Planner at Pellworth in London [Remote], UK | JobNest</title><meta property="og:site_name" content="JobNest">',
        '',
      ),
    ).toBe('Pellworth'));
  it('the board’s own name on the header line is no employer', () =>
    expect(
      companyOf(
        '<title>Route Planner | JobNest</title><meta property="og:site_name" content="JobNest">',
        '<div>JobNest · Berlin, Germany · 2 days ago</div>',
      ),
    ).toBeNull());
  it('a written date first on the header line is no employer', () =>
    expect(
      companyOf('<title>Route Planner</title>', '<div>20 April 2026 · Berlin, Germany · Full-time</div>'),
    ).toBeNull());
  it.each(['Careers', 'Kariéra', 'Jobs'])('a block hooked "company" saying only %s is no employer', (word) =>
    expect(companyOf('<title>Route Planner</title>', `<div class="company-name">${word}</div>`)).toBeNull(),
  );
  it('"Careers" first on the header line is no employer', () =>
    expect(companyOf('<title>Route Planner</title>', '<div>Careers · Berlin, Germany · 2 days ago</div>')).toBeNull());
});
