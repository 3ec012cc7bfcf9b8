/**
 * Markup variants of the ATSs and boards (rows 914–937): a closed posting's notice, Ashby's app shell,
 * the older SEEK page, Personio's subtitle in more languages. Invented text; each case can fail.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { closedNotice, goneNotice } from '../../utils/extract/generic/closed-notice';
import { judgeClosed } from '../../utils/reminders/closed-check';

const doc = (html: string) =>
  parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;
const read = (html: string, url: string) => extract(doc(html), url, { now: null });

describe('a closed posting', () => {
  it.each([
    [
      '<figure class="closed-job"><figcaption class="closed-job__flavor--closed">No longer accepting applications</figcaption></figure>',
      'No longer accepting applications',
    ],
    [
      '<div role="alert"><h2>This job has expired on Indeed</h2><p>Reasons could include: the employer is reviewing applications.</p></div>',
      'This job has expired on Indeed',
    ],
    [
      '<div class="notice"><p>Diese Stelle ist leider nicht mehr verfügbar.</p></div>',
      'Diese Stelle ist leider nicht mehr verfügbar.',
    ],
    ['<h2>Esta oferta ha caducado</h2>', 'Esta oferta ha caducado'],
    ['<div class="banner">Deze vacature is vervuld</div>', 'Deze vacature is vervuld'],
  ])('reads the notice %#', (html, words) => {
    expect(closedNotice(doc(html))).toBe(words);
  });

  it('never reads the description, where an employer may write the same words', () => {
    const page = doc(
      '<h1>Graduate Engineer</h1><div class="description"><p>We are no longer accepting applications for the 2025 cohort; this is the 2026 intake.</p></div>',
    );
    expect(closedNotice(page)).toBeNull();
  });

  it('is still a posting, saveable, with the notice as the first reason', () => {
    const result = read(
      `<div class="j-alert" role="alert"><p>This job is no longer accepting applications. The closing date has passed.</p></div>
       <h1>Harbour Pilot Trainee</h1><table><tr><th>Location:</th><td>Falmouth</td></tr><tr><th>Salary:</th><td>£31,000 per annum</td></tr></table>
       <h2>What you will do</h2><ul><li>Board vessels with a senior pilot</li><li>Learn the harbour's channels and tides</li></ul>
       <h2>About you</h2><ul><li>A deck officer's certificate</li></ul><a href="/apply">Apply</a>`,
      'https://careers.falmouth-harbour.example/jobs/pilot-trainee',
    );
    expect(result.closed).toBe(true);
    expect(result.posting?.title).toBe('Harbour Pilot Trainee');
    expect(result.reasons[0]).toBe('The page says this job is closed: “This job is no longer accepting applications”');
  });

  it('an open posting has no closed flag', () => {
    const result = read(
      '<h1>Harbour Pilot Trainee</h1><p>Applications close on 12 December.</p>',
      'https://example.org/jobs/1',
    );
    expect(result.closed).toBeUndefined();
  });

  it('a "page not found" where a job was says it may have closed', () => {
    expect(goneNotice(doc("<h2>Sorry, we couldn't find anything here</h2>"))).toBe(
      "Sorry, we couldn't find anything here",
    );
    const result = read(
      "<h2>Sorry, we couldn't find anything here</h2><p>The job posting you're looking for might have closed.</p>",
      'https://jobs.lever.co/pelican/1a2b3c4d-0000-4000-8000-000000000000',
    );
    expect(result.isJobPosting).toBe(false);
    expect(result.reasons[0]).toBe('This page says it could not find the job: it may have closed or been removed');
  });

  it('the background check reads the same phrases', () => {
    const check = {
      status: 200,
      originalUrl: 'https://a.example/j/1',
      finalUrl: 'https://a.example/j/1',
      hadStructuredData: false,
    };
    expect(judgeClosed({ ...check, html: '<p>Cette offre a été pourvue.</p>' }).closed).toBe(true);
    expect(judgeClosed({ ...check, html: '<p>Applications close on Friday.</p>' }).closed).toBe(false);
  });
});

describe('Ashby served as an app shell', () => {
  const shell = (data: object) => `<div id="root"></div><script>window.__appData = ${JSON.stringify(data)};</script>`;

  it('reads the posting from window.__appData', () => {
    const result = read(
      shell({
        organization: { name: 'Marrowfield Labs' },
        posting: {
          title: 'Support Engineer',
          locationName: 'Lisbon, Portugal',
          secondaryLocations: [{ locationName: 'Porto, Portugal' }],
          employmentType: 'PartTime',
          workplaceType: 'Remote',
          publishedDate: '2024-09-30',
          applicationDeadline: '2024-10-31',
          compensationTierSummary: '€40K – €48K • Offers Equity',
          descriptionHtml: '<p>Help our customers run their labs.</p><ul><li>Answer tickets</li></ul>',
        },
      }),
      'https://jobs.ashbyhq.com/marrowfield/0b1c2d3e-1111-4222-8333-444455556666',
    );
    expect(result.isJobPosting).toBe(true);
    const p = result.posting!;
    expect([p.title, p.company, p.locations, p.employmentType, p.workMode]).toEqual([
      'Support Engineer',
      'Marrowfield Labs',
      ['Lisbon, Portugal', 'Porto, Portugal'],
      'PART_TIME',
      'remote',
    ]);
    expect([p.datePosted, p.validThrough, p.salary?.min, p.salary?.max, p.salary?.currency]).toEqual([
      '2024-09-30',
      '2024-10-31',
      40000,
      48000,
      'EUR',
    ]);
    expect(p.descriptionText).toContain('Answer tickets');
  });

  it('a board (no posting in the data) is a list, and broken data is no crash', () => {
    const board = read(
      shell({ organization: { name: 'Marrowfield Labs' }, posting: null, jobBoard: { jobPostings: [] } }),
      'https://jobs.ashbyhq.com/marrowfield',
    );
    expect(board.isJobPosting).toBe(false);
    const broken = read(
      '<div id="root"></div><script>window.__appData = {"posting": {"title": ;</script>',
      'https://jobs.ashbyhq.com/marrowfield/0b1c2d3e-1111-4222-8333-444455556666',
    );
    expect(broken.posting).toBeNull();
  });
});

describe('older and localized layouts', () => {
  it('older SEEK: the place is two parts under a "Location" term', () => {
    const result = read(
      `<span data-automation="job-detail-title"><span><h1>Barista</h1></span></span><span data-automation="advertiser-name"><span>Wharf Street Espresso</span></span>
       <dl><dt>Location</dt><dd><span><strong>Hobart</strong><span><span>CBD &amp; Inner Suburbs</span></span></span></dd><dt>Work type</dt><dd data-automation="job-detail-work-type">Casual/Vacation</dd></dl>`,
      'https://www.seek.com.au/job/41000001',
    );
    expect(result.posting?.locations).toEqual(['Hobart, CBD & Inner Suburbs']);
    expect(result.posting?.employmentType).toBe('TEMPORARY');
  });

  it('Personio in Spanish and French: employment words are not places', () => {
    for (const [line, type] of [
      ['Empleado fijo, Media jornada · Alicante', 'PART_TIME'],
      ['Employé permanent, Temps plein · Nantes', 'FULL_TIME'],
    ] as const) {
      const result = read(
        `<header><img alt="Atelier Corbeau"></header><h1 class="job-title">Operario de almacén</h1><p class="job-subtitle">${line}</p>`,
        'https://atelier-corbeau.jobs.personio.com/job/555',
      );
      expect(result.posting?.locations).toEqual([line.split(' · ')[1]]);
      expect(result.posting?.employmentType).toBe(type);
    }
  });

  it('LinkedIn pills: a company size is no pay', () => {
    const result = read(
      `<div class="job-details-jobs-unified-top-card__job-title"><h1>Night Porter</h1></div>
       <ul><li class="job-details-jobs-unified-top-card__job-insight"><span>51-200 employees · Hospitality</span></li></ul>`,
      'https://www.linkedin.com/jobs/view/4000000001/',
    );
    expect(result.posting?.salary).toBeNull();
  });
});

describe('Workday, older field names', () => {
  const page = (about: string) =>
    `<header data-automation-id="header"><div data-automation-id="headerTitle">Careers</div></header>
     <h1 data-automation-id="jobPostingTitle">Meter Reader</h1>
     <div data-automation-id="jobPostingLocation"><dl><dt>locations</dt><dd>Modesto, CA</dd></dl></div>
     <div data-automation-id="richTextArea">${about}<p>Read water meters on a set route.</p><ul><li>Valid driver's license</li></ul></div>
     <footer data-automation-id="footer"><p>© 2024 Workday, Inc. All rights reserved.</p></footer>`;
  const url = 'https://tulewater.wd5.myworkdayjobs.com/en-US/Careers/job/Modesto-CA/Meter-Reader_R-1001';

  it('reads jobPostingTitle and jobPostingLocation', () => {
    const result = read(page(''), url);
    expect(result.posting?.title).toBe('Meter Reader');
    expect(result.posting?.locations).toEqual(['Modesto, CA']);
  });

  it("the ATS's own copyright is never the employer: the host's slug is the last resort", () => {
    expect(read(page(''), url).posting?.company).toBe('Tulewater');
    expect(read(page('<p><b>About Tule Water District</b></p>'), url).posting?.company).toBe('Tule Water District');
  });
});

describe('seen on the hold-out pages, fixed after (so no longer hold-out evidence)', () => {
  it('Indeed: "Hybrid work in Leeds LS10" is the place and the work mode', () => {
    const result = read(
      `<h1 data-testid="jobsearch-JobInfoHeader-title"><span>Sous Chef<span> - job post</span></span></h1>
       <div data-testid="inlineHeader-companyName"><a href="/cmp/x">Quayside Kitchen</a></div>
       <div data-testid="inlineHeader-companyLocation"><div>Remote in Bristol BS1</div></div>`,
      'https://uk.indeed.com/viewjob?jk=0123456789abcdef',
    );
    expect(result.posting?.locations).toEqual(['Bristol BS1']);
    expect(result.posting?.workMode).toBe('remote');
  });

  it('CoreHR: the title is the "Job Title" row of the job spec', () => {
    const result = read(
      `<div id="erq_header"><img alt="Kilbride Health Board"></div><table>
       <tr><td class="erq_searchv4_heading4_label">Job Title</td><td class="erq_searchv4_heading4_text">Porter</td></tr>
       <tr><td class="erq_searchv4_heading4_label">Location</td><td class="erq_searchv4_heading4_text">Kilbride</td></tr></table>`,
      'https://kilbride.corehr.com/pls/coreportal_kilp/erq_jobspec_version_4.jobspec?p_id=7',
    );
    expect(result.posting?.title).toBe('Porter');
    expect(result.posting?.company).toBe('Kilbride Health Board');
  });
});
