/**
 * Rules for English-language layouts the corpus covered thinly (issue 10): community posts tagged
 * "[Hiring]", Craigslist ads, look-alike markup on another site's host, agency sites, employer addresses,
 * more labels, piece rates and glued badge units. Each rule with short inputs written for it.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { readTaggedHead } from '../../utils/extract/generic/meta-tags';
import { employmentInProse } from '../../utils/extract/generic/job-terms';
import { companyFromPage } from '../../utils/extract/generic/company-from-page';
import { CV_WORDS, POSTING_WORDS } from '../../utils/extract/data/detect-words';
import { salaryFromValue } from '../../utils/money/find';
import { parseSalaryText } from '../../utils/money/parse';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const run = (html: string, url: string) => extract(doc(html), url, { now: null });

describe('a forum post tagged "[Hiring]"', () => {
  it('reads the role, then its pay and place in any order', () => {
    expect(readTaggedHead('[Hiring] Bookkeeper | $30/hr | Remote (US)')).toEqual({
      role: 'Bookkeeper',
      pay: '$30/hr',
      place: 'Remote (US)',
    });
    expect(readTaggedHead('[HIRING] Video Editor for a cooking channel - Remote - $90 per video')).toMatchObject({
      role: 'Video Editor for a cooking channel',
      pay: '$90 per video',
    });
  });
  it('leaves untagged titles and offers of work alone', () => {
    expect(readTaggedHead('Bookkeeper | $30/hr | Remote (US)')).toBeNull();
    expect(readTaggedHead('[For Hire] Illustrator, $40/hr')).toBeNull();
  });
  it('counts the tag as the page calling itself a job ad, and a DM request as how to apply', () => {
    expect(POSTING_WORDS.test('[Hiring] Line cook | $19/hr | Tacoma')).toBe(true);
    expect(POSTING_WORDS.test('[For Hire] Line cook available')).toBe(false);
    expect(CV_WORDS.test('Send me a DM with two samples')).toBe(true);
    expect(CV_WORDS.test('Reply with your phone number')).toBe(true);
    expect(CV_WORDS.test('Our resumed service starts Monday')).toBe(false);
  });
  it('is accepted as one job, titled by its role, with the pay and place of its head', () => {
    const x = run(
      `<html><head><title>[Hiring] Deck Builder | $32/hr | Spokane, WA : r/forhire</title></head><body>
      <main><h1>[Hiring] Deck Builder | $32/hr | Spokane, WA</h1>
      <div><p>We build cedar decks around Spokane and need a second pair of hands through the spring.</p>
      <p>DM me with photos of decks you have built.</p></div></main></body></html>`,
      'https://www.reddit.com/r/forhire/comments/1abc23/hiring_deck_builder/',
    );
    expect(x.isJobPosting).toBe(true);
    expect(x.posting?.title).toBe('Deck Builder');
    expect(x.posting?.locations).toEqual(['Spokane, WA']);
    expect([x.posting?.salary?.min, x.posting?.salary?.period]).toEqual([32, 'hour']);
  });
});

describe('Craigslist ads', () => {
  const ad = (crumb: string, attrs: string) =>
    `<html><head><title>Roofer - craigslist</title></head><body><header><a href="/search/${crumb}">${crumb}</a></header>
    <h1 class="postingtitle"><span class="postingtitletext"><span id="titletextonly">Roofing Laborer</span>
    <span class="postingtitle-subtitle">(Tigard)</span></span></h1>
    <div class="attrgroup">${attrs}</div>
    <section id="postingbody">Tear-off and clean-up crew for a small roofing company. Reply with your phone number.</section>
    <p class="postinginfos">posted: <time class="date timeago" datetime="2026-11-02T09:00:00-0800">3 weeks ago</time></p>
    </body></html>`;
  const attr = (label: string, value: string) =>
    `<div class="attr"><span class="labl">${label}:</span> <span class="valu">${value}</span></div>`;
  const url = 'https://portland.craigslist.org/wsc/trd/d/tigard-roofing-laborer/7800000001.html';
  it('reads the title without its neighbourhood, the place, pay, type, company and date', () => {
    const x = run(
      ad(
        'jjj',
        attr('compensation', '$21/hr') +
          attr('employment type', 'full-time') +
          attr('company name', 'Cedar Ridge Roofing'),
      ),
      url,
    );
    expect(x.isJobPosting).toBe(true);
    expect(x.posting).toMatchObject({
      title: 'Roofing Laborer',
      company: 'Cedar Ridge Roofing',
      locations: ['Tigard'],
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-02',
    });
    expect(x.posting?.salary?.min).toBe(21);
  });
  it('does not call a for-sale ad a job', () => {
    const x = run(ad('sss', attr('condition', 'good')), url.replace('/trd/', '/fuo/'));
    expect(x.isJobPosting).toBe(false);
  });
});

describe('markup that looks like a known site, on another host', () => {
  it('does not tell the user the page is a job on the site it resembles', () => {
    const x = run(
      `<html><head><title>Clinic Assistant</title></head><body><main>
      <h1 data-testid="job-details-title">Clinic Assistant</h1><p>Tanjong Pagar</p>
      <a href="/apply">Apply now</a><h2>Responsibilities</h2><ul><li>Register patients</li></ul>
      <h2>Requirements</h2><ul><li>Friendly manner</li></ul></main></body></html>`,
      'https://www.gov-jobs.example.sg/job/clinic-assistant-1',
    );
    expect(x.reasons.join(' ')).not.toMatch(/XING/);
    expect(x.reasons).toContain('It is laid out like a job page on a job site');
  });
});

describe("a recruitment agency's own site", () => {
  const page = `<html><head><meta property="og:site_name" content="Brightwell Recruitment"></head><body>
    <header><a href="/"><img src="/l.svg" alt="Brightwell Recruitment"></a></header><h1>Payroll Manager</h1>
    <footer>© 2026 Brightwell Recruitment Ltd</footer></body></html>`;
  it('names the agency, as a board that credits it would', () => {
    expect(companyFromPage(doc(page), new URL('https://www.brightwellrecruitment.co.uk/jobs/1')).shown).toBe(
      'Brightwell Recruitment',
    );
  });
  it('still names no one on a board whose host says jobs', () => {
    expect(companyFromPage(doc(page), new URL('https://www.brightwelljobs.co.uk/jobs/1')).shown).toBeNull();
  });
});

describe('where the job is, from an address hook', () => {
  it('reads "employer_address" as the place, not as the employer', () => {
    const x = run(
      `<html><body><main><h1 id="heading">Staff Nurse</h1>
      <h2 id="employer_name">Wensum Valley Hospital Trust</h2>
      <p id="employer_address">Dereham Hospital, Dereham, NR19 1EE</p>
      <a href="/apply">Apply now</a><h2>Main duties of the job</h2><p>Care for patients on our ward.</p>
      <h2>Person specification</h2><ul><li>NMC registration</li></ul></main></body></html>`,
      'https://jobs.example-nhs.uk/candidate/jobadvert/A1',
    );
    expect(x.posting?.locations).toEqual(['Dereham Hospital, Dereham, NR19 1EE']);
    expect(x.posting?.company).toBe('Wensum Valley Hospital Trust');
  });
  it('never takes an e-mail address hook for a place', () => {
    const x = run(
      `<html><body><main><h1>Receptionist</h1><p class="email-address">jobs@example.com</p>
      <a href="/apply">Apply now</a></main></body></html>`,
      'https://www.example.com/jobs/receptionist',
    );
    expect(x.posting?.locations ?? []).toEqual([]);
  });
});

describe('more labels', () => {
  const table = (rows: string) =>
    `<html><body><main><h1>Academic Advisor</h1><table>${rows}</table><a href="/apply">Apply Now</a>
    <h2>Responsibilities</h2><p>Advise students.</p></main></body></html>`;
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  it.each([
    ['Application Due:', '12/15/2026', 'validThrough', '2026-12-15'],
    ['Advertised until', 'December 16, 2026', 'validThrough', '2026-12-16'],
    ['Company name:', 'Lindale Freight', 'company', 'Lindale Freight'],
    ['Institution:', 'Brookline Valley College', 'company', 'Brookline Valley College'],
    ['Employment Business:', 'Sandgate Consulting Ltd', 'company', 'Sandgate Consulting Ltd'],
    ['Terms of employment', 'Permanent employment, Part time', 'employmentType', 'PART_TIME'],
  ] as const)('%s %s', (label, value, field, want) => {
    const x = run(table(row(label, value)), 'https://www.example-board.com/details.cfm?JobCode=1');
    expect(x.posting?.[field]).toBe(want);
  });
});

describe('pay values', () => {
  it('a piece rate has no period ("$120 per video", "$0.12/word")', () => {
    expect(parseSalaryText('$120 per video')?.period).toBeNull();
    expect(parseSalaryText('$0.12/word')?.period).toBeNull();
    expect(parseSalaryText('$120 per hour')?.period).toBe('hour');
    expect(parseSalaryText('$24 hourly / 40 hours per week')?.period).toBe('hour');
  });
  it('a badge whose unit is glued to the amount ("$2,900Monthly") keeps both ends', () => {
    const salary = salaryFromValue('$2,400 to $2,900Monthly', { currency: 'SGD' })!;
    expect([salary.min, salary.max, salary.period]).toEqual([2400, 2900, 'month']);
  });
  it('"Paying $120 …" is not cut to "ing $120 …"', () => {
    const x = run(
      `<html><body><main><h1>Video Editor</h1><p>Paying $95 per video, ongoing work.</p>
      <p>Send me a DM with your reel.</p></main></body></html>`,
      'https://www.example.com/posts/1',
    );
    expect(x.posting?.salary?.text ?? '').not.toMatch(/^ing\b/);
  });
});

describe('a US "1099 contract" in the text', () => {
  it.each([
    ['Pay: $30/hr paid twice a month, 1099 contract.', 'CONTRACT'],
    ['You would be paid as a 1099 contractor.', 'CONTRACT'],
    ['We send 1099 forms to vendors in January.', null],
  ])('%s', (text, type) => expect(employmentInProse(text)).toBe(type));
});

describe('"The job is full-time" in the text', () => {
  it.each([
    ['The job is full-time, Tuesday to Saturday, and pays $22 an hour.', 'FULL_TIME'],
    ['The position is part-time (20 hours a week).', 'PART_TIME'],
    ['This role is full-time.', 'FULL_TIME'],
    // Who else works there says nothing about this job.
    ['The job is full-time staff only on weekends.', null],
    ['Our full-time employees get 25 days of leave.', null],
  ])('%s', (text, type) => expect(employmentInProse(text)).toBe(type));
});
