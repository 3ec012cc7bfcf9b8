import MiniSearch, { type Options, type SearchResult } from 'minisearch';

/** What the index reads from a job: the description only while indexing, never kept. */
export interface SearchableJob {
  id: string;
  title: string;
  company: string | null;
  skills: string[];
  /** Places, so "engineer berlin" finds jobs in Berlin. */
  locations: string[];
  description: string;
}

/**
 * Only the start of a description is indexed: it names the role and its requirements, and
 * indexing whole descriptions of 10,000 jobs would cost seconds and tens of megabytes.
 */
export const DESCRIPTION_CHARS_INDEXED = 1500;

type IndexedFields = 'title' | 'company' | 'skills' | 'locations' | 'description';

const indexedFields: IndexedFields[] = ['title', 'company', 'skills', 'locations', 'description'];
/** Short prefixes expand to thousands of description words: they only look at the short fields. */
const shortFields: IndexedFields[] = ['title', 'company', 'skills', 'locations'];

const options: Options<SearchableJob> = {
  fields: indexedFields,
  storeFields: [],
  extractField: (document: SearchableJob, field: string): string => {
    switch (field) {
      case 'id':
        return document.id;
      case 'title':
        return document.title;
      case 'company':
        return document.company ?? '';
      case 'skills':
        return document.skills.join(' ');
      case 'locations':
        return document.locations.join(' ');
      case 'description':
        return document.description.slice(0, DESCRIPTION_CHARS_INDEXED);
      default:
        return '';
    }
  },
  searchOptions: {
    boost: { title: 3, company: 2, skills: 2, locations: 1.5, description: 0.5 },
    prefix: true,
    // One typo from 4 letters, two (a swapped pair) from 6; short words fuzzed match nearly everything.
    fuzzy: (term: string) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
    combineWith: 'AND',
  },
};

export type JobIndex = MiniSearch<SearchableJob>;

export function createJobIndex(): JobIndex {
  return new MiniSearch<SearchableJob>(options);
}

export function buildJobIndex(jobs: readonly SearchableJob[]): JobIndex {
  const index = createJobIndex();
  index.addAll(jobs);
  return index;
}

/** Indexes in chunks between frames so a page with 10,000 jobs stays responsive while it builds. */
export async function buildJobIndexAsync(jobs: readonly SearchableJob[], chunkSize = 500): Promise<JobIndex> {
  const index = createJobIndex();
  await index.addAllAsync(jobs, { chunkSize });
  return index;
}

/** Adds or replaces one job in the index. */
export function upsertJob(index: JobIndex, job: SearchableJob): void {
  if (index.has(job.id)) index.discard(job.id);
  index.add(job);
}

export function removeJob(index: JobIndex, id: string): void {
  if (index.has(id)) index.discard(id);
}

export interface JobHit {
  id: string;
  score: number;
  /** The index terms that matched (after prefix/fuzzy expansion): what to highlight. */
  terms: string[];
}

const toHit = (result: SearchResult): JobHit => ({ id: String(result.id), score: result.score, terms: result.terms });

/**
 * Jobs matching every word of the query (prefix and typo-tolerant), best first. Exact and prefix
 * matches are tried first; typo tolerance only when they find nothing: fuzzy expansion over a
 * large vocabulary is the slow part, and a query with results has no typo worth fixing. A one-letter
 * word after the first ("senior e") is left out until it grows: it would match nearly everything.
 */
export function searchJobs(index: JobIndex, query: string): JobHit[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word, position) => position === 0 || word.length > 1);
  if (kept.length === 0) return [];
  const text = kept.join(' ');
  const fields = kept[kept.length - 1]!.length <= 2 ? shortFields : indexedFields;
  const exact = index.search(text, { fuzzy: false, fields });
  if (exact.length > 0) return exact.map(toHit);
  return index.search(text, { fields }).map(toHit);
}
