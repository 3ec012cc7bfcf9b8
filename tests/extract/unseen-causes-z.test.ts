/** Issue 10 (fieldsz): agency hosts, spaced-colon deadline rows, pay values that run on, job nouns by ending. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract';
import { isAgencyDomain, isBoardBrand, isJobBoardDomain } from '@/utils/extract/generic/full-name';
import { salaryValue } from '@/utils/extract/generic/labelled';
import { endsLikeJobNoun } from '@/utils/extract/generic/job-terms';
import { atsSlug } from '@/utils/extract/generic/company-from-page';
import { parseTitle } from '@/utils/extract/generic/title-patterns';

const read = (html: string, url: string) =>
  extract(parseHTML(html).document as unknown as Document, url, { now: null }).posting;

const agencyPage = (title: string, logo: string) =>
  `<html><head><title>${title}</title></head><body><header><a href="/"><img class="logo" alt="${logo}"></a></header><h1>Stores Administrator</h1><p>Location: Derby</p><p>Salary: £25,500</p><h2>The role</h2><p>You will book in deliveries, keep stock records and raise purchase orders.</p><h2>What you need</h2><p>Stock control experience and a tidy hand.</p></body></html>`;

describe('a recruitment word in the host makes an agency, not a board', () => {
  it.each([
    ['www.fernleighrecruiters.com', true],
    ['recruitwessex.co.uk', true],
    ['www.ashdown-recruitment.co.uk', true],
    ['www.oakmererecruitmentgroup.com', true],
    ['www.recruit.example', false],
    ['www.jobsinrecruitment.co.uk', false],
    ['careers.fernleigh.com', false],
  ])('%s → agency %s', (host, agency) => expect(isAgencyDomain(host)).toBe(agency));
  it.each([
    ['www.fernleighrecruiters.com', false],
    ['recruitwessex.co.uk', false],
    ['www.recruit.example', true],
    ['www.staffingjobs.example', true],
    ['www.recruitmentjobs.co.uk', true],
  ])('%s → board %s', (host, board) => expect(isJobBoardDomain(host)).toBe(board));
  it("an agency's short logo name on its own host is not a board's brand", () => {
    expect(isBoardBrand('Fernleigh', 'www.fernleighrecruitment.co.uk')).toBe(false);
    expect(isBoardBrand('Civil Service', 'www.civilservicejobs.service.gov.uk')).toBe(true);
  });
  it("the agency's own site names the agency", () => {
    expect(
      read(
        agencyPage('Stores Administrator - Derby', 'Fernleigh Recruiters'),
        'https://www.fernleighrecruiters.com/job/881',
      )?.company,
    ).toBe('Fernleigh Recruiters');
    expect(
      read(agencyPage('Stores Administrator - Derby', 'Recruit Wessex'), 'https://recruitwessex.co.uk/job/881')
        ?.company,
    ).toBe('Recruit Wessex');
  });
});

const deadlinePage = (row: string) =>
  `<html><head><title>Storekeeper</title></head><body><h1>Storekeeper</h1>${row}<h2>Duties</h2><p>Receive, count and issue materials for the site.</p><h2>Requirements</h2><p>A diploma in stores management.</p></body></html>`;

describe('a deadline row written "Application date :"', () => {
  it.each([
    ['<p>Application date : 9 January 2027</p>', '2027-01-09'],
    ['<ul><li><strong>Application date :</strong> 19/01/2027</li></ul>', '2027-01-19'],
    ['<table><tr><td>Last application date :</td><td>9.1.2027</td></tr></table>', '2027-01-09'],
  ])('%s', (row, date) =>
    expect(read(deadlinePage(row), 'https://www.halden-mills.example/vacancies/storekeeper')?.validThrough).toBe(date),
  );
});

describe('a labelled pay value ends with the pay', () => {
  it.each([
    ['$19.25 per hour We provide uniforms and paid breaks.', '$19.25 per hour'],
    ['$41,000 - $47,500 a year Benefits include a pension', '$41,000 - $47,500 a year'],
    ['$17.75/hr plus tips Weekend shifts are required', '$17.75/hr plus tips'],
    ['£23,800 per annum. You will join a small team', '£23,800 per annum'],
  ])('%s', (value, text) => expect(salaryValue(value, null)?.text).toBe(text));
  it('keeps words of the pay itself', () => {
    expect(salaryValue('3.400 € Monatsgehalt brutto zzgl. Zulagen', null)?.text).toBe(
      '3.400 € Monatsgehalt brutto zzgl. Zulagen',
    );
    expect(salaryValue('$22 per hour DOE', null)?.text).toBe('$22 per hour DOE');
  });
});

describe('Spanish, Italian, Dutch and French job nouns by their ending', () => {
  it('reads them', () => {
    for (const title of [
      'Camarero',
      'Enfermera (turno de noche)',
      'Operatore',
      'Educatrice',
      'Magazziniere',
      'Klantenservicemedewerker',
      'Verpleegkundige',
      'Vendeur',
      'Coiffeuse',
      'Teamleider',
      'Camarero/a',
      'Vendeur / Vendeuse',
    ])
      expect([title, endsLikeJobNoun(title)]).toEqual([title, true]);
  });
  it('a Romance noun counts by its ending only as the whole title: "<noun> de …" is as often no job', () => {
    for (const title of ['Recepcionista de hotel', 'Operatore di magazzino', 'Vendeur en boulangerie'])
      expect([title, endsLikeJobNoun(title)]).toEqual([title, false]);
  });
  it('never a thing, a time or a quality that ends so', () => {
    for (const title of [
      'Revista',
      'Entrevista',
      'Carrera profesional',
      'Número de referencia',
      'Trabajo en el extranjero',
      'Sector financiero',
      'Mon secteur',
      'Nouveau moteur',
      'Une équipe chaleureuse',
      'Settore',
      'Huis met deur',
      'Era',
      'Opera',
      'Carrera de obstáculos',
      'Secteur de la santé',
      'Karriere',
      'Arrocería La Albufera',
      'Grupo Herrera',
      'Albufera Restaurant',
    ])
      expect(endsLikeJobNoun(title), title).toBe(false);
  });
});

describe('career-page hosts of ATSs no rule covers name their company', () => {
  it.each([
    ['https://quillbrook.keka.com/careers/jobdetails/101', 'quillbrook'],
    ['https://marlowfoods.darwinbox.in/ms/candidate/careers/ab12', 'marlowfoods'],
    ['https://ternlogistics.jobsoid.com/j/5512/driver', 'ternlogistics'],
    ['https://careers.hireology.com/oakdale-motors/77120/description', 'oakdale-motors'],
    ['https://jobs.crelate.com/portal/summitstaffing/job/991', 'summitstaffing'],
  ])('%s → %s', (url, slug) => expect(atsSlug(new URL(url))).toBe(slug));
  it("a logo on a Keka page names the employer though the host's own name is the ATS's", () => {
    const html = `<html><head><title>Careers</title></head><body><nav><a class="navbar-brand" href="/careers/"><img class="company-logo" alt="Quillbrook Textiles Pvt. Ltd."></a></nav><h2 class="job-title">Merchandiser</h2><p>Tiruppur, Tamil Nadu, India</p><h4>Job Description</h4><p>Follow up orders with buyers and the factory floor from sampling to shipment.</p><p><strong>Qualifications</strong></p><p>Two years in garment merchandising.</p><button>Apply</button></body></html>`;
    expect(read(html, 'https://quillbrook.keka.com/careers/jobdetails/101')?.company).toBe(
      'Quillbrook Textiles Pvt. Ltd.',
    );
  });
});

describe('a title part that names a portal is no employer', () => {
  it.each(['Job Portal', 'Careers Portal', 'Candidate Portal', 'Current Vacancies', 'Employment Opportunities'])(
    'Forklift Driver - %s',
    (part) => expect(parseTitle(`Forklift Driver - ${part}`).company).toBeNull(),
  );
  it('a real name still is', () =>
    expect(parseTitle('Forklift Driver - Harrow Logistics').company).toBe('Harrow Logistics'));
});

const ownSite = (brand: string, h1: string) =>
  `<html><head><title>Oferta de empleo</title></head><body><div class="top">${brand}</div><h1>${h1}</h1><h2>Albañil oficial</h2><p>Provincia: Albacete</p><h3>Funciones</h3><p>Levantar tabiques y hacer reformas de baños y cocinas en viviendas.</p><h3>Requisitos</h3><p>Tres años de experiencia en obra.</p></body></html>`;

describe("the site's own name in a home link outside a <header>", () => {
  it.each([
    ['<a href="/" rel="home">Reformas Tobarra</a>'],
    ['<a href="/" class="navbar-brand">Reformas Tobarra</a>'],
    ['<div class="brand"><a href="/">Reformas Tobarra</a></div>'],
  ])('%s', (brand) =>
    expect(read(ownSite(brand, 'Albañil oficial'), 'https://www.reformastobarra.example/empleo/albanil')?.company).toBe(
      'Reformas Tobarra',
    ),
  );
  it('never a home link that does not match the host', () =>
    expect(
      read(
        ownSite('<a href="/" rel="home">Inicio del portal</a>', 'Albañil oficial'),
        'https://www.reformastobarra.example/empleo/albanil',
      )?.company ?? null,
    ).not.toBe('Inicio del portal'));
});

describe('a "Recrutamento" or "Reclutamiento" heading names the page, not the job', () => {
  it.each(['Recrutamento', 'Reclutamiento', 'Reclutamento'])('%s', (h1) =>
    expect(read(ownSite('', h1), 'https://www.reformastobarra.example/empleo/albanil')?.title).toBe('Albañil oficial'),
  );
});
