import { browser } from 'wxt/browser';
import { ask } from '@/utils/background-client';
import type { PopupReading } from '@/utils/messaging';
import type { Summary } from '@/utils/schema/summary';

export type TabReading =
  | { kind: 'no-tab' }
  | {
      kind: 'reading';
      tabId: number;
      reading: PopupReading;
      /** The summary, when the background sends it after the posting (`reading.summaryLater`). */
      laterSummary: Promise<Summary | null> | null;
    };

/**
 * The tab the popup reads: `popup.html?tabId=N` (tests, the dashboard's "re-read"), else the
 * active tab of the window the popup belongs to.
 */
async function tabToRead(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The reading in progress lives on the page's global object: the popup's boot script (a separate
 * bundle, run first) starts it, and the UI's copy of this module finds it there.
 */
const READING = Symbol.for('jobshelf.popupReading');
const holder = globalThis as { [READING]?: Promise<TabReading> };

/** The popup reads its tab once: started by popup-boot.ts before the UI loads, awaited by App. */
export function readTabOnce(): Promise<TabReading> {
  if (!holder[READING]) {
    document.documentElement.dataset.readingStartedMs = String(Math.round(performance.now()));
    holder[READING] = readTab().then((result) => {
      document.documentElement.dataset.readingDoneMs = String(Math.round(performance.now()));
      if (result.kind === 'reading' && result.reading.timings) {
        document.documentElement.dataset.backgroundTimings = JSON.stringify(result.reading.timings);
      }
      return result;
    });
  }
  return holder[READING];
}

/** Reads the tab again ("Try again" after a failure): a fresh read, not the one cached at open. */
export function readTabAgain(): Promise<TabReading> {
  delete holder[READING];
  return readTabOnce();
}

/** Reads the tab through the background; a failure to reach it becomes a reason in words. */
async function readTab(): Promise<TabReading> {
  const tabId = await tabToRead();
  if (tabId === null) return { kind: 'no-tab' };
  // The posting comes first (the popup shows its header), the summary right after.
  const reading = await ask('analyzeTab', { tabId, summaryLater: true }, (error) => ({
    capture: { kind: 'failed', reason: `Jobshelf could not read this page: ${errorText(error)}` },
    summary: null,
    savedJob: null,
    aiProvider: { kind: 'none', model: '' },
    hasProfile: false,
  }));
  return { kind: 'reading', tabId, reading, laterSummary: reading.summaryLater ? summaryOf(tabId) : null };
}

/** Asks for the summary the background kept for this tab (at once: it is made while the popup renders). */
async function summaryOf(tabId: number): Promise<Summary | null> {
  const { summary, summaryMs } = await ask('readingSummary', { tabId }, () => ({ summary: null }));
  document.documentElement.dataset.summaryDoneMs = String(Math.round(performance.now()));
  if (summaryMs !== undefined) document.documentElement.dataset.summaryMs = String(summaryMs);
  return summary;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
