/**
 * The work modes and employment types a posting can have, as value lists (like `job-status.ts`):
 * the zod schemas are built from these lists, pages use them without zod, labels are in `format.ts`.
 */
export const workModeValues = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof workModeValues)[number];

/** schema.org's employment types, normalised (CONTRACTOR is CONTRACT). */
export const employmentTypeValues = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACT',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;
export type EmploymentType = (typeof employmentTypeValues)[number];

const EMPLOYMENT_TYPES: ReadonlySet<string> = new Set(employmentTypeValues);

export function isEmploymentType(value: unknown): value is EmploymentType {
  return typeof value === 'string' && EMPLOYMENT_TYPES.has(value);
}

/** The posting fields whose origin is recorded (provenance); `description` is the description's HTML and text. */
export const postingFieldValues = [
  'title',
  'company',
  'locations',
  'workMode',
  'employmentType',
  'salary',
  'datePosted',
  'validThrough',
  'applyUrl',
  'description',
] as const;
export type PostingFieldName = (typeof postingFieldValues)[number];
