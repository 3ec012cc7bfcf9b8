import type { Transaction } from 'dexie';
import { historiesByJob, reopenIfClosedOnEstimate } from '../jobs/history';
import { localDay } from '../local-time';
import { estimatedClosingDay } from '../reminders/estimate';
import type { Job, JobEvent } from '../schema/job';

export interface Migration {
  version: number;
  /** null removes a table (after the earlier versions' upgrades have read it). */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

/**
 * Numbered, append-only. A shape change is a new entry with an upgrade and a test in
 * tests/db/migrations.test.ts that opens the previous version's data and checks nothing is lost.
 * A version that only removes tables needs no upgrade.
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
        .modify(
          (
            job: Record<string, unknown> & {
              updatedAt: number;
              savedAt: number;
              status: unknown;
              expiresAt: unknown;
              closedAt: unknown;
            },
          ) => {
            job.statusChangedAt ??= job.status ? job.updatedAt : job.savedAt;
            if (job.closedAt === null && typeof job.expiresAt === 'string') job.activeExpiresAt = job.expiresAt;
            // Filled in by the background after the upgrade (backfillSummaries): the summarizer is
            // too large to load in every page that opens the database.
            job.summary ??= null;
            job.expiryNotified ??= [];
            job.lastCheckedAt ??= null;
          },
        ),
  },
  {
    // One row per job: the history moves from the events table into each job, and indexes no
    // query uses go (status, expiresAt, statusChangedAt, tags: the dashboard filters in memory).
    // Every row and index entry costs time when 10,000 jobs are written at once.
    version: 3,
    stores: {
      jobs: 'id, &canonicalUrl, *urlAliases, identityKey, savedAt, updatedAt, activeExpiresAt',
    },
    upgrade: async (transaction) => {
      const histories = historiesByJob((await transaction.table('events').toArray()) as JobEvent[]);
      await transaction
        .table('jobs')
        .toCollection()
        .modify((job: { id: string; history?: unknown }) => {
          job.history = histories.get(job.id) ?? [];
        });
    },
  },
  {
    // Emptied into the jobs by version 3.
    version: 4,
    stores: { events: null },
  },
  {
    // An estimate never closes a job: estimates count from the later of posted and saved, jobs
    // closed on an estimate alone are open again, and statedExpiresAt indexes the dates that do
    // close a job (so the background never re-reads open jobs past an estimate).
    version: 5,
    stores: {
      jobs: 'id, &canonicalUrl, *urlAliases, identityKey, savedAt, updatedAt, activeExpiresAt, statedExpiresAt',
    },
    upgrade: async (transaction) => {
      const lifetime = (await transaction.table('settings').get('estimatedLifetimeDays'))?.value;
      const days =
        typeof lifetime === 'number' && Number.isInteger(lifetime) && lifetime >= 1 && lifetime <= 365 ? lifetime : 30;
      const now = Date.now();
      await transaction
        .table('jobs')
        .toCollection()
        .modify((job: Job) => {
          if (job.expiresEstimated) {
            job.expiresAt = estimatedClosingDay(job.posting?.datePosted ?? null, localDay(job.savedAt), days);
            reopenIfClosedOnEstimate(job, now);
          }
          // What the database hook keeps (hooks do not run inside an upgrade).
          if (job.closedAt === null && job.expiresAt) job.activeExpiresAt = job.expiresAt;
          else delete job.activeExpiresAt;
          if (job.activeExpiresAt && !job.expiresEstimated) job.statedExpiresAt = job.activeExpiresAt;
          else delete job.statedExpiresAt;
        });
    },
  },
  {
    // Sync (issue 16): each job's sync state (its CRDT doc, by shard bucket) and the device's
    // sync connection, key and progress. Local jobs are untouched.
    version: 6,
    stores: { syncDocs: 'id, bucket', syncState: 'key' },
  },
];
