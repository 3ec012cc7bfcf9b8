import type { Job } from '../schema/job';
import { postingFieldSchema, type PostingDraft, type PostingField } from '../schema/posting';
import { derivedOf, type DerivedSettings } from './derived';
import { historyEntry, withHistory } from './history';
import { identityKeyOf } from './identity';

export interface JobEdits {
  posting?: Partial<PostingDraft>;
  tags?: string[];
}

const postingFields: ReadonlySet<string> = new Set<PostingField>(postingFieldSchema.options);

function isPostingField(key: string): key is PostingField {
  return postingFields.has(key);
}

/** The user's own edits: each edited field is marked theirs and kept over later re-reads of the page. */
export function editedJob(job: Job, edits: JobEdits, settings: DerivedSettings, now: number): Job {
  const edited = new Set<PostingField>(job.userEdited);
  const posting: PostingDraft = { ...job.posting, provenance: { ...job.posting.provenance } };
  for (const [key, value] of Object.entries(edits.posting ?? {})) {
    if (key === 'provenance' || key === 'source' || value === undefined) continue;
    (posting as Record<string, unknown>)[key] = value;
    const field: PostingField | null =
      key === 'descriptionHtml' || key === 'descriptionText' ? 'description' : isPostingField(key) ? key : null;
    if (field) {
      edited.add(field);
      posting.provenance[field] = 'user';
    }
  }
  return {
    ...job,
    ...derivedOf(posting, settings, job.savedAt),
    posting,
    tags: edits.tags ?? job.tags,
    userEdited: [...edited],
    identityKey: identityKeyOf(posting),
    updatedAt: now,
    history: withHistory(job, historyEntry('updated', now, { detail: 'Edited by you' })),
  };
}
