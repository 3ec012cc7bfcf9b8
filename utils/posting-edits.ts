import { workModeValues } from './posting-values';
import type { PostingDraft, PostingField, Salary, WorkMode } from './schema/posting';

/** What the popup's form holds: the editable fields as the user typed them. */
export interface PostingFormValues {
  title: string;
  company: string;
  location: string;
  workMode: string;
  salary: string;
  closes: string;
}

export function formValuesOf(posting: PostingDraft): PostingFormValues {
  return {
    title: posting.title,
    company: posting.company ?? '',
    location: posting.locations.join('; '),
    workMode: posting.workMode ?? '',
    salary: posting.salary?.text || '',
    closes: posting.validThrough ?? '',
  };
}

const WORK_MODES: ReadonlySet<string> = new Set<WorkMode>(workModeValues);

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
  const changes: Partial<PostingDraft> = {};
  const fields: PostingField[] = [];
  const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
  if (!clean(values.title)) return { ok: false, field: 'title', reason: 'A job needs a title.' };
  if (clean(values.title) !== clean(before.title)) {
    const title = clean(values.title);
    changes.title = title.slice(0, 500);
    fields.push('title');
  }
  if (clean(values.company) !== clean(before.company)) {
    changes.company = clean(values.company).slice(0, 300) || null;
    fields.push('company');
  }
  if (clean(values.location) !== clean(before.location)) {
    changes.locations = values.location
      .split(/[;\n]/)
      .map(clean)
      .filter(Boolean)
      .slice(0, 100)
      .map((place) => place.slice(0, 300));
    fields.push('locations');
  }
  if (values.workMode !== before.workMode) {
    if (values.workMode && !WORK_MODES.has(values.workMode))
      return { ok: false, field: 'workMode', reason: 'Choose a work mode.' };
    changes.workMode = (values.workMode || null) as WorkMode | null;
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
