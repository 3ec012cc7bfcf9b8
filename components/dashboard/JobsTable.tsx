import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import {
  describeClosing,
  formatDate,
  formatLocations,
  formatSalary,
  formatSavedAgo,
  formatWorkMode,
} from '@/utils/format';
import { visibleColumns, type JobColumn } from '@/utils/jobs-view/columns';
import type { JobView } from '@/utils/jobs-view/job-view';
import { formatYearly } from '@/utils/money/format';
import type { JobSort, SortKey } from '@/utils/jobs-view/sort';
import { Highlighted } from './Highlighted';
import { StagePill } from './StagePill';
import './jobs-table.css';

export interface JobsTableProps {
  jobs: readonly JobView[];
  /** null: not sorted by a column (search relevance). */
  sort: JobSort | null;
  onSort: (key: SortKey) => void;
  /** Matched search terms per job id; null when not searching. */
  termsById: ReadonlyMap<string, string[]> | null;
  selected: ReadonlySet<string>;
  onToggleSelect: (id: string) => void;
  onOpen: (id: string) => void;
  jobHref: (id: string) => string;
  now: number;
  /** Changes when the query, filters or sort change: the list then starts at its top again. */
  resultKey: string;
  /** The currency the salary column is in (converted at the user's rates), for its header. */
  salaryCurrency?: string | null;
}

export interface JobsTableHandle {
  /** Moves keyboard focus into the rows (from the search box's down arrow). */
  focus: () => void;
}

/** Room for a title on two lines and its tags. */
const ROW_HEIGHT = 60;

/** The table's width, followed as the window changes: narrow tables hide columns by priority. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1280 : window.innerWidth - 48));
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function SalaryCell({ job }: { job: JobView }) {
  if (!job.yearly) return <span className="muted">—</span>;
  const text = formatYearly(job.yearly);
  if (job.salaryUnconverted) {
    return (
      <span
        className="salary-unconverted"
        title={`${formatSalary(job.salary) ?? text}: no rate for ${job.yearly.currency} in Settings, so it is not compared with the others`}
      >
        {text}{' '}
        <span className="salary-mark" aria-label="not converted">
          ?
        </span>
      </span>
    );
  }
  if (job.postedYearly) {
    return (
      <span
        title={`Posted as ${formatSalary(job.salary) ?? formatYearly(job.postedYearly)}; converted at your rate in Settings`}
      >
        ≈ {text}
      </span>
    );
  }
  return <span title={formatSalary(job.salary) ?? undefined}>{text}</span>;
}

const closingTones = { closed: 'closes-past', maybe: 'closes-maybe', soon: 'closes-soon', open: '' } as const;

function ClosesCell({ job, now }: { job: JobView; now: number }) {
  const note = describeClosing(job, now);
  if (!note) return <span className="muted">—</span>;
  return (
    <span className={`closes ${closingTones[note.tone]}`} title={note.title}>
      {note.short}
    </span>
  );
}

/**
 * Every job in one virtualized grid: only the rows on screen exist in the DOM, so 10,000 jobs
 * scroll like 10. Keyboard: ↑/↓, Page Up/Down, Home/End move; Enter opens; Space selects.
 */
export const JobsTable = forwardRef<JobsTableHandle, JobsTableProps>(function JobsTable(
  { jobs, sort, onSort, termsById, selected, onToggleSelect, onOpen, jobHref, now, resultKey, salaryCurrency },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const gridRef = useRef<HTMLDivElement>(null);
  const columns = visibleColumns(useWidth(gridRef));
  // A table too narrow for the Location column still says where each job is: under the company.
  const placeUnderCompany = !columns.some((column) => column.id === 'location');
  const gridTemplate = [
    '40px',
    ...columns.map((column) => (placeUnderCompany && column.widthWithPlace) || column.width),
  ].join(' ');
  useImperativeHandle(ref, () => ({ focus: () => gridRef.current?.focus() }), []);
  // A new search or sort starts at the top; a live update (a status changed) keeps the place.
  useEffect(() => {
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [resultKey, virtualizer]);
  useEffect(() => {
    // The first rows on screen: the bench reads this mark.
    if (jobs.length > 0 && performance.getEntriesByName('jobshelf:first-rows').length === 0) {
      performance.mark('jobshelf:first-rows');
    }
  }, [jobs]);

  const activeJob = jobs[Math.min(active, jobs.length - 1)];

  const move = (to: number) => {
    const next = Math.max(0, Math.min(jobs.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 520) / ROW_HEIGHT) - 1);
    const handled: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(jobs.length - 1),
      Enter: () => activeJob && onOpen(activeJob.id),
      ' ': () => activeJob && onToggleSelect(activeJob.id),
    };
    const action = handled[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    // The grid holds focus and points at the active row (aria-activedescendant belongs on the
    // grid, not on a rowgroup); its body only scrolls.
    <div
      ref={gridRef}
      className="jobs-table"
      role="grid"
      tabIndex={0}
      aria-label="Saved jobs"
      aria-rowcount={jobs.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeJob ? `job-row-${activeJob.id}` : undefined}
      onKeyDown={onKeyDown}
      data-skip-target=""
      data-testid="jobs-table"
      style={{ '--grid-template': gridTemplate } as CSSProperties}
    >
      <div className="jobs-table-head" role="row" aria-rowindex={1}>
        <div role="columnheader" className="cell cell-select">
          <span className="visually-hidden">Select for compare</span>
        </div>
        {columns.map((column) => {
          const sorted = sort?.key === column.id;
          return (
            <div
              key={column.id}
              role="columnheader"
              className={`cell${column.align === 'end' ? ' cell-end' : ''}`}
              aria-sort={sorted ? (sort?.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                className="sort-button"
                onClick={() => onSort(column.id)}
                data-testid={`sort-${column.id}`}
              >
                {column.id === 'salary' && salaryCurrency ? `${column.label} (${salaryCurrency})` : column.label}
                <span className={`sort-arrow${sorted ? ' sort-arrow-on' : ''}`} aria-hidden="true">
                  {sorted && sort?.direction === 'asc' ? '▲' : '▼'}
                </span>
              </button>
            </div>
          );
        })}
      </div>
      <div ref={scrollRef} className="jobs-table-body" role="rowgroup" data-testid="jobs-table-body">
        <div className="jobs-table-space" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const job = jobs[item.index];
            if (!job) return null;
            const terms = termsById?.get(job.id);
            const isSelected = selected.has(job.id);
            return (
              <div
                key={job.id}
                id={`job-row-${job.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={`jobs-row${item.index === active ? ' jobs-row-active' : ''}${isSelected ? ' jobs-row-selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                data-testid="job-row"
                onClick={() => setActive(item.index)}
              >
                <div role="gridcell" className="cell cell-select">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    checked={isSelected}
                    aria-label={`Select ${job.title} for compare`}
                    onChange={() => onToggleSelect(job.id)}
                  />
                </div>
                {columns.map((column) => (
                  <Cell
                    key={column.id}
                    column={column}
                    job={job}
                    terms={terms}
                    now={now}
                    jobHref={jobHref}
                    placeUnderCompany={placeUnderCompany}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

const cellClass: Partial<Record<JobColumn['id'], string>> = {
  title: 'cell cell-title',
  company: 'cell cell-stack',
  location: 'cell cell-stack',
  salary: 'cell cell-end cell-num',
  match: 'cell cell-end cell-num',
  posted: 'cell cell-date',
  closes: 'cell cell-date cell-closes',
  saved: 'cell cell-date muted',
};

/** "Madrid, Spain +1 more · On-site": the place and the work mode on one line, for the company cell. */
function placeLine(job: JobView): string | null {
  const place = formatLocations(job.locations, 1);
  const mode = formatWorkMode(job.workMode);
  if (!place) return mode;
  return mode && job.locations[0]?.toLowerCase() !== job.workMode ? `${place} · ${mode}` : place;
}

function Cell({
  column,
  job,
  terms,
  now,
  jobHref,
  placeUnderCompany,
}: {
  column: JobColumn;
  job: JobView;
  terms: string[] | undefined;
  now: number;
  jobHref: (id: string) => string;
  placeUnderCompany: boolean;
}) {
  let content: ReactNode;
  switch (column.id) {
    case 'title':
      content = (
        <>
          <a href={jobHref(job.id)} tabIndex={-1} className="job-link" data-testid="job-title" title={job.title}>
            <Highlighted text={job.title} terms={terms} />
          </a>
          {job.tags.length > 0 ? (
            <span className="row-tags">
              {job.tags.slice(0, 3).map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </span>
          ) : null}
        </>
      );
      break;
    case 'company': {
      const company = job.company ? (
        <span className={placeUnderCompany ? 'cell-line' : 'cell-wrap'} title={job.company}>
          <Highlighted text={job.company} terms={terms} />
        </span>
      ) : (
        <span className="muted">—</span>
      );
      const place = placeUnderCompany ? placeLine(job) : null;
      content = place ? (
        <>
          {company}
          <span className="cell-line cell-place" title={formatLocations(job.locations, 5) ?? undefined}>
            {place}
          </span>
        </>
      ) : (
        company
      );
      break;
    }
    case 'location': {
      const place = job.locations[0] ?? formatWorkMode(job.workMode) ?? '—';
      const others = job.locations.length - 1;
      content = (
        <>
          <span className="cell-wrap" title={formatLocations(job.locations, 5) ?? undefined}>
            {place}
            {/* "+1 more" stays on one line rather than breaking after "+1". */}
            {others > 0 ? (
              <>
                {' '}
                <span className="cell-more">+{others} more</span>
              </>
            ) : null}
          </span>
          {job.workMode && job.locations.length > 0 && place.toLowerCase() !== job.workMode ? (
            <span className="mode-tag">{formatWorkMode(job.workMode)}</span>
          ) : null}
        </>
      );
      break;
    }
    case 'salary':
      content = <SalaryCell job={job} />;
      break;
    case 'status':
      content = <StagePill stage={job.stage} />;
      break;
    case 'match':
      content =
        job.match === null ? (
          <span className="muted">—</span>
        ) : (
          <span className={`match-pct match-pct-${job.match >= 70 ? 'high' : job.match >= 40 ? 'mid' : 'low'}`}>
            {job.match}%
          </span>
        );
      break;
    case 'posted':
      content = formatDate(job.datePosted, now) ?? <span className="muted">—</span>;
      break;
    case 'closes':
      content = <ClosesCell job={job} now={now} />;
      break;
    case 'saved':
      content = formatSavedAgo(job.savedAt, now);
      break;
  }
  return (
    <div role="gridcell" className={cellClass[column.id] ?? 'cell'}>
      {content}
    </div>
  );
}
