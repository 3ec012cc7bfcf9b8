/**
 * `run()`'s work as an ordered list of named steps over one state. Each step reads what earlier
 * steps left in the state and adds its own part; the order is the trust order of the sources
 * (README.md in this folder). A new source is one function and one line in `STEPS`.
 */
import type { DetectionVerdict } from '../schema/posting';
import { readClosingDate } from './closing-date';
import { localizeCurrency } from '../money/local';
import { detect, mightSettle, settleUnsure, type Detection } from './detect';
import { all, first } from './dom';
import { blocksHtml, postingBlocks, shownPosting } from './generic/description-blocks';
import type { HeaderLineResult } from './generic/header-line';
import { readHeuristics, type HeuristicResult } from './generic/heuristics';
import { readJsonLd, type JsonLdResult } from './generic/json-ld';
import type { LabelledResult } from './generic/labelled';
import { readMetaTags, type MetaResult } from './generic/meta-tags';
import { readMicrodata } from './generic/microdata';
import type { PageScan } from './generic/page-scan';
import { isStreetAddress } from './generic/places';
import type { GenericReader } from './generic/reader';
import type { TitleParts } from './generic/title-patterns';
import { companyWithoutPlace, nameKey, withLegalForm } from './generic/company-name';
import { describe, mergeFields, present, type Candidate } from './merge';
import { parseDate } from './normalize';
import { parseSalaryText } from '../money/parse';
import { readPageSignals, titleReadsAsList } from './signals';
import { findSiteRule } from './sites';
import type { SiteRule } from './sites/site-rule';
import { FIELD_NAMES, type FieldName, type Fields, type SitePatch } from './types';

export interface ExtractOptions {
  /**
   * "Now" for relative dates ("Posted 3 days ago"); defaults to the current time. `null` means
   * "unknown" (a saved page whose capture time is not known): relative dates are then left out.
   */
  now?: Date | null;
  /**
   * Description fallback when no structured source or site rule had one: the caller passes
   * `readDescription` from `generic/readability.ts` (kept out of this bundle on purpose).
   */
  readability?: ReadabilityFallback | 'later';
  /**
   * The generic reader (`generic/reader.ts`). `'later'` (and `readability: 'later'`): this script
   * does not bundle it; a page that needs it stops the run with `needs` set, and the background
   * injects the script that has it (the capture script stays small for the pages that do not).
   */
  reader?: GenericReader | 'later';
  /**
   * Runs the extraction with one element index of the page open (`element-index.ts`): for DOMs
   * whose own selector engine is slow (linkedom). `extract()` passes it; the browser scripts do not.
   */
  elementIndex?: <T>(document: Document, go: () => T) => T;
}

export type ReadabilityFallback = (document: Document, root?: Element | null) => { html: string; text: string } | null;

/** The part of the extraction a later, on-demand script holds. */
export type LaterPart = 'reader' | 'readability';

/** What the steps share. Each part starts empty and is filled by the step named beside it. */
export interface ExtractState {
  readonly document: Document;
  readonly options: ExtractOptions;
  readonly now: Date | null;
  // structured data
  meta: MetaResult;
  pageUrl: URL | null;
  pageHref: string | null;
  host: string;
  ld: JsonLdResult;
  microdata: Fields | null;
  structured: Fields;
  // page heuristics
  heur: HeuristicResult;
  candidates: Record<'ld' | 'microdata' | 'heuristics' | 'meta' | 'confirmed', Candidate>;
  // site rule
  rule: SiteRule | null;
  patch: SitePatch;
  skipReader: boolean;
  // generic reader
  scan: PageScan;
  labelled: LabelledResult;
  attributes: Fields;
  header: HeaderLineResult;
  postedTime: string | undefined;
  titleInfo: TitleParts;
  // merged, then completed
  fields: Fields;
  from: Record<string, string>;
  description: { html: string; text: string };
  verdict: Detection | null;
  reasons: string[];
  /** Set when the run stopped for a part this script does not bundle (`options.reader`/`readability` 'later'). */
  needs: LaterPart | null;
}

export type ExtractStep = (state: ExtractState) => void;

function httpUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const JOB_URL =
  /\/(jobs?|careers?|positions?|vacanc(y|ies)|stellenangebote?|stellen|stellenanzeigen?|jobannonce|viewjob|opening|offres?|emploi|vacatures?|recrutement|recrutamento|karriere|empleos?|trabajos?|ofertas?|lavora-con-noi|ledige-stillinger|lediga-jobb|offerte-lavoro|offerta|vagas?|vaga-de[^/]*|praca|emprego|stilling|job\/ad|tyopaikat|job-posting|requisition|apply|applications?)([/?_-]|$)|[?&](jk|vjk|gh_jid|jobid|job_id|currentjobid)=/i;

const EMPTY_SCAN: PageScan = { labels: [], attributes: [], postedTimes: [], visited: 0 };

const NO_HEADER: HeaderLineResult = { company: null, places: [], datePosted: null };
const NO_TITLE_PARTS: TitleParts = { role: null, company: null, place: null };
const NO_LABELS: LabelledResult = { fields: {}, relativePosted: null, facts: 0 };

/** The generic reader, or null after marking that the run needs the script that has it. */
function readerOf(s: ExtractState): GenericReader | null {
  const reader = s.options.reader;
  if (reader && reader !== 'later') return reader;
  s.needs = 'reader';
  return null;
}

/**
 * Whether the generic reader could change nothing this page returns, so a script without it may
 * go on (`reader: 'later'`): every field it reads is already given by a source it ranks below (or
 * by the site rule's patch), and the facts it would count cannot move the verdict, the confidence
 * or the reasons. Anything less and the page asks for the reader, so the result is the same
 * as `extract()`'s, which always runs it.
 */
function readerChangesNothing(s: ExtractState): boolean {
  const { patch, ld, microdata, meta, heur } = s;
  const has = (key: FieldName, ...more: Fields[]) =>
    [patch, ld.fields ?? {}, microdata ?? {}, ...more].some((fields) => present(fields[key]));
  const fieldsGiven =
    has('company', meta.fields) &&
    has('locations', { locations: heur.confirmedLocations ?? undefined }) &&
    (['descriptionHtml', 'workMode', 'employmentType', 'salary', 'datePosted', 'validThrough'] as const).every((key) =>
      has(key),
    );
  if (!fieldsGiven) return false;
  // Facts only add to the score: with three already, or one on a page both its structured data and
  // its site rule call a posting (a score of 1 and more), more facts change nothing.
  const facts = headerFactsOf(s);
  const sure = (ld.postingCount >= 1 && ld.postingCount <= 3) || !!microdata?.title;
  return facts >= 3 || (facts >= 1 && sure && patch.isPosting === true);
}

/**
 * The state before any step: the parts a step may leave unset start empty; every other part is
 * set by its step before a later step reads it (the order of `STEPS`), so it starts unset rather
 * than as an empty value the capture script would carry for nothing.
 */
export function initialState(document: Document, url: string, options: ExtractOptions): ExtractState {
  const partial: Partial<ExtractState> = {
    document,
    options,
    now: options.now === null ? null : (options.now ?? new Date()),
    pageUrl: httpUrl(url),
    rule: null,
    patch: {},
    skipReader: false,
    scan: EMPTY_SCAN,
    labelled: NO_LABELS,
    attributes: {},
    header: NO_HEADER,
    titleInfo: NO_TITLE_PARTS,
    verdict: null,
    reasons: [],
    needs: null,
  };
  return partial as ExtractState;
}

/** JSON-LD, microdata and meta tags; the page's own URL when the caller gave none. */
const readStructured: ExtractStep = (s) => {
  s.meta = readMetaTags(s.document);
  s.pageUrl ??= httpUrl(s.meta.pageUrl);
  s.pageHref = s.pageUrl?.href ?? null;
  s.host = s.pageUrl?.hostname.toLowerCase() ?? '';
  s.ld = readJsonLd(s.document, s.pageHref);
  s.microdata = readMicrodata(s.document);
  s.structured = { ...(s.microdata ?? {}), ...(s.ld.fields ?? {}) };
};

/** The title heading and the short lines after it, told what structured data found. */
const readPageHeuristics: ExtractStep = (s) => {
  const { structured, meta } = s;
  s.heur = readHeuristics(s.document, {
    title: structured.title ?? meta.fields.title,
    company: structured.company ?? meta.fields.company,
    places: structured.locations,
    rawTitle: meta.rawTitle,
    salary: structured.salary ? { min: structured.salary.min, max: structured.salary.max } : null,
    now: s.now,
    pageUrl: s.pageHref,
  });
  s.candidates = {
    ld: { source: 'json-ld', fields: s.ld.fields ?? {} },
    microdata: { source: 'microdata', fields: s.microdata ?? {} },
    heuristics: { source: 'heuristics', fields: s.heur.fields },
    meta: { source: 'meta', fields: meta.fields },
    confirmed: {
      source: 'heuristics',
      fields: s.heur.confirmedLocations ? { locations: s.heur.confirmedLocations } : {},
    },
  };
};

/**
 * The site rule, before the generic reader (it sees what structured data and the heuristics
 * found): when it says the page is a list or a company page, the generic reader's walk is spared.
 */
const runSiteRule: ExtractStep = (s) => {
  s.rule = findSiteRule(s.pageUrl, s.document);
  if (s.rule) {
    const { ld, microdata: md, heuristics: heur, meta, confirmed } = s.candidates;
    const base = mergeFields({
      title: [ld, md, heur, meta],
      company: [ld, md, meta],
      locations: [confirmed, ld, md, heur],
      workMode: [ld, md, heur],
      employmentType: [ld, md, heur],
      salary: [ld, md, heur],
      datePosted: [ld, md, heur],
      validThrough: [ld, md],
      applyUrl: [ld, heur],
      descriptionHtml: [ld, md],
      url: [ld, md],
    });
    try {
      s.patch = s.rule.extract(s.document, { url: s.pageUrl, generic: base.fields, now: s.now });
    } catch (error) {
      s.patch = {
        reason: `The ${s.rule.id} reader failed on this page (${error instanceof Error ? error.message : String(error)}); the rest was read without it`,
      };
    }
  }
  // A results page ("312 warehouse jobs in Bristol") is refused anyway: its cards' labels are not read.
  const listPage =
    !s.ld.postingCount && s.patch.isPosting !== true && titleReadsAsList(s.document, s.heur.signals.titleElement);
  s.skipReader = s.patch.isPosting === false || s.ld.postingCount > 3 || listPage;
};

/**
 * The generic reader: one walk over the page for labels and telling attributes, then the header
 * line and the title patterns (only when structured data left their fields open).
 */
const readGeneric: ExtractStep = (s) => {
  const { document, structured, meta, heur } = s;
  if (s.options.reader === 'later' && !s.skipReader && readerChangesNothing(s)) s.skipReader = true;
  const reader = s.skipReader ? null : readerOf(s);
  if (!reader) return; // labelled and attributes stay empty, as initialState left them
  s.scan = reader.scanPage(document);
  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  s.labelled = reader.readLabelled(s.scan.labels, { now: s.now, dayFirst: !!lang && !/^en(-us)?$/.test(lang) });
  s.postedTime = s.scan.postedTimes.map((t) => parseDate(t)).find(Boolean) ?? undefined;
  s.attributes = reader.readAttributes(s.scan.attributes);
  const needPlaceOrCompany = !structured.company || !structured.locations?.length;
  if (needPlaceOrCompany || !structured.datePosted)
    s.header = reader.readHeaderLine(heur.signals.headerLines, heur.signals.headerLineParts, s.now);
  const knownRole = heur.fields.title ?? structured.title ?? meta.fields.title ?? null;
  if (needPlaceOrCompany)
    s.titleInfo = readTitles(reader, [meta.docTitle, meta.ogTitle], knownRole, meta.siteName, s.host);
};

/** Every source merged field by field in trust order; visible salary wording that agrees with structured numbers. */
const mergeSources: ExtractStep = (s) => {
  const { ld, microdata: md, heuristics: heur, meta, confirmed } = s.candidates;
  const { header, titleInfo, labelled } = s;
  // A labelled street address is the office; the place under the title is how the posting names it.
  const labelFields =
    header.places.length && labelled.fields.locations?.length === 1 && isStreetAddress(labelled.fields.locations[0]!)
      ? { ...labelled.fields, locations: undefined }
      : labelled.fields;
  const labels: Candidate = { source: 'labels', fields: labelFields };
  // "Luogo di lavoro: Lugano" under the title agrees with the title's place; the labelled value is the place itself.
  const line = s.heur.confirmedLocations;
  const labelled1 = labelFields.locations;
  if (
    line?.length === 1 &&
    labelled1?.length === 1 &&
    line[0] !== labelled1[0] &&
    line[0]!.endsWith(` ${labelled1[0]}`)
  )
    confirmed.fields = { locations: labelled1 };
  const time: Candidate = { source: 'heuristics', fields: { datePosted: s.postedTime } };
  const attrs: Candidate = { source: 'attributes', fields: s.attributes };
  const headerC: Candidate = {
    source: 'header',
    fields: { company: header.company ?? undefined, locations: header.places.length ? header.places : undefined },
  };
  const title: Candidate = {
    source: 'title',
    fields: { company: titleInfo.company ?? undefined, locations: titleInfo.place ? [titleInfo.place] : undefined },
  };
  // Relative dates ("1 week ago") only when nothing absolute exists.
  const relative: Candidate = {
    source: 'header',
    fields: { datePosted: header.datePosted ?? labelled.relativePosted ?? undefined },
  };
  const merged = mergeFields({
    title: [ld, md, heur, meta],
    company: [ld, md, meta, labels, attrs, headerC, title],
    locations: [confirmed, ld, md, labels, attrs, headerC, heur, title],
    workMode: [ld, md, labels, attrs, heur],
    employmentType: [ld, md, labels, attrs, heur, meta],
    salary: [ld, md, labels, attrs, heur, meta],
    datePosted: [ld, md, labels, time, heur, relative],
    validThrough: [ld, md, labels],
    applyUrl: [ld, heur],
    descriptionHtml: [ld, md],
    url: [ld, md],
  });
  // Visible salary text that agrees with structured numbers is what the user saw; the structured
  // currency still wins over the visible symbol.
  const confirmedSalary = s.heur.confirmedSalaryText;
  if (merged.fields.salary && confirmedSalary) {
    const structuredCurrency = merged.fields.salary.currency;
    const visible = parseSalaryText(confirmedSalary, merged.fields.salary);
    if (visible) merged.fields.salary = structuredCurrency ? { ...visible, currency: structuredCurrency } : visible;
  }
  s.fields = { ...merged.fields };
  s.from = { ...merged.from };
  const fromTitle = s.from.company === 'meta' || s.from.company === 'title';
  if (s.fields.company && s.fields.locations?.length && fromTitle)
    s.fields.company = companyWithoutPlace(s.fields.company, s.fields.locations);
  if (s.fields.company && fromTitle && s.meta.siteName)
    s.fields.company = withLegalForm(s.fields.company, s.meta.siteName);
  // A lone header part ("Production · Full-time · Austin") loses to a title that names the site's own name.
  // (A header company exists only when the reader ran, so `options.reader` is the reader here.)
  const reader = s.options.reader && s.options.reader !== 'later' ? s.options.reader : null;
  const siteCompany =
    titleInfo.company && nameKey(titleInfo.company) === nameKey(s.meta.siteName) ? titleInfo.company : null;
  if (s.from.company === 'header' && siteCompany && reader && !reader.boardHostWords.test(`.${s.host}`)) {
    s.fields.company = siteCompany;
    s.from.company = 'title';
  }
};

/** What the site rule read replaces what the generic sources found. */
const applySitePatch: ExtractStep = (s) => {
  if (!s.rule) return;
  for (const key of FIELD_NAMES) {
    const value = s.patch[key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    (s.fields as Record<FieldName, unknown>)[key] = value;
    s.from[key] = `site:${s.rule.id}`;
  }
};

/**
 * The employer the page shows (logo, "Careers at X", ©) on an ATS or the company's own site; the
 * ATS URL's slug only as a last resort.
 */
const companyShown: ExtractStep = (s) => {
  if (s.fields.company || s.skipReader) return;
  const reader = readerOf(s);
  if (!reader) return;
  const named = reader.companyFromPage(s.document, s.pageUrl);
  const company = named.shown ?? named.about ?? named.slug;
  if (company) {
    s.fields.company = company;
    s.from.company = named.shown || named.about ? 'page' : 'url';
  }
};

/**
 * The description container from our own pass, before any Readability, with the posting's sibling
 * sections. Structured data that holds only a teaser or a part of what the page shows gives way to
 * the whole posting the page shows (credited to `page`).
 */
const ownDescription: ExtractStep = (s) => {
  const title = s.heur.signals.titleElement;
  if (!s.fields.descriptionHtml && !s.skipReader) {
    const reader = readerOf(s);
    if (!reader) return;
    const el = reader.findDescriptionElement(s.document, s.scan.attributes);
    const html = el ? blocksHtml(postingBlocks(el, 'wrappers', title)) : '';
    if (html) {
      s.fields.descriptionHtml = html;
      s.from.descriptionHtml = 'page';
    }
  }
  const view = s.document.defaultView;
  s.description = describe(s.fields.descriptionHtml, view);
  const from = s.from.descriptionHtml;
  if ((from === 'json-ld' || from === 'microdata') && s.description.text) {
    const shown = shownPosting(s.document, s.description.text, title);
    if (shown) {
      s.fields.descriptionHtml = shown;
      s.from.descriptionHtml = 'page';
      s.description = describe(shown, view);
    }
  }
};

/** A place, a salary and a closing date stated in the description, when nothing else gave them. */
const factsInDescription: ExtractStep = (s) => {
  const text = s.description.text;
  if (!text) return;
  if (!s.fields.locations?.length) {
    const reader = readerOf(s);
    if (!reader) return;
    const place = reader.locationFromProse(text);
    if (place) {
      s.fields.locations = [place];
      s.from.locations = 'prose';
    }
  }
  fillFromText(s, text, 'description');
};

/** Salary and closing date from description text, credited to `source`. */
function fillFromText(s: ExtractState, text: string, source: string): void {
  if (!s.fields.salary) {
    const reader = readerOf(s);
    if (!reader) return; // this step runs again once the reader is there: write nothing until then
    const parsed = reader.findSalary(text);
    if (parsed) {
      s.fields.salary = parsed;
      s.from.salary = source;
    }
  }
  if (!s.fields.validThrough) {
    const deadline = readClosingDate(text);
    if (deadline) {
      s.fields.validThrough = deadline;
      s.from.validThrough = source;
    }
  }
}

/** Is this page one job posting? (score and reasons, `detect.ts`). */
const detectPosting: ExtractStep = (s) => {
  const { document, heur, patch, ld, rule, fields, pageUrl } = s;
  const schemaTypes = new Set(ld.types);
  for (const el of all(document, '[itemtype]', 30)) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop();
    if (type) schemaTypes.add(type);
  }
  const headerFacts = headerFactsOf(s);
  const page = readPageSignals(document, fields.title, heur.signals.titleElement);
  const jobHeadings = Math.max(heur.signals.jobHeadings, page.jobHeadings);
  // Several postings in the structured data: a list, unless the page names one of them (the reader holds the test).
  const several =
    (ld.postingCount >= 2 && ld.postingCount <= 3) || all(document, '[itemtype$="/JobPosting"]', 2).length >= 2;
  const reader = several ? readerOf(s) : null;
  if (several && !reader) return; // this step runs again once the reader is there
  const detected = detect({
    jsonLdPostings: ld.postingCount,
    schemaTypes,
    microdata: !!s.microdata?.title,
    site: rule ? { id: rule.id, isPosting: patch.isPosting, reason: patch.reason } : null,
    hasTitle: !!fields.title,
    descriptionChars: s.description.text.length,
    applyFound: heur.signals.applyFound || page.applyFound,
    jobHeadings,
    jobLinks: heur.signals.jobLinks,
    listTitle: page.listTitle && !ld.postingCount && patch.isPosting !== true,
    headerFacts,
    ogType: s.meta.ogType,
    urlLooksLikeJob: !!pageUrl && JOB_URL.test(pageUrl.pathname + pageUrl.search),
    applyForm: page.applyForm,
    roleTitle: page.roleTitle,
    postingWords: page.postingWords,
    structuredList: !!reader && reader.listsSeveralPostings(document, ld.postingTitles),
  });
  if (!mightSettle(detected, page)) {
    s.verdict = detected;
    return;
  }
  // An unsure page may be plainly a list, an event, an alert sign-up or a company page: the reader reads the signs.
  const signs = readerOf(s);
  if (!signs) return;
  s.verdict = settleUnsure(detected, () => signs.readListingSigns(document, heur.signals.titleElement), {
    ...page,
    jobHeadings, // the count detect() read, not the page signals' own
    aboutType: schemaTypes.has('AboutPage'),
  });
};

/** Facts next to the title or in labelled rows / telling attributes (each field counted once). */
function headerFactsOf(s: ExtractState): number {
  const { labelled, attributes, heur, header } = s;
  const has = (key: keyof LabelledResult['fields']) => !!(labelled.fields[key] || attributes[key]);
  return Math.min(
    4,
    (heur.confirmedLocations || heur.fields.locations || header.places.length || has('locations') ? 1 : 0) +
      (heur.fields.salary || heur.confirmedSalaryText || has('salary') ? 1 : 0) +
      (heur.fields.employmentType || has('employmentType') ? 1 : 0) +
      (heur.fields.workMode || has('workMode') ? 1 : 0) +
      (labelled.fields.validThrough || labelled.fields.datePosted ? 1 : 0) +
      s.meta.lineFacts,
  );
}

/**
 * Readability (given by the caller) only for a posting that no source described (or one detection
 * is unsure of: the user may save it). An application form has no description: Readability would
 * only find the form's own words.
 */
const readabilityFallback: ExtractStep = (s) => {
  const readability = s.options.readability;
  if (!readability || s.description.text || s.patch.applyForm || verdictOf(s) === 'not-posting') return;
  if (readability === 'later') {
    s.needs = 'readability';
    return;
  }
  const read = safe(() => readability(s.document, contentRoot(s.document, s.heur.signals.titleElement)));
  if (!read || !read.text) return;
  s.description = describe(read.html || read.text, s.document.defaultView);
  s.from.descriptionHtml = 'readability';
  s.fields.descriptionHtml = read.html;
  fillFromText(s, s.description.text, 'readability');
};

/** A bare "$" or "kr" read from the page is the currency of the host's, the posting's or the page language's country. */
const localDollar: ExtractStep = (s) => {
  const { fields, from } = s;
  if (fields.salary && from.salary !== 'json-ld' && from.salary !== 'microdata') {
    const lang = s.document.documentElement?.getAttribute('lang');
    fields.salary = localizeCurrency(fields.salary, { host: s.host, places: fields.locations, lang });
  }
};

/** The verdict's reasons, then repairs, reader failures and the site rule's own word. */
const collectReasons: ExtractStep = (s) => {
  const { ld, patch } = s;
  const reasons = [...(s.verdict?.reasons ?? [])];
  if (ld.repaired) reasons.push(`Repaired ${ld.repaired} damaged block(s) of the page's job data`);
  if (ld.errors) reasons.push(`${ld.errors} block(s) of the page's job data could not be read`);
  if (patch.reason && patch.isPosting !== false && !reasons.includes(patch.reason)) reasons.push(patch.reason);
  s.reasons = reasons;
};

/** Not (surely) a posting: keep whatever was found, so "Save anyway" has something to edit. */
const fallbackTitle: ExtractStep = (s) => {
  if (s.verdict?.isJobPosting || s.fields.title) return;
  const title = pageHeading(s.document);
  if (title) {
    s.fields.title = title;
    s.from.title = 'page';
  }
};

/** The steps of one extraction, in order. */
export const STEPS: ReadonlyArray<readonly [name: string, step: ExtractStep]> = [
  ['structured data', readStructured],
  ['page heuristics', readPageHeuristics],
  ['site rule', runSiteRule],
  ['generic reader', readGeneric],
  ['merge by trust', mergeSources],
  ['site patch', applySitePatch],
  ['company shown on the page', companyShown],
  ['own description', ownDescription],
  ['facts in the description', factsInDescription],
  ['detect', detectPosting],
  ['readability', readabilityFallback],
  ['local dollar', localDollar],
  ['reasons', collectReasons],
  ['fallback title', fallbackTitle],
];

function verdictOf(s: ExtractState): DetectionVerdict {
  return s.verdict?.verdict ?? 'unsure';
}

/** The page's first h1, else its <title>: a title to start from when nothing better was found. */
function pageHeading(document: Document): string | null {
  for (const el of [document.querySelector('h1'), document.querySelector('title')]) {
    const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 300);
  }
  return null;
}

/** The best of the page's titles (<title>, og:title): the first that names a company, and a place. */
function readTitles(
  reader: GenericReader,
  titles: string[],
  knownRole: string | null,
  siteName: string,
  host: string,
): TitleParts {
  const out: TitleParts = { role: null, company: null, place: null };
  const boardHost = reader.boardHostWords.test(`.${host}`);
  for (const raw of titles) {
    if (!raw) continue;
    const parts = reader.parseTitle(raw, { knownRole, siteName, host, boardHost });
    out.role ??= parts.role;
    out.company ??= parts.company;
    out.place ??= parts.place;
  }
  return out;
}

/** The page's main content for Readability: main / article / [role=main], else the title's section, else the whole page. */
function contentRoot(document: Document, titleElement: Element | null): Element | null {
  const main = first(document, 'main, [role="main"], article');
  if (main && (main.textContent ?? '').length > 500) return main;
  let el = titleElement?.parentElement ?? null;
  while (el && el !== document.body && (el.textContent ?? '').length < 1500) el = el.parentElement;
  return el && el !== document.body ? el : null;
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
