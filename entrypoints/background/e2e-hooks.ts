import { browser } from 'wxt/browser';

/** Where a test page asks for an extension page: `http://127.0.0.1:PORT/__jobshelf-e2e/open?page=…`. */
export const E2E_OPEN_PATH = '/__jobshelf-e2e/open';
const EXTENSION_PAGE = /^\/(popup|dashboard)\.html(\?[^#]*)?(#.*)?$/;

/**
 * Compiled into e2e builds only (never a store build). Firefox's WebDriver BiDi refuses to
 * navigate a tab to a moz-extension:// URL, so the tests load a 127.0.0.1 address naming the
 * extension page they want, and the extension navigates that tab to its own page.
 */
export function installE2eHooks(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    let url: URL;
    try {
      url = new URL(change.url);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.pathname !== E2E_OPEN_PATH) return;
    const page = url.searchParams.get('page') ?? '';
    if (!EXTENSION_PAGE.test(page)) return;
    void browser.tabs.update(tabId, { url: browser.runtime.getURL('/') + page.slice(1) });
  });
}
