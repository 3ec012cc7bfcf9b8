import type { Job } from '../schema/job';

/**
 * The addresses a job page lists, as they were saved: the posting's page, the apply link and the
 * other pages merged into this job. The canonical URL is the dedupe key, not an address anyone
 * visited (it is always https and may drop the path a site needs), so it shows only when the job
 * has no address of its own; an alias that is the https twin of a listed http address is dropped.
 */
export function postingLinks(job: Pick<Job, 'posting' | 'canonicalUrl' | 'urlAliases'>): string[] {
  const saved = [job.posting.url, job.posting.applyUrl, ...job.urlAliases].filter((url): url is string => !!url);
  const links = [...new Set(saved.length ? saved : [job.canonicalUrl].filter((url): url is string => !!url))];
  const listed = new Set(links);
  return links.filter((url) => !(url.startsWith('https://') && listed.has(`http://${url.slice('https://'.length)}`)));
}

/** The posting's own page to open and re-read: its address as saved, else the canonical one. */
export function postingPageUrl(job: Pick<Job, 'posting' | 'canonicalUrl'>): string | null {
  return job.posting.url ?? job.canonicalUrl ?? null;
}
