/**
 * LinkedIn: the guest job page, the logged-in job view, and the search page with a job open in the
 * side pane. Search lists without an open job and company pages are not postings.
 */
import { visibleText, all, first, clean } from '../dom';
import { normalizeEmploymentType, workModeFromText } from '../normalize';
import { parseSalaryText } from '../../money/parse';
import { noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    '.topcard__title',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name a',
    '.topcard__org-name-link',
    '.topcard__flavor:not(.topcard__flavor--bullet)',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet:not(.num-applicants__figure)',
  ],
  salary: [
    '.salary.compensation__salary',
    '.compensation__salary',
    '.job-details-jobs-unified-top-card__job-insight--highlight',
  ],
  datePosted: [
    '.posted-time-ago__text',
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text--positive',
  ],
  description: [
    '#job-details',
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    '.show-more-less-html__markup',
    '.description__text',
  ],
  applyUrl: ['a.apply-button[href]', 'a[data-tracking-control-name="public_jobs_apply-link-offsite_sign-up-modal"]'],
};

const LIST =
  '.jobs-search__results-list, .jobs-search-results-list, .scaffold-layout__list, .jobs-search-results__list';

export const linkedin: SiteRule = {
  id: 'linkedin',
  hosts: /(^|\.)linkedin\.com\//,
  marker: '.top-card-layout__title, .job-details-jobs-unified-top-card__job-title, .topcard__title',
  extract(document, context) {
    const path = context.url?.pathname ?? '';
    if (/^\/(company|school|in|pub|feed|posts|pulse)\//.test(path)) {
      return { isPosting: false, reason: 'This is a company, profile or feed page on LinkedIn, not a job' };
    }
    const patch = readSelectors(document, SELECTORS, context);
    const list = first(document, LIST);
    const selected = context.url?.searchParams.get('currentJobId');
    if (list && !selected) {
      // A results list whose pane shows a preview nobody opened: the URL names no job.
      return { isPosting: false, reason: 'This looks like a list of search results on LinkedIn, with no job selected' };
    }
    if (!patch.title) {
      return noJobFound(
        context,
        /^\/jobs\/view\/|[?&]currentJobId=/,
        list
          ? 'This looks like a list of search results on LinkedIn, with no job open'
          : 'No job is open on this LinkedIn page',
      );
    }
    // Guest page: "Employment type" is one of the job criteria.
    for (const item of all(document, '.description__job-criteria-item', 10)) {
      const label = visibleText(item.querySelector('.description__job-criteria-subheader'), 60);
      const value = visibleText(item.querySelector('.description__job-criteria-text'), 60);
      if (/employment type/i.test(label)) patch.employmentType = normalizeEmploymentType(value) ?? undefined;
    }
    // Logged-in view: workplace and job type pills.
    // The pill's label sits in an aria-hidden span next to screen-reader text, so read the label itself.
    for (const pill of all(
      document,
      '.job-details-preferences-and-skills__pill, .job-details-jobs-unified-top-card__job-insight span, .job-details-fit-level-preferences button',
      12,
    )) {
      const label = pill.querySelector('[aria-hidden="true"]') ?? pill;
      const text = clean(label.textContent).slice(0, 80);
      if (!text) continue;
      patch.workMode ??= workModeFromText(text) ?? undefined;
      patch.employmentType ??= normalizeEmploymentType(text, true) ?? undefined;
      // Pay names its currency ("£38K/yr"); "201-500 employees" is the company's size.
      const pay = !patch.salary && /\d/.test(text) ? parseSalaryText(text) : null;
      if (pay?.currency) patch.salary = pay;
    }
    patch.isPosting = true;
    patch.reason = list ? 'A job open beside LinkedIn search results' : 'A job on LinkedIn';
    return patch;
  },
};
