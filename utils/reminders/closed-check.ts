/**
 * Is a saved posting still open? Judged from a plain fetch of its page (no DOM: this runs in the
 * service worker). Pure, so every rule is tested on strings. The closed-job phrases are the extractor's
 * (`data/closed-phrases.ts`): one list for the page's notice and this check.
 */
import { isClosedPhrase } from '../extract/data/closed-phrases';

export interface PageCheck {
  status: number;
  originalUrl: string;
  finalUrl: string;
  html: string;
  /** The posting was read from JobPosting structured data when it was saved. */
  hadStructuredData: boolean;
}

export type ClosedVerdict = { closed: false } | { closed: true; reason: string };

function jobPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`.replace(/\/+$/, '');
  } catch {
    return url;
  }
}

export function judgeClosed(check: PageCheck): ClosedVerdict {
  if (check.status === 404 || check.status === 410) {
    return { closed: true, reason: `The posting's page is gone (HTTP ${check.status}).` };
  }
  if (check.status >= 400) return { closed: false }; // A server error says nothing about the job.
  const from = jobPath(check.originalUrl);
  const to = jobPath(check.finalUrl);
  if (from !== to && from.startsWith(to)) {
    return { closed: true, reason: 'The posting now redirects to a list of jobs.' };
  }
  const text = check.html.slice(0, 2_000_000);
  if (isClosedPhrase(text)) return { closed: true, reason: 'The page says the job is no longer open.' };
  if (check.hadStructuredData && !/["']JobPosting["']/.test(text)) {
    return { closed: true, reason: 'The page no longer describes a job posting.' };
  }
  return { closed: false };
}
