/**
 * General rules for non-English boards and public-sector pages (issue 10, parts 1–3): Czech labels, dates and pay
 * periods, public employers' labels, an employer cell with its address, hooks that name an organisation, a pay
 * period on the line below, facts written as list-item headings, board section titles, university hosts.
 * Each rule with its own short invented input.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { APPLY_START, MORE_JOB_HEADINGS, ROLE_TITLE } from '../../utils/extract/data/detect-words';
import { ORG_UNIT } from '../../utils/extract/data/vocabulary';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { companyFromPage } from '../../utils/extract/generic/company-from-page';
import { companyWithoutPlace } from '../../utils/extract/generic/company-name';
import { ownCardName } from '../../utils/extract/generic/job-cards';
import { townOfMunicipality } from '../../utils/extract/generic/municipality';
import { employmentFromValue, nameBeforeAddress, readLabelled } from '../../utils/extract/generic/labelled';
import { labelField, scanPage } from '../../utils/extract/generic/page-scan';
import { parseTitle } from '../../utils/extract/generic/title-patterns';
import { parseDate } from '../../utils/extract/normalize';
import { salaryFromValue } from '../../utils/money/find';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const run = (html: string, url: string) => extract(doc(html), url, { now: null });
const page = (html: string) => doc(`<!DOCTYPE html><html><body>${html}</body></html>`);
const labelsOf = (html: string) => readLabelled(scanPage(page(html)).labels, { dayFirst: true }).fields;
const attributesOf = (html: string) => readAttributes(scanPage(page(html)).attributes);

describe('Czech pages', () => {
  it('reads Czech labels and the contract from the value', () => {
    expect(labelField('Místo pracoviště:')).toBe('locations');
    expect(labelField('Typ pracovního poměru')).toBe('employmentType');
    expect(labelField('Zadáno')).toBe('datePosted');
    expect(labelField('Mzda')).toBe('salary');
    expect(employmentFromValue('Práce na plný úvazek')).toBe('FULL_TIME');
    expect(employmentFromValue('Zkrácený úvazek')).toBe('PART_TIME');
    expect(employmentFromValue('Na dobu určitou')).toBe('TEMPORARY');
  });
  it('reads Czech month names (genitive) and the Swedish "augusti"', () => {
    expect(parseDate('3. února 2027')).toBe('2027-02-03');
    expect(parseDate('21. listopadu 2026')).toBe('2026-11-21');
    expect(parseDate('senast 12 augusti 2027')).toBe('2027-08-12');
  });
  it('reads a Czech pay period and crowns', () => {
    const monthly = salaryFromValue('38 000 – 46 000 Kč měsíčně');
    expect(monthly).toMatchObject({ min: 38000, max: 46000, currency: 'CZK', period: 'month' });
    expect(salaryFromValue('210 Kč za hodinu')).toMatchObject({ min: 210, period: 'hour' });
  });
  it('knows a Czech apply control, sections and role words', () => {
    expect(APPLY_START.test('Odpovědět')).toBe(true);
    expect(APPLY_START.test('Mám zájem')).toBe(true);
    expect(MORE_JOB_HEADINGS.test('Náplň práce')).toBe(true);
    expect(ROLE_TITLE.test('Skladník – noční směna')).toBe(true);
    expect(ROLE_TITLE.test('O společnosti')).toBe(false);
  });
});

describe("public employers' labels", () => {
  it.each([
    ['Behörde / Dienststelle', 'company'],
    ['Entidad convocante', 'company'],
    ['Veröffentlichungsdatum', 'datePosted'],
    ['Fecha', 'datePosted'],
    ['Plazo de presentación', 'validThrough'],
    ['Entgelt / Besoldung', 'salary'],
  ])('"%s" introduces the %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });
  it('reads "hasta el 15 de diciembre de 2026" after its label', () => {
    expect(labelsOf('<p><strong>Plazo de presentación:</strong> hasta el 9 de enero de 2027</p>').validThrough).toBe(
      '2027-01-09',
    );
  });
  it('"Funcionario interino" is a temporary post', () => {
    expect(employmentFromValue('Funcionario interino')).toBe('TEMPORARY');
  });
});

describe('the company a title names, without its town', () => {
  it('drops "in Town" when the place is written with its postcode', () => {
    expect(companyWithoutPlace('Mühlbach Bäckerei GmbH in Erding', ['85435 Erding'])).toBe('Mühlbach Bäckerei GmbH');
    expect(companyWithoutPlace('Mühlbach Bäckerei GmbH in Erding', ['Freising'])).toBe(
      'Mühlbach Bäckerei GmbH in Erding',
    );
  });
});

describe('labelled values', () => {
  it('a next row written "Label: value" is never the value of the label before it', () => {
    const fields = labelsOf(`<table>
      <tr><td>Lön:</td><td>Månadslön</td></tr>
      <tr><td>Sista ansökningsdag: 2027-01-20</td></tr></table>`);
    expect(fields.salary).toBeUndefined();
  });
  it('an employer cell with its address below the name gives the name', () => {
    const fields = labelsOf(`<table><tr><td>Employeur</td>
      <td><strong>Commune de Vérines</strong><br>3 rue du Lavoir<br>17540 Vérines</td></tr></table>`);
    expect(fields.company).toBe('Commune de Vérines');
    expect(nameBeforeAddress('Commune de Vérines', 'Commune de Vérines Service technique')).toBeNull();
  });
});

describe('hooks that name the employer', () => {
  it('an "org" hook and a camelCase hook', () => {
    expect(attributesOf('<main><p class="job-org">Kystsygehuset Nord</p></main>').company).toBe('Kystsygehuset Nord');
    expect(attributesOf('<main><a id="postingCompanyUrl" href="/c/1">Brzoza Labs</a></main>').company).toBe(
      'Brzoza Labs',
    );
    expect(attributesOf('<main><p class="organ-donation">Donate</p></main>').company).toBeUndefined();
  });
  it('an inner hooked name over the block that holds it, but never a profile link', () => {
    const agency = `<div class="intro__org"><span class="intro__department">Department of Rivers</span>
      <span class="intro__agency">Upper Basin Water Office</span></div>`;
    expect(attributesOf(agency).company).toBe('Upper Basin Water Office');
    const profile = `<h2 data-test="text-employerName">Sad Lipowy Sp. z o.o.<a data-test="anchor-company-link" href="/f">O firmie</a></h2>`;
    expect(attributesOf(profile).company).toBe('Sad Lipowy Sp. z o.o.');
  });
  it('a block of links is navigation, not a name', () => {
    const banner = `<header class="company-banner"><nav><a href="/jobs">Nos offres</a> <a href="/">Découvrir</a></nav></header>`;
    expect(attributesOf(banner).company).toBeUndefined();
  });
  it('only a unit of the employer gives way to its logo', () => {
    expect(ORG_UNIT.test('Børne- og Ungeforvaltningen · Dagtilbud Syd')).toBe(true);
    expect(ORG_UNIT.test('Fachbereich Maschinenbau')).toBe(true);
    expect(ORG_UNIT.test('Rijksdienst voor Dijkbeheer')).toBe(false);
    expect(ORG_UNIT.test('Kystsygehuset Nord')).toBe(false);
  });
});

describe('the header under the title', () => {
  it('reads the pay period from the line below, cut at a dash', () => {
    const page = `<html lang="pl"><body><main><h1>Java Developer</h1><div><span>16 000 - 21 000 PLN</span></div>
      <div>Netto (+VAT) / mies. - B2B</div><h2>Opis stanowiska</h2><p>Budujemy system.</p></main></body></html>`;
    expect(run(page, 'https://board.example/offer/java-developer').posting?.salary).toMatchObject({
      min: 16000,
      max: 21000,
      period: 'month',
    });
  });
  it('reads facts written as headings in list items, not a card list of other jobs', () => {
    const facts = `<html lang="es"><body><main><h1>Cajero/a</h1><h3>Supermercados Tala S.A.</h3><span>Actualizado hace 1 día</span>
      <ul><li><i class="icon-pin"></i><h3>Quilmes, Buenos Aires</h3></li><li><h3>Part-time</h3></li></ul>
      <h2>Descripción</h2><p>Buscamos cajeros.</p><button>Postularme</button></main></body></html>`;
    expect(run(facts, 'https://board.example/empleos/cajero-123.html').posting?.locations).toEqual([
      'Quilmes, Buenos Aires',
    ]);
  });
});

describe("a board's section title is no company", () => {
  it('"Offerte di lavoro In vendita a Verona" names no employer', () => {
    expect(
      parseTitle('Aiuto cuoco - Offerte di lavoro In vendita a Padova', { knownRole: 'Aiuto cuoco' }).company,
    ).toBe(null);
    expect(parseTitle('Aiuto cuoco - Trattoria Bellavista', { knownRole: 'Aiuto cuoco' }).company).toBe(
      'Trattoria Bellavista',
    );
  });
});

describe('a university on a host that shortens its name', () => {
  it('"Hochschule Talbach" on hs-talbach', () => {
    const page = doc('<body><main><h1>Referent*in</h1></main><footer>© 2026 Hochschule Talbach</footer></body>');
    expect(companyFromPage(page, new URL('https://www.hs-talbach.example/stellen/1')).shown).toBe('Hochschule Talbach');
    expect(companyFromPage(page, new URL('https://www.ostbahn.example/stellen/1')).shown).toBeNull();
  });
});

describe('more public and Flemish pages', () => {
  it('the town a public employer is named for, when the page also writes it', () => {
    expect(townOfMunicipality('Strandviks kommun', 'Förskolan ligger i centrala Strandvik.')).toBe('Strandvik');
    expect(townOfMunicipality('Borås Stad', 'Borås Stad söker en lärare.')).toBe('Borås');
    expect(townOfMunicipality('Gemeinde Seewil', 'Die Gemeinde Seewil sucht …')).toBe('Seewil');
    expect(townOfMunicipality('Strandviks kommun', 'Vi söker en barnskötare.')).toBeNull();
    expect(townOfMunicipality('Strandvik Bygg AB', 'i centrala Strandvik')).toBeNull();
  });
  it('Flemish labels and contract words', () => {
    expect(labelField('Plaats tewerkstelling')).toBe('locations');
    expect(labelField('Regime')).toBe('employmentType');
    expect(labelField('Termin składania dokumentów')).toBe('validThrough');
    expect(employmentFromValue('Vast contract')).toBe('FULL_TIME');
    expect(employmentFromValue('Deeltijds')).toBe('PART_TIME');
    expect(employmentFromValue('Contract van bepaalde duur')).toBe('TEMPORARY');
  });
  it("a page whose title carries the card name reads that card's facts", () => {
    const html = `<!DOCTYPE html><html><body><div class="jobCard-header"><h1 class="jobCard-title">Chauffeur</h1>
      <ul class="jobCard-info"><li><span>Plaats tewerkstelling</span><span>Gent</span></li></ul></div></body></html>`;
    expect(ownCardName(doc(html))).toBe('jobcard');
    expect(readLabelled(scanPage(doc(html)).labels).fields.locations).toEqual(['Gent']);
    const other = html.replace('class="jobCard-title"', 'class="title"');
    expect(readLabelled(scanPage(doc(other)).labels).fields.locations).toBeUndefined();
  });
});
