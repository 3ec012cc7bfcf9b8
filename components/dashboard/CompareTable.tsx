import type { ReactNode } from 'react';
import { describeClosing, formatLocations, formatSalary, formatWorkMode } from '@/utils/format';
import { stageOf } from '@/utils/jobs-view/job-view';
import { toHome } from '@/utils/jobs-view/currency';
import { formatYearly } from '@/utils/money/format';
import { yearlySalary } from '@/utils/money/yearly';
import { resolvedPosting } from '@/utils/posting-resolved';
import type { Job } from '@/utils/schema/job';
import type { Salary } from '@/utils/schema/posting';
import type { Match } from '@/utils/schema/summary';
import { matchReasonLine } from '@/utils/match-checks';
import { payLinesBesideSalary, yearsText } from '@/utils/summary-view';
import { StagePill, stageLabels } from './StagePill';
import './compare.css';

export interface CompareTableProps {
  jobs: Job[];
  /** Salaries in this currency at these rates (the jobs table's), so the best is like with like. */
  money?: { currency: string; rates: Readonly<Record<string, number>> };
  /** The user's skills, lowercased canonical names. */
  have: ReadonlySet<string>;
  /** Each job's match against the profile as it is now (null: no profile, or nothing to weigh). */
  matchById: ReadonlyMap<string, Match | null>;
  now: number;
  hrefOf: (id: string) => string;
  onRemove: (id: string) => void;
}

interface CompareRow {
  label: string;
  /** Plain text per job: rows whose texts differ are marked. */
  texts: string[];
  cells: ReactNode[];
  /** Index of the job that is best on this row, if any. */
  best?: number | null;
}

function bestIndex(values: Array<number | null>, prefer: 'max' | 'min'): number | null {
  let best: number | null = null;
  values.forEach((value, index) => {
    if (value === null) return;
    const current = best === null ? null : values[best]!;
    if (current === null || current === undefined || (prefer === 'max' ? value > current : value < current))
      best = index;
  });
  // One value, or all equal, is no winner.
  const defined = values.filter((value) => value !== null);
  return defined.length > 1 && new Set(defined).size > 1 ? best : null;
}

/** The salary as a row shows it: its own words, else its one format; null when there is none. */
const salaryWords = (salary: Salary | null): string | null => salary?.text || formatSalary(salary);

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <span className="muted">Not stated</span>;
  return (
    <ul className="compare-lines">
      {lines.slice(0, 6).map((line, index) => (
        <li key={index}>{line}</li>
      ))}
      {lines.length > 6 ? <li className="muted">+{lines.length - 6} more</li> : null}
    </ul>
  );
}

/** Jobs side by side; rows that differ are marked, the best value on a row stands out. */
export function CompareTable({ jobs, money, have, matchById, now, hrefOf, onRemove }: CompareTableProps) {
  // The work mode and salary every view shows and weighs: the posting's own, else the ones read from its text.
  const resolved = jobs.map((job) => resolvedPosting(job.posting, job.summary));
  const salaries = resolved.map((posting) => posting.salary);
  const posted = salaries.map(yearlySalary);
  // In the user's currency where there is a rate; as posted (and not compared) where there is none.
  const yearly = posted.map((value) =>
    value && money ? (toHome(value, money.currency, money.rates) ?? value) : value,
  );
  // What the pay paragraphs add to the salary row above it (pay zone, bonus, equity).
  const pay = jobs.map((job, index) =>
    payLinesBesideSalary(job.summary?.compensation, salaryWords(salaries[index] ?? null)),
  );
  const scores = jobs.map((job) => {
    const match = matchById.get(job.id);
    return match ? Math.round(match.score) : null;
  });
  const currencies = new Set(yearly.filter(Boolean).map((value) => value!.currency));
  const rows: CompareRow[] = [
    {
      label: 'Salary per year',
      texts: yearly.map((value) => formatYearly(value)),
      cells: yearly.map((value, index) =>
        value ? (
          <span
            title={
              posted[index] && posted[index]!.currency !== value.currency
                ? `Posted as ${formatYearly(posted[index]!)}`
                : undefined
            }
          >
            {posted[index] && posted[index]!.currency !== value.currency ? '≈ ' : ''}
            {formatYearly(value)}
          </span>
        ) : (
          <span className="muted">{salaries[index]?.text || 'Not stated'}</span>
        ),
      ),
      // Amounts in different currencies are not compared.
      best:
        currencies.size === 1
          ? bestIndex(
              yearly.map((value) => value?.max ?? null),
              'max',
            )
          : null,
    },
    {
      label: 'Match',
      texts: scores.map((score) => String(score ?? '')),
      cells: jobs.map((job, index) => {
        const match = matchById.get(job.id);
        if (!match) return <span className="muted">Add your skills in Settings</span>;
        // The score and its one line why, as on the job page.
        return (
          <>
            <strong>{scores[index]}%</strong>
            <p className="compare-reason">{matchReasonLine(match)}</p>
          </>
        );
      }),
      best: bestIndex(scores, 'max'),
    },
    {
      label: 'Location',
      texts: jobs.map((job) => job.posting.locations.join('|')),
      cells: jobs.map((job) => formatLocations(job.posting.locations, 3) ?? <span className="muted">Not stated</span>),
    },
    {
      label: 'Work mode',
      texts: resolved.map((posting) => posting.workMode ?? ''),
      cells: resolved.map((posting) => formatWorkMode(posting.workMode) ?? <span className="muted">Not stated</span>),
    },
    {
      label: 'Experience',
      texts: jobs.map((job) => JSON.stringify(job.summary?.yearsExperience ?? null)),
      cells: jobs.map((job) => {
        const years = job.summary?.yearsExperience;
        return years ? yearsText(years) : <span className="muted">Not stated</span>;
      }),
      best: bestIndex(
        jobs.map((job) => job.summary?.yearsExperience?.min ?? null),
        'min',
      ),
    },
    {
      label: 'Skills',
      texts: jobs.map((job) => (job.summary?.skills ?? []).map((skill) => skill.name).join('|')),
      cells: jobs.map((job) => {
        const skills = (job.summary?.skills ?? []).slice(0, 14);
        if (skills.length === 0) return <span className="muted">None found</span>;
        // How many must-haves the user has is in the Match row's reason: here, which. As the match
        // counts them, a must-have only the title names is not one the user can miss.
        return (
          <>
            <ul className="compare-skills">
              {skills.map((skill) => {
                const mine = have.has(skill.name.toLowerCase());
                const marked = have.size > 0 && (mine || !skill.fromTitle);
                return (
                  <li
                    key={skill.name}
                    className={`skill ${marked ? (mine ? 'skill-have' : 'skill-missing') : ''}${skill.required ? ' skill-required' : ''}`}
                    title={`${skill.required ? 'Must-have' : 'Nice to have'}${marked ? (mine ? ' — you have it' : ' — not in your skills') : skill.fromTitle ? ' (named only by the title: not counted)' : ''}`}
                  >
                    {marked ? <span aria-hidden="true">{mine ? '✓ ' : '✗ '}</span> : null}
                    {skill.name}
                    <span className="visually-hidden">{marked ? (mine ? ' (you have it)' : ' (missing)') : ''}</span>
                  </li>
                );
              })}
            </ul>
          </>
        );
      }),
    },
    {
      label: 'Must-haves',
      texts: jobs.map((job) => (job.summary?.requirements ?? []).join('|')),
      cells: jobs.map((job) => <Lines lines={job.summary?.requirements ?? []} />),
    },
    {
      label: 'Pay details',
      texts: pay.map((lines) => lines.join('|')),
      cells: pay.map((lines) => <Lines lines={lines} />),
    },
    {
      label: 'Benefits',
      texts: jobs.map((job) => (job.summary?.benefits ?? []).join('|')),
      cells: jobs.map((job) => <Lines lines={job.summary?.benefits ?? []} />),
    },
    {
      label: 'Closes',
      texts: jobs.map((job) => job.expiresAt ?? ''),
      cells: jobs.map((job) => {
        const note = describeClosing(job, now);
        if (!note) return <span className="muted">Not stated</span>;
        return (
          <span
            className={note.tone === 'soon' ? 'closes-soon' : note.tone === 'maybe' ? 'closes-maybe' : undefined}
            title={note.title}
          >
            {note.text}
          </span>
        );
      }),
    },
    {
      label: 'Status',
      texts: jobs.map((job) => stageLabels[stageOf(job.status)]),
      cells: jobs.map((job) => <StagePill stage={stageOf(job.status)} />),
    },
  ];

  return (
    <div className="compare-scroll">
      <table className="compare-table" data-testid="compare-table">
        <caption className="visually-hidden">The jobs side by side; rows that differ are marked.</caption>
        <thead>
          <tr>
            <td />
            {jobs.map((job) => (
              <th key={job.id} scope="col">
                <a href={hrefOf(job.id)} className="compare-title">
                  {job.posting.title}
                </a>
                <span className="compare-company">{job.posting.company ?? 'Company not stated'}</span>
                <button
                  type="button"
                  className="button-icon compare-remove"
                  aria-label={`Remove ${job.posting.title} from the comparison`}
                  onClick={() => onRemove(job.id)}
                >
                  ×
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const differs = new Set(row.texts).size > 1;
            return (
              <tr key={row.label} className={differs ? 'row-differs' : undefined}>
                <th scope="row">
                  {row.label}
                  {differs ? <span className="differs-mark">differs</span> : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={jobs[index]!.id} className={row.best === index ? 'cell-best' : undefined}>
                    {cell}
                    {row.best === index ? <span className="best-mark">best</span> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
