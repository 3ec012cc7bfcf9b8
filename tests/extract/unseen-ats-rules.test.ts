/**
 * General rules found with pages 178–199 (ATS and careers-site layouts no page covered before, issue 10
 * parts 1–3): place parts after a City row, a place and a note in one value, postcodes after a region code,
 * abbreviations in place names, hyphens inside a company's name, a heading that shows a whole dashed title,
 * the employer named by its equal-opportunity statement, a department hooked "organisation", more
 * published-date labels and "applications until" deadlines, and more ATS hosts. Each rule with its own
 * short invented input.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { readClosingDate } from '../../utils/extract/closing-date';
import { AT_COMPANY } from '../../utils/extract/data/vocabulary';
import { ATS_HOSTS_WITHOUT_SLUG } from '../../utils/extract/data/ats-hosts';
import { atsSlug, nameFromEeoStatement } from '../../utils/extract/generic/company-from-page';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { plausibleLocation, readLabelled } from '../../utils/extract/generic/labelled';
import { labelField, scanPage } from '../../utils/extract/generic/page-scan';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const run = (html: string, url: string) => extract(doc(html), url, { now: null });
const attributes = (body: string) => readAttributes(scanPage(doc(`<html><body>${body}</body></html>`)).attributes);
const labelled = (body: string) => readLabelled(scanPage(doc(`<html><body>${body}</body></html>`)).labels).fields;

describe('places in fact tables', () => {
  it('joins State and Country rows to the City row above them', () => {
    const fields = labelled(`<table>
      <tr><td>Job Type</td><td>Full time</td></tr>
      <tr><td>City</td><td>Tarrow Falls</td></tr>
      <tr><td>State/Province</td><td>Montana</td></tr>
      <tr><td>Country</td><td>United States</td></tr>
      <tr><td>Zip/Postal Code</td><td>59401</td></tr></table>`);
    expect(fields.locations).toEqual(['Tarrow Falls, Montana, United States']);
  });
  it('reads the parts in other languages (Ort, Bundesland, Land)', () => {
    const fields = labelled(`<dl><dt>Ort</dt><dd>Kellinghusen</dd><dt>Bundesland</dt><dd>Schleswig-Holstein</dd>
      <dt>Land</dt><dd>Deutschland</dd></dl>`);
    expect(fields.locations).toEqual(['Kellinghusen, Schleswig-Holstein, Deutschland']);
  });
  it('leaves a location that already names its region as it is, and a Country row alone is no location', () => {
    expect(
      labelled(`<dl><dt>Location</dt><dd>Dunmore, PA</dd><dt>Country</dt><dd>United States</dd></dl>`).locations,
    ).toEqual(['Dunmore, PA']);
    expect(labelled(`<dl><dt>Country</dt><dd>Portugal</dd></dl>`).locations).toBeUndefined();
  });
  it('takes the place, not the building named beside it in the same value', () => {
    const fields = labelled(`<section><h3>Locations</h3>
      <div class="loc"><span>Dayton, OH 45402, USA</span><span>Wrenfield Riverside Campus</span></div></section>`);
    expect(fields.locations).toEqual(['Dayton, OH 45402, USA']);
  });
  it('keeps a place written in two elements whole ("Kraków" + "Małopolskie")', () => {
    const fields = labelled(
      `<section><h3>Location</h3><div><span>Leeds</span><span>West Yorkshire</span></div></section>`,
    );
    expect(fields.locations?.[0]).toMatch(/^Leeds/);
    expect(fields.locations?.join(' ')).toContain('West Yorkshire');
  });
  it("an abbreviation's point is not a sentence's end", () => {
    expect(plausibleLocation('Clonmel, Co. Tipperary')).toBe(true);
    expect(plausibleLocation('St. Albans, Hertfordshire')).toBe(true);
    expect(plausibleLocation('Join our team. Apply today')).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    ['Candidaturas até 15 de janeiro de 2027 para rh@exemplo.pt', '2027-01-15'],
    ['Applications accepted until 3 March 2027.', '2027-03-03'],
    ['Bewerbungen bis zum 05.01.2027 an die Personalabteilung', '2027-01-05'],
    ['Bitte bewerben Sie sich bis zum 12.02.2027 online.', '2027-02-12'],
    ['Inscripciones hasta el 12 de enero de 2027', '2027-01-12'],
    ["Candidatures jusqu'au 4 janvier 2027", '2027-01-04'],
  ])('"%s" states the closing date', (text, date) => {
    expect(readClosingDate(text)).toBe(date);
  });
  it.each(['Publiziert am', 'Publicerat', 'Gepubliceerd op', 'Publié', 'Publicado el', 'Publiceret den'])(
    '"%s" labels the date posted',
    (label) => {
      expect(labelField(label)).toBe('datePosted');
    },
  );
  it('a published row in a fact table is read, a start date is not a deadline', () => {
    const fields = labelled(`<table><tr><td>Stellenantritt</td><td>01.04.2027</td></tr>
      <tr><td>Publiziert am</td><td>18.11.2026</td></tr></table>`);
    expect(fields.datePosted).toBe('2026-11-18');
    expect(fields.validThrough).toBeUndefined();
  });
});

describe('the employer', () => {
  it('a hyphen inside a name is not a title separator ("Role at Company Co-op")', () => {
    expect('Herd Manager at Kilbrack Farmers Co-op'.match(AT_COMPANY)?.[1]).toBe('Kilbrack Farmers Co-op');
    expect('Herd Manager at Kilbrack Farmers - Cork'.match(AT_COMPANY)?.[1]).toBe('Kilbrack Farmers');
  });
  it.each([
    ['Our crews work days only. Orrin Valley Lumber is an equal opportunity employer.', 'Orrin Valley Lumber'],
    ['Tessaly Labs, Inc. is an Equal Opportunity/Affirmative Action Employer.', 'Tessaly Labs, Inc.'],
    ['Pike & Daughters is proud to be an equal opportunity employer', 'Pike & Daughters'],
    ['We are an equal opportunity employer.', ''],
    ['The Company is an equal opportunity employer.', ''],
  ])('the EEO statement "%s" names %j', (text, name) => {
    expect(nameFromEeoStatement(text)).toBe(name);
  });
  it('a heading that shows a whole dashed title keeps it the role, and the EEO line names the employer', () => {
    const x = run(
      `<html><head><title>Yard Loader - Night Shift</title></head><body>
      <div class="job-preview"><span class="job-preview-title">Yard Loader - Night Shift</span>
      <div class="preview-location"><span>Eugene, OR</span></div>
      <a class="apply-button" href="/apply/1">Apply</a></div>
      <div class="job-description"><p><b>Duties</b></p><ul><li>Load trucks with a forklift</li><li>Count stock</li></ul>
      <p><b>Requirements</b></p><ul><li>Forklift certificate</li></ul>
      <p>Orrin Valley Lumber is an equal opportunity employer.</p></div></body></html>`,
      'https://recruiting.paylocity.com/Recruiting/Jobs/Details/77',
    );
    expect(x.posting?.title).toBe('Yard Loader - Night Shift');
    expect(x.posting?.company).toBe('Orrin Valley Lumber');
  });
  it('a department hooked "organisation" gives way to the logo and the title that agree', () => {
    const x = run(
      `<html lang="da"><head><title>Sosu-assistent til Plejecenter Egely - Vestmark Kommune</title></head><body>
      <div class="topbar"><a href="https://www.vestmark.example"><img src="/l.svg" alt="Vestmark Kommune"></a></div>
      <h1>Sosu-assistent til Plejecenter Egely</h1>
      <div class="ad-organisation">Social- og Sundhedsforvaltningen · Ældreområdet</div>
      <div class="ad-content"><h3>Om stillingen</h3><p>Vi søger en sosu-assistent til aftenvagter.</p>
      <h3>Vi forventer</h3><ul><li>Uddannet social- og sundhedsassistent</li></ul></div>
      <dl><dt>Arbejdssted</dt><dd>Egely</dd><dt>Ansøgningsfrist</dt><dd>9. januar 2027</dd></dl>
      <a href="/apply/1">Søg stillingen</a></body></html>`,
      'https://vestmark.career.emply.com/ad/sosu-assistent/abc1',
    );
    expect(x.posting?.company).toBe('Vestmark Kommune');
    expect(x.posting?.validThrough).toBe('2027-01-09');
  });
});

describe('ATS hosts', () => {
  it.each([
    ['https://orrinvalley.freshteam.com/jobs/x1/yard-loader', 'orrinvalley'],
    ['https://tessaly.factorialhr.es/job_posting/x-1', 'tessaly'],
    ['https://tessaly.careers.hibob.com/jobs/1', 'tessaly'],
    ['https://www.careers-page.com/pike-daughters/job/Q1', 'pike-daughters'],
    ['https://www.comeet.com/jobs/tessaly/A1.00B/role/B1.A1', 'tessaly'],
    ['https://careers.flatchr.io/fr/company/pike/vacancy/x/', 'pike'],
    ['https://vestmark.career.emply.com/ad/x/1', 'vestmark'],
    ['https://regionvest.varbi.com/what:job/jobID:1/', 'regionvest'],
    ['https://kilbrack-portal.rexx-systems.com/stellenangebote.html', 'kilbrack'],
  ])('%s names the company %s', (url, slug) => {
    expect(atsSlug(new URL(url))).toBe(slug);
  });
  it.each(['recruiting.ultipro.com', 'recruiting.paylocity.com', 'apply.occupop.com', 'candidate.webcruiter.com'])(
    '%s is an ATS whose URL names no company',
    (host) => {
      expect(ATS_HOSTS_WITHOUT_SLUG.test(host)).toBe(true);
    },
  );
});

describe('start dates are not deadlines', () => {
  it.each([
    'Tiltrædelse senest 1. marts 2027.',
    'Inizio previsto entro il 15 gennaio 2027',
    'Tiltredelse snarest, senest 1. februar 2027',
    'Applications close on Friday. Start date 1 March 2027.',
  ])('"%s" states no closing date', (text) => {
    expect(readClosingDate(text)).toBeNull();
  });
  it('a deadline after a start date in the same line is still read', () => {
    expect(readClosingDate('Stellenantritt per 1. März 2027; Bewerbungen bis zum 20.12.2026')).toBe('2026-12-20');
    expect(readClosingDate('Closing date: 5 December 2026 (start in January)')).toBe('2026-12-05');
  });
});

describe('a department under its employer', () => {
  it('a block with the employer and then its unit, each in its own element, names the employer', () => {
    expect(
      attributes(
        '<div class="joa-banner__agency"><a href="#">Department of Commerce</a><h4>National Weather Service</h4></div>',
      ).company,
    ).toBe('Department of Commerce');
  });
  it('a name and its legal form in two elements stay one name', () => {
    expect(attributes('<div class="company"><span>Kellwick Metall</span> <span>GmbH</span></div>').company).toBe(
      'Kellwick Metall GmbH',
    );
  });
});

describe('a structured description cut off with "…"', () => {
  it('gives way to the posting the page shows, even when the teaser starts in the "About us" block', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
      "title":"Bench Chemist","hiringOrganization":{"@type":"Organization","name":"Orrin Labs"},
      "description":"Orrin Labs tests drinking water for 40 towns. As a Bench Chemist you will run metals and nutrient panels on our ICP-MS and keep the…"}</script></head>
      <body><h1>Bench Chemist</h1><div class="about"><p>Orrin Labs tests drinking water for 40 towns.</p></div>
      <div class="position"><p>As a Bench Chemist you will run metals and nutrient panels on our ICP-MS and keep the lab's quality records.</p>
      <h3>Requirements</h3><ul><li>A degree in chemistry</li><li>Two years in an accredited lab</li></ul>
      <h3>What we offer</h3><ul><li>Four-day week in summer</li><li>A yearly training budget for courses and conferences</li><li>Free parking and a canteen with a hot lunch every day</li></ul>
      <p>Questions? Call Mara Quist in the lab office before you apply; we answer within two working days.</p></div></body></html>`;
    const x = run(html, 'https://www.orrinlabs.example/careers/bench-chemist');
    expect(x.posting?.descriptionText).toContain('quality records');
    expect(x.posting?.descriptionText).toContain('Two years in an accredited lab');
    expect(x.posting?.descriptionText).not.toContain('…');
  });
});
