/**
 * Issue 10 (never a dead end): a job ad published as a blog post under Article / BlogPosting markup and og:type
 * article is one posting when its text is laid out as one job's ad, while articles about jobs stay refused; and a
 * site's name for its jobs section ("Jobs and careers", "Careers & Jobs") is never read as the employer.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract';
import { detect } from '@/utils/extract/detect';
import { namesPageSection, withoutSectionParts } from '@/utils/extract/generic/page-section-name';
import { detectInput } from './detect-input';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const articleHead = (title: string, type = 'Article') =>
  `<title>${title}</title><meta property="og:type" content="article">` +
  `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"${type}","headline":"${title}","datePublished":"2026-10-01T09:00:00+00:00","author":{"name":"Sam Hale"}},{"@type":"WebPage","name":"${title}"}]}</script>`;

const post = (head: string, h1: string, body: string) =>
  doc(`<html><head>${head}</head><body><main><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">${h1}</h1><div class="entry-meta">By <a rel="author" href="/author/sam/">Sam Hale</a> / October 1, 2026</div></header>
<div class="entry-content">${body}</div></article></main></body></html>`);

const AD = `<p>We are looking for a Line Cook to join our kitchen for 35 hours a week, including weekends.</p>
<h2>Your duties</h2><ul><li>Prepare sauces and garnishes before each service.</li><li>Cook the grill section during service.</li></ul>
<h2>About you</h2><ul><li>At least 1 year of experience in a busy kitchen.</li><li>Able to stay calm under pressure.</li></ul>
<h2>What we offer</h2><p>£13 per hour, staff meals and paid holidays.</p>
<p>Drop in with your CV any afternoon and ask for the head chef.</p>`;

describe('a job ad posted as a blog article', () => {
  it('is a posting when the headline names a role and the text is laid out as that job’s ad', () => {
    const page = post(articleHead('Line Cook'), 'Line Cook', AD);
    const out = extract(page, 'https://www.copperpan.example/line-cook/', { now: null });
    expect(out.isJobPosting).toBe(true);
    expect(out.posting?.title).toBe('Line Cook');
  });

  it('also under BlogPosting markup', () => {
    const page = post(articleHead('Line Cook', 'BlogPosting'), 'Line Cook', AD);
    expect(extract(page, 'https://www.copperpan.example/2026/10/line-cook/', { now: null }).isJobPosting).toBe(true);
  });

  it('a news report about hiring, a list of jobs or a culture post stays refused', () => {
    const news = post(
      articleHead('Copper Pan to hire 40 staff at new site'),
      'Copper Pan to hire 40 staff at new site',
      `<p>Restaurant group Copper Pan will hire 40 cooks and waiters when its second site opens, the owner said.</p>
<h2>Reaction</h2><p>The council welcomed the jobs. Pay will start above the minimum wage, the company said.</p>`,
    );
    expect(
      extract(news, 'https://www.localnews.example/business/copper-pan-40-jobs/', { now: null }).isJobPosting,
    ).toBe(false);
    const culture = post(
      articleHead('A week in our kitchen: meet the team'),
      'A week in our kitchen: meet the team',
      `<p>We spent a week with our chefs to see how the kitchen runs.</p><h2>Mornings</h2><p>Prep starts at nine.</p>
<h2>Service</h2><p>The grill section is the busiest. Our team shares a meal before every shift.</p>`,
    );
    expect(extract(culture, 'https://www.copperpan.example/a-week-in-our-kitchen/', { now: null }).isJobPosting).toBe(
      false,
    );
  });

  it('detect: a role headline, two job sections and most kinds of ad wording outweigh article markup', () => {
    const adPost = detectInput({
      schemaTypes: new Set(['Article', 'WebPage']),
      ogType: 'article',
      roleTitle: true,
      jobHeadings: 3,
      jobTextCues: 5,
    });
    expect(detect(adPost).isJobPosting).toBe(true);
    // A topic for a headline, few kinds of ad wording, one section, a news report, a list: still an article.
    expect(detect({ ...adPost, roleTitle: false }).isJobPosting).toBe(false);
    expect(detect({ ...adPost, jobTextCues: 2 }).isJobPosting).toBe(false);
    expect(detect({ ...adPost, jobHeadings: 1 }).isJobPosting).toBe(false);
    expect(detect({ ...adPost, schemaTypes: new Set(['NewsArticle']) }).isJobPosting).toBe(false);
    expect(detect({ ...adPost, jobLinks: 30 }).isJobPosting).toBe(false);
  });
});

describe('a jobs-section name is no employer', () => {
  it.each([
    ['Jobs and careers', true],
    ['Careers & Jobs', true],
    ['Jobs und Karriere', true],
    ['Jobs and', true],
    ['Careers &', true],
    ['Vacancies, jobs', true],
    ['Johnson and Johnson', false],
    ['Marks & Spencer', false],
    ['Careers', false],
    ['Harbour Jobs and Training Ltd', false],
  ])('%s → %s', (text, section) => {
    expect(namesPageSection(text)).toBe(section);
  });

  it('a title loses its section part only', () => {
    expect(withoutSectionParts('Porter | Jobs and careers | Avonbury Council')).toBe('Porter | Avonbury Council');
    expect(withoutSectionParts('Porter | Avonbury Council')).toBe('Porter | Avonbury Council');
  });

  const companyOf = (title: string) =>
    extract(
      doc(`<html><head><title>${title}</title></head><body><main><h1>Stores Assistant</h1>
<h2>Your duties</h2><ul><li>Receive and check deliveries.</li><li>Keep stock records.</li></ul>
<h2>About you</h2><ul><li>Experience in a store or warehouse.</li></ul><a href="/apply">Apply now</a></main></body></html>`),
      'https://www.example.org/vacancies/stores-assistant',
      { now: null },
    ).posting?.company ?? null;

  it.each([
    ['Stores Assistant | Jobs and careers | Avonbury Council', 'Avonbury Council'],
    ['Stores Assistant - Careers & Jobs - Kellan Foods', 'Kellan Foods'],
    ['Stores Assistant – Jobs und Karriere – Brenner Logistik GmbH', 'Brenner Logistik GmbH'],
    ['Stores Assistant | Emplois et carrières | Groupe Delmas', 'Groupe Delmas'],
  ])('%s → %s', (title, company) => {
    expect(companyOf(title)).toBe(company);
  });
});
