import { identityKeyOf, urlsOf } from '@/utils/jobs/identity';
import { newJob } from '@/utils/jobs/new-job';
import { historyEntry, statusEntry, withHistory } from '@/utils/jobs/history';
import type { JobStatus } from '@/utils/schema/job';
import type { PostingDraft } from '@/utils/schema/posting';
import type { LocalJob } from '@/utils/sync/local-state';
import { makePosting } from '../posting-factory';
import type { MemoryReplica } from './memory-replica';

// What the repositories do to a device's jobs, on the in-memory device: enough of save (with the
// same identity rules), status, edit, notes, reminders and delete for the property tests.

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(++counter).toString(36).padStart(6, '0')}`;

/** Four postings; 0 and 1 are the same job from two sites (same company, title and place). */
export function pooledPosting(index: number): PostingDraft {
  const base = [
    makePosting({
      title: 'Platform Engineer',
      company: 'Quillfeather',
      url: 'https://boards.example.org/q/1',
      canonicalUrl: 'https://boards.example.org/q/1',
    }),
    makePosting({
      title: 'Platform Engineer',
      company: 'Quillfeather',
      url: 'https://quillfeather.example/careers/77',
      canonicalUrl: 'https://quillfeather.example/careers/77',
    }),
    makePosting({
      title: 'Data Analyst',
      company: 'Brambleworks',
      locations: ['Lyon'],
      url: 'https://jobs.example.net/b/9',
      canonicalUrl: 'https://jobs.example.net/b/9',
    }),
    makePosting({
      title: 'Office Manager',
      company: 'Tidewell',
      locations: ['Oslo'],
      url: 'https://jobs.example.net/t/4',
      canonicalUrl: 'https://jobs.example.net/t/4',
    }),
  ];
  return base[index % base.length]!;
}

function findSame(device: MemoryReplica, posting: PostingDraft): LocalJob | undefined {
  const urls = urlsOf(posting);
  const key = identityKeyOf(posting);
  for (const local of device.jobs.values()) {
    if (urls.includes(local.job.canonicalUrl) || local.job.urlAliases.some((url) => urls.includes(url))) return local;
  }
  for (const local of device.jobs.values()) if (key && local.job.identityKey === key) return local;
  return undefined;
}

export function save(device: MemoryReplica, posting: PostingDraft, now: number): string {
  const existing = findSame(device, posting);
  if (existing) {
    const aliases = new Set(existing.job.urlAliases);
    for (const url of urlsOf(posting)) if (url !== existing.job.canonicalUrl) aliases.add(url);
    existing.job = {
      ...existing.job,
      urlAliases: [...aliases],
      updatedAt: now,
      history: withHistory(existing.job, historyEntry('updated', now)),
    };
    return existing.job.id;
  }
  const job = newJob(posting, {
    id: nextId('job'),
    now,
    summary: null,
    expiresAt: posting.validThrough,
    expiresEstimated: false,
  });
  device.jobs.set(job.id, { job, notes: [], reminders: [] });
  return job.id;
}

export function setStatus(local: LocalJob, status: JobStatus | null, now: number): void {
  if (local.job.status === status) return;
  local.job = {
    ...local.job,
    status,
    statusChangedAt: now,
    updatedAt: now,
    history: withHistory(local.job, statusEntry(local.job.status, status, now)),
  };
}

export function editTitle(local: LocalJob, title: string, now: number): void {
  const posting = { ...local.job.posting, title, provenance: { ...local.job.posting.provenance, title: 'user' } };
  local.job = {
    ...local.job,
    posting,
    userEdited: [...new Set([...local.job.userEdited, 'title' as const])],
    identityKey: identityKeyOf(posting),
    updatedAt: now,
    history: withHistory(local.job, historyEntry('updated', now, { detail: 'Edited by you' })),
  };
}

export function addNote(local: LocalJob, text: string, now: number): string {
  const id = nextId('note');
  local.notes = [...local.notes, { id, jobId: local.job.id, createdAt: now, updatedAt: now, text }];
  return id;
}

export function editNote(local: LocalJob, index: number, text: string, now: number): void {
  const note = local.notes[index % local.notes.length];
  if (!note) return;
  local.notes = local.notes.map((other) => (other === note ? { ...note, text, updatedAt: now } : other));
}

export function deleteNote(local: LocalJob, index: number): string | null {
  const note = local.notes[index % local.notes.length];
  if (!note) return null;
  local.notes = local.notes.filter((other) => other !== note);
  return note.id;
}

export function addReminder(local: LocalJob, dueAt: number): void {
  local.reminders = [
    ...local.reminders,
    {
      id: nextId('rem'),
      jobId: local.job.id,
      kind: 'custom',
      dueAt,
      state: 'pending',
      firedAt: null,
      text: 'Call back',
    },
  ];
}

/** What the user sees, for comparing devices: everything but what stays on each device. */
export function visibleState(device: MemoryReplica): unknown {
  return [...device.jobs.values()]
    .map(({ job, notes, reminders }) => ({
      job: { ...job, summary: null, lastCheckedAt: null, urlAliases: [...job.urlAliases].sort() },
      notes: [...notes].sort((a, b) => (a.id < b.id ? -1 : 1)),
      reminders: [...reminders].sort((a, b) => (a.id < b.id ? -1 : 1)),
    }))
    .sort((a, b) => (a.job.id < b.job.id ? -1 : 1));
}
