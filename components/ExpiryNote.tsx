import { describeClosing } from '@/utils/format';

export interface ExpiryNoteProps {
  expiresAt: string | null;
  estimated: boolean;
  closed: boolean;
  now: number;
  /** Past an estimate the job "may have closed": offer to read the posting again. */
  onRecheck?: () => void;
  rechecking?: boolean;
}

const tones = { closed: 'pill-bad', maybe: 'pill-warn', soon: 'pill-warn', open: '' } as const;

/** "Closes in 3 days", "Closes ~Dec 25 (estimated)", "May have closed — check" (with Re-read), "Closed". */
export function ExpiryNote({ expiresAt, estimated, closed, now, onRecheck, rechecking }: ExpiryNoteProps) {
  const note = describeClosing({ expiresAt, expiresEstimated: estimated, closedAt: closed ? 0 : null }, now);
  if (!note) return null;
  return (
    <>
      <span className={`pill ${tones[note.tone]}`} title={note.title} data-testid="expiry">
        {note.text}
      </span>
      {note.tone === 'maybe' && onRecheck ? (
        <button
          type="button"
          className="link-button"
          onClick={onRecheck}
          disabled={rechecking}
          data-testid="expiry-recheck"
        >
          {rechecking ? 'Reading…' : 'Re-read'}
        </button>
      ) : null}
    </>
  );
}
