/** SEEK (seek.com.au, seek.co.nz): every field carries a data-automation attribute. */
import { first } from '../dom';
import { noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

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

export const seek: SiteRule = {
  id: 'seek',
  hosts: /(^|\.)seek\.(com\.au|co\.nz)\//,
  marker: '[data-automation="job-detail-title"]',
  extract(document, context) {
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title) {
      const list = first(
        document,
        '[data-automation="normalJob"], [data-automation="premiumJob"], [data-automation="searchResults"]',
      );
      if (list)
        return { isPosting: false, reason: 'This looks like a list of search results on SEEK, with no job open' };
      return noJobFound(context, /^\/job\/\d+/, 'No job is open on this SEEK page');
    }
    // SEEK writes a bare "$": dollars of the site's country.
    if (patch.salary && patch.salary.currency === 'USD' && !/\bUSD\b|US\$/i.test(patch.salary.text)) {
      patch.salary = { ...patch.salary, currency: /\.co\.nz$/.test(context.url?.hostname ?? '') ? 'NZD' : 'AUD' };
    }
    patch.isPosting = true;
    patch.reason = 'A job ad on SEEK';
    return patch;
  },
};
