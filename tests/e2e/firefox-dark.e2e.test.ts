import { describe, expect, it } from 'vitest';
import { worstFieldOutline } from './contrast';
import { tabWalk, type KeyboardPage } from './keyboard';
import {
  firefoxScreenshot,
  openExtensionPage,
  openPopup,
  openWebPage,
  tabIdOf,
  useFirefoxExtension,
} from './firefox-harness';

// Pages follow the system theme; WebDriver BiDi cannot emulate it, so this Firefox's system is dark.
const extension = useFirefoxExtension({ 'ui.systemUsesDarkTheme': 1 });

/** As in Chromium (keyboard.e2e.test.ts): Tab reaches every control, each with a ring ≥ 3:1. */
/** Once per page: the walk's last Tab leaves for the browser's own bar, and Firefox then draws no focus styles in it. */
async function expectKeyboardReachable(page: KeyboardPage, label: string): Promise<void> {
  const { stops, unreached } = await tabWalk(page);
  expect(stops.length, label).toBeGreaterThan(0);
  expect(unreached, `${label}: controls Tab never reaches`).toEqual([]);
  expect(
    stops.filter((stop) => !stop.ring).map((stop) => `${stop.what} (${stop.ratio}:1)`),
    `${label}: stops without a visible focus ring`,
  ).toEqual([]);
}

describe('Jobshelf in Firefox with a dark theme', () => {
  it('shows the popup and the dashboard dark', async () => {
    const page = await openWebPage(
      extension.session,
      `${extension.origin}/fixtures/pages/002-greenhouse-anthropic-ml-systems-engineer.html`,
    );
    const popup = await openPopup(extension.session, extension.origin, await tabIdOf(extension.session, page));
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await popup.waitForSelector('[data-testid="save-button"]');
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="saved-state"]');
    await popup.waitForFunction(
      () => document.querySelector('[data-testid="save-button"]')?.textContent === 'Re-read from page',
      {
        polling: 100,
      },
    );
    await firefoxScreenshot(popup, 'popup-dark');
    await expectKeyboardReachable(popup, 'Firefox popup, saved');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // A dark page: every channel of the background well below the middle.
    expect(
      background
        .match(/\d+/g)!
        .slice(0, 3)
        .every((channel) => Number(channel) < 80),
    ).toBe(true);

    const dashboard = await openExtensionPage(extension.session.browser, extension.origin, '/dashboard.html');
    await dashboard.waitForSelector('[data-testid="job-row"]');
    await firefoxScreenshot(dashboard, 'dashboard-dark');
    await expectKeyboardReachable(dashboard, 'Firefox jobs list');

    // Firefox draws its own form controls: their outlines still show (≥ 3:1) on the dark cards.
    await dashboard.evaluate(() => (location.hash = '#/settings'));
    await dashboard.waitForSelector('[data-testid="export-backup"]');
    const worst = await dashboard.evaluate(worstFieldOutline, 'outline');
    expect(worst!.ratio, worst!.field).toBeGreaterThanOrEqual(3);
    const settings = await openExtensionPage(extension.session.browser, extension.origin, '/dashboard.html#/settings');
    await settings.waitForSelector('[data-testid="export-backup"]');
    await expectKeyboardReachable(settings, 'Firefox settings');
    await settings.close();

    // On the board, Shift+→ moves the focused card and the focus goes with it.
    await dashboard.evaluate(() => (location.hash = '#/board'));
    await dashboard.waitForSelector('[data-testid="board-card"] .board-card-title');
    await dashboard.focus('[data-testid="board-column-saved"] .board-card-title');
    await dashboard.keyboard.down('Shift');
    await dashboard.keyboard.press('ArrowRight');
    await dashboard.keyboard.up('Shift');
    await dashboard.waitForFunction(
      () =>
        document.activeElement?.closest('[data-testid="board-column-interested"]') !== null &&
        document.activeElement?.classList.contains('board-card-title'),
      { polling: 100, timeout: 10_000 },
    );
    await firefoxScreenshot(dashboard, 'board-dark-keyboard-move');
    await popup.close();
    await dashboard.close();
    await page.close();
  });
});
