import { jobStatusLabels } from '@/utils/format';
import type { StageKey } from '@/utils/jobs-view/job-view';

export const stageLabels: Record<StageKey, string> = { saved: 'Saved', ...jobStatusLabels };

/** A job's stage as a coloured pill; each stage has its own tone in board.css/jobs-table.css. */
export function StagePill({ stage }: { stage: StageKey }) {
  return <span className={`pill stage-pill stage-${stage}`}>{stageLabels[stage]}</span>;
}
