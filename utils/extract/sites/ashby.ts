/** Ashby (jobs.ashbyhq.com): the left pane lists Location, Employment Type, Location Type, Compensation. */
import { all, clean, visibleText } from '../dom';
import { cleanCompany, normalizeEmploymentType, splitLocations, workModeFromText } from '../normalize';
import { salaryFromLine } from '../../money/find';
import { parseSalaryText } from '../../money/parse';
import { companyFromBrand, readSelectors, type SelectorTable, type SiteRule } from './site-rule';

const SELECTORS: SelectorTable = {
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading'],
  description: [
    '.ashby-job-posting-right-pane [role="tabpanel"]',
    '._descriptionText_oj0x8_198',
    '.ashby-job-posting-right-pane',
  ],
};

/** Section labels in the left pane → field. */
const LABELS: ReadonlyArray<readonly [RegExp, 'location' | 'type' | 'mode' | 'pay']> = [
  [/^location$/i, 'location'],
  [/^employment type$/i, 'type'],
  [/^location type$/i, 'mode'],
  [/^compensation$/i, 'pay'],
];

export const ashby: SiteRule = {
  id: 'ashby',
  hosts: /(^|\.)ashbyhq\.com\//,
  marker: '.ashby-job-posting-heading',
  extract(document, context) {
    // The Application tab shows the form where the description was: the header and the left pane
    // still describe the job.
    const applying = /\/application\/?$/.test(context.url?.pathname ?? '');
    const patch = readSelectors(document, applying ? { ...SELECTORS, description: undefined } : SELECTORS, context);
    // The header wordmark names the company; else "Role @ Company", the page title.
    const at = clean(document.title).match(/\s@\s(.+)$/);
    const company =
      companyFromBrand(document, ['.ashby-job-posting-header img[alt]']) || (at?.[1] ? cleanCompany(at[1]) : '');
    if (company) patch.company = company;
    for (const heading of all(document, '.ashby-job-posting-left-pane h2', 12)) {
      const label = visibleText(heading, 40);
      const kind = LABELS.find(([re]) => re.test(label))?.[1];
      const section = heading.parentElement;
      if (!kind || !section) continue;
      const value = visibleText(section, 400).slice(label.length).trim();
      if (kind === 'location') patch.locations = splitLocations(visibleText(section.querySelector('p'), 400) || value);
      if (kind === 'type') patch.employmentType = normalizeEmploymentType(value) ?? undefined;
      if (kind === 'mode') patch.workMode = workModeFromText(value) ?? undefined;
      if (kind === 'pay') {
        const tier = visibleText(section.querySelector('[class*="compensationTierSummary"]'), 200) || value;
        for (const part of tier.split(/\s+•\s+/)) {
          const text = salaryFromLine(part.replace(/^.*?(?=[$€£]|\b[A-Z]{3}\s?\d)/, ''));
          const parsed = text ? parseSalaryText(text) : null;
          if (parsed) {
            patch.salary = parsed;
            break;
          }
        }
      }
    }
    patch.isPosting = !!patch.title;
    patch.reason = !patch.title
      ? 'This is a list of jobs on Ashby, not one job'
      : applying
        ? 'The application form for a job on Ashby'
        : 'A job on Ashby';
    patch.applyForm = applying;
    return patch;
  },
};
