import { useEffect, useState } from 'react';
import { SyncIndicator } from '@/components/dashboard/SyncIndicator';
import '@/components/dashboard/sync.css';
import { routeHref } from './route';
import { useSyncStatus } from './use-sync-status';

/** The header's sync indicator, wired to the database (shown only when sync is set up). */
export function SyncBadge() {
  const view = useSyncStatus();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <SyncIndicator
      connected={!!view?.connection}
      status={view?.status ?? null}
      href={`${routeHref({ view: 'settings' })}`}
      now={now}
    />
  );
}
