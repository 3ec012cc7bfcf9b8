import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  stores: Record<string, string>;
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

/**
 * Numbered, append-only. A shape change is a new entry with an upgrade and a test in
 * tests/db/migrations.test.ts that opens the previous version's data and checks nothing is lost.
 */
export const migrations: Migration[] = [
  {
    version: 1,
    stores: {
      jobs: 'id, &canonicalUrl, *urlAliases, identityKey, status, savedAt, updatedAt, expiresAt',
      events: 'id, jobId, [jobId+at], at',
      notes: 'id, jobId, [jobId+createdAt]',
      reminders: 'id, jobId, dueAt, [state+dueAt]',
      settings: 'key',
    },
  },
  {
    // Tracking and the dashboard: time in stage, tags, the stored summary, expiry notifications.
    version: 2,
    stores: {
      jobs: 'id, &canonicalUrl, *urlAliases, identityKey, status, savedAt, updatedAt, expiresAt, activeExpiresAt, statusChangedAt, *tags',
      reminders: 'id, jobId, dueAt, [state+dueAt], [jobId+state]',
    },
    upgrade: (transaction) =>
      transaction
        .table('jobs')
        .toCollection()
        .modify((job: Record<string, unknown> & { updatedAt: number; savedAt: number; status: unknown; expiresAt: unknown; closedAt: unknown }) => {
          job.statusChangedAt ??= job.status ? job.updatedAt : job.savedAt;
          if (job.closedAt === null && typeof job.expiresAt === 'string') job.activeExpiresAt = job.expiresAt;
          // Filled in by the background after the upgrade (backfillSummaries): the summarizer is
          // too large to load in every page that opens the database.
          job.summary ??= null;
          job.expiryNotified ??= [];
          job.lastCheckedAt ??= null;
        }),
  },
];
