/**
 * Workday (*.myworkdayjobs.com): client-rendered; fields carry data-automation-id attributes (older
 * pages: jobPostingTitle, jobPostingLocation, a richTextArea description).
 */
import { clean } from '../dom';
import { cleanTitle } from '../normalize';
import { companyFromBrand, noJobFound, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: [
    '[data-automation-id="jobPostingHeader"]',
    'h2[data-automation-id="jobPostingHeader"]',
    '[data-automation-id="jobPostingTitle"]',
    '[data-automation-id="applyFlowPage"] [data-automation-id="jobTitle"]',
  ],
  location: [
    '[data-automation-id="locations"] dd',
    '[data-automation-id="locations"]',
    '[data-automation-id="jobPostingLocation"] dd',
    '[data-automation-id="jobPostingLocation"]',
  ],
  employmentType: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
  workMode: ['[data-automation-id="remoteType"] dd', '[data-automation-id="remoteType"]'],
  datePosted: ['[data-automation-id="postedOn"] dd', '[data-automation-id="postedOn"]'],
  // "End Date: December 31, 2026 (30+ days left to apply)"
  validThrough: ['[data-automation-id="timeLeftToApply"] dd'],
  description: ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="richTextArea"]'],
  applyUrl: ['a[data-automation-id="adventureButton"]', 'a[data-uxi-element-id="Apply_adventureButton"]'],
};

export const workday: SiteRule = {
  id: 'workday',
  hosts: /(^|\.)(myworkdayjobs\.com|myworkdaysite\.com|workday\.com)\//,
  marker:
    '[data-automation-id="jobPostingHeader"], [data-automation-id="jobPostingTitle"], [data-automation-id="applyFlowPage"]',
  extract(document, context) {
    const applying =
      /\/apply(\/|$)/.test(context.url?.pathname ?? '') ||
      !!document.querySelector('[data-automation-id="applyFlowPage"]');
    const patch = readSelectors(document, SELECTORS, context);
    // The application flow shows the step ("My Information") as its heading; the page title keeps
    // the job ("Clinical Data Analyst - Apply").
    if (!patch.title && applying) {
      const fromTitle = cleanTitle(
        clean(document.title).replace(/\s*[-–|]\s*(apply|application|bewerben|postuler)\b.*$/i, ''),
      );
      if (fromTitle && !/^(workday|my information|sign in)$/i.test(fromTitle)) patch.title = fromTitle;
    }
    // The company is the header logo ("Harborline Health Logo").
    const company = companyFromBrand(document, [
      'img[data-automation-id="logo"]',
      '[data-automation-id="logoLink"] img[alt]',
    ]);
    if (company && !/^workday$/i.test(company)) patch.company = company;
    if (!patch.title)
      return noJobFound(context, /\/job\/[^/]+\/[^/]+/, 'This is a job search page on Workday, not one job');
    patch.isPosting = true;
    patch.reason = applying ? 'The application form for a job on Workday' : 'A job on Workday';
    patch.applyForm = applying;
    return patch;
  },
};
