/**
 * SEEK (seek.com.au, seek.co.nz) and its Asian sites (Jobstreet, Jobsdb: the same markup): every field
 * carries a data-automation attribute.
 */
import { all, first, visibleText } from '../dom';
import { splitLocations } from '../normalize';
import { type SelectorTable, defineSiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[data-automation="job-detail-title"]', '[data-automation="job-detail-title"]'],
  company: ['[data-automation="advertiser-name"]', '[data-automation="job-detail-advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
  salary: ['[data-automation="job-detail-salary"]'],
  employmentType: ['[data-automation="job-detail-work-type"]'],
  workMode: ['[data-automation="job-detail-work-arrangements"]', '[data-automation="job-detail-workArrangements"]'],
  datePosted: ['[data-automation="job-detail-date"]'],
  description: ['[data-automation="jobAdDetails"]'],
  applyUrl: ['a[data-automation="job-detail-apply"]'],
};

/**
 * The older SEEK job page: facts in a <dl> whose place is no data-automation field but spans under a
 * "Location" <dt> ("Brisbane" + "Northern Suburbs"), shown as two parts of one place.
 */
function legacyLocation(document: Document): string[] {
  for (const term of all(document, 'dl > dt', 12)) {
    if (!/^location$/i.test(visibleText(term, 30))) continue;
    const leaves = all(term.nextElementSibling ?? term, 'strong, span', 12).filter((el) => !el.children.length);
    return splitLocations(
      leaves
        .map((el) => visibleText(el, 120))
        .filter(Boolean)
        .join(', '),
    );
  }
  return [];
}

export const seek = defineSiteRule({
  id: 'seek',
  name: 'SEEK',
  hosts: /(^|\.)(seek\.(com\.au|co\.nz)|jobstreet\.com|jobsdb\.com)\//,
  marker: '[data-automation="job-detail-title"]',
  selectors: SELECTORS,
  jobPath: /^\/job\/\d+/,
  postingReason: 'A job ad on SEEK',
  notAPosting: {
    reason: 'No job is open on this SEEK page',
    when: (document, _context, patch) =>
      !patch.title &&
      first(
        document,
        '[data-automation="normalJob"], [data-automation="premiumJob"], [data-automation="searchResults"]',
      )
        ? 'This looks like a list of search results on SEEK, with no job open'
        : null,
  },
  patch(document, context, patch) {
    if (!patch.locations?.length) {
      const places = legacyLocation(document);
      if (places.length) patch.locations = places;
    }
    // "Casual/Vacation", SEEK's fourth work type, is work by the shift: temporary.
    if (!patch.employmentType && /^casual/i.test(visibleText(first(document, SELECTORS.employmentType!), 60)))
      patch.employmentType = 'TEMPORARY';
    // SEEK writes a bare "$": dollars of the site's country (sg.jobstreet.com: Singapore's, hk.jobsdb.com: Hong Kong's).
    const host = context.url?.hostname ?? '';
    const dollar = /\.co\.nz$/.test(host)
      ? 'NZD'
      : /^sg\./.test(host)
        ? 'SGD'
        : /^hk\./.test(host)
          ? 'HKD'
          : /seek\.com\.au$/.test(host) || !host
            ? 'AUD'
            : null;
    if (dollar && patch.salary && patch.salary.currency === 'USD' && !/\bUSD\b|US\$/i.test(patch.salary.text)) {
      patch.salary = { ...patch.salary, currency: dollar };
    }
  },
});
