import { useId, useState } from 'react';
import { MoreToggle } from './MoreToggle';

export interface MatchReasonProps {
  /** The one-line reason: "2 of 10 must-have skills; missing: SQL, Go, Rust +5; not your work mode". */
  reason: string;
  /** Every missing must-have, in the order the reason names them. */
  missing: readonly string[];
  className: string;
  testId: string;
}

/** "missing: A, B, C +5": the part the line leaves out, and how many that is. */
const LEFT_OUT = /(missing: [^;]*?) \+(\d+)(?=;|$)/;

/**
 * The match's one-line reason. When it names only the first missing skills ("+5"), that "+5" is a
 * button that shows the rest in place, so no skill the job asks for is out of reach.
 */
export function MatchReason({ reason, missing, className, testId }: MatchReasonProps) {
  const [open, setOpen] = useState(false);
  const restId = useId();
  const found = LEFT_OUT.exec(reason);
  const count = found ? Number(found[2]) : 0;
  if (!found || count === 0 || count > missing.length) {
    return (
      <p className={className} data-testid={testId}>
        {reason}
      </p>
    );
  }
  const rest = missing.slice(missing.length - count);
  const before = reason.slice(0, found.index + (found[1] ?? '').length);
  const after = reason.slice(found.index + found[0].length);
  return (
    <p className={className} data-testid={testId}>
      {before}
      <span id={restId}>{open ? `, ${rest.join(', ')}` : null}</span>{' '}
      <MoreToggle
        open={open}
        onToggle={() => setOpen(!open)}
        controls={restId}
        more={count}
        what="missing skills"
        className="inline-more"
        testId="match-more"
      />
      {after}
    </p>
  );
}
