import { useEffect, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { ImportBackupLink } from '../ImportBackupLink';
import { formatCount, plural } from '@/utils/format';
import { FilterBar } from '@/components/dashboard/FilterBar';
import { JobsTable, type JobsTableHandle } from '@/components/dashboard/JobsTable';
import { SearchBox } from '@/components/dashboard/SearchBox';
import { activeFilterCount, emptyFilters, filterJobs, tagsInUse, type JobFilters } from '@/utils/jobs-view/filter';
import { inHomeCurrency, type MoneySettings } from '@/utils/jobs-view/currency';
import type { JobView, StageKey } from '@/utils/jobs-view/job-view';
import { SortCache } from '@/utils/jobs-view/sort-cache';
import { defaultSort, firstDirection, type JobSort, type SortKey } from '@/utils/jobs-view/sort';
import { JobSearcher, type JobIndex } from '@/utils/search/job-index';
import { MAX_COMPARE, routeHref } from '../route';
import { navigate } from '../use-route';

/** What the jobs view remembers while the user opens a job and comes back. */
export interface JobsViewState {
  query: string;
  filters: JobFilters;
  /** null: relevance while searching, newest saved first otherwise. */
  sort: JobSort | null;
  selected: string[];
}

const MIN_QUERY_CHARS = 2;

export const initialJobsViewState: JobsViewState = { query: '', filters: emptyFilters, sort: null, selected: [] };

export interface JobsPageProps {
  jobs: JobView[] | undefined;
  /** The currency salaries are shown in and the user's rates (Settings). */
  money: MoneySettings;
  complete: boolean;
  index: JobIndex | null;
  indexVersion: number;
  state: JobsViewState;
  setState: Dispatch<SetStateAction<JobsViewState>>;
  now: number;
}

/** Until the index is built, a plain substring match keeps search working. */
function substringSearch(jobs: readonly JobView[], query: string): JobView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return jobs.filter((job) => {
    const text = `${job.sortTitle} ${job.sortCompany} ${job.skills.join(' ').toLowerCase()}`;
    return words.every((word) => text.includes(word));
  });
}

export function JobsPage({
  jobs: savedJobs,
  money,
  complete,
  index,
  indexVersion,
  state,
  setState,
  now,
}: JobsPageProps) {
  // Salaries in one currency, so the salary column, its sort and its filter compare like with like.
  const converted = useMemo(() => (savedJobs ? inHomeCurrency(savedJobs, money) : undefined), [savedJobs, money]);
  const jobs = converted?.jobs;
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<JobsTableHandle>(null);
  const { query, filters, sort, selected } = state;
  // One letter matches nearly every job (and costs the most to expand): search from two.
  const searching = query.trim().length >= MIN_QUERY_CHARS;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const byId = useMemo(() => new Map((jobs ?? []).map((job) => [job.id, job])), [jobs]);

  // One searcher per index version: it remembers each word's matches, so a keystroke re-scores
  // only the word being typed (the index object stays the same when a job changes; indexVersion not).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const searcher = useMemo(() => (index ? new JobSearcher(index) : null), [index, indexVersion]);

  const searched = useMemo((): { jobs: JobView[]; terms: Map<string, string[]> | null } | null => {
    if (!searching || !jobs) return null;
    if (!searcher) return { jobs: substringSearch(jobs, query), terms: new Map() };
    const hits = searcher.search(query);
    const found: JobView[] = [];
    const terms = new Map<string, string[]>();
    for (const hit of hits) {
      const job = byId.get(hit.id);
      if (!job) continue;
      found.push(job);
      terms.set(hit.id, hit.terms);
    }
    return { jobs: found, terms };
  }, [searching, query, searcher, byId, jobs]);

  const sortCache = useMemo(() => new SortCache(jobs ?? []), [jobs]);
  useEffect(() => {
    // Every column's order is sorted ahead, one per idle moment, so header clicks are instant.
    let handle = 0;
    const warm = () => {
      if (sortCache.warmOne()) handle = requestIdleCallback(warm, { timeout: 2000 });
    };
    handle = requestIdleCallback(warm, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [sortCache]);

  const shown = useMemo(() => {
    if (!jobs) return [];
    const order = sort ?? (searching ? null : defaultSort);
    if (!order) return filterJobs(searched?.jobs ?? jobs, filters, now);
    const sorted = sortCache.get(order);
    if (!searched) return filterJobs(sorted, filters, now);
    const found = new Set(searched.jobs.map((job) => job.id));
    return filterJobs(
      sorted.filter((job) => found.has(job.id)),
      filters,
      now,
    );
  }, [jobs, searched, filters, sort, searching, now, sortCache]);

  const stageCounts = useMemo(() => {
    const counts: Partial<Record<StageKey, number>> = {};
    for (const job of jobs ?? []) counts[job.stage] = (counts[job.stage] ?? 0) + 1;
    return counts;
  }, [jobs]);
  const tags = useMemo(() => tagsInUse(jobs ?? []), [jobs]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const onSort = (key: SortKey) =>
    setState((current) => {
      const currentSort = current.sort ?? defaultSort;
      const next: JobSort =
        current.sort && currentSort.key === key
          ? { key, direction: currentSort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: firstDirection(key) };
      return { ...current, sort: next };
    });

  const toggleSelect = (id: string) =>
    setState((current) => {
      if (current.selected.includes(id))
        return { ...current, selected: current.selected.filter((item) => item !== id) };
      if (current.selected.length >= MAX_COMPARE) return current;
      return { ...current, selected: [...current.selected, id] };
    });

  if (jobs === undefined) return <div className="page-loading" aria-busy="true" />;

  if (jobs.length === 0) {
    return (
      <EmptyState level={1} title="No saved jobs yet" actions={<ImportBackupLink />}>
        <p>
          Open a job posting on any site and click the Jobshelf button in the toolbar, right-click the page and choose{' '}
          <strong>Save job posting to Jobshelf</strong>, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>.
        </p>
      </EmptyState>
    );
  }

  const resultLabel = `${formatCount(shown.length)} of ${plural(jobs.length, 'job')}`;
  const appliedSort = sort ?? (searching ? null : defaultSort);
  const resultKey = JSON.stringify([query, filters, sort]);
  const filtersOn = activeFilterCount(filters) > 0;

  return (
    // data-shown: the query and result count on screen, committed with the rows (the bench reads it).
    <div className="jobs-page" data-shown={`${searching ? query : ''}|${shown.length}`}>
      <h1 className="visually-hidden">Saved jobs</h1>
      <div className="toolbar">
        <SearchBox
          ref={searchRef}
          value={query}
          onChange={(value) => setState((current) => ({ ...current, query: value }))}
          resultLabel={resultLabel}
          onArrowDown={() => tableRef.current?.focus()}
        />
        <p className="result-count" data-testid="result-count">
          {searching || filtersOn ? resultLabel : plural(jobs.length, 'job')}
          {!complete ? <span className="muted"> · loading…</span> : null}
          {searching && !index ? <span className="muted"> · indexing…</span> : null}
          {searching && !sort ? <span className="muted"> · best match first</span> : null}
          {query.trim().length > 0 && !searching ? <span className="muted"> · keep typing to search</span> : null}
        </p>
        <div className="toolbar-actions">
          {selected.length > 0 ? (
            <button
              type="button"
              className="button button-link"
              onClick={() => setState((current) => ({ ...current, selected: [] }))}
            >
              Clear selection
            </button>
          ) : null}
          {selected.length < 2 ? (
            // Said on the page, not only in a tooltip a disabled button never shows to the keyboard.
            <span id="compare-hint" className="muted compare-hint" data-testid="compare-hint">
              Tick 2 to 4 jobs to compare them
            </span>
          ) : null}
          <button
            type="button"
            className="button button-primary"
            disabled={selected.length < 2}
            data-testid="compare-selected"
            aria-describedby={selected.length < 2 ? 'compare-hint' : undefined}
            onClick={() => navigate({ view: 'compare', ids: selected })}
          >
            Compare{selected.length > 0 ? ` ${selected.length}` : ''}
          </button>
        </div>
      </div>
      <FilterBar
        filters={filters}
        onChange={(next) => setState((current) => ({ ...current, filters: next }))}
        stageCounts={stageCounts}
        tags={tags}
        salaryCurrency={converted?.home ?? null}
      />
      {shown.length === 0 ? (
        <EmptyState
          title={searching ? `Nothing matches “${query.trim()}”` : 'No jobs match these filters'}
          actions={
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setState((current) => ({ ...current, query: '', filters: emptyFilters }))}
            >
              Clear search and filters
            </button>
          }
        >
          <p>Search looks in titles, companies, skills and the start of each description, and forgives a typo.</p>
        </EmptyState>
      ) : (
        <JobsTable
          ref={tableRef}
          jobs={shown}
          sort={appliedSort}
          onSort={onSort}
          termsById={searched?.terms ?? null}
          selected={selectedSet}
          onToggleSelect={toggleSelect}
          onOpen={(id) => navigate({ view: 'job', id })}
          jobHref={(id) => routeHref({ view: 'job', id })}
          now={now}
          resultKey={resultKey}
          salaryCurrency={converted?.home ?? null}
        />
      )}
      <p className="keyboard-hint muted">
        <kbd>/</kbd> search · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> select for
        compare
      </p>
    </div>
  );
}
