/**
 * Jobvite (jobs.jobvite.com/{company}/job/{id}, its /apply form): the title is h2.jv-header, the
 * meta line "Department · Location" is p.jv-job-detail-meta with jv-inline-separator spans.
 */
import { all, visibleText } from '../dom';
import { splitLocations } from '../normalize';
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['.jv-job-detail-top h2.jv-header', 'h2.jv-header', '.jv-job-detail-name'],
  description: ['.jv-job-detail-description'],
  applyUrl: ['a.jv-button-apply[href]', 'a[href*="/apply"]'],
};

const LIST = 'This is a list of jobs on Jobvite, not one job';

export const jobvite = defineSiteRule({
  id: 'jobvite',
  name: 'Jobvite',
  hosts: /(^|\.)jobvite\.com\//,
  marker: '.jv-job-detail-description, .jv-page-body .jv-header',
  selectors: SELECTORS,
  brand: ['.jv-logo img[alt]', '.jv-logo a', 'header img[alt]', 'meta[property="og:site_name"]'],
  applyPath: /\/apply\/?$/,
  jobPath: /\/job\/[^/]+/,
  notAPosting: {
    reason: LIST,
    // A job's own page may list related jobs under its description: that is still one posting.
    when: (document) =>
      !document.querySelector('.jv-job-detail-description') &&
      all(document, '.jv-job-list tr, .jv-job-list li', 5).length > 1
        ? LIST
        : null,
  },
  patch(document, _context, patch) {
    // The meta line: "Data Science <separator> Leeds, England <separator> Req.Num.: 32001": the
    // department first, then the place(s); a requisition number is not a place.
    const meta = document.querySelector('.jv-job-detail-meta');
    if (!meta) return;
    const parts: string[] = [];
    let current = '';
    for (const node of Array.from(meta.childNodes)) {
      const isSeparator =
        node.nodeType === 1 && /jv-inline-separator/.test((node as Element).getAttribute('class') ?? '');
      if (isSeparator) {
        parts.push(current);
        current = '';
      } else current += node.nodeType === 1 ? visibleText(node as Element, 300) : (node.nodeValue ?? '');
    }
    parts.push(current);
    const kept = parts
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p && !/^(req(\.|uisition)?\s*(num(ber)?|id|#)|job id|id)\b/i.test(p));
    const places = kept.length > 1 ? kept.slice(1) : kept;
    if (places.length) patch.locations = splitLocations(places.join(' | '));
  },
});
