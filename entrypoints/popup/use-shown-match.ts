import { useEffect, useState } from 'react';
import { ask } from '@/utils/background-client';
import type { PostingDraft } from '@/utils/schema/posting';
import type { Match } from '@/utils/schema/summary';
import { matchPostingKey } from '@/utils/match-posting-fields';

/**
 * The match for the posting as shown: the summary's (weighed on the page as read) until the user's
 * corrections change work mode, place or pay, then the background's match of the corrected posting,
 * so "Hybrid; you want remote" never stays beside a work mode the user set to Remote.
 */
export function useShownMatch(read: PostingDraft, shown: PostingDraft, match: Match | null | undefined): Match | null {
  const key = matchPostingKey(shown);
  const changed = Boolean(match) && key !== matchPostingKey(read);
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
