import { useState } from 'react';
import { write } from '@/utils/background-client';
import { originPattern, requestOrigins } from '../../permissions';

export interface RereadResult {
  tone: 'info' | 'bad';
  title: string;
  body: string;
}

/**
 * "Re-read from page": asks for the site's permission from the click (the browser allows it only
 * then), then the background reads the page in a tab of its own and updates the job.
 */
export function useReread(jobId: string, postingUrl: string | undefined) {
  const [rereading, setRereading] = useState(false);
  const [result, setResult] = useState<RereadResult | null>(null);

  const reread = async () => {
    const pattern = postingUrl ? originPattern(postingUrl) : null;
    if (!postingUrl || !pattern) return;
    setResult(null);
    if (!(await requestOrigins([pattern]))) {
      setResult({
        tone: 'bad',
        title: 'The posting was not read again',
        body: `Jobshelf needs your permission to read pages on ${new URL(postingUrl).hostname}. You can also open the posting and click the Jobshelf button.`,
      });
      return;
    }
    setRereading(true);
    const problem = await write('rereadJob', { jobId });
    setRereading(false);
    setResult(
      problem
        ? { tone: 'bad', title: 'The posting was not read again', body: problem }
        : {
            tone: 'info',
            title: 'Read again from the page',
            body: 'The fields are up to date; the ones you edited were kept.',
          },
    );
  };

  return { rereading, result, reread: postingUrl ? () => void reread() : undefined };
}
