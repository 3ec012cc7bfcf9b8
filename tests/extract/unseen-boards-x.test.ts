/** Rules from pages on boards and ATSs the corpus had not seen (issue 10, fixtures 474–479, 486–499): each with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { AT_COMPANY } from '../../utils/extract/data/vocabulary';
import { readHeaderLine } from '../../utils/extract/generic/header-line';
import { companyFromCareersPhrase } from '../../utils/extract/generic/title-patterns';

const read = (html: string, url: string) => {
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${html}`);
  return extract(document as unknown as Document, url, { now: null }).posting;
};

describe('a "Label:" and its value under the title', () => {
  it('is a labelled row, not a header line: its value is no place', () => {
    const lines = ['Date de publication:12 novembre 2026', 'Type de contrat:Durée indéterminée'];
    const parts = [
      ['Date de publication:', '12 novembre 2026'],
      ['Type de contrat:', 'Durée indéterminée'],
    ];
    expect(readHeaderLine(lines, parts, null).places).toEqual([]);
  });
  it('a header line of facts still gives its place', () => {
    expect(readHeaderLine(['CDI · 39 h · Chambéry'], [[]], null).places).toEqual(['Chambéry']);
  });
});

describe('Cypress and end-to-end test hooks', () => {
  it('data-cy and data-e2e-component name the employer like data-testid', () => {
    const cy = read(
      `<title>Vendeur - Lausanne | Board</title></head><body><main>
      <a data-cy="company-link" href="/fr/entreprises/x/">Fournil du Pont SA</a>
      <h1>Vendeur</h1><p>Vous accueillez la clientèle. Postuler</p></main></body></html>`,
      'https://board.example/fr/emplois/detail/1/',
    );
    expect(cy?.company).toBe('Fournil du Pont SA');
    const e2e = read(
      `<title>Kerääjä, Tampere | Työpaikat</title></head><body><main>
      <h1>Kerääjä</h1><p><a data-e2e-component="job-ad-company" href="/tyonantajat/x">Lakeuden Varasto Oy</a></p>
      <p>Keräily käsipäätteellä. Hae paikkaa</p></main></body></html>`,
      'https://board.example/tyopaikat/tampere/keraaja-1',
    );
    expect(e2e?.company).toBe('Lakeuden Varasto Oy');
  });
});

describe('a town and its region in one line of facts', () => {
  it('the region stops at the next fact', () => {
    const posting = read(
      `<title>Grant Writer - Prairie Fund</title></head><body><main><h2>Grant Writer</h2>
      <div class="meta"><span class="meta-job-location-city">Madison</span>, <span class="meta-job-location-state">WI</span>
      · <span class="meta-job-type">Part Time</span> · <span class="meta-department">Development</span></div>
      <p>You will draft proposals. Apply for this position</p></main></body></html>`,
      'https://prairiefund.hire.trakstar.com/jobs/abc',
    );
    expect(posting?.locations).toEqual(['Madison, WI']);
  });
});

describe('a page title that only says "X Careers"', () => {
  it('the role is the heading that names one, the employer the one the title names', () => {
    const posting = read(
      `<title>Job Details | Redbud Family Dentistry Careers</title></head><body>
      <div class="job-details"><h2 class="job-title">Registered Dental Assistant</h2><span>Tulsa, OK</span>
      <p>Seat patients and take X-rays.</p><button>Apply</button></div></body></html>`,
      'https://www.paycomonline.net/v4/ats/web.php/portal/ABC/jobs/1',
    );
    expect(posting?.title).toBe('Registered Dental Assistant');
    expect(posting?.company).toBe('Redbud Family Dentistry');
  });
});

describe('the name a title gives, in full where the page writes it so', () => {
  it('"… at Saptarang Softlabs - Board" and a hooked "Saptarang Softlabs Pvt Ltd" link', () => {
    const posting = read(
      `<title>QA Engineer Job in Pune at Saptarang Softlabs - Board</title></head><body><main>
      <h1>QA Engineer</h1><a class="companyName" href="/search/x">Saptarang Softlabs Pvt Ltd</a>
      <span class="loc">Pune, Maharashtra</span><p>Write test suites. Apply</p></main></body></html>`,
      'https://board.example/job/qa-engineer-1',
    );
    expect(posting?.company).toBe('Saptarang Softlabs Pvt Ltd');
  });
});

describe('"Similar Jobs" and other list headings', () => {
  it('name no employer', () => {
    for (const heading of ['Similar Jobs', 'Related jobs', 'More jobs', 'Recommended Jobs', 'Latest Jobs'])
      expect(companyFromCareersPhrase(heading), heading).toBeNull();
  });
  it('"Acme Careers" and "Acme Jobs" still do, alone or as one part of a page title', () => {
    expect(companyFromCareersPhrase('Acme Careers')).toBe('Acme');
    expect(companyFromCareersPhrase('Job Details | Redbud Family Dentistry Careers')).toBe('Redbud Family Dentistry');
    expect(companyFromCareersPhrase('Northwind Jobs')).toBe('Northwind');
  });
});

describe('"Role at Company • City • Board"', () => {
  it('the company stops at the bullet', () => {
    expect('Founding Engineer at Pinecrest Robotics • Boston • Wellfound'.match(AT_COMPANY)?.[1]).toBe(
      'Pinecrest Robotics',
    );
    expect('Engineer at Acme | Board'.match(AT_COMPANY)?.[1]).toBe('Acme');
  });
});
