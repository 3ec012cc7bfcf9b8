/** General causes of misses on dev set D and the corpus (issue 10): each rule with its own invented input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { detect } from '../../utils/extract/detect';
import { detectInput } from './detect-input';
import { readClosingDate } from '../../utils/extract/closing-date';
import { companyWithoutPlace } from '../../utils/extract/generic/company-name';
import { nameFromCopyright } from '../../utils/extract/generic/company-from-page';
import { readHeaderLine } from '../../utils/extract/generic/header-line';
import { nameAndAddress, townOf } from '../../utils/extract/generic/street';
import { employmentFromValue, readLabelled } from '../../utils/extract/generic/labelled';
import { employmentInProse } from '../../utils/extract/generic/job-terms';
import type { LabelHit } from '../../utils/extract/generic/page-scan';
import { normalizeEmploymentType } from '../../utils/extract/normalize';
import { findSalary, salaryFromLine } from '../../utils/money/find';
import { parseSalaryText } from '../../utils/money/parse';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('a currency code before a shared symbol', () => {
  it.each([
    ['USD $58,000.00/Yr. – USD $66,500.00/Yr.', 58000, 66500, 'USD', 'year'],
    ['CAD $24.00/Hr. - CAD $27.50/Hr.', 24, 27.5, 'CAD', 'hour'],
    ['AUD $90,000 – AUD $105,000', 90000, 105000, 'AUD', null],
  ])('%s', (text, min, max, currency, period) => {
    const salary = parseSalaryText(text)!;
    expect([salary.min, salary.max, salary.currency]).toEqual([min, max, currency]);
    if (period) expect(salary.period).toBe(period);
  });
});

describe('allowances are not pay; Portuguese "salário" is', () => {
  it.each([
    'Friskvårdsbidrag på 2 500 kr per år',
    'Sundhedstilskud på 1.800 kr. om året',
    'Treningstilskudd på 3 000 kr per år',
  ])('%s → no salary', (text) => expect(findSalary(text)).toBeNull());
  it('"Salário de R$ 2.900 a R$ 3.400, vale-transporte e plano de saúde"', () => {
    const salary = findSalary('Salário de R$ 2.900 a R$ 3.400, vale-transporte e plano de saúde.')!;
    expect([salary.min, salary.max, salary.currency]).toEqual([2900, 3400, 'BRL']);
  });
});

describe('a deadline after "send … before"', () => {
  it.each([
    [
      'Poste à pourvoir dès le 6 janvier 2027. Envoyez votre CV avant le 18 décembre 2026 à jobs@x.example.',
      '2026-12-18',
    ],
    ['Schick uns deine Unterlagen bis zum 4. Dezember 2026. Start ist am 1. März 2027.', '2026-12-04'],
    ['Envía tu CV antes del 9 de diciembre de 2026 a empleo@x.example.', '2026-12-09'],
    ['Stuur je cv vóór 11 december 2026 naar vacatures@x.example.', '2026-12-11'],
    ['Please send your CV before 30 November 2026.', '2026-11-30'],
  ])('%s', (text, want) => expect(readClosingDate(text)).toBe(want));
  it('a start date alone is no deadline', () =>
    expect(readClosingDate('Poste à pourvoir dès le 6 janvier 2027. Envoyez votre CV à jobs@x.example.')).toBeNull());
});

describe('the town in a header line', () => {
  it.each([
    ['Annecy centre', 'Annecy'],
    ['Freiburg Zentrum', 'Freiburg'],
    ['Leeds City Centre', 'Leeds'],
    ['Kingsmead Place, Wexford', 'Wexford'],
    ['Place Bellecour, Lyon', 'Lyon'],
  ])('%s → %s', (part, town) => expect(townOf(part)).toBe(town));
  it('an employer with its street address', () =>
    expect(nameAndAddress('The Bramble Café, 7 Quay Street, Portmellon')).toEqual({
      name: 'The Bramble Café',
      town: 'Portmellon',
    }));
  it.each(['Harbour Crumb, Cobh', '14 Mill Lane, Millbrook', 'Acme Ltd, Unit 4, Ashford'])('no address in %s', (text) =>
    expect(nameAndAddress(text)).toBeNull(),
  );
  it.each([
    ['CDI · 35 h · Riom', 'Riom'],
    ['Jornada completa · Teruel', 'Teruel'],
    ['Part-time · €14.50 per hour · Listowel', 'Listowel'],
    ['Vollzeit · 40 Std. · Lörrach Zentrum', 'Lörrach'],
  ])('beside job facts only: %s → %s', (line, place) => expect(readHeaderLine([line], [[]]).places).toEqual([place]));
  it.each(['Full-time · Senior', 'Permanent · Store Manager', 'Tallow & Co · Full-time'])('no place from %s', (line) =>
    expect(readHeaderLine([line], [[]]).places).toEqual([]),
  );
});

describe('the company named in a title', () => {
  it('"Role — Company, Town" keeps the company without the town the page names', () =>
    expect(companyWithoutPlace('Gull Rock Bakery, Kinsale', ['Kinsale'])).toBe('Gull Rock Bakery'));
  it('a copyright line with the ATS credit after the name', () =>
    expect(nameFromCopyright('© 2026 Quarrytop Veterinary Powered by Breezy')).toBe('Quarrytop Veterinary'));
});

describe('employment words every site reads', () => {
  it.each([
    ['Dipendente', 'FULL_TIME'],
    ['Vaste medewerker', 'FULL_TIME'],
    ['Fast anställd', 'FULL_TIME'],
    ['Stagiair', 'INTERN'],
    ['Becario', 'INTERN'],
    ['Prácticas', 'INTERN'],
    ['Stagista', 'INTERN'],
    ['Praktikant', 'INTERN'],
    ['Autónomo', 'CONTRACT'],
    ['Freelancer', 'CONTRACT'],
    ['Indépendant', 'CONTRACT'],
    ['Libero professionista', 'CONTRACT'],
  ])('%s → %s', (word, type) => expect(normalizeEmploymentType(word, true)).toBe(type));
});

describe('a pay line of several sentences', () => {
  it('keeps the sentence with the pay', () =>
    expect(salaryFromLine('Two spaniels, one hour. Happy to pay £12 an hour. Message me.')).toBe(
      'Happy to pay £12 an hour',
    ));
});

describe('a notice that asks for a CV in words', () => {
  const base = detectInput({ descriptionChars: 400, headerFacts: 1 });
  it('counts like a way to apply', () => {
    expect(detect(base).isJobPosting).toBe(false);
    expect(detect({ ...base, applyInText: true, postingWords: true }).isJobPosting).toBe(true);
  });
  it('a "wanted" notice with its employer, address and a CV is a posting', () => {
    const html = `<html lang="en-GB"><head><title>Shop assistant wanted – Pellow Parish Board</title></head><body>
      <div class="masthead"><a href="/">Pellow Parish Board</a></div>
      <div class="notice"><h1>Shop assistant wanted</h1><p class="by">Trewin Hardware, 22 Fore Street, Pellow</p>
      <p>Three mornings a week serving at the counter and stocking shelves.</p>
      <p>£12.40 an hour. Bring a CV to the shop or ring Jenna.</p></div></body></html>`;
    const e = extract(doc(html), 'https://pellow-board.example/notices/77', { now: null });
    expect(e.isJobPosting).toBe(true);
    expect(e.posting?.company).toBe('Trewin Hardware');
    expect(e.posting?.locations).toEqual(['Pellow']);
  });
});

describe('Workday: the time left to apply', () => {
  it('reads the end date', () => {
    const html = `<html><head><title>Porter</title></head><body>
      <h2 data-automation-id="jobPostingHeader">Porter</h2>
      <div data-automation-id="timeLeftToApply"><dl><dt>time left to apply</dt><dd>End Date: February 2, 2027 (30+ days left to apply)</dd></dl></div>
      <div data-automation-id="jobPostingDescription"><p>Move patients and equipment safely between wards and departments across the site.</p></div></body></html>`;
    const e = extract(doc(html), 'https://kestrel.wd3.myworkdayjobs.com/en-US/Kestrel/job/Leeds/Porter_R-1', {
      now: null,
    });
    expect(e.posting?.validThrough).toBe('2027-02-02');
  });
});

describe('employment type by hours', () => {
  it.each([
    ['100 %', 'FULL_TIME'],
    ['60–80 %', 'PART_TIME'],
    ['32 - 36 uur per week', 'FULL_TIME'],
    ['20 hours per week', 'PART_TIME'],
  ])('a labelled %s → %s', (value, type) => expect(employmentFromValue(value)).toBe(type));
  it('the hours decide over how the contract is held, whatever comes first', () => {
    const hits = [
      { field: 'employmentType', value: 'Tidsbegrænset' },
      { field: 'employmentType', value: 'Deltid, 28 timer' },
      { field: 'employmentType', value: 'Fuldtid' },
    ] as LabelHit[];
    expect(readLabelled(hits).fields.employmentType).toBe('PART_TIME');
  });
  it.each([
    ['This is a permanent, full-time role in our Bristol office.', 'FULL_TIME'],
    ['This is a part-time, remote position of 20 hours.', 'PART_TIME'],
    ['Wir suchen ab sofort in Teilzeit eine Bürokraft.', 'PART_TIME'],
    ['Poste à temps plein, du lundi au vendredi.', 'FULL_TIME'],
    ['Full-time employees get 25 days of leave.', null],
  ])('in prose: %s → %s', (text, type) => expect(employmentInProse(text)).toBe(type));
});
