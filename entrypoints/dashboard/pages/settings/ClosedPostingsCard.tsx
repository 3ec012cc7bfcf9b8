import { Card } from '@/components/dashboard/Card';
import { CLOSED_CHECK_ORIGINS, requestOrigins } from '../../permissions';
import type { SaveSettings, SettingsMessage } from './settings-message';

export interface ClosedPostingsCardProps {
  enabled: boolean;
  save: SaveSettings;
  show: (message: SettingsMessage) => void;
}

export function ClosedPostingsCard({ enabled, save, show }: ClosedPostingsCardProps) {
  const onChange = async (enable: boolean) => {
    // Asked from the click that turns it on: the browser allows the request only then.
    if (enable && !(await requestOrigins(CLOSED_CHECK_ORIGINS))) {
      show({
        tone: 'bad',
        title: 'Closed-posting check is off',
        body: 'It needs permission to open the pages of your saved postings.',
      });
      return;
    }
    await save({ closedCheck: enable }, 'Closed-posting check');
  };
  return (
    <Card
      id="closed-heading"
      title="Closed postings"
      description="Check saved postings now and then, and mark the ones taken down as closed. This visits the posting pages, so it needs your permission."
      className="settings-card"
    >
      <label className="check">
        <input
          type="checkbox"
          checked={enabled}
          data-testid="closed-check"
          onChange={(event) => void onChange(event.target.checked)}
        />
        Check saved postings for “closed”
      </label>
    </Card>
  );
}
