/**
 * Reads one job posting from a page. Pure: takes a Document, returns plain data, never throws.
 *
 * Sources, merged field by field by trust (each field keeps the name of its source):
 *   site rule (`site:<id>`) → JSON-LD → microdata → page heuristics → meta tags → Readability.
 * See README.md in this folder for the fields, `source` and `confidence`.
 */
import type { Extraction } from '../schema/posting';
import { detect } from './detect';
import { readHeuristics, findDeadline } from './generic/heuristics';
import { readJsonLd } from './generic/json-ld';
import { readMetaTags } from './generic/meta-tags';
import { readMicrodata } from './generic/microdata';
import { describe, mergeFields, toDraft, type Candidate } from './merge';
import { findSalaryInText, parseSalaryText } from './normalize';
import { findSiteRule } from './sites';
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
  readability?: (document: Document) => { html: string; text: string } | null;
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
  'title', 'company', 'locations', 'workMode', 'employmentType', 'salary', 'datePosted', 'validThrough',
  'applyUrl', 'descriptionHtml', 'url',
];

const JOB_URL = /\/(jobs?|careers?|positions?|vacanc(y|ies)|stellenangebote?|stellen|jobannonce|viewjob|opening|offres?|emploi|vacatures?)([/?_-]|$)|[?&](jk|gh_jid|jobid|job_id|currentjobid)=/i;

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
      reasons: [`Extraction failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)],
      posting: null,
      elapsedMs: Math.max(0, clock() - started),
    };
  }
}

function run(document: Document, url: string, options: ExtractOptions): Extraction {
  if (!document || typeof document.querySelector !== 'function') {
    return { isJobPosting: false, verdict: 'unsure', confidence: 0, reasons: ['No document to read'], posting: null };
  }
  const now = options.now === null ? null : options.now ?? new Date();
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

  const genericMerge = mergeFields({
    title: [ldC, mdC, heurC, metaC],
    company: [ldC, mdC, metaC, heurC],
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
  // Visible salary text that agrees with structured numbers is what the user saw.
  if (genericMerge.fields.salary && heur.confirmedSalaryText) {
    const visible = parseSalaryText(heur.confirmedSalaryText, genericMerge.fields.salary);
    if (visible) genericMerge.fields.salary = visible;
  }

  const rule = findSiteRule(pageUrl, document);
  let patch: SitePatch = {};
  if (rule) {
    try {
      patch = rule.extract(document, { url: pageUrl, generic: genericMerge.fields, now });
    } catch (error) {
      patch = { reason: `Site rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}` };
    }
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

  let description = describe(fields.descriptionHtml, document.defaultView);
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
  const headerFacts =
    (heur.confirmedLocations || heur.fields.locations ? 1 : 0) +
    (heur.fields.salary || heur.confirmedSalaryText ? 1 : 0) +
    (heur.fields.employmentType ? 1 : 0) +
    (heur.fields.workMode ? 1 : 0);
  const verdict = detect({
    jsonLdPostings: ld.postingCount,
    schemaTypes,
    microdata: !!microdata?.title,
    site: rule ? { id: rule.id, isPosting: patch.isPosting, reason: patch.reason } : null,
    hasTitle: !!fields.title,
    descriptionChars: description.text.length,
    applyFound: heur.signals.applyFound,
    jobHeadings: heur.signals.jobHeadings,
    jobLinks: heur.signals.jobLinks,
    listTitle: heur.signals.listTitle && !ld.postingCount && patch.isPosting !== true,
    headerFacts,
    ogType: meta.ogType,
    urlLooksLikeJob: !!pageUrl && JOB_URL.test(pageUrl.pathname + pageUrl.search),
  });
  // Readability (given by the caller) only for a posting that no structured source described
  // (or one detection is unsure of: the user may save it).
  if (verdict.verdict !== 'not-posting' && !description.text && options.readability) {
    const read = safe(() => options.readability!(document));
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
  const reasons = [...verdict.reasons];
  if (ld.repaired) reasons.push(`Repaired ${ld.repaired} malformed JSON-LD block(s)`);
  if (ld.errors) reasons.push(`${ld.errors} JSON-LD block(s) could not be read`);
  if (patch.reason && patch.isPosting !== false) reasons.push(patch.reason);

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

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
