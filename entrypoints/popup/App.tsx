import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Notice } from '@/components/Notice';
import { SaveSelectionHint } from '@/components/SaveSelectionHint';
import { verdictOf } from '@/utils/detection-verdict';
import { safeHttpUrl } from '@/utils/format';
import { blankPosting } from '@/utils/posting-edits';
import { NotPostingView } from './NotPostingView';
import { PostingView } from './PostingView';
import { readTabAgain, readTabOnce, savedAtOpen, type SavedFirst, type TabReading } from './read-tab';
import { useLaterSummary } from './use-later-summary';

type PopupState = { kind: 'waiting' } | TabReading;
type PageReading = Extract<TabReading, { kind: 'reading' }>;

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'waiting' });
  // The job saved at the tab's address: shown while the page is read, if the background names it first.
  const [saved, setSaved] = useState<SavedFirst | null>(null);

  useEffect(() => {
    void readTabOnce().then(setState);
    void savedAtOpen().then(setSaved);
  }, []);

  const retry = () => {
    setState({ kind: 'waiting' });
    void readTabAgain().then(setState);
  };

  const shown = state.kind !== 'waiting' || saved !== null;
  useEffect(() => {
    // How long from opening the popup to showing the result; read by the e2e run.
    if (shown) document.documentElement.dataset.shownAfterMs ??= String(Math.round(performance.now()));
  }, [shown]);

  return (
    <div className="popup">
      <nav className="popup-nav">
        <span className="brand">
          <img src="/icon/32.png" alt="" width={18} height={18} /> Jobshelf
        </span>
        <button type="button" className="link-button" onClick={openDashboard}>
          My saved jobs →
        </button>
      </nav>
      <main className="popup-main" aria-live="polite">
        <PopupBody state={state} saved={saved} onRetry={retry} />
      </main>
    </div>
  );
}

/** When a read failed: the way out, so the popup is never a dead end. */
function FailedActions({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <p className="notice-actions">
        <button type="button" className="button button-primary" onClick={onRetry} data-testid="try-again">
          Try again
        </button>
      </p>
      <SaveSelectionHint lead="Still not working?" className="notice-hint" />
    </>
  );
}

function Reading() {
  return (
    <div className="skeleton">
      <span className="visually-hidden">Reading the page…</span>
    </div>
  );
}

function PopupBody({ state, saved, onRetry }: { state: PopupState; saved: SavedFirst | null; onRetry: () => void }) {
  if (state.kind === 'waiting') return saved ? <ReadPage reading={null} saved={saved} /> : <Reading />;
  if (state.kind === 'no-tab') {
    return (
      <Notice tone="warn" title="No page to read" headingLevel={1}>
        Open a job posting and click Jobshelf again.
      </Notice>
    );
  }
  const { capture } = state.reading;
  switch (capture.kind) {
    case 'restricted':
      return (
        <Notice tone="warn" title="Jobshelf can't read this page" headingLevel={1}>
          <p data-testid="notice-reason">{capture.reason}</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="bad" title="Jobshelf could not read this page" headingLevel={1}>
          <p data-testid="notice-reason">{capture.reason}</p>
          <FailedActions onRetry={onRetry} />
        </Notice>
      );
    case 'read':
      return <ReadPage reading={state} saved={saved} />;
  }
}

const CHECK_UNSURE = {
  title: 'Check these details.',
  message: "Jobshelf isn't sure this page is one job posting. Correct anything wrong, then save.",
};
const CHECK_ANYWAY = {
  title: 'Check these details.',
  message: 'This page did not read as one job posting, so fill in or correct what Jobshelf found, then save.',
  selectionHint: true,
};

/**
 * A page that was read: the posting, the details to check, or "not a posting" with Save anyway.
 * Before the page is read (`reading` null), the job saved at its address; the same view then
 * takes the reading, so nothing the user opened or focused is lost.
 */
function ReadPage({ reading: state, saved }: { reading: PageReading | null; saved: SavedFirst | null }) {
  const [anyway, setAnyway] = useState(false);
  const later = useLaterSummary(state?.laterSummary ?? null);
  if (!state) {
    if (!saved) return <Reading />;
    return (
      <PostingView
        posting={saved.savedJob.posting}
        pageRead={false}
        tabId={saved.tabId}
        summary={saved.savedJob.summary}
        savedJob={saved.savedJob}
        // An AI engine summarizes the page as read, not the stored posting: it starts with the reading.
        aiProvider={{ kind: 'none', model: '' }}
        hasProfile={saved.hasProfile}
        expiry={null}
        check={null}
      />
    );
  }
  const { capture, savedJob, aiProvider, hasProfile, expiry } = state.reading;
  // A saved job's stored summary stays on screen until the page's own arrives.
  const summary = state.reading.summary ?? later.summary ?? (later.done ? null : (saved?.savedJob.summary ?? null));
  if (capture.kind !== 'read') return null;
  const { extraction } = capture;
  const verdict = verdictOf(extraction);
  const posting = extraction.posting ?? blankPosting(safeHttpUrl(capture.tabUrl) ?? null);
  // A page saved before (anyway, or from another read) shows as the saved job whatever the verdict.
  if (verdict === 'not-posting' && !savedJob && !anyway) {
    return (
      <NotPostingView
        reason={extraction.reasons[0] ?? 'Jobshelf found no job posting here.'}
        found={extraction.posting}
        onSaveAnyway={() => setAnyway(true)}
      />
    );
  }
  const check = verdict === 'posting' || savedJob ? null : anyway ? CHECK_ANYWAY : CHECK_UNSURE;
  // A form opened at once shows values the summary resolves (work mode, salary): it waits for them.
  if (check && !later.done) return <Reading />;
  return (
    <PostingView
      posting={posting}
      pageRead
      tabId={state.tabId}
      summary={summary}
      summaryPending={!later.done && !summary}
      savedJob={savedJob ?? saved?.savedJob ?? null}
      aiProvider={aiProvider}
      hasProfile={hasProfile}
      expiry={expiry ?? null}
      check={check}
      closedNotice={
        extraction.closed ? (extraction.reasons[0]?.match(/“(.+)”/)?.[1] ?? 'No longer accepting applications') : null
      }
    />
  );
}
