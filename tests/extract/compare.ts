/**
 * How an extraction is compared with a fixture's expected JSON. The same rules for every page;
 * nothing here knows about a particular fixture.
 *
 * - title, company: equal after Unicode NFKC, lower-casing, unifying dashes/quotes, collapsing
 *   whitespace.
 * - locations: the expected value is one string with the page's own separator; the extracted list
 *   is joined. Both are compared after turning every separator (, ; | · • /) into a space and
 *   collapsing whitespace.
 * - salary: null must be null. When the expected text parses to numbers, min, max (within 0.5%)
 *   and currency (when the expected text names one) must match; otherwise the texts must match. A
 *   mark several countries share ("$", "kr") names no country: any of its currencies matches (seek.com.au's
 *   "$130,000" is AUD); write "A$" or "AUD" to pin one. A period the expected text states ("per year",
 *   "/hr", "brutto/Monat") must be the extracted one.
 * - datePosted, validThrough: the expected raw value's YYYY-MM-DD prefix (or, when it is written
 *   out like "3 November 2024", that date) must equal the extracted date.
 * - employmentType: both normalized to FULL_TIME etc. (reported, not part of the target).
 * - workMode: on pages labelled with it only, equal (remote, hybrid, onsite or null; reported, not part of the target).
 * - isJobPosting: equal. On a page that is not a posting every expected field is null and the
 *   extraction has no posting, so those fields match only if nothing was invented.
 */
import type { Extraction } from '../../utils/schema/posting';
import { normalizeEmploymentType, parseDate } from '../../utils/extract/normalize';
import { currencyMarkIn, markCurrency, parseSalaryText, periodIn } from '../../utils/money/parse';

export interface Expected {
  isJobPosting: boolean;
  title: string | null;
  company: string | null;
  location: string | null;
  salary: string | null;
  validThrough: string | null;
  datePosted: string | null;
  employmentType: string | null;
  /** Labelled on a sample of postings: how the job is worked as a reader of the page takes it. */
  workMode?: 'remote' | 'hybrid' | 'onsite' | null;
}

export const TARGET_FIELDS = [
  'title',
  'company',
  'locations',
  'salary',
  'validThrough',
  'datePosted',
  'isJobPosting',
] as const;
export const EXTRA_FIELDS = ['employmentType', 'workMode'] as const;
export type ComparedField = (typeof TARGET_FIELDS)[number] | (typeof EXTRA_FIELDS)[number];

export interface FieldResult {
  field: ComparedField;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const text = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const place = (s: string) =>
  text(s)
    .replace(/[,;|·•/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function dateOf(raw: string): string | null {
  const m = raw.match(/^\d{4}-\d{2}-\d{2}/);
  return m ? m[0] : parseDate(raw);
}

const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.005);

export function compare(expected: Expected, extraction: Extraction): FieldResult[] {
  // A non-posting keeps what it found (for "Save anyway"); as a verdict it has no posting.
  const p = extraction.isJobPosting ? extraction.posting : null;
  const out: FieldResult[] = [];
  const push = (field: ComparedField, ok: boolean, exp: unknown, act: unknown) =>
    out.push({ field, ok, expected: exp, actual: act });

  push(
    'isJobPosting',
    expected.isJobPosting === extraction.isJobPosting,
    expected.isJobPosting,
    extraction.isJobPosting,
  );

  const title = p?.title ?? null;
  push(
    'title',
    expected.title === null ? title === null : title !== null && text(title) === text(expected.title),
    expected.title,
    title,
  );

  const company = p?.company ?? null;
  push(
    'company',
    expected.company === null ? company === null : company !== null && text(company) === text(expected.company),
    expected.company,
    company,
  );

  const locations = p && p.locations.length ? p.locations : null;
  push(
    'locations',
    expected.location === null
      ? locations === null
      : locations !== null && place(locations.join(' | ')) === place(expected.location),
    expected.location,
    locations,
  );

  const salary = p?.salary ?? null;
  let salaryOk: boolean;
  if (expected.salary === null) salaryOk = salary === null;
  else if (salary === null) salaryOk = false;
  else {
    const want = parseSalaryText(expected.salary);
    if (want && (want.min !== null || want.max !== null)) {
      const shared = markCurrency(currencyMarkIn(expected.salary) ?? '').local;
      const stated = periodIn(expected.salary);
      salaryOk =
        near(salary.min, want.min) &&
        near(salary.max, want.max) &&
        (want.currency === null ||
          want.currency === salary.currency ||
          (!!shared && [...shared.values()].includes(salary.currency ?? ''))) &&
        (stated === null || stated === salary.period);
    } else salaryOk = text(salary.text) === text(expected.salary);
  }
  push(
    'salary',
    salaryOk,
    expected.salary,
    salary && { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period, text: salary.text },
  );

  for (const field of ['datePosted', 'validThrough'] as const) {
    const want = expected[field] === null ? null : dateOf(expected[field]!);
    const got = p?.[field] ?? null;
    push(field, want === got, expected[field], got);
  }

  const wantType = expected.employmentType === null ? null : normalizeEmploymentType(expected.employmentType);
  push('employmentType', wantType === (p?.employmentType ?? null), expected.employmentType, p?.employmentType ?? null);
  if (expected.workMode !== undefined)
    push('workMode', expected.workMode === (p?.workMode ?? null), expected.workMode, p?.workMode ?? null);
  return out;
}
