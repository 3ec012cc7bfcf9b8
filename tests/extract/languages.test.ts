/**
 * Detection and the generic reader in Italian, Portuguese (Brazil and Portugal), Polish, Norwegian
 * and Finnish, and the verdict rules that go with them: several postings in the structured data,
 * job-alert sign-ups and company pages. Invented text; each rule on its own.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { detect, settleUnsure } from '../../utils/extract/detect';
import { detectInput } from './detect-input';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { employmentFromValue } from '../../utils/extract/generic/labelled';
import { listsSeveralPostings, readListingSigns } from '../../utils/extract/generic/listing-signs';
import { readMetaTags } from '../../utils/extract/generic/meta-tags';
import { labelField, scanPage } from '../../utils/extract/generic/page-scan';
import { isPlace } from '../../utils/extract/generic/places';
import { parseDate, parseRelativeDate } from '../../utils/extract/normalize';
import { readPageSignals } from '../../utils/extract/signals';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (body: string, head = '') => doc(`<html><head>${head}</head><body>${body}</body></html>`);
const NOW = new Date('2026-11-25T12:00:00Z');

describe('labels in more languages', () => {
  it('reads location, employer, salary, contract, dates and deadline labels', () => {
    const cases: Array<[string, string]> = [
      ['Luogo di lavoro:', 'locations'],
      ['Local de trabalho', 'locations'],
      ['Lokalizacja', 'locations'],
      ['Arbeidssted', 'locations'],
      ['Sijainti', 'locations'],
      ['Datore di lavoro', 'company'],
      ['Pracodawca', 'company'],
      ['Työnantaja', 'company'],
      ['Retribuzione', 'salary'],
      ['Faixa salarial', 'salary'],
      ['Wynagrodzenie', 'salary'],
      ['Lønn', 'salary'],
      ['Palkka', 'salary'],
      ['Tipo di contratto', 'employmentType'],
      ['Regime de contratação', 'employmentType'],
      ['Rodzaj umowy', 'employmentType'],
      ['Ansettelsesform', 'employmentType'],
      ['Työsuhde', 'employmentType'],
      ['Data di pubblicazione', 'datePosted'],
      ['Publicada em', 'datePosted'],
      ['Julkaistu', 'datePosted'],
      ['Scadenza', 'validThrough'],
      ['Søknadsfrist', 'validThrough'],
      ['Haku päättyy', 'validThrough'],
      ['Ważna do', 'validThrough'],
    ];
    for (const [label, field] of cases) expect(labelField(label), label).toBe(field);
  });

  it('reads the employment type from the value after its label', () => {
    expect(employmentFromValue('Impiego a tempo indeterminato')).toBe('FULL_TIME');
    expect(employmentFromValue('Efetivo – CLT')).toBe('FULL_TIME');
    expect(employmentFromValue('umowa o pracę')).toBe('FULL_TIME');
    expect(employmentFromValue('Fast stilling')).toBe('FULL_TIME');
    expect(employmentFromValue('Vakituinen, kokoaikatyö')).toBe('FULL_TIME');
    expect(employmentFromValue('Tempo determinato')).toBe('TEMPORARY');
    expect(employmentFromValue('Määräaikainen')).toBe('TEMPORARY');
    expect(employmentFromValue('Osa-aikatyö')).toBe('PART_TIME');
    expect(employmentFromValue('Meio período')).toBe('PART_TIME');
    expect(employmentFromValue('Estágio')).toBe('INTERN');
  });

  it('reads a labelled value in a Finnish detail row', () => {
    const scan = scanPage(
      page(
        '<div><span>Sijainti</span> <span>Oulu</span></div><div><span>Haku päättyy</span> <span>7.12.2026</span></div>',
      ),
    );
    expect(scan.labels.map((l) => [l.field, l.value])).toEqual([
      ['locations', 'Oulu'],
      ['validThrough', '7.12.2026'],
    ]);
  });
});

describe('dates in more languages', () => {
  it('resolves relative dates', () => {
    expect(parseRelativeDate('3 giorni fa', NOW)).toBe('2026-11-22');
    expect(parseRelativeDate('Pubblicato 4 giorni fa', NOW)).toBe('2026-11-21');
    expect(parseRelativeDate('Pubblicata da 2 giorni', NOW)).toBe('2026-11-23');
    expect(parseRelativeDate('há 2 dias', NOW)).toBe('2026-11-23');
    expect(parseRelativeDate('há 1 mês', NOW)).toBe('2026-10-26');
    expect(parseRelativeDate('2 dni temu', NOW)).toBe('2026-11-23');
    expect(parseRelativeDate('for 3 dager siden', NOW)).toBe('2026-11-22');
    expect(parseRelativeDate('3 päivää sitten', NOW)).toBe('2026-11-22');
    expect(parseRelativeDate('oggi', NOW)).toBe('2026-11-25');
    expect(parseRelativeDate('ontem', NOW)).toBe('2026-11-24');
    expect(parseRelativeDate('wczoraj', NOW)).toBe('2026-11-24');
    expect(parseRelativeDate('Salva', NOW)).toBeNull();
  });

  it('reads month names', () => {
    expect(parseDate('12 de novembro de 2026')).toBe('2026-11-12');
    expect(parseDate('13 grudnia 2026')).toBe('2026-12-13');
    expect(parseDate('15 października 2026')).toBe('2026-10-15');
    expect(parseDate('3 desember 2026')).toBe('2026-12-03');
  });
});

describe('detection signals in more languages', () => {
  it('finds apply controls', () => {
    for (const text of [
      'Candidati',
      'Candidatura rapida',
      'Candidatar-se',
      'Quero me candidatar',
      'Aplikuj',
      'Søk her',
      'Søk på stillingen',
      'Hae paikkaa',
    ]) {
      expect(readPageSignals(page(`<a href="/x">${text}</a>`), 'x', null).applyFound, text).toBe(true);
    }
  });

  it('counts job ad sections', () => {
    const body =
      '<h3>I tuoi compiti</h3><h3>Il tuo profilo</h3><p><strong>Atividades:</strong></p><h2>Zakres obowiązków</h2><h2>Arbeidsoppgaver</h2><h3>Työtehtävät</h3><h2>Chi siamo</h2>';
    expect(readPageSignals(page(body), 'x', null).jobHeadings).toBe(6);
  });

  it('tells role titles from other titles', () => {
    for (const t of [
      'Impiegato/a amministrativo/a',
      'Lähihoitaja, Kotihoito',
      'Specjalista ds. płac',
      'Sykepleier',
      'Auxiliar Administrativo',
      'Técnico de Farmácia (m/f)',
      'Programista Java (k/m)',
    ]) {
      expect(readPageSignals(page(''), t, null).roleTitle, t).toBe(true);
    }
    for (const t of ['Chi siamo', 'Quanto guadagna un infermiere in Italia?', 'Salário de Analista de Dados']) {
      expect(readPageSignals(page(''), t, null).roleTitle, t).toBe(false);
    }
  });

  it('posting words in the page title raise confidence; plural list titles do not count', () => {
    const words = (title: string) => readPageSignals(page('', `<title>${title}</title>`), 'x', null).postingWords;
    expect(words('Offerta di lavoro Cuoco a Rimini | Portale')).toBe(true);
    expect(words('Vaga de Motorista em Recife - PE')).toBe(true);
    expect(words('Oferta pracy Magazynier, Łódź')).toBe(true);
    expect(words('312 offerte di lavoro a Milano')).toBe(false);
    expect(words('Alerta de vagas: Motorista')).toBe(false);
  });
});

describe('ad titles and places', () => {
  it('reads the role from a board ad title', () => {
    const title = (text: string) => readMetaTags(page('', `<title>${text}</title>`)).fields.title;
    expect(title('Vaga de Auxiliar de Cozinha em Recife - PE - Portal')).toBe('Auxiliar de Cozinha');
    expect(title('Vaga de Pintor - Acabamento em Natal - RN - Portal')).toBe('Pintor - Acabamento');
    expect(title('Offerta di lavoro Cameriere di sala a Rimini | Portale')).toBe('Cameriere di sala');
  });

  it('reads "City - UF" as a place, not any word and a code', () => {
    expect(isPlace('Curitiba - PR')).toBe(true);
    expect(isPlace('Ribeirão Preto / SP / BR')).toBe(true);
    expect(isPlace('Engineering - QA')).toBe(false);
  });
});

describe('telling attributes', () => {
  it('leaves out an in-page link after the name, and a note under a place', () => {
    const d = page(
      '<h2 data-test="text-employerName">Brzozowa Logistyka S.A.<a href="#about">O firmie</a></h2>' +
        '<li data-test="sections-benefit-workplaces"><div>Wrocław, Dolnośląskie</div><div>Siedziba firmy</div></li>',
    );
    const fields = readAttributes(scanPage(d).attributes);
    expect(fields.company).toBe('Brzozowa Logistyka S.A.');
    expect(fields.locations).toEqual(['Wrocław, Dolnośląskie']);
  });
});

describe('several postings in the structured data', () => {
  const ld = (title: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${title}"}</script>`;

  it('a category page whose heading names none of them lists them', () => {
    const d = page(
      `<h1>Remote Rust Jobs</h1>${ld('Systems Engineer')}${ld('Compiler Engineer')}`,
      '<title>Remote Rust Jobs</title>',
    );
    expect(listsSeveralPostings(d, ['Systems Engineer', 'Compiler Engineer'])).toBe(true);
  });

  it('a posting that names its own job keeps its related jobs', () => {
    const d = page('<h1>Data Engineer</h1>', '<title>Data Engineer at Brightfield</title>');
    expect(listsSeveralPostings(d, ['Data Engineer', 'Analytics Engineer', 'Senior Data Engineer'])).toBe(false);
  });

  it('a heading that names a role is the page’s own job even when the data words it otherwise', () => {
    const d = page('<h1>Senior Backend Engineer (Remote, EU)</h1>', '<title>Careers</title>');
    expect(listsSeveralPostings(d, ['Backend Developer', 'Platform Developer'])).toBe(false);
  });

  it('the same job in two places is one posting', () => {
    expect(listsSeveralPostings(page('<h1>Jobs</h1>'), ['Store Manager', 'Store Manager'])).toBe(false);
  });

  it('detect refuses the list in plain words, whatever the cards show', () => {
    const input = detectInput({
      jsonLdPostings: 3,
      microdata: true,
      descriptionChars: 900,
      applyFound: true,
      jobHeadings: 3,
      headerFacts: 3,
      urlLooksLikeJob: true,
      roleTitle: true,
      structuredList: true,
    });
    const d = detect(input);
    expect(d.verdict).toBe('not-posting');
    expect(d.reasons[0]).toBe('This page lists several jobs. Open one of them to read it.');
    expect(detect({ ...input, structuredList: false }).verdict).toBe('posting');
  });

  it('the whole run: a category page is refused, a posting with related-jobs data is kept', () => {
    const list = extract(
      page(
        `<h1>Remote Rust Jobs</h1><article><a href="/a"><h2>Systems Engineer</h2></a><p>Full-time · $150k</p><a href="/a/apply">Apply</a>${ld('Systems Engineer')}</article><article><a href="/b"><h2>Compiler Engineer</h2></a><a href="/b/apply">Apply</a>${ld('Compiler Engineer')}</article>`,
        '<title>Remote Rust Jobs · Board</title>',
      ),
      'https://board.example/remote-rust-jobs',
    );
    expect(list.verdict).toBe('not-posting');
    const one = extract(
      page(
        `<h1>Systems Engineer</h1><p>Full-time · Remote</p><a href="/apply">Apply for this job</a><h2>Related jobs</h2>${ld('Systems Engineer')}${ld('Compiler Engineer')}`,
        '<title>Systems Engineer at Ferrowave</title>',
      ),
      'https://board.example/jobs/systems-engineer-1',
    );
    expect(one.verdict).toBe('posting');
    expect(one.posting?.title).toBe('Systems Engineer');
  });
});

describe('unsure pages that are plainly something else', () => {
  const unsure = {
    isJobPosting: false,
    verdict: 'unsure' as const,
    confidence: 0.3,
    reasons: ['Jobshelf found few signs of a single job posting here.'],
  };
  const none = { roleTitle: false, applyFound: false, applyForm: false };

  it('a job-alert sign-up is not a posting, even when its title names the role', () => {
    const alert = page(
      '<h1>Receba vagas de Pedreiro em Goiânia</h1><form><input type="email" name="email"><button type="submit">Criar alerta</button></form>',
    );
    const settled = settleUnsure(unsure, () => readListingSigns(alert), { ...none, roleTitle: true });
    expect(settled.verdict).toBe('not-posting');
    expect(settled.reasons[0]).toMatch(/job alerts/);
    // A way to apply keeps it unsure: a posting with an alert box in its sidebar.
    expect(settleUnsure(unsure, () => readListingSigns(alert), { ...none, applyFound: true }).verdict).toBe('unsure');
  });

  it('an alert title in another language', () => {
    const signs = readListingSigns(page('<h1>Crea un avviso di lavoro per Elettricista</h1>'));
    expect(signs.alertPage).toBe(true);
    expect(readListingSigns(page('<h1>Elettricista</h1><a href="/alerts">Job alerts</a>')).alertPage).toBe(false);
  });

  it('a company page ("Chi siamo", "Quem somos", "About us") is not a posting', () => {
    for (const h1 of ['Chi siamo', 'Quem somos', 'About Larchmont Bakery', 'O nas', 'Om oss']) {
      const settled = settleUnsure(
        unsure,
        () => readListingSigns(page(`<h1>${h1}</h1><h2>La nostra storia</h2>`)),
        none,
      );
      expect(settled.verdict, h1).toBe('not-posting');
      expect(settled.reasons[0]).toBe('This looks like a company page, not one job.');
    }
    expect(settleUnsure(unsure, () => readListingSigns(page('<h1>Ten interview tips</h1>')), none).verdict).toBe(
      'unsure',
    );
  });

  it('a pay guide without job sections is an article; with them it stays unsure', () => {
    const signs = () => readListingSigns(page('<h1>Quanto guadagna un elettricista</h1>'));
    const guide = settleUnsure(unsure, signs, { ...none, topicTitle: true, jobHeadings: 0 });
    expect(guide.verdict).toBe('not-posting');
    expect(guide.reasons[0]).toMatch(/article about a kind of job/);
    expect(settleUnsure(unsure, signs, { ...none, topicTitle: true, jobHeadings: 2 }).verdict).toBe('unsure');
    const title = (t: string) => readPageSignals(page(''), t, null).topicTitle;
    expect(title('Salário de Analista de Dados: quanto ganha em 2026')).toBe(true);
    expect(title('Analista de Dados Pleno')).toBe(false);
  });

  it('a payroll job names a role and is no pay guide; pay guides about a role still are', () => {
    const signals = (t: string) => readPageSignals(page(''), t, null);
    for (const job of [
      'Sachbearbeiter Lohn und Gehalt (m/w/d)',
      'Addetto paghe e stipendi',
      'Payroll and Salary Administrator',
      'Gestionnaire paie et salaires (H/F)',
      'Técnico de nóminas y salarios',
    ]) {
      expect(signals(job).topicTitle, job).toBe(false);
      expect(signals(job).roleTitle, job).toBe(true);
    }
    for (const guide of [
      'Warehouse Operative Salary in Leeds 2026',
      'Electrician salary',
      'How much does a welder earn?',
      'Gehaltsvergleich: was verdient ein Elektriker?',
      'Quanto guadagna un infermiere in Italia nel 2026?',
      'Salário de Analista de Dados: quanto ganha em 2026',
      'Gehalt verhandeln: 7 Tipps',
    ]) {
      expect(signals(guide).topicTitle, guide).toBe(true);
      expect(signals(guide).roleTitle, guide).toBe(false);
    }
  });

  it('the whole run: an Italian posting without structured data is accepted; about and alert pages are refused', () => {
    const posting = extract(
      page(
        '<h1>Impiegato/a contabile 80%</h1><a href="/az">Ditta Ronchi SA</a><ul><li><span>Luogo di lavoro:</span> <span>Bellinzona</span></li><li><span>Tipo di contratto:</span> <span>Tempo indeterminato</span></li></ul><a href="#c">Candidati</a><h3>Le tue mansioni</h3><ul><li>Contabilità fornitori</li></ul><h3>Il tuo profilo</h3><ul><li>AFC di commercio</li></ul>',
        '<title>Impiegato/a contabile 80% - Ditta Ronchi SA - Bellinzona | Portale</title><meta name="description" content="Offerta di lavoro presso Ditta Ronchi SA">',
      ),
      'https://portale.example/it/offerte-lavoro/dettaglio/123/',
    );
    expect(posting.verdict).toBe('posting');
    expect(posting.posting?.locations).toEqual(['Bellinzona']);
    expect(posting.posting?.employmentType).toBe('FULL_TIME');
    const about = extract(
      page(
        '<h1>Chi siamo</h1><h2>La nostra storia</h2><p>Dal 1971 produciamo mobili.</p>',
        '<title>Chi siamo | Mobilificio Brenta</title>',
      ),
      'https://www.mobilificiobrenta.example/chi-siamo/',
    );
    expect(about.verdict).toBe('not-posting');
    const alert = extract(
      page(
        '<h1>Não perca vagas de Garçom em Natal</h1><form><input type="email" name="email"><button type="submit">Criar alerta</button></form><ul><li><a href="/v/1">Garçom</a> · Salário: R$ 1.900,00</li></ul>',
        '<title>Alerta de vagas: Garçom em Natal - RN</title>',
      ),
      'https://portal.example/alertas/criar',
    );
    expect(alert.verdict).toBe('not-posting');
  });
});
