import { formatSalary, safeHttpUrl } from './format';
import { isEmploymentType, workModeValues } from './posting-values';
import type { PayPeriod, PostingDraft, PostingField, Salary, WorkMode } from './schema/posting';

// The one home for turning what a user typed into changes to a posting: the popup's form
// (`postingEdit`) and the job page's field-by-field editors (`*Edit`) check and clean the same way.

/** What the popup's form holds: the editable fields as the user typed them. */
export interface PostingFormValues {
  title: string;
  company: string;
  location: string;
  workMode: string;
  salary: string;
  closes: string;
}

/** The form's values; the salary as the header chips show it ("€55K–€65K/yr"), not the sentence it was read from. */
export function formValuesOf(posting: PostingDraft): PostingFormValues {
  return {
    title: posting.title,
    company: posting.company ?? '',
    location: posting.locations.join('; '),
    workMode: posting.workMode ?? '',
    salary: formatSalary(posting.salary) ?? '',
    closes: posting.validThrough ?? '',
  };
}

const WORK_MODES: ReadonlySet<string> = new Set<WorkMode>(workModeValues);
const PAY_PERIODS: ReadonlySet<string> = new Set<PayPeriod>(['hour', 'day', 'week', 'month', 'year']);

const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/** One field's edit on the job page: the change to send, or why it cannot be saved. */
export type FieldEdit = { ok: true; changes: Partial<PostingDraft> } | { ok: false; reason: string };

const refuse = (reason: string): FieldEdit => ({ ok: false, reason });

export function titleEdit(value: string): FieldEdit {
  const title = clean(value);
  return title ? { ok: true, changes: { title: title.slice(0, 500) } } : refuse('A job needs a title.');
}

const companyOf = (value: string): string | null => clean(value).slice(0, 300) || null;

export function companyEdit(value: string): FieldEdit {
  return { ok: true, changes: { company: companyOf(value) } };
}

/** Places typed one a line or separated by ";". */
export function placesFromText(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map(clean)
    .filter(Boolean)
    .slice(0, 100)
    .map((place) => place.slice(0, 300));
}

export function workModeEdit(value: string): FieldEdit {
  if (value && !WORK_MODES.has(value)) return refuse('Choose a work mode.');
  return { ok: true, changes: { workMode: (value || null) as WorkMode | null } };
}

export function employmentTypeEdit(value: string): FieldEdit {
  if (!value) return { ok: true, changes: { employmentType: null } };
  return isEmploymentType(value)
    ? { ok: true, changes: { employmentType: value } }
    : refuse('Choose an employment type.');
}

/** A date field (`datePosted`, `validThrough`) from a date input: YYYY-MM-DD, or empty to clear it. */
export function dateEdit(field: 'datePosted' | 'validThrough', value: string): FieldEdit {
  const date = value.trim();
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return refuse('Pick a date, or leave it empty.');
  return { ok: true, changes: { [field]: date || null } };
}

export function applyUrlEdit(value: string): FieldEdit {
  const url = value.trim();
  if (url && !safeHttpUrl(url)) return refuse('Only http and https links can be saved.');
  return { ok: true, changes: { applyUrl: url || null } };
}

/** The job page's salary editor: amounts, a currency code and a period, as typed. */
export interface SalaryFormValues {
  min: string;
  max: string;
  currency: string;
  period: string;
}

function amount(value: string): number | null | 'bad' {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const number = Number(trimmed.replace(/[,\s]/g, ''));
  return Number.isFinite(number) && number >= 0 ? number : 'bad';
}

/**
 * The salary from the job page's editor; both amounts empty clears it. Its `text` is left empty:
 * the page writes it in words with the app's salary format.
 */
export function salaryEdit(values: SalaryFormValues): FieldEdit {
  const min = amount(values.min);
  const max = amount(values.max);
  if (min === 'bad' || max === 'bad') return refuse('Amounts are numbers, like 85000.');
  if (min !== null && max !== null && min > max) return refuse('The minimum is above the maximum.');
  const currency = values.currency.trim().toUpperCase();
  if (currency && !/^[A-Z]{3}$/.test(currency)) return refuse('A currency is a three-letter code, like USD or EUR.');
  if (min === null && max === null) return { ok: true, changes: { salary: null } };
  const period = PAY_PERIODS.has(values.period) ? (values.period as PayPeriod) : 'year';
  return { ok: true, changes: { salary: { min, max, currency: currency || null, period, text: '' } } };
}

export type PostingEdit =
  | { ok: true; changes: Partial<PostingDraft>; fields: PostingField[] }
  | { ok: false; field: keyof PostingFormValues; reason: string };

/**
 * The changes a form makes to a posting: only the fields whose value changed, each validated.
 * `parseSalary` turns "$120,000–$150,000 a year" into numbers (loaded only when a salary is edited).
 */
export function postingEdit(
  posting: PostingDraft,
  values: PostingFormValues,
  parseSalary: (text: string) => Salary | null,
): PostingEdit {
  const before = formValuesOf(posting);
  let changes: Partial<PostingDraft> = {};
  const fields: PostingField[] = [];
  const title = titleEdit(values.title);
  if (!title.ok) return { ok: false, field: 'title', reason: title.reason };
  if (clean(values.title) !== clean(before.title)) {
    changes = { ...changes, ...title.changes };
    fields.push('title');
  }
  if (clean(values.company) !== clean(before.company)) {
    changes.company = companyOf(values.company);
    fields.push('company');
  }
  if (clean(values.location) !== clean(before.location)) {
    changes.locations = placesFromText(values.location);
    fields.push('locations');
  }
  if (values.workMode !== before.workMode) {
    const workMode = workModeEdit(values.workMode);
    if (!workMode.ok) return { ok: false, field: 'workMode', reason: workMode.reason };
    changes = { ...changes, ...workMode.changes };
    fields.push('workMode');
  }
  if (clean(values.salary) !== clean(before.salary)) {
    const text = clean(values.salary).slice(0, 300);
    if (!text) changes.salary = null;
    else {
      if (!/\d/.test(text))
        return {
          ok: false,
          field: 'salary',
          reason: 'Write the salary with its amount, like "$120,000–$150,000 a year".',
        };
      const parsed = parseSalary(text);
      changes.salary = parsed ? { ...parsed, text } : { min: null, max: null, currency: null, period: null, text };
    }
    fields.push('salary');
  }
  if (values.closes !== before.closes) {
    if (values.closes && !/^\d{4}-\d{2}-\d{2}$/.test(values.closes)) {
      return { ok: false, field: 'closes', reason: 'Pick a closing date, or leave it empty.' };
    }
    changes.validThrough = values.closes || null;
    fields.push('validThrough');
  }
  return { ok: true, changes, fields };
}

/** The posting with the changes applied and marked as the user's own (provenance `user`). */
export function applyEdit(
  posting: PostingDraft,
  changes: Partial<PostingDraft>,
  fields: readonly PostingField[],
): PostingDraft {
  const provenance = { ...posting.provenance };
  for (const field of fields) provenance[field] = 'user';
  return { ...posting, ...changes, provenance };
}

/** A posting to fill in by hand when the page gave nothing to start from ("Save anyway"). */
export function blankPosting(url: string | null): PostingDraft {
  return {
    title: '',
    company: null,
    locations: [],
    workMode: null,
    employmentType: null,
    salary: null,
    datePosted: null,
    validThrough: null,
    url,
    canonicalUrl: url,
    applyUrl: null,
    descriptionHtml: '',
    descriptionText: '',
    source: 'user',
    provenance: {},
  };
}
