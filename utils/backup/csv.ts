import { formatSalary, formatWorkMode, statusLabel } from '../format';
import type { Job } from '../schema/job';
import { yearlySalary } from '../money/yearly';

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some apps strip)
 * is prefixed with ' so it stays text: a posting's title is untrusted page content.
 */
function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return values.map(csvCell).join(',');
}

const header = [
  'Title',
  'Company',
  'Locations',
  'Work mode',
  'Status',
  'Salary',
  'Salary min',
  'Salary max',
  'Currency',
  'Period',
  'Yearly min',
  'Yearly max',
  'Match %',
  'Posted',
  'Closes',
  'Closing date estimated',
  'Saved',
  'Tags',
  'URL',
];

function jobLine(job: Job): string {
  const { posting } = job;
  const yearly = yearlySalary(posting.salary);
  return csvLine([
    posting.title,
    posting.company,
    posting.locations.join('; '),
    formatWorkMode(posting.workMode),
    statusLabel(job.status),
    // The one salary format ("$300K–$425K/yr"); the numbers follow in their own columns.
    formatSalary(posting.salary),
    posting.salary?.min,
    posting.salary?.max,
    posting.salary?.currency,
    posting.salary?.period,
    yearly?.min,
    yearly?.max,
    job.summary?.match?.score === undefined ? null : Math.round(job.summary.match.score),
    posting.datePosted,
    job.expiresAt,
    job.expiresAt ? (job.expiresEstimated ? 'yes' : 'no') : null,
    new Date(job.savedAt).toISOString(),
    job.tags.join('; '),
    posting.url ?? job.canonicalUrl,
  ]);
}

/**
 * The jobs table as CSV (CRLF line ends, per RFC 4180), one job a row. A job that cannot be
 * written (a damaged record) is left out and named in `skipped`, never the whole export.
 */
export function exportJobsCsv(jobs: readonly Job[]): { csv: string; skipped: string[] } {
  const lines = [csvLine(header)];
  const skipped: string[] = [];
  for (const job of jobs) {
    try {
      lines.push(jobLine(job));
    } catch (error) {
      skipped.push(
        `${String(job.posting?.title ?? job.id).slice(0, 80)} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return { csv: lines.join('\r\n') + '\r\n', skipped };
}

/** The jobs table as CSV; damaged records left out (see `exportJobsCsv`). */
export function jobsToCsv(jobs: readonly Job[]): string {
  return exportJobsCsv(jobs).csv;
}
