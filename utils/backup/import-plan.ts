import type { Job, Note, Reminder } from '../schema/job';
import type { Settings } from '../schema/settings';
import type { Backup } from './backup-schema';

export type ImportMode = 'merge' | 'replace';

/** What the database already holds of a job: enough to plan an import without reading postings. */
export interface ExistingJobKey {
  id: string;
  canonicalUrl: string;
  updatedAt: number;
}

export interface ImportConflict {
  title: string;
  reason: string;
}

export interface ImportPreview {
  mode: ImportMode;
  jobsInFile: number;
  /** Jobs not saved here yet. */
  added: number;
  /** Jobs saved here that the file has a newer (or equal-age, different) version of. */
  updated: number;
  unchanged: number;
  /** Jobs kept as they are here: edited here more recently, or the same posting under another id. */
  conflicts: number;
  conflictExamples: ImportConflict[];
  /** Replace: jobs here that are not in the file and will be deleted. */
  removed: number;
  notes: number;
  reminders: number;
  /** History entries of the jobs written (they travel inside each job). */
  history: number;
  /** Settings the file sets that will be applied (an AI provider is counted apart, in `aiProvider`). */
  settingsKeys: number;
  /**
   * An AI provider the file would turn on (kind other than none): applied only when the user
   * confirms it by name in the preview, and a remote one only after the browser's permission.
   */
  aiProvider: { kind: Settings['aiProvider']['kind']; baseUrl: string; model: string } | null;
}

export interface ImportOptions {
  /** The user confirmed the AI provider named in the preview (and granted its permission). */
  acceptAiProvider?: boolean;
}

export interface ImportPlan {
  preview: ImportPreview;
  jobs: Job[];
  notes: Note[];
  reminders: Reminder[];
  settings: Partial<Settings>;
}

/**
 * The settings an import may write: the file's, less an AI provider that would turn one on unless
 * the user accepted it. A provider that is off may always come in (it sends nothing).
 */
function settingsToApply(
  settings: Partial<Settings>,
  options: ImportOptions,
): { settings: Partial<Settings>; aiProvider: ImportPreview['aiProvider'] } {
  const provider = settings.aiProvider;
  if (!provider || provider.kind === 'none') return { settings, aiProvider: null };
  const aiProvider = { kind: provider.kind, baseUrl: provider.baseUrl, model: provider.model };
  if (options.acceptAiProvider) return { settings, aiProvider };
  const { aiProvider: _withheld, ...rest } = settings;
  return { settings: rest, aiProvider };
}

function countedKeys(settings: Partial<Settings>): number {
  return Object.keys(settings).filter((key) => key !== 'aiProvider').length;
}

function historyCount(jobs: readonly Job[]): number {
  return jobs.reduce((sum, job) => sum + job.history.length, 0);
}

/**
 * What importing `backup` would do. Merge keeps what is here when it conflicts (a newer edit here,
 * or the same posting saved under another id) and fills in settings only where none are set;
 * replace makes the database exactly the file.
 */
export function planImport(
  backup: Backup,
  existing: readonly ExistingJobKey[],
  mode: ImportMode,
  settingsSetHere: readonly string[] = [],
  options: ImportOptions = {},
): ImportPlan {
  if (mode === 'replace') {
    const { settings, aiProvider } = settingsToApply(backup.settings, options);
    const fileIds = new Set(backup.jobs.map((job) => job.id));
    return {
      preview: {
        mode,
        jobsInFile: backup.jobs.length,
        added: backup.jobs.length,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        conflictExamples: [],
        removed: existing.filter((job) => !fileIds.has(job.id)).length,
        notes: backup.notes.length,
        reminders: backup.reminders.length,
        history: historyCount(backup.jobs),
        settingsKeys: countedKeys(settings),
        aiProvider,
      },
      jobs: backup.jobs,
      notes: backup.notes,
      reminders: backup.reminders,
      settings,
    };
  }

  const byId = new Map(existing.map((job) => [job.id, job]));
  const idByUrl = new Map(existing.map((job) => [job.canonicalUrl, job.id]));
  const jobs: Job[] = [];
  const conflictExamples: ImportConflict[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let conflicts = 0;
  /** Jobs whose notes, history and reminders may be written: the ids end up saved here. */
  const acceptedIds = new Set<string>();
  const conflict = (job: Job, reason: string) => {
    conflicts++;
    if (conflictExamples.length < 10) conflictExamples.push({ title: job.posting.title, reason });
  };

  for (const job of backup.jobs) {
    const here = byId.get(job.id);
    const urlOwner = idByUrl.get(job.canonicalUrl);
    if (urlOwner !== undefined && urlOwner !== job.id) {
      conflict(job, 'The same posting is saved here already; kept the one here.');
      continue;
    }
    if (!here) {
      added++;
      jobs.push(job);
      acceptedIds.add(job.id);
    } else if (here.updatedAt > job.updatedAt) {
      conflict(job, 'Changed here after the backup was made; kept the one here.');
      acceptedIds.add(job.id);
    } else if (here.updatedAt === job.updatedAt) {
      unchanged++;
      acceptedIds.add(job.id);
    } else {
      updated++;
      jobs.push(job);
      acceptedIds.add(job.id);
    }
  }

  const belongs = <T extends { jobId: string }>(rows: readonly T[]) => rows.filter((row) => acceptedIds.has(row.jobId));
  const notes = belongs(backup.notes);
  const reminders = belongs(backup.reminders);
  const setHere = new Set(settingsSetHere);
  const { settings, aiProvider } = settingsToApply(
    Object.fromEntries(
      Object.entries(backup.settings).filter(([key, value]) => value !== undefined && !setHere.has(key)),
    ) as Partial<Settings>,
    options,
  );

  return {
    preview: {
      mode,
      jobsInFile: backup.jobs.length,
      added,
      updated,
      unchanged,
      conflicts,
      conflictExamples,
      removed: 0,
      notes: notes.length,
      reminders: reminders.length,
      history: historyCount(jobs),
      settingsKeys: countedKeys(settings),
      aiProvider,
    },
    jobs,
    notes,
    reminders,
    settings,
  };
}
