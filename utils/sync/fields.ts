import type { Job, Note, Reminder } from '../schema/job';
import { postingFieldSchema, type PostingDraft } from '../schema/posting';

// Which parts of a job, a note and a reminder travel, each as its own register. The stored
// summary travels too: it follows from the posting, but a device receiving 10,000 jobs would
// otherwise summarize them all again (minutes of work). The expiry index and the last
// closed-posting check stay on each device.

const jobKeys = [
  'canonicalUrl',
  'identityKey',
  'status',
  'statusChangedAt',
  'savedAt',
  'updatedAt',
  'expiresAt',
  'expiresEstimated',
  'closedAt',
  'expiryNotified',
  'tags',
  'userEdited',
  'summary',
] as const satisfies ReadonlyArray<keyof Job>;

const postingKeys = [
  'title',
  'company',
  'locations',
  'workMode',
  'employmentType',
  'salary',
  'datePosted',
  'validThrough',
  'url',
  'canonicalUrl',
  'applyUrl',
  'descriptionHtml',
  'descriptionText',
  'source',
] as const satisfies ReadonlyArray<Exclude<keyof PostingDraft, 'provenance'>>;

// Every posting field travels: a field added to the schema but not here fails to compile.
type MissingPostingKey = Exclude<keyof PostingDraft, 'provenance' | (typeof postingKeys)[number]>;
const everyPostingKeyTravels: [MissingPostingKey] extends [never] ? true : MissingPostingKey = true;
void everyPostingKeyTravels;

export const noteKeys = ['createdAt', 'updatedAt', 'text'] as const satisfies ReadonlyArray<keyof Note>;
export const reminderKeys = ['kind', 'dueAt', 'state', 'firedAt', 'text'] as const satisfies ReadonlyArray<
  keyof Reminder
>;

/** The job as flat field → value pairs (missing provenance is null, so clearing it travels too). */
export function jobFieldValues(job: Job): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of jobKeys) values[key] = job[key] ?? null;
  for (const key of postingKeys) values[`posting.${key}`] = job.posting[key] ?? null;
  for (const field of postingFieldSchema.options) values[`provenance.${field}`] = job.posting.provenance[field] ?? null;
  return values;
}

export function itemFieldValues<T extends object>(item: T, keys: ReadonlyArray<keyof T>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of keys) values[key as string] = item[key] ?? null;
  return values;
}

/** The job's synced fields back from flat values; the rest is the caller's (local-only fields). */
export function jobFromValues(
  value: (key: string) => unknown,
): Omit<Job, 'id' | 'urlAliases' | 'lastCheckedAt' | 'history'> {
  const posting: Record<string, unknown> = {};
  for (const key of postingKeys) posting[key] = value(`posting.${key}`);
  const provenance: Record<string, unknown> = {};
  for (const field of postingFieldSchema.options) {
    const source = value(`provenance.${field}`);
    if (source !== null && source !== undefined) provenance[field] = source;
  }
  posting.provenance = provenance;
  const job: Record<string, unknown> = { posting };
  for (const key of jobKeys) job[key] = value(key);
  // Arrays are never null in a job; a field no device ever wrote reads as empty.
  for (const key of ['tags', 'userEdited', 'expiryNotified'] as const) job[key] ??= [];
  (posting as { locations?: unknown }).locations ??= [];
  return job as Omit<Job, 'id' | 'urlAliases' | 'lastCheckedAt' | 'history'>;
}
