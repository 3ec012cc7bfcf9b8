import { useState, type FormEvent } from 'react';
import { Card } from '@/components/dashboard/Card';
import { LeadTimeChips } from '@/components/dashboard/LeadTimeChips';
import type { Settings } from '@/utils/schema/settings';
import type { SaveSettings } from './settings-message';

function LeadTimesField({ initial }: { initial: readonly number[] }) {
  const [days, setDays] = useState<number[]>([...initial]);
  return (
    <div className="settings-field">
      <span className="settings-label" id="lead-times-label">
        Remind me before a posting closes
      </span>
      <LeadTimeChips value={days} onChange={setDays} />
      {days.map((day) => (
        <input key={day} type="hidden" name="leadDays" value={day} />
      ))}
    </div>
  );
}

export function RemindersCard({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const leadDays = form.getAll('leadDays').map(Number);
    void save(
      {
        expiryLeadDays: [...new Set(leadDays)].sort((a, b) => b - a),
        notifyHour: Number(form.get('notifyHour')),
        estimatedLifetimeDays: Number(form.get('lifetime')),
        suggestFollowUp: form.get('suggestFollowUp') === 'on',
        followUpDays: Number(form.get('followUpDays')),
      },
      'Reminder settings',
    );
  };
  return (
    <Card
      id="reminders-heading"
      title="Reminders"
      description="When Jobshelf reminds you of a closing posting and suggests following up."
      className="settings-card"
    >
      <form
        className="settings-form"
        onSubmit={onSubmit}
        key={JSON.stringify([
          settings.expiryLeadDays,
          settings.notifyHour,
          settings.estimatedLifetimeDays,
          settings.suggestFollowUp,
          settings.followUpDays,
        ])}
      >
        <LeadTimesField initial={settings.expiryLeadDays} />
        <label>
          Send reminders at
          <select name="notifyHour" defaultValue={settings.notifyHour}>
            {Array.from({ length: 24 }, (_, hour) => (
              <option key={hour} value={hour}>
                {String(hour).padStart(2, '0')}:00
              </option>
            ))}
          </select>
        </label>
        <label>
          With no closing date, assume a posting stays open for (days)
          <input name="lifetime" type="number" min={1} max={365} defaultValue={settings.estimatedLifetimeDays} />
        </label>
        <label className="check">
          <input name="suggestFollowUp" type="checkbox" defaultChecked={settings.suggestFollowUp} />
          Suggest a follow-up reminder when I mark a job Applied
        </label>
        <label>
          Follow up after (days)
          <input name="followUpDays" type="number" min={1} max={60} defaultValue={settings.followUpDays} />
        </label>
        <button type="submit" className="button button-primary">
          Save reminders
        </button>
      </form>
    </Card>
  );
}
