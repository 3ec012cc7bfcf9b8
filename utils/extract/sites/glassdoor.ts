/** Glassdoor: the job page and the search page with a job open. A bare results list is not a posting. */
import { type SelectorTable, defineSiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]', '.css-17x2pwl'],
  company: [
    '[data-test="employer-name"]',
    '[data-test="employerName"]',
    '[class*="EmployerProfile_employerName"]',
    '[class*="EmployerProfile_employerInfo"] h4',
    '.css-16nw49e',
  ],
  location: ['[data-test="location"]', '[data-test="emp-location"]', '[class*="JobDetails_location"]'],
  salary: ['[data-test="detailSalary"]', '[data-test="salary-estimate"]', '[class*="SalaryEstimate_salaryRange"]'],
  description: ['[class*="JobDetails_jobDescription"]', '.jobDescriptionContent', '#JobDescriptionContainer'],
};

export const glassdoor = defineSiteRule({
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: /(^|\.)glassdoor\.[a-z.]+\//,
  marker: '[data-test="job-title"][id^="jd-job-title"]',
  selectors: SELECTORS,
  // Glassdoor marks its own numbers as estimates ("(Glassdoor est.)"): the finishing steps leave those out.
  jobPath: /\/job-listing\/|[?&]jl=/,
  notAPosting: {
    reason: 'This looks like a list of search results on Glassdoor, with no job open',
    when: (_document, context) =>
      /\/(Overview|Reviews|Salary|Salaries|Interview|Benefits)\//i.test(context.url?.pathname ?? '')
        ? 'This is a company page on Glassdoor, not a job'
        : null,
  },
});
