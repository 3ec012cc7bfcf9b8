import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * The few browser APIs that wxt's fakeBrowser lacks (scripting, contextMenus) or that tests want
 * to observe (notifications, badge), behind one small module that unit tests replace.
 */
/** Runs one script, or several in order in one injection (one round trip): the reply is the last one's. */
export async function runScriptInTab(
  tabId: number,
  file: ScriptPublicPath | readonly ScriptPublicPath[],
  immediately = false,
): Promise<unknown> {
  // `injectImmediately` skips the wait for the document to be idle, which a loaded page already is.
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    files: typeof file === 'string' ? [file] : [...file],
    injectImmediately: immediately,
  });
  return frame?.result;
}

export function createContextMenu(properties: {
  id: string;
  title: string;
  contexts: [`${Browser.contextMenus.ContextType}`, ...`${Browser.contextMenus.ContextType}`[]];
}): void {
  browser.contextMenus.create(properties, () => {
    // Reading lastError stops Chromium logging "duplicate id" when the worker restarts.
    void browser.runtime.lastError;
  });
}

export async function removeAllContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
}

/** Firefox's notices have no buttons (create() refuses the whole notice if given any). */
export const notificationsHaveButtons = !import.meta.env.FIREFOX;

export async function notify(id: string, title: string, message: string, buttons: string[] = []): Promise<void> {
  const withButtons = notificationsHaveButtons && buttons.length > 0;
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
      ...(withButtons ? { buttons: buttons.map((title) => ({ title })), priority: 1 } : {}),
    });
  } catch {
    // Notifications can be turned off by the user or the OS; the badge still tells.
  }
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id).catch(() => undefined);
}

/** One alarm wakes the worker for the next due reminder or expiry notice. */
export async function scheduleWake(name: string, when: number | null): Promise<void> {
  await browser.alarms.clear(name);
  if (when !== null) await browser.alarms.create(name, { when });
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export async function setBadge(tabId: number | undefined, text: string, color: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color, ...(tabId === undefined ? {} : { tabId }) });
  await browser.action.setBadgeText({ text, ...(tabId === undefined ? {} : { tabId }) });
}

/** Whether Jobshelf may read pages at this origin pattern (an optional host permission). */
export async function mayReadOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/**
 * Opens `url` in a tab the user does not see switch to, and resolves with its id once the page
 * has loaded (or after `timeoutMs`, whatever it has by then).
 */
export async function openLoadedTab(url: string, timeoutMs = 30_000): Promise<number> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id!;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    // Loaded means the posting's page: Firefox also reports its new tab's first about:blank as
    // complete, and hides that tab's URL (no permission for about:blank), so a URL must be seen.
    const loaded = (tab: { status?: string; url?: string }) =>
      tab.status === 'complete' && !!tab.url && tab.url !== 'about:blank';
    const listener = (id: number, _change: unknown, tab: { status?: string; url?: string }) => {
      if (id === tabId && loaded(tab)) done();
    };
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
    // It may have finished before the listener was added.
    void browser.tabs.get(tabId).then((current) => loaded(current) && done(), done);
  });
  return tabId;
}

export async function closeTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}
