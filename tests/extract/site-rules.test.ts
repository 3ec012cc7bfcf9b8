/**
 * Each site rule on a page written in that site's layout (tests/fixtures/pages/150-174), and every
 * rule's example URLs picking that rule. What each page must give is stated here, field by field,
 * independently of the fixture report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { readDescription } from '../../utils/extract/generic/readability';
import { SITE_RULES, findSiteRule } from '../../utils/extract/sites';
import { PAGES_DIR } from './fixtures';
import { SITE_EXAMPLES } from './site-examples';

const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'page-urls.json'), 'utf8')) as Record<string, string>;

function run(file: string, url = urls[file]!) {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, file), 'utf8'));
  return extract(document as unknown as Document, url, { now: null, readability: readDescription });
}

interface Case {
  file: string;
  site: string;
  title: string;
  company: string;
  locations?: string[];
  salary?: { min: number; max: number; currency: string; period: string };
  employmentType?: string;
  /** An application form: its fields must not become the description. */
  form?: boolean;
}

const CASES: Case[] = [
  {
    file: '150-seek-bluegum-civil-site-engineer.html',
    site: 'seek',
    title: 'Civil Site Engineer',
    company: 'Bluegum Civil Contracting',
    locations: ['Newcastle, Newcastle, Maitland & Hunter NSW'],
    salary: { min: 110000, max: 125000, currency: 'AUD', period: 'year' },
    employmentType: 'FULL_TIME',
  },
  {
    file: '151-teamtailor-nordlys-data-engineer.html',
    site: 'teamtailor',
    title: 'Data Engineer',
    company: 'Nordlys Energi',
    locations: ['Tromsø'],
  },
  {
    file: '152-personio-kessler-bauleiter-tiefbau.html',
    site: 'personio',
    title: 'Bauleiter (m/w/d) Tiefbau',
    company: 'Kessler Bau GmbH',
    locations: ['Augsburg'],
    employmentType: 'FULL_TIME',
  },
  {
    file: '153-breezy-tallgrass-field-service-technician.html',
    site: 'breezy',
    title: 'Field Service Technician',
    company: 'Tallgrass Robotics',
    locations: ['Salina, KS'],
    salary: { min: 26, max: 32, currency: 'USD', period: 'hour' },
    employmentType: 'FULL_TIME',
  },
  {
    file: '154-recruitee-veldhuis-planner-binnenvaart.html',
    site: 'recruitee',
    title: 'Planner Binnenvaart',
    company: 'Veldhuis Logistiek',
    locations: ['Rotterdam, Zuid-Holland, Nederland'],
    employmentType: 'FULL_TIME',
  },
  {
    file: '155-jobvite-harrow-senior-data-scientist.html',
    site: 'jobvite',
    title: 'Senior Data Scientist, Pricing',
    company: 'Harrow Analytics',
    locations: ['Leeds, England'],
  },
  {
    file: '156-icims-oakridge-patient-access-representative.html',
    site: 'icims',
    title: 'Patient Access Representative',
    company: 'Oakridge Medical Group',
    locations: ['US-TN-Knoxville'],
    employmentType: 'FULL_TIME',
  },
  {
    file: '157-bamboohr-larkspur-dental-hygienist.html',
    site: 'bamboohr',
    title: 'Dental Hygienist',
    company: 'Larkspur Family Dental',
    locations: ['Boise, Idaho'],
    salary: { min: 45, max: 52, currency: 'USD', period: 'hour' },
    employmentType: 'FULL_TIME',
  },
  {
    file: '158-indeed-pane-tidewater-line-cook.html',
    site: 'indeed',
    title: 'Line Cook',
    company: 'Tidewater Taproom',
    locations: ['Halifax, NS B3J 1S9'],
    employmentType: 'FULL_TIME',
  },
  {
    file: '159-workday-fernhill-payroll-specialist.html',
    site: 'workday',
    title: 'Payroll Specialist',
    company: 'Fernhill Foods',
    locations: ['Leeds'],
    employmentType: 'FULL_TIME',
  },
  {
    file: '160-lever-apply-quillmark-product-designer.html',
    site: 'lever',
    title: 'Product Designer',
    company: 'Quillmark',
    locations: ['Lisbon'],
    employmentType: 'FULL_TIME',
    form: true,
  },
  {
    file: '161-greenhouse-jobapp-brackenridge-security-engineer.html',
    site: 'greenhouse',
    title: 'Security Engineer, Detection & Response',
    company: 'Brackenridge Systems',
    locations: ['Remote (Canada)'],
    form: true,
  },
  {
    file: '162-workable-apply-solent-marine-technician.html',
    site: 'workable',
    title: 'Marine Electronics Technician',
    company: 'Solent Boatworks',
    locations: ['Southampton, England, United Kingdom'],
    employmentType: 'FULL_TIME',
    form: true,
  },
  {
    file: '163-ashby-application-lumen-ml-engineer.html',
    site: 'ashby',
    title: 'Machine Learning Engineer, Retrieval',
    company: 'Lumenfold',
    locations: ['Amsterdam'],
    salary: { min: 95000, max: 125000, currency: 'EUR', period: 'year' },
    employmentType: 'FULL_TIME',
    form: true,
  },
  {
    file: '164-teamtailor-apply-vinterhav-ux-writer.html',
    site: 'teamtailor',
    title: 'UX Writer',
    company: 'Vinterhav',
    form: true,
  },
  {
    file: '165-personio-apply-fjordlab-werkstudent-marketing.html',
    site: 'personio',
    title: 'Working Student Marketing (f/m/d)',
    company: 'Fjordlab GmbH',
    locations: ['Hamburg'],
    employmentType: 'PART_TIME',
    form: true,
  },
  {
    file: '166-smartrecruiters-oneclick-brightwater-night-auditor.html',
    site: 'smartrecruiters',
    title: 'Night Auditor',
    company: 'Brightwater Hotels',
    locations: ['Galway, County Galway, Ireland'],
    employmentType: 'FULL_TIME',
    form: true,
  },
  {
    file: '167-workday-apply-calder-water-process-engineer.html',
    site: 'workday',
    title: 'Process Engineer',
    company: 'Calder Valley Water',
    form: true,
  },
  {
    file: '168-breezy-apply-tallgrass-support-engineer.html',
    site: 'breezy',
    title: 'Robotics Support Engineer',
    company: 'Tallgrass Robotics',
    locations: ['Lincoln, NE'],
    employmentType: 'FULL_TIME',
    form: true,
  },
];

describe('site rules on pages in their layout', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const r = run(file);
    expect(r.isJobPosting, r.reasons.join(' | ')).toBe(true);
    const p = r.posting!;
    expect(p.title).toBe(c.title);
    expect(p.company).toBe(c.company);
    expect(p.provenance.title).toBe(`site:${c.site}`);
    expect(p.provenance.company).toBe(`site:${c.site}`);
    if (c.locations) expect(p.locations).toEqual(c.locations);
    if (c.salary) expect(p.salary).toMatchObject(c.salary);
    if (c.employmentType) expect(p.employmentType).toBe(c.employmentType);
    // The first reason says, in words, which site and what kind of page it is.
    expect(r.reasons[0]).toMatch(c.form ? /^The application form for a job on / : /^A job (ad )?(on|open beside) /);
    if (c.form) expect(p.descriptionText).toBe('');
  });

  it('a list or search page of a site is not a posting, and says so in words', () => {
    const { document } = parseHTML(
      '<html><head><title>Jobs</title></head><body><h1>Open positions</h1><ul><li class="position"><a href="/p/1-a">A</a></li><li class="position"><a href="/p/2-b">B</a></li></ul></body></html>',
    );
    for (const url of [
      'https://tallgrass-robotics.breezy.hr/',
      'https://veldhuis-logistiek.recruitee.com/',
      'https://www.seek.com.au/cook-jobs/in-All-Sydney-NSW',
    ]) {
      const r = extract(document as unknown as Document, url, { now: null });
      expect(r.isJobPosting, url).toBe(false);
      expect(r.verdict, url).toBe('not-posting');
      expect(
        ['This page lists several jobs. Open one of them to read it.', 'This page does not show one job posting.'],
        url,
      ).toContain(r.reasons[0]);
      expect(r.reasons[1], url).toMatch(/^(This (is|looks like) a list|No job is open)/);
    }
  });
});

describe('a job URL whose markup a rule no longer knows', () => {
  it('is not refused by the rule: the page itself decides', () => {
    // A redesigned job page: none of the rule's selectors match, but it is plainly one job.
    const html = `<html><head><title>Store Manager | Acme Careers</title></head><body><main><h1>Store Manager</h1>
      <p>Springfield · Full-time</p><h2>Responsibilities</h2><ul><li>Run the store</li></ul><h2>Requirements</h2><ul><li>Retail experience</li></ul>
      <h2>Benefits</h2><ul><li>Discounts</li></ul><a href="/apply">Apply now</a></main></body></html>`;
    const { document } = parseHTML(html);
    for (const url of [
      'https://acme.teamtailor.com/jobs/123456-store-manager',
      'https://acme.jobs.personio.de/job/123456',
      'https://acme.breezy.hr/p/abc123-store-manager',
      'https://acme.recruitee.com/o/store-manager',
      'https://jobs.jobvite.com/acme/job/oAbc123',
      'https://careers-acme.icims.com/jobs/1234/store-manager/job',
      'https://acme.bamboohr.com/careers/12',
      'https://www.seek.com.au/job/81234567',
      'https://acme.wd1.myworkdayjobs.com/en-US/Careers/job/Springfield/Store-Manager_R1',
      'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b',
      'https://www.linkedin.com/jobs/view/4012345678/',
      'https://www.glassdoor.com/job-listing/store-manager-acme-JV_IC1.htm?jl=1009',
      'https://www.stepstone.de/stellenangebote--Store-Manager-Springfield-Acme--1234567-inline.html',
      'https://jobs.smartrecruiters.com/Acme/744000012345678-store-manager',
      'https://job-boards.greenhouse.io/acme/jobs/4012345',
    ]) {
      const r = extract(document as unknown as Document, url, { now: null });
      expect(r.isJobPosting, `${url}: ${r.reasons.join(' | ')}`).toBe(true);
      expect(r.posting?.title).toBe('Store Manager');
    }
  });
});

describe('layout variants other tools read', () => {
  it("Jobvite: the meta line's requisition number is not a place; a place over two lines is one", () => {
    const html = `<html><head><title>Acme Careers - Accountant</title></head><body><article class="jv-page-body"><h2 class="jv-header">Accountant</h2>
  <p class="jv-job-detail-meta">
        Accounting &amp; Finance
        <span class="jv-inline-separator"></span>
        Bangalore,
        India
        <span class="jv-inline-separator"></span>Req.Num.: 32001
      </p><div class="jv-job-detail-description"><p>Do the books, we need someone very good at this.</p></div></article></body></html>`;
    const r = extract(parseHTML(html).document as unknown as Document, 'https://jobs.jobvite.com/acme/job/oABC123', {
      now: null,
    });
    expect(r.posting?.locations).toEqual(['Bangalore, India']);
  });
  it('Jobvite: a job page that lists related jobs under its description is still one posting', () => {
    const html = `<html><head><title>Careers - Dispatcher</title></head><body class="jv-page"><div class="jv-page-body">
  <div class="jv-job-detail-top"><h2 class="jv-header">Dispatcher</h2></div>
  <div class="jv-job-detail-description"><h3>What you will do</h3><ul><li>Plan the routes of twelve vans</li></ul>
  <h3>What you bring</h3><ul><li>Two years in dispatch</li></ul></div>
  <a class="jv-button-apply" href="https://jobs.jobvite.com/acme/job/oXyz/apply">Apply</a>
  <table class="jv-job-list"><tr><td><a href="/acme/job/o1">Driver</a></td></tr><tr><td><a href="/acme/job/o2">Warehouse Lead</a></td></tr></table>
  </div></body></html>`;
    const r = extract(parseHTML(html).document as unknown as Document, 'https://jobs.jobvite.com/acme/job/oXyz', {
      now: null,
    });
    expect(r.isJobPosting, r.reasons.join(' | ')).toBe(true);
    expect(r.posting?.title).toBe('Dispatcher');
    const list = `<html><body class="jv-page"><div class="jv-page-body"><h2 class="jv-header">Open positions</h2>
  <table class="jv-job-list"><tr><td><a href="/acme/job/o1">Driver</a></td></tr><tr><td><a href="/acme/job/o2">Warehouse Lead</a></td></tr></table></div></body></html>`;
    const listed = extract(parseHTML(list).document as unknown as Document, 'https://jobs.jobvite.com/acme/jobs', {
      now: null,
    });
    expect(listed.isJobPosting).toBe(false);
  });
  it('Teamtailor: the title in h1.font-company-header, the place from the line above it', () => {
    const html = `<html><head><title>Lab Technician - Acme</title></head><body><div class="relative" data-variabletextwrapper="">
  <div class="mb-32 uppercase"><span>Quality &amp; Regulatory Affairs</span><span>·</span><span>Landskrona</span></div>
  <h1 class="font-company-header"><span class="textFitted">Lab &amp; Quality Technician</span></h1></div><div class="prose"><p>Work in the lab.</p></div></body></html>`;
    const r = extract(parseHTML(html).document as unknown as Document, 'https://acme.teamtailor.com/jobs/123-lab', {
      now: null,
    });
    expect(r.posting?.title).toBe('Lab & Quality Technician');
    expect(r.posting?.locations).toEqual(['Landskrona']);
  });
});

describe('site rule example URLs', () => {
  const empty = parseHTML('<html><body></body></html>').document as unknown as Document;
  const examples = Object.entries(SITE_EXAMPLES).flatMap(([id, urls]) => urls.map((url) => [url, id] as const));

  it('every rule has example URLs, and every example names a registered rule', () => {
    const ids = new Set(SITE_RULES.map((r) => r.id));
    for (const id of Object.keys(SITE_EXAMPLES)) expect(ids.has(id), id).toBe(true);
    const withExamples = new Set(Object.keys(SITE_EXAMPLES).filter((id) => SITE_EXAMPLES[id]!.length));
    for (const id of ids) expect(withExamples.has(id), id).toBe(true);
  });

  it.each(examples)('%s → %s', (url, id) => {
    expect(findSiteRule(new URL(url), empty)?.id).toBe(id);
  });
});
