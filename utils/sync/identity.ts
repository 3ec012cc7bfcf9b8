import { historyEntry } from '../jobs/history';
import { lastEdit, mergeDocs, unionSorted, type JobDoc } from './doc';
import { maxHlc, wallOf } from './hlc';

// The same job saved on two devices (from two URLs, or the same company + title + place) becomes
// one, as it does when saved twice on one device. The job with the smaller id stays; the other
// is folded into it and marked deleted at its own last edit, so an edit made to it later (on a
// device that had not heard yet) brings it back only to be folded in again. Every device picks
// the same survivor and computes the same result, whatever order it learns things in.

/** The keys by which two jobs are the same one (as findJobForPosting matches them). */
export function identityKeysOf(doc: JobDoc): string[] {
  const keys = doc.urls.map((url) => `url:${url}`);
  const canonical = doc.f.canonicalUrl?.v;
  if (typeof canonical === 'string') keys.push(`url:${canonical}`);
  const identity = doc.f.identityKey?.v;
  if (typeof identity === 'string' && identity) keys.push(`id:${identity}`);
  return keys;
}

/** Folds `loser` into `survivor`; both come back changed. */
export function foldInto(survivor: JobDoc, loser: JobDoc): { survivor: JobDoc; loser: JobDoc } {
  // The survivor keeps its own URL; a loser that was only saved (no status, no tags…) does not
  // blank the survivor's: an empty value there says nothing, it is not an edit.
  const { canonicalUrl: _kept, ...fields } = loser.f;
  for (const [field, register] of Object.entries(fields)) {
    const empty = register.v === null || (Array.isArray(register.v) && register.v.length === 0);
    if (empty && survivor.f[field]) delete fields[field];
  }
  if (!fields.status && survivor.f.status) delete fields.statusChangedAt;
  const mergedEntry = {
    ...historyEntry('merged', wallOf(lastEdit(loser) ?? ''), { detail: 'The same job, saved on another device' }),
    id: `merged:${loser.id}`,
  };
  const incoming: JobDoc = {
    id: survivor.id,
    f: fields,
    urls: loser.urls,
    h: { ...loser.h, [mergedEntry.id]: mergedEntry },
    notes: loser.notes,
    reminders: loser.reminders,
  };
  const merged = mergeDocs(survivor, incoming);
  return {
    survivor: { ...merged, urls: unionSorted(merged.urls, loser.urls) },
    loser: { ...loser, d: maxHlc(loser.d, lastEdit(loser)), into: survivor.id },
  };
}

/** A group of live docs that are the same job → every doc changed by folding them into one. */
export function foldGroup(group: readonly JobDoc[]): JobDoc[] {
  if (group.length < 2) return [];
  const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : 1));
  let survivor = sorted[0]!;
  const changed: JobDoc[] = [];
  for (const loser of sorted.slice(1)) {
    const folded = foldInto(survivor, loser);
    survivor = folded.survivor;
    changed.push(folded.loser);
  }
  return [survivor, ...changed];
}

/** Groups of live docs sharing any identity key (transitively). */
export function duplicateGroups(docs: readonly JobDoc[]): JobDoc[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const byKey = new Map<string, string>();
  for (const doc of docs) {
    parent.set(doc.id, doc.id);
    for (const key of identityKeysOf(doc)) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, doc.id);
      else parent.set(find(doc.id), find(other));
    }
  }
  const groups = new Map<string, JobDoc[]>();
  for (const doc of docs) {
    const root = find(doc.id);
    const group = groups.get(root);
    if (group) group.push(doc);
    else groups.set(root, [doc]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
