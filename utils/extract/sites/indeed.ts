/** Indeed: the job page (viewjob) and the search page with a job open in the right pane. */
import { first } from '../dom';
import { readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1[data-testid="simpler-jobTitle"]'],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-InlineCompanyRating > div:first-child', '.jobsearch-CompanyInfoContainer a'],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', '.jobsearch-JobInfoHeader-subtitle > div:last-child'],
  salary: ['#salaryInfoAndJobType > span:first-child', '[data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label="Pay"]', '.jobsearch-JobMetadataHeader-item'],
  employmentType: ['#salaryInfoAndJobType > span:last-child', '[data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label="Job type"]'],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
  applyUrl: ['#applyButtonLinkContainer a[href]', 'a[data-testid="indeedApplyButton"]'],
};

export const indeed: SiteRule = {
  id: 'indeed',
  hosts: /(^|\.)indeed\.[a-z.]+\//,
  marker: '[data-testid="jobsearch-JobInfoHeader-title"], .jobsearch-JobInfoHeader-title',
  extract(document, context) {
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title) return { isPosting: false, reason: 'Indeed: search results without an open job' };
    patch.isPosting = true;
    patch.reason = first(document, '#mosaic-jobResults, .jobsearch-ResultsList, #mosaic-provider-jobcards')
      ? 'Indeed: job open in the right pane of a search page'
      : 'Indeed job page';
    return patch;
  },
};
