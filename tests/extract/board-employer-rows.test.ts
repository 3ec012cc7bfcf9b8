/**
 * Issue 10, fields on boards and documents seen failing: the employer a row names on a research or public board, labels
 * not read before, generic page titles, a document title that puts the employer first and Taleo places. Each rule on a
 * short page written for it (the fixture pages 064–084 hold the full layouts).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { readLabelled } from '../../utils/extract/generic/labelled';
import { scanPage } from '../../utils/extract/generic/page-scan';
import { isBoardBrand } from '../../utils/extract/generic/full-name';
import { roleSecond } from '../../utils/extract/generic/title-patterns';
import { namedPlaceInOrder } from '../../utils/extract/generic/places';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const labelled = (body: string, dayFirst = false) =>
  readLabelled(scanPage(doc(`<html><body>${body}</body></html>`)).labels, { dayFirst }).fields;
const rows = (pairs: [string, string][]) =>
  `<dl>${pairs.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`;

describe('employer rows on boards', () => {
  it('reads "Organisation/Company", "Ente", "Amministrazione" and "Institución" rows', () => {
    expect(labelled(rows([['Organisation/Company', 'Harlow Institute of Soil Science']])).company).toBe(
      'Harlow Institute of Soil Science',
    );
    expect(labelled(rows([['Ente', 'Comune di Roccalta']])).company).toBe('Comune di Roccalta');
    expect(labelled(rows([['Amministrazione', 'Provincia di Valmora']])).company).toBe('Provincia di Valmora');
    expect(labelled(rows([['Institución', 'Servicio Local de Educación Pública Andino']])).company).toBe(
      'Servicio Local de Educación Pública Andino',
    );
  });
  it('a ministry path names its last body', () => {
    expect(labelled(rows([['Institución', 'Ministerio de Agricultura / Servicio Agrícola del Sur /']])).company).toBe(
      'Servicio Agrícola del Sur',
    );
  });
  it('a "Department" row names a body, never a team or a unit', () => {
    expect(labelled(rows([['Department', 'Office for Coastal Licensing']])).company).toBe(
      'Office for Coastal Licensing',
    );
    expect(labelled(rows([['Department', 'Engineering']])).company).toBeUndefined();
    expect(labelled(rows([['Department', 'Department of Surgery']])).company).toBeUndefined();
  });
  it("the site's own name in the title never beats the employer a row names", () => {
    const page = `<html><head><title>Research Assistant at EURAXESS</title><meta property="og:site_name" content="EURAXESS"></head>
      <body><h1>Research Assistant</h1><dl><dt>Organisation/Company</dt><dd>Brenmoor Marine Lab</dd></dl>
      <h2>Offer Description</h2><p>Count fish stocks on the west coast.</p><h2>Requirements</h2><ul><li>An MSc</li></ul></body></html>`;
    expect(extract(doc(page), 'https://euraxess.ec.europa.eu/jobs/1', { now: null }).posting?.company).toBe(
      'Brenmoor Marine Lab',
    );
  });
  it('a board brand the host writes with a job word is not an employer', () => {
    expect(isBoardBrand('Civil Service', 'www.civilservicejobs.service.gov.uk')).toBe(true);
    expect(isBoardBrand('Acme Health', 'careers.acmehealth.org')).toBe(false);
  });
  it('the department row wins over the board logo on the page', () => {
    const page = `<html lang="en"><head><title>Civil Service Jobs - GOV.UK</title></head><body>
      <div class="logo"><a href="/"><img alt="Civil Service Jobs" src="/l.png"></a></div>
      <h1>Records Officer</h1>
      <div><h3>Organisation</h3><div>Agency for Inland Waterways</div></div>
      <div><h3>Location</h3><div>Gloucester</div></div>
      <h3>Apply before 11:55 pm on Tuesday 5th January 2027</h3>
      <h4>Job description</h4><p>You will keep the agency's licence records accurate and answer questions from boat owners.</p>
      <a href="/apply">Apply now</a></body></html>`;
    const posting = extract(doc(page), 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1', {
      now: null,
    }).posting;
    expect(posting).toMatchObject({ company: 'Agency for Inland Waterways', validThrough: '2027-01-05' });
  });
});

describe('labels read now', () => {
  it('reads the Chilean application period and the city over the region', () => {
    expect(
      labelled(
        rows([
          ['Región', 'Región de Coquimbo'],
          ['Ciudad', 'La Serena'],
          ['Fecha de inicio de postulación', '02/12/2026'],
          ['Fecha de cierre de postulación', '15/12/2026 23:59'],
        ]),
        true,
      ),
    ).toMatchObject({ locations: ['La Serena'], datePosted: '2026-12-02', validThrough: '2026-12-15' });
  });
  it('reads "Location requirements" as the places', () => {
    expect(labelled(rows([['Location requirements', 'Mexico, Colombia']])).locations?.join(', ')).toBe(
      'Mexico, Colombia',
    );
  });
  it('a country row just before the city row joins it', () => {
    expect(
      labelled(
        rows([
          ['Country', 'Austria'],
          ['City', 'Graz'],
        ]),
      ).locations,
    ).toEqual(['Graz, Austria']);
  });
  it('"Apply by" beside each job of a list is not a closing date; a heading with it is', () => {
    expect(
      labelled('<ul><li><a href="/j/1">Teacher</a> <span>Apply by 4 December 2026</span></li></ul>').validThrough,
    ).toBeUndefined();
    expect(labelled('<h3>Apply before 9 January 2027</h3>').validThrough).toBe('2027-01-09');
  });
});

describe('titles', () => {
  it('a generic page title gives way to the heading that names a role', () => {
    const page = `<html><head><title>Recruitment</title></head><body><header><img alt="Tamsin Valley Water" src="/l.png"></header>
      <h2 class="job-description-title">Water Treatment Operator</h2><p>Keep the plant running on rotating shifts.</p>
      <p><strong>Duties</strong></p><ul><li>Sample and test water</li></ul><button>Apply</button></body></html>`;
    const run = extract(
      doc(page),
      'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?jobId=9',
      {
        now: null,
      },
    );
    expect(run.posting?.title).toBe('Water Treatment Operator');
  });
  it('"Company – Role" is read by which part names a role', () => {
    expect(roleSecond('Hollowmill Cider – Cellar Supervisor', null, '')).toEqual({
      title: 'Cellar Supervisor',
      company: 'Hollowmill Cider',
    });
    expect(roleSecond('Hollowmill Cider', 'Cellar Supervisor', 'Hollowmill Cider – Cellar Supervisor')).toEqual({
      title: 'Cellar Supervisor',
      company: 'Hollowmill Cider',
    });
    // Role first stays; a one-word tail qualifies the role.
    expect(roleSecond('Cellar Supervisor – Hollowmill Cider', 'Hollowmill Cider', '')).toBeNull();
    expect(roleSecond('Barista – Senior', null, '')).toBeNull();
  });
});

describe('Taleo places', () => {
  it('"Other Locations" adds its place after the location row\'s', () => {
    expect(
      labelled(
        rows([
          ['Location', 'United States-Georgia-Macon'],
          ['Other Locations', 'United States-Georgia-Athens'],
        ]),
      ).locations,
    ).toEqual(['Macon, Georgia, United States', 'Athens, Georgia, United States']);
  });
  it('names read town first; codes stay as written', () => {
    expect(namedPlaceInOrder('Canada-Ontario-Toronto')).toBe('Toronto, Ontario, Canada');
    expect(namedPlaceInOrder('United States-Ohio-Toledo')).toBe('Toledo, Ohio, United States');
    expect(namedPlaceInOrder('US-TN-Knoxville')).toBe('US-TN-Knoxville');
    expect(namedPlaceInOrder('Bernkastel-Kues')).toBe('Bernkastel-Kues');
  });
});
