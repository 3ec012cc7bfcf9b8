/** Lever (jobs.lever.co): hosted posting pages, and the postings API JSON (api.lever.co/v0/postings). */
import { cleanText, normalizeEmploymentType, splitLocations, workModeFromText } from '../normalize';
import { salaryText } from '../../money/text';
import type { Fields } from '../types';
import { companyFromBrand, readSelectors, type SiteRule, type SelectorTable } from './site-rule';
import { clean } from '../dom';

const SELECTORS: SelectorTable = {
  title: ['.posting-headline h2', '.posting-header h2'],
  location: ['.posting-categories .location', '.posting-category.location'],
  employmentType: ['.posting-categories .commitment', '.posting-category.commitment'],
  workMode: ['.posting-categories .workplaceTypes', '.posting-category.workplaceTypes'],
  salary: ['[data-qa="salary-range"]', '.posting-salary'],
  description: ['[data-qa="job-description"]', '.section-wrapper.page-full-width'],
  // The intro, then one section per list ("What you'll do", …), salary and closing words.
  descriptionSections:
    '.posting-page .section-wrapper.page-full-width:not(.accent-section) > .section:not(.last-section-apply)',
  applyUrl: ['a.postings-btn[href*="/apply"]', '[data-qa="btn-apply"]', 'a[href$="/apply"]'],
};

export const lever: SiteRule = {
  id: 'lever',
  hosts: /(^|\.)lever\.co\//,
  marker: '.posting-headline',
  extract(document, context) {
    const applying =
      /\/apply\/?$/.test(context.url?.pathname ?? '') ||
      !!document.querySelector('.application-page #application-form, form[action$="/apply"]');
    const patch = readSelectors(
      document,
      applying ? { ...SELECTORS, description: undefined, descriptionSections: undefined } : SELECTORS,
      context,
    );
    // Lever page titles read "Company - Role"; else the header logo ("Granite Peak Energy logo").
    const title = clean(document.title);
    const role = patch.title ?? '';
    if (role && title.endsWith(` - ${role}`)) patch.company = title.slice(0, -role.length - 3);
    else {
      const company = companyFromBrand(document, ['.main-header-logo img[alt]']);
      if (company) patch.company = company;
    }
    patch.isPosting = !!patch.title;
    if (!patch.title) patch.reason = 'This is a list of jobs on Lever, not one job';
    else patch.reason = applying ? 'The application form for a job on Lever' : 'A job on Lever';
    patch.applyForm = applying;
    return patch;
  },
};

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isLeverApiPosting(value: unknown): value is Json {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    isRecord(value.categories) &&
    ('hostedUrl' in value || 'applyUrl' in value || 'lists' in value)
  );
}

const LEVER_PERIODS: Record<string, 'hour' | 'day' | 'week' | 'month' | 'year'> = {
  'per-hour-wage': 'hour',
  'per-day-wage': 'day',
  'per-week-salary': 'week',
  'per-month-salary': 'month',
  'per-year-salary': 'year',
};

/** Lever postings API JSON → fields. `createdAt` is when the posting was created in Lever, not published, so it is not used. */
export function leverApiFields(posting: Json): Fields {
  const fields: Fields = {};
  const categories = posting.categories as Json;
  const title = cleanText(posting.text, 500);
  if (title) fields.title = title;
  const all = Array.isArray(categories.allLocations)
    ? categories.allLocations.map((l) => cleanText(l, 300)).filter(Boolean)
    : [];
  const locations = all.length ? all : splitLocations(cleanText(categories.location, 300));
  if (locations.length) fields.locations = locations;
  const type = normalizeEmploymentType(categories.commitment, true);
  if (type) fields.employmentType = type;
  const mode = workModeFromText(
    typeof posting.workplaceType === 'string' ? posting.workplaceType.replace('unspecified', '') : '',
  );
  if (mode) fields.workMode = mode;
  if (isRecord(posting.salaryRange)) {
    const r = posting.salaryRange;
    const min = typeof r.min === 'number' ? r.min : null;
    const max = typeof r.max === 'number' ? r.max : null;
    const currency = typeof r.currency === 'string' ? r.currency.toUpperCase() : null;
    const period = typeof r.interval === 'string' ? (LEVER_PERIODS[r.interval] ?? null) : null;
    if (min !== null || max !== null)
      fields.salary = { min, max, currency, period, text: salaryText(min, max, currency, period) };
  }
  const parts: string[] = [];
  if (typeof posting.description === 'string') parts.push(posting.description);
  else if (typeof posting.descriptionPlain === 'string') parts.push(posting.descriptionPlain);
  for (const list of Array.isArray(posting.lists) ? posting.lists : []) {
    if (!isRecord(list)) continue;
    if (typeof list.text === 'string') parts.push(`<h3>${list.text}</h3>`);
    if (typeof list.content === 'string') parts.push(`<ul>${list.content}</ul>`);
  }
  if (typeof posting.additional === 'string') parts.push(posting.additional);
  const html = parts.join('\n');
  if (html.trim()) fields.descriptionHtml = /<[a-z]/i.test(html) ? html : html.replace(/\n/g, '<br>');
  if (typeof posting.hostedUrl === 'string') fields.url = posting.hostedUrl;
  if (typeof posting.applyUrl === 'string') fields.applyUrl = posting.applyUrl;
  return fields;
}
