import type { Browser } from 'wxt/browser';
import { createContextMenu, removeAllContextMenus } from './extension-apis';
import { saveFromTab } from './save';

export const SAVE_PAGE_MENU_ID = 'jobshelf-save-page';

export async function createContextMenus(): Promise<void> {
  await removeAllContextMenus();
  createContextMenu({
    id: SAVE_PAGE_MENU_ID,
    title: 'Save job posting to Jobshelf',
    contexts: ['page', 'selection', 'link', 'frame'],
  });
}

export async function handleContextMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>,
  tab?: Pick<Browser.tabs.Tab, 'id'>,
): Promise<void> {
  if (info.menuItemId !== SAVE_PAGE_MENU_ID || tab?.id === undefined) return;
  await saveFromTab(tab.id);
}
