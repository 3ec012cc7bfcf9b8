import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/utils/db/database';
import { readSyncView, type SyncView } from '@/utils/db/sync-queries';

/** The sync connection and its last result, live (the background writes them). */
export function useSyncStatus(): SyncView | undefined {
  return useLiveQuery(async () => readSyncView(getDatabase()), []);
}
