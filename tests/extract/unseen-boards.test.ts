/**
 * Generic rules added for job boards and small career sites (issue 10, pages 450–485): each rule on
 * a minimal page of its own, with a case where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { readAttributes } from '../../utils/extract/generic/attributes';
import { readHeaderLine } from '../../utils/extract/generic/header-line';
import { afterLeadIn, placeValue, readLabelled, salaryValue } from '../../utils/extract/generic/labelled';
import { readMetaTags } from '../../utils/extract/generic/meta-tags';
import { labelField, scanPage } from '../../utils/extract/generic/page-scan';
import { companyWithoutPlace, withLegalForm } from '../../utils/extract/generic/company-name';
import { parseDate } from '../../utils/extract/normalize';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (body: string, lang = 'en') => doc(`<html lang="${lang}"><head></head><body>${body}</body></html>`);
const labelled = (body: string, lang = 'en') =>
  readLabelled(scanPage(page(body, lang)).labels, { dayFirst: lang !== 'en' }).fields;
const attributes = (body: string) => readAttributes(scanPage(page(body)).attributes);

describe('"Company is hiring a Role" titles', () => {
  it('gives the company, the role and a remote work mode', () => {
    const meta = readMetaTags(
      doc(
        '<html><head><title>Driftwood Analytics is hiring a Remote Senior DevOps Engineer | Remote OK</title></head></html>',
      ),
    );
    expect(meta.fields).toMatchObject({
      company: 'Driftwood Analytics',
      title: 'Senior DevOps Engineer',
      workMode: 'remote',
    });
  });
  it('German "sucht" reads the same way; "Role at Company" keeps its own reading', () => {
    expect(readMetaTags(doc('<title>Kranich GmbH sucht einen Lagerlogistiker (m/w/d)</title>')).fields).toMatchObject({
      company: 'Kranich GmbH',
      title: 'Lagerlogistiker (m/w/d)',
    });
    expect(readMetaTags(doc('<title>Data Engineer at Hiring Co</title>')).fields.company).toBe('Hiring Co');
  });
});

describe('values after a lead-in or a pictograph', () => {
  it('reads the money after "Grade 5:" and not the grade', () => {
    expect(salaryValue('Grade 5: £28,759 to £31,236 per annum', null)).toMatchObject({ min: 28759, max: 31236 });
    expect(labelled('<div><b>Salary:</b> Grade 5: £28,759 to £31,236 per annum</div>').salary).toMatchObject({
      min: 28759,
      currency: 'GBP',
    });
  });
  it('reads the place after "1 vacancy in the following location:"', () => {
    expect(placeValue('1 vacancy in the following location: Austin, TX')).toBe('Austin, TX');
    expect(
      labelled(
        '<dl><dt>Location</dt><dd><span>1 vacancy in the following location:</span><ul><li>Austin, TX</li></ul></dd></dl>',
      ).locations,
    ).toEqual(['Austin, TX']);
  });
  it('leaves a value without a lead-in alone', () => {
    expect(afterLeadIn('€50,000: negotiable')).toBe('€50,000: negotiable');
    expect(placeValue('Berlin')).toBe('Berlin');
  });
  it('drops a pictograph before a place or an amount', () => {
    expect(attributes('<div class="location">🌏 Americas, Europe</div>').locations).toEqual(['Americas, Europe']);
    expect(attributes('<div class="salary">💰 $120k - $150k</div>').salary).toMatchObject({ min: 120000, max: 150000 });
  });
});

describe('telling attributes', () => {
  it('a header part whose last word names the field holds it', () => {
    expect(attributes('<a class="ij-Link ij-OfferDetailHeader-companyName" href="/c">Talleres Ebro</a>').company).toBe(
      'Talleres Ebro',
    );
    // A header's logo is still chrome.
    expect(
      attributes('<img class="job-header-company-logo" alt="x"><span class="job-header-company-logo">Acme</span>')
        .company,
    ).toBeUndefined();
  });
  it('a company block names its employer by its "name" element before a heading', () => {
    expect(
      attributes(
        '<td class="company position"><h2>Senior DevOps Engineer</h2><h3 itemprop="name">Driftwood</h3><p>A line about the job and the team.</p></td>',
      ).company,
    ).toBe('Driftwood');
  });
  it('reads nothing inside a "Similar jobs" section', () => {
    const body =
      '<h1>Support Lead</h1><p>About the job</p><section><h2>Other jobs like this</h2><ul><li><span class="company-name">Brindle</span><span class="location">Leeds</span></li></ul></section>';
    expect(attributes(body)).toEqual({});
    expect(attributes('<section><h2>About us</h2><span class="company-name">Brindle</span></section>').company).toBe(
      'Brindle',
    );
  });
});

describe('labels', () => {
  it('match without their accents and in the new words', () => {
    expect(labelField('Reageren vóór')).toBe('validThrough');
    expect(labelField('Region')).toBe('locations');
    expect(labelField('Reageren voor')).toBe('validThrough');
    expect(labelField('Gehaltsspanne:')).toBe('salary');
    expect(labelField('Localidad')).toBe('locations');
    expect(labelField('Vestiging')).toBe('locations');
    expect(labelField('Arbetsplats')).toBe('locations');
    expect(labelField('Gültig bis')).toBe('validThrough');
  });
  it('"Publiée le 12 novembre 2026" is the posted date, with no colon', () => {
    expect(labelled('<p class="meta">Publiée le 12 novembre 2026</p>', 'fr').datePosted).toBe('2026-11-12');
    expect(labelled('<p>Posted on 3 March 2027</p>').datePosted).toBe('2027-03-03');
    expect(labelled('<p>Posted on our blog about the team</p>').datePosted).toBeUndefined();
  });
  it('a short age beside <time datetime> dates the posting', () => {
    const scan = scanPage(page('<td class="time"><time datetime="2026-11-18T09:42:17+00:00">7d</time></td>'));
    expect(scan.postedTimes).toEqual(['2026-11-18T09:42:17+00:00']);
    expect(scanPage(page('<p>Event <time datetime="2026-12-01">Dec 1</time></p>')).postedTimes).toEqual([]);
  });
});

describe('dates and names', () => {
  it('reads dd-mm-yyyy day first on a page that writes the day first', () => {
    expect(parseDate('17-11-2026', undefined, true)).toBe('2026-11-17');
    expect(parseDate('05-02-2026', undefined, true)).toBe('2026-02-05');
    expect(parseDate('05-02-2026')).toBe('2026-05-02');
  });
  it('a company read from a title loses the trailing "in <place>" the page names', () => {
    expect(companyWithoutPlace('Veldkamp Installatietechniek in Deventer', ['Deventer'])).toBe(
      'Veldkamp Installatietechniek',
    );
    expect(companyWithoutPlace('Bank in Liechtenstein', ['Vaduz'])).toBe('Bank in Liechtenstein');
  });
});

describe('header lines', () => {
  it('one fact per line: company, place, work mode, age', () => {
    expect(readHeaderLine(['Talleres Ebro', 'Zaragoza', 'Presencial', 'Publicada hace 5d'], [])).toMatchObject({
      company: 'Talleres Ebro',
      places: ['Zaragoza'],
    });
  });
  it('stacked lines without a date or place are not a header', () => {
    expect(readHeaderLine(['Talleres Ebro', 'Mechanical team', 'Apply now'], [])).toMatchObject({
      company: null,
      places: [],
    });
  });
});

describe('the one-line posting of a hiring thread', () => {
  it('gives the pay, the place and the employment type', () => {
    const result = extract(
      doc(
        '<html><head><title>Pellucid Robotics | Austin, TX | Senior Controls Engineer | ONSITE | $165K-$205K + equity | Hacker News</title></head><body><div class="comment">Pellucid Robotics | Austin, TX | Senior Controls Engineer | ONSITE | $165K-$205K + equity<p>We build robots. Full-time. Email us.</p></div></body></html>',
      ),
      'https://news.ycombinator.com/item?id=2',
      { now: null },
    );
    expect(result.posting).toMatchObject({
      title: 'Senior Controls Engineer',
      company: 'Pellucid Robotics',
      locations: ['Austin, TX'],
      salary: { min: 165000, max: 205000, currency: 'USD' },
    });
  });
});

describe('an unsure page under a category heading', () => {
  it('"Design Jobs" over job cards is a list; a "Similar jobs" rail is not', async () => {
    const { readListingSigns } = await import('../../utils/extract/generic/listing-signs');
    expect(
      readListingSigns(page('<h1>Remote Design Jobs</h1><ul><li><a href="/a">Brand Designer</a></li></ul>'))
        .resultsHeading,
    ).toBe(true);
    expect(readListingSigns(page('<h1>Bookkeeper wanted</h1><h2>Similar Jobs</h2>')).resultsHeading).toBe(false);
    expect(readListingSigns(page('<h1>Steve and the jobs he loved</h1>')).resultsHeading).toBe(false);
  });
});

describe('a bare "$" on a board of another dollar country', () => {
  it("is that country's dollar in a labelled row of a page with no structured data", () => {
    const result = extract(
      page(
        '<h1>Dairy Farm Assistant</h1><p>Kahurangi Pastoral · Ashburton</p><dl><dt>Salary</dt><dd>$58,000 – $64,000 per year</dd></dl><a href="/apply">Apply</a>',
      ),
      'https://www.farmjobs.co.nz/job/1',
      { now: null },
    );
    expect(result.posting?.salary).toMatchObject({ min: 58000, max: 64000, currency: 'NZD' });
  });
});

describe('the company a title names, checked against the site', () => {
  it('takes the legal form the site name adds, nothing else', () => {
    expect(withLegalForm('Rütli Maschinenbau', 'Rütli Maschinenbau GmbH')).toBe('Rütli Maschinenbau GmbH');
    expect(withLegalForm('Acme', 'Acme Careers Portal')).toBe('Acme');
    expect(withLegalForm('Acme', 'Other Co Ltd')).toBe('Acme');
  });
  it('a department before the place in the header line is not the employer', () => {
    const result = extract(
      doc(
        '<html lang="en"><head><title>Cellar Operator — Bluebonnet Brewing Co.</title><meta property="og:site_name" content="Bluebonnet Brewing Co."></head><body><h1>Cellar Operator</h1><p>Production · Full-time · Austin, Texas</p><h3>What you will do</h3><ul><li>Transfer beer</li></ul><h3>What we are looking for</h3><ul><li>A year in a brewery</li></ul></body></html>',
      ),
      'https://www.bluebonnet.example/careers/cellar',
      { now: null },
    );
    expect(result.posting).toMatchObject({ company: 'Bluebonnet Brewing Co.', locations: ['Austin, Texas'] });
  });
});
