import type { SortKey } from './sort';

export interface JobColumn {
  id: SortKey;
  label: string;
  /** Grid track for the table's CSS grid. */
  width: string;
  /** The company's track when it also shows the place (the Location column hidden): a wider share. */
  widthWithPlace?: string;
  /** The least room it needs (px): columns that do not fit are hidden, least important first. */
  min: number;
  /** 0 is always shown; higher numbers hide first when the table is narrow. */
  priority: number;
  align?: 'end';
}

/** The jobs table's columns, in order. */
export const jobColumns: readonly JobColumn[] = [
  { id: 'title', label: 'Job', width: 'minmax(200px, 2.6fr)', min: 200, priority: 0 },
  {
    id: 'company',
    label: 'Company',
    width: 'minmax(110px, 1.1fr)',
    widthWithPlace: 'minmax(110px, 1.6fr)',
    min: 110,
    priority: 1,
  },
  { id: 'location', label: 'Location', width: 'minmax(130px, 1.2fr)', min: 130, priority: 3 },
  { id: 'salary', label: 'Salary', width: 'minmax(150px, 1fr)', min: 150, priority: 2, align: 'end' },
  { id: 'status', label: 'Status', width: '108px', min: 108, priority: 1 },
  { id: 'match', label: 'Match', width: '60px', min: 60, priority: 4, align: 'end' },
  { id: 'posted', label: 'Posted', width: '84px', min: 84, priority: 6 },
  { id: 'closes', label: 'Closes', width: '140px', min: 140, priority: 2 },
  { id: 'saved', label: 'Saved', width: '92px', min: 92, priority: 5 },
];

/** Room the select-for-compare column, the gaps and the row padding take (px). */
const FIXED = 40 + 24;
const GAP = 12;

/**
 * The columns that fit `width` px, most important first until one does not fit; shown in their
 * usual order. At 1360 px every column fits; at 1024 px Posted, Saved and Match go.
 */
export function visibleColumns(width: number): JobColumn[] {
  const byPriority = [...jobColumns].sort((a, b) => a.priority - b.priority);
  let used = FIXED;
  const shown = new Set<JobColumn>();
  for (const column of byPriority) {
    const need = column.min + GAP;
    if (column.priority > 0 && used + need > width) break;
    used += need;
    shown.add(column);
  }
  return jobColumns.filter((column) => shown.has(column));
}
