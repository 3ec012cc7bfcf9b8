import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from './commands';
import { createContextMenus, handleContextMenuClick } from './context-menu';
import { registerMessageHandlers } from './messages';
import { handleAlarm, handleNotificationButton, handleNotificationClick, syncReminders } from './reminders';
import { saveFromTab } from './save';

export default defineBackground(() => {
  registerMessageHandlers();
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenus();
    // The database is the source of truth: the alarm and badge are rebuilt from it.
    void syncReminders();
  });
  browser.runtime.onStartup.addListener(() => void syncReminders());
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(id));
  browser.notifications.onButtonClicked.addListener((id, index) => void handleNotificationButton(id, index));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  // The handlers, reachable from the worker's console (and the e2e tests, which cannot click
  // a context menu, press a browser shortcut or wait for an alarm).
  Object.assign(globalThis, {
    jobshelf: { handleContextMenuClick, handleCommand, saveFromTab, syncReminders, handleAlarm, handleNotificationClick },
  });
});
