import type { KeyboardEvent } from 'react';
import { formatWorkMode } from '@/utils/format';
import { daysUntil, formatClosesIn } from '@/utils/jobs-view/closing';
import { stageKeys, type JobView, type StageKey } from '@/utils/jobs-view/job-view';
import { formatYearly } from '@/utils/jobs-view/salary';
import { stageLabels } from './StagePill';

export interface BoardCardProps {
  job: JobView;
  href: string;
  now: number;
  onMove: (id: string, stage: StageKey) => void;
}

export const JOB_DRAG_TYPE = 'application/x-jobshelf-job';

/** A job on the board: drag it, or move it with the menu or Shift+←/→. */
export function BoardCard({ job, href, now, onMove }: BoardCardProps) {
  const days = daysUntil(job.expiresAt, now);
  const closes = job.closedAt === null && days !== null && days >= 0 && days <= 7 ? formatClosesIn(days, job.expiresEstimated) : null;
  const position = stageKeys.indexOf(job.stage);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.shiftKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    const next = stageKeys[position + (event.key === 'ArrowRight' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      onMove(job.id, next);
    }
  };
  return (
    <li
      className="board-card"
      draggable
      data-testid="board-card"
      data-job-id={job.id}
      onDragStart={(event) => {
        event.dataTransfer.setData(JOB_DRAG_TYPE, job.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
    >
      <a className="board-card-title" href={href}>
        {job.title}
      </a>
      <p className="board-card-company">{job.company ?? 'Company not stated'}</p>
      <p className="board-card-facts">
        {job.yearly ? <span>{formatYearly(job.yearly)}</span> : null}
        {formatWorkMode(job.workMode) ? <span>{formatWorkMode(job.workMode)}</span> : null}
        {job.match !== null ? <span>{job.match}% match</span> : null}
        {closes ? <span className="closes-soon">Closes {closes}</span> : null}
      </p>
      <label className="board-card-move">
        <span className="visually-hidden">Move {job.title} to</span>
        <select
          value={job.stage}
          data-testid="board-move"
          onChange={(event) => onMove(job.id, event.target.value as StageKey)}
        >
          {stageKeys.map((stage) => (
            <option key={stage} value={stage}>
              {stage === job.stage ? stageLabels[stage] : `Move to ${stageLabels[stage]}`}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
