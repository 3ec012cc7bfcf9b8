import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { captureTab } from './capture';
import { handleCommand } from './commands';
import { createContextMenus, handleContextMenuClick } from './context-menu';
import { registerMessageHandlers } from './messages';
import { handleAlarm, handleNotificationButton, handleNotificationClick, syncReminders } from './reminders';
import { saveFromTab } from './save';
import { scheduleClosedCheck, runClosedCheck } from './closed-check';
import { getDatabase } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings-repository';
import { backfillSummaries } from '@/utils/db/jobs-repository';
import { connectSync, handleSyncAlarm, runSync, startSync, watchWrites } from './sync';
import { installE2eHooks } from './e2e-hooks';

export default defineBackground(() => {
  registerMessageHandlers();
  watchWrites();
  if (import.meta.env.JOBSHELF_E2E) installE2eHooks();
  const rebuild = async () => {
    // The database is the source of truth: alarms and the badge are rebuilt from it.
    await syncReminders();
    await backfillSummaries(getDatabase());
    await scheduleClosedCheck((await getSettings(getDatabase())).closedCheck);
    await startSync();
  };
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenus();
    void rebuild();
  });
  browser.runtime.onStartup.addListener(() => void rebuild());
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
  browser.alarms.onAlarm.addListener((alarm) => void handleSyncAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(id));
  browser.notifications.onButtonClicked.addListener((id, index) => void handleNotificationButton(id, index));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  // The handlers, reachable from the worker's console (and the e2e tests, which cannot click
  // a context menu, press a browser shortcut or wait for an alarm).
  Object.assign(globalThis, {
    jobshelf: {
      handleContextMenuClick,
      handleCommand,
      captureTab,
      saveFromTab,
      syncReminders,
      handleAlarm,
      handleNotificationClick,
      runClosedCheck,
      getDatabase,
      runSync,
      connectSync,
    },
  });
});
