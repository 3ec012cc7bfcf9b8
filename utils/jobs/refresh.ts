import type { Job } from '../schema/job';
import type { PostingDraft, PostingField } from '../schema/posting';
import { derivedOf, type DerivedSettings } from './derived';
import { historyEntry, withHistory } from './history';
import { identityKeyOf, urlsOf } from './identity';

/** The posting with the user's corrections marked as theirs (provenance `user`). */
export function withUserEdits(posting: PostingDraft, edited: readonly PostingField[]): PostingDraft {
  if (edited.length === 0) return posting;
  const provenance = { ...posting.provenance };
  for (const field of edited) provenance[field] = 'user';
  return { ...posting, provenance };
}

/** Keeps what the user edited by hand; everything else comes from the fresh read. */
export function mergePosting(saved: Job, fresh: PostingDraft): PostingDraft {
  const merged: PostingDraft = { ...fresh, provenance: { ...fresh.provenance } };
  for (const field of saved.userEdited) {
    merged.provenance[field] = saved.posting.provenance[field] ?? 'user';
    if (field === 'description') {
      merged.descriptionHtml = saved.posting.descriptionHtml;
      merged.descriptionText = saved.posting.descriptionText;
    } else {
      (merged[field] as unknown) = saved.posting[field];
    }
  }
  return merged;
}

/**
 * A saved job with a fresh read of its posting: the user's edits kept, new URLs added as aliases
 * (`mergedUrls`: some were). No history entry: the caller says why it was read again.
 */
export function refreshedJob(
  existing: Job,
  fresh: PostingDraft,
  settings: DerivedSettings,
  now: number,
): { job: Job; mergedUrls: boolean } {
  const posting = mergePosting(existing, fresh);
  const aliases = new Set(existing.urlAliases);
  for (const url of urlsOf(fresh)) if (url !== existing.canonicalUrl) aliases.add(url);
  const job: Job = {
    ...existing,
    ...derivedOf(posting, settings, existing.savedAt),
    posting,
    urlAliases: [...aliases],
    identityKey: identityKeyOf(posting),
    updatedAt: now,
  };
  return { job, mergedUrls: aliases.size > existing.urlAliases.length };
}

/** "Re-read from page": this job with the posting as read again, the user's edits kept. */
export function jobReadAgain(existing: Job, fresh: PostingDraft, settings: DerivedSettings, now: number): Job {
  const { job } = refreshedJob(existing, fresh, settings, now);
  return { ...job, history: withHistory(job, historyEntry('updated', now, { detail: 'Read again from the page' })) };
}
