import type { SortKey } from './sort';

export interface JobColumn {
  id: SortKey;
  label: string;
  /** Grid track for the table's CSS grid. */
  width: string;
  align?: 'end';
}

/** The jobs table's columns, in order. */
export const jobColumns: readonly JobColumn[] = [
  { id: 'title', label: 'Job', width: 'minmax(200px, 2fr)' },
  { id: 'company', label: 'Company', width: 'minmax(120px, 1.1fr)' },
  { id: 'location', label: 'Location', width: 'minmax(150px, 1.4fr)' },
  { id: 'salary', label: 'Salary / yr', width: 'minmax(150px, 1fr)', align: 'end' },
  { id: 'status', label: 'Status', width: '112px' },
  { id: 'match', label: 'Match', width: '60px', align: 'end' },
  { id: 'posted', label: 'Posted', width: '96px' },
  { id: 'closes', label: 'Closes', width: '118px' },
  { id: 'saved', label: 'Saved', width: '96px' },
];
