import Dexie, { type EntityTable } from 'dexie';
import type { Job, JobEvent, Note, Reminder, Setting } from '../schema/job';

export const DATABASE_NAME = 'jobshelf';

/**
 * The one database, in the extension's origin. Version 1 is laid out for the whole product.
 * Only small, queried fields are indexed: the posting's text is never an index.
 */
export class JobshelfDatabase extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  events!: EntityTable<JobEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      jobs: 'id, &canonicalUrl, *urlAliases, identityKey, status, savedAt, updatedAt, expiresAt',
      events: 'id, jobId, [jobId+at], at',
      notes: 'id, jobId, [jobId+createdAt]',
      reminders: 'id, jobId, dueAt, [state+dueAt]',
      settings: 'key',
    });
  }
}

let shared: JobshelfDatabase | null = null;

/** The database this context uses; opened lazily so importing costs nothing. */
export function getDatabase(): JobshelfDatabase {
  shared ??= new JobshelfDatabase();
  return shared;
}
