import { MATCH_FAIR, MATCH_GOOD } from '@/utils/match-checks';

export interface MatchScoreMeterProps {
  score: number;
  /** Its name for assistive technology; without one the meter is hidden from it (the score is written beside it). */
  label?: string;
}

/** A match score's bar, marked where a match turns fair and good (the same marks as its tone). */
export function MatchScoreMeter({ score, label }: MatchScoreMeterProps) {
  return (
    <meter
      min={0}
      max={100}
      low={MATCH_FAIR}
      high={MATCH_GOOD}
      optimum={100}
      value={score}
      {...(label ? { 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}
