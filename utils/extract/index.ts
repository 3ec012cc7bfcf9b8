/**
 * Reads one job posting from a page. Pure: takes a Document, returns plain data, never throws.
 *
 * Sources, merged field by field by trust (each field keeps the name of its source):
 *   site rule (`site:<id>`) → JSON-LD → microdata → the generic reader (labelled values, telling
 *   attributes, the header line, title patterns, the page's own name, the ATS URL, prose) → page
 *   heuristics → meta tags → our description finder → Readability on a subtree.
 * See README.md in this folder for the fields, `source` and `confidence`.
 */
import type { Extraction } from '../schema/posting';
import { detect, settleUnsure } from './detect';
import { readHeuristics, findDeadline } from './generic/heuristics';
import { readJsonLd } from './generic/json-ld';
import { readMetaTags } from './generic/meta-tags';
import { readMicrodata } from './generic/microdata';
import { describe, mergeFields, toDraft, type Candidate } from './merge';
import { findSalaryInText, parseDate, parseSalaryText } from './normalize';
import { findSiteRule } from './sites';
import { readListingSigns, readPageSignals, titleReadsAsList } from './signals';
import { dollarForHost, dollarForPlaces, localizeDollar } from './currency';
import { readAttributes } from './generic/attributes';
import { companyFromPage } from './generic/company-from-page';
import { findDescriptionElement } from './generic/description';
import { readHeaderLine } from './generic/header-line';
import { readLabelled } from './generic/labelled';
import { scanPage } from './generic/page-scan';
import { locationFromProse } from './generic/prose-location';
import { parseTitle, type TitleParts } from './generic/title-patterns';
import { BOARD_HOST_WORDS } from './data/ats-hosts';
import { innerHtml } from './dom';
import type { FieldName, Fields, SitePatch } from './types';
import { all } from './dom';

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
  readability?: (document: Document, root?: Element | null) => { html: string; text: string } | null;
}

function clock(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function httpUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const FIELD_KEYS: readonly FieldName[] = [
  'title',
  'company',
  'locations',
  'workMode',
  'employmentType',
  'salary',
  'datePosted',
  'validThrough',
  'applyUrl',
  'descriptionHtml',
  'url',
];

const JOB_URL =
  /\/(jobs?|careers?|positions?|vacanc(y|ies)|stellenangebote?|stellen|stellenanzeigen?|jobannonce|viewjob|opening|offres?|emploi|vacatures?|recrutement|recrutamento|karriere|empleos?|trabajos?|ofertas?|lavora-con-noi|ledige-stillinger|lediga-jobb|job-posting|requisition|apply|applications?)([/?_-]|$)|[?&](jk|vjk|gh_jid|jobid|job_id|currentjobid)=/i;

export function extract(document: Document, url: string, options: ExtractOptions = {}): Extraction {
  const started = clock();
  try {
    const result = run(document, url, options);
    result.elapsedMs = Math.max(0, clock() - started);
    return result;
  } catch (error) {
    // Bugs must not break the page or the popup: report them as a reason.
    return {
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0,
      reasons: [
        `Something went wrong while reading this page (${error instanceof Error ? error.message : String(error)})`.slice(
          0,
          300,
        ),
      ],
      posting: null,
      elapsedMs: Math.max(0, clock() - started),
    };
  }
}

function run(document: Document, url: string, options: ExtractOptions): Extraction {
  if (!document || typeof document.querySelector !== 'function') {
    return {
      isJobPosting: false,
      verdict: 'unsure',
      confidence: 0,
      reasons: ['There is no page to read'],
      posting: null,
    };
  }
  const now = options.now === null ? null : (options.now ?? new Date());
  const meta = readMetaTags(document);
  const pageUrl = httpUrl(url) ?? httpUrl(meta.pageUrl);
  const pageHref = pageUrl?.href ?? null;

  const ld = readJsonLd(document, pageHref);
  const microdata = readMicrodata(document);
  const structured: Fields = { ...(microdata ?? {}), ...(ld.fields ?? {}) };

  const heur = readHeuristics(document, {
    title: structured.title ?? meta.fields.title,
    company: structured.company ?? meta.fields.company,
    places: structured.locations,
    rawTitle: meta.rawTitle,
    salary: structured.salary ? { min: structured.salary.min, max: structured.salary.max } : null,
    now,
    pageUrl: pageHref,
  });

  const ldC: Candidate = { source: 'json-ld', fields: ld.fields ?? {} };
  const mdC: Candidate = { source: 'microdata', fields: microdata ?? {} };
  const heurC: Candidate = { source: 'heuristics', fields: heur.fields };
  const metaC: Candidate = { source: 'meta', fields: meta.fields };
  const confirmedC: Candidate = {
    source: 'heuristics',
    fields: heur.confirmedLocations ? { locations: heur.confirmedLocations } : {},
  };

  // The site rule first (it sees what structured data and the heuristics found): when it says the
  // page is a list or a company page, the generic reader's walk is spared.
  const rule = findSiteRule(pageUrl, document);
  let patch: SitePatch = {};
  if (rule) {
    const base = mergeFields({
      title: [ldC, mdC, heurC, metaC],
      company: [ldC, mdC, metaC],
      locations: [confirmedC, ldC, mdC, heurC],
      workMode: [ldC, mdC, heurC],
      employmentType: [ldC, mdC, heurC],
      salary: [ldC, mdC, heurC],
      datePosted: [ldC, mdC, heurC],
      validThrough: [ldC, mdC],
      applyUrl: [ldC, heurC],
      descriptionHtml: [ldC, mdC],
      url: [ldC, mdC],
    });
    try {
      patch = rule.extract(document, { url: pageUrl, generic: base.fields, now });
    } catch (error) {
      patch = {
        reason: `The ${rule.id} reader failed on this page (${error instanceof Error ? error.message : String(error)}); the rest was read without it`,
      };
    }
  }
  // A results page ("312 warehouse jobs in Bristol") is refused anyway: its cards' labels are not read.
  const listPage =
    !ld.postingCount && patch.isPosting !== true && titleReadsAsList(document, heur.signals.titleElement);
  const skipReader = patch.isPosting === false || ld.postingCount > 3 || listPage;

  // The generic reader: one walk over the page for labels and telling attributes, then the header
  // line, the title patterns and (when still needed) the page's own name and the ATS URL.
  const host = pageUrl?.hostname.toLowerCase() ?? '';
  const scan = skipReader ? { labels: [], attributes: [], postedTimes: [], visited: 0 } : scanPage(document);
  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const labelled = readLabelled(scan.labels, { now, dayFirst: !!lang && !/^en(-us)?$/.test(lang) });
  const postedTime = scan.postedTimes.map((t) => parseDate(t)).find(Boolean) ?? undefined;
  const attributes = readAttributes(scan.attributes);
  // The header line and the title patterns only when structured data left their fields open.
  const needPlaceOrCompany = !skipReader && (!structured.company || !structured.locations?.length);
  const header =
    needPlaceOrCompany || (!skipReader && !structured.datePosted)
      ? readHeaderLine(heur.signals.headerLines, heur.signals.headerLineParts, now)
      : { company: null, places: [], datePosted: null };
  const knownRole = heur.fields.title ?? structured.title ?? meta.fields.title ?? null;
  const titleInfo = needPlaceOrCompany
    ? readTitles([meta.docTitle, meta.ogTitle], knownRole, meta.siteName, host)
    : { role: null, company: null, place: null };

  const labelsC: Candidate = { source: 'labels', fields: labelled.fields };
  const timeC: Candidate = { source: 'heuristics', fields: { datePosted: postedTime } };
  const attrsC: Candidate = { source: 'attributes', fields: attributes };
  const headerC: Candidate = {
    source: 'header',
    fields: { company: header.company ?? undefined, locations: header.places.length ? header.places : undefined },
  };
  const titleC: Candidate = {
    source: 'title',
    fields: { company: titleInfo.company ?? undefined, locations: titleInfo.place ? [titleInfo.place] : undefined },
  };
  // Relative dates ("1 week ago") only when nothing absolute exists.
  const relativeC: Candidate = {
    source: 'header',
    fields: { datePosted: header.datePosted ?? labelled.relativePosted ?? undefined },
  };

  const genericMerge = mergeFields({
    title: [ldC, mdC, heurC, metaC],
    company: [ldC, mdC, metaC, labelsC, attrsC, headerC, titleC],
    locations: [confirmedC, ldC, mdC, labelsC, attrsC, headerC, heurC, titleC],
    workMode: [ldC, mdC, labelsC, attrsC, heurC],
    employmentType: [ldC, mdC, labelsC, attrsC, heurC],
    salary: [ldC, mdC, labelsC, attrsC, heurC],
    datePosted: [ldC, mdC, labelsC, timeC, heurC, relativeC],
    validThrough: [ldC, mdC, labelsC],
    applyUrl: [ldC, heurC],
    descriptionHtml: [ldC, mdC],
    url: [ldC, mdC],
  });
  // Visible salary text that agrees with structured numbers is what the user saw; the structured
  // currency still wins over the visible symbol.
  if (genericMerge.fields.salary && heur.confirmedSalaryText) {
    const structuredCurrency = genericMerge.fields.salary.currency;
    const visible = parseSalaryText(heur.confirmedSalaryText, genericMerge.fields.salary);
    if (visible)
      genericMerge.fields.salary = structuredCurrency ? { ...visible, currency: structuredCurrency } : visible;
  }

  const fields: Fields = { ...genericMerge.fields };
  const from: Record<string, string> = { ...genericMerge.from };
  if (rule) {
    for (const key of FIELD_KEYS) {
      const value = patch[key];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
      (fields as Record<string, unknown>)[key] = value;
      from[key] = `site:${rule.id}`;
    }
  }

  // The employer the page shows (logo, "Careers at X", ©) on an ATS or the company's own site; the
  // ATS URL's slug only as a last resort.
  if (!fields.company && !skipReader) {
    const named = companyFromPage(document, pageUrl);
    const company = named.shown ?? named.slug;
    if (company) {
      fields.company = company;
      from.company = named.shown ? 'page' : 'url';
    }
  }
  // The description container from our own pass, before any Readability.
  let descriptionRoot: Element | null = null;
  if (!fields.descriptionHtml && !skipReader) {
    descriptionRoot = findDescriptionElement(document, scan.attributes);
    const html = innerHtml(descriptionRoot);
    if (html) {
      fields.descriptionHtml = html;
      from.descriptionHtml = 'page';
    }
  }
  let description = describe(fields.descriptionHtml, document.defaultView);
  if (!fields.locations?.length && description.text) {
    const place = locationFromProse(description.text);
    if (place) {
      fields.locations = [place];
      from.locations = 'prose';
    }
  }
  if (!fields.salary && description.text) {
    const text = findSalaryInText(description.text);
    const parsed = text ? parseSalaryText(text) : null;
    if (parsed) {
      fields.salary = parsed;
      from.salary = 'description';
    }
  }
  if (!fields.validThrough && description.text) {
    const deadline = findDeadline(description.text);
    if (deadline) {
      fields.validThrough = deadline;
      from.validThrough = 'description';
    }
  }

  const schemaTypes = new Set(ld.types);
  for (const el of all(document, '[itemtype]', 30)) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop();
    if (type) schemaTypes.add(type);
  }
  // Facts next to the title or in labelled rows / telling attributes (each field counted once).
  const has = (key: keyof typeof labelled.fields) => !!(labelled.fields[key] || attributes[key]);
  const headerFacts = Math.min(
    4,
    (heur.confirmedLocations || heur.fields.locations || header.places.length || has('locations') ? 1 : 0) +
      (heur.fields.salary || heur.confirmedSalaryText || has('salary') ? 1 : 0) +
      (heur.fields.employmentType || has('employmentType') ? 1 : 0) +
      (heur.fields.workMode || has('workMode') ? 1 : 0) +
      (labelled.fields.validThrough || labelled.fields.datePosted ? 1 : 0) +
      meta.lineFacts,
  );
  const page = readPageSignals(document, fields.title, heur.signals.titleElement);
  const detected = detect({
    jsonLdPostings: ld.postingCount,
    schemaTypes,
    microdata: !!microdata?.title,
    site: rule ? { id: rule.id, isPosting: patch.isPosting, reason: patch.reason } : null,
    hasTitle: !!fields.title,
    descriptionChars: description.text.length,
    applyFound: heur.signals.applyFound || page.applyFound,
    jobHeadings: Math.max(heur.signals.jobHeadings, page.jobHeadings),
    jobLinks: heur.signals.jobLinks,
    listTitle: page.listTitle && !ld.postingCount && patch.isPosting !== true,
    headerFacts,
    ogType: meta.ogType,
    urlLooksLikeJob: !!pageUrl && JOB_URL.test(pageUrl.pathname + pageUrl.search),
    applyForm: page.applyForm,
    roleTitle: page.roleTitle,
  });
  const verdict = settleUnsure(detected, () => readListingSigns(document), page);
  // Readability (given by the caller) only for a posting that no structured source described
  // (or one detection is unsure of: the user may save it). An application form has no
  // description: Readability would only find the form's own words.
  if (verdict.verdict !== 'not-posting' && !description.text && options.readability && !patch.applyForm) {
    const read = safe(() => options.readability!(document, contentRoot(document, heur.signals.titleElement)));
    if (read && read.text) {
      description = describe(read.html || read.text, document.defaultView);
      from.descriptionHtml = 'readability';
      fields.descriptionHtml = read.html;
      if (!fields.salary) {
        const text = findSalaryInText(description.text);
        const parsed = text ? parseSalaryText(text) : null;
        if (parsed) {
          fields.salary = parsed;
          from.salary = 'readability';
        }
      }
      if (!fields.validThrough) {
        const deadline = findDeadline(description.text);
        if (deadline) {
          fields.validThrough = deadline;
          from.validThrough = 'readability';
        }
      }
    }
  }
  // A bare "$" read from the page is the dollar of the host's or the posting's country.
  if (fields.salary && from.salary !== 'json-ld' && from.salary !== 'microdata') {
    fields.salary = localizeDollar(fields.salary, dollarForHost(host) ?? dollarForPlaces(fields.locations));
  }
  const reasons = [...verdict.reasons];
  if (ld.repaired) reasons.push(`Repaired ${ld.repaired} damaged block(s) of the page's job data`);
  if (ld.errors) reasons.push(`${ld.errors} block(s) of the page's job data could not be read`);
  if (patch.reason && patch.isPosting !== false && !reasons.includes(patch.reason)) reasons.push(patch.reason);

  // Not (surely) a posting: keep whatever was found, so "Save anyway" has something to edit.
  if (!verdict.isJobPosting && !fields.title) {
    const title = pageHeading(document);
    if (title) {
      fields.title = title;
      from.title = 'page';
    }
  }
  return {
    isJobPosting: verdict.isJobPosting,
    verdict: verdict.verdict,
    confidence: verdict.confidence,
    reasons: reasons.map((r) => r.slice(0, 300)).slice(0, 50),
    posting: fields.title ? toDraft(fields, from, description, pageHref ?? fields.url ?? null) : null,
  };
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
function readTitles(titles: string[], knownRole: string | null, siteName: string, host: string): TitleParts {
  const out: TitleParts = { role: null, company: null, place: null };
  const boardHost = BOARD_HOST_WORDS.test(`.${host}`);
  for (const raw of titles) {
    if (!raw) continue;
    const parts = parseTitle(raw, { knownRole, siteName, host, boardHost });
    out.role ??= parts.role;
    out.company ??= parts.company;
    out.place ??= parts.place;
  }
  return out;
}

/** The page's main content for Readability: main / article / [role=main], else the title's section, else the whole page. */
function contentRoot(document: Document, titleElement: Element | null): Element | null {
  const main = document.querySelector('main, [role="main"], article');
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
