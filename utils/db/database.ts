import Dexie, { type EntityTable } from 'dexie';
import type { Job, Note, Reminder, Setting } from '../schema/job';
import { migrations } from './migrations';
import type { SyncDocRow, SyncStateRow } from '../sync/rows';

export const DATABASE_NAME = 'jobshelf';

/**
 * The one database, in the extension's origin. Only small, queried fields are indexed: the
 * posting's text never is. Versions and their upgrades are in ./migrations.
 */
export class JobshelfDatabase extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  syncDocs!: EntityTable<SyncDocRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;

  /**
   * `expiryHook: false` is for the bulk import's own connection only: Dexie's hooks make every
   * bulkPut read each row's stored version first (and diff it), which is most of a 10,000-job
   * write's overhead. That writer sets activeExpiresAt itself with `setActiveExpiry`.
   */
  constructor(name = DATABASE_NAME, upTo = migrations.length, { expiryHook = true }: { expiryHook?: boolean } = {}) {
    super(name);
    for (const migration of migrations.slice(0, upTo)) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    // Every write path (repositories, background) keeps the reminders' index right.
    if (!expiryHook) return;
    this.jobs.hook('creating', (_key, job) => {
      setActiveExpiry(job);
    });
    this.jobs.hook('updating', (changes, _key, job) => {
      const next = { ...job, ...(changes as Partial<Job>) };
      const active = activeExpiryOf(next);
      const stated = statedExpiryOf(next);
      if (active === next.activeExpiresAt && stated === next.statedExpiresAt) return undefined;
      return { activeExpiresAt: active, statedExpiresAt: stated };
    });
  }
}

function activeExpiryOf(job: Pick<Job, 'expiresAt' | 'closedAt'>): string | undefined {
  return job.closedAt === null && job.expiresAt ? job.expiresAt : undefined;
}

/** Only a stated closing date closes a job, so only those are looked up once past. */
function statedExpiryOf(job: Pick<Job, 'expiresAt' | 'closedAt' | 'expiresEstimated'>): string | undefined {
  return job.expiresEstimated ? undefined : activeExpiryOf(job);
}

/** Sets (or removes) activeExpiresAt and statedExpiresAt on the job itself, as the creating hook does. */
export function setActiveExpiry(job: Job): void {
  const active = activeExpiryOf(job);
  if (active) job.activeExpiresAt = active;
  else delete job.activeExpiresAt;
  const stated = statedExpiryOf(job);
  if (stated) job.statedExpiresAt = stated;
  else delete job.statedExpiresAt;
}

let shared: JobshelfDatabase | null = null;

/** The database this context uses; opened lazily so importing costs nothing. */
export function getDatabase(): JobshelfDatabase {
  shared ??= new JobshelfDatabase();
  return shared;
}
