import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Notice } from '@/components/Notice';
import { sendMessage } from '@/utils/messaging';
import type { CaptureResult } from '@/utils/schema/capture';
import { PostingView } from './PostingView';
import { tabToRead } from './tab-to-read';

type PopupState =
  | { kind: 'reading' }
  | { kind: 'no-tab' }
  | (CaptureResult & { tabId: number });

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'reading' });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const tabId = await tabToRead();
      if (tabId === null) return setState({ kind: 'no-tab' });
      const result = await sendMessage('analyzeTab', { tabId }).catch(
        (error: unknown): CaptureResult => ({
          kind: 'failed',
          reason: `Jobshelf could not read this page: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
      if (!cancelled) setState({ ...result, tabId });
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    // How long from opening the popup to showing the result; read by the e2e run.
    if (state.kind !== 'reading') {
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
  switch (state.kind) {
    case 'reading':
      return <div className="skeleton" aria-label="Reading the page" />;
    case 'no-tab':
      return <Notice tone="warn" title="No page to read">Open a job posting and click Jobshelf again.</Notice>;
    case 'restricted':
      return (
        <Notice tone="warn" title="Jobshelf can't read this page">
          <p data-testid="notice-reason">{state.reason}</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="bad" title="Something went wrong">
          <p data-testid="notice-reason">{state.reason}</p>
        </Notice>
      );
    case 'read': {
      const { extraction } = state;
      if (!extraction.isJobPosting || !extraction.posting) {
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
      return <PostingView posting={extraction.posting} tabId={state.tabId} />;
    }
  }
}
