/** Issue 10, part 3: values right, not only present. One short input per rule. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { localizeCurrency } from '../../utils/money/local';
import type { Salary } from '../../utils/schema/posting';
import { normalizeEmploymentType, parseDate } from '../../utils/extract/normalize';
import { findSalaryInText } from '../../utils/money/find';
import { employmentFromValue } from '../../utils/extract/generic/labelled';
import { FIELD_LABELS } from '../../utils/extract/data/labels';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const NOW = new Date('2026-03-10T12:00:00Z');
const posting = (body: string, head = '') =>
  doc(
    `<html><head><title>Line Cook</title>${head}</head><body><h1>Line Cook</h1>${body}<h2>Responsibilities</h2><p>Cook.</p><h2>Requirements</h2><p>Knives.</p><a href="/apply">Apply now</a></body></html>`,
  );

describe('currency', () => {
  const usd: Salary = { min: 1, max: 2, currency: 'USD', period: null, text: '$1 - $2' };
  const local = (host: string | null, places: string[] = [], lang: string | null = null, salary = usd) =>
    localizeCurrency({ ...salary }, { host, places, lang }).currency;
  it('a bare "$" takes the host country', () => {
    expect(local('au.indeed.com')).toBe('AUD');
    expect(local('www.seek.com.au')).toBe('AUD');
    expect(local('jobs.example.ca')).toBe('CAD');
    expect(local('nz.jora.com')).toBe('NZD');
    expect(local('careers.example.sg')).toBe('SGD');
    expect(local('hk.jobsdb.com')).toBe('HKD');
    expect(local('jobs.lever.co')).toBe('USD');
    expect(local('www.example.com')).toBe('USD');
  });
  it('or the posting country, or the page language', () => {
    expect(local(null, ['Brisbane QLD'])).toBe('AUD');
    expect(local('jobs.lever.co', ['Toronto, ON'])).toBe('CAD');
    expect(local(null, ['Austin, TX'])).toBe('USD');
    expect(local('boards.greenhouse.io', [], 'en-AU')).toBe('AUD');
  });
  it("a country name, then a province or state code, then the place's last part beats a city; a disagreement gives up", () => {
    const host = 'boards.greenhouse.io';
    expect(local(host, ['Victoria, BC'])).toBe('CAD');
    expect(local(host, ['Victoria, British Columbia, Canada'])).toBe('CAD');
    expect(local(host, ['Victoria, British Columbia'])).toBe('CAD');
    expect(local(host, ['Toronto, ON, CA'])).toBe('CAD');
    expect(local(host, ['Perth, Scotland'])).toBe('USD');
    expect(local(host, ['Melbourne, FL'])).toBe('USD');
    expect(local(host, ['Sydney, New South Wales'])).toBe('AUD');
    expect(local(host, ['Perth'])).toBe('AUD');
    expect(local(host, ['Auckland', 'Sydney'])).toBe('USD');
    expect(local(host, ['Auckland', 'Sydney'], 'en-NZ')).toBe('NZD');
  });
  it('only a bare "$" is localized', () => {
    expect(local('www.seek.com.au', [], null, { ...usd, text: 'US$1 - US$2' })).toBe('USD');
    expect(local('www.seek.com.au', [], null, { ...usd, text: '$1 - $2 USD' })).toBe('USD');
  });
  it('on pages: host → AUD/CAD; structured data beats the visible symbol', () => {
    const au = extract(posting('<p>Salary: $85,000 - $95,000 + super</p>'), 'https://www.example.com.au/jobs/1', {
      now: NOW,
    });
    expect(au.posting?.salary?.currency).toBe('AUD');
    const ca = extract(
      posting('<p>Location: Toronto, ON</p><p>Pay: $22 - $25 per hour</p>'),
      'https://www.example.com/jobs/1',
      { now: NOW },
    );
    expect(ca.posting?.salary).toMatchObject({ min: 22, max: 25, currency: 'CAD', period: 'hour' });
    const ld =
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Line Cook","baseSalary":{"@type":"MonetaryAmount","currency":"CAD","value":{"@type":"QuantitativeValue","minValue":50000,"maxValue":60000,"unitText":"YEAR"}}}</script>';
    const structured = extract(posting('<p>$50,000 – $60,000 a year</p>', ld), 'https://www.example.com/jobs/1', {
      now: NOW,
    });
    expect(structured.posting?.salary?.currency).toBe('CAD');
    expect(structured.posting?.salary?.text).toBe('$50,000 – $60,000 a year');
  });
});

describe('salary from the description only from a sentence about pay', () => {
  it.each([
    'We raised $100 million in funding from leading investors.',
    'Our revenue grew to $40 million last year.',
    'The company is valued at $2 billion after a $250M valuation round.',
    'You will manage a budget of $3 million.',
    'Last spring we raised $40 million in Series B funding, and our revenue has tripled.',
  ])('never: %s', (text) => {
    expect(findSalaryInText(text)).toBeNull();
  });
  it.each([
    ['The base salary range for this role is $120,000 - $150,000.', '$120,000 - $150,000'],
    ['Compensation\n$176,000 - $300,000 USD', '$176,000 - $300,000 USD'],
    ['The salary range for this position is:\n\n$90,000 - $110,000', '$90,000 - $110,000'],
    ['Wir bieten ein Gehalt von 55.000 € brutto/Jahr.', '55.000 € brutto/Jahr'],
    ['Pay: $25/hr', '$25/hr'],
  ])('yes: %s', (text, found) => {
    expect(findSalaryInText(text)).toBe(found);
  });
  it('on a page: funding in the description is not a salary', () => {
    const r = extract(
      posting(
        '<div class="job-description"><p>Lumen raised $40 million in Series B funding last year and our revenue is $12M.</p><p>' +
          'We build tools. '.repeat(20) +
          '</p></div>',
      ),
      'https://example.org/jobs/1',
      { now: NOW },
    );
    expect(r.posting?.salary).toBeNull();
  });
});

describe('dates: absolute beats relative', () => {
  it('a labelled absolute date wins over "3 days ago" in the header', () => {
    const r = extract(posting('<p>Posted 3 days ago</p><p>Date posted: 2026-02-20</p>'), 'https://example.org/jobs/1', {
      now: NOW,
    });
    expect(r.posting?.datePosted).toBe('2026-02-20');
  });
  it('a <time datetime> beside "Posted 6 days ago" wins over the relative text', () => {
    const r = extract(
      posting('<ul><li class="date-posted"><time datetime="2026-02-20">Posted 6 days ago</time></li></ul>'),
      'https://example.org/jobs/1',
      { now: NOW },
    );
    expect(r.posting?.datePosted).toBe('2026-02-20');
  });
  it('structured data wins over a relative visible date', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Line Cook","datePosted":"2026-01-15"}</script>';
    const r = extract(posting('<p>Posted 2 days ago</p>', ld), 'https://example.org/jobs/1', { now: NOW });
    expect(r.posting?.datePosted).toBe('2026-01-15');
  });
  it('a relative date only when nothing absolute exists', () => {
    const r = extract(posting('<p>Posted 2 days ago</p>'), 'https://example.org/jobs/1', { now: NOW });
    expect(r.posting?.datePosted).toBe('2026-03-08');
  });
  it('day-first numeric dates on day-first pages', () => {
    expect(parseDate('05/02/2026')).toBe('2026-05-02');
    expect(parseDate('05/02/2026', undefined, true)).toBe('2026-02-05');
    const r = extract(
      doc(
        '<html lang="es"><body><h1>Cocinero</h1><p>Fecha de publicación: 05/02/2026</p><p>Ubicación: Valencia</p><h2>Requisitos</h2><a href="/x">Apply</a></body></html>',
      ),
      'https://example.es/ofertas/1',
      { now: NOW },
    );
    expect(r.posting?.datePosted).toBe('2026-02-05');
  });
});

describe('label lists', () => {
  it('name each label once', () => {
    const labels = FIELD_LABELS.flatMap(([, list]) => list);
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
  });
  it('list a label once whatever its accents (a label is looked up with and without them)', () => {
    const plain = (label: string) => label.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const labels = new Set(FIELD_LABELS.flatMap(([, list]) => list));
    expect([...labels].filter((label) => plain(label) !== label && labels.has(plain(label)))).toEqual([]);
  });
});

describe('employment type is the value after its label', () => {
  it.each([
    ['CDI', 'FULL_TIME'],
    ['CDD', 'TEMPORARY'],
    ['Completa', 'FULL_TIME'],
    ['Fuldtid, fastansættelse', 'FULL_TIME'],
    ['Teilzeit (30 Std./Woche)', 'PART_TIME'],
    ['Fixed-Term/Contract', 'TEMPORARY'],
    ['Freelance', 'CONTRACT'],
  ])('%s → %s', (value, type) => {
    expect(employmentFromValue(value)).toBe(type);
  });
  it.each([
    'Umowa o pracę, niepełny etat',
    'CLT - Meio período',
    'Vakituinen, osa-aikatyö',
    'Tempo indeterminato - Part time',
    'Teilzeit (fast 30 Stunden)',
    'Fast stilling, deltid',
  ])('a permanent part-time job is part-time: %s', (value) => {
    expect(employmentFromValue(value)).toBe('PART_TIME');
    expect(normalizeEmploymentType(value)).toBe('PART_TIME');
  });
  it.each(['Fast stilling', 'Fast ansættelse', 'Fast anställning', 'Umowa o pracę', 'Vollzeit, unbefristet'])(
    'a permanent job with no hours is full-time: %s',
    (value) => {
      expect(employmentFromValue(value)).toBe('FULL_TIME');
    },
  );
  it('a label value in Spanish too: "Contrato indefinido, media jornada" is part-time', () => {
    expect(employmentFromValue('Contrato indefinido, media jornada')).toBe('PART_TIME');
  });
  it('"fast" alone (German "almost") is no contract word', () => {
    expect(employmentFromValue('fast')).toBeNull();
  });
  it('"Type de contrat : CDI" is permanent, not contract', () => {
    expect(normalizeEmploymentType('Type de contrat : CDI', true)).toBe('FULL_TIME');
    const r = extract(
      doc(
        '<html lang="fr"><body><h1>Comptable</h1><p><strong>Type de contrat :</strong> CDI</p><p><strong>Lieu de travail :</strong> Nantes</p><h2>Vos missions</h2><h2>Profil recherché</h2><a href="/p">Postuler</a></body></html>',
      ),
      'https://example.fr/offres/1',
    );
    expect(r.posting?.employmentType).toBe('FULL_TIME');
  });
});

describe('oversized structured data still reads, in bounded time', () => {
  const body = '<h1>Giant Engineer</h1>';
  const wrap = (scripts: string) =>
    doc(`<html><head><title>Giant Engineer</title>${scripts}</head><body>${body}</body></html>`);
  it('a JobPosting JSON-LD block over 3 MB', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Giant Engineer',
      hiringOrganization: { name: 'Big Co' },
      description: `<p>${'x'.repeat(3_500_000)}</p>`,
    });
    expect(ld.length).toBeGreaterThan(3_000_000);
    const t = Date.now();
    const r = extract(wrap(`<script type="application/ld+json">${ld}</script>`), 'https://example.org/jobs/1');
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.isJobPosting).toBe(true);
    expect(r.posting?.company).toBe('Big Co');
  });
  it('a posting after 20,000 @graph nodes', () => {
    const graph: unknown[] = Array.from({ length: 20_000 }, (_, i) => ({
      '@type': 'Thing',
      '@id': `#t${i}`,
      name: `t${i}`,
    }));
    graph.push(
      { '@type': 'Organization', '@id': '#org', name: 'Graph Giant' },
      { '@type': 'JobPosting', title: 'Giant Engineer', hiringOrganization: { '@id': '#org' } },
    );
    const r = extract(
      wrap(`<script type="application/ld+json">${JSON.stringify({ '@graph': graph })}</script>`),
      'https://example.org/jobs/1',
    );
    expect(r.isJobPosting).toBe(true);
    expect(r.posting?.company).toBe('Graph Giant');
  });
  it('a posting after 5,000 script blocks', () => {
    const noise =
      '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[]}</script><script>var a=1;</script>'.repeat(
        5_000,
      );
    const r = extract(
      wrap(
        `${noise}<script type="application/ld+json">{"@type":"JobPosting","title":"Giant Engineer","hiringOrganization":"Many Scripts Ltd"}</script>`,
      ),
      'https://example.org/jobs/1',
    );
    expect(r.isJobPosting).toBe(true);
    expect(r.posting?.company).toBe('Many Scripts Ltd');
  });
});

describe('a country given only as its code', () => {
  const withPlace = (address: object) =>
    extract(
      doc(
        `<html><head><title>Line Cook</title><script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'JobPosting',
          title: 'Line Cook',
          hiringOrganization: { '@type': 'Organization', name: 'Fennel & Fig' },
          jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } },
          description: '<p>Cook.</p>',
        })}</script></head><body><h1>Line Cook</h1></body></html>`,
      ),
      'https://jobs.example.com/1',
    ).posting?.locations;

  it('reads as the country\'s name when it is the whole place ("DE" → "Germany")', () => {
    expect(withPlace({ addressCountry: 'DE' })).toEqual(['Germany']);
    expect(withPlace({ addressCountry: 'AE' })).toEqual(['United Arab Emirates']);
  });
  it('stays as written beside a town, and an unknown code stays as it is', () => {
    expect(withPlace({ addressLocality: 'Berlin', addressCountry: 'DE' })).toEqual(['Berlin, DE']);
    expect(withPlace({ addressCountry: 'XX' })).toEqual(['XX']);
  });
});
