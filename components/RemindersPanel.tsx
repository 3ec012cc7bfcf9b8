import { useState } from 'react';
import { formatDateLong } from '@/utils/format';
import { reminderPresets } from '@/utils/reminders/presets';
import type { Reminder } from '@/utils/schema/job';

export interface RemindersPanelProps {
  /** Pending first, soonest first. */
  reminders: Reminder[];
  now: number;
  onAdd: (dueAt: number) => void;
  onSnooze: (reminderId: string, until: number) => void;
  onComplete: (reminderId: string) => void;
  onDelete: (reminderId: string) => void;
}

/** `<input type="datetime-local">` value for a moment, in local time. */
function toLocalInput(timestamp: number): string {
  const date = new Date(timestamp - new Date(timestamp).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

/** Follow-up reminders: presets, a custom date and time, snooze and done. */
export function RemindersPanel({ reminders, now, onAdd, onSnooze, onComplete, onDelete }: RemindersPanelProps) {
  const [custom, setCustom] = useState<string | null>(null);
  const presets = reminderPresets(now);
  const pending = reminders.filter((reminder) => reminder.state === 'pending');

  return (
    <div className="reminders-panel">
      {pending.length > 0 ? (
        <ul className="reminders" data-testid="reminders">
          {pending.map((reminder) => (
            <li key={reminder.id} className={reminder.dueAt <= now ? 'reminder reminder-due' : 'reminder'}>
              <div>
                <time dateTime={new Date(reminder.dueAt).toISOString()}>{formatDateLong(reminder.dueAt)}</time>
                <span className="muted reminder-text">{reminder.text}</span>
              </div>
              <div className="reminder-actions">
                <button type="button" className="link-button" onClick={() => onComplete(reminder.id)}>
                  Done
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSnooze(reminder.id, Math.max(reminder.dueAt, now) + 86_400_000)}
                >
                  Snooze 1 day
                </button>
                <button type="button" className="link-button link-danger" onClick={() => onDelete(reminder.id)}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="reminder-presets" role="group" aria-label="Remind me">
        <span className="muted">Remind me:</span>
        {presets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="button button-secondary button-small"
            onClick={() => onAdd(preset.at)}
          >
            {preset.label}
          </button>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setCustom(custom === null ? toLocalInput(presets[0]!.at) : null)}
        >
          Pick…
        </button>
      </div>
      {custom !== null ? (
        <div className="reminder-custom">
          <label htmlFor="reminder-at">Date and time</label>
          <input
            id="reminder-at"
            type="datetime-local"
            value={custom}
            min={toLocalInput(now)}
            onChange={(event) => setCustom(event.target.value)}
          />
          <button
            type="button"
            className="button button-primary button-small"
            disabled={!custom || new Date(custom).getTime() <= now}
            onClick={() => {
              onAdd(new Date(custom).getTime());
              setCustom(null);
            }}
          >
            Set reminder
          </button>
        </div>
      ) : null}
    </div>
  );
}
