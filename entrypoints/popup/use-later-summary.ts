import { useEffect, useState } from 'react';
import type { Summary } from '@/utils/schema/summary';

/**
 * The summary the background sends after the posting: `done` once it has answered (its summary
 * may be null). No promise (the reading carried its summary, or nothing to wait for): done at once.
 */
export function useLaterSummary(later: Promise<Summary | null> | null): { done: boolean; summary: Summary | null } {
  const [answer, setAnswer] = useState<{ from: Promise<Summary | null>; summary: Summary | null } | null>(null);
  useEffect(() => {
    if (!later) return;
    let live = true;
    void later.then((summary) => {
      if (live) setAnswer({ from: later, summary });
    });
    return () => {
      live = false;
    };
  }, [later]);
  if (!later) return { done: true, summary: null };
  return answer?.from === later ? { done: true, summary: answer.summary } : { done: false, summary: null };
}
