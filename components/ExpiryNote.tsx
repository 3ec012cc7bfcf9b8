import { daysUntil } from '@/utils/reminders/days-until';
import { formatDay } from '@/utils/format';

export interface ExpiryNoteProps {
  expiresAt: string | null;
  estimated: boolean;
  closed: boolean;
  now: number;
}

/** "Closes in 3 days", "Closed", with "(estimate)" when no date was stated. */
export function ExpiryNote({ expiresAt, estimated, closed, now }: ExpiryNoteProps) {
  if (closed) return <span className="pill pill-bad">Closed</span>;
  if (!expiresAt) return null;
  const days = daysUntil(expiresAt, now);
  const when =
    days < 0 ? `Closed ${formatDay(expiresAt)}` : days === 0 ? 'Closes today' : days === 1 ? 'Closes tomorrow' : `Closes in ${days} days`;
  const tone = days < 0 ? 'pill-bad' : days <= 3 ? 'pill-warn' : '';
  return (
    <span className={`pill ${tone}`} title={`${formatDay(expiresAt)}${estimated ? ' — estimated from the posting date' : ''}`} data-testid="expiry">
      {when}
      {estimated ? ' (estimate)' : ''}
    </span>
  );
}
