/** Issue 10: generic rules found on applicant-tracking layouts (Taleo, Oracle, Avature, …), each on a short page. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { scanPage } from '../../utils/extract/generic/page-scan';
import { readLabelled } from '../../utils/extract/generic/labelled';
import { hiringCompany, readMetaTags } from '../../utils/extract/generic/meta-tags';
import { isPlace, isStreetAddress } from '../../utils/extract/generic/places';
import { parseTitle, roleFromApplyHeading } from '../../utils/extract/generic/title-patterns';
import {
  atsSlug,
  companyFromAboutHeading,
  companyFromPage,
  nameFromCopyright,
} from '../../utils/extract/generic/company-from-page';
import { parseDate } from '../../utils/extract/normalize';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const labelsOf = (html: string) => readLabelled(scanPage(doc(html)).labels).fields;

describe('labels inside a form that wraps the page', () => {
  const taleo = `<html><body><form id="requisitionDescriptionInterface"><h2>Description</h2>
    <div><span class="subtitle">Primary Location</span><span class="subtitle">:</span><span class="text">United States-Minnesota-Rochester</span></div>
    <div><span class="subtitle">Job Posting</span><span class="subtitle">:</span><span class="text">Nov 3, 2026</span></div>
    <div><span class="subtitle">Unposting Date</span><span class="subtitle">:</span><span class="text">Dec 31, 2026</span></div>
    </form></body></html>`;

  it('are read (Taleo and ASP.NET pages sit in one form), with the colon in a span of its own', () => {
    expect(labelsOf(taleo)).toMatchObject({
      locations: ['Rochester, Minnesota, United States'],
      datePosted: '2026-11-03',
      validThrough: '2026-12-31',
    });
  });

  it('an application form (a file input for the CV) stays quiet', () => {
    const form = `<html><body><form><h2>Apply</h2><label>Location</label><span>Berlin</span>
      <input type="file" name="cv"></form></body></html>`;
    expect(labelsOf(form).locations).toBeUndefined();
  });

  it('a form without headings (a search box) stays quiet', () => {
    expect(labelsOf('<html><body><form><span>Location</span><span>Berlin</span></form></body></html>')).toEqual({});
  });
});

describe('labels and dates of ATS detail pages', () => {
  it('"Posted since" with a day-month-year date joined by hyphens (Avature)', () => {
    const html = `<html><body><div class="field"><div class="label">Posted since</div><div class="value">10-Nov-2026</div></div></body></html>`;
    expect(labelsOf(html).datePosted).toBe('2026-11-10');
  });

  it('parses "10-Nov-2026" and "3-March-2026" but not a requisition id', () => {
    expect(parseDate('10-Nov-2026')).toBe('2026-11-10');
    expect(parseDate('3-March-2026')).toBe('2026-03-03');
    expect(parseDate('REQ-10-ABC-2026')).toBeNull();
  });
});

describe('page titles with the page name and a requisition number', () => {
  const titleOf = (t: string) =>
    readMetaTags(doc(`<html><head><title>${t}</title></head><body></body></html>`)).fields.title;

  it('"Job Description - Role (2604417)" → Role', () => {
    expect(titleOf('Job Description - Surgical Technologist - Day Shift (2604417)')).toBe(
      'Surgical Technologist - Day Shift',
    );
    expect(titleOf('Job Details: Process Engineer (R-20418)')).toBe('Process Engineer');
  });

  it('keeps brackets that are part of the role', () => {
    expect(titleOf('Disponent Nahverkehr (m/w/d)')).toBe('Disponent Nahverkehr (m/w/d)');
    expect(titleOf('Commercial terrain (H/F)')).toBe('Commercial terrain (H/F)');
    expect(titleOf('Engineer (Level 2)')).toBe('Engineer (Level 2)');
  });
});

describe('company on more ATS hosts', () => {
  it('reads the slug of Pinpoint, Taleo, Avature, Eightfold, Rippling, Dover and Gem URLs', () => {
    const slug = (u: string) => atsSlug(new URL(u));
    expect(slug('https://ravensworth.pinpointhq.com/en/postings/1')).toBe('ravensworth');
    expect(slug('https://ferncliff.taleo.net/careersection/2/jobdetail.ftl?job=1')).toBe('ferncliff');
    expect(slug('https://corvina.avature.net/careers/JobDetail/x/1')).toBe('corvina');
    expect(slug('https://brantwood.eightfold.ai/careers?pid=1')).toBe('brantwood');
    expect(slug('https://ats.rippling.com/saltmarsh/jobs/1')).toBe('saltmarsh');
    expect(slug('https://app.dover.com/apply/fieldnote/1')).toBe('fieldnote');
    expect(slug('https://jobs.gem.com/lattice/1')).toBe('lattice');
  });

  it('on an ATS host whose URL names no company (Oracle Recruiting), the logo names the employer', () => {
    const page = doc(
      `<html><body><div class="app-header__logo"><img src="l.png" alt="Halden Water"></div><h1>Operator</h1></body></html>`,
    );
    const url = new URL('https://eqzb.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_2/job/4815');
    expect(companyFromPage(page, url)).toMatchObject({ shown: 'Halden Water', slug: null });
    // The same page on a job board's host names nobody.
    expect(companyFromPage(page, new URL('https://www.indeed.com/viewjob?jk=1')).shown).toBeNull();
  });

  it("on the employer's own site, a hyphenated host names words of the logo's name", () => {
    const page = doc(
      `<html><body><header><img src="l.png" alt="Marrow &amp; Finch Joinery Ltd"></header></body></html>`,
    );
    expect(companyFromPage(page, new URL('https://www.marrow-joinery.co.uk/jobs/1')).shown).toBe(
      'Marrow & Finch Joinery Ltd',
    );
    // A part the name does not hold ("carpentry") names someone else's site.
    expect(companyFromPage(page, new URL('https://www.marrow-carpentry.co.uk/jobs/1')).shown).toBeNull();
  });

  it('a logo in an element whose id says header', () => {
    const page = doc(`<html><body><div id="PageHeader"><img src="l.gif" alt="Ferncliff Health"></div></body></html>`);
    expect(companyFromPage(page, new URL('https://ferncliff.taleo.net/careersection/2/jobdetail.ftl')).shown).toBe(
      'Ferncliff Health',
    );
  });

  it('"Copyright © 2026 X. All rights reserved."', () => {
    expect(nameFromCopyright('Copyright © 2026 Ferncliff Health System. All rights reserved.')).toBe(
      'Ferncliff Health System',
    );
    expect(nameFromCopyright('Copyright 2026 Ferncliff Health System')).toBe('Ferncliff Health System');
  });
});

describe('a labelled street address and the place under the title', () => {
  it('tells a street address from a place', () => {
    expect(isStreetAddress('4200 Bear Creek Rd, Lakewood, CO, 80227, US')).toBe(true);
    expect(isStreetAddress('12b Rue de la Paix, Paris')).toBe(true);
    expect(isStreetAddress('Lakewood, CO, United States')).toBe(false);
    expect(isStreetAddress('2 Locations')).toBe(false);
  });

  const page = (subtitle: string) =>
    extract(
      doc(`<html><head><title>Operator</title></head><body><h1>Water Treatment Operator</h1>
        ${subtitle}
        <ul><li><span class="t">Locations</span><span class="v">4200 Bear Creek Rd, Lakewood, CO, 80227, US</span></li></ul>
        <h2>Responsibilities</h2><ul><li>Monitor filtration and chemical feed</li></ul><a href="/apply">Apply now</a></body></html>`),
      'https://www.example.org/jobs/4815',
      { now: null },
    );

  it('the place the header line shows wins over a labelled street address', () => {
    expect(page('<div class="subtitle">Lakewood, CO, United States</div>').posting?.locations).toEqual([
      'Lakewood, CO, United States',
    ]);
  });

  it('without a place in the header the street address is kept', () => {
    expect(page('').posting?.locations).toEqual(['4200 Bear Creek Rd, Lakewood, CO, 80227, US']);
  });
});

describe('place codes of ATSs', () => {
  it('"US-TN-Knoxville" (iCIMS) and "United States-Minnesota-Rochester" (Taleo) are places', () => {
    for (const place of ['US-TN-Knoxville', 'CA-ON-Toronto', 'United States-Minnesota-Rochester', 'Germany-Berlin'])
      expect(isPlace(place), place).toBe(true);
  });

  it('hyphenated words that are not places stay out', () => {
    for (const text of ['Full-Time', 'HR-Payroll', 'Data-Analytics', 'Finance - Payroll', 'US-Remote-first team'])
      expect(isPlace(text), text).toBe(false);
  });
});

describe('"Company is hiring Role" phrases', () => {
  it('in a title, confirmed by the heading: "Company hiring Role in Place", "Role job at Company in Place"', () => {
    const known = { knownRole: 'Senior Analyst' };
    expect(parseTitle('Brookvale Capital hiring Senior Analyst in Denver, CO | LinkedIn', known)).toEqual({
      role: 'Senior Analyst',
      company: 'Brookvale Capital',
      place: 'Denver, CO',
    });
    expect(parseTitle('Senior Analyst job at Brookvale Capital | Hatch', known).company).toBe('Brookvale Capital');
  });

  it('an apply tab\'s own name in the title is never the company ("Postuler - Barista - Moss Café")', () => {
    expect(parseTitle('Postuler - Barista - Moss Café', { knownRole: 'Barista' }).company).toBe('Moss Café');
    expect(parseTitle('Jetzt bewerben | Barista (m/w/d) | Moss Kaffee', { knownRole: 'Barista (m/w/d)' }).company).toBe(
      'Moss Kaffee',
    );
    expect(parseTitle('Solicitud - Barista - Café Musgo', { knownRole: 'Barista' }).company).toBe('Café Musgo');
  });

  it('never without the heading, nor for "We are hiring"', () => {
    expect(parseTitle('Assistant to the Hiring Manager').company).toBeNull();
    expect(parseTitle('We are hiring a Barista', { knownRole: 'Barista' }).company).not.toBe('We are');
  });

  it('in the page description, only when the role is the page title', () => {
    expect(hiringCompany('Halden Water is hiring a Water Treatment Operator II.', 'Water Treatment Operator II')).toBe(
      'Halden Water',
    );
    expect(hiringCompany('Halden Water is hiring a Water Treatment Operator II.', 'Chemist')).toBeNull();
    expect(hiringCompany('We is hiring a Chemist', 'Chemist')).toBeNull();
    expect(hiringCompany('Our team is hiring a Chemist', 'Chemist')).toBeNull();
  });

  it('gives the company of a page that names it nowhere else', () => {
    const page = doc(`<html><head><title>Senior Analyst</title>
      <meta property="og:description" content="Brookvale Capital is hiring a Senior Analyst in Denver, CO."></head>
      <body><h1>Senior Analyst</h1><p>Denver, CO</p><h2>Responsibilities</h2><ul><li>Build models</li></ul>
      <h2>Requirements</h2><ul><li>3 years of SQL</li></ul><a href="/apply">Apply now</a></body></html>`);
    expect(extract(page, 'https://jobs.example-ats.io/p/8812', { now: null }).posting?.company).toBe(
      'Brookvale Capital',
    );
  });
});

describe('places as ATS headers write them', () => {
  it('a work mode before the place, alternatives, postcodes', () => {
    for (const place of [
      'Hybrid - Lisbon',
      'On-site – Houston, TX',
      'New York, NY or Remote',
      'Berlin, Germany; Munich, Germany',
      'North Sydney NSW 2060',
      'Bendigo VIC 3550',
      'Leeds LS1 4AP',
      '75008 Paris',
    ])
      expect(isPlace(place), place).toBe(true);
  });

  it('departments, companies and counts stay out', () => {
    for (const text of [
      'Hybrid - Engineering',
      'Senior Engineer or Staff Engineer',
      'Engineering; Product',
      'Marketing or Sales',
      'Acme 2000',
      'Acme SA',
      'Boston Dynamics',
      'Studio 54',
      'Over 200 applicants',
    ])
      expect(isPlace(text), text).toBe(false);
  });
});

describe("the employer on a company's own site and in an About section", () => {
  const site = (alt: string) =>
    doc(
      `<html><body><header><a href="/"><img src="l.png" alt="${alt}"></a></header><h1>Site Engineer</h1></body></html>`,
    );

  it("a host made of the name's initials, with a second-level suffix (hgv.co.uk)", () => {
    expect(companyFromPage(site('Harbour Green Ventures'), new URL('https://www.hgv.co.uk/careers/x')).shown).toBe(
      'Harbour Green Ventures',
    );
    expect(companyFromPage(site('Acme Robotics'), new URL('https://acme.com.au/careers/x')).shown).toBe(
      'Acme Robotics',
    );
    // A logo that is not the host's stays out (an ad, a partner).
    expect(companyFromPage(site('Bright Path Media'), new URL('https://www.hgv.co.uk/careers/x')).shown).toBeNull();
  });

  it('"About X" headings in several languages; never "About us", "About the role"', () => {
    expect(companyFromAboutHeading('About Harbour Green Ventures')).toBe('Harbour Green Ventures');
    expect(companyFromAboutHeading('Über Kessler Bau')).toBe('Kessler Bau');
    expect(companyFromAboutHeading('À propos de Maison Ardoise')).toBe('Maison Ardoise');
    expect(companyFromAboutHeading('Om Granskog Bygghandel')).toBe('Granskog Bygghandel');
    for (const heading of ['About us', 'About the role', 'About You', 'Über uns', 'À propos du poste', 'Om rollen'])
      expect(companyFromAboutHeading(heading), heading).toBeNull();
  });

  it('an About heading names the employer when nothing else on the page does', () => {
    const page = doc(`<html><head><title>Site Engineer</title></head><body><h1>Site Engineer</h1><p>Cardiff, Wales</p>
      <h3>About Harbour Green Ventures</h3><p>We build wind farms.</p><h2>What you'll do</h2><ul><li>Plan the work</li></ul>
      <h2>What you bring</h2><ul><li>3 years on site</li></ul><a href="/apply">Apply now</a></body></html>`);
    const posting = extract(page, 'https://www.example.org/jobs/site-engineer', { now: null }).posting;
    expect(posting?.company).toBe('Harbour Green Ventures');
  });
});

describe('text that linkedom splits at entities', () => {
  it('a "Label: value" line with an entity in the value is read whole', () => {
    const html = `<html><body><p>Company: Marsh &amp; Finch Ltd</p><p>Salary: &pound;30,000 &ndash; &pound;35,000 per year</p>
      <p><b>Location:</b> St Helier&#44; Jersey</p></body></html>`;
    expect(scanPage(doc(html)).labels.map((l) => l.value)).toEqual([
      'Marsh & Finch Ltd',
      '£30,000 – £35,000 per year',
      'St Helier, Jersey',
    ]);
  });

  it('a header line of spans keeps "Ferrous &amp; Finch" as one part', () => {
    const page = doc(`<html><head><title>Dispatch Coordinator</title></head><body><h1>Dispatch Coordinator</h1>
      <div class="top"><span>Ferrous &amp; Finch Hauling</span><span>Tulsa, OK</span><span>2 days ago</span></div>
      <h2>What the job is</h2><ul><li>Plan loads</li></ul><h2>Who we are looking for</h2><ul><li>Two years of dispatch</li></ul>
      <a href="/apply">Apply now</a></body></html>`);
    const posting = extract(page, 'https://www.example.org/jobs/dispatch-coordinator', { now: null }).posting;
    expect(posting?.company).toBe('Ferrous & Finch Hauling');
    expect(posting?.locations).toEqual(['Tulsa, OK']);
  });
});

describe('labels ATS detail pages use', () => {
  it('iCIMS, Workday, Oracle and Avature rows', () => {
    const html = `<html><body><dl>
      <dt>Job Locations</dt><dd>US-OH-Dayton</dd>
      <dt>Posted Date</dt><dd>11/03/2026</dd>
      <dt>Job Close Date</dt><dd>12/15/2026</dd>
      <dt>Hiring Range</dt><dd>$31.20 - $38.90 hourly</dd>
      <dt>Time Type</dt><dd>Part time</dd>
      </dl></body></html>`;
    const fields = labelsOf(html);
    expect(fields).toMatchObject({
      locations: ['US-OH-Dayton'],
      datePosted: '2026-11-03',
      validThrough: '2026-12-15',
      employmentType: 'PART_TIME',
    });
    expect(fields.salary).toMatchObject({ min: 31.2, max: 38.9, period: 'hour' });
  });
});

describe("a careers site's banner h1", () => {
  const page = (roles: string[]) =>
    doc(`<html><head><title>Tallowmere Foods Careers</title></head><body><header><h1>Tallowmere Foods Careers</h1></header>
      <main>${roles.map((r) => `<h2>${r}</h2><p>Fresno, CA · Full-time</p>`).join('')}
      <h3>Responsibilities</h3><ul><li>Test samples</li></ul><h3>Qualifications</h3><ul><li>3 years</li></ul>
      <a href="/apply">Apply for this job</a></main></body></html>`);

  it('the one heading below that names a role is the job', () => {
    const posting = extract(page(['Quality Assurance Technician']), 'https://careers.tallowmere.com/jobs/1182', {
      now: null,
    }).posting;
    expect(posting?.title).toBe('Quality Assurance Technician');
    expect(posting?.company).toBe('Tallowmere Foods');
  });

  it('several role headings (a careers index) do not make a job title', () => {
    const result = extract(
      page(['Quality Assurance Technician', 'Line Supervisor', 'Maintenance Mechanic']),
      'https://careers.tallowmere.com/jobs',
      { now: null },
    );
    expect(result.posting?.title).not.toBe('Quality Assurance Technician');
  });
});

describe("an apply form's heading", () => {
  it('names the role after its apply lead, in several languages', () => {
    expect(roleFromApplyHeading('Apply for Barista')).toBe('Barista');
    expect(roleFromApplyHeading('Postuler : Barista')).toBe('Barista');
    expect(roleFromApplyHeading('Bewerbung als Koch (m/w/d)')).toBe('Koch (m/w/d)');
    expect(roleFromApplyHeading('Application for Senior Engineer at Scale AI')).toBe('Senior Engineer');
    expect(roleFromApplyHeading('Solliciteren: Servicemonteur')).toBe('Servicemonteur');
  });

  it('leaves roles and generic phrases alone', () => {
    for (const heading of [
      'Candidature spontanée',
      'Application Support Engineer',
      'Applications Engineer',
      'Apply Chemistry Lab Technician',
      'Solicitud de empleo',
      'Apply for this job',
    ])
      expect(roleFromApplyHeading(heading), heading).toBeNull();
  });

  it('an apply page titled "Apply for Role" is read as the role', () => {
    const page = doc(`<html><head><title>Moss Coffee</title></head><body><h1>Apply for Barista</h1><p>Bend, OR</p>
      <form><label>Name</label><input name="name"><label>Resume</label><input type="file" name="resume"></form></body></html>`);
    const result = extract(page, 'https://moss.pinpointhq.com/en/postings/1/applications/new', { now: null });
    expect(result.posting?.title).toBe('Barista');
  });
});

describe('header lines under the title, more shapes', () => {
  const read = (block: string) => {
    const page =
      doc(`<html><head><title>Full-Charge Bookkeeper</title></head><body><h1>Full-Charge Bookkeeper</h1>${block}
      <h2>Responsibilities</h2><ul><li>Keep the books</li></ul><h2>Requirements</h2><ul><li>4 years</li></ul>
      <a href="/apply">Apply now</a></body></html>`);
    const posting = extract(page, 'https://jobs.someboard.example/job/123', { now: null }).posting;
    return [posting?.company ?? null, posting?.locations ?? []];
  };

  it('dashes, "at Company in Place", icons, the employer alone above the place', () => {
    const want = ['Quarry Lane Farms', ['Columbus, OH']];
    expect(read('<p>Quarry Lane Farms — Columbus, OH — Part-time</p>')).toEqual(want);
    expect(read('<p>at Quarry Lane Farms in Columbus, OH</p>')).toEqual(want);
    expect(read('<p>Quarry Lane Farms</p><p>Columbus, OH (On-site)</p>')).toEqual(want);
    expect(read('<ul><li>Quarry Lane Farms</li><li>Columbus, OH</li></ul>')).toEqual(want);
    expect(read('<p>📍 Columbus, OH · 🕒 Part-time</p>')).toEqual([null, ['Columbus, OH']]);
    expect(read('<p>Remote - EMEA</p>')).toEqual([null, ['Remote - EMEA']]);
  });

  it('a team, a badge or a reference number above the place is not the employer', () => {
    expect(read('<p>Clinical Team - Columbus, OH</p>')[0]).toBeNull();
    expect(read('<p>Req #4410</p><p>Columbus, OH</p>')[0]).toBeNull();
    expect(read('<p>New</p><p>Columbus, OH</p>')[0]).toBeNull();
    expect(read('<p>Finance</p><p>Columbus, OH</p>')[0]).toBeNull();
  });
});
