import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ExpiryNote } from '@/components/ExpiryNote';
import { NotesPanel } from '@/components/NotesPanel';
import { PostingHeader } from '@/components/PostingHeader';
import { RemindersPanel } from '@/components/RemindersPanel';
import { SaveBar } from '@/components/SaveBar';
import { StatusHistory } from '@/components/StatusHistory';
import { StatusPicker } from '@/components/StatusPicker';
import { SummaryPanel } from '@/components/SummaryPanel';
import { Tabs } from '@/components/Tabs';
import { getDatabase } from '@/utils/db/database';
import { findJobForPosting, jobHistory, notesOf, remindersOf } from '@/utils/db/job-queries';
import { sendMessage, type AiEngineChoice, type WriteReply } from '@/utils/messaging';
import type { Job, JobStatus } from '@/utils/schema/job';
import type { PostingDraft } from '@/utils/schema/posting';
import type { Summary } from '@/utils/schema/summary';
import { AiSummaryStatus } from '@/components/AiSummaryStatus';
import { useAiSummary } from './use-ai-summary';

type TabId = 'summary' | 'notes' | 'reminders' | 'history';

/** Sends a write to the background; a failure comes back as words for the user. */
async function write<T extends object>(send: () => Promise<WriteReply<T>>): Promise<WriteReply<T>> {
  try {
    return await send();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface PostingViewProps {
  posting: PostingDraft;
  tabId: number;
  /** The built-in summary (with the match), made in the background. */
  summary: Summary;
  /** The saved job as the background found it: shown until the live query answers. */
  savedJob: Job | null;
  aiProvider: AiEngineChoice;
  hasProfile: boolean;
}

export function PostingView({ posting, tabId, summary: builtIn, savedJob: savedAtOpen, aiProvider, hasProfile }: PostingViewProps) {
  const db = getDatabase();
  // Live: turns to "Saved" the moment the background writes, whoever asked it to. Until the
  // query answers, what the background found when the popup opened.
  const savedJob = useLiveQuery(() => findJobForPosting(db, posting), [posting], savedAtOpen ?? undefined);
  const ai = useAiSummary(posting, tabId, builtIn, aiProvider);
  const summary = ai.kind === 'done' ? ai.summary : builtIn;
  const summaryPanel = (
    <>
      {ai.kind === 'working' ? <AiSummaryStatus kind="working" engine={ai.engine} progress={ai.progress} /> : null}
      {ai.kind === 'needs-download' ? <AiSummaryStatus kind="needs-download" onStart={ai.start} /> : null}
      {ai.kind === 'failed' ? <AiSummaryStatus kind="failed" message={ai.message} /> : null}
      <SummaryPanel summary={summary} />
      {!hasProfile ? (
        <p className="muted profile-hint">
          <a href="/dashboard.html#/settings" target="_blank" rel="noreferrer">
            Add your skills
          </a>{' '}
          to see how well each job matches you.
        </p>
      ) : null}
    </>
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(status?: JobStatus) {
    setSaving(true);
    setError(null);
    const reply = await write(() => sendMessage('saveJob', { posting, tabId, status }));
    setSaving(false);
    if (!reply.ok) setError(reply.reason);
  }

  return (
    <article className="posting">
      <PostingHeader posting={posting} />
      <SaveBar
        savedAt={savedJob?.savedAt ?? null}
        known={savedJob !== null}
        saving={saving}
        error={error}
        onSave={() => void save()}
        onSaveAndTrack={() => void save('interested')}
      />
      {savedJob ? (
        <TrackedJob job={savedJob} onError={setError} summaryPanel={summaryPanel} />
      ) : (
        summaryPanel
      )}
    </article>
  );
}

function TrackedJob({
  job,
  onError,
  summaryPanel,
}: {
  job: Job;
  onError: (reason: string | null) => void;
  summaryPanel: React.ReactNode;
}) {
  const db = getDatabase();
  const [tab, setTab] = useState<TabId>('summary');
  const [followUp, setFollowUp] = useState<string | null>(null);
  const notes = useLiveQuery(() => notesOf(db, job.id), [job.id], []);
  const reminders = useLiveQuery(() => remindersOf(db, job.id), [job.id], []);
  const history = useLiveQuery(() => jobHistory(db, job.id), [job.id], []);
  const now = Date.now();

  async function run<T extends object>(send: () => Promise<WriteReply<T>>): Promise<WriteReply<T>> {
    const reply = await write(send);
    onError(reply.ok ? null : reply.reason);
    return reply;
  }

  async function changeStatus(status: JobStatus | null) {
    const reply = await run(() => sendMessage('setStatus', { jobId: job.id, status }));
    setFollowUp(reply.ok ? reply.suggestedFollowUpId : null);
  }

  const pendingReminders = reminders.filter((reminder) => reminder.state === 'pending').length;
  return (
    <>
      <div className="tracking-bar">
        <StatusPicker status={job.status} onChange={(status) => void changeStatus(status)} />
        <ExpiryNote expiresAt={job.expiresAt} estimated={job.expiresEstimated} closed={job.closedAt !== null} now={now} />
      </div>
      {followUp ? (
        <p className="follow-up-note" role="status">
          Follow-up reminder set for a week from now.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void run(() => sendMessage('deleteReminder', { reminderId: followUp }));
              setFollowUp(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
      <Tabs
        label="About this job"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'summary', label: 'Summary' },
          { id: 'notes', label: 'Notes', badge: notes.length },
          { id: 'reminders', label: 'Reminders', badge: pendingReminders },
          { id: 'history', label: 'History' },
        ]}
      >
        {tab === 'summary' ? summaryPanel : null}
        {tab === 'notes' ? (
          <NotesPanel
            notes={notes}
            onAdd={async (text) => (await run(() => sendMessage('addNote', { jobId: job.id, text }))).ok}
            onEdit={async (noteId, text) => (await run(() => sendMessage('editNote', { noteId, text }))).ok}
            onDelete={(noteId) => void run(() => sendMessage('deleteNote', { noteId }))}
          />
        ) : null}
        {tab === 'reminders' ? (
          <RemindersPanel
            reminders={reminders}
            now={now}
            onAdd={(dueAt) => void run(() => sendMessage('addReminder', { jobId: job.id, dueAt }))}
            onSnooze={(reminderId, until) => void run(() => sendMessage('snoozeReminder', { reminderId, until }))}
            onComplete={(reminderId) => void run(() => sendMessage('completeReminder', { reminderId }))}
            onDelete={(reminderId) => void run(() => sendMessage('deleteReminder', { reminderId }))}
          />
        ) : null}
        {tab === 'history' ? <StatusHistory events={history} /> : null}
      </Tabs>
    </>
  );
}
