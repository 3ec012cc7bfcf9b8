import { browser } from 'wxt/browser';

/**
 * The tab the popup reads: `popup.html?tabId=N` (tests, the dashboard's "re-read"), else the
 * active tab of the window the popup belongs to.
 */
export async function tabToRead(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
