import { MatchScoreMeter } from '@/components/MatchScoreMeter';
import { CHECK_KIND_WORD, checkPoints, matchReasonLine, matchTone, reasonBesideChecks } from '@/utils/match-checks';
import type { Match, MatchCheck } from '@/utils/schema/summary';
import { MatchReason } from '../MatchReason';
import './job-match.css';

export interface JobMatchCardProps {
  /** The job's match against the profile as it is now; null when there is nothing to weigh it with. */
  match: Match | null;
  /** Where "Add your skills" and "set your preferences" lead. */
  settingsHref: string;
  /** Skills only the title names: left out of the must-haves, said so here. */
  titleSkills?: readonly string[];
}

const STATUS_WORD: Readonly<Record<MatchCheck['status'], string>> = {
  met: 'Met',
  unmet: 'Not met',
  unknown: 'Unknown',
};
const STATUS_MARK: Readonly<Record<MatchCheck['status'], string>> = { met: '✓', unmet: '✗', unknown: '?' };

/** A skills row says which the user has: the reason line above already counts them and names the missing. */
function detail(check: MatchCheck, match: Match): string {
  const have =
    check.kind === 'skills' ? match.matchedRequired : check.kind === 'niceToHave' ? match.matchedPreferred : null;
  if (!have || check.status === 'unknown') return check.label;
  const count = check.label.replace(/ (must-have|nice-to-have) skills$/, '');
  return have.length ? `${count}: you have ${have.join(', ')}` : `${count}: none of yours`;
}

/**
 * The same match the popup shows, explained: the score, the one-line reason, and how the score is
 * made — each part it weighed, met, not met or unknown, with the points it gave. The page computes it
 * from the profile it reads live, so a change in Settings shows at once.
 */
export function JobMatchCard({ match, settingsHref, titleSkills = [] }: JobMatchCardProps) {
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
  const tone = matchTone(match.score);
  const checks = match.checks ?? [];
  const reason = reasonBesideChecks(matchReasonLine(match), checks);
  return (
    <section className={`card job-match job-match-${tone}`} aria-labelledby="job-match-heading" data-testid="job-match">
      <h2 id="job-match-heading" className="card-title">
        Your match
      </h2>
      <div className="job-match-score">
        <strong data-testid="job-match-score">{Math.round(match.score)}%</strong>
        <MatchScoreMeter score={match.score} label="Match score" />
      </div>
      <MatchReason
        reason={reason}
        missing={match.missingRequired}
        className="job-match-reason"
        testId="job-match-reason"
      />
      {checks.length ? (
        <table className="job-match-checks" data-testid="job-match-checks">
          <caption>How the score is made</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Part</th>
              <th scope="col">Detail</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr
                key={check.kind}
                className={`job-match-check job-match-check-${check.status}`}
                data-kind={check.kind}
                data-status={check.status}
              >
                <td className="job-match-mark">
                  <span aria-hidden="true">{STATUS_MARK[check.status]}</span>
                  <span className="visually-hidden">{STATUS_WORD[check.status]}</span>
                </td>
                <th scope="row" className="job-match-kind">
                  {CHECK_KIND_WORD[check.kind]}
                </th>
                <td className="job-match-label">{detail(check, match)}</td>
                <td className="job-match-points">{checkPoints(check)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="muted job-match-how">
        Must-have skills weigh most, then nice-to-haves and the years asked, then work mode, place and pay. What the
        posting does not say is left out, never counted against you.
      </p>
      {titleSkills.length && checks.some((check) => check.kind === 'skills') ? (
        <p className="muted job-match-how" data-testid="job-match-title-skills">
          Not counted as missing: {titleSkills.join(', ')} (only the job title names{' '}
          {titleSkills.length > 1 ? 'them' : 'it'}).
        </p>
      ) : null}
      <p className="muted job-match-hint">
        <a href={settingsHref}>Change your skills and preferences</a>
      </p>
    </section>
  );
}
