/**
 * General rules for pages nobody tuned on (issue 10, parts 2–3): the employer's full name, "Organization"
 * rows, job boards by their domain, page-name headings and titles, the ad's own pay wording, places the
 * header shows, and pages that are not one job (careers indexes, sign-ups, About pages, results headings).
 * Each rule with its own short invented input.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { atsSlug, nameFromCopyright, nameFromLogoAlt } from '../../utils/extract/generic/company-from-page';
import { fullerName, isJobBoardDomain } from '../../utils/extract/generic/full-name';
import { employerBeforeAddress } from '../../utils/extract/generic/street';
import { companyFromCareersPhrase, parseTitle } from '../../utils/extract/generic/title-patterns';
import { isStreetAddress } from '../../utils/extract/generic/places';
import { findSalaryWhere } from '../../utils/money/find';
import { countsResults } from '../../utils/extract/data/vocabulary';
import { endsWithJobNoun } from '../../utils/extract/generic/job-terms';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const run = (html: string, url: string) => extract(doc(html), url, { now: null });

describe('the employer as the page writes it in full', () => {
  it('a logo that adds name words', () => {
    expect(fullerName('Pennock', [{ name: 'Pennock Mutual Assurance', kind: 'logo' }], '')).toBe(
      'Pennock Mutual Assurance',
    );
  });
  it('a © line with name words and a legal form', () => {
    expect(fullerName('Brightfen', [{ name: 'Brightfen Robotics, Inc.', kind: 'copyright' }], '')).toBe(
      'Brightfen Robotics, Inc.',
    );
  });
  it.each([
    ['a legal form alone', 'Meridor SA'],
    ['a longer trade name without a legal form', 'Corvina Mutual Insurance Company'],
    ['words after the legal form', 'Quayside Robotics Ltd. Privacy'],
  ])('not from a © line with %s', (_, name) => {
    const short = name
      .split(' ')
      .slice(0, name.startsWith('Meridor') ? 1 : 2)
      .join(' ');
    expect(fullerName(short, [{ name, kind: 'copyright' }], '')).toBe(short);
  });
  it('the ad writing the name with its legal form', () => {
    const text = 'About us\nTanjong Harbour Trading Pte. Ltd. distributes marine spare parts.';
    expect(fullerName('Tanjong Harbour Trading', [], text)).toBe('Tanjong Harbour Trading Pte. Ltd.');
    expect(fullerName('Fjeldgaard Bygg', [], 'Fjeldgaard Bygg ApS · Industrivej 4 · 8600 Silkeborg')).toBe(
      'Fjeldgaard Bygg ApS',
    );
  });
  it('a "careers" or "group" word is not part of the name', () => {
    expect(fullerName('Ostrava', [{ name: 'Ostrava Careers', kind: 'logo' }], '')).toBe('Ostrava');
    expect(fullerName('Ostrava', [{ name: 'Ostrava Group', kind: 'logo' }], '')).toBe('Ostrava');
  });
  it('the © line keeps ", Inc."; a logo file name is no name', () => {
    expect(nameFromCopyright('© 2026 Larkhill Devices, Inc. All rights reserved.')).toBe('Larkhill Devices, Inc.');
    expect(nameFromCopyright('© 2026 Larkhill, Berlin')).toBe('Larkhill');
    expect(nameFromLogoAlt('a81c2f_trattoria_verde.png')).toBe('');
    expect(nameFromLogoAlt('Trattoria Verde logo')).toBe('Trattoria Verde');
  });
});

describe('job boards and ATSs by their host', () => {
  it.each([
    ['www.net-empregos.com', true],
    ['www.empleatoria.es', true],
    ['jobhafen.de', true],
    ['careers.acme.com', false],
    ['www.ateliers-garnier.fr', false],
    ['jobs.co.uk', true],
    ['careers.acme.co.uk', false],
  ])('%s → %s', (host, board) => expect(isJobBoardDomain(host)).toBe(board));
  it('an ATS host on another top-level domain still names its company', () => {
    expect(atsSlug(new URL('https://quillmark.eightfold.example/careers/job/1'))).toBe('quillmark');
    expect(atsSlug(new URL('https://studio-linde.homerun.co/designer'))).toBe('studio-linde');
  });
  it("a board's own name in the title is not the employer; the ad's address line names it", () => {
    const html = `<html><head><title>Padeiro (m/f) – Braga - Trabalholândia</title></head><body>
      <h1>Padeiro (m/f) – Braga</h1><p>Zona: <b>Braga</b></p>
      <div class="job-description"><p>Procuramos padeiro para o turno da noite, com experiência em massas.</p>
      <p>Requisitos:</p><p>- Experiência mínima de 2 anos</p><p>Enviar CV para rh@forno.example</p>
      <p>Forno do Largo – Pão Tradicional, Rua Nova 14, 4700-120 Braga</p></div>
      <a href="/candidatar/1">Candidatar</a></body></html>`;
    const posting = run(html, 'https://www.trabalholandia.example/1/padeiro/').posting!;
    expect(posting.company).toBe('Forno do Largo – Pão Tradicional');
  });
  it('employerBeforeAddress reads both address orders', () => {
    expect(employerBeforeAddress('Text.\nCasa Alta Hotel, Rua do Sol 22, 4050-080 Porto')).toBe('Casa Alta Hotel');
    expect(employerBeforeAddress('Text.\nThe Bramble Café, 7 Quay Street, Portmellon')).toBe('The Bramble Café');
    expect(employerBeforeAddress('© 2026 Someone, Rua do Sol 22, 4050-080 Porto')).toBeNull();
  });
});

describe('an "Organization" row names a unit; the page shows the employer', () => {
  it("Taleo-style row under the employer's logo and © line", () => {
    const html = `<html><head><title>Job Description - Ward Clerk (26001)</title></head><body><form>
      <div class="header"><img id="companyLogo" src="/logo.png" alt="Marlow Valley Health"></div>
      <h1><span>Ward Clerk</span></h1>
      <table><tr><td><span>Primary Location: </span><span>United States-Ohio-Akron</span></td></tr>
      <tr><td><span>Organization: </span><span>4 East Orthopedics</span></td></tr></table>
      <p><b>Description</b></p><p>Greet visitors and keep the unit's records.</p><p><b>Qualifications</b></p><p>Diploma.</p>
      <a href="#">Apply Online</a><div class="footer">© 2026 Marlow Valley Health. All rights reserved.</div>
      </form></body></html>`;
    const posting = run(html, 'https://marlowvalley.taleo.net/careersection/ex/jobdetail.ftl?job=26001').posting!;
    expect(posting.company).toBe('Marlow Valley Health');
  });
});

describe('page-name headings and titles', () => {
  it('"Lavora con noi" names no company', () => {
    expect(companyFromCareersPhrase('LAVORA CON NOI')).toBeNull();
    expect(companyFromCareersPhrase('Work with us')).toBeNull();
    expect(companyFromCareersPhrase('Lavora con Trattoria Verde')).toBe('Trattoria Verde');
  });
  it("after a page name, the host's own name is the employer; a description is not", () => {
    const own = parseTitle('Lavora con noi | Trattoria Verde', {
      knownRole: 'Aiuto cuoco',
      host: 'www.trattoriaverde.example',
    });
    expect([own.role, own.company]).toEqual([null, 'Trattoria Verde']);
    const described = parseTitle('Recrutement – Boulangerie Pâtisserie à Annecy', {
      knownRole: 'Boulanger (H/F)',
      siteName: 'Boulangerie Pâtisserie à Annecy',
      host: 'www.maison-lantier.example',
    });
    expect(described.company).toBeNull();
  });
  it.each([
    ['Wir suchen Dich!', 'Elektroniker für Betriebstechnik (m/w/d)'],
    ['LAVORA CON NOI', 'Cameriere/a di sala'],
    ['Trabaja con nosotros', 'Camarero/a de barra'],
  ])('h1 "%s" over one role heading: the role is the title', (h1, role) => {
    const html = `<html><head><title>Jobs – Haus am See</title></head><body><h1>${h1}</h1><h2>${role}</h2>
      <h3>Aufgaben</h3><ul><li>Service am Gast</li></ul><h3>Profil</h3><ul><li>Erfahrung</li></ul>
      <p>Bewerbung an jobs@hausamsee.example</p></body></html>`;
    const x = run(html, 'https://www.hausamsee.example/jobs');
    expect(x.posting?.title).toBe(role);
    expect(x.isJobPosting).toBe(true);
  });
});

describe('pay in the words the ad uses', () => {
  it('structured minValue alone, the sentence states the amount', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
      "title":"Installateur (m/w/d)","hiringOrganization":{"name":"Rauch Haustechnik GmbH"},
      "jobLocation":{"address":{"addressLocality":"Wels"}},"description":"Kurz.",
      "baseSalary":{"currency":"EUR","value":{"minValue":2870,"unitText":"MONTH"}}}</script></head>
      <body><h1>Installateur (m/w/d)</h1><p>Für diese Stelle gilt ein Mindestgehalt von 2.870,00 € brutto pro Monat.</p></body></html>`;
    const salary = run(html, 'https://rauch.example/jobs/1').posting!.salary!;
    expect([salary.min, salary.max, salary.currency, salary.text]).toEqual([
      2870,
      2870,
      'EUR',
      '2.870,00 € brutto pro Monat',
    ]);
  });
  it('findSalaryWhere skips pay that does not agree', () => {
    const text = 'Benefits: a €500 bonus per year.\nSalary: €3,100 per month.\nThe salary is €3,400 per month.';
    expect(findSalaryWhere(text, (s) => s.min === 3400)?.text).toBe('€3,400 per month');
  });
});

describe('places the header shows', () => {
  it('one of two structured places under the title', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
      "title":"Analista de Datos","hiringOrganization":{"name":"Grupo Tolsa"},"description":"Análisis.",
      "jobLocation":[{"address":{"addressLocality":"Monterrey","addressRegion":"Nuevo León","addressCountry":"MX"}},
      {"address":{"addressLocality":"San Pedro Garza García","addressRegion":"Nuevo León","addressCountry":"MX"}}]}</script></head>
      <body><h1>Analista de Datos</h1><p>Grupo Tolsa</p><p>Monterrey, Nuevo León</p><p>Tiempo completo</p></body></html>`;
    expect(run(html, 'https://mx.empleosur.example/oferta/1').posting!.locations).toEqual(['Monterrey, Nuevo León']);
  });
  it('"USA" in structured data, "Remote (United States)" under the title', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
      "title":"Backend Engineer","hiringOrganization":{"name":"Pellow"},"description":"Build APIs.",
      "jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"USA"}}</script></head>
      <body><h1>Backend Engineer</h1><div><p>Remote (United States)</p><p>$140K – $170K</p></div></body></html>`;
    expect(run(html, 'https://app.dover.com/apply/pellow/1').posting!.locations).toEqual(['Remote (United States)']);
  });
  it('a labelled street address whose town the header shows', () => {
    expect(isStreetAddress('Veldstraat 12, 9000 Gent')).toBe(true);
    expect(isStreetAddress('Gent, Oost-Vlaanderen')).toBe(false);
    const html = `<html><head><title>Illustrator - Studio Mos</title></head><body><h1>Illustrator</h1>
      <ul class="meta"><li>Gent</li><li>Voltijds</li></ul>
      <h2>Wat ga je doen?</h2><ul><li>Tekenen</li></ul><h2>Wie zoeken we?</h2><ul><li>Ervaring</li></ul>
      <aside><h3>Locatie</h3><p>Veldstraat 12, 9000 Gent</p></aside><a href="/apply">Solliciteer</a></body></html>`;
    expect(run(html, 'https://mos.homerun.co/illustrator').posting!.locations).toEqual(['Gent']);
  });
});

describe('pages that are not one job', () => {
  const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
  it('a careers page that lists roles, each with an apply button', () => {
    const rows = ['Maintenance Technician', 'Quality Lead', 'Payroll Specialist']
      .map(
        (r, i) =>
          `<tr><td><a href="/careers/${i}">${r}</a></td><td>Omaha, NE</td><td><a href="/careers/${i}#a">Apply</a></td></tr>`,
      )
      .join('');
    const x = run(
      page(
        '<title>Careers | Ostler Foods</title>',
        `<h1>Grow with us</h1><h2>Why join us</h2><ul><li>401(k)</li></ul><table>${rows}</table>`,
      ),
      'https://www.ostlerfoods.example/careers',
    );
    expect([x.isJobPosting, x.verdict]).toEqual([false, 'not-posting']);
    expect(x.reasons[0]).toMatch(/lists several jobs/);
  });
  it('"Trabaja con nosotros" with three vacancies and their buttons', () => {
    const blocks = ['Operario/a de envasado', 'Técnico/a de calidad', 'Mecánico/a de mantenimiento']
      .map((r) => `<div><h2>${r}</h2><p><b>Ubicación:</b> Vigo</p><a href="/inscripcion">Inscribirme</a></div>`)
      .join('');
    const x = run(
      page('<title>Trabaja con nosotros - Salinas</title>', `<h1>Trabaja con nosotros</h1>${blocks}`),
      'https://www.salinas.example/empleo',
    );
    expect(x.verdict).toBe('not-posting');
  });
  it('a talent network sign-up with a résumé upload', () => {
    const x = run(
      page(
        '<title>Join Our Talent Network - Brookfield Health Careers</title>',
        `<h1>Join Our Talent Network</h1><form><input name="firstName"><input type="email" name="email">
        <label>Upload Resume <input type="file" name="resume"></label><button>Submit</button></form>`,
      ),
      'https://careers.brookfieldhealth.example/talent-network',
    );
    expect([x.isJobPosting, x.verdict]).toEqual([false, 'not-posting']);
  });
  it('an About page that invites CVs by email', () => {
    const x = run(
      page(
        '<title>About Us – Tarn Removals</title>',
        `<h1>About Tarn Removals</h1><h2>Our story</h2><p>Since 1990.</p><h2>Work with us</h2>
        <p>Email your CV to jobs@tarn.example. Pay from £12.40 per hour.</p>`,
      ),
      'https://www.tarnremovals.example/about-us/',
    );
    expect([x.isJobPosting, x.verdict]).toEqual([false, 'not-posting']);
  });
  it('an expired job under a heading that counts results', () => {
    const cards = ['Payroll Officer', 'Payroll Manager', 'Payroll Assistant']
      .map(
        (r, i) =>
          `<div><h3><a href="/job/${i}">${r}</a></h3><p>Leeds</p><p>£28,000 per annum</p><a href="/job/${i}/apply">Apply</a></div>`,
      )
      .join('');
    const x = run(
      page(
        '<title>Job no longer available</title>',
        `<h1>Sorry, this job has expired</h1><h2>24 payroll jobs in Leeds</h2>${cards}`,
      ),
      'https://www.jobsnorth.example/jobs/in-leeds?expired=1',
    );
    expect([x.isJobPosting, x.verdict]).toEqual([false, 'not-posting']);
  });
  it('a posting on a careers site with a "Similar jobs" list of roles stays a posting', () => {
    const similar = ['Care Assistant', 'Support Worker', 'Night Care Worker', 'Care Team Leader']
      .map((r, i) => `<li><a href="/job/${i}">${r}</a> Sheffield <a href="/job/${i}/apply">Apply now</a></li>`)
      .join('');
    const x = run(
      page(
        '<title>Careers | Thornbury Care</title>',
        `<h1>Senior Care Assistant</h1><dl><dt>Location</dt><dd>Sheffield</dd><dt>Salary</dt><dd>£13.10 per hour</dd></dl>
        <a href="/job/9/apply">Apply for this job</a><h2>What you'll do</h2><ul><li>Lead a shift</li></ul>
        <h2>What we're looking for</h2><ul><li>NVQ 3</li></ul><section><h2>Similar jobs</h2><ul>${similar}</ul></section>`,
      ),
      'https://www.thornburycare.example/job/9',
    );
    expect([x.isJobPosting, x.verdict]).toEqual([true, 'posting']);
  });
});

describe('counts of results and compound role nouns', () => {
  it.each([
    ['57 ofert pracy', true],
    ['214 Jobs', true],
    ['1.204 Stellenangebote', true],
    ['38 ofertas encontradas', true],
    ['2 positions', false],
    ['Senior Engineer', false],
  ])('"%s" counts results: %s', (text, counts) => expect(countsResults(text)).toBe(counts));
  it('a results page whose heading names a role, with its count in the title and under the heading', () => {
    const cards = ['Magazynier', 'Operator wózka widłowego', 'Pracownik magazynu']
      .map(
        (r, i) =>
          `<div><h2><a href="/praca/${i}">${r}</a></h2><p>Poznań</p><p>5 000 zł brutto / mies.</p><span>Aplikuj szybko</span></div>`,
      )
      .join('');
    const x = run(
      `<html><head><title>Praca Magazynier Gniezno - 41 ofert pracy | Robotnia</title></head><body>
      <h1>Magazynier Gniezno</h1><span>41 ofert</span>${cards}</body></html>`,
      'https://www.robotnia.example/praca/magazynier;kw/gniezno;wp',
    );
    expect([x.isJobPosting, x.verdict]).toEqual([false, 'not-posting']);
  });
  it.each(['Lagermedarbejder på deltid', 'Lagermitarbeiter (Teilzeit)', 'Servicetekniker', 'Butikksælger'])(
    '"%s" names a role',
    (title) => expect(endsWithJobNoun(title)).toBe(true),
  );
  it.each(['Tekniker', 'Software Engineer', 'Lagermedarbejderne', 'Leiter Einkauf'])(
    '"%s" is no compound role',
    (title) => expect(endsWithJobNoun(title)).toBe(false),
  );
  it('a job ad on a blog (article markup) whose title is a compound role noun stays a posting', () => {
    const x = run(
      `<html><head><meta property="og:type" content="article"><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"BlogPosting","headline":"Lagermedarbejder"}</script></head><body>
      <article><h1>Lagermedarbejder</h1><p><strong>Dine opgaver</strong></p><ul><li>Pakke ordrer</li></ul>
      <p><strong>Vi forventer</strong></p><ul><li>Truckcertifikat</li></ul><p><strong>Vi tilbyder</strong></p>
      <ul><li>Løn efter overenskomst</li></ul><p>Send din ansøgning og dit CV til job@kornlager.example.</p></article>
      </body></html>`,
      'https://www.kornlager.example/2026/11/lagermedarbejder/',
    );
    expect(x.verdict).not.toBe('not-posting');
  });
});
