import type { Salary, WorkMode } from '../schema/posting';

/** Field values one source found. Descriptions are raw HTML here; index.ts sanitizes once. */
export interface Fields {
  title?: string;
  company?: string;
  locations?: string[];
  workMode?: WorkMode;
  employmentType?: string;
  salary?: Salary;
  datePosted?: string;
  validThrough?: string;
  applyUrl?: string;
  descriptionHtml?: string;
  url?: string;
}

export type FieldName = keyof Fields;

/** What one source read from the page, plus facts `detect` weighs. */
export interface SourceResult {
  source: string;
  fields: Fields;
  notes?: string[];
}

/** What a site rule says about the page besides fields. */
export interface SitePatch extends Fields {
  /** false: the site shows a list, a company page or an article here, not one posting. */
  isPosting?: boolean;
  /** true: the page is the job's application form; it has no description to look for. */
  applyForm?: boolean;
  reason?: string;
}
