import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBackup } from '../../scripts/generate-jobs';
import { openDashboardWithBackup, popupFor, useTheme } from './harness';
import { tabWalk } from './keyboard';
import { useExtension } from './suite';

// Keyboard only, in both themes: Tab reaches every control the popup and each dashboard view
// show, in turn, and every stop draws a focus ring you can see (≥ 2 px, ≥ 3:1 against its surface).

const extension = useExtension();
let dir: string;
let dashboard: Page;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jobshelf-keyboard-e2e-'));
  const file = path.join(dir, 'backup.json');
  await writeFile(file, JSON.stringify(generateBackup({ count: 6, seed: 41, now: Date.now() })));
  dashboard = await openDashboardWithBackup(extension.session, file);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectKeyboardReachable(page: Page, label: string): Promise<void> {
  // A tab behind another runs no transitions: its colours would stop halfway through a theme switch.
  await page.bringToFront();
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    const { stops, unreached } = await tabWalk(page);
    expect(stops.length, `${label}: Tab reaches something`).toBeGreaterThan(0);
    expect(unreached, `${label}, ${theme}: controls Tab never reaches`).toEqual([]);
    expect(
      stops.filter((stop) => !stop.ring).map((stop) => `${stop.what} (${stop.ratio}:1)`),
      `${label}, ${theme}: stops without a visible focus ring`,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('every control by keyboard, with a focus ring you can see', () => {
  it('the popup, before and after saving', async () => {
    const { page, popup } = await popupFor(extension, '/e2e/posting?title=Warehouse%20Team%20Lead&company=Larchmoor');
    await popup.getByTestId('save-button').waitFor();
    await expectKeyboardReachable(popup, 'popup');
    await popup.getByTestId('edit-details').click();
    await popup.getByTestId('posting-editor').waitFor();
    await expectKeyboardReachable(popup, 'popup, editing');
    await popup.keyboard.press('Escape');
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    await expectKeyboardReachable(popup, 'popup, saved');
    await popup.close();
    await page.close();
  });

  it.each(['#/jobs', '#/board', '#/compare', '#/insights', '#/settings'])('the dashboard at %s', async (hash) => {
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html${hash}`);
    await dashboard.locator('main').waitFor();
    await dashboard.waitForLoadState('networkidle');
    await expectKeyboardReachable(dashboard, hash);
  });

  it('a job page', async () => {
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html#/jobs`);
    const first = dashboard.locator('a[href*="#/job/"]').first();
    await dashboard.goto(
      `chrome-extension://${extension.session.extensionId}/dashboard.html${await first.getAttribute('href')}`,
    );
    await dashboard.getByTestId('detail-title').waitFor();
    await expectKeyboardReachable(dashboard, 'job page');
  });
});
