/** Issue 10, part 2: each source of the generic reader on short pages written for it. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { parseTitle } from '../../utils/extract/generic/title-patterns';
import { classifyPart, readHeaderLine } from '../../utils/extract/generic/header-line';
import { isPlace } from '../../utils/extract/generic/places';
import { atsSlug, companyFromPage, nameFromCopyright, slugToName } from '../../utils/extract/generic/company-from-page';
import { locationFromProse } from '../../utils/extract/generic/prose-location';
import { scanPage } from '../../utils/extract/generic/page-scan';
import { readLabelled } from '../../utils/extract/generic/labelled';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { findDescriptionElement } from '../../utils/extract/generic/description';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const NOW = new Date('2026-03-10T12:00:00Z');

describe('title patterns', () => {
  it.each([
    [
      'Staff Data Engineer - Quillfeather - Austin, TX | Hatchboard',
      'Staff Data Engineer',
      'Hatchboard',
      'Quillfeather',
      'Austin, TX',
    ],
    [
      'Bakery Shift Supervisor | Harbourlight Bakery Careers',
      'Bakery Shift Supervisor',
      '',
      'Harbourlight Bakery',
      null,
    ],
    ['Job Application for Platform Engineer at Orchard Lane', 'Platform Engineer', '', 'Orchard Lane', null],
    ['Backend Engineer — Fjordlys', 'Backend Engineer', '', 'Fjordlys', null],
    ['Operations Analyst at Vellichor Travel', 'Operations Analyst', '', 'Vellichor Travel', null],
    ['Horno Azahar: Responsable de Tienda', 'Responsable de Tienda', '', 'Horno Azahar', null],
    ['Beleidsadviseur | Werken bij Waterschap Lindeveld', 'Beleidsadviseur', '', 'Waterschap Lindeveld', null],
    [
      'Sachbearbeiter (m/w/d) – Kessler Bau GmbH – Leipzig',
      'Sachbearbeiter (m/w/d)',
      '',
      'Kessler Bau GmbH',
      'Leipzig',
    ],
  ])('%s', (raw, role, siteName, company, place) => {
    const parts = parseTitle(raw, { knownRole: role, siteName, host: siteName ? 'hatchboard.io' : 'example.org' });
    expect(parts).toEqual({ role, company, place });
  });

  it("tells the site name apart from the company, and uses it only on the company's own site", () => {
    expect(
      parseTitle('Data Engineer | Hatchboard', {
        knownRole: 'Data Engineer',
        siteName: 'Hatchboard',
        host: 'hatchboard.io',
        boardHost: true,
      }).company,
    ).toBeNull();
    expect(
      parseTitle('Data Engineer - Fjordlys', {
        knownRole: 'Data Engineer',
        siteName: 'Fjordlys',
        host: 'career.fjordlys.io',
      }).company,
    ).toBe('Fjordlys');
    expect(parseTitle('Werkstudent (m/w/d) | Karriere', { knownRole: 'Werkstudent (m/w/d)' }).company).toBeNull();
  });
});

describe('places', () => {
  it.each([
    'Austin, TX',
    'Halifax, NS',
    'Brisbane QLD',
    'Remote (US)',
    'Berlin',
    'Lyon (69)',
    'Aarhus C',
    'Lisbon, Portugal',
    'Santa Monica, California',
    'United Kingdom',
  ])('%s is a place', (p) => {
    expect(isPlace(p)).toBe(true);
  });
  it.each([
    'Snap Inc.',
    'Quillfeather',
    'Engineering',
    'Over 200 applicants',
    '1 week ago',
    'Brightmoss Labs makes scheduling software.',
  ])('%s is not', (p) => {
    expect(isPlace(p)).toBe(false);
  });
});

describe('the header line under the title', () => {
  it('splits "Snap Inc. · Los Angeles, CA · 1 week ago · Over 200 applicants"', () => {
    expect(['Snap Inc.', 'Los Angeles, CA', '1 week ago', 'Over 200 applicants'].map(classifyPart)).toEqual([
      'company',
      'place',
      'date',
      'other',
    ]);
    const r = readHeaderLine(['Snap Inc. · Los Angeles, CA · 1 week ago · Over 200 applicants'], [[]], NOW);
    expect(r).toEqual({ company: 'Snap Inc.', places: ['Los Angeles, CA'], datePosted: '2026-03-03' });
  });
  it('reads spans without separators, and never takes a department for a company', () => {
    expect(
      readHeaderLine(['Quillfeather Austin, TX 2 days ago'], [['Quillfeather', 'Austin, TX', '2 days ago']], NOW)
        .company,
    ).toBe('Quillfeather');
    expect(readHeaderLine(['Engineering · Copenhagen · Hybrid'], [[]], NOW)).toEqual({
      company: null,
      places: ['Copenhagen'],
      datePosted: null,
    });
  });
  it('a label in the header line is never the company', () => {
    expect(classifyPart('Lieu de travail :')).toBe('other');
    expect(
      readHeaderLine(['Lieu de travail : Lyon (69)'], [['Lieu de travail :', 'Lyon (69)']], NOW).company,
    ).toBeNull();
  });
  it('on a page', () => {
    const r = extract(
      doc(
        '<html><body><h1>Growth Marketer</h1><div><span>Tidewell</span><span aria-hidden="true">·</span><span>Remote (EU)</span><span aria-hidden="true">·</span><span>3 days ago</span></div><h2>Responsibilities</h2><ul><li>Run campaigns</li></ul><h2>Requirements</h2><ul><li>SEO</li></ul><a href="/apply">Apply</a></body></html>',
      ),
      'https://boards.example.net/jobs/77',
      { now: NOW },
    );
    expect(r.posting).toMatchObject({ company: 'Tidewell', locations: ['Remote (EU)'], datePosted: '2026-03-07' });
  });
});

describe('labelled values', () => {
  const read = (html: string, lang = 'en') =>
    readLabelled(scanPage(doc(`<html lang="${lang}"><body>${html}</body></html>`)).labels, { dayFirst: lang !== 'en' })
      .fields;
  it('a fact table (English)', () => {
    expect(
      read(
        '<table><tr><th>Location:</th><td>Westhaven</td></tr><tr><th>Salary:</th><td>£38,249 to £44,128 per annum</td></tr><tr><th>Closes:</th><td>24th March 2026</td></tr><tr><th>Placed On:</th><td>3rd March 2026</td></tr></table>',
      ),
    ).toMatchObject({
      locations: ['Westhaven'],
      salary: { min: 38249, max: 44128, currency: 'GBP', period: 'year' },
      validThrough: '2026-03-24',
      datePosted: '2026-03-03',
    });
  });
  it('a definition list (Dutch)', () => {
    expect(
      read(
        '<dl><dt>Locatie</dt><dd>Zwolle</dd><dt>Dienstverband</dt><dd>Fulltime</dd><dt>Sluitingsdatum</dt><dd>15 maart 2026</dd></dl>',
        'nl',
      ),
    ).toMatchObject({ locations: ['Zwolle'], employmentType: 'FULL_TIME', validThrough: '2026-03-15' });
  });
  it('"Label: value" lines (German, French, Spanish)', () => {
    expect(
      read(
        '<p>Standort: Leipzig</p><p>Arbeitgeber: Kessler Bau GmbH</p><p>Gehalt: 3.200 € brutto/Monat</p><p>Bewerbungsfrist: 31.03.2026</p>',
        'de',
      ),
    ).toMatchObject({
      locations: ['Leipzig'],
      company: 'Kessler Bau GmbH',
      salary: { min: 3200, currency: 'EUR', period: 'month' },
      validThrough: '2026-03-31',
    });
    expect(
      read(
        '<p><strong>Type de contrat :</strong> CDI</p><p><strong>Lieu de travail :</strong> Lyon</p><p><strong>Date de publication :</strong> 12/02/2026</p>',
        'fr',
      ),
    ).toMatchObject({ employmentType: 'FULL_TIME', locations: ['Lyon'], datePosted: '2026-02-12' });
    expect(
      read(
        '<li><span>Empresa:</span> Horno Azahar S.L.</li><li><span>Jornada:</span> Completa</li><li><span>Ubicación:</span> Valencia</li>',
        'es',
      ),
    ).toMatchObject({ company: 'Horno Azahar S.L.', employmentType: 'FULL_TIME', locations: ['Valencia'] });
  });
  it('label/value siblings (Danish, Swedish)', () => {
    expect(
      read(
        '<div><span>Arbejdssted</span><span>Aarhus C</span></div><div><span>Ansøgningsfrist</span><span>20. marts 2026</span></div><div><span>Virksomhed</span><span>Nordlys Energi A/S</span></div>',
        'da',
      ),
    ).toMatchObject({ locations: ['Aarhus C'], validThrough: '2026-03-20', company: 'Nordlys Energi A/S' });
    expect(
      read(
        '<div><span>Arbetsort</span><span>Göteborg</span></div><div><span>Sista ansökningsdag</span><span>2026-04-01</span></div>',
        'sv',
      ),
    ).toMatchObject({ locations: ['Göteborg'], validThrough: '2026-04-01' });
  });
  it('ignores navigation and footers', () => {
    expect(read('<nav><p>Company: About us</p></nav><footer><p>Location: Site map</p></footer>')).toEqual({});
  });
});

describe('telling attributes', () => {
  const read = (html: string) => readAttributes(scanPage(doc(`<html><body>${html}</body></html>`)).attributes);
  it('class, data-testid, data-automation, itemprop, title', () => {
    expect(
      read(
        '<div class="job-company-name">Orchard Lane</div><span data-testid="job-location">Denver, CO</span><span data-automation="job-detail-salary">$80,000 – $95,000 per year</span><li class="job-type full-time">Part Time</li>',
      ),
    ).toMatchObject({
      company: 'Orchard Lane',
      locations: ['Denver, CO'],
      salary: { min: 80000, max: 95000 },
      employmentType: 'PART_TIME',
    });
    expect(
      read(
        '<div title="Location"><i class="fa"></i> Boise, ID</div><span itemprop="hiringOrganization">Pinecone Dental</span>',
      ),
    ).toMatchObject({ locations: ['Boise, ID'], company: 'Pinecone Dental' });
  });
  it('a company block with a logo, a link and a tagline gives the name inside it', () => {
    expect(
      read(
        '<div class="company"><img alt=""><p class="name"><a>Website</a> <strong>Harbourlight Bakery</strong></p><p class="tagline">Bread since 1998, baked every morning before sunrise for the whole town.</p></div>',
      ).company,
    ).toBe('Harbourlight Bakery');
  });
  it('never reads the whole page as a company block (<body class="font-company-body">)', () => {
    const d = doc(
      `<html><body class="font-company-body"><h1>Role</h1><h3>What you'll do</h3><p>${'Work. '.repeat(100)}</p></body></html>`,
    );
    expect(readAttributes(scanPage(d).attributes).company).toBeUndefined();
  });
  it('skips chrome (company-logo, location-filter)', () => {
    expect(read('<div class="company-logo">Acme</div><div class="location-filter">Anywhere</div>')).toEqual({});
  });
});

describe('company from the ATS host and the page', () => {
  it.each([
    ['https://acme.wd5.myworkdayjobs.com/en-US/External/job/X', 'acme'],
    ['https://jobs.lever.co/granitepeak/7d2f', 'granitepeak'],
    ['https://boards.greenhouse.io/anthropic/jobs/1', 'anthropic'],
    ['https://job-boards.greenhouse.io/scaleai/jobs/1', 'scaleai'],
    ['https://apply.workable.com/huggingface/j/1', 'huggingface'],
    ['https://fjordlys.teamtailor.com/jobs/1-x', 'fjordlys'],
    ['https://kranich-logistik.jobs.personio.de/job/1', 'kranich-logistik'],
    ['https://jobs.ashbyhq.com/ramp/1', 'ramp'],
    ['https://jobs.smartrecruiters.com/Nordwind/1', 'Nordwind'],
    ['https://brightmoss.breezy.hr/p/1', 'brightmoss'],
    ['https://vellichortravel.recruitee.com/o/x', 'vellichortravel'],
    ['https://saltbush.bamboohr.com/careers/1', 'saltbush'],
    ['https://jobs.jobvite.com/orchardlane/job/1', 'orchardlane'],
    ['https://careers-harborline.icims.com/jobs/1/x/job', 'harborline'],
  ])('%s → %s', (url, slug) => {
    expect(atsSlug(new URL(url))).toBe(slug);
  });
  it('prefers the name the page shows over the slug; the slug only as a last resort', () => {
    const shown = doc(
      '<html><body><header><img class="logo" alt="Kranich Logistik GmbH logo"></header><h1>Werkstudent</h1></body></html>',
    );
    expect(companyFromPage(shown, new URL('https://kranich-logistik.jobs.personio.de/job/1'))).toMatchObject({
      shown: 'Kranich Logistik GmbH',
      slug: 'Kranich Logistik',
    });
    const bare = doc('<html><body><h1>Werkstudent</h1></body></html>');
    const r = extract(bare, 'https://kranich-logistik.jobs.personio.de/job/1');
    expect(companyFromPage(bare, new URL('https://kranich-logistik.jobs.personio.de/job/1')).shown).toBeNull();
    expect(slugToName('granite-peak_energy')).toBe('Granite Peak Energy');
    expect(r.posting === null || r.posting.company === 'Kranich Logistik').toBe(true);
  });
  it('"Careers at X" and the copyright line; never a job board\'s own name', () => {
    expect(
      companyFromPage(
        doc('<html><body><h2>Careers at NVIDIA</h2></body></html>'),
        new URL('https://jobs.lever.co/nvidia/1'),
      ).shown,
    ).toBe('NVIDIA');
    expect(nameFromCopyright('© 2026 Harbourlight Bakery Ltd. · 6140 Quinpool Road')).toBe('Harbourlight Bakery Ltd.');
    expect(nameFromCopyright('© 2026 Lumenbrook GmbH. All rights reserved.')).toBe('Lumenbrook GmbH');
    expect(nameFromCopyright('aijobs.net v0.3 Made with ☕')).toBe('');
    expect(
      companyFromPage(
        doc('<html><body><footer>© 2026 Harbourlight Bakery Ltd.</footer></body></html>'),
        new URL('https://harbourlightbakery.ca/job/1'),
      ).shown,
    ).toBe('Harbourlight Bakery Ltd.');
    expect(
      companyFromPage(
        doc('<html><body><header><img class="logo" alt="Indeed"></header></body></html>'),
        new URL('https://www.indeed.com/viewjob?jk=1'),
      ).shown,
    ).toBeNull();
  });
});

describe('a location stated in prose', () => {
  it.each([
    ['You will be working from our Vienna office three days a week.', 'Vienna'],
    ['This role is based in Berlin, Germany, with travel to clients.', 'Berlin, Germany'],
    ['The job is on-site in Santa Monica, California.', 'Santa Monica, California'],
    ['We are a company that values people.', null],
    ['Our team is based in Engineering.', null],
    // A small employer's workplace: "our … practice in", or the words opening a line.
    ['Our friendly veterinary practice in Springfield, IL needs a receptionist.', 'Springfield, IL'],
    ['Bakery assistant wanted\nSmall family bakery in Portland, Maine needs help on weekends.', 'Portland, Maine'],
    ['Our clients in London and Paris rely on us.', null],
    ['We are the largest company in Europe for garden tools.', null],
  ])('%s', (text, place) => {
    expect(locationFromProse(text)).toBe(place);
  });
});

describe('the description from our own pass', () => {
  it('an element whose attributes say description, sibling sections joined', () => {
    const d = doc(
      `<html><body><h1>Role</h1><div id="wrap"><section class="job-description-section"><h2>Deine Aufgaben</h2><p>${'Aufgabe '.repeat(20)}</p></section><section class="job-description-section"><h2>Dein Profil</h2><p>${'Profil '.repeat(20)}</p></section></div><footer>x</footer></body></html>`,
    );
    expect(findDescriptionElement(d, scanPage(d).attributes)?.getAttribute('id')).toBe('wrap');
  });
  it('else the ancestor of the job section headings', () => {
    const d = doc(
      `<html><body><h1>Role</h1><div class="x"><div id="body"><h3>Responsibilities</h3><p>${'Do things. '.repeat(20)}</p><h3>Requirements</h3><p>${'Know things. '.repeat(10)}</p></div></div></body></html>`,
    );
    expect(findDescriptionElement(d, scanPage(d).attributes)?.getAttribute('id')).toBe('body');
  });
  it('no Readability is needed when the page shows its description', () => {
    let calls = 0;
    const d = doc(
      `<html><body><h1>Role</h1><p>Location: Berlin</p><div class="job-description"><h2>Responsibilities</h2><p>${'Build things. '.repeat(30)}</p><h2>Requirements</h2><p>Go</p></div><a href="/apply">Apply</a></body></html>`,
    );
    const r = extract(d, 'https://example.org/jobs/1', {
      readability: () => {
        calls++;
        return null;
      },
    });
    expect(r.posting?.provenance.description).toBe('page');
    expect(calls).toBe(0);
  });
});
