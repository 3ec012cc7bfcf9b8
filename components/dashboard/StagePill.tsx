import { statusLabels } from '@/utils/format';
import type { StageKey } from '@/utils/jobs-view/job-view';

/** The one label set (utils/format.ts): a job with no status is "Saved". */
export const stageLabels: Record<StageKey, string> = statusLabels;

/** A job's stage as a coloured pill; each stage has its own tone in board.css/jobs-table.css. */
export function StagePill({ stage }: { stage: StageKey }) {
  return <span className={`pill stage-pill stage-${stage}`}>{stageLabels[stage]}</span>;
}
