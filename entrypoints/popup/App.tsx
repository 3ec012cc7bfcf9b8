import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Notice } from '@/components/Notice';
import { PostingView } from './PostingView';
import { readTabOnce, type TabReading } from './read-tab';

type PopupState = { kind: 'waiting' } | TabReading;

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'waiting' });

  useEffect(() => {
    void readTabOnce().then(setState);
  }, []);

  useEffect(() => {
    // How long from opening the popup to showing the result; read by the e2e run.
    if (state.kind !== 'waiting') {
      document.documentElement.dataset.shownAfterMs = String(Math.round(performance.now()));
    }
  }, [state.kind]);

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
        <PopupBody state={state} />
      </main>
    </div>
  );
}

function PopupBody({ state }: { state: PopupState }) {
  if (state.kind === 'waiting') return <div className="skeleton" aria-label="Reading the page" />;
  if (state.kind === 'no-tab') {
    return <Notice tone="warn" title="No page to read">Open a job posting and click Jobshelf again.</Notice>;
  }
  const { capture, summary, savedJob, aiProvider, hasProfile } = state.reading;
  switch (capture.kind) {
    case 'restricted':
      return (
        <Notice tone="warn" title="Jobshelf can't read this page">
          <p data-testid="notice-reason">{capture.reason}</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="bad" title="Something went wrong">
          <p data-testid="notice-reason">{capture.reason}</p>
        </Notice>
      );
    case 'read': {
      const { extraction } = capture;
      if (!extraction.isJobPosting || !extraction.posting || !summary) {
        return (
          <Notice tone="info" title="This page doesn't look like a job posting">
            <p>Open a single job posting (not a list of search results) and click Jobshelf again.</p>
            {extraction.reasons.length > 0 ? (
              <ul className="muted reasons">
                {extraction.reasons.slice(0, 3).map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
          </Notice>
        );
      }
      return (
        <PostingView
          posting={extraction.posting}
          tabId={state.tabId}
          summary={summary}
          savedJob={savedJob}
          aiProvider={aiProvider}
          hasProfile={hasProfile}
        />
      );
    }
  }
}
