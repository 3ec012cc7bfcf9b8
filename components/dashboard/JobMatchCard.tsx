import { checksBesideReason, matchReasonLine, reasonBesideChecks } from '@/utils/match-checks';
import type { Match, MatchCheck } from '@/utils/schema/summary';
import { MatchReason } from '../MatchReason';
import './job-match.css';

export interface JobMatchCardProps {
  /** The job's match against the profile as it is now; null when there is nothing to weigh it with. */
  match: Match | null;
  /** Where "Add your skills" and "set your preferences" lead. */
  settingsHref: string;
}

const STATUS_WORD: Readonly<Record<MatchCheck['status'], string>> = {
  met: 'Met',
  unmet: 'Not met',
  unknown: 'Unknown',
};
const STATUS_MARK: Readonly<Record<MatchCheck['status'], string>> = { met: '✓', unmet: '✗', unknown: '?' };
const KIND_WORD: Readonly<Record<MatchCheck['kind'], string>> = {
  skills: 'Skills',
  years: 'Experience',
  workMode: 'Work mode',
  location: 'Location',
  salary: 'Pay',
};

/**
 * The same match the popup shows, explained: the score, the one-line reason, and each other thing
 * it weighed as met, not met or unknown. The page computes it from the profile it reads live, so a
 * change in Settings shows at once.
 */
export function JobMatchCard({ match, settingsHref }: JobMatchCardProps) {
  if (!match) {
    return (
      <section className="card job-match" aria-labelledby="job-match-heading" data-testid="job-match">
        <h2 id="job-match-heading" className="card-title">
          Your match
        </h2>
        <p className="muted">
          <a href={settingsHref}>Add your skills</a> to see how well this job fits you.
        </p>
      </section>
    );
  }
  const tone = match.score >= 70 ? 'good' : match.score >= 40 ? 'warn' : 'bad';
  const checks = checksBesideReason(match.checks, matchReasonLine(match));
  const reason = reasonBesideChecks(matchReasonLine(match), checks);
  return (
    <section className={`card job-match job-match-${tone}`} aria-labelledby="job-match-heading" data-testid="job-match">
      <h2 id="job-match-heading" className="card-title">
        Your match
      </h2>
      <div className="job-match-score">
        <strong data-testid="job-match-score">{Math.round(match.score)}%</strong>
        <meter min={0} max={100} low={40} high={70} optimum={100} value={match.score} aria-label="Match score" />
      </div>
      <MatchReason
        reason={reason}
        missing={match.missingRequired}
        className="job-match-reason"
        testId="job-match-reason"
      />
      {checks.length ? (
        <ul className="job-match-checks" aria-label="What the match weighed">
          {checks.map((check) => (
            <li
              key={check.kind}
              className={`job-match-check job-match-check-${check.status}`}
              data-kind={check.kind}
              data-status={check.status}
              aria-label={`${KIND_WORD[check.kind]}: ${check.label}. ${STATUS_WORD[check.status]}.`}
            >
              <span className="job-match-mark" aria-hidden="true">
                {STATUS_MARK[check.status]}
              </span>
              <span className="job-match-kind">{KIND_WORD[check.kind]}</span>
              <span className="job-match-label">{check.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {match.matchedRequired.length ? (
        <p className="job-match-line">
          <span className="muted">You have:</span> {match.matchedRequired.join(', ')}
        </p>
      ) : null}
      <p className="muted job-match-hint">
        <a href={settingsHref}>Change your skills and preferences</a>
      </p>
    </section>
  );
}
