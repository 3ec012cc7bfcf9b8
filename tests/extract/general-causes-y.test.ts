/** General causes of wrong titles and employers on unseen layouts (issue 10, fieldsy): each rule with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  employerAbovePlace,
  oneRoleHeading,
  PORTAL_PAGE_TITLE,
  titleRow,
} from '../../utils/extract/generic/role-heading';
import { companyFromPage, nameFromCopyright } from '../../utils/extract/generic/company-from-page';
import { withoutDepartments } from '../../utils/extract/generic/place-list';
import { companyBoxName } from '../../utils/extract/generic/company-box';
import { extract } from '../../utils/extract';
import { parseTitle } from '../../utils/extract/generic/title-patterns';

const doc = (html: string, title = '') =>
  parseHTML(`<html><head><title>${title}</title></head><body>${html}</body></html>`).document as unknown as Document;
const texts = (els: Element[]) => els.map((e) => e.textContent?.trim());

describe('the one role heading under a page-name title', () => {
  it('counts a role written twice (a hero heading and the card under it) once, in page order', () => {
    const page = doc(
      '<div class="hero"><h2>Pipe Fitter</h2></div><div class="card"><a href="#"><h4>Pipe Fitter</h4></a>' +
        '<ul><li>Hallam Works Ltd</li></ul></div><h4>Job Description</h4><h4>Company Information</h4>',
    );
    expect(texts(oneRoleHeading(page, 'Job Details'))).toEqual(['Pipe Fitter', 'Pipe Fitter']);
  });

  it('finds none when two headings name different roles, or the role links to another job', () => {
    expect(oneRoleHeading(doc('<h3>Line Cook</h3><h3>Dishwasher Helper</h3>'), 'Jobs')).toEqual([]);
    expect(oneRoleHeading(doc('<h3><a href="/jobs/2">Line Cook</a></h3>'), 'Jobs')).toEqual([]);
  });

  it('reads a title-hooked line beside its requisition id, not the portal banner', () => {
    const page = doc(
      '<div id="top"><span class="header-title">Online Employment Application</span></div>' +
        '<table><tr><td><span class="title">Crossing Guard</span></td><td>JobID: 3310</td></tr></table>',
    );
    expect(texts(oneRoleHeading(page, 'Online Employment Application'))).toEqual(['Crossing Guard']);
    // Without the id, a line with no role word is not taken.
    expect(oneRoleHeading(doc('<span class="title">Crossing Guard</span>'), 'Portal')).toEqual([]);
  });

  it('knows a portal that titles every page with its own name', () => {
    for (const t of [
      'Online Employment Application',
      'Candidate Portal',
      'Employment Opportunities',
      'Vacancy Details',
    ])
      expect(PORTAL_PAGE_TITLE.test(t)).toBe(true);
    for (const t of ['Application Developer', 'Portal Engineer', 'Employment Lawyer'])
      expect(PORTAL_PAGE_TITLE.test(t)).toBe(false);
  });
});

describe('a labelled job-title row', () => {
  it.each([
    ['<table><tr><td><b>Job Title:</b></td><td>Grounds Keeper</td></tr></table>', 'Grounds Keeper'],
    ['<dl><dt>Position Title</dt><dd>Lab Aide</dd></dl>', 'Lab Aide'],
    ['<table><tr><th>Stellenbezeichnung</th><td>Gärtner (m/w/d)</td></tr></table>', 'Gärtner (m/w/d)'],
  ])('%s → %s', (html, title) => expect(titleRow(doc(html))).toBe(title));

  it('is no title row when the label only starts the text or names something else', () => {
    expect(titleRow(doc('<p><b>Job title: Grounds Keeper</b></p><p>x</p>'))).toBeNull();
    expect(titleRow(doc('<table><tr><td>Title IX</td><td>Policy</td></tr></table>'))).toBeNull();
  });
});

describe('the employer right above the place the page labels', () => {
  it('names the line above a labelled place', () => {
    expect(employerAbovePlace(['Hallam Works Ltd', 'Mombasa', 'Negotiable'], ['Mombasa'])).toBe('Hallam Works Ltd');
  });
  it('names nothing when the next line is not that place', () => {
    expect(employerAbovePlace(['Hallam Works Ltd', 'Negotiable'], ['Mombasa'])).toBeNull();
    expect(employerAbovePlace(['Full time', 'Mombasa'], ['Mombasa'])).toBeNull();
  });
});

describe('hosts and headers that name the employer', () => {
  it('reads a logo in a class="header" box on an ATS host without a slug', () => {
    const page = doc('<table class="header"><tr><td><img src="/l.gif" alt="Village of Oakmere"></td></tr></table>');
    expect(companyFromPage(page, new URL('https://clients.njoyn.com/CL4/xweb/XWeb.asp?page=jobdetails')).shown).toBe(
      'Village of Oakmere',
    );
  });
  it('takes the slug of iSolved Hire and AppliTrack as a last resort', () => {
    expect(
      companyFromPage(doc('<p>x</p>'), new URL('https://pinecreekfarms.isolvedhire.com/jobs/1')).slug,
    ).toBeTruthy();
    expect(
      companyFromPage(doc('<p>x</p>'), new URL('https://www.applitrack.com/elmgrovesd/onlineapp/')).slug,
    ).toBeTruthy();
  });
});

describe('a board page titled "Job Details | Board"', () => {
  const page = (title: string) =>
    doc(
      '<div class="logo"><a href="/"><img src="/l.png" alt="JobsNorth"></a></div>' +
        '<div class="hero"><h2>Job Details</h2></div>' +
        '<div class="job-tittle"><a href="#"><h4>Quality Technician</h4></a>' +
        '<ul><li>Ridgeway Plastics Ltd</li><li><i class="fa fa-map-marker"></i>Kisumu</li></ul></div>' +
        '<h4>Job Description</h4><p>We mould crates and buckets. The inspector checks parts on the line.</p>' +
        '<ul><li>Location : <span>Kisumu</span></li><li>Job nature : <span>Full time</span></li></ul>',
      title,
    );

  it('reads the role heading and the employer above the labelled place', () => {
    for (const title of ['Job Details | JobsNorth', 'JobsNorth - Find your next job']) {
      const posting = extract(page(title), 'https://www.jobsnorth.example/job_details/77').posting;
      expect(posting?.title).toBe('Quality Technician');
      expect(posting?.company).toBe('Ridgeway Plastics Ltd');
      expect(posting?.locations).toEqual(['Kisumu']);
    }
  });

  it('keeps a page title whose role part is the role, on the company own site', () => {
    const own = doc(
      '<h2>Bookkeeper</h2><p>Keep our books in order, three days a week.</p>',
      'Bookkeeper - Tallis Tools',
    );
    expect(extract(own, 'https://www.tallistools.example/careers/bookkeeper').posting?.title).toBe('Bookkeeper');
  });
});

describe('a department on the location line is no place', () => {
  it('drops the team beside the town', () => {
    expect(withoutDepartments(['Tucson, Arizona', 'Finance'])).toEqual(['Tucson, Arizona']);
    expect(withoutDepartments(['Leeds', 'Bradford'])).toEqual(['Leeds', 'Bradford']);
    expect(withoutDepartments(['Maintenance'])).toEqual(['Maintenance']);
  });
  it('reads "On-Site • Town, State • Team" as the town', () => {
    const page = doc(
      '<div class="job-preview-header"><span class="job-preview-title"><span>Shop Foreman</span></span>' +
        '<div class="preview-location">On-Site <span>&bull;</span> Yuma, Arizona <span>&bull;</span> Maintenance</div></div>' +
        '<p>Lead the truck shop on the day shift.</p>',
      'Shop Foreman - Gila Freight',
    );
    expect(extract(page, 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/7').posting?.locations).toEqual([
      'Yuma, Arizona',
    ]);
  });
});

describe("a board's Company Information box", () => {
  it('names the employer in its Name row', () => {
    const page = doc(
      '<div class="box"><div class="t"><h4>Company Information</h4></div><ul><li>Name: <span>Tana River Sawmills Ltd</span></li>' +
        '<li>Web : <span>tana.example</span></li></ul></div>',
    );
    expect(companyBoxName(page)).toBe('Tana River Sawmills Ltd');
  });
  it('names nothing without that heading', () => {
    expect(companyBoxName(doc('<div><h4>Contact</h4><p>Name: Jane Otieno</p></div>'))).toBeNull();
  });
});

describe('a page-name h1 over the one job', () => {
  const body =
    '<div class="page-title"><h1>Vacancies</h1></div><div class="entry"><h2>Welder (Full Time)</h2><p>Location: Buxton</p>' +
    '<a href="/apply/3">Apply now</a><h3>About the role</h3><p>Cut, fit and weld steel frames from drawings.</p>' +
    '<h3>Requirements</h3><ul><li>Two years of MIG welding</li></ul></div>';
  it('reads a trade heading under "Vacancies" as the title', () => {
    const posting = extract(doc(body, 'Peak Steel'), 'https://www.peaksteel.example/vacancies/welder').posting;
    expect(posting?.title).toBe('Welder (Full Time)');
  });
  it('keeps a page-name heading when no heading names a role', () => {
    const page = doc(body.replace('Welder (Full Time)', 'Open now'), 'Peak Steel');
    expect(extract(page, 'https://www.peaksteel.example/vacancies/welder').posting?.title).not.toBe('Open now');
  });
});

describe('the heading opens with the title part that is the role', () => {
  it.each([
    ['Welder | Hollins Steel', 'WELDER / FABRICATOR', 'Hollins Steel'],
    ['Hollins Steel | Welder', 'Welder at Hollins Steel', 'Hollins Steel'],
    ['Senior Accountant - Mercer Dairy', 'Senior Accountant (Hybrid)', 'Mercer Dairy'],
  ])('%s under "%s" → %s', (title, heading, company) =>
    expect(parseTitle(title, { knownRole: heading }).company).toBe(company),
  );
  it('reads no employer when the heading goes on with the other part', () => {
    expect(parseTitle('Line Cook - Nights', { knownRole: 'Line Cook - Nights Weekend' }).company).toBeNull();
    expect(parseTitle('Weld | Hollins Steel', { knownRole: 'Welder' }).company).toBeNull();
  });
  it('cuts "at Company" off a heading read as the title', () => {
    const page = doc(
      '<h1>Welder at Hollins Steel</h1><a href="/apply">Apply now</a><h3>About the role</h3>' +
        '<p>Cut, fit and weld steel frames from drawings in our shop.</p><h3>Requirements</h3><ul><li>MIG welding</li></ul>',
      'Hollins Steel | Welder',
    );
    const posting = extract(page, 'https://www.hollinssteel.example/jobs/welder').posting;
    expect([posting?.title, posting?.company]).toEqual(['Welder', 'Hollins Steel']);
  });
});

describe('a © line with the year after the name', () => {
  it.each([
    ['© Fenmoor Joinery Ltd 2026', 'Fenmoor Joinery Ltd'],
    ['Copyright Pell Tools 2024-2026. All rights reserved.', 'Pell Tools'],
    ['© Larkhill Care 2026 | Privacy', 'Larkhill Care'],
    ['© 2026 Larkhill Care', 'Larkhill Care'],
  ])('%s → %s', (line, name) => expect(nameFromCopyright(line)).toBe(name));
});
