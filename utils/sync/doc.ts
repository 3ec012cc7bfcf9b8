import type { HistoryEntry } from '../schema/job';
import { maxHlc, wallOf, type Hlc } from './hlc';

// What a device syncs for each job: a state-based CRDT. Every field is a last-writer-wins register
// stamped with a hybrid logical clock; history entries and URLs are grow-only sets; notes and
// reminders are maps of items with their own registers; a deletion is a tombstone stamp. Merging
// two docs is commutative, associative and idempotent, so devices converge whatever the order.

/** One field's value, when it was written, and the stamp of the value it replaced there. */
export interface Register {
  v: unknown;
  t: Hlc;
  /** The stamp this device had for the field when it wrote `v` (absent: it had none). */
  b?: Hlc;
}

export type Registers = Record<string, Register>;

/** A note or a reminder: its fields, and a tombstone when it was deleted. */
export interface ItemDoc {
  f: Registers;
  d?: Hlc;
}

export interface JobDoc {
  id: string;
  f: Registers;
  /** Every URL the job was ever known by (grow-only). */
  urls: string[];
  /** History entries by id (grow-only). */
  h: Record<string, HistoryEntry>;
  notes: Record<string, ItemDoc>;
  reminders: Record<string, ItemDoc>;
  /** Deleted at (tombstone). An edit stamped later brings the job back: nothing is lost. */
  d?: Hlc;
  /** Set when this job was merged into another one (same job saved on two devices). */
  into?: string;
}

export function emptyDoc(id: string): JobDoc {
  return { id, f: {}, urls: [], h: {}, notes: {}, reminders: {} };
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Called for a value that lost to a concurrent write (its writer had not seen the winner). */
export type OnConflict = (field: string, loser: Register) => void;

/**
 * The later stamp wins. The two were concurrent when the winner's writer had not seen the
 * loser (its base is older): then the loser is reported, so its value can be kept in history.
 */
export function mergeRegister(
  field: string,
  a: Register | undefined,
  b: Register | undefined,
  onConflict?: OnConflict,
): Register | undefined {
  if (!a) return b;
  if (!b || a.t === b.t) return a;
  const [winner, loser] = a.t > b.t ? [a, b] : [b, a];
  if (onConflict && (winner.b === undefined || loser.t > winner.b) && !same(winner.v, loser.v))
    onConflict(field, loser);
  return winner;
}

export function mergeRegisters(a: Registers, b: Registers, onConflict?: OnConflict): Registers {
  const merged: Registers = { ...a };
  for (const [field, register] of Object.entries(b))
    merged[field] = mergeRegister(field, a[field], register, onConflict)!;
  return merged;
}

function lastWrite(registers: Registers): Hlc | undefined {
  let last: Hlc | undefined;
  for (const register of Object.values(registers)) last = maxHlc(last, register.t);
  return last;
}

/** An item (or job) is there unless it was deleted after its last edit. */
export function itemAlive(item: ItemDoc): boolean {
  if (!item.d) return true;
  const last = lastWrite(item.f);
  return last !== undefined && last > item.d;
}

function mergeItems(
  a: Record<string, ItemDoc>,
  b: Record<string, ItemDoc>,
  onConflict: (itemId: string) => OnConflict | undefined,
): Record<string, ItemDoc> {
  const merged: Record<string, ItemDoc> = { ...a };
  for (const [id, item] of Object.entries(b)) {
    const mine = a[id];
    if (!mine) {
      merged[id] = item;
      continue;
    }
    const d = maxHlc(mine.d, item.d);
    merged[id] = { f: mergeRegisters(mine.f, item.f, onConflict(id)), ...(d ? { d } : {}) };
  }
  return merged;
}

/** The latest stamp anywhere in the job: its fields, its notes' and reminders'. */
export function lastEdit(doc: JobDoc): Hlc | undefined {
  let last = lastWrite(doc.f);
  for (const item of Object.values(doc.notes)) last = maxHlc(last, maxHlc(lastWrite(item.f), item.d));
  for (const item of Object.values(doc.reminders)) last = maxHlc(last, maxHlc(lastWrite(item.f), item.d));
  return last;
}

export function jobAlive(doc: JobDoc): boolean {
  if (!doc.d) return Object.keys(doc.f).length > 0;
  const last = lastEdit(doc);
  return last !== undefined && last > doc.d;
}

// Fields whose losing value is worth keeping in the job's history (the user typed or chose it).
const conflictLabels: Record<string, string> = {
  status: 'Status',
  tags: 'Tags',
  'posting.title': 'Title',
  'posting.company': 'Company',
  'posting.locations': 'Locations',
  'posting.workMode': 'Work mode',
  'posting.employmentType': 'Employment type',
  'posting.salary': 'Salary',
  'posting.datePosted': 'Date posted',
  'posting.validThrough': 'Closing date',
  'posting.applyUrl': 'Apply link',
  'posting.descriptionText': 'Description',
  closedAt: 'Closed',
};

function shown(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ') || '(none)';
  if (typeof value === 'object' && value && 'text' in value) return String((value as { text: unknown }).text);
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  return JSON.stringify(value);
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The history entry that keeps a losing value. Its id and text depend on the loser only, so every
 * device that sees the same conflict writes the same entry, whichever order it merged in.
 */
export function conflictEntry(label: string, loser: Register, key: string): HistoryEntry {
  return {
    id: `conflict:${key}:${loser.t}`,
    at: wallOf(loser.t),
    type: 'updated',
    detail: clip(
      `${label} on another device was “${shown(loser.v)}” (replaced by an edit made at the same time elsewhere)`,
      2000,
    ),
  };
}

/** Join of two states of the same job (or of two jobs being merged into one: `a` keeps its id). */
export function mergeDocs(a: JobDoc, b: JobDoc): JobDoc {
  const h = mergeHistory(a.h, b.h);
  const keep = (entry: HistoryEntry) => {
    h[entry.id] ??= entry;
  };
  const f = mergeRegisters(a.f, b.f, (field, loser) => {
    const label = conflictLabels[field];
    if (label) keep(conflictEntry(label, loser, `${a.id}:${field}`));
  });
  const notes = mergeItems(a.notes, b.notes, (noteId) => (field, loser) => {
    if (field === 'text') keep(conflictEntry('A note', loser, `${a.id}:note:${noteId}`));
  });
  const reminders = mergeItems(a.reminders, b.reminders, () => undefined);
  const d = maxHlc(a.d, b.d);
  const into = a.into && b.into ? (a.into < b.into ? a.into : b.into) : (a.into ?? b.into);
  const urls = unionSorted(a.urls, b.urls);
  return { id: a.id, f, urls, h, notes, reminders, ...(d ? { d } : {}), ...(into ? { into } : {}) };
}

export function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** Union by id; should one id carry two versions, every device keeps the same one. */
function mergeHistory(a: Record<string, HistoryEntry>, b: Record<string, HistoryEntry>): Record<string, HistoryEntry> {
  const merged = { ...a };
  for (const [id, entry] of Object.entries(b)) {
    const mine = a[id];
    if (!mine || mine === entry) merged[id] = entry;
    else if (JSON.stringify(entry) < JSON.stringify(mine)) merged[id] = entry;
  }
  return merged;
}

/** How long a deleted job, note or reminder keeps its last values (a device offline this long still converges). */
export const TOMBSTONE_KEEP_MS = 90 * 86_400_000;

function deletedLongAgo(d: Hlc | undefined, alive: boolean, now: number): d is Hlc {
  return d !== undefined && !alive && wallOf(d) < now - TOMBSTONE_KEEP_MS;
}

/**
 * A doc with what long-deleted jobs and items no longer need dropped: only the tombstone stamp
 * (and the job's URLs) stay. Merging it with any older copy still gives a deleted job, and an edit
 * stamped after the deletion still brings it back, so nothing converges differently; the shards
 * just stop carrying deleted descriptions and notes forever. Returns the same object when nothing changed.
 */
export function compactDeleted(doc: JobDoc, now: number): JobDoc {
  if (deletedLongAgo(doc.d, jobAlive(doc), now)) {
    const bare =
      Object.keys(doc.f).length === 0 &&
      Object.keys(doc.h).length === 0 &&
      Object.keys(doc.notes).length === 0 &&
      Object.keys(doc.reminders).length === 0;
    if (bare) return doc;
    return {
      id: doc.id,
      f: {},
      urls: doc.urls,
      h: {},
      notes: {},
      reminders: {},
      d: doc.d,
      ...(doc.into ? { into: doc.into } : {}),
    };
  }
  const notes = compactItems(doc.notes, now);
  const reminders = compactItems(doc.reminders, now);
  return notes === doc.notes && reminders === doc.reminders ? doc : { ...doc, notes, reminders };
}

function compactItems(items: Record<string, ItemDoc>, now: number): Record<string, ItemDoc> {
  let compacted: Record<string, ItemDoc> | undefined;
  for (const [id, item] of Object.entries(items)) {
    if (!deletedLongAgo(item.d, itemAlive(item), now) || Object.keys(item.f).length === 0) continue;
    compacted ??= { ...items };
    compacted[id] = { f: {}, d: item.d };
  }
  return compacted ?? items;
}
