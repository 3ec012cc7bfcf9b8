/** Wellfound (formerly AngelList Talent): job pages at /jobs/<id>-<slug> and /company/<c>/jobs/<id>. */
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[class*="jobTitle"]', 'main h1', 'h1'],
  company: ['a[href^="/company/"] [class*="companyName"]', 'a[href^="/company/"] h2', 'a[href^="/company/"] span'],
  location: ['[data-test="JobDetail-location"]', '[class*="jobLocation"]'],
  salary: ['[data-test="JobDetail-compensation"]', '[class*="compensation"]'],
  description: ['[data-test="JobDescription"]', '[class*="description"]'],
};

export const wellfound: SiteRule = {
  id: 'wellfound',
  hosts: /(^|\.)(wellfound\.com|angel\.co)\//,
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    if (!/\/jobs?\/\d+/.test(path) && !/\/l\//.test(path)) {
      return { isPosting: false, reason: 'This is a company or search page on Wellfound, not one job' };
    }
    const patch = readSelectors(document, SELECTORS, context);
    patch.isPosting = !!(patch.title || context.generic.title);
    patch.reason = 'A job on Wellfound';
    return patch;
  },
};
