import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBackup } from '../../scripts/generate-jobs';
import { checkA11y } from './axe';
import { launchExtension, openDashboardWithBackup, screenshot, type ExtensionSession } from './harness';

// Every dashboard view, in both themes, at 1360, 1024 and 900 px: no critical or serious axe-core
// violation, and a screenshot of each to look at (tests/e2e/screenshots/view-*.png).

let session: ExtensionSession;
let dir: string;
let page: Page;
let jobIds: string[] = [];

const url = (hash: string) => `chrome-extension://${session.extensionId}/dashboard.html${hash}`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jobshelf-views-e2e-'));
  const backup = generateBackup({ count: 60, seed: 5, now: Date.now() });
  jobIds = backup.jobs.map((job) => job.id);
  const file = path.join(dir, 'backup.json');
  await writeFile(file, JSON.stringify(backup));
  session = await launchExtension();
  page = await openDashboardWithBackup(session, file);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

interface View {
  name: string;
  hash: () => string;
  ready: string;
}

const views: View[] = [
  { name: 'jobs', hash: () => '#/jobs', ready: 'job-row' },
  { name: 'board', hash: () => '#/board', ready: 'board-card' },
  { name: 'job', hash: () => `#/job/${jobIds[0]}`, ready: 'posting-description' },
  { name: 'compare', hash: () => `#/compare?ids=${jobIds[1]},${jobIds[2]},${jobIds[3]}`, ready: 'compare-table' },
  { name: 'insights', hash: () => '#/insights', ready: 'insights' },
  { name: 'settings', hash: () => '#/settings', ready: 'export-backup' },
  { name: 'job-not-found', hash: () => '#/job/no-such-job', ready: 'empty-state' },
];

describe('every dashboard view, both themes, three widths', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1360, 1024, 900]) {
      it(`${theme} at ${width} px: no serious axe violation, and a screenshot of each view`, async () => {
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 860 });
        const problems: string[] = [];
        for (const view of views) {
          await page.goto(url(view.hash()));
          await page.getByTestId(view.ready).first().waitFor();
          await page.evaluate(() => document.fonts.ready);
          await checkA11y(page, `${view.name} (${theme}, ${width} px)`).catch((error: Error) =>
            problems.push(error.message),
          );
          // One h1 on every page, for screen reader users finding their place.
          const h1s = await page.locator('h1').count();
          if (h1s !== 1) problems.push(`${view.name}: ${h1s} h1 elements`);
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, `view-${view.name}-${theme}-${width}`);
        }
        expect(problems).toEqual([]);
        // The page never scrolls sideways.
        await page.goto(url('#/jobs'));
        await page.getByTestId('job-row').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        // Where the Location column does not fit, the place is under the company, not gone.
        const hasLocationColumn = (await page.getByTestId('sort-location').count()) > 0;
        expect((await page.locator('.cell-place').count()) > 0).toBe(!hasLocationColumn);
        if (width === 900) expect(hasLocationColumn).toBe(false);
        // The application's status stays in reach: beside the posting when it fits, above it when not.
        await page.goto(url(`#/job/${jobIds[0]}`));
        await page.getByTestId('posting-description').waitFor();
        const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
        const status = await box('#application-heading');
        const summary = await box('#summary-heading');
        const reminders = await box('#reminders-heading');
        if (width === 900) {
          expect(status.y).toBeLessThan(summary.y);
          expect(reminders.y).toBeGreaterThan(summary.y);
        } else {
          expect(status.x).toBeGreaterThan(summary.x + summary.width);
          expect(reminders.y).toBeGreaterThan(status.y);
        }
        // Nor does the board, folded as it starts, at either width: and it has no sideways scroll box of its own.
        await page.goto(url('#/board'));
        await page.getByTestId('board-card').first().waitFor();
        expect(
          await page.evaluate(() => {
            const board = document.querySelector<HTMLElement>('[data-testid="board"]')!;
            return {
              page: document.documentElement.scrollWidth <= window.innerWidth,
              board: board.scrollWidth <= board.clientWidth,
            };
          }),
        ).toEqual({ page: true, board: true });
      }, 180_000);
    }
  }

  it('the board fits between the two widths too (a 1200 px window was 70 px too narrow in Firefox)', async () => {
    await page.goto(url('#/board'));
    await page.getByTestId('board-card').first().waitFor();
    for (const width of [1100, 1200, 1240, 1300]) {
      await page.setViewportSize({ width, height: 860 });
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits, `${width} px`).toBe(true);
    }
  });

  it('skips past the search, filters and sort buttons to the jobs list, with a solid focus ring', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1360, height: 860 });
    await page.goto(url('#/jobs'));
    await page.reload(); // A fresh document: Tab starts from its top.
    await page.getByTestId('job-row').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the jobs list');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'jobs-table',
    );
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
    });
    // A solid ring in the theme's focus colour (#0b5f58: 7.6:1 on white), not a faint halo.
    expect(ring).toEqual({ style: 'solid', width: '2px', color: 'rgb(11, 95, 88)' });
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('jobs-table').getAttribute('aria-activedescendant')).toMatch(/^job-row-/);
  });

  it('settings: AI key fields only for a provider that needs them; lead times are chips', async () => {
    await page.goto(url('#/settings'));
    await page.getByTestId('ai-provider').waitFor();
    expect(await page.getByTestId('ai-api-key').count()).toBe(0);
    await page.getByTestId('ai-provider').selectOption('openai-compatible');
    await page.getByTestId('ai-api-key').waitFor();
    await page.getByTestId('ai-provider').selectOption('none');
    expect(await page.getByTestId('ai-api-key').count()).toBe(0);
    // A key saved with the remote provider stays when the built-in one is chosen, until removed.
    await page.getByTestId('ai-provider').selectOption('openai-compatible');
    await page.getByLabel('API base URL').fill('http://127.0.0.1:9/v1');
    await page.getByTestId('ai-api-key').fill('sk-test-kept');
    await page.getByRole('button', { name: 'Save provider' }).click();
    await page.getByTestId('settings-message').filter({ hasText: 'AI provider saved' }).waitFor();
    await page.getByTestId('ai-provider').selectOption('none');
    await page.getByRole('button', { name: 'Save provider' }).click();
    await page.getByTestId('ai-key-kept').waitFor();
    await page.reload();
    await page.getByTestId('ai-key-kept').waitFor();
    await page.getByTestId('ai-provider').selectOption('openai-compatible');
    expect(await page.getByTestId('ai-api-key').inputValue()).toBe('sk-test-kept');
    await page.getByTestId('ai-provider').selectOption('none');
    await page.getByTestId('ai-forget-key').click();
    await expect.poll(() => page.getByTestId('ai-key-kept').count()).toBe(0);
    expect(await page.getByTestId('lead-times').locator('[aria-pressed="true"]').allTextContents()).toEqual([
      '3 days before',
      '1 day before',
    ]);
    await page.getByTestId('lead-times').getByRole('button', { name: '7 days before' }).click();
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByTestId('settings-message').filter({ hasText: 'Reminder settings saved' }).waitFor();
    await page.reload();
    await page.getByTestId('lead-times').waitFor();
    expect(await page.getByTestId('lead-times').locator('[aria-pressed="true"]').allTextContents()).toEqual([
      '7 days before',
      '3 days before',
      '1 day before',
    ]);
  });
});
