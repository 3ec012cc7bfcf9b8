import { StagePill } from '@/components/dashboard/StagePill';
import { ExpiryNote } from '@/components/ExpiryNote';
import { formatSavedAgo, safeHttpUrl } from '@/utils/format';
import { matchTone } from '@/utils/match-checks';
import { stageOf } from '@/utils/jobs-view/job-view';
import { postingChips } from '@/utils/posting-chips';
import { resolvedPosting } from '@/utils/posting-resolved';
import type { Job } from '@/utils/schema/job';
import type { Match } from '@/utils/schema/summary';

export interface JobHeaderProps {
  job: Job;
  /** The match against the profile as it is now (the one stored at saving until settings load). */
  match: Match | null | undefined;
  now: number;
  /** The posting's own page, when it has one. */
  postingUrl: string | undefined;
  /** Reads the posting again (absent without a page to read). */
  onReread: (() => void) | undefined;
  rereading: boolean;
}

/** The job's title, company and key facts, with Open posting, Re-read and Apply. */
export function JobHeader({ job, match, now, postingUrl, onReread, rereading }: JobHeaderProps) {
  const { posting } = job;
  const applyUrl = safeHttpUrl(posting.applyUrl);
  return (
    <header className="job-header card">
      <div className="job-header-main">
        <h1 data-testid="detail-title">{posting.title}</h1>
        <p className="job-header-company">{posting.company ?? 'Company not stated'}</p>
        <p className="job-header-facts">
          <StagePill stage={stageOf(job.status)} />
          {/* The popup's facts, worded the same (closing is the ExpiryNote below, with its Re-read). */}
          {postingChips(resolvedPosting(posting, job.summary), null, now).map((chip) => (
            <span key={chip.field} className="pill" title={chip.title} data-field={chip.field}>
              {chip.text}
            </span>
          ))}
          {match ? (
            <span className={`pill pill-${matchTone(match.score)}`} data-testid="detail-match">
              {Math.round(match.score)}% match
            </span>
          ) : null}
          <ExpiryNote
            expiresAt={job.expiresAt}
            estimated={job.expiresEstimated}
            closed={job.closedAt !== null}
            now={now}
            onRecheck={onReread}
            rechecking={rereading}
          />
          <span className="muted">Saved {formatSavedAgo(job.savedAt, now)}</span>
        </p>
      </div>
      <div className="job-header-actions">
        {postingUrl ? (
          <a className="button button-secondary" href={postingUrl} target="_blank" rel="noopener noreferrer">
            Open posting ↗
          </a>
        ) : null}
        {onReread ? (
          <button
            type="button"
            className="button button-secondary"
            data-testid="reread"
            disabled={rereading}
            aria-busy={rereading}
            onClick={onReread}
          >
            {rereading ? 'Reading the page…' : 'Re-read from page'}
          </button>
        ) : null}
        {applyUrl ? (
          <a className="button button-primary" href={applyUrl} target="_blank" rel="noopener noreferrer">
            Apply ↗
          </a>
        ) : null}
      </div>
    </header>
  );
}
