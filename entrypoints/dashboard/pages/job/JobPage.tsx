import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Card } from '@/components/dashboard/Card';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { JobMatchCard } from '@/components/dashboard/JobMatchCard';
import { PayBenefitsCard } from '@/components/dashboard/PayBenefitsCard';
import { PostingDescription } from '@/components/dashboard/PostingDescription';
import { Notice } from '@/components/Notice';
import { SummaryPanel } from '@/components/SummaryPanel';
import type { JobshelfDatabase } from '@/utils/db/database';
import { jobById, notesOf, remindersOf } from '@/utils/db/job-queries';
import { getSettings } from '@/utils/db/settings-repository';
import { safeHttpUrl } from '@/utils/format';
import { sortedHistory } from '@/utils/jobs/history';
import { postingLinks, postingPageUrl } from '@/utils/jobs-view/posting-links';
import { jobMatch } from '@/utils/jobs-view/profile';
import { resolvedPosting } from '@/utils/posting-resolved';
import type { Job } from '@/utils/schema/job';
import { routeHref } from '../../route';
import { JobHeader } from './JobHeader';
import { JobSideColumn } from './JobSideColumn';
import { PostingFields } from './PostingFields';
import { useReread } from './use-reread';
import './job-page.css';

export interface JobPageProps {
  db: JobshelfDatabase;
  jobId: string;
  now: number;
  allTags: string[];
}

/** One saved job: summary, the match explained, every field with its source, and its tracking. */
export function JobPage({ db, jobId, now, allTags }: JobPageProps) {
  // null = looked and not found; undefined = still reading.
  const job = useLiveQuery(async () => (await jobById(db, jobId)) ?? null, [db, jobId]);
  if (job === undefined) return <div className="page-loading" aria-busy="true" />;
  if (job === null) {
    return (
      <EmptyState
        level={1}
        title="This job is no longer saved"
        actions={
          <a className="button button-secondary" href={routeHref({ view: 'jobs' })}>
            Back to all jobs
          </a>
        }
      >
        <p>It may have been deleted, or replaced by an import.</p>
      </EmptyState>
    );
  }
  return <SavedJob db={db} job={job} now={now} allTags={allTags} />;
}

function SavedJob({ db, job, now, allTags }: { db: JobshelfDatabase; job: Job; now: number; allTags: string[] }) {
  // The history travels in the job: no second query.
  const history = useMemo(() => sortedHistory(job.history), [job]);
  const notes = useLiveQuery(() => notesOf(db, job.id), [db, job.id]) ?? [];
  const reminders = useLiveQuery(() => remindersOf(db, job.id), [db, job.id]) ?? [];
  const settings = useLiveQuery(() => getSettings(db), [db]);
  // Against the profile as it is now, so a change in Settings shows at once (the stored one is from saving).
  const match = useMemo(() => (settings ? jobMatch(job, settings.profile) : undefined), [job, settings]);
  const [error, setError] = useState<string | null>(null);
  const postingUrl = safeHttpUrl(postingPageUrl(job));
  const { rereading, result: rereadResult, reread } = useReread(job.id, postingUrl);

  const report = async (write: Promise<string | null>): Promise<boolean> => {
    const problem = await write;
    setError(problem);
    return problem === null;
  };

  return (
    <article className="job-page" data-testid="job-detail">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ view: 'jobs' })}>← All jobs</a>
      </nav>
      <JobHeader
        job={job}
        match={match === undefined ? job.summary?.match : match}
        now={now}
        postingUrl={postingUrl}
        onReread={reread}
        rereading={rereading}
      />
      {rereadResult ? (
        <div data-testid="reread-result">
          <Notice tone={rereadResult.tone} title={rereadResult.title}>
            <p>{rereadResult.body}</p>
          </Notice>
        </div>
      ) : null}
      {error ? (
        <Notice tone="bad" title="That change was not saved">
          <p>{error}</p>
        </Notice>
      ) : null}
      <div className="job-layout">
        <div className="job-main-column">
          {job.summary ? (
            <Card title="Summary" id="summary-heading">
              <SummaryPanel summary={job.summary} maxLines={12} hideMatchAndPay />
            </Card>
          ) : null}
          {job.summary && match !== undefined ? (
            <JobMatchCard
              match={match}
              settingsHref={routeHref({ view: 'settings' })}
              titleSkills={job.summary.skills.filter((skill) => skill.fromTitle).map((skill) => skill.name)}
            />
          ) : null}
          {job.summary || job.posting.salary ? (
            <PayBenefitsCard
              salary={resolvedPosting(job.posting, job.summary).salary}
              salaryFromText={resolvedPosting(job.posting, job.summary).provenance.salary === 'text'}
              compensation={job.summary?.compensation ?? []}
              benefits={job.summary?.benefits ?? []}
            />
          ) : null}
          <Card title="Details" id="details-heading">
            <p className="card-hint muted">
              Each value shows where it came from. Your edits are kept when the posting is read again.
            </p>
            <PostingFields job={job} />
          </Card>
          <Card title="Original description" id="description-heading">
            <PostingDescription html={job.posting.descriptionHtml} text={job.posting.descriptionText} />
          </Card>
        </div>
        <JobSideColumn
          job={job}
          notes={notes}
          reminders={reminders}
          history={history}
          links={postingLinks(job)}
          now={now}
          allTags={allTags}
          report={report}
        />
      </div>
    </article>
  );
}
