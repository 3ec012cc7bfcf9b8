import type { Job } from '@/utils/schema/job';
import { formatSavedAgo, jobStatusLabels, postingFacts, safeHttpUrl } from '@/utils/format';

export interface JobListProps {
  jobs: Job[];
  now: number;
}

/** Saved jobs, in the order given (newest first from the caller). */
export function JobList({ jobs, now }: JobListProps) {
  return (
    <ul className="job-list" data-testid="job-list">
      {jobs.map((job) => {
        const { posting } = job;
        const link = safeHttpUrl(posting.url) ?? safeHttpUrl(job.canonicalUrl);
        return (
          <li key={job.id} className="job-row" data-testid="job-row">
            <div className="job-main">
              <a className="job-title" href={link} target="_blank" rel="noreferrer noopener">
                {posting.title}
              </a>
              <p className="job-company">{posting.company ?? 'Company not stated'}</p>
              <p className="job-facts muted">{postingFacts(posting).join(' · ')}</p>
            </div>
            <div className="job-side">
              <span className={job.status ? 'pill pill-accent' : 'pill'}>
                {job.status ? jobStatusLabels[job.status] : 'Saved'}
              </span>
              <time className="muted job-saved" dateTime={new Date(job.savedAt).toISOString()}>
                {formatSavedAgo(job.savedAt, now)}
              </time>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
