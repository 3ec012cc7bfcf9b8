import { z } from 'zod';
import { normalizeEmploymentType } from '../extract/normalize';
import { employmentTypeValues, postingFieldValues, workModeValues } from '../posting-values';
import { cleanShortField } from '../text/short-field';
import { isRealIsoDate } from './time';

/** `YYYY-MM-DD`, the only date form a posting carries: a day that exists, 1970 to 9999. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isRealIsoDate, 'expected a real date between 1970 and 9999');

/** A short field (title, company, a location, a tag): control and bidi characters stripped, then bounded. */
export function shortTextSchema(max: number, min = 0) {
  return z.string().transform(cleanShortField).pipe(z.string().min(min).max(max));
}

export const workModeSchema = z.enum(workModeValues);
export type WorkMode = z.infer<typeof workModeSchema>;

export const employmentTypeSchema = z.enum(employmentTypeValues);
export type EmploymentType = z.infer<typeof employmentTypeSchema>;

/**
 * An employment type as stored or imported: one of the values; free text from older backups or
 * other tools ("full-time", "Vollzeit", "CONTRACTOR") is read with the extractor's vocabulary.
 */
const storedEmploymentTypeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? normalizeEmploymentType(value.slice(0, 100)) : value),
  employmentTypeSchema.nullable(),
);

export const payPeriodSchema = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type PayPeriod = z.infer<typeof payPeriodSchema>;

export const salarySchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** ISO 4217, e.g. USD, EUR. */
  currency: z.string().nullable(),
  period: payPeriodSchema.nullable(),
  /** The salary as the page shows it (or as built from structured data). */
  text: z.string(),
});
export type Salary = z.infer<typeof salarySchema>;

/**
 * Where a field's value came from, shown to the user as provenance.
 * `site:<id>` for a site rule, the generic sources by name, `user` for an edit.
 */
export const fieldSourceSchema = z.string().min(1).max(64);

/** The posting fields whose origin is recorded. */
export const postingFieldSchema = z.enum(postingFieldValues);
export type PostingField = z.infer<typeof postingFieldSchema>;

/** What extraction reads from one page: the posting before it is saved. */
export const postingDraftSchema = z.object({
  title: shortTextSchema(500, 1),
  company: shortTextSchema(300).nullable(),
  locations: z.array(shortTextSchema(300)).max(100),
  workMode: workModeSchema.nullable(),
  /** FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER (`posting-values.ts`). */
  employmentType: storedEmploymentTypeSchema,
  salary: salarySchema.nullable(),
  datePosted: isoDateSchema.nullable(),
  validThrough: isoDateSchema.nullable(),
  /** The page the posting was read from. */
  url: z.string().max(4000).nullable(),
  /** The page's URL with tracking parameters removed and per-site job ids mapped; used to dedupe. */
  canonicalUrl: z.string().max(4000).nullable(),
  applyUrl: z.string().max(4000).nullable(),
  /** Sanitized HTML (DOMPurify in the page): safe to render after a second sanitize in the UI. */
  descriptionHtml: z.string().max(2_000_000),
  /** Plain text with headings and bullets kept as lines. */
  descriptionText: z.string().max(1_000_000),
  /** The source that supplied most fields, e.g. `json-ld`, `site:linkedin`. */
  source: fieldSourceSchema,
  provenance: z.partialRecord(postingFieldSchema, fieldSourceSchema),
});
export type PostingDraft = z.infer<typeof postingDraftSchema>;

/** The answer to "is this page one job posting?" with the posting when it is. */
/**
 * What the popup does with a page: `posting` shows it; `unsure` shows what was read, marked for
 * checking, with Save; `not-posting` (a list, an article, a company page) offers "Save anyway".
 */
export const detectionVerdictSchema = z.enum(['posting', 'unsure', 'not-posting']);
export type DetectionVerdict = z.infer<typeof detectionVerdictSchema>;

export const extractionSchema = z.object({
  isJobPosting: z.boolean(),
  /** Optional in the schema so older readers and saved results still parse; extract() always sets it. */
  verdict: detectionVerdictSchema.optional(),
  /** 0..1: how sure `detect` is that this page is one job posting. */
  confidence: z.number().min(0).max(1),
  /** Short human-readable reasons behind the verdict. */
  reasons: z.array(z.string().max(300)).max(50),
  /** The posting when it is one; for `unsure` and `not-posting`, whatever was found (for "Save anyway"). */
  posting: postingDraftSchema.nullable(),
  /** The page says the job no longer takes applications (still a posting: it can be saved, as closed). */
  closed: z.boolean().optional(),
  /** Milliseconds spent in extract(), measured in the page. */
  elapsedMs: z.number().nonnegative().optional(),
});
export type Extraction = z.infer<typeof extractionSchema>;
