import { formatSalary, formatWorkMode, statusLabel } from '../format';
import type { Job } from '../schema/job';
import { yearlySalary } from '../jobs-view/salary';

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

/** The jobs table as CSV (CRLF line ends, per RFC 4180), one job a row. */
export function jobsToCsv(jobs: readonly Job[]): string {
  const lines = [csvLine(header)];
  for (const job of jobs) {
    const { posting } = job;
    const yearly = yearlySalary(posting.salary);
    lines.push(
      csvLine([
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
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
