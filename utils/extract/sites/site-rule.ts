/**
 * What a site rule is, and the one reader every rule shares: a table of selectors per field.
 * A rule is mostly that table plus `hosts`; `extract` only adds what a table cannot say.
 */
import { first, innerHtml, visibleText, attr, absoluteUrl, all, clean } from '../dom';
import {
  cleanCompany,
  cleanTitle,
  normalizeEmploymentType,
  parseDate,
  splitLocations,
  workModeFromText,
} from '../normalize';
import { parseSalaryText } from '../../money/parse';
import { blocksHtml, postingBlocks } from '../generic/description-blocks';
import { inJobCards } from '../generic/job-cards';
import type { Fields, SitePatch } from '../types';

export interface SiteContext {
  url: URL | null;
  /** What the generic sources found, for the rule to patch. */
  generic: Readonly<Fields>;
  /** null: capture time unknown, relative dates are left out. */
  now: Date | null;
}

export interface SiteRule {
  id: string;
  /** Hosts (and paths) the rule is for. */
  hosts: RegExp;
  /** Markup that identifies the site when the URL does not (saved pages, embedded boards). */
  marker?: string;
  extract(document: Document, context: SiteContext): SitePatch;
}

/** Selectors per field, tried in order; the first element with text wins. */
export interface SelectorTable {
  title?: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  salary?: readonly string[];
  employmentType?: readonly string[];
  workMode?: readonly string[];
  datePosted?: readonly string[];
  validThrough?: readonly string[];
  description?: readonly string[];
  /**
   * Where a site splits the posting into sibling sections (Lever's lists, Welcome to the Jungle's
   * "profile" and "process"): every match, in page order, makes the description.
   */
  descriptionSections?: string;
  applyUrl?: readonly string[];
}

function firstWithText(
  document: Document,
  selectors: readonly string[],
  max = 500,
): { el: Element; text: string } | null {
  for (const selector of selectors) {
    // Other jobs' cards (a results list beside the open job, "Similar jobs") are never this posting's fields.
    for (const el of all(document, selector, 12)) {
      if (inJobCards(el)) continue;
      const text = visibleText(el, max);
      if (text) return { el, text };
    }
  }
  return null;
}

function dateFrom(document: Document, selectors: readonly string[], now: Date | null): string | undefined {
  const found = firstWithText(document, selectors, 200);
  if (!found) return undefined;
  const time = found.el.tagName.toUpperCase() === 'TIME' ? found.el : found.el.querySelector('time');
  return parseDate(attr(time, 'datetime') || found.text, now ?? undefined) ?? undefined;
}

/** Reads a selector table into a patch, normalizing each field the same way for every site. */
export function readSelectors(document: Document, table: SelectorTable, context: SiteContext): SitePatch {
  const patch: SitePatch = {};
  const base = context.url?.href ?? null;
  const t = table.title ? firstWithText(document, table.title, 300) : null;
  if (t) patch.title = cleanTitle(t.text);
  if (table.company) {
    const c = firstWithText(document, table.company, 300);
    if (c) patch.company = cleanCompany(c.text);
  }
  if (table.location) {
    const l = firstWithText(document, table.location, 600);
    if (l) {
      const list = splitLocations(l.text);
      if (list.length) patch.locations = list;
    }
  }
  if (table.salary) {
    const s = firstWithText(document, table.salary, 200);
    const parsed = s ? parseSalaryText(s.text) : null;
    if (parsed) patch.salary = parsed;
  }
  if (table.employmentType) {
    const e = firstWithText(document, table.employmentType, 100);
    const type = e ? normalizeEmploymentType(e.text.replace(/^[\s-–—]+/, ''), true) : null;
    if (type) patch.employmentType = type;
  }
  if (table.workMode) {
    const w = firstWithText(document, table.workMode, 100);
    const mode = w ? workModeFromText(w.text) : null;
    if (mode) patch.workMode = mode;
  }
  if (table.datePosted) {
    const d = dateFrom(document, table.datePosted, context.now);
    if (d) patch.datePosted = d;
  }
  if (table.validThrough) {
    const d = dateFrom(document, table.validThrough, context.now);
    if (d) patch.validThrough = d;
  }
  const sections = table.descriptionSections ? all(document, table.descriptionSections, 50) : [];
  const sectionsHtml = sections.map((el) => innerHtml(el)).join('\n');
  if (sectionsHtml && sections.some((el) => visibleText(el, 200).length > 40)) {
    patch.descriptionHtml = sectionsHtml;
  } else if (table.description) {
    // The posting's other sections beside the chosen one ("Requirements", "Benefits") belong to it.
    const el = first(document, table.description);
    const html = el ? blocksHtml(postingBlocks(el, 'wrappers', t?.el ?? null)) : '';
    if (html && visibleText(el, 200).length > 40) patch.descriptionHtml = html;
  }
  if (table.applyUrl) {
    const a = first(document, table.applyUrl);
    const href = absoluteUrl(attr(a, 'href'), base);
    if (href) patch.applyUrl = href;
  }
  return patch;
}

/**
 * Label → value pairs from definition lists and label/value rows inside `scope` (lower-cased
 * labels, colon removed), for sites that print "Location", "Employment type" etc. as pairs.
 */
export function labelledPairs(document: Document, scope: string, max = 40): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const dt of all(document, `${scope} dt`, max)) {
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName.toUpperCase() !== 'DD') continue;
    const label = visibleText(dt, 60)
      .replace(/\s*:\s*$/, '')
      .toLowerCase();
    const value = visibleText(dd, 400);
    if (label && value && !pairs.has(label)) pairs.set(label, value);
  }
  return pairs;
}

/** The first pair whose label matches. */
export function pairValue(pairs: Map<string, string>, label: RegExp): string {
  for (const [key, value] of pairs) if (label.test(key)) return value;
  return '';
}

/**
 * The company a page names in its logo or site name: "Nordlys Energi career site", "Acme logo",
 * "Careers at Acme" → the name. Empty when nothing names it.
 */
export function companyFromBrand(document: Document, logoSelectors: readonly string[]): string {
  for (const selector of logoSelectors) {
    const el = first(document, selector);
    const raw = el ? attr(el, 'alt') || attr(el, 'content') || attr(el, 'aria-label') || visibleText(el, 120) : '';
    const name = clean(raw)
      .replace(/^(careers|jobs|karriere)\s+(at|bei|chez|hos|på)\s+/i, '')
      // (Not a plain "Home": "Harebell Lodge Care Home" is the name.)
      .replace(/(\s*[-–|]?\s*(careers? ?(site|page)?|jobs|karriere(seite)?|logo|homepage))+\s*$/i, '');
    if (name && name.length <= 80) return cleanCompany(name);
  }
  return '';
}

/**
 * What a rule says when its selectors found no job: on a URL that names one job (the site changed
 * its markup, or has not rendered yet) it stays neutral and the page's own signals decide; elsewhere
 * the page is a list or a careers page.
 */
export function noJobFound(context: SiteContext, jobPath: RegExp, reason: string): SitePatch {
  const path = (context.url?.pathname ?? '') + (context.url?.search ?? '');
  return context.url && jobPath.test(path) ? {} : { isPosting: false, reason };
}

/** When: why a page is not one posting even though something was read (a list of jobs, a company page). */
type NotAPostingWhen = (document: Document, context: SiteContext, patch: SitePatch, applying: boolean) => string | null;

/** How a page with no job title ends. */
type Untitled =
  | {
      /** A page of one job: on such a URL a page with no job in its markup stays neutral (`noJobFound`). */
      jobPath: RegExp;
      notAPosting: {
        /** Why the page is not one posting when no job title was found (a list, a careers page). */
        reason: string;
        when?: NotAPostingWhen;
      };
    }
  | {
      /** No `jobPath`: what was read is kept, marked not a posting, and the page's own signals decide. */
      jobPath?: undefined;
      notAPosting?: { when?: NotAPostingWhen };
    };

/** A site rule as data: what `defineSiteRule` turns into a `SiteRule`. */
export type SiteRuleSpec = Untitled & {
  id: string;
  /** The site's name in the reasons the user reads ("A job on Breezy"). */
  name: string;
  /** Hosts (and paths) the rule is for; example URLs each rule must pick are in tests/extract/site-examples.ts. */
  hosts: RegExp;
  /** Markup that identifies the site when the URL does not (saved pages, embedded boards). */
  marker?: string;
  selectors: SelectorTable;
  /** Logo or site-name selectors that name the employer (`companyFromBrand`); a name found replaces the table's. */
  brand?: readonly string[];
  /** The job's application form: its header is read, the form is no description. */
  applyPath?: RegExp;
  /** The title the generic sources found also counts as the job's. */
  genericTitle?: boolean;
  /** "A job ad on SEEK" where the site says so; default "A job on <name>". */
  postingReason?: string;
  /** What the selector table cannot say, written into `patch`. */
  patch?: (document: Document, context: SiteContext, patch: SitePatch, applying: boolean) => void;
};

/**
 * The steps every rule shares: the selector table (without the description on an apply form), the
 * rule's own patch, the employer's brand, then the verdict: not a posting, no job found, or a job.
 */
export function defineSiteRule(spec: SiteRuleSpec): SiteRule {
  const { id, name, hosts, marker, selectors, brand, applyPath } = spec;
  const formSelectors = { ...selectors, description: undefined };
  return {
    id,
    hosts,
    marker,
    extract(document, context) {
      const applying =
        !!applyPath && (applyPath.test(context.url?.pathname ?? '') || applyPath.test(context.url?.hash ?? ''));
      const patch = readSelectors(document, applying ? formSelectors : selectors, context);
      spec.patch?.(document, context, patch, applying);
      const company = brand ? companyFromBrand(document, brand) : '';
      if (company) patch.company = company;
      const reason = spec.notAPosting?.when?.(document, context, patch, applying);
      if (reason) return { isPosting: false, reason };
      const titled = !!patch.title || (!!spec.genericTitle && !!context.generic.title);
      if (!titled && spec.jobPath) return noJobFound(context, spec.jobPath, spec.notAPosting.reason);
      patch.isPosting = titled;
      patch.reason = applying
        ? `The application form for a job on ${name}`
        : (spec.postingReason ?? `A job on ${name}`);
      if (applyPath) patch.applyForm = applying;
      return patch;
    },
  };
}
