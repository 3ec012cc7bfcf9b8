/**
 * A posting's URL for dedupe: tracking parameters out, fragment out, per-site job ids mapped to one
 * form (LinkedIn currentJobId → /jobs/view/ID/, Indeed jk/vjk → /viewjob?jk=ID, Greenhouse gh_jid,
 * Glassdoor jl, Lever/Ashby/Workday apply pages → the posting).
 */
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './data/tracking-params';

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_PARAMS.has(k) || TRACKING_PARAM_PREFIXES.some((p) => k.startsWith(p));
}

export function canonicalUrl(input: string | null | undefined): string | null {
  if (!input) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.protocol = 'https:';
  const host = url.hostname.toLowerCase();
  const params = url.searchParams;

  if (/(^|\.)linkedin\.com$/.test(host)) {
    const id = params.get('currentJobId') ?? url.pathname.match(/\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/)?.[1];
    if (id) return `https://www.linkedin.com/jobs/view/${id}/`;
  }
  if (/(^|\.)indeed\.[a-z.]+$/.test(host)) {
    const id = params.get('jk') ?? params.get('vjk');
    if (id) return `https://${host}/viewjob?jk=${id}`;
  }
  if (/(^|\.)glassdoor\.[a-z.]+$/.test(host)) {
    const id = params.get('jl') ?? params.get('jobListingId');
    if (id) return `https://${host}/job-listing/?jl=${id}`;
  }
  const gh = params.get('gh_jid');
  if (gh) return `https://${host}${url.pathname.replace(/\/$/, '')}?gh_jid=${gh}`;
  const board =
    host.match(/^(?:job-)?boards(?:\.eu)?\.greenhouse\.io$/) && url.pathname.match(/^\/([^/]+)\/jobs\/(\d+)/);
  if (board) return `https://job-boards.greenhouse.io/${board[1]}/jobs/${board[2]}`;
  if (/(^|\.)(lever\.co|ashbyhq\.com)$/.test(host))
    url.pathname = url.pathname.replace(/\/(apply|application)\/?$/, '');
  if (/myworkdayjobs\.com$/.test(host)) url.pathname = url.pathname.replace(/\/(apply|login)(\/.*)?$/, '');

  // forEach, not entries(): in a Firefox content script the iterator it returns is not iterable.
  const kept: Array<[string, string]> = [];
  params.forEach((value, key) => {
    if (!isTracking(key)) kept.push([key, value]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [key, value] of kept) url.searchParams.append(key, value);
  url.hostname = host;
  let out = url.href;
  if (url.pathname.length > 1 && out.endsWith('/') && !url.search) out = out.slice(0, -1);
  return out;
}
