import type { Match } from '@/utils/schema/summary';

export interface MatchMeterProps {
  match: Match;
}

/** How well the posting fits the user's skills: a score and what is missing. */
export function MatchMeter({ match }: MatchMeterProps) {
  const tone = match.score >= 70 ? 'good' : match.score >= 40 ? 'warn' : 'bad';
  return (
    <section className={`match match-${tone}`} aria-label="How well you match" data-testid="match">
      <div className="match-score">
        <strong>{Math.round(match.score)}%</strong> match
        <meter min={0} max={100} low={40} high={70} optimum={100} value={match.score} aria-hidden="true" />
      </div>
      {match.matchedRequired.length > 0 ? (
        <p className="match-line">
          <span className="muted">You have:</span> {match.matchedRequired.join(', ')}
        </p>
      ) : null}
      {match.missingRequired.length > 0 ? (
        <p className="match-line">
          <span className="muted">Missing must-haves:</span> {match.missingRequired.join(', ')}
        </p>
      ) : null}
    </section>
  );
}
