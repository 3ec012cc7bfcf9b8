import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/utils/db/database';
import type { SyncStatus } from '@/utils/sync/rows';

export interface SyncView {
  /** null: not set up in this browser. The password never leaves the background's rows. */
  connection: { url: string; username: string } | null;
  status: SyncStatus | null;
}

/** The sync connection and its last result, live (the background writes them). */
export function useSyncStatus(): SyncView | undefined {
  return useLiveQuery(async () => {
    const [connection, status] = await getDatabase().syncState.bulkGet(['connection', 'status']);
    return {
      connection:
        connection?.key === 'connection' ? { url: connection.value.url, username: connection.value.username } : null,
      status: status?.key === 'status' ? status.value : null,
    };
  }, []);
}
