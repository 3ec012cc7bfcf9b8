/** Glassdoor: the job page and the search page with a job open. A bare results list is not a posting. */
import { noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]', '.css-17x2pwl'],
  company: [
    '[data-test="employer-name"]',
    '[data-test="employerName"]',
    '[class*="EmployerProfile_employerName"]',
    '.css-16nw49e',
  ],
  location: ['[data-test="location"]', '[data-test="emp-location"]', '[class*="JobDetails_location"]'],
  salary: ['[data-test="detailSalary"]', '[data-test="salary-estimate"]', '[class*="SalaryEstimate_salaryRange"]'],
  description: ['[class*="JobDetails_jobDescription"]', '.jobDescriptionContent', '#JobDescriptionContainer'],
};

export const glassdoor: SiteRule = {
  id: 'glassdoor',
  hosts: /(^|\.)glassdoor\.[a-z.]+\//,
  marker: '[data-test="job-title"][id^="jd-job-title"]',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    if (/\/(Overview|Reviews|Salary|Salaries|Interview|Benefits)\//i.test(path)) {
      return { isPosting: false, reason: 'This is a company page on Glassdoor, not a job' };
    }
    const patch = readSelectors(document, SELECTORS, context);
    if (!patch.title)
      return noJobFound(
        context,
        /\/job-listing\/|[?&]jl=/,
        'This looks like a list of search results on Glassdoor, with no job open',
      );
    // Glassdoor marks its own numbers as estimates; keep the text as shown.
    patch.isPosting = true;
    patch.reason = 'A job on Glassdoor';
    return patch;
  },
};
