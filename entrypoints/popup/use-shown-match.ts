import { useEffect, useState } from 'react';
import { ask } from '@/utils/background-client';
import type { PostingDraft } from '@/utils/schema/posting';
import type { Match } from '@/utils/schema/summary';

/** The posting's own fields the match weighs (skills and years come from its text, which edits never change). */
function weighed(posting: PostingDraft): string {
  return JSON.stringify([posting.workMode, posting.locations, posting.salary]);
}

/**
 * The match for the posting as shown: the summary's (weighed on the page as read) until the user's
 * corrections change work mode, place or pay, then the background's match of the corrected posting,
 * so "Hybrid; you want remote" never stays beside a work mode the user set to Remote.
 */
export function useShownMatch(read: PostingDraft, shown: PostingDraft, match: Match | null | undefined): Match | null {
  const key = weighed(shown);
  const changed = Boolean(match) && key !== weighed(read);
  const [answer, setAnswer] = useState<{ key: string; match: Match | null } | null>(null);
  useEffect(() => {
    if (!changed) return;
    let live = true;
    // Unreachable background: the match as read stays.
    void ask('matchPosting', { posting: shown }, () => ({ match: match ?? null })).then((reply) => {
      if (live) setAnswer({ key, match: reply.match });
    });
    return () => {
      live = false;
    };
    // `key` stands for the fields of `shown` the match weighs.
  }, [changed, key]);
  if (!changed) return match ?? null;
  return answer?.key === key ? answer.match : (match ?? null);
}
