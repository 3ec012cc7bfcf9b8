/** Indeed: the job page (viewjob) and the search page with a job open in the right pane. */
import { first } from '../dom';
import { noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
    'h1[data-testid="simpler-jobTitle"]',
    'h2[data-testid="simpler-jobTitle"]',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-JobInfoHeader-companyNameSimple',
    '.jobsearch-JobInfoHeader-companyNameLink',
    '.jobsearch-InlineCompanyRating > div:first-child',
    '.jobsearch-CompanyInfoContainer a',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '.jobsearch-JobInfoHeader-subtitle > div:last-child',
  ],
  salary: [
    '#salaryInfoAndJobType > span:first-child',
    '[data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label="Pay"]',
    '.jobsearch-JobMetadataHeader-item',
  ],
  employmentType: [
    '#salaryInfoAndJobType > span:last-child',
    '[data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label="Job type"]',
  ],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
  applyUrl: ['#applyButtonLinkContainer a[href]', 'a[data-testid="indeedApplyButton"]'],
};

export const indeed: SiteRule = {
  id: 'indeed',
  hosts: /(^|\.)indeed\.[a-z.]+\//,
  marker:
    '[data-testid="jobsearch-JobInfoHeader-title"], .jobsearch-JobInfoHeader-title, h2[data-testid="simpler-jobTitle"]',
  extract(document, context) {
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title)
      return noJobFound(
        context,
        /^\/viewjob\b|^\/rc\/clk\b/,
        'This looks like a list of search results on Indeed, with no job open',
      );
    // "Hybrid work in Leeds LS10", "Remote in Austin, TX": the work mode, then the place.
    const place = patch.locations?.length === 1 ? patch.locations[0]!.match(/^(hybrid work|remote) in (.+)$/i) : null;
    if (place) {
      patch.workMode = /^remote/i.test(place[1]!) ? 'remote' : 'hybrid';
      patch.locations = [place[2]!];
    }
    patch.isPosting = true;
    patch.reason = first(document, '#mosaic-jobResults, .jobsearch-ResultsList, #mosaic-provider-jobcards')
      ? 'A job open beside Indeed search results'
      : 'A job on Indeed';
    return patch;
  },
};
