import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BoardColumn, MORE_CARDS } from '@/components/dashboard/BoardColumn';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { ImportBackupLink } from '../ImportBackupLink';
import { stageLabels } from '@/components/dashboard/StagePill';
import { Notice } from '@/components/Notice';
import '@/components/dashboard/board.css';
import { getDatabase } from '@/utils/db/database';
import { nextReminderByJob } from '@/utils/db/job-queries';
import { stageKeys, type JobView, type StageKey } from '@/utils/jobs-view/job-view';
import { searchJobs, type JobIndex } from '@/utils/search/job-index';
import { write } from '@/utils/background-client';
import { routeHref } from '../route';

export interface BoardPageProps {
  jobs: JobView[] | undefined;
  index: JobIndex | null;
  indexVersion: number;
  now: number;
}

const FIRST_CARDS = 30;
const COLLAPSED_KEY = 'jobshelf:board-collapsed';
/** Outcomes are folded at first, so the stages still in play fit on a laptop screen. */
const COLLAPSED_AT_FIRST: StageKey[] = ['rejected', 'withdrawn'];

function loadCollapsed(): ReadonlySet<StageKey> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? 'null');
    if (Array.isArray(stored)) return new Set(stageKeys.filter((stage) => stored.includes(stage)));
  } catch {
    // A damaged value is ignored: the default folding applies.
  }
  return new Set(COLLAPSED_AT_FIRST);
}

export function BoardPage({ jobs, index, indexVersion, now }: BoardPageProps) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Partial<Record<StageKey, number>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(loadCollapsed);
  const reminders = useLiveQuery(() => nextReminderByJob(getDatabase()), []);
  // Moves show at once; the live query then brings the same state from the database.
  const [pending, setPending] = useState<ReadonlyMap<string, StageKey>>(new Map());
  useEffect(() => {
    if (!jobs || pending.size === 0) return;
    const landed = [...pending].filter(([id, stage]) => jobs.find((job) => job.id === id)?.stage === stage);
    if (landed.length === 0) return;
    setPending((current) => {
      const next = new Map(current);
      for (const [id] of landed) next.delete(id);
      return next;
    });
  }, [jobs, pending]);
  // A card moved from the keyboard (Shift+←/→ or its menu) is re-created in its new column:
  // focus follows it there, so the next Shift+→ moves it again instead of getting lost on <body>.
  // The moved card is re-created again when the saved move comes back through the live query, so
  // focus is put back on it for a moment after a move, whenever it has fallen to <body>.
  const refocus = useRef<{ id: string; until: number } | null>(null);
  useEffect(() => {
    const follow = refocus.current;
    if (!follow) return;
    if (Date.now() > follow.until) {
      refocus.current = null;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest(`[data-job-id="${CSS.escape(follow.id)}"]`)) return;
    const card = document.querySelector<HTMLElement>(
      `[data-testid="board-card"][data-job-id="${CSS.escape(follow.id)}"]`,
    );
    const stage = pending.get(follow.id);
    const target =
      card?.querySelector<HTMLElement>('.board-card-title') ??
      (stage ? document.querySelector<HTMLElement>(`#board-column-${stage} button`) : null);
    if (target && active !== target && !(active && target.closest('li')?.contains(active))) target.focus();
  });

  const columns = useMemo(() => {
    const byStage = new Map<StageKey, JobView[]>(stageKeys.map((stage) => [stage, []]));
    let source = jobs ?? [];
    if (query.trim() && index) {
      const ids = new Set(searchJobs(index, query).map((hit) => hit.id));
      source = source.filter((job) => ids.has(job.id));
    }
    for (const job of source) byStage.get(pending.get(job.id) ?? job.stage)?.push(job);
    // Most recently moved first (a move still being saved counts as now): what the user works on.
    const movedAt = (job: JobView) => (pending.has(job.id) ? Infinity : job.statusChangedAt);
    for (const list of byStage.values()) list.sort((a, b) => movedAt(b) - movedAt(a));
    return byStage;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobs, query, index, indexVersion, pending]);

  const move = async (id: string, stage: StageKey) => {
    const job = jobs?.find((item) => item.id === id);
    if (!job || (pending.get(id) ?? job.stage) === stage) return;
    const focused = document.activeElement?.closest('[data-job-id]')?.getAttribute('data-job-id');
    if (focused === id) refocus.current = { id, until: Date.now() + 3000 };
    setPending((current) => new Map(current).set(id, stage));
    const problem = await write('setStatus', { jobId: id, status: stage === 'saved' ? null : stage });
    // A saved move stays pending until the live query shows it (the effect below): dropped now, the
    // card would flash back to its old column for a moment and lose the keyboard focus on the way.
    if (problem)
      setPending((current) => {
        const next = new Map(current);
        next.delete(id);
        return next;
      });
    setError(problem);
    setAnnouncement(problem ? `Could not move ${job.title}` : `Moved ${job.title} to ${stageLabels[stage]}`);
  };

  const toggle = (stage: StageKey) => {
    const next = new Set(collapsed);
    if (!next.delete(stage)) next.add(stage);
    setCollapsed(next);
    localStorage.setItem(COLLAPSED_KEY, JSON.stringify([...next]));
  };

  if (jobs === undefined) return <div className="page-loading" aria-busy="true" />;
  if (jobs.length === 0) {
    return (
      <EmptyState level={1} title="Your board is empty" actions={<ImportBackupLink />}>
        <p>Save a job posting and it appears here under Saved. Move it along as your application progresses.</p>
      </EmptyState>
    );
  }

  return (
    <div className="board-page">
      <h1 className="visually-hidden">Board</h1>
      <div className="toolbar">
        <div className="search-box" role="search">
          <label htmlFor="board-search" className="visually-hidden">
            Filter the board
          </label>
          <input
            id="board-search"
            type="search"
            value={query}
            placeholder="Filter cards…"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <p className="muted board-help">
          Drag cards between columns, or use each card’s menu (Shift+← / → also moves a focused card).
        </p>
      </div>
      {error ? (
        <Notice tone="bad" title="That move was not saved">
          <p>{error}</p>
        </Notice>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div
        className="board"
        data-testid="board"
        style={{
          gridTemplateColumns: stageKeys
            .map((stage) =>
              collapsed.has(stage)
                ? 'var(--board-folded)'
                : (columns.get(stage)?.length ?? 0) === 0
                  ? 'var(--board-empty-track)'
                  : 'minmax(var(--board-column), 1fr)',
            )
            .join(' '),
        }}
      >
        {stageKeys.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            jobs={columns.get(stage) ?? []}
            shown={shown[stage] ?? FIRST_CARDS}
            onShowMore={() =>
              setShown((current) => ({ ...current, [stage]: (current[stage] ?? FIRST_CARDS) + MORE_CARDS }))
            }
            onMove={(id, to) => void move(id, to)}
            hrefOf={(id) => routeHref({ view: 'job', id })}
            now={now}
            collapsed={collapsed.has(stage)}
            onToggle={() => toggle(stage)}
            nextReminders={reminders}
          />
        ))}
      </div>
    </div>
  );
}
