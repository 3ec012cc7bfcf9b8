import { MatchScoreMeter } from './MatchScoreMeter';
import { checksBesideReason, matchReasonLine, matchTone, reasonBesideChecks } from '@/utils/match-checks';
import { MatchReason } from './MatchReason';
import type { Match } from '@/utils/schema/summary';

export interface MatchMeterProps {
  match: Match;
}

const checkMarks = { met: '✓', unmet: '✗', unknown: '?' } as const;
const checkWords = { met: 'met', unmet: 'not met', unknown: 'unknown' } as const;

/** How well the posting fits the user: a score, one line why, and each thing weighed. */
export function MatchMeter({ match }: MatchMeterProps) {
  const tone = matchTone(match.score);
  const checks = checksBesideReason(match.checks, matchReasonLine(match));
  const reason = reasonBesideChecks(matchReasonLine(match), checks);
  return (
    <section className={`match match-${tone}`} aria-label="How well you match" data-testid="match">
      <div className="match-score">
        <strong>{Math.round(match.score)}%</strong> match
        <MatchScoreMeter score={match.score} />
      </div>
      <MatchReason reason={reason} missing={match.missingRequired} className="match-line" testId="match-reason" />
      {checks.length > 0 ? (
        <ul className="match-checks" aria-label="What the match weighed">
          {checks.map((check) => (
            <li
              key={check.kind}
              className={`match-check match-check-${check.status}`}
              data-kind={check.kind}
              data-status={check.status}
            >
              <span className="match-mark" aria-hidden="true">
                {checkMarks[check.status]}
              </span>
              <span className="visually-hidden">{checkWords[check.status]}: </span>
              {check.label}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
