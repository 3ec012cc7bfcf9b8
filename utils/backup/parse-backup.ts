import type { z } from 'zod';
import { isAllowListClean, sanitizeHtml } from '../extract/sanitize';
import { historiesByJob } from '../jobs/history';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  backupV1Schema,
  type Backup,
  type BackupV1,
} from './backup-schema';

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Limits a hostile file hits long before it can hurt the page or the database. */
export const BACKUP_LIMITS = {
  /** Characters in the file (10,000 jobs with long descriptions are ~100 MB). */
  maxChars: 400_000_000,
  /** Any one string; a posting's description HTML is capped at 2,000,000 by its schema. */
  maxStringChars: 2_000_000,
  maxDepth: 24,
};

/** Keys that would touch an object's prototype if anything ever copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function fail(reason: string): ParseBackupResult {
  return { ok: false, reason };
}

/**
 * Walks the parsed JSON once, refusing prototype keys, huge strings and absurd nesting before zod
 * looks at the shape. Recursive, but never deeper than `maxDepth`: a deeply nested file is refused
 * long before the stack could overflow. Paths are only built for the top levels, where they help.
 */
function hostileContent(root: unknown): string | null {
  const walk = (value: unknown, depth: number, path: string): string | null => {
    if (typeof value === 'string') {
      return value.length > BACKUP_LIMITS.maxStringChars
        ? `${path || 'A value'} is ${value.length.toLocaleString('en')} characters long, more than a backup ever holds.`
        : null;
    }
    if (value === null || typeof value !== 'object') return null;
    if (depth >= BACKUP_LIMITS.maxDepth) return `${path || 'The file'} is nested deeper than a backup ever is.`;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = walk(value[i], depth + 1, depth < 3 ? `${path}[${i}]` : path);
        if (problem) return problem;
      }
      return null;
    }
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) return `${path || 'The file'} contains the key "${key}", which a backup never has.`;
      const problem = walk(
        (value as Record<string, unknown>)[key],
        depth + 1,
        depth < 3 ? (path ? `${path}.${key}` : key) : path,
      );
      if (problem) return problem;
    }
    return null;
  };
  return walk(root, 0, '');
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => `${issuePath(issue.path) || 'file'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return `This backup has values Jobshelf cannot use — ${shown.join('; ')}${more}.`;
}

/** Ids unique per table, and every note, history entry and reminder belongs to a job in the file. */
function inconsistency(backup: Backup, events: BackupV1['events'] = []): string | null {
  const jobIds = new Set<string>();
  const urls = new Set<string>();
  for (const job of backup.jobs) {
    if (jobIds.has(job.id)) return `Two jobs in the file share the id ${job.id}.`;
    if (urls.has(job.canonicalUrl)) return `Two jobs in the file are the same posting (${job.canonicalUrl}).`;
    jobIds.add(job.id);
    urls.add(job.canonicalUrl);
  }
  const tables = [
    ['history event', events],
    ['note', backup.notes],
    ['reminder', backup.reminders],
  ] as const;
  for (const [label, rows] of tables) {
    const ids = new Set<string>();
    for (const row of rows) {
      if (ids.has(row.id)) return `Two ${label}s in the file share the id ${row.id}.`;
      ids.add(row.id);
      if (!jobIds.has(row.jobId)) return `A ${label} in the file belongs to a job that is not in it (${row.jobId}).`;
    }
  }
  return null;
}

/** A version 1 file as version 2: each job gets its events as its history. */
function fromVersion1(v1: BackupV1): Backup {
  const histories = historiesByJob(v1.events);
  const { events: _events, ...rest } = v1;
  return {
    ...rest,
    version: BACKUP_VERSION,
    jobs: v1.jobs.map((job) => ({ ...job, history: histories.get(job.id) ?? [] })),
  };
}

/**
 * What a file says and nothing more: the settings keys it really has (zod fills defaults for the
 * rest, which would then count, and be applied, as if the file set them), and each description's
 * HTML through the capture's allow-list. Its DOM-free tokenizer, not DOMPurify: 10,000
 * descriptions take milliseconds instead of tens of seconds, and the job page sanitizes again
 * with DOMPurify before rendering. A copy: what zod returned is not changed.
 */
function asImported(backup: Backup, raw: Record<string, unknown>): Backup {
  const fileSettings = raw.settings !== null && typeof raw.settings === 'object' ? Object.keys(raw.settings) : [];
  const settings = Object.fromEntries(Object.entries(backup.settings).filter(([key]) => fileSettings.includes(key)));
  const jobs = backup.jobs.map((job) => {
    const html = job.posting.descriptionHtml;
    const descriptionHtml = isAllowListClean(html) ? html : sanitizeHtml(html, null);
    return descriptionHtml === job.posting.descriptionHtml
      ? job
      : { ...job, posting: { ...job.posting, descriptionHtml } };
  });
  return { ...backup, settings, jobs };
}

/**
 * A backup file's text → a validated backup, or the reason it was refused in words the user can
 * act on. Nothing here touches the database: a refused file changes nothing.
 */
export function parseBackup(text: string): ParseBackupResult {
  if (text.length > BACKUP_LIMITS.maxChars) return fail('This file is too large to be a Jobshelf backup.');
  if (!text.trim()) return fail('This file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is not a complete Jobshelf backup: it is not valid JSON (it may be cut off or damaged).');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('This file is not a Jobshelf backup.');
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT)
    return fail('This file is not a Jobshelf backup (its format is not "jobshelf-backup").');
  if (typeof head.version !== 'number' || !Number.isInteger(head.version))
    return fail('This backup has no valid version number.');
  if (head.version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer Jobshelf (backup version ${head.version}; this one reads version ${BACKUP_VERSION}). Update Jobshelf and try again.`,
    );
  }
  if (head.version !== 1 && head.version !== BACKUP_VERSION)
    return fail(`Backup version ${head.version} is not one Jobshelf can read.`);
  const hostile = hostileContent(raw);
  if (hostile) return fail(`This file was refused: ${hostile}`);
  if (head.version === 1) {
    const parsed = backupV1Schema.safeParse(raw);
    if (!parsed.success) return fail(describeIssues(parsed.error));
    const backup = asImported(fromVersion1(parsed.data), head);
    const problem = inconsistency(backup, parsed.data.events);
    return problem ? fail(`This backup is inconsistent: ${problem}`) : { ok: true, backup };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return fail(describeIssues(parsed.error));
  const problem = inconsistency(parsed.data);
  if (problem) return fail(`This backup is inconsistent: ${problem}`);
  return { ok: true, backup: asImported(parsed.data, head) };
}
