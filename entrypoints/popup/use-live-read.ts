import { useEffect, useState, type DependencyList } from 'react';
import type { JobshelfDatabase } from '@/utils/db/database';

/**
 * dexie-react-hooks' `useLiveQuery`, with Dexie loaded only after the first render: `initial` until
 * the query answers, then every change; a new `deps` keeps the last answer until the next one.
 * The popup shows the posting from the background's reply, so the database module (Dexie and the
 * schema) stays out of its first load.
 */
export function useLiveRead<T>(read: (db: JobshelfDatabase) => Promise<T>, deps: DependencyList, initial: T): T {
  const [answer, setAnswer] = useState<{ value: T } | { error: unknown }>({ value: initial });
  useEffect(() => {
    let stopped = false;
    let stop = () => {
      stopped = true;
    };
    void import('./live-database').then(({ liveQuery, getDatabase }) => {
      if (stopped) return;
      const db = getDatabase();
      const subscription = liveQuery(() => read(db)).subscribe({
        next: (value) => setAnswer({ value }),
        error: (error: unknown) => setAnswer({ error }),
      });
      stop = () => subscription.unsubscribe();
    });
    return () => stop();
    // The caller's deps decide when to query again, as with useLiveQuery.
  }, deps);
  // As useLiveQuery does: a failed query is an error of the component.
  if ('error' in answer) throw answer.error;
  return answer.value;
}
