import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkA11y } from './axe';
import { openPopup, root, screenshot, tabIdOf, useTheme } from './harness';
import { useExtension } from './suite';

const POSTING_PAGE = '/fixtures/pages/001-ashby-ramp-software-engineer-accounting.html';
const SECOND_POSTING_PAGE = '/fixtures/pages/004-clinch-waymo-software-engineer-multiverse.html';
const ARTICLE_PAGE = '/fixtures/pages/017-techcrunch-article-hackerrank.html';

const extension = useExtension();
const popupTimings: Array<{ page: string; shownAfterMs: number }> = [];

afterAll(async () => {
  if (popupTimings.length > 0) {
    await mkdir(path.join(root, 'bench-results'), { recursive: true });
    await writeFile(
      path.join(root, 'bench-results/e2e-popup-timings.json'),
      JSON.stringify({ measuredAt: new Date().toISOString(), popupTimings }, null, 2),
    );
    console.log('popup shown after (ms):', popupTimings.map((t) => `${t.page}: ${t.shownAfterMs}`).join(', '));
  }
});

async function openPostingTab(pathname: string) {
  const page = await extension.session.context.newPage();
  await page.goto(extension.origin + pathname, { waitUntil: 'domcontentloaded' });
  return { page, tabId: await tabIdOf(extension.session, page) };
}

async function recordTiming(popup: import('playwright-core').Page, label: string) {
  const shown = await popup.evaluate(() => document.documentElement.dataset.shownAfterMs);
  popupTimings.push({ page: label, shownAfterMs: Number(shown) });
}

async function savedJobCount(): Promise<number> {
  const dashboard = await extension.session.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html`);
  await dashboard.getByTestId('job-count').filter({ hasText: 'saved' }).waitFor();
  const rows = await dashboard.getByTestId('job-row').count();
  await dashboard.close();
  return rows;
}

describe('capture and save in real Chromium', () => {
  it('shows the posting in the popup, saves it, and the dashboard lists it live', async () => {
    const dashboard = await extension.session.context.newPage();
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html`);
    await dashboard.getByTestId('empty-state').waitFor();
    await screenshot(dashboard, 'dashboard-empty');

    const { page, tabId } = await openPostingTab(POSTING_PAGE);
    const popup = await openPopup(extension.session, tabId);
    await popup.getByTestId('posting-title').waitFor();
    await recordTiming(popup, 'posting, not saved');
    expect(await popup.getByTestId('posting-title').textContent()).toBe('Software Engineer, Accounting');
    expect(await popup.getByTestId('posting-company').textContent()).toBe('Ramp');
    await screenshot(popup, 'popup-posting');

    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    await screenshot(popup, 'popup-saved');

    // The dashboard, opened before the save, updates without a reload.
    await dashboard.getByTestId('job-row').first().waitFor();
    expect(await dashboard.getByTestId('job-row').count()).toBe(1);
    expect(await dashboard.getByTestId('job-row').first().textContent()).toContain('Software Engineer, Accounting');
    await screenshot(dashboard, 'dashboard');

    // Reopened on the same page: still "Saved"; saving again updates, never duplicates.
    await popup.close();
    const again = await openPopup(extension.session, tabId);
    await again.getByTestId('saved-state').waitFor();
    await recordTiming(again, 'posting, already saved');
    await again.getByTestId('save-button').click();
    await again.getByTestId('save-button').filter({ hasText: 'Re-read from page' }).waitFor();
    expect(await savedJobCount()).toBe(1);
    await again.close();
    await page.close();
    await dashboard.close();
  });

  it('saves from the right-click menu handler with a badge and a notification', async () => {
    const { page, tabId } = await openPostingTab(SECOND_POSTING_PAGE);
    const result = await extension.session.worker.evaluate(async (tabId) => {
      const jobshelf = (
        globalThis as unknown as {
          jobshelf: { handleContextMenuClick: (info: unknown, tab: unknown) => Promise<void> };
        }
      ).jobshelf;
      await jobshelf.handleContextMenuClick({ menuItemId: 'jobshelf-save-page' }, { id: tabId });
      return {
        badge: await chrome.action.getBadgeText({ tabId }),
        notifications: Object.keys(await chrome.notifications.getAll()),
      };
    }, tabId);
    expect(result.badge).toBe('✓');
    expect(result.notifications.some((id) => id.startsWith('saved-'))).toBe(true);
    expect(await savedJobCount()).toBe(2);
    await page.close();
  });

  it('saves from the keyboard shortcut handler, updating the same job when pressed twice', async () => {
    const { page, tabId } = await openPostingTab(SECOND_POSTING_PAGE);
    const badge = await extension.session.worker.evaluate(async (tabId) => {
      const jobshelf = (
        globalThis as unknown as {
          jobshelf: { handleCommand: (command: string, tab: unknown) => Promise<void> };
        }
      ).jobshelf;
      await jobshelf.handleCommand('save-job', { id: tabId });
      return chrome.action.getBadgeText({ tabId });
    }, tabId);
    expect(badge).toBe('✓');
    expect(await savedJobCount()).toBe(2);
    await page.close();
  });

  it('says in plain words that a browser page cannot be read', async () => {
    const { page, tabId } = await openPostingTab('/e2e/pages/blank.html');
    await page.goto('chrome://version');
    const popup = await openPopup(extension.session, tabId);
    await popup.getByTestId('notice-reason').waitFor();
    expect(await popup.textContent('body')).toContain("Jobshelf can't read this page");
    await recordTiming(popup, 'restricted page');
    await screenshot(popup, 'popup-restricted');
    await useTheme(popup, 'dark');
    await screenshot(popup, 'popup-restricted-dark');
    await checkA11y(popup, 'popup on a browser page, dark');
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe("Jobshelf can't read this page");

    // The menu handler on the same page saves nothing and says why.
    const notifications = await extension.session.worker.evaluate(async (tabId) => {
      const jobshelf = (
        globalThis as unknown as {
          jobshelf: { handleContextMenuClick: (info: unknown, tab: unknown) => Promise<void> };
        }
      ).jobshelf;
      await jobshelf.handleContextMenuClick({ menuItemId: 'jobshelf-save-page' }, { id: tabId });
      return Object.keys(await chrome.notifications.getAll());
    }, tabId);
    expect(notifications).toContain(`not-saved-${tabId}`);
    await popup.close();
    await page.close();
  });

  it('says a page that is not a job posting is not one', async () => {
    const { page, tabId } = await openPostingTab(ARTICLE_PAGE);
    const popup = await openPopup(extension.session, tabId);
    await popup.getByTestId('not-a-posting').waitFor();
    expect(await popup.getByTestId('notice-reason').textContent()).toBe(
      'This page reads like an article, not a job posting.',
    );
    // Nothing is saved without the user's word: no Save until they choose "Save anyway".
    expect(await popup.getByTestId('save-button').count()).toBe(0);
    expect(await popup.getByTestId('save-anyway').count()).toBe(1);
    await recordTiming(popup, 'not a posting');
    await screenshot(popup, 'popup-not-a-posting');
    await popup.close();
    await page.close();
  });
});
