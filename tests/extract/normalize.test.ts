import { describe, expect, it } from 'vitest';
import {
  isWorkModeOnly,
  normalizeEmploymentType,
  parseDate,
  parseRelativeDate,
  splitLocations,
  workModeFromText,
} from '../../utils/extract/normalize';
import { toDraft } from '../../utils/extract/merge';
import { findSalaryInText } from '../../utils/money/find';
import { parseSalaryText } from '../../utils/money/parse';
import { canonicalUrl } from '../../utils/extract/canonical-url';
import { htmlToText, unescapeHtmlString } from '../../utils/extract/html-text';
import { sanitizeWithoutDom } from '../../utils/extract/sanitize';

describe('salary', () => {
  it.each([
    ['$120K–$150K', 120000, 150000, 'USD', 'year'],
    ['276,000–414,000 annually', 276000, 414000, null, 'year'],
    ['€60.000 - €75.000 brutto/Jahr', 60000, 75000, 'EUR', 'year'],
    ['USD 45/hr', 45, 45, 'USD', 'hour'],
    ['£40k pro rata', 40000, 40000, 'GBP', 'year'],
    ['ab 39.000 € jährlich', 39000, null, 'EUR', 'year'],
    ['USD 116K-250K (estimate)', 116000, 250000, 'USD', 'year'],
    ['$300,000—$425,000 USD', 300000, 425000, 'USD', 'year'],
    ['$168K – $275.1K', 168000, 275100, 'USD', 'year'],
    ['CA$90,000 - CA$110,000 per year', 90000, 110000, 'CAD', 'year'],
    ['up to $30 an hour', null, 30, 'USD', 'hour'],
    ['€4.500 pro Monat', 4500, 4500, 'EUR', 'month'],
  ])('%s', (text, min, max, currency, period) => {
    const s = parseSalaryText(text)!;
    expect(s).not.toBeNull();
    expect([s.min, s.max, s.currency, s.period]).toEqual([min, max, currency, period]);
    expect(s.text).toBe(text);
  });

  it('returns null without numbers', () => {
    expect(parseSalaryText('Competitive salary')).toBeNull();
  });

  it('finds a pay range in description text, preferring pay lines', () => {
    const text = 'We have 401(k) and 3 offices.\nThe base salary range for this role is:\n$176,000 - $300,000 USD';
    expect(findSalaryInText(text)).toBe('$176,000 - $300,000 USD');
  });
});

describe('dates', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it.each([
    ['2026-01-22T20:00:10Z', '2026-01-22'],
    ['3 November 2024', '2024-11-03'],
    ['November 3, 2024', '2024-11-03'],
    ['18.10.2024', '2024-10-18'],
    ['3. März 2025', '2025-03-03'],
    ['2024년 10월 18일', '2024-10-18'],
    ['not a date', null],
  ])('%s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it.each([
    ['Posted 3 days ago', '2026-02-26'],
    ['vor 6 Tagen veröffentlicht', '2026-02-23'],
    ['22h ago', '2026-03-01'],
    ['1 week ago', '2026-02-22'],
    ['Posted 30+ days ago', '2026-01-30'],
    ['yesterday', '2026-02-28'],
    ['il y a 2 jours', '2026-02-27'],
  ])('relative: %s', (raw, iso) => expect(parseRelativeDate(raw, now)).toBe(iso));

  it('leaves relative dates out without a "now"', () => {
    expect(parseDate('Posted 3 days ago')).toBeNull();
  });
});

describe('locations, work mode, employment type', () => {
  it('splits lists on the page separators', () => {
    expect(splitLocations('San Francisco, CA | New York City, NY | Seattle, WA')).toEqual([
      'San Francisco, CA',
      'New York City, NY',
      'Seattle, WA',
    ]);
    expect(splitLocations('New York, NY (HQ); San Francisco, CA')).toEqual(['New York, NY (HQ)', 'San Francisco, CA']);
    expect(splitLocations('San Francisco , United States')).toEqual(['San Francisco, United States']);
  });
  it('reads work mode', () => {
    expect(workModeFromText('Hybrid - 3 days in office')).toBe('hybrid');
    expect(workModeFromText('Remote (US)')).toBe('remote');
    expect(workModeFromText('On-site')).toBe('onsite');
    expect(workModeFromText('Berlin')).toBeNull();
  });
  it('normalizes employment types', () => {
    expect(normalizeEmploymentType('full-time')).toBe('FULL_TIME');
    expect(normalizeEmploymentType(['FULL_TIME'])).toBe('FULL_TIME');
    expect(normalizeEmploymentType('Vollzeit')).toBe('FULL_TIME');
    expect(normalizeEmploymentType('Teilzeit')).toBe('PART_TIME');
    expect(normalizeEmploymentType('Internship')).toBe('INTERN');
    expect(normalizeEmploymentType('Something else')).toBe('OTHER');
    expect(normalizeEmploymentType('Something else', true)).toBeNull();
  });
});

describe('canonical-url', () => {
  it.each([
    [
      'https://www.linkedin.com/jobs/search/?currentJobId=3812345678&keywords=qa&trk=abc',
      'https://www.linkedin.com/jobs/view/3812345678/',
    ],
    [
      'https://kr.linkedin.com/jobs/view/deep-learning-engineer-at-nvidia-4433412610?trk=public',
      'https://www.linkedin.com/jobs/view/4433412610/',
    ],
    [
      'https://www.indeed.com/jobs?q=php&l=Egypt&vjk=b974b400e0228d67',
      'https://www.indeed.com/viewjob?jk=b974b400e0228d67',
    ],
    ['https://de.indeed.com/viewjob?jk=abc123&from=serp&tk=xyz', 'https://de.indeed.com/viewjob?jk=abc123'],
    [
      'https://careers.example.com/jobs?gh_jid=4754609101&gh_src=x&utm_source=levels',
      'https://careers.example.com/jobs?gh_jid=4754609101',
    ],
    [
      'https://boards.greenhouse.io/anthropic/jobs/4182383008#app',
      'https://job-boards.greenhouse.io/anthropic/jobs/4182383008',
    ],
    [
      'https://jobs.lever.co/acme/6d5cbe7f-e551/apply?lever-source=LinkedIn',
      'https://jobs.lever.co/acme/6d5cbe7f-e551',
    ],
    ['https://example.com/job/42?utm_medium=x&fbclid=y&b=2&a=1', 'https://example.com/job/42?a=1&b=2'],
  ])('%s', (input, out) => expect(canonicalUrl(input)).toBe(out));
  it('rejects non-http URLs', () => {
    expect(canonicalUrl('file:///tmp/x.html')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});

describe('description HTML', () => {
  it('keeps headings and bullets as lines', () => {
    const text = htmlToText('<h2>About the role</h2><p>Build things.</p><ul><li>Rust</li><li>Go &amp; C</li></ul>');
    expect(text).toBe('About the role\n\nBuild things.\n\n- Rust\n- Go & C');
  });
  it('undoes entity- and double-escaped HTML', () => {
    expect(unescapeHtmlString('&lt;p&gt;Hi&lt;/p&gt;')).toBe('<p>Hi</p>');
    expect(unescapeHtmlString('&amp;lt;p&amp;gt;Hi&amp;lt;/p&amp;gt;')).toBe('<p>Hi</p>');
    expect(unescapeHtmlString('<p>a &amp; b</p>')).toBe('<p>a &amp; b</p>');
  });
  it('sanitizes without a DOM: no scripts, handlers, images, styles; links and lists kept', () => {
    const out = sanitizeWithoutDom(
      '<h2 style="color:red" onclick="x()">T</h2><script>alert(1)</script><img src="https://evil/x.png" onerror="x()"><style>p{}</style>' +
        '<ul><li><a href="https://ok.example/" onmouseover="y()">ok</a></li><li><a href="javascript:alert(1)">bad</a></li></ul><iframe src="x"></iframe>',
    );
    expect(out).toBe(
      '<h2>T</h2><ul><li><a href="https://ok.example/" rel="noopener noreferrer nofollow">ok</a></li><li><a>bad</a></li></ul>',
    );
  });
});

describe('groupThousands', () => {
  it('writes numbers as en-US toLocaleString does', async () => {
    const { groupThousands } = await import('@/utils/money/text');
    for (const n of [0, 7, 999, 1000, 45.5, 168000, 275100, 1234567.891, 12.3456, -1500]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});

describe('a work-mode phrase is never a place', () => {
  it.each(['Fully remote', 'Remote', 'Hybrid', 'On-site only', '100% home office', 'Work from home', 'Remote-first'])(
    '%s is a work mode',
    (text) => {
      expect(isWorkModeOnly(text)).toBe(true);
    },
  );
  it.each([
    'Remote (United States)',
    'Malmö',
    'Remote, Canada',
    'Remote (EU)',
    'Hybrid in Berlin',
    'Remote Creek, Texas',
  ])('%s names a place', (text) => {
    expect(isWorkModeOnly(text)).toBe(false);
  });
  it('the draft keeps the place and reads the work mode ("Malmö · Fully remote")', () => {
    const draft = toDraft(
      { title: 'UX Writer', locations: ['Malmö', 'Fully remote'] },
      { title: 'heuristics', locations: 'header' },
      { html: '', text: '' },
      'https://example.com/jobs/1',
    );
    expect(draft.locations).toEqual(['Malmö']);
    expect(draft.workMode).toBe('remote');
  });
});
