import type { JobshelfDatabase } from './database';
import type { SyncStatus } from '../sync/rows';

export interface SyncView {
  /** null: not set up in this browser. The password and the key never leave the background's rows. */
  connection: { url: string; username: string } | null;
  status: SyncStatus | null;
}

/** What the dashboard shows of sync: read apart from the sync repository, which loads zod. */
export async function readSyncView(db: JobshelfDatabase): Promise<SyncView> {
  const [connection, status] = await db.syncState.bulkGet(['connection', 'status']);
  return {
    connection:
      connection?.key === 'connection' ? { url: connection.value.url, username: connection.value.username } : null,
    status: status?.key === 'status' ? status.value : null,
  };
}
