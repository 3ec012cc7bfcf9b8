/** General causes of misses on pages from sites the corpus had not seen (issue 10): each rule with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { companyFromPage } from '../../utils/extract/generic/company-from-page';
import { isAgencyDomain } from '../../utils/extract/generic/full-name';
import { readTaggedHead } from '../../utils/extract/generic/meta-tags';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { labelField, scanPage } from '../../utils/extract/generic/page-scan';
import { readLabelled } from '../../utils/extract/generic/labelled';
import { withoutDistrict } from '../../utils/extract/generic/city-district';
import { localizeCurrency } from '../../utils/money/local';
import { APPLY_START, MORE_JOB_HEADINGS } from '../../utils/extract/data/detect-words';
import { parseSalaryText } from '../../utils/money/parse';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

describe('an agency host is an agency only when nothing else in its name says job board', () => {
  it.each([
    ['kestrelrecruitment.co.uk', true],
    ['www.brightstaffing.com', true],
    ['www.jobsinrecruitment.co.uk', false],
    ['staffingjobs.example.com', false],
  ])('%s → %s', (host, agency) => expect(isAgencyDomain(host)).toBe(agency));

  it('a board for recruiters never names itself the employer from its logo', () => {
    const page = doc('<header><a href="/"><img alt="Jobs in Recruitment" src="/l.svg"></a></header><h1>Resourcer</h1>');
    expect(companyFromPage(page, new URL('https://www.jobsinrecruitment.co.uk/job/1')).shown).toBeNull();
  });
});

describe("an issue or forum post's tagged head", () => {
  it('"[Remote] Data Engineer @ Lanternfield#482": role, employer, the tag as a place', () => {
    expect(readTaggedHead('[Remote] Data Engineer @ Lanternfield#482')).toEqual({
      role: 'Data Engineer',
      company: 'Lanternfield',
      pay: null,
      place: 'Remote',
    });
  });
  it('"[Hiring] Bookkeeper | $30/hr | Remote (US)" keeps its facts and names no employer', () => {
    const head = readTaggedHead('[Hiring] Bookkeeper | $30/hr | Remote (US)')!;
    expect([head.role, head.company, head.pay, head.place]).toEqual(['Bookkeeper', undefined, '$30/hr', 'Remote (US)']);
  });
  it('a heading without tags, or an offer of work, is not a post head', () => {
    expect(readTaggedHead('Nurse #2')).toBeNull();
    expect(readTaggedHead('[For Hire] [Remote] Illustrator @ Studio')).toBeNull();
  });
});

describe('new labels', () => {
  it.each([
    ['Válida até', 'validThrough'],
    ['Fecha de expiración', 'validThrough'],
    ['Closing date for applications', 'validThrough'],
    ['Advertised', 'datePosted'],
    ['Renta', 'salary'],
    ['Entidade empregadora', 'company'],
    ['Miesto práce', 'locations'],
    ['Platové podmienky', 'salary'],
    ['Ponuka platí do', 'validThrough'],
    ['Dátum zverejnenia', 'datePosted'],
  ])('%s → %s', (label, field) => expect(labelField(`${label}:`)).toBe(field));
});

describe('telling attributes', () => {
  it('an employer hooked in Portuguese ("entidade-nome") and a posting date hook ("displayJobPostingDate")', () => {
    const page = doc(
      '<h1>Técnico</h1><p class="entidade-nome">Metalúrgica do Vouga, Lda.</p><p data-tag="displayJobPostingDate">11/16/2026</p><span class="job-posting-date">Posted: November 19, 2026</span>',
    );
    const fields = readAttributes(scanPage(page).attributes);
    expect([fields.company, fields.datePosted]).toEqual(['Metalúrgica do Vouga, Lda.', '2026-11-16']);
  });
  it('GitHub\'s <relative-time> after "opened" is the date posted', () => {
    const page = doc(
      '<div>mira opened <relative-time datetime="2026-11-21T08:40:00Z">Nov 21, 2026</relative-time></div>',
    );
    expect(scanPage(page).postedTimes).toEqual(['2026-11-21T08:40:00Z']);
  });
});

describe('a district after its city', () => {
  it.each([
    ['Bogotá, Chapinero', 'Bogotá'],
    ['Bogota D.C., Usaquén', 'Bogota D.C.'],
    ['Medellín, El Poblado', 'Medellín'],
    ['Lima, Miraflores', 'Lima'],
    ['Bogotá, Cundinamarca', 'Bogotá, Cundinamarca'],
    ['Chapinero, Bogotá', 'Chapinero, Bogotá'],
  ])('%s → %s', (place, city) => expect(withoutDistrict(place)).toBe(city));
});

describe('a bare "$" on a Colombian page is the peso', () => {
  const salary = parseSalaryText('$ 2.800.000 a $ 3.200.000')!;
  it('by the page language', () => expect(localizeCurrency(salary, { lang: 'es-CO' }).currency).toBe('COP'));
  it('by the place', () => expect(localizeCurrency(salary, { places: ['Medellín'] }).currency).toBe('COP'));
  it('"New Mexico" is not Mexico', () =>
    expect(localizeCurrency(parseSalaryText('$60,000')!, { places: ['Santa Fe, New Mexico'] }).currency).toBe('USD'));
});

describe('Slovak postings are recognised', () => {
  it('by their apply button and section headings', () => {
    expect(APPLY_START.test('Reagovať na ponuku')).toBe(true);
    expect(MORE_JOB_HEADINGS.test('Požiadavky na zamestnanca')).toBe(true);
    expect(MORE_JOB_HEADINGS.test('Čo ponúkame')).toBe(true);
  });
});

describe('place rows after the town', () => {
  const table = (rows: string) =>
    readLabelled(scanPage(doc(`<h1>Role</h1><table>${rows}</table>`)).labels).fields.locations;
  it("Varbi's Ort / Län / Land: the town and its country, as an Ort / Land table in German gives", () =>
    expect(
      table(
        '<tr><th>Ort</th><td>Växjö</td></tr><tr><th>Län</th><td>Kronobergs län</td></tr><tr><th>Land</th><td>Sverige</td></tr>',
      ),
    ).toEqual(['Växjö, Sverige']));
  it("an ATS's City / State / Country: joined", () =>
    expect(
      table(
        '<tr><th>City</th><td>Boise</td></tr><tr><th>State</th><td>Idaho</td></tr><tr><th>Country</th><td>United States</td></tr>',
      ),
    ).toEqual(['Boise, Idaho, United States']));
});
