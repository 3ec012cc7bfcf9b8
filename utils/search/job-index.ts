import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

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

/** One job's match for one word, as MiniSearch scores it before its "quality" factor. */
interface WordMatch {
  raw: number;
  /** The query terms the word tokenized into and matched (their count is MiniSearch's "quality"). */
  queryTerms: string[];
  /** Matched index term → fields; its keys are what to highlight. */
  match: Record<string, string[]>;
}

/** One word's matches, keyed by MiniSearch's internal document number (or the job id, see toId). */
type WordResults = Map<unknown, WordMatch>;

/** The part of MiniSearch 7 `search` that scores a query, without building sorted result objects. */
interface RawQuery {
  executeQuery: (
    query: string,
    options: SearchOptions,
  ) => Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;
  _documentIds: Map<number, unknown>;
}

/** MiniSearch's internal query step when this version has it (checked, not assumed); else null. */
function rawQuery(index: JobIndex): RawQuery | null {
  const candidate = index as unknown as Partial<RawQuery>;
  return typeof candidate.executeQuery === 'function' && candidate._documentIds instanceof Map
    ? (candidate as RawQuery)
    : null;
}

/** Recently searched words kept per searcher: typing "senior engineer b…" re-scores only the last word. */
const WORD_CACHE_SIZE = 24;

/**
 * Searches one index, remembering each word's matches. Every word of a query is matched on its own
 * (exactly what MiniSearch's AND does term by term), so a keystroke re-scores only the word being
 * typed; the earlier words come from the cache. Results, scores and order are those of one
 * MiniSearch query over the whole text. Make a new one whenever the index changes.
 */
export class JobSearcher {
  private readonly words = new Map<string, WordResults>();
  private readonly raw: RawQuery | null;
  private readonly toId: (key: unknown) => string;

  constructor(private readonly index: JobIndex) {
    this.raw = rawQuery(index);
    const documentIds = this.raw?._documentIds;
    this.toId = documentIds ? (key) => String(documentIds.get(key as number)) : (key) => String(key);
  }

  search(query: string): JobHit[] {
    const words = query.trim().split(/\s+/).filter(Boolean);
    const kept = words.filter((word, position) => position === 0 || word.length > 1);
    if (kept.length === 0) return [];
    const fields = kept[kept.length - 1]!.length <= 2 ? shortFields : indexedFields;
    const exact = this.combine(kept, fields, false);
    if (exact.length > 0) return exact;
    return this.combine(kept, fields, true);
  }

  private combine(words: readonly string[], fields: IndexedFields[], fuzzy: boolean): JobHit[] {
    const perWord = words.map((word) => this.word(word, fields, fuzzy));
    const hits: JobHit[] = [];
    // Scores summed and terms joined like MiniSearch's AND; its order follows the last word's matches.
    const last = perWord[perWord.length - 1]!;
    if (perWord.length === 1) {
      for (const [key, found] of last) {
        hits.push({
          id: this.toId(key),
          score: found.raw * (new Set(found.queryTerms).size || 1),
          terms: Object.keys(found.match),
        });
      }
    } else {
      const others = perWord.slice(0, -1);
      for (const [key, lastMatch] of last) {
        if (!others.every((results) => results.has(key))) continue;
        let raw = 0;
        const queryTerms = new Set<string>();
        const terms = new Set<string>();
        for (const results of perWord) {
          const found = results === last ? lastMatch : results.get(key)!;
          raw += found.raw;
          for (const term of found.queryTerms) queryTerms.add(term);
          for (const term in found.match) terms.add(term);
        }
        hits.push({ id: this.toId(key), score: raw * (queryTerms.size || 1), terms: [...terms] });
      }
    }
    hits.sort((a, b) => b.score - a.score);
    return hits;
  }

  private word(word: string, fields: IndexedFields[], fuzzy: boolean): WordResults {
    const key = `${fuzzy ? 'f' : 'e'}${fields.length}:${word}`;
    const cached = this.words.get(key);
    if (cached) {
      // Most recent last: the oldest entry is the first one dropped.
      this.words.delete(key);
      this.words.set(key, cached);
      return cached;
    }
    const options = fuzzy ? { fields } : { fuzzy: false, fields };
    const results: WordResults = new Map();
    if (this.raw) {
      // MiniSearch's own per-term matches, before it builds, filters and sorts a result object for
      // each of (for a common prefix) nearly every job: what `search` returns, minus that work.
      for (const [shortId, found] of this.raw.executeQuery(word, options)) {
        results.set(shortId, { raw: found.score, queryTerms: found.terms, match: found.match });
      }
    } else {
      for (const result of this.index.search(word, options)) {
        const quality = result.queryTerms.length || 1;
        results.set(String(result.id), {
          raw: result.score / quality,
          queryTerms: result.queryTerms,
          match: result.match,
        });
      }
    }
    this.words.set(key, results);
    if (this.words.size > WORD_CACHE_SIZE) this.words.delete(this.words.keys().next().value!);
    return results;
  }
}

/**
 * Jobs matching every word of the query (prefix and typo-tolerant), best first. Exact and prefix
 * matches are tried first; typo tolerance only when they find nothing: fuzzy expansion over a
 * large vocabulary is the slow part, and a query with results has no typo worth fixing. A one-letter
 * word after the first ("senior e") is left out until it grows: it would match nearly everything.
 * For search-as-you-type, keep one `JobSearcher` per index version instead: it reuses earlier words.
 */
export function searchJobs(index: JobIndex, query: string): JobHit[] {
  return new JobSearcher(index).search(query);
}
