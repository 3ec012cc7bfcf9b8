/** The site rules, one line per site. Order matters only when two rules could match one page. */
import type { SiteRule } from './site-rule';

export const SITE_RULES: readonly SiteRule[] = [];

/** The rule for a page: by URL host first, then by the site's own markup. */
export function findSiteRule(url: URL | null, document: Document): SiteRule | null {
  if (url) {
    const hostAndPath = url.hostname + url.pathname;
    for (const rule of SITE_RULES) if (rule.hosts.test(hostAndPath)) return rule;
  }
  for (const rule of SITE_RULES) {
    if (!rule.marker) continue;
    try {
      if (document.querySelector(rule.marker)) return rule;
    } catch {
      // ignore selectors an engine does not support
    }
  }
  return null;
}
