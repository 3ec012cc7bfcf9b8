/**
 * `run()`'s work as an ordered list of named steps over one state. Each step reads what earlier
 * steps left in the state and adds its own part; the order is the trust order of the sources
 * (README.md in this folder). A new source is one function and one line in the steps' lists.
 * This file holds the capture steps (what the page declares: structured data, the header under the
 * title, the site rule) and the choice of the part that goes on; the steps after it are in
 * `finishing-steps.ts`, which the capture script does not bundle.
 */
import type { Extraction } from '../schema/posting';
import type { PageCompany } from './generic/company-from-page';
import type { HeaderLineResult } from './generic/header-line';
import { readHeuristics, type HeuristicResult } from './generic/heuristics';
import { readJsonLd, type JsonLdResult } from './generic/json-ld';
import type { LabelledResult } from './generic/labelled';
import { readMetaTags, type MetaResult } from './generic/meta-tags';
import { readMicrodata } from './generic/microdata';
import type { PageScan } from './generic/page-scan';
import type { GenericReader } from './generic/reader';
import type { TitleParts } from './generic/title-patterns';
import type { Detection } from './detect';
import { mergeFields, present, type Candidate } from './merge';
import { titleReadsAsList } from './signals';
import { findSiteRule } from './sites';
import type { SiteRule } from './sites/site-rule';
import type { FieldName, Fields, SitePatch } from './types';

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
   * The steps after the capture steps (`FINISHING_STEPS` in `finishing-steps.ts`). `'later'` (or
   * left out): this script does not bundle them; the run stops after the capture steps with
   * `needs: 'finish'`, unless it already stopped for the reader, whose script brings them too.
   */
  finish?: readonly NamedStep[] | 'later';
  /**
   * Runs the extraction with one element index of the page open (`element-index.ts`): for DOMs
   * whose own selector engine is slow (linkedom). `extract()` passes it; the browser scripts do not.
   */
  elementIndex?: <T>(document: Document, go: () => T) => T;
}

export type ReadabilityFallback = (document: Document, root?: Element | null) => { html: string; text: string } | null;

/** The part of the extraction a later, on-demand script holds. */
export type LaterPart = 'reader' | 'readability' | 'finish';

/** What the steps share. Each part starts empty and is filled by the step named beside it. */
export interface ExtractState {
  readonly document: Document;
  readonly options: ExtractOptions;
  readonly now: Date | null;
  // structured data
  meta: MetaResult;
  pageUrl: URL | null;
  pageHref: string | null;
  /** The employer the page shows (logo, ©, "About X"), read once per run by the finishing steps. */
  pageCompany?: PageCompany;
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
  /** The title is the heading of a job open in a pane beside a results list (its <title> names the search). */
  paneTitle?: boolean;
  // merged, then completed
  fields: Fields;
  from: Record<string, string>;
  description: { html: string; text: string };
  verdict: Detection | null;
  reasons: string[];
  /** The page's own notice that the job no longer takes applications (`generic/closed-notice.ts`). */
  closedNotice: string | null;
  /** The result, set by the last finishing step. */
  extraction?: Extraction;
  /** Set when the run stopped for a part this script does not bundle (`options.reader`/`readability` 'later'). */
  needs: LaterPart | null;
}

export type ExtractStep = (state: ExtractState) => void;

export type NamedStep = readonly [name: string, step: ExtractStep];

function httpUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const EMPTY_SCAN: PageScan = { labels: [], attributes: [], postedTimes: [], visited: 0 };

const NO_HEADER: HeaderLineResult = { company: null, places: [], datePosted: null };
const NO_TITLE_PARTS: TitleParts = { role: null, company: null, place: null };
const NO_LABELS: LabelledResult = { fields: {}, relativePosted: null, facts: 0 };

/** The generic reader, or null after marking that the run needs the script that has it. */
export function readerOf(s: ExtractState): GenericReader | null {
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
    closedNotice: null,
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

/**
 * The heuristics' reading of the title heading (`titleElement`, else the one they find) and the lines
 * after it, told what structured data found; the candidates it gives.
 */
export function readHeuristicsOf(s: ExtractState, title: string | undefined, titleElement?: Element) {
  const { structured, meta } = s;
  const heur = readHeuristics(s.document, {
    title,
    company: structured.company ?? meta.fields.company,
    places: structured.locations,
    rawTitle: meta.rawTitle,
    salary: structured.salary ? { min: structured.salary.min, max: structured.salary.max } : null,
    now: s.now,
    pageUrl: s.pageHref,
    ...(titleElement ? { titleElement } : {}),
  });
  const heuristics: Candidate = { source: 'heuristics', fields: heur.fields };
  const confirmed: Candidate = {
    source: 'heuristics',
    fields: heur.confirmedLocations ? { locations: heur.confirmedLocations } : {},
  };
  return { heur, heuristics, confirmed };
}

/** The title heading and the short lines after it, told what structured data found. */
const readPageHeuristics: ExtractStep = (s) => {
  const { heur, heuristics, confirmed } = readHeuristicsOf(s, s.structured.title ?? s.meta.fields.title);
  s.heur = heur;
  s.candidates = {
    ld: { source: 'json-ld', fields: s.ld.fields ?? {} },
    microdata: { source: 'microdata', fields: s.microdata ?? {} },
    heuristics,
    meta: { source: 'meta', fields: s.meta.fields },
    confirmed,
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

/** Facts next to the title or in labelled rows / telling attributes (each field counted once). */
export function headerFactsOf(s: ExtractState): number {
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
 * The part that goes on from here, for a script without the generic reader (`reader: 'later'`):
 * the reader's script when the reader could change the result, else the finishing steps alone. The
 * reader is skipped only as `extract()` would see no difference (`readerChangesNothing`).
 */
const chooseParts: ExtractStep = (s) => {
  if (s.options.reader !== 'later') return;
  if (!s.skipReader && readerChangesNothing(s)) s.skipReader = true;
  if (!s.skipReader) s.needs = 'reader';
};

/** The capture steps, in order; `FINISHING_STEPS` go on from the last one. */
export const CAPTURE_STEPS: readonly NamedStep[] = [
  ['structured data', readStructured],
  ['page heuristics', readPageHeuristics],
  ['site rule', runSiteRule],
  ['which part goes on', chooseParts],
];
