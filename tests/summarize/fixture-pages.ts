/**
 * Test helper: the positive fixture pages as PostingDrafts for the summarizer.
 *
 * Each page goes through `extract()` first, with the URL it was served at (`page-urls.json`). While the extractor does not yet return a description
 * with its layout (HTML) for a page, the description is taken from the page by this helper instead:
 * the JSON-LD JobPosting `description` when the page has one, otherwise the page's own description
 * container (selector per fixture below), or the API response's fields for the Lever JSON. Fields
 * extract() did not return (title, company, location, salary) are filled from the fixture's
 * `*.expected.json`. `descriptionSource` says which path was taken, and the fixture test prints it.
 */
import { blankPosting } from '../posting-factory';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract/index';
import { readDescription } from '../../utils/extract/generic/readability';
import type { PostingDraft } from '../../utils/schema/posting';

/** `FIXTURE_PAGES_DIR` reads another set of pages (a dev set) in place of the fixtures, for a report. */
export const PAGES_DIR =
  process.env.FIXTURE_PAGES_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

/** Where the description lives on pages without a JobPosting JSON-LD description. */
const DESCRIPTION_SELECTORS: Record<string, string> = {
  '003': '.job__description',
  '009': 'main',
  '010': '.show-more-less-html__markup, .description__text',
  '011': '.jobtext-jobad__body',
  '012': '.col-md-10.offset-md-1.col-xl-7',
  '013': 'td[style*="overflow:hidden"]',
  '014': '[itemprop="description"]',
  '023': '#jobDescriptionText',
  '200': 'main.vacancy',
  '201': '.notice',
  '204': '.content',
};

/**
 * Pages where extract() returns only part of the posting: the description is every element these
 * select, in page order, when that is much fuller. (None now: the Lever and Welcome to the Jungle
 * rules read all their sections.)
 */
const FULLER_THAN_EXTRACT: Record<string, string> = {};

/** Where the description container's HTML stops (the rest is a list of other jobs). */
const DESCRIPTION_ENDS: Record<string, string> = {
  '009': '<h3>Related jobs',
};

/** The URL each page was served at (`page-urls.json`), passed to extract() as the extension passes the tab URL. */
const PAGE_URLS = JSON.parse(readFileSync(join(PAGES_DIR, 'page-urls.json'), 'utf8')) as Record<string, string>;

export interface FixturePosting {
  id: string;
  name: string;
  posting: PostingDraft;
  descriptionSource: 'extract' | 'json-ld' | 'selector' | 'lever-json' | 'readability' | 'none';
}

interface Expected {
  isJobPosting: boolean;
  handWritten?: boolean;
  /**
   * false: a hand-written page that tests extraction layouts (site rules, apply forms, which show no
   * description) and carries no summary labels. Real pages cannot opt out.
   */
  summaryLabelled?: boolean;
  title: string | null;
  company: string | null;
  location: string | null;
  salary: string | null;
}

type JsonRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonLdDescription(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = Array.isArray(parsed) ? [...parsed] : [parsed];
    while (queue.length) {
      const item = queue.shift();
      if (!isRecord(item)) continue;
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      if (item['@type'] === 'JobPosting' && typeof item.description === 'string') {
        // Some sites entity-encode the HTML inside JSON-LD.
        const description = item.description;
        return /&lt;\/?[a-z]/i.test(description) && !/<\/?[a-z]/i.test(description)
          ? (parseHTML(`<p>${description}</p>`).document.querySelector('p')?.textContent ?? description)
          : description;
      }
    }
  }
  return null;
}

function emptyDraft(expected: Expected): PostingDraft {
  return blankPosting({
    title: expected.title ?? 'Untitled posting',
    company: expected.company,
    locations: expected.location ? [expected.location] : [],
    source: 'fixture',
  });
}

export function loadFixturePostings(): FixturePosting[] {
  const files = readdirSync(PAGES_DIR).filter(
    (file) =>
      /^\d{3,4}-.*\.(html|json)$/.test(file) && !file.endsWith('.expected.json') && !file.endsWith('.summary.json'),
  );
  const result: FixturePosting[] = [];
  for (const file of files.sort()) {
    const id = file.slice(0, 3);
    const name = file.replace(/\.(html|json)$/, '');
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8')) as Expected;
    if (!expected.isJobPosting) continue;
    // Pages written to test extraction only (site rules, apply forms with no description, the generic
    // reader) carry no summary labels; real pages cannot opt out.
    if (expected.summaryLabelled === false) {
      if (!expected.handWritten) throw new Error(`${file}: only hand-written pages may have no summary labels`);
      continue;
    }
    const raw = readFileSync(join(PAGES_DIR, file), 'utf8');
    if (file.endsWith('.json')) {
      const lever = JSON.parse(raw) as JsonRecord;
      const lists = Array.isArray(lever.lists) ? lever.lists.filter(isRecord) : [];
      const html = [
        `<div>${String(lever.description ?? '').replace(/\n/g, '<br>')}</div>`,
        ...lists.map((list) => `<h3>${String(list.text ?? '')}</h3><ul>${String(list.content ?? '')}</ul>`),
        `<div>${String(lever.additional ?? '')}</div>`,
      ].join('');
      const posting = { ...emptyDraft(expected), descriptionHtml: html, source: 'lever-json' };
      result.push({ id, name, posting, descriptionSource: 'lever-json' });
      continue;
    }
    const { document } = parseHTML(raw);
    // Site rules match on the URL, so the page gets the one it was served at (a placeholder when none is known).
    const extraction = extract(document, PAGE_URLS[file] || `https://fixture.test/${name}`);
    const extracted = extraction.posting;
    const base: PostingDraft = extracted
      ? {
          ...extracted,
          company: extracted.company ?? expected.company,
          locations: extracted.locations.length ? extracted.locations : emptyDraft(expected).locations,
        }
      : emptyDraft(expected);
    const fromJsonLd = jsonLdDescription(document);
    // extract()'s description is used unless the page's JSON-LD description is much fuller
    // (the visible container sometimes holds only part of the posting).
    const extractedLength = extracted?.descriptionHtml.replace(/<[^>]+>/g, '').trim().length ?? 0;
    const jsonLdLength = fromJsonLd?.replace(/<[^>]+>/g, '').trim().length ?? 0;
    const fullerSelector = FULLER_THAN_EXTRACT[id] ?? DESCRIPTION_SELECTORS[id];
    if (fullerSelector) {
      const html = [...document.querySelectorAll(fullerSelector)]
        .map((element) => element.outerHTML.split(DESCRIPTION_ENDS[id] ?? '\u0000')[0] ?? '')
        .join('');
      if (html.replace(/<[^>]+>/g, '').trim().length > extractedLength * 1.5) {
        result.push({ id, name, posting: { ...base, descriptionHtml: html }, descriptionSource: 'selector' });
        continue;
      }
    }
    if (extractedLength > 0 && extractedLength * 1.5 >= jsonLdLength) {
      result.push({ id, name, posting: base, descriptionSource: 'extract' });
      continue;
    }
    if (fromJsonLd) {
      result.push({ id, name, posting: { ...base, descriptionHtml: fromJsonLd }, descriptionSource: 'json-ld' });
      continue;
    }
    const selector = DESCRIPTION_SELECTORS[id];
    const container = selector ? document.querySelector(selector) : null;
    if (container) {
      const end = DESCRIPTION_ENDS[id];
      const html = end ? (container.innerHTML.split(end)[0] ?? '') : container.innerHTML;
      result.push({ id, name, posting: { ...base, descriptionHtml: html }, descriptionSource: 'selector' });
      continue;
    }
    if (!extracted?.descriptionText) {
      // As the extension does when no source described the posting: Readability on the page's main content.
      const read = extract(document, PAGE_URLS[file] || `https://fixture.test/${name}`, {
        readability: readDescription,
      }).posting;
      if (read?.descriptionText) {
        result.push({
          id,
          name,
          posting: { ...base, ...read, company: base.company, locations: base.locations },
          descriptionSource: 'readability',
        });
        continue;
      }
    }
    result.push({ id, name, posting: base, descriptionSource: extracted?.descriptionText ? 'extract' : 'none' });
  }
  return result;
}
