/**
 * JSON-LD JobPosting, with the variants real pages use: several scripts, top-level arrays, @graph
 * with @id references, mainEntity, @type arrays, invalid JSON (raw newlines, trailing commas,
 * comments, concatenated objects), entity- or double-escaped HTML, hiringOrganization as a string,
 * jobLocation object or array, TELECOMMUTE + applicantLocationRequirements, baseSalary as a number,
 * MonetaryAmount or QuantitativeValue.
 */
import type { Salary } from '../../schema/posting';
import { all } from '../dom';
import { unescapeHtmlString } from '../html-text';
import { cleanText, formatAddress, normalizeEmploymentType, parseDate, uniqueLocations } from '../normalize';
import { periodFromUnit, structuredNumber } from '../../money/parse';
import { salaryText } from '../../money/text';
import type { Fields } from '../types';

type Json = Record<string, unknown>;

/** Larger blocks are read with the native parser only (no repair): linear, and bounded below. */
const MAX_SCRIPT_CHARS = 3_000_000;
const MAX_PARSE_CHARS = 32_000_000;
const MAX_NODES = 20_000;
const MAX_DEPTH = 64;
/** Top-level and @graph items checked for a JobPosting @type before the deep walk (cheap). */
const MAX_GRAPH_ITEMS = 500_000;
/** Scripts read fully; after these, only those whose text names a JobPosting are parsed. */
const FULL_SCRIPTS = 50;
const MAX_SCRIPTS = 20_000;

export interface JsonLdResult {
  /** Every @type seen on the page (for detect). */
  types: Set<string>;
  /** Number of JobPosting nodes. */
  postingCount: number;
  /** The titles of the first postings (a list page holds several different ones). */
  postingTitles: string[];
  fields: Fields | null;
  /** The JobPosting node the fields come from (the finishing steps read the parts its description leaves out). */
  posting?: Json;
  /** Scripts that could not be read even after repair. */
  errors: number;
  repaired: number;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, ''));
}

/** Repairs the JSON mistakes real pages make. Returns null when nothing helps. */
export function lenientJsonParse(source: string): { value: unknown; repaired: boolean } | null {
  const text = source
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  if (!text) return null;
  try {
    return { value: JSON.parse(text), repaired: false };
  } catch {
    // fall through to repair
  }
  let fixed = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrtu'.includes(next)) {
          fixed += ch + next;
        } else {
          fixed += next === "'" ? "'" : '\\\\' + next; // invalid escape such as \' or \x
        }
        i++;
      } else if (ch === '"') {
        inString = false;
        fixed += ch;
      } else if (ch === '\n') fixed += '\\n';
      else if (ch === '\r') fixed += '\\r';
      else if (ch === '\t') fixed += '\\t';
      else if (ch < ' ') fixed += ' ';
      else fixed += ch;
    } else if (ch === '"') {
      inString = true;
      fixed += ch;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else fixed += ch;
  }
  fixed = fixed.replace(/,\s*([}\]])/g, '$1').replace(/;\s*$/, '');
  for (const candidate of [fixed, `[${fixed.replace(/}\s*{/g, '},{')}]`]) {
    try {
      return { value: JSON.parse(candidate), repaired: true };
    } catch {
      // try the next repair
    }
  }
  return null;
}

/**
 * A shallow pass over each root and its @graph: a JobPosting after 20,000 other nodes is still
 * found, and @id targets there still resolve. Only each item's own keys are read.
 */
function shallow(root: unknown, ids: Map<string, Json>, postings: Set<Json>, types: Set<string>): void {
  const lists: unknown[][] = [];
  if (Array.isArray(root)) lists.push(root);
  else if (isRecord(root)) {
    lists.push([root]);
    if (Array.isArray(root['@graph'])) lists.push(root['@graph']);
  }
  let seen = 0;
  for (const list of lists) {
    for (const item of list) {
      if (++seen > MAX_GRAPH_ITEMS) return;
      if (Array.isArray(item)) {
        if (lists.length < 1000) lists.push(item);
        continue;
      }
      if (!isRecord(item)) continue;
      const nodeTypes = typesOf(item);
      for (const t of nodeTypes) types.add(t);
      const id = item['@id'];
      if (typeof id === 'string' && !ids.has(id) && (nodeTypes.length || Object.keys(item).length > 2))
        ids.set(id, item);
      if (nodeTypes.includes('JobPosting')) postings.add(item);
      if (Array.isArray(item['@graph']) && lists.length < 1000) lists.push(item['@graph']);
    }
  }
}

/** Walks parsed JSON-LD without recursion; collects @id targets, JobPostings and all @types. */
function walk(roots: unknown[], ids: Map<string, Json>, postings: Set<Json>, types: Set<string>): void {
  const stack: Array<[unknown, number]> = roots.map((r) => [r, 0]);
  let seen = 0;
  while (stack.length && seen < MAX_NODES) {
    const [value, depth] = stack.pop()!;
    seen++;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
      continue;
    }
    if (!isRecord(value)) continue;
    const id = value['@id'];
    const nodeTypes = typesOf(value);
    if (typeof id === 'string' && (nodeTypes.length || Object.keys(value).length > 2)) ids.set(id, value);
    for (const t of nodeTypes) types.add(t);
    if (nodeTypes.includes('JobPosting')) postings.add(value);
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
}

function resolve(value: unknown, ids: Map<string, Json>): unknown {
  if (isRecord(value) && typeof value['@id'] === 'string' && ids.has(value['@id'])) {
    const target = ids.get(value['@id'])!;
    return target === value ? value : { ...target, ...value };
  }
  return value;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function name(value: unknown, ids: Map<string, Json>): string {
  const v = resolve(firstOf(value), ids);
  if (typeof v === 'string') return cleanText(v, 300);
  if (isRecord(v)) return cleanText(v.name ?? v.legalName ?? v.alternateName, 300);
  return '';
}

function countryName(value: unknown, ids: Map<string, Json>): string {
  const v = resolve(firstOf(value), ids);
  if (typeof v === 'string') return cleanText(v, 100);
  if (isRecord(v)) return cleanText(v.name, 100);
  return '';
}

/** The English name of an ISO 3166 region code, from the browser's own data (no table to ship; a well-formed code never throws). */
const regionName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);

function placeText(place: unknown, ids: Map<string, Json>): string {
  const p = resolve(place, ids);
  if (typeof p === 'string') return cleanText(p, 300);
  if (!isRecord(p)) return '';
  const address = resolve(firstOf(p.address), ids);
  if (typeof address === 'string') return cleanText(address, 300);
  if (isRecord(address)) {
    // Some boards write the locality as a list ("addressLocality": ["Pune"]).
    const locality = cleanText(firstOf(address.addressLocality), 150);
    const region = cleanText(firstOf(address.addressRegion), 150);
    const country = countryName(address.addressCountry, ids);
    const street = cleanText(address.streetAddress, 150);
    if (!locality && !region && street && !/\d/.test(street)) return formatAddress([street, country]);
    // A country alone, as its code ("DE"), reads as its name ("Germany"); beside a town the code stays short.
    if (!locality && !region && !street && /^[A-Z]{2}$/.test(country)) return regionName(country) ?? country;
    const formatted = formatAddress([locality, region, country]);
    if (formatted) return formatted;
  }
  return cleanText(p.name, 300);
}

function locationsOf(posting: Json, ids: Map<string, Json>): string[] {
  const raw = posting.jobLocation;
  const places = Array.isArray(raw) ? raw.slice(0, 100) : raw === undefined ? [] : [raw];
  const list = places.map((p) => placeText(p, ids)).filter(Boolean);
  if (list.length) return uniqueLocations(list);
  const req = posting.applicantLocationRequirements;
  const reqs = Array.isArray(req) ? req.slice(0, 50) : req === undefined ? [] : [req];
  const names: string[] = [];
  for (const r of reqs) {
    const v = resolve(r, ids);
    const n = isRecord(v) ? v.name : v;
    for (const item of Array.isArray(n) ? n : [n]) {
      const text = cleanText(item, 150);
      if (text) names.push(text);
    }
  }
  return uniqueLocations(names);
}

function salaryOf(value: unknown, ids: Map<string, Json>): Salary | null {
  const amount = resolve(firstOf(value), ids);
  if (amount === undefined || amount === null) return null;
  if (typeof amount === 'number' || typeof amount === 'string') {
    const n = structuredNumber(amount);
    if (n === null) return null;
    return { min: n, max: n, currency: null, period: null, text: salaryText(n, n, null, null) };
  }
  if (!isRecord(amount)) return null;
  const currency = cleanText(amount.currency ?? amount.salaryCurrency, 10).toUpperCase() || null;
  let inner = resolve(amount.value, ids);
  let unit = amount.unitText;
  let min: number | null = null;
  let max: number | null = null;
  if (isRecord(inner)) {
    unit = inner.unitText ?? unit;
    min = structuredNumber(inner.minValue);
    max = structuredNumber(inner.maxValue);
    const single = structuredNumber(inner.value);
    if (single !== null && min === null && max === null) min = max = single;
  } else {
    inner = inner ?? amount.minValue;
    min = structuredNumber(amount.minValue ?? inner);
    max = structuredNumber(amount.maxValue ?? inner);
  }
  if (min === null && max === null) return null;
  const period = periodFromUnit(unit);
  return { min, max, currency, period, text: salaryText(min, max, currency, period) };
}

function descriptionOf(posting: Json): string {
  const parts: string[] = [];
  const main = posting.description;
  if (typeof main === 'string' && main.trim()) parts.push(main.length > 2_000_000 ? main.slice(0, 2_000_000) : main);
  else {
    // The parts of json-ld-parts.ts's PARTS, in its order; imported, the list costs the capture script 11 B.
    for (const key of [
      'responsibilities',
      'qualifications',
      'skills',
      'educationRequirements',
      'experienceRequirements',
      'jobBenefits',
    ]) {
      const v = posting[key];
      if (typeof v === 'string' && v.trim()) parts.push(v);
    }
  }
  return unescapeHtmlString(parts.join('\n'));
}

function urlOf(value: unknown): string {
  const v = firstOf(value);
  if (typeof v === 'string') return v.trim();
  if (isRecord(v)) return typeof v.url === 'string' ? v.url.trim() : typeof v['@id'] === 'string' ? v['@id'] : '';
  return '';
}

/** Maps one JobPosting node to fields. Exported for the Lever/ATS adapters and tests. */
export function fieldsFromJobPosting(posting: Json, ids: Map<string, Json> = new Map()): Fields {
  const fields: Fields = {};
  const title = cleanText(posting.title ?? posting.name, 500);
  if (title) fields.title = title;
  const company = name(posting.hiringOrganization, ids);
  if (company) fields.company = company;
  const locations = locationsOf(posting, ids);
  if (locations.length) fields.locations = locations;
  const locType = JSON.stringify(posting.jobLocationType ?? '').toUpperCase();
  if (locType.includes('TELECOMMUTE') || locType.includes('REMOTE')) fields.workMode = 'remote';
  const employment = normalizeEmploymentType(posting.employmentType);
  if (employment) fields.employmentType = employment;
  const salary = salaryOf(posting.baseSalary, ids) ?? salaryOf(posting.estimatedSalary, ids);
  if (salary) {
    if (!salary.currency && typeof posting.salaryCurrency === 'string')
      salary.currency = posting.salaryCurrency.toUpperCase();
    fields.salary = salary;
  }
  const posted = parseDate(posting.datePosted);
  if (posted) fields.datePosted = posted;
  const until = parseDate(posting.validThrough);
  if (until) fields.validThrough = until;
  const description = descriptionOf(posting);
  if (description) fields.descriptionHtml = description;
  const url = urlOf(posting.url);
  if (url) fields.url = url;
  const apply = resolve(firstOf(posting.potentialAction), ids);
  if (isRecord(apply)) {
    const target = urlOf(apply.target);
    if (target) fields.applyUrl = target;
  }
  return fields;
}

/** A block over 3 MB: the native parser only (linear time), up to 32 MB. */
function strictParse(text: string): { value: unknown; repaired: boolean } | null {
  if (text.length > MAX_PARSE_CHARS) return null;
  try {
    return { value: JSON.parse(text.trim()), repaired: false };
  } catch {
    return null;
  }
}

function pickPosting(postings: Json[], pageUrl: string | null): Json | undefined {
  if (postings.length <= 1 || !pageUrl) return postings[0];
  const path = pageUrl.replace(/[?#].*$/, '').replace(/\/$/, '');
  return (
    postings.find((p) => typeof p.url === 'string' && p.url.replace(/[?#].*$/, '').replace(/\/$/, '') === path) ??
    postings[0]
  );
}

export function readJsonLd(document: Document, pageUrl: string | null): JsonLdResult {
  const types = new Set<string>();
  const ids = new Map<string, Json>();
  // The JobPostings found, in order, each once (a Set keeps insertion order; a page may hold thousands).
  const found = new Set<Json>();
  let errors = 0;
  let repaired = 0;
  const scripts = all(document, 'script[type*="ld+json"]', MAX_SCRIPTS);
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]!.textContent ?? '';
    // Pages with thousands of blocks: after the first ones, parse only a block that names a posting.
    if (i >= FULL_SCRIPTS && !text.includes('JobPosting')) continue;
    const parsed = text.length > MAX_SCRIPT_CHARS ? strictParse(text) : lenientJsonParse(text);
    if (!parsed) {
      errors++;
      continue;
    }
    if (parsed.repaired) repaired++;
    shallow(parsed.value, ids, found, types);
    walk([parsed.value], ids, found, types);
  }
  const postings = [...found];
  const chosen = pickPosting(postings, pageUrl);
  let fields: Fields | null = null;
  if (chosen) {
    // mainEntity / @graph postings often hold only a reference to the organization.
    fields = fieldsFromJobPosting(chosen, ids);
  }
  const postingTitles = postings
    .slice(0, 10)
    .map((p) => (typeof p.title === 'string' ? p.title : ''))
    .filter(Boolean);
  return { types, postingCount: postings.length, postingTitles, fields, errors, repaired, posting: chosen };
}
