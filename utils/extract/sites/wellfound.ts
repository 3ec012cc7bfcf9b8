/** Wellfound (formerly AngelList Talent): job pages at /jobs/<id>-<slug> and /company/<c>/jobs/<id>. */
import { defineSiteRule, type SelectorTable } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1[class*="jobTitle"]', 'main h1', 'h1'],
  company: ['a[href^="/company/"] [class*="companyName"]', 'a[href^="/company/"] h2', 'a[href^="/company/"] span'],
  location: ['[data-test="JobDetail-location"]', '[class*="jobLocation"]'],
  salary: ['[data-test="JobDetail-compensation"]', '[class*="compensation"]'],
  description: ['[data-test="JobDescription"]', '[class*="description"]'],
};

export const wellfound = defineSiteRule({
  id: 'wellfound',
  name: 'Wellfound',
  hosts: /(^|\.)(wellfound\.com|angel\.co)\//,
  selectors: SELECTORS,
  genericTitle: true,
  notAPosting: {
    when(_document, context) {
      const path = context.url?.pathname ?? '';
      return !/\/jobs?\/\d+/.test(path) && !/\/l\//.test(path)
        ? 'This is a company or search page on Wellfound, not one job'
        : null;
    },
  },
});
