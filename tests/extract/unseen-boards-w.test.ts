/** Rules from pages on boards and ATSs the corpus had not seen (issue 10, fixtures 939–960): each with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { nameAndTown, readHeaderLine } from '../../utils/extract/generic/header-line';
import {
  employmentFromValue,
  plausibleCompany,
  plausibleLocation,
  readLabelled,
} from '../../utils/extract/generic/labelled';
import { nameFromLogoAlt } from '../../utils/extract/generic/company-from-page';
import { isSectionName } from '../../utils/extract/generic/plain-job-signs';
import { scanPage } from '../../utils/extract/generic/page-scan';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { localizeCurrency } from '../../utils/money/local';
import { parseSalaryText } from '../../utils/money/parse';

const page = (body: string) => parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document;
const read = (html: string, url: string) => {
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${html}`);
  return extract(document as unknown as Document, url, { now: null }).posting;
};

describe('"Company, Town" alone under the title', () => {
  it('a name with its legal form, a comma and a town: the employer and its place', () => {
    expect(readHeaderLine(['Brennholz Sägewerk GmbH, Uelzen'], [[]], null)).toMatchObject({
      company: 'Brennholz Sägewerk GmbH',
      places: ['Uelzen'],
    });
  });
  it('without a legal form, only when the page names that employer elsewhere', () => {
    expect(nameAndTown('Boulangerie Ferrand, Vienne', 'Boulangerie Ferrand')).toEqual({
      name: 'Boulangerie Ferrand',
      town: 'Vienne',
    });
    expect(nameAndTown('Boulangerie Ferrand, Vienne', null)).toBeNull();
  });
  it('a town and its region, or a name and its legal form, is no employer', () => {
    expect(nameAndTown('Market Harborough, Leicestershire', 'Harborough Foods')).toBeNull();
    expect(nameAndTown('Quillby Labs, Inc.', 'Quillby Labs')).toBeNull();
  });
});

describe('places in scripts without capitals', () => {
  it('an Arabic or Japanese place is plausible; a lower-case Latin phrase is not', () => {
    expect(plausibleLocation('الزرقاء، الأردن')).toBe(true);
    expect(plausibleLocation('大阪府大阪市')).toBe(true);
    expect(plausibleLocation('see below')).toBe(false);
  });
});

describe('labels in Arabic, Vietnamese, Turkish, Bulgarian and Estonian', () => {
  it('read place, pay and dates after their label', () => {
    const doc = page(
      '<table><tr><th>الموقع</th><td>الزرقاء، الأردن</td></tr><tr><th>تاريخ النشر</th><td>2026-10-05</td></tr></table>' +
        '<dl><dt>Hạn nộp hồ sơ</dt><dd>31/10/2026</dd><dt>Şehir</dt><dd>Bursa</dd></dl>',
    );
    const { fields } = readLabelled(scanPage(doc).labels, { dayFirst: true });
    expect(fields.locations).toEqual(['الزرقاء، الأردن']);
    expect(fields.datePosted).toBe('2026-10-05');
    expect(fields.validThrough).toBe('2026-10-31');
  });
  it('section names in those languages count as job sections', () => {
    expect(isSectionName('Yêu cầu ứng viên')).toBe(true);
    expect(isSectionName('Изисквания:')).toBe(true);
    expect(isSectionName('İş Tanımı')).toBe(true);
    expect(isSectionName('المؤهلات المطلوبة')).toBe(true);
    expect(isSectionName('Nõudmised kandidaadile')).toBe(true);
    expect(isSectionName('Yêu cầu ứng viên gửi hồ sơ trước ngày 5')).toBe(false);
  });
});

describe('company values', () => {
  it('a label of its own or a head count is no company', () => {
    expect(plausibleCompany('Quy mô:')).toBe(false);
    expect(plausibleCompany('51-200 employees')).toBe(false);
    expect(plausibleCompany('3M Deutschland GmbH')).toBe(true);
  });
  it('a logo alt "X Karriere" or "X Vacatures" is X', () => {
    expect(nameFromLogoAlt('Holtmann Pumpen Karriere')).toBe('Holtmann Pumpen');
    expect(nameFromLogoAlt('Bakkerij Zonneveld - Vacatures')).toBe('Bakkerij Zonneveld');
  });
  it('a line hooked for company and place holding a hooked place: the inner place', () => {
    const doc = page(
      '<div class="job-company-location"><a class="company-link" href="/c/1">Mahalla Textiles -</a>' +
        '<span class="job-location">Mansoura, Egypt</span></div>',
    );
    expect(readAttributes(scanPage(doc).attributes).locations).toEqual(['Mansoura, Egypt']);
  });
  it('a "Department" row that names a unit gives way to the agency the page hooks; its state goes with the place', () => {
    const posting = read(
      `<title>Library Assistant | Careers</title></head><body>
      <div class="agency-header"><span class="agency-name">Fernbrook Township, MN</span></div>
      <h2 class="entity-title">Library Assistant</h2>
      <div class="row"><div class="term">Location</div><div class="term-description">Fernbrook, MN</div></div>
      <div class="row"><div class="term">Department</div><div class="term-description">Parks and Libraries</div></div>
      <div class="row"><div class="term">Job Type</div><div class="term-description">Part-Time</div></div>
      <h3>Examples of Duties</h3><ul><li>Check out materials and help patrons.</li></ul>
      <h3>Typical Qualifications</h3><ul><li>High school diploma.</li></ul>
      <a href="/apply">Apply</a></body></html>`,
      'https://www.governmentjobs.com/careers/fernbrookmn/jobs/1/library-assistant',
    );
    expect(posting?.company).toBe('Fernbrook Township');
    expect(posting?.locations).toEqual(['Fernbrook, MN']);
  });
});

describe('a bare number takes the currency of the posting’s country', () => {
  const bare = { min: 4200, max: 5100, currency: null, period: 'month' as const, text: '4200 - 5100 Monthly' };
  it('from the places, in English or Arabic', () => {
    expect(localizeCurrency(bare, { host: 'jobs.example.com', places: ['Sharjah, UAE'] }).currency).toBe('AED');
    expect(localizeCurrency(bare, { host: 'jobs.example.com', places: ['الزرقاء، الأردن'] }).currency).toBe('JOD');
  });
  it('from the host, euro countries included', () => {
    expect(localizeCurrency(bare, { host: 'www.rabota.bg', places: [] }).currency).toBe('BGN');
    expect(localizeCurrency(bare, { host: 'karriere.example.at', places: [] }).currency).toBe('EUR');
  });
  it('never from nothing, nor from the language alone; a stated currency stays', () => {
    expect(
      localizeCurrency(bare, { host: 'jobs.example.com', places: ['Springfield'], lang: 'de' }).currency,
    ).toBeNull();
    const stated = { ...bare, currency: 'USD', text: 'USD 4200 - 5100' };
    expect(localizeCurrency(stated, { host: 'www.rabota.bg', places: [] }).currency).toBe('USD');
  });
});

describe('pay as these boards write it', () => {
  it('a currency code or an "R" in its own element, glued to the number', () => {
    expect(parseSalaryText('KES80,000 – KES95,000 per month')).toMatchObject({
      min: 80000,
      max: 95000,
      currency: 'KES',
      period: 'month',
    });
    expect(parseSalaryText('R31 500 - R36 000 per month')).toMatchObject({ min: 31500, max: 36000, currency: 'ZAR' });
    expect(parseSalaryText('PKR95K - 140K/Month')).toMatchObject({ min: 95000, max: 140000, currency: 'PKR' });
  });
  it('a number inside a word is still no amount', () => {
    expect(parseSalaryText('Model X2000 bonus')).toBeNull();
  });
  it('"от … до" joins a range; лв. is BGN, baht THB, "triệu" a million', () => {
    expect(parseSalaryText('от 2600 до 3100 лв.')).toMatchObject({ min: 2600, max: 3100, currency: 'BGN' });
    expect(parseSalaryText('30,000 - 38,000 baht')).toMatchObject({ min: 30000, max: 38000, currency: 'THB' });
    expect(parseSalaryText('12 - 18 triệu VNĐ')).toMatchObject({ min: 12_000_000, max: 18_000_000, currency: 'VND' });
  });
});

describe('font icons and job types', () => {
  it('a Material icon written as its ligature labels the element after it', () => {
    const doc = page(
      '<ul><li><i class="material-icons">location_on</i><span>Пловдив</span></li>' +
        '<li><i class="material-icons">payments</i><span>2400 - 2900 лв.</span></li></ul>',
    );
    const fields = readAttributes(scanPage(doc).attributes);
    expect(fields.locations).toEqual(['Пловдив']);
    expect(fields.salary).toMatchObject({ min: 2400, max: 2900, currency: 'BGN' });
  });
  it('full and part time in Vietnamese, Turkish, Bulgarian, Arabic and Estonian', () => {
    expect(employmentFromValue('Toàn thời gian')).toBe('FULL_TIME');
    expect(employmentFromValue('Yarı Zamanlı')).toBe('PART_TIME');
    expect(employmentFromValue('Пълно работно време')).toBe('FULL_TIME');
    expect(employmentFromValue('دوام جزئي')).toBe('PART_TIME');
    expect(employmentFromValue('Täistööaeg')).toBe('FULL_TIME');
  });
});

describe('header lines in scripts without capitals', () => {
  it('an Arabic employer, its place and "منذ …"; a CJK employer and its prefecture', () => {
    expect(readHeaderLine(['مصنع الندى للألبان · الدمام، السعودية · منذ 3 أيام'], [[]], null)).toMatchObject({
      company: 'مصنع الندى للألبان',
      places: ['الدمام، السعودية'],
    });
    expect(readHeaderLine(['مكتب الريان للمحاسبة - إربد'], [[]], null)).toMatchObject({
      company: 'مكتب الريان للمحاسبة',
      places: ['إربد'],
    });
    expect(readHeaderLine(['株式会社さくら製菓 · 福岡県'], [[]], null)).toMatchObject({
      company: '株式会社さくら製菓',
      places: ['福岡県'],
    });
  });
});

describe('job facts in a header line', () => {
  it('full or part time in Arabic is a job fact, not a second name', () => {
    expect(readHeaderLine(['الخبر · دوام جزئي'], [[]], null).places).toEqual([]);
    expect(readHeaderLine(['الخبر · دوام جزئي'], [[]], null).company).toBeNull();
  });
});
