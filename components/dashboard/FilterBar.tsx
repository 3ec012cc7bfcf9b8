import { useState } from 'react';
import { formatCount, formatWorkMode, plural } from '@/utils/format';
import { activeFilterCount, emptyFilters, type JobFilters } from '@/utils/jobs-view/filter';
import { stageKeys, type StageKey } from '@/utils/jobs-view/job-view';
import { workModeValues } from '@/utils/posting-values';
import { stageLabels } from './StagePill';
import './filter-bar.css';

export interface FilterBarProps {
  filters: JobFilters;
  onChange: (filters: JobFilters) => void;
  /** Jobs per stage, before filtering. */
  stageCounts: Partial<Record<StageKey, number>>;
  tags: Array<{ tag: string; count: number }>;
  /** The currency salaries are compared in. */
  salaryCurrency?: string | null;
}

const OPEN_KEY = 'jobshelf:filters-open';
const MORE_ID = 'more-filters';
const closingChoices = [3, 7, 14, 30];

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Parses "120k", "120,000" or "120000" as a yearly amount; empty → no bound. */
function parseAmount(text: string): number | null {
  const match = /^\s*(\d[\d,.\s]*)\s*(k)?\s*$/i.exec(text);
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/[,\s]/g, ''));
  if (!Number.isFinite(value)) return null;
  return match[2] ? value * 1000 : value;
}

/** Filters above the jobs table: stage, work mode, yearly salary, closing soon, tags. */
export function FilterBar({ filters, onChange, stageCounts, tags, salaryCurrency }: FilterBarProps) {
  const active = activeFilterCount(filters);
  // The typed text is kept as typed ("80k"); the filter holds the parsed number.
  const [minText, setMinText] = useState(filters.salaryMin === null ? '' : String(filters.salaryMin));
  const [maxText, setMaxText] = useState(filters.salaryMax === null ? '' : String(filters.salaryMax));
  const unusedTags = tags.filter((entry) => !filters.tags.includes(entry.tag));
  // Folded to the status chips by default (remembered): the other filters are a click away.
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === '1');
  const moreActive = active - (filters.stages.length > 0 ? 1 : 0);
  const toggleOpen = () => {
    localStorage.setItem(OPEN_KEY, open ? '0' : '1');
    setOpen(!open);
  };
  const clear =
    active > 0 ? (
      <button
        type="button"
        className="button button-link"
        onClick={() => {
          setMinText('');
          setMaxText('');
          onChange(emptyFilters);
        }}
        data-testid="clear-filters"
      >
        Clear {plural(active, 'filter')}
      </button>
    ) : null;
  return (
    <div className="filter-bar" role="group" aria-label="Filters" data-testid="filter-bar">
      <div className="filter-head">
        <fieldset className="filter-group">
          <legend>Status</legend>
          <div className="chip-row">
            {stageKeys.map((stage) => (
              <button
                key={stage}
                type="button"
                className="chip"
                aria-pressed={filters.stages.includes(stage)}
                data-testid={`filter-stage-${stage}`}
                onClick={() => onChange({ ...filters, stages: toggle(filters.stages, stage) })}
              >
                {stageLabels[stage]}
                <span className="chip-count">{formatCount(stageCounts[stage] ?? 0)}</span>
              </button>
            ))}
          </div>
        </fieldset>
        <div className="filter-head-actions">
          {clear}
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={open}
            aria-controls={MORE_ID}
            onClick={toggleOpen}
            data-testid="filters-toggle"
          >
            {open ? 'Fewer filters' : 'More filters'}
            {!open && moreActive > 0 ? ` (${moreActive} on)` : ''}
            <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
          </button>
        </div>
      </div>
      <div className="filter-row" id={MORE_ID} hidden={!open}>
        <fieldset className="filter-group">
          <legend>Work mode</legend>
          <div className="chip-row">
            {workModeValues.map((mode) => (
              <button
                key={mode}
                type="button"
                className="chip"
                aria-pressed={filters.workModes.includes(mode)}
                onClick={() => onChange({ ...filters, workModes: toggle(filters.workModes, mode) })}
              >
                {formatWorkMode(mode)}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset className="filter-group">
          <legend>Salary per year{salaryCurrency ? ` (${salaryCurrency})` : ''}</legend>
          <div className="salary-inputs">
            <label>
              <span className="visually-hidden">Minimum yearly salary</span>
              <input
                type="text"
                inputMode="numeric"
                placeholder="Min (80k)"
                data-testid="filter-salary-min"
                value={minText}
                onChange={(event) => {
                  setMinText(event.target.value);
                  onChange({ ...filters, salaryMin: parseAmount(event.target.value) });
                }}
              />
            </label>
            <span aria-hidden="true">–</span>
            <label>
              <span className="visually-hidden">Maximum yearly salary</span>
              <input
                type="text"
                inputMode="numeric"
                placeholder="Max"
                value={maxText}
                onChange={(event) => {
                  setMaxText(event.target.value);
                  onChange({ ...filters, salaryMax: parseAmount(event.target.value) });
                }}
              />
            </label>
          </div>
        </fieldset>
        <fieldset className="filter-group">
          <legend>Closing</legend>
          <label>
            <span className="visually-hidden">Closing within</span>
            <select
              value={filters.closingWithinDays ?? ''}
              data-testid="filter-closing"
              onChange={(event) =>
                onChange({ ...filters, closingWithinDays: event.target.value ? Number(event.target.value) : null })
              }
            >
              <option value="">Any time</option>
              {closingChoices.map((days) => (
                <option key={days} value={days}>
                  Within {days} days
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset className="filter-group">
          <legend>Tags</legend>
          <div className="chip-row">
            {filters.tags.map((tag) => (
              <button
                key={tag}
                type="button"
                className="chip"
                aria-pressed="true"
                aria-label={`Remove tag filter ${tag}`}
                onClick={() => onChange({ ...filters, tags: filters.tags.filter((item) => item !== tag) })}
              >
                {tag} <span aria-hidden="true">×</span>
              </button>
            ))}
            {unusedTags.length > 0 ? (
              <label>
                <span className="visually-hidden">Add a tag filter</span>
                <select
                  value=""
                  onChange={(event) =>
                    event.target.value && onChange({ ...filters, tags: [...filters.tags, event.target.value] })
                  }
                >
                  <option value="">{filters.tags.length > 0 ? 'And…' : 'Any tag'}</option>
                  {unusedTags.slice(0, 100).map((entry) => (
                    <option key={entry.tag} value={entry.tag}>
                      {entry.tag} ({entry.count})
                    </option>
                  ))}
                </select>
              </label>
            ) : filters.tags.length === 0 ? (
              <span className="muted filter-none">No tags yet</span>
            ) : null}
          </div>
        </fieldset>
      </div>
    </div>
  );
}
