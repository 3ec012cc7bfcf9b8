import { plural } from '@/utils/format';

export interface LeadTimeChipsProps {
  /** Days before closing, chosen. */
  value: readonly number[];
  onChange: (days: number[]) => void;
}

/** The lead times offered: up to five may be on at once. */
export const leadTimeChoices = [14, 7, 5, 3, 2, 1, 0] as const;
const MAX_LEAD_TIMES = 5;

function label(days: number): string {
  return days === 0 ? 'On the day' : `${plural(days, 'day')} before`;
}

/** "Remind me … before a posting closes" as toggle chips instead of free text like "3, 1". */
export function LeadTimeChips({ value, onChange }: LeadTimeChipsProps) {
  const full = value.length >= MAX_LEAD_TIMES;
  return (
    <div className="chip-row" role="group" aria-label="Days before a posting closes" data-testid="lead-times">
      {leadTimeChoices.map((days) => {
        const on = value.includes(days);
        return (
          <button
            key={days}
            type="button"
            className="chip"
            aria-pressed={on}
            disabled={!on && full}
            title={!on && full ? `Up to ${MAX_LEAD_TIMES} at once` : undefined}
            onClick={() => onChange(on ? value.filter((day) => day !== days) : [...value, days].sort((a, b) => b - a))}
          >
            {label(days)}
          </button>
        );
      })}
    </div>
  );
}
