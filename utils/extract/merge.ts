/**
 * Field-by-field merge by trust, with provenance, then the one normalisation/sanitizing pass that
 * turns merged fields into a PostingDraft.
 */
import type { PostingDraft, PostingField } from '../schema/posting';
import { canonicalUrl } from './canonical-url';
import { nameKey } from './generic/company-name';
import { htmlToText, looksLikeHtml, textToHtml } from './html-text';
import { decodeEntities } from '../text/entities';
import {
  cleanCompany,
  cleanLocation,
  cleanTitle,
  isWorkModeOnly,
  uniqueLocations,
  workModeFromText,
} from './normalize';
import { sanitizeHtml } from './sanitize';
import type { FieldName, Fields } from './types';

export interface Candidate {
  source: string;
  fields: Fields;
}

export type Provenance = Partial<Record<PostingField, string>>;

export function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** For each field, the first candidate (in the order given for that field) that has a value. */
export function mergeFields(order: Partial<Record<FieldName, Candidate[]>>): {
  fields: Fields;
  from: Partial<Record<FieldName, string>>;
} {
  const fields: Fields = {};
  const from: Partial<Record<FieldName, string>> = {};
  for (const key of Object.keys(order) as FieldName[]) {
    for (const candidate of order[key] ?? []) {
      const value = candidate.fields[key];
      if (present(value)) {
        (fields as Record<string, unknown>)[key] = value;
        from[key] = candidate.source;
        break;
      }
    }
  }
  return { fields, from };
}

/** The source most fields came from (the first of equals): the posting's `source`. */
export function mainSource(provenance: Provenance): string {
  const counts = new Map<string, number>();
  for (const source of Object.values(provenance)) counts.set(source, (counts.get(source) ?? 0) + 1);
  let source = 'heuristics';
  let best = 0;
  for (const [name, count] of counts) if (count > best) [source, best] = [name, count];
  return source;
}

/** Description HTML (raw from any source) → sanitized HTML + plain text. */
export function describe(
  raw: string | undefined,
  view: (Window & typeof globalThis) | null | undefined,
): { html: string; text: string } {
  if (!raw) return { html: '', text: '' };
  // (An element's inner HTML without tags still holds entities: "Tile &amp; Stone" is "Tile & Stone" as text.)
  const html = looksLikeHtml(raw) ? sanitizeHtml(raw, view) : textToHtml(decodeEntities(raw));
  return { html, text: htmlToText(html) };
}

export function toDraft(
  fields: Fields,
  from: Partial<Record<FieldName, string>>,
  description: { html: string; text: string },
  pageUrl: string | null,
): PostingDraft {
  const provenance: Provenance = {};
  const keys: Array<[FieldName, PostingField]> = [
    ['title', 'title'],
    ['company', 'company'],
    ['locations', 'locations'],
    ['workMode', 'workMode'],
    ['employmentType', 'employmentType'],
    ['salary', 'salary'],
    ['datePosted', 'datePosted'],
    ['validThrough', 'validThrough'],
    ['applyUrl', 'applyUrl'],
    ['descriptionHtml', 'description'],
  ];
  for (const [key, field] of keys) if (from[key] && present(fields[key])) provenance[field] = from[key]!;

  const source = mainSource(provenance);

  const read = uniqueLocations((fields.locations ?? []).map(cleanLocation).filter(Boolean)).slice(0, 100);
  let workMode = fields.workMode ?? null;
  if (!workMode && read.some((l) => /^(remote|fully remote|anywhere)\b/i.test(l))) {
    workMode = workModeFromText(read.join(' '));
    if (workMode) provenance.workMode = provenance.locations ?? source;
  }
  // "Malmö · Fully remote": the work mode is not a second place; nor is the employer's own name.
  const employer = fields.company ? nameKey(fields.company) : '';
  const locations = read.filter((l) => !isWorkModeOnly(l) && (!employer || nameKey(l) !== employer));
  if (!locations.length) delete provenance.locations;
  const url = pageUrl ?? fields.url ?? null;
  return {
    title: cleanTitle(fields.title ?? '').slice(0, 500) || 'Untitled posting',
    company: fields.company ? cleanCompany(fields.company) || null : null,
    locations,
    workMode,
    employmentType: fields.employmentType ?? null,
    salary: fields.salary ? { ...fields.salary, text: fields.salary.text.slice(0, 300) } : null,
    datePosted: fields.datePosted ?? null,
    validThrough: fields.validThrough ?? null,
    url: url ? url.slice(0, 4000) : null,
    canonicalUrl: canonicalUrl(url)?.slice(0, 4000) ?? null,
    applyUrl: fields.applyUrl ? fields.applyUrl.slice(0, 4000) : null,
    descriptionHtml: description.html.slice(0, 2_000_000),
    descriptionText: description.text.slice(0, 1_000_000),
    source,
    provenance,
  };
}
