/** General causes of misses on pages never tuned on (issue 10, dev set C's round): each rule with its own invented input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { isEmploymentOnly, withoutHiringLead } from '../../utils/extract/generic/job-terms';
import { companyFromPage } from '../../utils/extract/generic/company-from-page';
import { townAfterStreet } from '../../utils/extract/generic/street';
import { parseTitle } from '../../utils/extract/generic/title-patterns';
import { readClosingDate } from '../../utils/extract/closing-date';
import { findSalary } from '../../utils/money/find';
import { parseSalaryText } from '../../utils/money/parse';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const posting = (html: string, url: string) => extract(doc(html), url, { now: null }).posting;

describe('a hiring lead-in is not part of the role', () => {
  it.each([
    ["We're hiring: Weekend Baker", 'Weekend Baker'],
    ['We’re hiring – Line Cook', 'Line Cook'],
    ['Now hiring: Delivery Driver', 'Delivery Driver'],
    ['Hiring: Bike Mechanic', 'Bike Mechanic'],
    ['Join us as a Sous Chef', 'Sous Chef'],
    ['Wir suchen: Elektriker (m/w/d)', 'Elektriker (m/w/d)'],
    ['Wir suchen dich als Kommissionierer', 'Kommissionierer'],
    ['On recrute : Serveur en salle', 'Serveur en salle'],
    ['Se busca camarero de barra', 'camarero de barra'],
    ['Vi søger en tømrer', 'tømrer'],
    ['Vi söker: Undersköterska', 'Undersköterska'],
    ['Wij zoeken een Planner', 'Planner'],
    ['Szukamy: Magazynier', 'Magazynier'],
  ])('%s → %s', (raw, want) => expect(withoutHiringLead(raw)).toBe(want));
  it.each(['Hiring Manager Assistant', 'Join Us Program Coordinator', 'Buscador de talento'])(
    'leaves a role alone: %s',
    (title) => expect(withoutHiringLead(title)).toBe(title),
  );
});

describe('how a job is held is never a place', () => {
  it.each([
    'Empleado fijo',
    'Jornada completa',
    'Part-time, evenings',
    'Vaste aanstelling',
    'Umowa o pracę',
    'Tempo pieno',
    'Fast ansættelse',
    'Kokoaikainen',
    'Festanstellung',
  ])('%s', (text) => expect(isEmploymentOnly(text)).toBe(true));
  it.each(['Zaragoza', 'Temple Terrace', 'Fulton, MO', 'Day Heights', 'Media, PA', 'Remote'])('keeps %s', (place) =>
    expect(isEmploymentOnly(place)).toBe(false),
  );
  it('a subtitle "Permanent, full time · Town" gives the town only', () => {
    const page = `<html lang="es"><body><header><img alt="Aceites Turia S.L." src="/l.png"></header><main>
      <div class="job-header"><h1 class="job-title">Operario de almazara</h1><p class="job-subtitle">Empleada fija, Media jornada · Lliria</p></div>
      <div class="job-description"><h3>Tus funciones</h3><ul><li>Control de la línea de prensado</li></ul><h3>Tu perfil</h3><ul><li>Carné de carretillero</li></ul></div>
      </main></body></html>`;
    expect(posting(page, 'https://aceites-turia.jobs.personio.de/job/55120')?.locations).toEqual(['Lliria']);
  });
});

describe('a street then the town', () => {
  it.each([
    ['Shop Street, Kinvara', 'Kinvara'],
    ['Brückenstraße 7, Wurzen', 'Wurzen'],
    ['Rue des Tanneurs, Dole', 'Dole'],
    ['Vestergade, Struer', 'Struer'],
  ])('%s → %s', (text, town) => expect(townAfterStreet(text)).toBe(town));
  it.each([
    '4200 Bear Creek Rd, Lakewood, CO',
    'Kinvara',
    'Senior Street Team Lead, Marketing',
    'Main Street, High Street',
  ])('not a street and a town: %s', (text) => expect(townAfterStreet(text)).toBeNull());
  it('the line under the title names the town', () => {
    const page = `<html lang="en-IE"><body><main><h1>Kitchen Porter</h1><p>Part-time · Quay Street, Kinvara · €13.80 per hour</p>
      <h3>The job</h3><ul><li>Washing up</li></ul><h3>What we're looking for</h3><ul><li>Reliable</li></ul></main></body></html>`;
    expect(posting(page, 'https://www.example.ie/jobs')?.locations).toEqual(['Kinvara']);
  });
});

describe('the name a small employer site shows', () => {
  const page = (brand: string) =>
    doc(`<html><body><header><a class="brand" href="/">${brand}</a></header><main><h1>Baker</h1></main></body></html>`);
  it('the host spells the ampersand in any language', () => {
    expect(companyFromPage(page('Salt &amp; Crumb'), new URL('https://saltandcrumb.example/jobs')).shown).toBe(
      'Salt & Crumb',
    );
    expect(companyFromPage(page('Mehl &amp; Mohn'), new URL('https://www.mehlundmohn.example/jobs')).shown).toBe(
      'Mehl & Mohn',
    );
  });
  it('the host is the first words and the initials of the rest', () => {
    const logo = (alt: string) => doc(`<html><body><header><img alt="${alt}" src="/l.svg"></header></body></html>`);
    const shown = (alt: string, url: string) => companyFromPage(logo(alt), new URL(url)).shown;
    expect(shown('Harrow Fen Regional Medical Center', 'https://www.harrowfenmc.example/careers/1')).toBe(
      'Harrow Fen Regional Medical Center',
    );
    expect(shown('Linden Park Community Hospital', 'https://lindenparkch.example/jobs/2')).toBe(
      'Linden Park Community Hospital',
    );
    expect(shown('Apex Roofing Supplies', 'https://www.bluewaterch.example/jobs/3')).toBeNull();
  });
  it('a role that holds a separator is found in the page title', () => {
    const role = 'Respiratory Therapist – ICU, Weekends';
    const parts = parseTitle(`${role} | Careers | Harrow Fen Regional Medical Center`, { knownRole: role });
    expect(parts.company).toBe('Harrow Fen Regional Medical Center');
  });
});

describe('an employer name with links beside it', () => {
  it('a profile link glued to the name is not part of it', () => {
    const page = `<html lang="pl"><body><main>
      <h1 data-test="text-positionName">Księgowa</h1>
      <h2 data-test="text-employerName">Biuro Rachunkowe Lipa Sp. j.<a href="/firma/lipa,7788">O firmie</a></h2>
      <h2>Twój zakres obowiązków</h2><ul><li>Księgowanie dokumentów</li></ul><h2>Nasze wymagania</h2><ul><li>Znajomość Optimy</li></ul>
      </main></body></html>`;
    expect(posting(page, 'https://praca.example.pl/oferta/1')?.company).toBe('Biuro Rachunkowe Lipa Sp. j.');
  });
  it('a link the page marks as the company link names the employer', () => {
    const page = `<html lang="it"><body><main><div class="ij-OfferHeader">
      <h1 id="prefijoPuesto">Saldatore TIG</h1>
      <a class="ij-Link ij-OfferHeader-companyLink" href="/azienda/carpenterie-orsini">Carpenterie Orsini S.p.A.</a>
      <ul><li><span id="prefijoPoblacion">Fidenza (PR)</span></li><li>Retribuzione: 28.000 € - 31.000 € lordi/anno</li></ul></div>
      <h3>Requisiti</h3><ul><li>Patentino TIG</li></ul><h3>Offriamo</h3><ul><li>Contratto a tempo indeterminato</li></ul></main></body></html>`;
    expect(posting(page, 'https://www.lavoro.example.it/offerta/77')?.company).toBe('Carpenterie Orsini S.p.A.');
  });
});

describe('closing dates', () => {
  it('a badge whose hook says expiration states the date under a "valid N more days" line', () => {
    const page = `<html lang="pl"><body><main><h1>Kierowca C+E</h1>
      <ul><li data-test="sections-benefit-expiration"><div>ważna jeszcze 9 dni</div><div>do 5 grudnia 2026</div></li></ul>
      <h2>Twój zakres obowiązków</h2><ul><li>Przewozy krajowe</li></ul><h2>Nasze wymagania</h2><ul><li>Prawo jazdy C+E</li></ul></main></body></html>`;
    expect(posting(page, 'https://praca.example.pl/oferta/2')?.validThrough).toBe('2026-12-05');
  });
  it.each([
    ['Reageren kan tot en met 18 december 2026.', '2026-12-18'],
    ['Solliciteren kan tot 9 januari 2027', '2027-01-09'],
  ])('%s', (text, date) => expect(readClosingDate(text)).toBe(date));
  it('a Dutch "kan tot en met" label', () => {
    const page = `<html lang="nl"><body><main><h1>Toezichthouder</h1><ul>
      <li><span class="label">Reageren kan tot en met:</span> 3 december 2026</li></ul>
      <h2>Wat ga je doen?</h2><p>Controle op de openbare ruimte.</p><h2>Wat vragen wij?</h2><p>Boa-certificaat.</p></main></body></html>`;
    expect(posting(page, 'https://www.gemeente.example/vacatures/12')?.validThrough).toBe('2026-12-03');
  });
});

describe('salary ranges with a bound word on each end', () => {
  it.each([
    ['min. € 2.900 – max. € 3.870 bruto per maand (schaal 7)', 2900, 3870, 'month'],
    ['minimaal € 2.900 en maximaal € 3.870 bruto per maand', 2900, 3870, 'month'],
    ['min. 42.000 € – max. 51.000 € brutto pro Jahr', 42000, 51000, 'year'],
    ['from £31,000 to max. £36,500 per year', 31000, 36500, 'year'],
  ])('%s', (text, min, max, period) => {
    const salary = parseSalaryText(text);
    expect([salary?.min, salary?.max, salary?.period]).toEqual([min, max, period]);
  });
});

describe('an average salary is never the posting’s pay', () => {
  it.each([
    'The average salary for a pastry chef in Leeds is £27,400 a year.',
    'Der Durchschnittsgehalt als Lagerist liegt bei 2.840 € brutto im Monat.',
    'Le salaire moyen d’un plombier est de 2 300 € par mois.',
    'Varastotyöntekijän keskipalkka on 2 480 € kuukaudessa.',
    'Medellön för en lagerarbetare är 27 900 kr i månaden.',
    'Median pay for dental assistants: $21.40 per hour.',
  ])('%s', (text) => expect(findSalary(text)).toBeNull());
  it('a salary-guide box beside the posting gives way to the pay in the posting', () => {
    const page = `<html lang="en"><body><main><h1 class="job-title">Dental Assistant</h1><p>Leeds</p>
      <div class="job-body"><p>Meadowgate Dental is a family practice with six surgeries and a busy hygiene clinic in the city centre.</p>
      <h2>Responsibilities</h2><ul><li>Chairside support for two dentists during routine and emergency appointments</li>
      <li>Decontaminating and sterilising instruments following HTM 01-05</li><li>Keeping patient records up to date in our practice software</li></ul>
      <h2>Requirements</h2><ul><li>GDC registration as a dental nurse</li><li>Friendly and calm with nervous patients</li></ul><h2>Benefits</h2>
      <ul><li>Pay of £12.60 – £13.90 per hour depending on experience</li></ul></div></main>
      <aside><div class="salary-guide"><h4>Dental Assistant salaries</h4><p>Dental assistants earn on average £23,100 a year.</p></div></aside>
      </body></html>`;
    const salary = posting(page, 'https://jobs.example.co.uk/job/991')?.salary;
    expect([salary?.min, salary?.max, salary?.period]).toEqual([12.6, 13.9, 'hour']);
  });
});

describe('header lines', () => {
  it('badges glued without spaces still show the place as the page writes it', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Assistente Administrativo',
      hiringOrganization: { '@type': 'Organization', name: 'Laticínios Serra Azul' },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Londrina', addressRegion: 'PR', addressCountry: 'BR' },
      },
    });
    const page = `<html lang="pt-BR"><head><script type="application/ld+json">${ld}</script></head><body><main>
      <h1 data-testid="job-title">Assistente Administrativo</h1><div data-testid="job-badges"><span>Presencial</span><span>Londrina - PR</span><span>Efetivo</span></div>
      <h2>Responsabilidades</h2><ul><li>Emissão de notas</li></ul></main></body></html>`;
    expect(posting(page, 'https://serraazul.gupy.io/jobs/1')?.locations).toEqual(['Londrina - PR']);
  });
  it('a company and place line written above the title', () => {
    const page = `<html lang="sv"><body><main><header><div class="meta"><span>Granåsen Bygg AB</span> · <span>Skellefteå</span></div>
      <h1>Platschef</h1></header><div class="body"><h3>Arbetsuppgifter</h3><ul><li>Leda bygget</li></ul><h3>Kvalifikationer</h3><ul><li>Byggingenjör</li></ul></div>
      <a href="#apply">Ansök nu</a></main></body></html>`;
    const read = posting(page, 'https://www.granasen.example/jobb/platschef');
    expect([read?.company, read?.locations]).toEqual(['Granåsen Bygg AB', ['Skellefteå']]);
  });
});

describe('posting dates', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  it('a Dutch "Geplaatst op" date in the line under the title', () => {
    const page = `<html lang="nl"><body><main><h1>Magazijnmedewerker</h1><div>Deventer · 38 uur · Geplaatst op 19 november 2026</div>
      <h2>Wat ga je doen?</h2><p>Orders verzamelen.</p><h2>Wat vragen wij?</h2><p>Heftruckcertificaat.</p></main></body></html>`;
    expect(extract(doc(page), 'https://www.example.nl/vacatures/5', { now }).posting?.datePosted).toBe('2026-11-19');
  });
  it('a posting date without its year is the last such day before now', () => {
    const page = `<html lang="nl"><body><main><h1>Monteur</h1><ul><li><span>Geplaatst op:</span> 30 december</li></ul>
      <h2>Wat ga je doen?</h2><p>Onderhoud.</p><h2>Wat vragen wij?</h2><p>Mbo 3.</p></main></body></html>`;
    expect(extract(doc(page), 'https://www.example.nl/vacatures/6', { now }).posting?.datePosted).toBe('2025-12-30');
  });
});

describe('the title a run returns', () => {
  it('has no hiring lead-in', () => {
    const page = `<html lang="en"><body><main><h1>Now hiring: Van Driver</h1><p>Full-time · Ennis · €15.20 per hour</p>
      <h3>The job</h3><ul><li>Deliveries</li></ul><h3>What we're looking for</h3><ul><li>Clean licence</li></ul></main></body></html>`;
    expect(posting(page, 'https://www.example.ie/jobs/van-driver')?.title).toBe('Van Driver');
  });
});

describe('a place split over inline tags stays one place', () => {
  it('"<b>Town</b>, Country" under the title with structured data naming the town', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Lab Technician',
      hiringOrganization: { '@type': 'Organization', name: 'Vireo Diagnostics' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Leuven', addressCountry: 'BE' } },
    });
    const page = `<html lang="en"><head><script type="application/ld+json">${ld}</script></head><body><main>
      <h1>Lab Technician</h1><p><b>Leuven</b>, Belgium</p><h2>Responsibilities</h2><ul><li>Sample preparation</li></ul></main></body></html>`;
    expect(posting(page, 'https://careers.vireo.example/jobs/4')?.locations).toEqual(['Leuven, Belgium']);
  });
});
