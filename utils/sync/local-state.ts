import { withHistory } from '../jobs/history';
import type { Job, Note, Reminder } from '../schema/job';
import { emptyDoc, itemAlive, jobAlive, unionSorted, type ItemDoc, type JobDoc, type Registers } from './doc';
import { itemFieldValues, jobFieldValues, jobFromValues, noteKeys, reminderKeys } from './fields';
import { encodeHlc, tick, type Clock } from './hlc';

/** A job as this device holds it: the row and its notes and reminders. */
export interface LocalJob {
  job: Job;
  notes: Note[];
  reminders: Reminder[];
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Lazily takes one stamp for all the changes found in one job. */
class Stamper {
  private stamp: string | null = null;
  constructor(
    public clock: Clock,
    private readonly now: number,
  ) {}
  next(): string {
    if (this.stamp === null) {
      this.clock = tick(this.clock, this.now);
      this.stamp = encodeHlc(this.clock);
    }
    return this.stamp;
  }
  get changed(): boolean {
    return this.stamp !== null;
  }
}

function stampRegisters(registers: Registers, values: Record<string, unknown>, stamper: Stamper): Registers {
  let next = registers;
  for (const [field, value] of Object.entries(values)) {
    const current = registers[field];
    if (current && same(current.v, value)) continue;
    if (next === registers) next = { ...registers };
    next[field] = { v: value, t: stamper.next(), ...(current ? { b: current.t } : {}) };
  }
  return next;
}

function stampItems<T extends { id: string }>(
  items: Record<string, ItemDoc>,
  local: readonly T[],
  keys: ReadonlyArray<keyof T>,
  stamper: Stamper,
): Record<string, ItemDoc> {
  const next: Record<string, ItemDoc> = { ...items };
  const present = new Set<string>();
  for (const item of local) {
    present.add(item.id);
    const doc = items[item.id];
    const alive = !doc || itemAlive(doc);
    const f = stampRegisters(doc?.f ?? {}, itemFieldValues(item, keys), stamper);
    // Here again after a deletion elsewhere: a fresh write of every field revives it.
    if (!alive && f === doc?.f) next[item.id] = { ...doc, f: stampRegisters({}, itemFieldValues(item, keys), stamper) };
    else if (f !== doc?.f) next[item.id] = { ...(doc ?? {}), f };
  }
  for (const [id, doc] of Object.entries(items)) {
    if (!present.has(id) && itemAlive(doc)) next[id] = { ...doc, d: stamper.next() };
  }
  return next;
}

/** The items with a tombstone on each one still alive (the same object when none is). */
function buried(items: Record<string, ItemDoc>, stamp: string): Record<string, ItemDoc> {
  let next = items;
  for (const [id, item] of Object.entries(items)) {
    if (!itemAlive(item)) continue;
    if (next === items) next = { ...items };
    next[id] = { ...item, d: stamp };
  }
  return next;
}

/**
 * Records what changed on this device since the doc was last written: changed fields get a new
 * stamp, new history entries and URLs are added, a note or reminder gone from here (or the whole
 * job, `local` null) gets a tombstone. Returns the doc unchanged (same object) when nothing did.
 */
export function recordLocal(
  doc: JobDoc | undefined,
  local: LocalJob | null,
  clock: Clock,
  now: number,
): { doc: JobDoc | undefined; clock: Clock } {
  const stamper = new Stamper(clock, now);
  if (!local) {
    if (!doc || !jobAlive(doc)) return { doc, clock };
    // The job's notes and reminders go with it: should another device's edit bring the job back, a note this
    // device had deleted (recorded before, never sent) must not come back with it.
    const stamp = stamper.next();
    return {
      doc: { ...doc, d: stamp, notes: buried(doc.notes, stamp), reminders: buried(doc.reminders, stamp) },
      clock: stamper.clock,
    };
  }
  const base = doc ?? emptyDoc(local.job.id);
  const wasAlive = !doc || jobAlive(doc);
  let f = stampRegisters(base.f, jobFieldValues(local.job), stamper);
  // Kept here while deleted elsewhere: writing every field again makes it outlive the tombstone.
  if (!wasAlive && f === base.f) f = stampRegisters({}, jobFieldValues(local.job), stamper);
  const notes = stampItems(base.notes, local.notes, noteKeys, stamper);
  const reminders = stampItems(base.reminders, local.reminders, reminderKeys, stamper);
  const urls = unionSorted(base.urls, [local.job.canonicalUrl, ...local.job.urlAliases]);
  let h = base.h;
  for (const entry of local.job.history) {
    if (h[entry.id]) continue;
    if (h === base.h) h = { ...base.h };
    h[entry.id] = entry;
  }
  const changed = stamper.changed || h !== base.h || urls.length !== base.urls.length;
  if (!changed && doc) return { doc, clock };
  return { doc: { ...base, f, notes, reminders, urls, h }, clock: stamper.clock };
}

/** Oldest first and within the limit, dropping the oldest re-save entries first (as locally). */
function historyOf(doc: JobDoc): Job['history'] {
  return withHistory({ history: [] }, ...Object.values(doc.h));
}

function itemsOf<T>(items: Record<string, ItemDoc>, build: (id: string, value: (key: string) => unknown) => T): T[] {
  const list: T[] = [];
  for (const [id, item] of Object.entries(items)) {
    if (itemAlive(item)) list.push(build(id, (key) => item.f[key]?.v ?? null));
  }
  return list;
}

/**
 * The job, notes and reminders a doc stands for (null: deleted, or merged into another job).
 * Fields that stay on each device come from `existing`.
 */
export function materialize(doc: JobDoc, existing: Job | undefined): LocalJob | null {
  if (!jobAlive(doc)) return null;
  const fields = jobFromValues((key) => doc.f[key]?.v ?? null);
  const job: Job = {
    ...fields,
    id: doc.id,
    urlAliases: doc.urls.filter((url) => url !== fields.canonicalUrl),
    // A doc written before summaries travelled has none: keep this device's while the posting is the same.
    summary: fields.summary ?? (existing && same(existing.posting, fields.posting) ? existing.summary : null),
    lastCheckedAt: existing?.lastCheckedAt ?? null,
    history: historyOf(doc),
  };
  const notes = itemsOf<Note>(doc.notes, (id, value) => ({
    id,
    jobId: doc.id,
    createdAt: value('createdAt') as number,
    updatedAt: value('updatedAt') as number,
    text: value('text') as string,
  }));
  const reminders = itemsOf<Reminder>(doc.reminders, (id, value) => ({
    id,
    jobId: doc.id,
    kind: value('kind') as Reminder['kind'],
    dueAt: value('dueAt') as number,
    state: value('state') as Reminder['state'],
    firedAt: value('firedAt') as number | null,
    text: value('text') as string,
  }));
  return { job, notes, reminders };
}
