/**
 * Field rules for job boards and national boards we had no page for (issue 10 parts 1–3, pages 205–239):
 * each rule on a minimal page of its own (invented text), with a case where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { jobPaneHeading } from '../../utils/extract/generic/job-pane';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const run = (html: string, url: string) => extract(doc(html), url, { now: null });

const JOB = `<p>We repair lifts in office towers and hospitals across the region, and our service team is growing.</p>
<h3>Responsibilities</h3><ul><li>Service and repair passenger lifts</li><li>Write clear reports for every visit</li></ul>
<h3>Requirements</h3><ul><li>A trade qualification in electrical or mechanical work</li><li>A clean driving licence</li></ul>`;

/** A results page with three cards on the left and the open job in a pane on the right. */
const splitView = (
  paneName: string,
) => `<html lang="en"><head><title>Lift Technician Jobs in Leeds - 58 jobs | BoardX</title></head><body>
<header><a href="/">BoardX</a><nav><a href="/jobs">Jobs</a></nav></header>
<main><section aria-label="Job results"><h1>Lift Technician jobs in Leeds</h1><p>58 jobs</p><ul id="job-list">
<li><div data-testid="searchSerpJob"><h2><a href="/job/a1">Lift Engineer</a></h2><span data-testid="companyName">Elevate North Ltd</span><span data-testid="searchSerpJobLocation">Bradford</span><p>£38,000 a year</p></div></li>
<li><div data-testid="searchSerpJob"><h2><a href="/job/b2">Lift Technician</a></h2><span data-testid="companyName">Pennine Lifts</span><span data-testid="searchSerpJobLocation">Leeds, West Yorkshire</span></div></li>
<li><div data-testid="searchSerpJob"><h2><a href="/job/c3">Escalator Fitter</a></h2><span data-testid="companyName">Aire Vertical</span><span data-testid="searchSerpJobLocation">Wakefield</span></div></li>
</ul></section>
<section ${paneName}><h2>Lift Technician</h2><p><span data-testid="viewJobCompanyName">Pennine Lifts</span> - <span data-testid="viewJobCompanyLocation">Leeds, West Yorkshire</span></p>
<p>Full-time</p><a href="/apply/b2">Apply now</a>${JOB}</section></main></body></html>`;

describe('a job open in a pane beside a results list', () => {
  it('reads the pane when the URL names the open job', () => {
    const x = run(splitView('data-testid="viewJobBodyContainer"'), 'https://www.boardx.example/search?q=lift&job=b2');
    expect(x.isJobPosting).toBe(true);
    expect(x.posting).toMatchObject({
      title: 'Lift Technician',
      company: 'Pennine Lifts',
      locations: ['Leeds, West Yorkshire'],
    });
  });
  it('finds panes named in other ways ("job-details", aria-label "Job details")', () => {
    for (const name of ['class="job-details-pane"', 'aria-label="Job details"', 'id="jobsearch-ViewjobPaneWrapper"']) {
      const d = doc(splitView(name));
      expect(jobPaneHeading(d, 'https://x.example/jobs?vjk=b2', d.querySelector('h1'))?.textContent).toBe(
        'Lift Technician',
      );
    }
  });
  it('stays a list when the URL names no open job', () => {
    const x = run(splitView('data-testid="viewJobBodyContainer"'), 'https://www.boardx.example/search?q=lift');
    expect(x.isJobPosting).toBe(false);
    const d = doc(splitView('data-testid="viewJobBodyContainer"'));
    expect(jobPaneHeading(d, 'https://www.boardx.example/search?q=lift', d.querySelector('h1'))).toBeNull();
  });
});

const jobPage = (
  facts: string,
  extra = '',
) => `<html lang="en"><head><title>Dental Hygienist | BoardY</title></head><body>
<h1>Dental Hygienist</h1><div data-test="employer-name">Juniper Dental</div><div data-test="location">Kelowna, BC</div>
${facts}<a href="/apply/9">Apply now</a><div class="job-description">${JOB}${extra}</div></body></html>`;

describe('pay the board estimated is not the employer’s', () => {
  it('leaves out "(Glassdoor est.)", "Estimated:" and "salary estimate" figures', () => {
    for (const facts of [
      '<div data-test="detailSalary">$42.00 - $55.00 Per Hour (Glassdoor est.)</div>',
      '<p data-testid="viewJobBodyJobCompensation">Estimated: $40,000 - $47,000 a year</p>',
      '<div class="salary">$60K - $70K <span>This salary estimate is based on similar roles. Not provided by the employer.</span></div>',
    ]) {
      const x = run(jobPage(facts), 'https://www.boardy.example/job/9');
      expect(x.posting?.salary ?? null, facts).toBeNull();
    }
  });
  it('keeps the employer’s own figure ("Employer est.", "Employer provided")', () => {
    for (const facts of [
      '<div data-test="detailSalary">$48.00 - $54.00 Per Hour (Employer est.)</div>',
      '<div data-test="detailSalary">$58K - $67K <span>(Employer provided)</span></div>',
    ]) {
      const x = run(jobPage(facts), 'https://www.boardy.example/job/9');
      expect(x.posting?.salary?.min, facts).toBeGreaterThan(0);
    }
  });
  it('still takes the pay sentence of the description when the header shows an estimate', () => {
    const x = run(
      jobPage(
        '<div data-test="detailSalary">$42 - $55 Per Hour (Glassdoor est.)</div>',
        '<p>The pay for this role is $46 to $50 per hour, depending on experience.</p>',
      ),
      'https://www.boardy.example/job/9',
    );
    expect(x.posting?.salary).toMatchObject({ min: 46, max: 50, period: 'hour' });
  });
});

describe('structured pay in the ad’s own words', () => {
  const page = (salary: string) => `<html lang="fr"><head><title>Technicien de maintenance | Board</title></head><body>
<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Technicien de maintenance</h1>
<div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Laiterie Morvan</span></div>
<p itemprop="description">Vous assurez la maintenance des lignes de conditionnement.</p>${salary}</div></body></html>`;
  it('a single value="2450" inside "Mensuel de 2450,00 Euros à 2800,00 Euros" is the range the user reads', () => {
    const x = run(
      page(
        '<ul><li><span itemprop="baseSalary" itemscope itemtype="http://schema.org/MonetaryAmount"><span itemprop="value" content="2450">Salaire brut : Mensuel de 2450,00 Euros à 2800,00 Euros sur 13 mois</span></span></li></ul>',
      ),
      'https://emploi.example.fr/offres/1',
    );
    expect(x.posting?.salary).toMatchObject({ min: 2450, max: 2800, currency: 'EUR', period: 'month' });
  });
  it('keeps the structured numbers when the page states another amount', () => {
    const x = run(
      page(
        '<span itemprop="baseSalary" itemscope itemtype="http://schema.org/MonetaryAmount"><meta itemprop="currency" content="EUR"><span itemprop="value" content="2450"></span></span><p>Prime de 300 euros par an.</p>',
      ),
      'https://emploi.example.fr/offres/1',
    );
    expect(x.posting?.salary).toMatchObject({ min: 2450, max: 2450, currency: 'EUR' });
  });
});

describe('currency words and codes', () => {
  const page = (pay: string) => `<html lang="en"><head><title>Sales Representative | Board</title></head><body>
<h1>Sales Representative</h1><h2><a href="/company/ikeja">Lagoon Agro Ltd</a></h2><div><a href="/jobs/lagos">Lagos</a> <a href="/jobs/full-time">Full Time</a></div>
<div>${pay}</div><a href="/apply/1">Apply for this job</a>${JOB}</body></html>`;
  it('reads an ISO code glued to the amount under the title ("NGN180,000 - 250,000": two spans)', () => {
    const x = run(page('<span>NGN</span><span>180,000 - 250,000</span>'), 'https://www.board.example/listings/1');
    expect(x.posting?.salary).toMatchObject({ min: 180000, max: 250000, currency: 'NGN' });
  });
  it('reads a capitalised currency word ("2.100 Euros al mes")', () => {
    const x = run(page('<span>2.100 - 2.400 Euros al mes</span>'), 'https://www.board.example/listings/1');
    expect(x.posting?.salary).toMatchObject({ min: 2100, max: 2400, currency: 'EUR' });
  });
  it('does not read a model number as money', () => {
    const x = run(page('<span>RTX4090 workstation provided</span>'), 'https://www.board.example/listings/1');
    expect(x.posting?.salary ?? null).toBeNull();
  });
});

describe('a hook naming two fields', () => {
  const page = (hooks: string) => `<html lang="en"><head><title>Lift Technician | Board</title></head><body>
<h1>Lift Technician</h1><p>${hooks}</p><a href="/apply/1">Apply now</a>${JOB}</body></html>`;
  it('is the field its last word names ("viewJobCompanyLocation" is a place)', () => {
    const x = run(
      page(
        '<span data-testid="viewJobCompanyName">Pennine Lifts</span> - <span data-testid="viewJobCompanyLocation">Leeds LS11</span>',
      ),
      'https://b.example/job/1',
    );
    expect(x.posting).toMatchObject({ company: 'Pennine Lifts', locations: ['Leeds LS11'] });
  });
  it('a hook with one field word keeps its old reading ("vacancyCompany" is no field)', () => {
    const x = run(
      page('<span id="vacancyCompany">About the company</span> <span class="job-location">Leeds LS11</span>'),
      'https://b.example/job/1',
    );
    expect(x.posting?.company).not.toBe('About the company');
    expect(x.posting?.locations).toEqual(['Leeds LS11']);
  });
});

describe('values on boards', () => {
  const board = (head: string, body = '') => `<html lang="en"><head><title>Site Supervisor | Board</title></head><body>
<h1>Site Supervisor</h1><div><span class="company">Saltbush Civil Pty Ltd</span> <span class="location">Toowoomba QLD</span></div>
${head}<a href="/job/apply/1">Apply on employer site</a>${JOB}${body}</body></html>`;
  it('a bare "$" on a country host is that country’s dollar (au., .co.nz, ca.)', () => {
    const pay = '<div class="badge">$110,000 – $125,000 a year</div>';
    expect(run(board(pay), 'https://au.jora.example.com/job/1').posting?.salary?.currency).toBe('AUD');
    expect(run(board(pay), 'https://www.trademe.co.nz/a/jobs/listing/1').posting?.salary?.currency).toBe('NZD');
    expect(run(board(pay), 'https://ca.indeed.com/viewjob?jk=1').posting?.salary?.currency).toBe('CAD');
  });
  it('takes no salary from funding or turnover in the description', () => {
    const x = run(
      board('', '<p>Last year we completed $38 million of work and raised $85 million in funding.</p>'),
      'https://au.jora.example.com/job/1',
    );
    expect(x.posting?.salary ?? null).toBeNull();
  });
  it('a work mode written with the place ("Harrogate (Hybrid)") is the work mode', () => {
    const page = board('').replace('Toowoomba QLD', 'Toowoomba QLD (Hybrid)');
    expect(run(page, 'https://au.jora.example.com/job/1').posting?.workMode).toBe('hybrid');
  });
});
