import { useMemo } from 'react';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { ImportBackupLink } from '../ImportBackupLink';
import { FunnelChart } from '@/components/dashboard/FunnelChart';
import { StageTimeChart } from '@/components/dashboard/StageTimeChart';
import { WeeklyChart } from '@/components/dashboard/WeeklyChart';
import '@/components/dashboard/charts.css';
import { statusChanges } from '@/utils/jobs/history';
import { applicationsPerWeek, funnel, responseRate, timeInStages } from '@/utils/insights/insights';
import type { JobView } from '@/utils/jobs-view/job-view';

export interface InsightsPageProps {
  jobs: JobView[] | undefined;
  now: number;
}

export function InsightsPage({ jobs, now }: InsightsPageProps) {
  const insights = useMemo(() => {
    if (!jobs) return null;
    const events = statusChanges(jobs);
    return {
      funnel: funnel(jobs, events),
      weeks: applicationsPerWeek(events, now, 12),
      response: responseRate(jobs, events),
      stages: timeInStages(jobs, events),
    };
  }, [jobs, now]);

  if (!insights) return <div className="page-loading" aria-busy="true" />;
  if (jobs?.length === 0) {
    return (
      <EmptyState level={1} title="Nothing to chart yet" actions={<ImportBackupLink />}>
        <p>
          Save jobs and move them along on the board: your funnel, weekly applications and response rate appear here.
        </p>
      </EmptyState>
    );
  }
  const appliedThisWeek = insights.weeks.at(-1)?.count ?? 0;
  const active =
    jobs?.filter((job) => job.status === 'applied' || job.status === 'interview' || job.status === 'offer').length ?? 0;

  return (
    <div className="insights-page" data-testid="insights">
      <h1 className="page-title">Insights</h1>
      <dl className="stat-tiles">
        <div className="stat-tile">
          <dt>Applications</dt>
          <dd>
            {insights.response.applied.toLocaleString('en')}
            <span className="stat-note">{appliedThisWeek} this week</span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>Response rate</dt>
          <dd data-testid="response-rate">
            {insights.response.rate === null ? '—' : `${Math.round(insights.response.rate * 100)}%`}
            <span className="stat-note">
              {insights.response.responded.toLocaleString('en')} of {insights.response.applied.toLocaleString('en')}{' '}
              heard back
            </span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>In progress</dt>
          <dd>
            {active.toLocaleString('en')}
            <span className="stat-note">applied, interviewing or with an offer</span>
          </dd>
        </div>
      </dl>
      <div className="insights-grid">
        <section className="card" aria-labelledby="funnel-heading">
          <h2 id="funnel-heading" className="card-title">
            Funnel
          </h2>
          <p className="card-hint muted">How many jobs reached each step, and the share of the step before.</p>
          <FunnelChart steps={insights.funnel} />
        </section>
        <section className="card" aria-labelledby="weeks-heading">
          <h2 id="weeks-heading" className="card-title">
            Applications per week
          </h2>
          <p className="card-hint muted">The last 12 weeks, by the day you marked each job Applied.</p>
          <WeeklyChart weeks={insights.weeks} />
        </section>
        <section className="card" aria-labelledby="stages-heading">
          <h2 id="stages-heading" className="card-title">
            Time in each stage
          </h2>
          <p className="card-hint muted">Median days before a job moved on (number of jobs after the dot).</p>
          {insights.stages.length > 0 ? (
            <StageTimeChart times={insights.stages} />
          ) : (
            <p className="muted">Move a few jobs along on the board to see how long each stage takes.</p>
          )}
        </section>
      </div>
    </div>
  );
}
