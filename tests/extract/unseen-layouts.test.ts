/**
 * Generic rules found on layouts the corpus had not seen (pages 300–349): each on a short page
 * written for it, so a rule cannot pass by matching one fixture.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { settleUnsure, type Detection } from '../../utils/extract/detect';
import { companyFromPage, nameFromLogoAlt } from '../../utils/extract/generic/company-from-page';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { readLabelled } from '../../utils/extract/generic/labelled';
import { scanPage } from '../../utils/extract/generic/page-scan';
import { readListingSigns } from '../../utils/extract/generic/listing-signs';
import { readFactLine } from '../../utils/extract/generic/meta-tags';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const labelled = (body: string) =>
  readLabelled(scanPage(doc(`<html lang="en"><body>${body}</body></html>`)).labels).fields;
const attributes = (body: string) => readAttributes(scanPage(doc(`<html><body>${body}</body></html>`)).attributes);

describe('labelled values on new layouts', () => {
  it('"Posted 3 May 2026 by <a>Company</a>" names the advertiser', () => {
    expect(
      labelled('<div class="posted">Posted <span>3 May 2026</span> by <a href="/co/x">Millbrook Dairies</a></div>'),
    ).toMatchObject({ company: 'Millbrook Dairies', datePosted: '2026-05-03' });
  });
  it("a blog author's byline is not the employer", () => {
    expect(
      labelled(
        '<div class="entry-meta">Posted on <time>3 May 2026</time> / By <span class="author-name">Jo Ng</span></div>',
      ).company,
    ).toBeUndefined();
  });
  it('an open–close pair gives both dates', () => {
    expect(
      labelled('<div><h5>Open &amp; closing dates</h5><p><span>04/01/2026</span> to <span>04/15/2026</span></p></div>'),
    ).toMatchObject({ datePosted: '2026-04-01', validThrough: '2026-04-15' });
  });
  it('a lead-in ending in a colon is not the value; the list after it is read by its attributes', () => {
    const body =
      '<div><h5>Location</h5><p><a href="#l">2 vacancies in the following locations:</a></p><ul><li><span class="job-locations__city">Reno, NV</span></li></ul></div>';
    expect(labelled(body).locations).toBeUndefined();
    expect(attributes(body).locations).toEqual(['Reno, NV']);
  });
});

describe('telling attributes on new layouts', () => {
  it('a plain hook (data-testid="company") counts even when the class beside it is chrome', () => {
    expect(attributes('<h2 class="HeaderStyle__CompanyName" data-testid="company">Kettle Freight</h2>').company).toBe(
      'Kettle Freight',
    );
  });
  it('a government agency is the employer', () => {
    expect(attributes('<h4 class="joa-banner__agency">Office of Coastal Surveys</h4>').company).toBe(
      'Office of Coastal Surveys',
    );
  });
  it('a logo named "USAJOBS" is a name of its own, while "Acme jobs" is Acme', () => {
    expect(nameFromLogoAlt('USAJOBS')).toBe('USAJOBS');
    expect(nameFromLogoAlt('Acme jobs')).toBe('Acme');
  });
});

describe('unsure pages that are plainly something else', () => {
  const unsure: Detection = {
    isJobPosting: false,
    verdict: 'unsure',
    confidence: 0.3,
    reasons: ['Jobshelf found few signs of a single job posting here.', "This doesn't look like a single job posting"],
  };
  const page = { roleTitle: false, applyFound: false, applyForm: false };
  const signs = (body: string) => () => readListingSigns(doc(`<html><body>${body}</body></html>`));
  it('a careers index: several links named like roles', () => {
    const body =
      '<h1>Work with us</h1><h2>Current vacancies</h2><a href="/a">Delivery Driver</a><a href="/b">Bar Staff (weekends)</a><a href="/c">Head of Brewing</a>';
    expect(settleUnsure(unsure, signs(body), page)).toMatchObject({
      verdict: 'not-posting',
      reasons: ['This page lists several jobs. Open one of them to read it.'],
    });
  });
  it('a results heading', () => {
    expect(settleUnsure(unsure, signs('<h2>Showing 1 - 10 of 38 jobs</h2>'), page).verdict).toBe('not-posting');
  });
  it('an event: a Register control and no way to apply', () => {
    expect(
      settleUnsure(unsure, signs('<h1>Spring Careers Fair</h1><a href="/r">Register now</a>'), page).reasons[0],
    ).toBe('This looks like an event page, not a job posting.');
  });
  it('stays unsure with a role title or an apply control, and never touches a posting', () => {
    const body = '<a href="/a">Delivery Driver</a><a href="/b">Bar Staff</a><a href="/c">Head of Brewing</a>';
    expect(settleUnsure(unsure, signs(body), { ...page, roleTitle: true }).verdict).toBe('unsure');
    expect(settleUnsure(unsure, signs(body), { ...page, applyFound: true }).verdict).toBe('unsure');
    const posting: Detection = { isJobPosting: true, verdict: 'posting', confidence: 0.9, reasons: [] };
    let read = false;
    settleUnsure(
      posting,
      () => (
        (read = true),
        { roleLinks: 9, resultsHeading: true, eventControl: true, alertPage: true, aboutPage: true }
      ),
      page,
    );
    expect(read).toBe(false);
  });
  it('on a whole page: a company careers index is not a posting', () => {
    const result = extract(
      doc(
        '<html><head><title>Join us - Orchard Lane</title></head><body><h1>Join us</h1><p>We are 20 people.</p><h2>Open positions</h2><ul><li><a href="/jobs/1">Senior Backend Engineer</a></li><li><a href="/jobs/2">Product Designer</a></li><li><a href="/jobs/3">Customer Support Specialist</a></li></ul></body></html>',
      ),
      'https://orchardlane.example/careers',
      { now: null },
    );
    expect(result.verdict).toBe('not-posting');
  });
});

describe('pages about jobs that are not one job', () => {
  const read = (title: string, body: string, url = 'https://forum.example/t/1') =>
    extract(doc(`<html><head><title>${title}</title></head><body>${body}</body></html>`), url, { now: null });
  it('a "Who is hiring?" thread is a list', () => {
    const result = read(
      'Ask HN: Who is hiring? (May 2026) | Hacker News',
      '<p>Acme | Backend Engineer | Remote (US) | $150k-$180k</p><p>Birch | Data Analyst | Leeds, UK | £45k</p>',
    );
    expect(result.verdict).toBe('not-posting');
  });
  it('a pay guide titled with a role is not a posting', () => {
    const result = read(
      'Data Analyst Salary in Germany | Paybook',
      '<h1>Data Analyst Salary in Germany</h1><p>Average salary: €58,400 per year</p><p>Location: Germany</p>',
    );
    expect(result.verdict).not.toBe('posting');
  });
  it('a page titled "Work With Us" with one role heading reads that role as the title', () => {
    const result = read(
      'Work With Us',
      '<p>Work With Us</p><h2>Seasonal Orchard Worker</h2><p>Location: Hood River, Oregon</p><p>Pay: $19 per hour</p><p>Apply by: March 1, 2027</p>',
      'https://sites.example/view/orchard/work-with-us',
    );
    expect(result.posting?.title).toBe('Seasonal Orchard Worker');
    expect(result.verdict).not.toBe('not-posting');
  });
  it('"Where" and "Kommun" introduce a place', () => {
    expect(labelled('<ul><li><span>Where</span> <span>Aarhus, Denmark</span></li></ul>').locations).toEqual([
      'Aarhus, Denmark',
    ]);
    expect(labelled('<p>Kommun: Umeå</p>').locations).toEqual(['Umeå']);
  });
});

describe('the one-line posting of hiring threads', () => {
  it('"Company | Role | Place | Type | Pay" gives the role and the company', () => {
    expect(
      readFactLine('Birchwood Labs | Staff Data Engineer | Remote (US) | Full-time | $170k-$200k | Hacker News'),
    ).toEqual({
      role: 'Staff Data Engineer',
      company: 'Birchwood Labs',
      facts: 3,
      pay: '$170k-$200k',
      type: 'Full-time',
    });
  });
  it('a hiring-thread comment page is accepted with its role, company and exact posted time', () => {
    const result = extract(
      doc(
        '<html><head><title>Birchwood Labs | Staff Data Engineer | Remote (US) | Full-time | $170k-$200k | Hacker News</title></head><body><span class="age" title="2026-05-02T10:00:00"><a href="item?id=1">3 days ago</a></span><div class="comment">Birchwood Labs | Staff Data Engineer | Remote (US) | Full-time | $170k-$200k<p>We build tools for grid operators. Apply at https://birchwood.example/jobs</p></div></body></html>',
      ),
      'https://news.ycombinator.com/item?id=1',
      { now: null },
    );
    expect(result.verdict).toBe('posting');
    expect(result.posting).toMatchObject({
      title: 'Staff Data Engineer',
      company: 'Birchwood Labs',
      datePosted: '2026-05-02',
    });
  });
  it('leaves "Role | Company | Site" titles to the title patterns', () => {
    expect(readFactLine('Staff Data Engineer | Birchwood Labs | Careers')).toBeNull();
    expect(readFactLine('Staff Data Engineer | Birchwood Labs | Austin, TX | Hatchboard')).toBeNull();
  });
});

describe('company on a site builder host', () => {
  it("the site's own name is the employer on sites.google.com and notion.site, never on another host's unrelated name", () => {
    const page = (siteName: string) =>
      doc(
        `<html><head><meta property="og:site_name" content="${siteName}"></head><body><p>Work With Us</p></body></html>`,
      );
    expect(
      companyFromPage(page('Maple Row Orchard'), new URL('https://sites.google.com/view/maplerow/jobs')).shown,
    ).toBe('Maple Row Orchard');
    expect(
      companyFromPage(page('Birchwood Labs on Notion'), new URL('https://birchwood.notion.site/Role-1')).shown,
    ).toBe('Birchwood Labs');
    expect(companyFromPage(page('Maple Row Orchard'), new URL('https://news.example.com/story')).shown).toBeNull();
  });
});
