import { browser, type Browser } from 'wxt/browser';
import { saveFromTab } from './save';

export const SAVE_COMMAND = 'save-job';

/** The keyboard shortcut (Alt+Shift+S by default) saves the tab it was pressed in. */
export async function handleCommand(command: string, tab?: Pick<Browser.tabs.Tab, 'id'>): Promise<void> {
  if (command !== SAVE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await saveFromTab(tabId);
}
