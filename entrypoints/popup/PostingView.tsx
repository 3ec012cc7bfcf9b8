import { useEffect, useRef, useState } from 'react';
import { NotesPanel } from '@/components/NotesPanel';
import { MatchMeter } from '@/components/MatchMeter';
import { PostingEditor } from '@/components/PostingEditor';
import { PostingHeader } from '@/components/PostingHeader';
import { RemindersPanel } from '@/components/RemindersPanel';
import { SaveBar } from '@/components/SaveBar';
import { SaveSelectionHint } from '@/components/SaveSelectionHint';
import { StatusHistory } from '@/components/StatusHistory';
import { StatusPicker } from '@/components/StatusPicker';
import { SummaryPanel } from '@/components/SummaryPanel';
import { Tabs } from '@/components/Tabs';
import { trackingWrites } from '@/components/tracking-writes';
import { findJobForPosting, jobHistory, notesOf, remindersOf } from '@/utils/db/job-queries';
import { send } from '@/utils/background-client';
import type { AiEngineChoice, WriteReply } from '@/utils/messaging';
import type { Job, JobStatus } from '@/utils/schema/job';
import type { PostingDraft, PostingField, Salary } from '@/utils/schema/posting';
import { postingChips, type ClosingInfo } from '@/utils/posting-chips';
import { resolvedPosting } from '@/utils/posting-resolved';
import { applyEdit, formValuesOf, postingEdit, type PostingFormValues } from '@/utils/posting-edits';
import type { Summary } from '@/utils/schema/summary';
import { EMPTY_SUMMARY } from '@/utils/summary-view';
import { AiSummaryStatus } from '@/components/AiSummaryStatus';
import { useAiSummary, type AiState } from './use-ai-summary';
import { useLiveRead } from './use-live-read';
import { useShownMatch } from './use-shown-match';

type TabId = 'summary' | 'notes' | 'reminders' | 'history';

export interface PostingViewProps {
  /** The posting as read (or a blank one to fill in for "Save anyway"). */
  posting: PostingDraft;
  /**
   * False while a saved job shows before its page is read (`posting` is then the saved one):
   * "Re-read from page" waits for the reading.
   */
  pageRead?: boolean;
  tabId: number;
  /** The built-in summary (with the match), made in the background; null when there is nothing to summarize. */
  summary: Summary | null;
  /** The summary is on its way (the background sends it right after the posting). */
  summaryPending?: boolean;
  /** The saved job as the background found it: shown until the live query answers. */
  savedJob: Job | null;
  aiProvider: AiEngineChoice;
  hasProfile: boolean;
  /** When the posting closes, stated or estimated (from the background). */
  expiry: { date: string | null; estimated: boolean } | null;
  /** Detection was unsure, or the user chose "Save anyway": mark the details to check, form open. */
  check: { title: string; message: string; selectionHint?: boolean } | null;
  /** The page says the job no longer takes applications (its words): it is saved as closed. */
  closedNotice?: string | null;
}

/** What the AI engine is doing, and the summary's lists (TL;DR and match are in the first screen). */
function SummaryArea({ ai, summary }: { ai: AiState; summary: Summary }) {
  return (
    <>
      {ai.kind === 'working' ? <AiSummaryStatus kind="working" engine={ai.engine} progress={ai.progress} /> : null}
      {ai.kind === 'needs-download' ? <AiSummaryStatus kind="needs-download" onStart={ai.start} /> : null}
      {ai.kind === 'failed' ? <AiSummaryStatus kind="failed" message={ai.message} /> : null}
      <SummaryPanel summary={summary} headingLevel={2} hideTop />
    </>
  );
}

/** Parses a salary the user typed; the parser is loaded only when a salary was edited. */
async function salaryParser(base: PostingDraft, values: PostingFormValues): Promise<(text: string) => Salary | null> {
  if (values.salary.trim() === formValuesOf(base).salary.trim()) return () => null;
  const { parseSalaryText } = await import('@/utils/money/parse');
  return (text) => parseSalaryText(text);
}

export function PostingView({
  posting,
  pageRead = true,
  tabId,
  summary: builtIn,
  summaryPending = false,
  savedJob: savedAtOpen,
  aiProvider,
  hasProfile,
  expiry,
  check,
  closedNotice = null,
}: PostingViewProps) {
  const ai = useAiSummary(posting, tabId, builtIn ?? EMPTY_SUMMARY, builtIn ? aiProvider : undefined);
  const summary = ai.kind === 'done' ? ai.summary : builtIn;
  const [draft, setDraft] = useState(posting);
  const [edited, setEdited] = useState<PostingField[]>([]);
  const [editing, setEditing] = useState(check !== null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const action = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<'action' | 'edit' | null>(null);
  // Live: turns to "Saved" the moment the background writes, whoever asked it to. Until the
  // query answers, what the background found when the popup opened.
  const savedJob = useLiveRead((db) => findJobForPosting(db, draft), [draft], savedAtOpen ?? undefined);
  // Work mode and salary as the match and the dashboard show them (the description's, if the page gave none).
  const shown = resolvedPosting(savedJob ? savedJob.posting : draft, summary);
  const match = useShownMatch(posting, savedJob ? savedJob.posting : draft, summary?.match);
  const now = Date.now();
  const closing: ClosingInfo | null = savedJob
    ? { date: savedJob.expiresAt, estimated: savedJob.expiresEstimated, closed: savedJob.closedAt !== null }
    : closedNotice
      ? { date: draft.validThrough, estimated: false, closed: true }
      : draft.validThrough
        ? { date: draft.validThrough, estimated: false }
        : expiry;

  useEffect(() => {
    // After Save (or closing the form) focus goes back to the action, never to the page body.
    // "action" waits for the saved job to show, so focus lands on Re-read from page, not on the Save it replaces.
    const target = focusAfter.current;
    // Either waits for a render that shows its button (renders from the live query come between).
    const edit = editButton.current?.querySelector<HTMLElement>('[data-testid="edit-details"]');
    if (target === 'action' && savedJob && !saving && action.current) {
      focusAfter.current = null;
      action.current.focus();
    } else if (target === 'edit' && edit) {
      focusAfter.current = null;
      edit.focus();
    }
  });

  /** Saves; the form it came from closes on success (a slow re-read never closes a form opened meanwhile). */
  async function save(
    status: JobStatus | undefined,
    toSave: PostingDraft = draft,
    fields: PostingField[] = edited,
    fromForm = false,
  ) {
    setSaving(true);
    setError(null);
    const closed = closedNotice ? true : undefined;
    const reply = await send('saveJob', { posting: toSave, tabId, status, edited: fields, closed });
    setSaving(false);
    if (!reply.ok) return setError(reply.reason);
    if (fromForm) setEditing(false);
    focusAfter.current = 'action';
  }

  /**
   * "Re-read from page": the page as read now, without this popup's earlier corrections (they are in the
   * saved job already, kept over the read, and may have been edited again since).
   */
  function update() {
    return save(undefined, posting.title ? posting : draft, []);
  }

  async function submitEdits(values: PostingFormValues, intent: string) {
    // The form showed the resolved values: only what the user changed from them is an edit.
    const base = resolvedPosting(savedJob ? savedJob.posting : draft, summary);
    const edit = postingEdit(base, values, await salaryParser(base, values));
    if (!edit.ok) return { field: edit.field, reason: edit.reason };
    if (savedJob) {
      if (edit.fields.length > 0) {
        const reply = await send('updateJob', { jobId: savedJob.id, posting: edit.changes });
        if (!reply.ok)
          return { field: edit.fields[0] === 'validThrough' ? 'closes' : 'title', reason: reply.reason } as const;
      }
      setEditing(false);
      focusAfter.current = 'edit';
      return null;
    }
    const next = applyEdit(draft, edit.changes, edit.fields);
    const fields = [...new Set([...edited, ...edit.fields])];
    setDraft(next);
    setEdited(fields);
    if (intent === 'done') {
      setEditing(false);
      focusAfter.current = 'edit';
    } else await save(intent === 'track' ? 'interested' : undefined, next, fields, true);
    return null;
  }

  const editor = savedJob ? (
    <PostingEditor
      posting={shown}
      autoFocus
      actions={[{ intent: 'update', label: 'Save changes', primary: true, testId: 'save-edits' }]}
      onSubmit={submitEdits}
      onCancel={() => {
        setEditing(false);
        focusAfter.current = 'edit';
      }}
    />
  ) : (
    <PostingEditor
      posting={shown}
      autoFocus
      actions={[
        { intent: 'save', label: 'Save', primary: true, testId: 'save-button' },
        { intent: 'track', label: 'Save & track', testId: 'save-track-button' },
        ...(draft.title ? [{ intent: 'done', label: 'Done editing', quiet: true }] : []),
      ]}
      onSubmit={submitEdits}
      onCancel={
        draft.title
          ? () => {
              setEditing(false);
              focusAfter.current = 'edit';
            }
          : undefined
      }
    />
  );

  return (
    <article className="posting">
      {!hasProfile ? (
        <p className="profile-prompt" data-testid="add-skills">
          <a href="/dashboard.html#/settings" target="_blank" rel="noreferrer">
            Add your skills
          </a>{' '}
          to see how well each job matches you.
        </p>
      ) : null}
      {closedNotice && !savedJob ? (
        <div className="check-banner" role="status" data-testid="closed-notice">
          <strong>This job has closed.</strong> The page says “{closedNotice}”. You can still save it to keep a record:
          it is saved as closed.
        </div>
      ) : null}
      {check && !savedJob ? (
        <div className="check-banner" role="status" data-testid="check-details">
          <strong>{check.title}</strong> {check.message}
          {check.selectionHint ? <SaveSelectionHint lead="Only one job on this page?" className="check-hint" /> : null}
        </div>
      ) : null}
      {editing ? (
        <>
          <h1 className="visually-hidden">{shown.title || 'A job to save'}</h1>
          {editor}
          {error ? (
            <p className="save-error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <div ref={editButton}>
            <PostingHeader posting={shown} chips={postingChips(shown, closing, now)} onEdit={() => setEditing(true)} />
          </div>
          {summary?.tldr ? (
            <p className="summary-tldr" data-testid="summary-tldr">
              {summary.tldr}
            </p>
          ) : summaryPending ? (
            <div className="skeleton summary-pending" aria-hidden="true" />
          ) : null}
          {match ? <MatchMeter match={match} /> : null}
          <SaveBar
            savedAt={savedJob?.savedAt ?? null}
            known={savedJob !== null}
            saving={saving || !pageRead}
            error={error}
            actionRef={action}
            onSave={() => void (savedJob ? update() : save(undefined))}
            onSaveAndTrack={() => void save('interested')}
          />
        </>
      )}
      {savedJob ? (
        <TrackedJob
          job={savedJob}
          onError={setError}
          summaryPanel={summary ? <SummaryArea ai={ai} summary={summary} /> : null}
        />
      ) : summary ? (
        // Under the form too: what the job is about helps to check its details.
        <SummaryArea ai={ai} summary={summary} />
      ) : null}
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
  const [tab, setTab] = useState<TabId>('summary');
  const [followUp, setFollowUp] = useState<string | null>(null);
  const notes = useLiveRead((db) => notesOf(db, job.id), [job.id], []);
  const reminders = useLiveRead((db) => remindersOf(db, job.id), [job.id], []);
  const history = useLiveRead((db) => jobHistory(db, job.id), [job.id], []);
  const now = Date.now();

  /** Every write here shows its failure in the popup's error line. */
  async function run<T extends object>(reply: Promise<WriteReply<T>>): Promise<WriteReply<T>> {
    const answer = await reply;
    onError(answer.ok ? null : answer.reason);
    return answer;
  }

  const tracking = trackingWrites(job.id, async (write) => {
    const problem = await write;
    onError(problem);
    return problem === null;
  });

  async function changeStatus(status: JobStatus | null) {
    const reply = await run(send('setStatus', { jobId: job.id, status }));
    setFollowUp(reply.ok ? reply.suggestedFollowUpId : null);
  }

  const pendingReminders = reminders.filter((reminder) => reminder.state === 'pending').length;
  return (
    <>
      <div className="tracking-bar">
        <StatusPicker status={job.status} onChange={(status) => void changeStatus(status)} />
      </div>
      {followUp ? (
        <p className="follow-up-note" role="status">
          Follow-up reminder set for a week from now.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void run(send('deleteReminder', { reminderId: followUp }));
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
        {tab === 'summary' ? (
          <>
            {summaryPanel}
            <p className="full-posting">
              <a
                href={`/dashboard.html#/job/${encodeURIComponent(job.id)}`}
                target="_blank"
                rel="noreferrer"
                data-testid="read-full-posting"
              >
                Read the full posting
              </a>
            </p>
          </>
        ) : null}
        {tab === 'notes' ? <NotesPanel notes={notes} {...tracking.notes} /> : null}
        {tab === 'reminders' ? <RemindersPanel reminders={reminders} now={now} {...tracking.reminders} /> : null}
        {tab === 'history' ? <StatusHistory events={history} /> : null}
      </Tabs>
    </>
  );
}
