import type { JobshelfDatabase } from './database';
import { canonicalUrlOf, identityKeyOf, urlsOf } from './job-identity';
import type { Job, JobEvent, JobStatus } from '../schema/job';
import type { PostingDraft, PostingField } from '../schema/posting';

export interface SaveJobInput {
  posting: PostingDraft;
  /** Start (or keep) tracking with this status; omitted = only save. */
  status?: JobStatus | null;
}

export interface SaveJobOutcome {
  job: Job;
  created: boolean;
}

function newId(): string {
  return crypto.randomUUID();
}

/** The saved job this posting is (same canonical URL, an alias URL, or same company+title+place). */
export async function findJobForPosting(
  db: JobshelfDatabase,
  posting: PostingDraft,
): Promise<Job | undefined> {
  const urls = urlsOf(posting);
  const byCanonical = await db.jobs.where('canonicalUrl').anyOf(urls).first();
  if (byCanonical) return byCanonical;
  const byAlias = await db.jobs.where('urlAliases').anyOf(urls).first();
  if (byAlias) return byAlias;
  const identityKey = identityKeyOf(posting);
  return identityKey ? db.jobs.where('identityKey').equals(identityKey).first() : undefined;
}

/** Keeps what the user edited by hand; everything else comes from the fresh read. */
function mergePosting(saved: Job, fresh: PostingDraft): PostingDraft {
  const merged: PostingDraft = { ...fresh, provenance: { ...fresh.provenance } };
  const keep = (field: PostingField) => {
    if (!saved.userEdited.includes(field)) return;
    merged.provenance[field] = saved.posting.provenance[field] ?? 'user';
    switch (field) {
      case 'description':
        merged.descriptionHtml = saved.posting.descriptionHtml;
        merged.descriptionText = saved.posting.descriptionText;
        break;
      case 'locations':
        merged.locations = saved.posting.locations;
        break;
      default:
        (merged[field] as unknown) = saved.posting[field];
    }
  };
  saved.userEdited.forEach(keep);
  return merged;
}

/**
 * Saves a posting: creates the job, or updates the one it already is (never a duplicate).
 * One transaction, so a failure leaves nothing half-written.
 */
export async function saveJob(
  db: JobshelfDatabase,
  input: SaveJobInput,
  now: number = Date.now(),
): Promise<SaveJobOutcome> {
  return db.transaction('rw', db.jobs, db.events, async () => {
    const existing = await findJobForPosting(db, input.posting);
    const events: JobEvent[] = [];
    let job: Job;
    if (existing) {
      const posting = mergePosting(existing, input.posting);
      const aliases = new Set(existing.urlAliases);
      for (const url of urlsOf(input.posting)) if (url !== existing.canonicalUrl) aliases.add(url);
      job = {
        ...existing,
        posting,
        urlAliases: [...aliases],
        identityKey: identityKeyOf(posting),
        updatedAt: now,
        expiresAt: posting.validThrough ?? existing.expiresAt,
      };
      events.push({ id: newId(), jobId: job.id, at: now, type: 'updated' });
    } else {
      job = {
        id: newId(),
        canonicalUrl: canonicalUrlOf(input.posting),
        urlAliases: urlsOf(input.posting).slice(1),
        identityKey: identityKeyOf(input.posting),
        posting: input.posting,
        status: null,
        savedAt: now,
        updatedAt: now,
        expiresAt: input.posting.validThrough,
        expiresEstimated: false,
        closedAt: null,
        tags: [],
        userEdited: [],
      };
      events.push({ id: newId(), jobId: job.id, at: now, type: 'saved' });
    }
    if (input.status && input.status !== job.status) {
      events.push({
        id: newId(),
        jobId: job.id,
        at: now,
        type: 'status',
        status: input.status,
        fromStatus: job.status,
      });
      job = { ...job, status: input.status };
    }
    await db.jobs.put(job);
    await db.events.bulkPut(events);
    return { job, created: !existing };
  });
}

/** Saved jobs, newest first. */
export function listJobsNewestFirst(db: JobshelfDatabase, limit = 500): Promise<Job[]> {
  return db.jobs.orderBy('savedAt').reverse().limit(limit).toArray();
}

export function countJobs(db: JobshelfDatabase): Promise<number> {
  return db.jobs.count();
}
