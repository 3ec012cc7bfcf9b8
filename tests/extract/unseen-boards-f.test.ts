/** Rules from pages on boards and agencies the corpus had not seen (issue 10, fixtures 085–097, 135–140): each with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { headerParts, readHeaderLine } from '../../utils/extract/generic/header-line';
import { isSiteName, parseTitle } from '../../utils/extract/generic/title-patterns';
import { scanPage } from '../../utils/extract/generic/page-scan';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { BOARD_HOST_WORDS } from '../../utils/extract/data/ats-hosts';
import { parseDate } from '../../utils/extract/normalize';
import { readClosingDate } from '../../utils/extract/closing-date';
import { POSTED_LABELS } from '../../utils/extract/data/vocabulary';
import { parseSalaryText } from '../../utils/money/parse';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
const oneEach = (lines: string[]) => lines.map((l) => [l]);

describe('the header under the title', () => {
  it('pay above the employer does not hide it ("$9,500 Mensual" / "Tornillos del Norte ★ 3.9" / "en Saltillo, Coahuila")', () => {
    const lines = [
      '$9,500 - $11,000 Mensual',
      'Tornillos del Norte ★ 3.9',
      'en Saltillo, Coahuila',
      'Publicada hace 5 días',
    ];
    const read = readHeaderLine(lines, [
      ['$9,500 - $11,000 Mensual'],
      ['Tornillos del Norte', '★ 3.9'],
      ['en', 'Saltillo, Coahuila'],
      ['Publicada hace 5 días'],
    ]);
    expect(read.company).toBe('Tornillos del Norte');
  });

  it('on one line too: "$20/hr · Fernbrook Foods · Austin, TX"', () => {
    expect(readHeaderLine(['$20/hr · Fernbrook Foods · Austin, TX'], [[]]).company).toBe('Fernbrook Foods');
  });

  it('a seniority level after the pay is no employer ("€45,000 - €55,000 · Senior · Berlin")', () => {
    const read = readHeaderLine(['€45,000 - €55,000 · Senior · Berlin'], [[]]);
    expect(read.company).toBeNull();
    expect(read.places).toEqual(['Berlin']);
  });

  it('a star rating beside the name is not part of it', () => {
    expect(headerParts('Copperleaf Foods ★ 4.1 · Austin, TX')).toEqual(['Copperleaf Foods', 'Austin, TX']);
    expect(headerParts('Copperleaf Foods 4.1 ★ · Austin, TX')).toEqual(['Copperleaf Foods', 'Austin, TX']);
  });

  it('a place after the employer still comes first: a name after the place is not the employer', () => {
    const read = readHeaderLine(['Leeds · Permanent · Brightmoor Homes'], [[]]);
    expect(read.company).toBeNull();
  });

  it('a row of pills is one fact per pill, so the place is the pill that is a place', () => {
    const lines = ['Kettlewell GmbH', 'Munich Werkstudent Sales Remote', 'Posted on March 2, 2027', 'Apply'];
    const parts = [
      ['Kettlewell GmbH'],
      ['Munich', 'Werkstudent', 'Sales', 'Remote'],
      ['Posted on', 'March 2, 2027'],
      ['Apply'],
    ];
    const read = readHeaderLine(lines, parts);
    expect(read.company).toBe('Kettlewell GmbH');
    expect(read.places).toEqual(['Munich']);
  });

  it('a closing date among the parts ("Posted on … · Apply before …") is the deadline', () => {
    const lines = [
      'Harbor Point Clinic',
      'Cebu City, Philippines',
      'Posted on March 2, 2027 · Apply before March 30, 2027',
    ];
    expect(readHeaderLine(lines, oneEach(lines)).validThrough).toBe('2027-03-30');
  });

  it('a start date in the header is no deadline', () => {
    const lines = ['Harbor Point Clinic', 'Cebu City, Philippines', 'Start date April 1, 2027'];
    expect(readHeaderLine(lines, oneEach(lines)).validThrough ?? null).toBeNull();
  });
});

describe("the site's own name for one country", () => {
  it('"Brightway Poland" on brightway.pl is the site named for its country', () => {
    expect(isSiteName('Brightway Poland', 'Brightway', 'www.brightway.pl')).toBe(true);
    expect(isSiteName('Brightway Logistics', 'Brightway', 'www.brightway.pl')).toBe(false);
  });

  it("a title ending in the country site gives the site's name without the country", () => {
    const read = parseTitle('Księgowa - Warszawa | Brightway Poland', {
      siteName: 'Brightway',
      host: 'www.brightway.pl',
      knownRole: 'Księgowa',
    });
    expect(read.company).toBe('Brightway');
  });

  it('another name with a place after it stays whole', () => {
    const read = parseTitle('Baker | Oakmill Berlin', {
      siteName: 'Jobfinder',
      host: 'jobfinder.example',
      knownRole: 'Baker',
    });
    expect(read.company).toBe('Oakmill Berlin');
  });
});

describe('an icon that names the fact beside it', () => {
  it('"LocationIcon" and "k-icon-money" label their rows', () => {
    const page = doc(
      '<h1>QA Engineer</h1><div class="Info"><svg class="LocationIcon"></svg>Bandung, Jawa Barat</div>' +
        '<div class="Info"><i class="k-icon-money"></i>IDR 9.000.000 - 12.000.000/Month</div>',
    );
    const fields = readAttributes(scanPage(page).attributes);
    expect(fields.locations).toEqual(['Bandung, Jawa Barat']);
    expect(fields.salary?.min).toBe(9_000_000);
    expect(fields.salary?.max).toBe(12_000_000);
  });

  it("an icon font's class names the fact too (Font Awesome, Bootstrap Icons, Glyphicons)", () => {
    const page = doc(
      '<h1>Dairy Technician</h1><ul><li><i class="fa-solid fa-location-dot"></i> Nakuru, Kenya</li>' +
        '<li><i class="bi bi-cash"></i><span class="fas fa-dollar-sign"></span> KES 45,000 - 60,000 per month</li></ul>',
    );
    const fields = readAttributes(scanPage(page).attributes);
    expect(fields.locations).toEqual(['Nakuru, Kenya']);
    expect(fields.salary?.min).toBe(45_000);
    const bootstrap = doc('<h1>Baker</h1><p><i class="bi bi-geo-alt"></i>Tarsus, Mersin</p>');
    expect(readAttributes(scanPage(bootstrap).attributes).locations).toEqual(['Tarsus, Mersin']);
    // A class that only sounds like an icon font ("fab-menu", "bin") is no icon.
    const other = doc('<h1>Baker</h1><p><i class="fab-menu marker"></i>Tarsus, Mersin</p>');
    expect(readAttributes(scanPage(other).attributes).locations).toBeUndefined();
  });

  it('an icon for anything else, or one that holds text, labels nothing', () => {
    const page = doc(
      '<h1>QA Engineer</h1><div><svg class="BriefcaseIcon"></svg>Full Time</div><div><span class="PinIcon">Map</span> Jakarta</div>',
    );
    const fields = readAttributes(scanPage(page).attributes);
    expect(fields.locations).toBeUndefined();
    expect(fields.employmentType).toBeUndefined();
  });
});

describe('job boards whose own name is never the employer', () => {
  it.each([
    ['www.occ.com.mx', true],
    ['hk.jobsdb.com', true],
    ['glints.com', true],
    ['www.kalibrr.com', true],
    ['www.arbeitnow.com', true],
    ['occupational-health.example.com', false],
  ])('%s → %s', (host, board) => expect(BOARD_HOST_WORDS.test(`.${host}`)).toBe(board));
});

describe('Indonesian, as Kalibrr and Glints write it', () => {
  it.each([
    ['10 Des 2026', '2026-12-10'],
    ['3 Maret 2027', '2027-03-03'],
    ['17 Agustus 2027', '2027-08-17'],
    ['5 Agu 2027', '2027-08-05'],
  ])('the date "%s"', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('"Lamar sebelum 10 Des 2026" and "Batas akhir lamaran: 2 Januari 2027" are deadlines', () => {
    expect(readClosingDate('Lamar sebelum 10 Des 2026')).toBe('2026-12-10');
    expect(readClosingDate('Batas akhir lamaran: 2 Januari 2027')).toBe('2027-01-02');
  });

  it('"Dipasang" introduces the date posted', () => expect(POSTED_LABELS.test('Dipasang 18 Nov 2026')).toBe(true));

  it('"/ bulan" is a month and "per tahun" a year', () => {
    expect(parseSalaryText('Rp 5.500.000 - Rp 6.500.000 / bulan')?.period).toBe('month');
    expect(parseSalaryText('Rp 90.000.000 per tahun')?.period).toBe('year');
  });

  it('the French "des" before a number is no December without a year', () => {
    expect(parseDate('12 des candidats retenus')).toBeNull();
  });
});
