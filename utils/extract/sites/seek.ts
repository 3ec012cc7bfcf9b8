/**
 * SEEK (seek.com.au, seek.co.nz) and its Asian sites (Jobstreet, Jobsdb: the same markup): every field
 * carries a data-automation attribute.
 */
import { first } from '../dom';
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
  patch(_document, context, patch) {
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
