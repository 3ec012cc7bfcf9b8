import { SAVED_LABEL, formatDateLong, jobStatusLabels } from '@/utils/format';
import type { HistoryEntry } from '@/utils/schema/job';

export interface StatusHistoryProps {
  /** Oldest first. */
  events: readonly HistoryEntry[];
}

function describe(event: HistoryEntry): string {
  switch (event.type) {
    case 'saved':
      return 'Saved';
    case 'status':
      return event.status ? jobStatusLabels[event.status] : `Back to ${SAVED_LABEL}`;
    case 'merged':
      return 'Saved again from another page';
    case 'closed':
      return 'Posting closed';
    case 'updated':
      return event.detail ?? 'Updated from the page';
  }
}

/** The application journey: every status change with its time. */
export function StatusHistory({ events }: StatusHistoryProps) {
  const shown = events.filter((event) => event.type !== 'updated' || event.detail);
  if (shown.length === 0) return null;
  return (
    <ol className="status-history" data-testid="status-history" aria-label="History">
      {shown.map((event) => (
        <li key={event.id} className={`history-${event.type}`}>
          <span className="history-what">{describe(event)}</span>
          <time className="muted" dateTime={new Date(event.at).toISOString()}>
            {formatDateLong(event.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
