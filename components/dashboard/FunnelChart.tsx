import type { FunnelStep } from '@/utils/insights/insights';

const labels: Record<FunnelStep['stage'], string> = {
  saved: 'Saved',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
};

/** Horizontal bars, one per step, widths relative to the first; conversion from the step before. */
export function FunnelChart({ steps }: { steps: FunnelStep[] }) {
  const top = Math.max(1, steps[0]?.count ?? 1);
  const rowHeight = 40;
  const labelWidth = 90;
  const width = 520;
  const barSpace = width - labelWidth - 120;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${steps.length * rowHeight}`}
      role="img"
      aria-label={steps.map((step) => `${labels[step.stage]}: ${step.count}`).join(', ')}
    >
      {steps.map((step, index) => {
        const barWidth = Math.max(2, (step.count / top) * barSpace);
        const y = index * rowHeight;
        return (
          <g key={step.stage} transform={`translate(0 ${y})`}>
            <text x={0} y={rowHeight / 2 + 4} className="chart-label">
              {labels[step.stage]}
            </text>
            <rect
              x={labelWidth}
              y={8}
              width={barWidth}
              height={rowHeight - 16}
              rx={4}
              className={`chart-bar funnel-${step.stage}`}
            />
            <text x={labelWidth + barWidth + 8} y={rowHeight / 2 + 4} className="chart-value">
              {step.count.toLocaleString('en')}
              {index > 0 ? <tspan className="chart-sub"> · {Math.round(step.rate * 100)}%</tspan> : null}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
