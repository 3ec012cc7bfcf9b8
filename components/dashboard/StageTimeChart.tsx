import type { StageTime } from '@/utils/insights/insights';
import { stageLabels } from './StagePill';

/** Median days per stage as horizontal bars. */
export function StageTimeChart({ times }: { times: StageTime[] }) {
  const rowHeight = 34;
  const width = 520;
  const labelWidth = 90;
  const barSpace = width - labelWidth - 130;
  const max = Math.max(1, ...times.map((time) => time.medianDays));
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${Math.max(1, times.length) * rowHeight}`}
      role="img"
      aria-label={times.map((time) => `${stageLabels[time.stage]}: ${time.medianDays} days`).join(', ')}
    >
      {times.map((time, index) => {
        const barWidth = Math.max(2, (time.medianDays / max) * barSpace);
        return (
          <g key={time.stage} transform={`translate(0 ${index * rowHeight})`}>
            <text x={0} y={rowHeight / 2 + 4} className="chart-label">
              {stageLabels[time.stage]}
            </text>
            <rect
              x={labelWidth}
              y={7}
              width={barWidth}
              height={rowHeight - 14}
              rx={4}
              className="chart-bar chart-bar-soft"
            />
            <text x={labelWidth + barWidth + 8} y={rowHeight / 2 + 4} className="chart-value">
              {time.medianDays} {time.medianDays === 1 ? 'day' : 'days'}
              <tspan className="chart-sub"> · {time.samples}</tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
