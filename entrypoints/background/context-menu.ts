import type { Browser } from 'wxt/browser';
import { createContextMenu, removeAllContextMenus } from './extension-apis';
import { saveFromTab } from './save';

export const SAVE_PAGE_MENU_ID = 'jobshelf-save-page';
export const SAVE_AND_TRACK_MENU_ID = 'jobshelf-save-and-track';
export const SAVE_SELECTION_MENU_ID = 'jobshelf-save-selection';

export async function createContextMenus(): Promise<void> {
  await removeAllContextMenus();
  createContextMenu({
    id: SAVE_PAGE_MENU_ID,
    title: 'Save job posting to Jobshelf',
    contexts: ['page', 'link', 'frame'],
  });
  createContextMenu({
    id: SAVE_AND_TRACK_MENU_ID,
    title: 'Save and track (Interested)',
    contexts: ['page', 'link', 'frame'],
  });
  createContextMenu({ id: SAVE_SELECTION_MENU_ID, title: 'Save selection as job posting', contexts: ['selection'] });
}

export async function handleContextMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'> & { selectionText?: string },
  tab?: Pick<Browser.tabs.Tab, 'id'> & { title?: string; url?: string },
): Promise<void> {
  if (tab?.id === undefined) return;
  switch (info.menuItemId) {
    case SAVE_PAGE_MENU_ID:
      await saveFromTab(tab.id);
      break;
    case SAVE_AND_TRACK_MENU_ID:
      await saveFromTab(tab.id, { status: 'interested' });
      break;
    case SAVE_SELECTION_MENU_ID:
      if (info.selectionText?.trim()) {
        await saveFromTab(tab.id, {
          selection: { text: info.selectionText, tabTitle: tab.title ?? null, tabUrl: tab.url ?? null },
        });
      }
      break;
  }
}
