/** The site rules, one line per site. Order matters only when two rules could match one page. */
import { first } from '../dom';
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { breezy } from './breezy';
import { builtin } from './builtin';
import { corehr } from './corehr';
import { craigslist } from './craigslist';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jobindex } from './jobindex';
import { jobvite } from './jobvite';
import { karriere } from './karriere';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { saramin } from './saramin';
import { seek } from './seek';
import type { SiteRule } from './site-rule';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { xing } from './xing';

export const SITE_RULES: readonly SiteRule[] = [
  linkedin,
  indeed,
  glassdoor,
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  workable,
  wellfound,
  builtin,
  welcometothejungle,
  stepstone,
  xing,
  jobindex,
  karriere,
  saramin,
  seek,
  teamtailor,
  personio,
  breezy,
  recruitee,
  jobvite,
  icims,
  bamboohr,
  corehr,
  craigslist,
];

const MARKERS = SITE_RULES.map((r) => r.marker)
  .filter(Boolean)
  .join(', ');

/**
 * A rule found by its markup on another site's host (a CV-Library page whose BEM classes look like a
 * Greenhouse board): it reads what it can, but never calls the page a list, which only the site itself may,
 * and never tells the user the page is a job on the site it resembles (a government board is not XING).
 */
function lookAlike(rule: SiteRule): SiteRule {
  return {
    ...rule,
    extract(document, context) {
      const { isPosting, reason, ...patch } = rule.extract(document, context);
      if (isPosting === false) return patch;
      return { ...patch, isPosting, reason: isPosting && reason ? LOOK_ALIKE_REASON : reason };
    },
  };
}

/** What a look-alike's reason says instead of another site's name. */
export const LOOK_ALIKE_REASON = 'It is laid out like a job page on a job site';

/** The rule for a page: by URL host first, then by the site's own markup. */
export function findSiteRule(url: URL | null, document: Document): SiteRule | null {
  if (url) {
    const hostAndPath = url.hostname + url.pathname;
    for (const rule of SITE_RULES) if (rule.hosts.test(hostAndPath)) return rule;
  }
  // One document scan for every rule's marker, then find whose marker the hit belongs to.
  const hit = first(document, MARKERS);
  if (!hit) return null;
  for (const rule of SITE_RULES) {
    if (!rule.marker) continue;
    try {
      if (hit.matches(rule.marker) || first(document, rule.marker)) return url ? lookAlike(rule) : rule;
    } catch {
      // ignore selectors an engine does not support
    }
  }
  return null;
}
