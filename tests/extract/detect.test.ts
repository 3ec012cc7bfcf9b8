/** detect(): the "links to other jobs" signal weighs less beside a posting-shaped header than on a list. */
import { describe, expect, it } from 'vitest';
import { detect, type DetectInput } from '../../utils/extract/detect';
import { detectInput } from './detect-input';

const base = detectInput({
  descriptionChars: 2000,
  applyFound: true,
  jobLinks: 27,
  headerFacts: 3,
  urlLooksLikeJob: true,
});

describe('detect', () => {
  it('a generic posting with facts, apply and a related-jobs rail is a posting with a clear margin', () => {
    const d = detect(base);
    expect(d.isJobPosting).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.65);
  });
  it('a list-like page with the same links and no facts stays below the threshold', () => {
    expect(detect({ ...base, headerFacts: 0, applyFound: false }).isJobPosting).toBe(false);
    expect(detect({ ...base, headerFacts: 1 }).isJobPosting).toBe(false);
    expect(detect({ ...base, listTitle: true }).isJobPosting).toBe(false);
  });
});

describe('detect: postings without structured data, and reasons in plain words', () => {
  const plain = detectInput();
  const INTERNAL = /json-?ld|og:type|currentJobId|schema|microdata|site rule|structured data/i;

  it('a role title with job ad sections and an apply link is a posting, with no site rule and no structured data', () => {
    const d = detect({ ...plain, roleTitle: true, jobHeadings: 3, applyFound: true });
    expect(d.isJobPosting).toBe(true);
    expect(d.reasons).toContain('It has an Apply button');
  });

  it('an application form with its job header is a posting', () => {
    const d = detect({ ...plain, applyForm: true, roleTitle: true });
    expect(d.isJobPosting).toBe(true);
    expect(d.reasons).toContain('It has a form to apply for the job');
  });

  it('an article, a search list and a company page stay not-postings, and say so first', () => {
    const article = detect({
      ...plain,
      schemaTypes: new Set(['BlogPosting']),
      ogType: 'article',
      roleTitle: true,
      applyFound: true,
      jobHeadings: 1,
    });
    expect(article.isJobPosting).toBe(false);
    // The verdict's own sentence leads (what the popup shows first); the detector's reason follows.
    expect(article).toMatchObject({
      verdict: 'not-posting',
      reasons: expect.arrayContaining(['This page is an article']),
    });
    expect(article.reasons[0]).toBe('This page reads like an article, not a job posting.');
    const list = detect({ ...plain, listTitle: true, jobLinks: 40, headerFacts: 1, urlLooksLikeJob: true });
    expect(list.isJobPosting).toBe(false);
    expect(list.reasons.slice(0, 2)).toEqual([
      'This page lists several jobs. Open one of them to read it.',
      'This looks like a list of search results',
    ]);
    const company = detect({
      ...plain,
      site: {
        id: 'linkedin',
        isPosting: false,
        reason: 'This is a company, profile or feed page on LinkedIn, not a job',
      },
    });
    expect(company).toMatchObject({
      isJobPosting: false,
      verdict: 'not-posting',
      reasons: [
        'This looks like a company or profile page, not one job.',
        'This is a company, profile or feed page on LinkedIn, not a job',
      ],
    });
    const nothing = detect(plain);
    expect(nothing).toMatchObject({ isJobPosting: false, verdict: 'unsure' });
    expect(nothing.reasons.slice(0, 2)).toEqual([
      'Jobshelf found few signs of a single job posting here.',
      "This doesn't look like a single job posting",
    ]);
  });

  it('a job ad on a blog engine (article markup) is still a posting; an article is not', () => {
    const wordpressJob = {
      ...plain,
      schemaTypes: new Set(['Article', 'WebPage']),
      ogType: 'article',
      roleTitle: true,
      jobHeadings: 3,
      applyFound: true,
      headerFacts: 2,
    };
    expect(detect(wordpressJob).isJobPosting).toBe(true);
    // Without the shape of a job ad (no role title, or no sections), article markup wins.
    expect(detect({ ...wordpressJob, roleTitle: false }).isJobPosting).toBe(false);
    expect(detect({ ...wordpressJob, jobHeadings: 1 }).isJobPosting).toBe(false);
    // A list stays a list whatever its shape.
    expect(detect({ ...wordpressJob, schemaTypes: new Set(['ItemList']), listTitle: true }).isJobPosting).toBe(false);
  });

  it('a site rule that finds no job yields to the page saying it is one job', () => {
    const d = detect({
      ...plain,
      jsonLdPostings: 1,
      site: { id: 'indeed', isPosting: false, reason: 'No job is open on this Indeed page' },
    });
    expect(d.isJobPosting).toBe(true);
  });

  it('no reason uses internal terms', () => {
    const inputs: DetectInput[] = [
      { ...plain, jsonLdPostings: 1 },
      { ...plain, microdata: true },
      { ...plain, jsonLdPostings: 12 },
      { ...plain, schemaTypes: new Set(['NewsArticle']), ogType: 'article' },
      { ...plain, schemaTypes: new Set(['ItemList']) },
      { ...plain, schemaTypes: new Set(['ProfilePage']) },
      { ...plain, listTitle: true, jobLinks: 60 },
      { ...plain, hasTitle: false },
      { ...plain, site: { id: 'x', isPosting: true } },
      {
        ...plain,
        applyForm: true,
        applyFound: true,
        jobHeadings: 3,
        headerFacts: 2,
        roleTitle: true,
        urlLooksLikeJob: true,
      },
    ];
    for (const input of inputs) for (const reason of detect(input).reasons) expect(reason).not.toMatch(INTERNAL);
  });
});
