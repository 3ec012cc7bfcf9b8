import { formatSavedAgo } from '@/utils/format';
import type { SyncStatus } from '@/utils/sync/rows';

export interface SyncIndicatorProps {
  connected: boolean;
  status: SyncStatus | null;
  href: string;
  now: number;
}

/** A small pill in the header: synced when, syncing, or that something needs a look. */
export function SyncIndicator({ connected, status, href, now }: SyncIndicatorProps) {
  if (!connected) return null;
  const state = status?.state ?? 'idle';
  const label =
    state === 'syncing'
      ? 'Syncing…'
      : state === 'error'
        ? status?.retrying
          ? 'Sync waiting'
          : 'Sync needs attention'
        : status?.lastSyncAt
          ? `Synced ${formatSavedAgo(status.lastSyncAt, now)}`
          : 'Not synced yet';
  return (
    <a
      className={`sync-indicator sync-${state}`}
      href={href}
      title={status?.error ?? label}
      data-testid="sync-indicator"
      data-state={state}
    >
      <span className="sync-dot" aria-hidden="true" />
      {label}
    </a>
  );
}
