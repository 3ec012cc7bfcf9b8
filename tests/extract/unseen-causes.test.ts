/** Generic causes of misses on pages the team never saw (issue 10): each rule with its own invented input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { cleanLocation, parseDate, upcomingDate } from '../../utils/extract/normalize';
import { withLegalForm } from '../../utils/extract/generic/company-name';
import { inJobCards } from '../../utils/extract/generic/job-cards';
import { parseSalaryText } from '../../utils/money/parse';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('monthly pay is never read as yearly', () => {
  it.each([
    ['7 200–9 800 zł brutto / mies.', 'PLN'],
    ['6 100 zł mies.', 'PLN'],
    ['5 400 zł /mc', 'PLN'],
    ['6 800 zł miesięcznie', 'PLN'],
    ['£2,400 p.m.', 'GBP'],
    ['$4,100/mo', 'USD'],
    ['ab € 3.850,– brutto mtl.', 'EUR'],
    ['3.100 € brutto/Monat', 'EUR'],
    ['2.450 €/mois', 'EUR'],
    ['1.380 €/mes', 'EUR'],
    ['1.700€ - 1.950€ netti al mese', 'EUR'],
    ['58 000 kr per måned', null],
  ])('%s', (text, currency) => {
    const salary = parseSalaryText(text);
    expect(salary?.period).toBe('month');
    if (currency) expect(salary?.currency).toBe(currency);
  });
});

describe('dates', () => {
  it("reads Java's Date.toString (SuccessFactors' datePosted)", () => {
    expect(parseDate('Wed Nov 18 02:00:00 UTC 2026')).toBe('2026-11-18');
    expect(parseDate('Mon Nov 09 01:00:00 CET 2026')).toBe('2026-11-09');
  });
  it('reads a Polish closing date after "do:"', () => {
    const page = doc(`<html lang="pl"><body><h1>Magazynier</h1><ul><li>Łódź</li><li>do: 13 grudnia 2026</li></ul>
      <h2>Twój zakres obowiązków</h2><ul><li>Kompletacja zamówień</li></ul><h2>Nasze wymagania</h2><ul><li>Uprawnienia UDT</li></ul>
      <a href="/aplikuj">Aplikuj</a></body></html>`);
    expect(extract(page, 'https://praca.example.pl/oferta/77', { now: null }).posting?.validThrough).toBe('2026-12-13');
  });
});

describe('locations', () => {
  it.each([
    ['Berlin (1)', 'Berlin'],
    ['Hamburg +2 more', 'Hamburg'],
    ['Lyon (+3 autres)', 'Lyon'],
    ['München und 2 weitere', 'München'],
    ['Saint-Flour (15)', 'Saint-Flour (15)'],
    ['Sevilla (España)', 'Sevilla (España)'],
  ])('%s → %s', (raw, want) => expect(cleanLocation(raw)).toBe(want));
});

describe('legal forms', () => {
  it('keeps the legal form the page shows', () => {
    expect(withLegalForm('Pebbleway', 'Pebbleway B.V.')).toBe('Pebbleway B.V.');
    expect(withLegalForm('Kornfeld Logistik', 'Kornfeld Logistik GmbH & Co. KG')).toBe(
      'Kornfeld Logistik GmbH & Co. KG',
    );
    expect(withLegalForm('Wiślak Trans', 'Wiślak Trans sp. z o.o.')).toBe('Wiślak Trans sp. z o.o.');
    expect(withLegalForm('Harbour', 'Harbour Careers')).toBe('Harbour');
  });
});

describe('other jobs cards are never a source', () => {
  it('knows a card in a results list, a carousel and a "People also viewed" section', () => {
    const page = doc(`<body><ul class="JobsList_jobsList"><li><a data-test="job-title">A</a></li></ul>
      <div class="Carousel_x"><span id="c">B</span></div><section><h2>People also viewed</h2><p id="p">C</p></section>
      <div class="JobDetails"><h1 id="t">Own</h1></div></body>`);
    expect(inJobCards(page.querySelector('[data-test="job-title"]')!)).toBe(true);
    expect(inJobCards(page.querySelector('#c')!)).toBe(true);
    expect(inJobCards(page.querySelector('#p')!)).toBe(true);
    expect(inJobCards(page.querySelector('#t')!)).toBe(false);
  });
  it('takes a Glassdoor posting without salary, not a card salary', () => {
    const page = doc(`<body><ul class="JobsList_jobsList" aria-label="Jobs List"><li data-test="jobListing">
      <a data-test="job-title">Regional Manager</a><div data-test="detailSalary">$90K - $110K (Employer provided)</div></li></ul>
      <div data-test="job-details"><h4>Quarrystone Tiles</h4><h1 id="jd-job-title-1">Showroom Associate</h1><div data-test="location">Reno, NV</div>
      <div class="JobDetails_jobDescription"><h3>Responsibilities</h3><ul><li>Help customers pick tiles</li></ul><h3>Requirements</h3><ul><li>Retail experience</li></ul></div>
      <button>Apply now</button></div></body>`);
    const posting = extract(page, 'https://www.glassdoor.com/job-listing/x-JV_1.htm?jl=1', { now: null }).posting;
    expect(posting?.title).toBe('Showroom Associate');
    expect(posting?.salary).toBeNull();
  });
});

describe('a city is never the company', () => {
  it("prefers the employer's own name over a header part on its own site", () => {
    const page =
      doc(`<html lang="en-GB"><body><header><a href="/" class="logo"><img alt="Thornbury Glazing Ltd" src="/l.png"></a></header>
      <h1>Glazing Fitter</h1><p class="meta">Rotherham · Permanent · Posted 2 November 2026</p>
      <h3>What you'll do</h3><ul><li>Fit windows</li></ul><h3>What we're looking for</h3><ul><li>CSCS card</li></ul>
      <p>Email jobs@thornbury.example to apply.</p><footer>© 2026 Thornbury Glazing Ltd</footer></body></html>`);
    const posting = extract(page, 'https://www.thornburyglazing.example/jobs/fitter', { now: null }).posting;
    expect(posting?.company).toBe('Thornbury Glazing Ltd');
    expect(posting?.locations).toEqual(['Rotherham']);
  });
});

describe('Jobstreet and Jobsdb (SEEK markup) and their currencies', () => {
  const page = (salary: string) =>
    doc(`<body><h1 data-automation="job-detail-title">Cold Store Supervisor</h1><span data-automation="advertiser-name">Selasih Chilled Logistics Sdn Bhd</span>
      <span data-automation="job-detail-location"><a>Klang, Selangor</a></span><span data-automation="job-detail-salary">${salary}</span>
      <div data-automation="jobAdDetails"><p><strong>Responsibilities</strong></p><ul><li>Run the night shift</li></ul><p><strong>Requirements</strong></p><ul><li>Forklift licence</li></ul></div>
      <section><h2>Recommended jobs</h2><article data-automation="normalJob"><a data-automation="jobTitle">Depot Manager</a><span>RM 9,500 – RM 12,000 per month</span></article></section></body>`);
  it.each([
    ['https://my.jobstreet.com/job/1', 'RM 4,200 – RM 5,400 per month', 'MYR', 4200],
    ['https://sg.jobstreet.com/job/2', '$3,900 – $4,700 per month', 'SGD', 3900],
    ['https://ph.jobstreet.com/job/3', '₱26,000 – ₱31,000 per month', 'PHP', 26000],
    ['https://id.jobstreet.com/id/job/4', 'Rp 5.500.000 – Rp 7.000.000 per month', 'IDR', 5500000],
    ['https://hk.jobsdb.com/job/5', '$17,000 – $21,000 per month', 'HKD', 17000],
  ])('%s', (url, salary, currency, min) => {
    const posting = extract(page(salary), url, { now: null }).posting;
    expect(posting?.company).toBe('Selasih Chilled Logistics Sdn Bhd');
    expect(posting?.salary).toMatchObject({ currency, min, period: 'month' });
  });
});

describe('company blocks and glued values', () => {
  it('reads the employer after "About" in a company sidebar', () => {
    const page = doc(`<body><h1>Stores Controller</h1><p>Location: Derby</p>
      <h2>Responsibilities</h2><ul><li>Run the stores</li></ul><h2>Requirements</h2><ul><li>SAP</li></ul><a href="/apply">Apply now</a>
      <aside class="company-sidebar"><h3>About Kedleston Castings</h3><p>Kedleston Castings pours iron for pumps.</p></aside></body>`);
    expect(extract(page, 'https://jobs.kedleston.example/stores-controller', { now: null }).posting?.company).toBe(
      'Kedleston Castings',
    );
  });
  it('keeps a currency apart from the unit in the element after it, and reads "(do: date)"', () => {
    const page =
      doc(`<html lang="pl"><body><h1>Specjalista ds. zakupów</h1><h2 data-test="text-employerName">Orlik Meble Sp. z o.o.</h2>
      <div data-test="section-salary"><div>7 900–9 300 zł</div><span>brutto / mies.</span></div>
      <ul><li>Poznań</li><li>ważna jeszcze 12 dni (do: 8 grudnia 2026)</li></ul>
      <h2>Twój zakres obowiązków</h2><ul><li>Negocjacje z dostawcami</li></ul><h2>Nasze wymagania</h2><ul><li>Excel</li></ul>
      <a href="/aplikuj">Aplikuj</a></body></html>`);
    const posting = extract(page, 'https://praca.example.pl/oferta/88', { now: null }).posting;
    expect(posting?.salary).toMatchObject({ min: 7900, max: 9300, currency: 'PLN', period: 'month' });
    expect(posting?.validThrough).toBe('2026-12-08');
  });
});

describe('a closing date without its year', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  it.each([
    ['13 grudnia', '2026-12-13'],
    ['5 stycznia', '2027-01-05'],
    ['January 9', '2027-01-09'],
    ['13. Dezember', '2026-12-13'],
    ['2 décembre', '2026-12-02'],
  ])('%s', (text, want) => expect(upcomingDate(text, now)).toBe(want));
  it('reads "do: 13 grudnia" on a pracuj-style page when the capture time is known', () => {
    const page = doc(`<html lang="pl"><body><h1>Kierowca kat. C</h1><ul><li>Toruń</li><li>do: 13 grudnia</li></ul>
      <h2>Twój zakres obowiązków</h2><ul><li>Dostawy do sklepów</li></ul><h2>Nasze wymagania</h2><ul><li>Prawo jazdy kat. C</li></ul>
      <a href="/aplikuj">Aplikuj</a></body></html>`);
    expect(extract(page, 'https://praca.example.pl/oferta/91', { now }).posting?.validThrough).toBe('2026-12-13');
  });
});

describe('the employer is never a place', () => {
  it('leaves the company out of a Personio subtitle', () => {
    const page = doc(`<html lang="de"><head><title>Lagerist (m/w/d) - Seehafen Spedition GmbH</title></head><body>
      <div class="job-position"><h1>Lagerist (m/w/d)</h1><p class="job-details">Seehafen Spedition GmbH · Vollzeit · Rostock</p></div>
      <div class="job-description"><h2>Deine Aufgaben</h2><ul><li>Kommissionierung</li></ul><h2>Dein Profil</h2><ul><li>Staplerschein</li></ul></div>
      <a href="#apply">Jetzt bewerben</a></body></html>`);
    const posting = extract(page, 'https://seehafen.jobs.personio.de/job/2211', { now: null }).posting;
    expect(posting?.company).toBe('Seehafen Spedition GmbH');
    expect(posting?.locations).toEqual(['Rostock']);
  });
});

describe('header facts under the title', () => {
  it('reads "Company B.V. / Place / Fulltime" stacked under the title, before the description', () => {
    const page =
      doc(`<html lang="nl"><body><main><div class="offer-header"><h1 data-testid="offer-title">Heftruckchauffeur</h1>
      <ul><li>Kempenland Distributie B.V.</li><li>Helmond</li><li>Fulltime</li></ul></div>
      <div data-testid="offer-description"><p>Wij verzorgen de distributie van bouwmaterialen in heel Brabant en Limburg, met 60 vrachtwagens.</p>
      <h3>Wat ga je doen?</h3><ul><li>Laden en lossen</li></ul><h3>Wat vragen wij?</h3><ul><li>Heftruckcertificaat</li></ul></div>
      <a href="/o/heftruckchauffeur/c/new">Solliciteer</a></main></body></html>`);
    const posting = extract(page, 'https://kempenland.recruitee.com/o/heftruckchauffeur', { now: null }).posting;
    expect(posting?.locations).toEqual(['Helmond']);
  });
  it('keeps a Brazilian state code with its city ("Goiânia - GO")', () => {
    const page =
      doc(`<html lang="pt-BR"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Assistente de Compras","hiringOrganization":{"@type":"Organization","name":"Buriti Atacado"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Anápolis"}},"description":"<p>Compras de mercearia.</p>"}</script></head>
      <body><section><h1>Assistente de Compras</h1><p>Anápolis - GO · Efetivo · Presencial</p></section><div><h2>Responsabilidades</h2><ul><li>Cotações</li></ul></div></body></html>`);
    expect(extract(page, 'https://buriti.gupy.io/jobs/77', { now: null }).posting?.locations).toEqual([
      'Anápolis - GO',
    ]);
  });
  it('reads the employer from a header home link written as text on an ATS', () => {
    const page = doc(`<html><head><title>Line Cook - Evenings - Juniper Table Group</title></head><body>
      <header><a href="/">Juniper Table Group</a><nav><a href="/careers">Careers</a></nav></header>
      <main><h1>Line Cook - Evenings</h1><p class="job-location">Boulder, CO</p>
      <div class="job-description"><h3>What You Will Do</h3><ul><li>Run the grill station</li></ul><h3>What You Bring</h3><ul><li>ServSafe</li></ul></div>
      <a class="apply" href="#apply">Apply now</a></main></body></html>`);
    expect(extract(page, 'https://junipertable.bamboohr.com/careers/41', { now: null }).posting?.company).toBe(
      'Juniper Table Group',
    );
  });
});
