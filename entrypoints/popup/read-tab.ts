import { browser, type Browser } from 'wxt/browser';
import { ask } from '@/utils/background-client';
import { describeRestrictedUrl } from '@/utils/capture-failures';
import { runCaptureStages, type StagesOutcome } from '@/utils/capture-stages';
import type { PopupReading, SavedAtOpen } from '@/utils/messaging';
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
 * bundle, run first) starts it, and the UI's copy of this module finds it there. Beside it, the job
 * saved at the tab's address, which the background names while the page is still being read.
 */
const READING = Symbol.for('jobshelf.popupReading');
const SAVED = Symbol.for('jobshelf.popupSavedAtOpen');
const holder = globalThis as { [READING]?: Promise<TabReading>; [SAVED]?: Promise<SavedFirst | null> };

/** The popup reads its tab once: started by popup-boot.ts before the UI loads, awaited by App. */
export function readTabOnce(): Promise<TabReading> {
  if (!holder[READING]) {
    document.documentElement.dataset.readingStartedMs = String(Math.round(performance.now()));
    let named: (saved: Promise<SavedFirst | null>) => void = () => undefined;
    holder[SAVED] = new Promise((resolve) => (named = resolve));
    holder[READING] = readTab(named).then((result) => {
      document.documentElement.dataset.readingDoneMs = String(Math.round(performance.now()));
      if (result.kind === 'reading' && result.reading.timings) {
        document.documentElement.dataset.backgroundTimings = JSON.stringify(result.reading.timings);
      }
      return result;
    });
  }
  return holder[READING];
}

/** The job saved at the tab's address, and that tab. */
export type SavedFirst = SavedAtOpen & { tabId: number };

/** The job saved at the tab's address (null: none, or not known before the page is read). */
export function savedAtOpen(): Promise<SavedFirst | null> {
  void readTabOnce();
  return holder[SAVED] ?? Promise.resolve(null);
}

/** Reads the tab again ("Try again" after a failure): a fresh read, not the one cached at open. */
export function readTabAgain(): Promise<TabReading> {
  delete holder[READING];
  return readTabOnce();
}

/**
 * Runs the capture stages in the tab from the popup: the popup has the same grant (activeTab) as
 * the background, and a background stopped since the last click (most clicks) starts meanwhile
 * instead of first. Null when the URL says no script may run there: the background says why.
 */
async function readInPopup(tab: Browser.tabs.Tab | null): Promise<StagesOutcome | null> {
  if (!tab?.id || describeRestrictedUrl(tab.url)) return null;
  const tabId = tab.id;
  // A loaded page is injected at once; one still loading is read once it is idle.
  const immediately = tab.status === 'complete';
  return runCaptureStages(async (files) => {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: [...files],
      injectImmediately: immediately,
    });
    return frame?.result;
  });
}

/**
 * Reads the tab, then has the background check and summarize it; a failure to reach it becomes a
 * reason in words. `named` gets the background's answer to which job is saved at the tab's address.
 */
async function readTab(named: (saved: Promise<SavedFirst | null>) => void): Promise<TabReading> {
  const tabId = await tabToRead();
  const tab = tabId === null ? null : await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url && !describeRestrictedUrl(tab.url) ? tab.url : undefined;
  named(
    ask('popupOpened', url ? { url } : {}, () => ({ saved: null })).then(({ saved }) =>
      saved && tabId !== null ? { ...saved, tabId } : null,
    ),
  );
  if (tabId === null) return { kind: 'no-tab' };
  const started = performance.now();
  const read = (await readInPopup(tab)) ?? undefined;
  const captureMs = performance.now() - started;
  // The posting comes first (the popup shows its header), the summary right after.
  const reading = await ask('analyzeTab', { tabId, summaryLater: true, ...(read ? { read } : {}) }, (error) => ({
    capture: { kind: 'failed', reason: `Jobshelf could not read this page: ${errorText(error)}` },
    summary: null,
    savedJob: null,
    aiProvider: { kind: 'none', model: '' },
    hasProfile: false,
  }));
  // The background's own captureMs was only its check of what the popup read.
  if (read && reading.timings) reading.timings = { ...reading.timings, checkMs: reading.timings.captureMs, captureMs };
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
