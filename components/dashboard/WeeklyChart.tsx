import { formatDate } from '@/utils/format';
import type { WeekCount } from '@/utils/insights/insights';

const weekLabel = { format: (at: number) => formatDate(at) ?? '' };

/** Columns per week with the count above each and the week's Monday below. */
export function WeeklyChart({ weeks }: { weeks: WeekCount[] }) {
  const width = 560;
  const height = 200;
  const bottom = 28;
  const topPad = 20;
  const max = Math.max(1, ...weeks.map((week) => week.count));
  const slot = width / Math.max(1, weeks.length);
  const barWidth = Math.min(32, slot * 0.6);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Applications per week: ${weeks.map((week) => `${weekLabel.format(week.weekStart)} ${week.count}`).join(', ')}`}
    >
      <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="chart-axis" />
      {weeks.map((week, index) => {
        const barHeight = (week.count / max) * (height - bottom - topPad);
        const x = index * slot + (slot - barWidth) / 2;
        const y = height - bottom - barHeight;
        return (
          <g key={week.weekStart}>
            {week.count > 0 ? (
              <rect x={x} y={y} width={barWidth} height={barHeight} rx={3} className="chart-bar" />
            ) : null}
            <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="chart-value">
              {week.count > 0 ? week.count : ''}
            </text>
            {index % 2 === weeks.length % 2 ? null : (
              <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" className="chart-label chart-small">
                {weekLabel.format(week.weekStart)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
