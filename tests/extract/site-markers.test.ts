/**
 * Site rules found by their markup (no URL): the walk that rules markers out must pick the same rule
 * as asking the page for every marker in rule order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ruleByMarker } from '../../utils/extract/site-markers';
import { SITE_RULES, findSiteRule } from '../../utils/extract/sites';
import type { SiteRule } from '../../utils/extract/sites/site-rule';
import { PAGES_DIR } from './fixtures';

const ALL_MARKERS = SITE_RULES.map((rule) => rule.marker)
  .filter(Boolean)
  .join(', ');

/** The reference: the first rule, in order, whose marker matches an element. */
function firstMarked(document: Document): SiteRule | null {
  return SITE_RULES.find((rule) => !!rule.marker && !!document.querySelector(rule.marker)) ?? null;
}

function page(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('site rules by marker', () => {
  it.each([
    ['<h1 class="posting-headline">Role</h1>', '', 'lever'],
    ['<div class="Posting-Headline">Role</div>', '', null],
    ['', '<meta name="generator" content="Teamtailor">', 'teamtailor'],
    ['', '<meta name="generator" content="teamtailor">', null],
    ['', '<link rel="stylesheet" href="https://assets.personio.de/app.css">', 'personio'],
    ['', '<link rel="preload" href="https://assets.personio.de/app.css">', null],
    ['<div class="banner"><ul class="meta"><li class="location">Leeds</li></ul></div>', '', 'breezy'],
    ['<ul class="meta"><li class="location">Leeds</li></ul>', '', null],
    ['<h2 data-testid="simpler-jobTitle">Cook</h2>', '', 'indeed'],
    ['<h3 data-testid="simpler-jobTitle">Cook</h3>', '', null],
    ['<div data-test="job-title" id="jd-job-title-17">Role</div>', '', 'glassdoor'],
    ['<div data-test="job-title" id="title-17">Role</div>', '', null],
    ['<form id="application-form" class="breezy wide"></form>', '', 'breezy'],
    ['<spl-job-location>Berlin</spl-job-location>', '', 'smartrecruiters'],
    ['<p>Nothing here</p>', '', null],
  ])('%s %s → %s', (body, head, id) => {
    const document = page(body, head);
    expect(ruleByMarker(SITE_RULES, document, ALL_MARKERS)?.id ?? null).toBe(id);
    expect(firstMarked(document)?.id ?? null).toBe(id);
  });

  it('finds a marker at the end of a large page (one query there)', () => {
    const filler = '<div><span>item</span></div>'.repeat(1000);
    const document = page(`${filler}<div class="iCIMS_JobContent">Job</div>`);
    expect(findSiteRule(null, document)?.id).toBe('icims');
    expect(findSiteRule(null, page(filler))).toBeNull();
  });

  it('picks the same rule as the reference on every saved page', () => {
    const files = readdirSync(PAGES_DIR).filter((file) => /^\d{3}-.*\.html$/.test(file));
    let marked = 0;
    for (const file of files) {
      const document = parseHTML(readFileSync(join(PAGES_DIR, file), 'utf8')).document as unknown as Document;
      const expected = firstMarked(document);
      if (expected) marked++;
      expect(ruleByMarker(SITE_RULES, document, ALL_MARKERS)?.id ?? null, file).toBe(expected?.id ?? null);
    }
    expect(marked).toBeGreaterThan(20);
  });
});
