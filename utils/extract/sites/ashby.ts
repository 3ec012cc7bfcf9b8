/**
 * Ashby (jobs.ashbyhq.com): the left pane lists Location, Employment Type, Location Type, Compensation.
 * Served as an app shell, the page is an empty root and the posting is JSON in `window.__appData`.
 */
import { all, clean, visibleText } from '../dom';
import { cleanCompany, normalizeEmploymentType, parseDate, splitLocations, workModeFromText } from '../normalize';
import { salaryFromLine } from '../../money/find';
import { parseSalaryText } from '../../money/parse';
import type { SitePatch } from '../types';
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

type Json = Record<string, unknown>;
const record = (value: unknown): Json | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
const str = (value: unknown): string => (typeof value === 'string' ? clean(value) : '');
/** "FullTime", "OnSite" → "Full Time", "On Site": the words the normalizers know. */
const words = (value: unknown): string => str(value).replace(/([a-z])([A-Z])/g, '$1 $2');

/** The `window.__appData = {…};` blob of the app shell, parsed; null when absent or broken. */
function appData(document: Document): Json | null {
  for (const script of all(document, 'script:not([src])', 30)) {
    const text = script.textContent ?? '';
    const at = text.indexOf('window.__appData');
    if (at < 0) continue;
    try {
      return record(JSON.parse(text.slice(text.indexOf('{', at), text.lastIndexOf('}') + 1)));
    } catch {
      return null;
    }
  }
  return null;
}

/** The posting in the app shell's data: the same fields the rendered page shows. */
function fromAppData(data: Json, patch: SitePatch): void {
  const posting = record(data.posting);
  const company = str(record(data.organization)?.name);
  if (company) patch.company = cleanCompany(company);
  if (!posting) return;
  const title = str(posting.title);
  if (title) patch.title = title;
  const secondary = Array.isArray(posting.secondaryLocations)
    ? posting.secondaryLocations.map((place) => str(record(place)?.locationName))
    : [];
  const places = [str(posting.locationName), ...secondary].filter(Boolean);
  if (places.length) patch.locations = splitLocations(places.join(' | '));
  const type = normalizeEmploymentType(words(posting.employmentType), true);
  if (type) patch.employmentType = type;
  const mode = workModeFromText(words(posting.workplaceType));
  if (mode) patch.workMode = mode;
  const posted = parseDate(str(posting.publishedDate));
  if (posted) patch.datePosted = posted;
  const deadline = parseDate(str(posting.applicationDeadline));
  if (deadline) patch.validThrough = deadline;
  const pay = str(posting.scrapeableCompensationSalarySummary) || str(posting.compensationTierSummary);
  const salary = pay ? parseSalaryText(pay.split(/\s+•\s+/)[0] ?? '') : null;
  if (salary) patch.salary = salary;
  const html = typeof posting.descriptionHtml === 'string' ? posting.descriptionHtml : '';
  if (html) patch.descriptionHtml = html;
}

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
    // The app shell renders nothing until its script runs: the posting is in its data.
    if (!patch.title) {
      const data = appData(document);
      if (data) fromAppData(data, patch);
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
