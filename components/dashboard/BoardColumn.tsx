import { useState } from 'react';
import { formatCount } from '@/utils/format';
import type { JobView, StageKey } from '@/utils/jobs-view/job-view';
import { BoardCard, JOB_DRAG_TYPE } from './BoardCard';
import { stageLabels } from './StagePill';

export interface BoardColumnProps {
  stage: StageKey;
  /** The column's jobs, in order; only the first `shown` are rendered. */
  jobs: readonly JobView[];
  shown: number;
  onShowMore: () => void;
  onMove: (id: string, stage: StageKey) => void;
  hrefOf: (id: string) => string;
  now: number;
  /** Folded to a narrow strip (name and count): still a drop target, opened with a click. */
  collapsed: boolean;
  onToggle: () => void;
  /** Each job's next pending reminder. */
  nextReminders?: ReadonlyMap<string, number>;
}

/** Cards added by each "Show more". */
export const MORE_CARDS = 50;

const emptyHints: Partial<Record<StageKey, string>> = {
  saved: 'Jobs you save appear here.',
  applied: 'Drag a job here when you apply.',
  interview: 'Interviews land here.',
  offer: 'Offers, fingers crossed.',
};

/** One stage: a drop target with its count, showing the first cards with "show more". */
export function BoardColumn({
  stage,
  jobs,
  shown,
  onShowMore,
  onMove,
  hrefOf,
  now,
  collapsed,
  onToggle,
  nextReminders,
}: BoardColumnProps) {
  const [over, setOver] = useState(false);
  const headingId = `board-column-${stage}`;
  return (
    <section
      className={`board-column stage-${stage}${over ? ' board-column-over' : ''}${collapsed ? ' board-column-collapsed' : ''}${jobs.length === 0 ? ' board-column-empty' : ''}`}
      aria-labelledby={headingId}
      data-testid={`board-column-${stage}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(JOB_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData(JOB_DRAG_TYPE);
        if (id) onMove(id, stage);
      }}
    >
      <h2 id={headingId} className="board-column-title">
        <button
          type="button"
          className="board-column-toggle"
          aria-expanded={!collapsed}
          title={collapsed ? `Show the ${stageLabels[stage]} column` : `Fold the ${stageLabels[stage]} column`}
          onClick={onToggle}
          data-testid="board-column-toggle"
        >
          <span className="board-column-dot" aria-hidden="true" />
          <span className="board-column-name">{stageLabels[stage]}</span>
          <span className="board-column-count" data-testid="board-count">
            {formatCount(jobs.length)}
          </span>
        </button>
      </h2>
      {collapsed ? null : (
        <ColumnCards
          jobs={jobs}
          shown={shown}
          stage={stage}
          onShowMore={onShowMore}
          onMove={onMove}
          hrefOf={hrefOf}
          now={now}
          nextReminders={nextReminders}
        />
      )}
    </section>
  );
}

function ColumnCards({
  stage,
  jobs,
  shown,
  onShowMore,
  onMove,
  hrefOf,
  now,
  nextReminders,
}: Omit<BoardColumnProps, 'collapsed' | 'onToggle'>) {
  return (
    <>
      {jobs.length === 0 ? (
        <p className="board-empty">{emptyHints[stage] ?? 'Nothing here.'}</p>
      ) : (
        <ul className="board-cards">
          {jobs.slice(0, shown).map((job) => (
            <BoardCard
              key={job.id}
              job={job}
              stage={stage}
              href={hrefOf(job.id)}
              now={now}
              onMove={onMove}
              nextReminderAt={nextReminders?.get(job.id) ?? null}
            />
          ))}
        </ul>
      )}
      {jobs.length > shown ? (
        <button type="button" className="button button-link board-more" onClick={onShowMore}>
          {/* One wording whether or not this is the last batch. */}
          {`Show ${formatCount(Math.min(MORE_CARDS, jobs.length - shown))} more (${formatCount(jobs.length - shown)} not shown)`}
        </button>
      ) : null}
    </>
  );
}
