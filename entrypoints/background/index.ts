import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from './commands';
import { createContextMenus, handleContextMenuClick } from './context-menu';
import { registerMessageHandlers } from './messages';
import { saveFromTab } from './save';

export default defineBackground(() => {
  registerMessageHandlers();
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  // The handlers, reachable from the worker's console (and the e2e tests, which cannot click
  // a context menu or press a browser shortcut).
  Object.assign(globalThis, { jobshelf: { handleContextMenuClick, handleCommand, saveFromTab } });
});
