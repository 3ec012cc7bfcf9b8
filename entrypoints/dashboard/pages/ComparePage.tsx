import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CompareTable } from '@/components/dashboard/CompareTable';
import { commonCurrency, type MoneySettings } from '@/utils/jobs-view/currency';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { ImportBackupLink } from '../ImportBackupLink';
import type { JobshelfDatabase } from '@/utils/db/database';
import { jobsByIds } from '@/utils/db/job-queries';
import type { JobView } from '@/utils/jobs-view/job-view';
import { flattenProfile, jobMatch } from '@/utils/jobs-view/profile';
import type { Job } from '@/utils/schema/job';
import type { Profile } from '@/utils/schema/summary';
import { MAX_COMPARE, routeHref } from '../route';
import { navigate } from '../use-route';

export interface ComparePageProps {
  db: JobshelfDatabase;
  ids: string[];
  jobs: JobView[] | undefined;
  profile: Profile | null;
  /** Salaries are compared in the user's currency, as in the jobs table. */
  money: MoneySettings;
}

export function ComparePage({ db, ids, jobs, profile, money }: ComparePageProps) {
  const home = useMemo(() => money.currency ?? commonCurrency(jobs ?? []), [money.currency, jobs]);
  const loaded = useLiveQuery(() => jobsByIds(db, ids), [db, ids.join(',')]);
  const [query, setQuery] = useState('');
  const flat = useMemo(() => flattenProfile(profile), [profile]);
  const compared = (loaded ?? []).filter((job): job is Job => !!job);
  const have = useMemo(() => new Set((flat?.skills ?? []).map((skill) => skill.toLowerCase())), [flat]);
  const matchById = useMemo(() => new Map(compared.map((job) => [job.id, jobMatch(job, flat)])), [compared, flat]);

  const candidates = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const chosen = new Set(ids);
    return (jobs ?? [])
      .filter(
        (job) => !chosen.has(job.id) && words.every((word) => `${job.sortTitle} ${job.sortCompany}`.includes(word)),
      )
      .slice(0, 8);
  }, [jobs, query, ids]);

  const setIds = (next: string[]) => navigate({ view: 'compare', ids: next.slice(0, MAX_COMPARE) });

  if (loaded === undefined) return <div className="page-loading" aria-busy="true" />;

  return (
    <div className="compare-page">
      <h1 className="page-title">Compare</h1>
      {compared.length >= 2 ? (
        <CompareTable
          jobs={compared}
          money={{ currency: home, rates: money.rates }}
          have={have}
          matchById={matchById}
          now={Date.now()}
          hrefOf={(id) => routeHref({ view: 'job', id })}
          onRemove={(id) => setIds(ids.filter((item) => item !== id))}
        />
      ) : (
        <EmptyState
          title={compared.length === 1 ? 'Add one more job to compare' : 'Pick 2 to 4 jobs to compare'}
          actions={jobs?.length === 0 ? <ImportBackupLink /> : undefined}
        >
          {/* With nothing saved there is nothing to add here: say what comes first. */}
          {jobs?.length === 0 ? (
            <p>Save a few job postings first, then tick 2 to 4 of them in the jobs table and press Compare.</p>
          ) : (
            <p>
              Tick jobs in the <a href={routeHref({ view: 'jobs' })}>jobs table</a> and press Compare, or add them here.
            </p>
          )}
        </EmptyState>
      )}
      {ids.length < MAX_COMPARE && (jobs?.length ?? 0) > 0 ? (
        <section className="compare-picker card" aria-labelledby="picker-heading">
          <h2 id="picker-heading" className="card-title">
            Add a job {compared.length > 0 ? `(${compared.length} of ${MAX_COMPARE})` : ''}
          </h2>
          <label htmlFor="compare-search" className="visually-hidden">
            Find a job to add
          </label>
          <input
            id="compare-search"
            type="search"
            value={query}
            placeholder="Find by title or company…"
            onChange={(event) => setQuery(event.target.value)}
          />
          <ul className="picker-results">
            {candidates.map((job) => (
              <li key={job.id}>
                <span>
                  <strong>{job.title}</strong> <span className="muted">{job.company ?? ''}</span>
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setIds([...ids, job.id])}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
