import type { JobDoc } from './doc';
import type { Clock } from './hlc';

// What the database keeps for sync (version 6): one row per job with its doc, and a few
// key/value rows for the device. Neither is part of a backup.

export interface SyncDocRow {
  id: string;
  bucket: string;
  doc: JobDoc;
}

export interface ReplicaRecord {
  clock: Clock;
  seen: Record<string, string>;
  dirty: string[];
  pending: string[];
}

export interface SyncConnection {
  url: string;
  username: string;
  password: string;
}

export interface SyncStatus {
  state: 'idle' | 'syncing' | 'error';
  lastSyncAt: number | null;
  /** The last failure in plain words, cleared by the next successful sync. */
  error: string | null;
  errorAt: number | null;
  /** Whether the failure will be retried by itself (offline, busy server). */
  retrying: boolean;
  downloaded?: number;
  uploaded?: number;
  timings?: { local: number; server: number; crypto: number; merge: number };
}

export type SyncStateRow =
  | { key: 'replica'; value: ReplicaRecord }
  | { key: 'connection'; value: SyncConnection }
  | { key: 'key'; value: CryptoKey }
  | { key: 'status'; value: SyncStatus };
