import { useEffect, useMemo, useState } from 'react';
import { MatchPreferencesCard } from '@/components/dashboard/MatchPreferencesCard';
import { Notice } from '@/components/Notice';
import '@/components/dashboard/settings.css';
import { write } from '@/utils/background-client';
import type { JobshelfDatabase } from '@/utils/db/database';
import type { JobView } from '@/utils/jobs-view/job-view';
import { skillVocabulary } from '@/utils/jobs-view/skill-vocabulary';
import type { Settings } from '@/utils/schema/settings';
import { ClosedPostingsCard } from './ClosedPostingsCard';
import { DataCard } from './DataCard';
import { RemindersCard } from './RemindersCard';
import { SalariesCard } from './SalariesCard';
import type { SaveSettings, SettingsMessage } from './settings-message';
import { SkillsCard } from './SkillsCard';
import { SummariesCard } from './SummariesCard';
import { SyncCard } from './SyncCard';

export interface SettingsPageProps {
  db: JobshelfDatabase;
  /** The saved jobs as the dashboard holds them (their skills suggest profile skills). */
  jobs: readonly JobView[] | undefined;
  settings: Settings | undefined;
  /** The page's copy of the jobs must be read again after an import or delete-all. */
  onDataReplaced: () => void;
  /** Before a bulk write: the page's copy stops following changes until onDataReplaced. */
  onImportStart: () => void;
}

/** Settings: one card a concern, and one answer line at the top for all of them. */
export function SettingsPage({ db, jobs, settings, onDataReplaced, onImportStart }: SettingsPageProps) {
  // From the jobs already in memory: a query here would read every posting again after each write.
  const vocabulary = useMemo(() => skillVocabulary(jobs ?? []), [jobs]);
  const currenciesInUse = useMemo(
    () => [...new Set((jobs ?? []).map((job) => job.yearly?.currency).filter((code): code is string => !!code))].sort(),
    [jobs],
  );
  const [message, setMessage] = useState<SettingsMessage>(null);

  useEffect(() => {
    if (message) document.querySelector('.settings-message')?.scrollIntoView({ block: 'nearest' });
  }, [message]);

  if (!settings) return <div className="page-loading" aria-busy="true" />;

  const save: SaveSettings = async (patch, what) => {
    const problem = await write('updateSettings', patch);
    setMessage(
      problem ? { tone: 'bad', title: `${what} not saved`, body: problem } : { tone: 'info', title: `${what} saved` },
    );
  };

  return (
    <div className="settings-page">
      <h1 className="page-title">Settings</h1>
      {/* Always there, so a screen reader hears each message as it comes ("Skills saved"). */}
      <div className="settings-message" data-testid="settings-message" aria-live="polite">
        {message ? (
          <Notice tone={message.tone} title={message.title}>
            {message.body ? <p>{message.body}</p> : null}
          </Notice>
        ) : null}
      </div>
      <div className="settings-grid">
        <SkillsCard profile={settings.profile} vocabulary={vocabulary} save={save} />
        <MatchPreferencesCard
          profile={settings.profile}
          onSave={(profile) => void save({ profile }, 'Match preferences')}
        />
        <RemindersCard settings={settings} save={save} />
        <SummariesCard provider={settings.aiProvider} save={save} show={setMessage} />
        <SalariesCard
          currency={settings.currency}
          rates={settings.currencyRates}
          used={currenciesInUse}
          onSave={(patch) => void save(patch, 'Currency settings')}
        />
        <ClosedPostingsCard enabled={settings.closedCheck} save={save} show={setMessage} />
        <SyncCard />
        <DataCard db={db} show={setMessage} onImportStart={onImportStart} onDataReplaced={onDataReplaced} />
      </div>
    </div>
  );
}
