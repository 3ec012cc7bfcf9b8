import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBackup } from '../../scripts/generate-jobs';
import { checkA11y } from './axe';
import { worstFieldOutline } from './contrast';
import { launchExtension, openDashboardWithBackup, screenshot, useTheme, type ExtensionSession } from './harness';

// The dashboard as a keyboard, screen-reader, zoomed-in or motion-sensitive user meets it:
// focus that follows a moved card, fields you can see, reflow at 200% zoom, less motion on request,
// and the backup preview, each looked at in both themes (tests/e2e/screenshots/a11y-*.png).

let session: ExtensionSession;
let dir: string;
let page: Page;
let backupFile: string;
let jobIds: string[] = [];

const url = (hash: string) => `chrome-extension://${session.extensionId}/dashboard.html${hash}`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jobshelf-a11y-e2e-'));
  const backup = generateBackup({ count: 40, seed: 23, now: Date.now() });
  jobIds = backup.jobs.map((job) => job.id);
  backupFile = path.join(dir, 'backup.json');
  await writeFile(backupFile, JSON.stringify(backup));
  session = await launchExtension();
  page = await openDashboardWithBackup(session, backupFile, async (preview) => {
    // The backup preview, looked at before anything is written, in both themes.
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(preview, theme);
      // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
      await preview.evaluate(() => window.scrollTo(0, 0));
      await screenshot(preview, `a11y-backup-preview-${theme}`);
      await checkA11y(preview, `backup preview (${theme})`);
    }
    await preview.emulateMedia({ colorScheme: 'light' });
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The data-job-id of the board card holding focus, and the column it is in. */
const focusedCard = () =>
  page.evaluate(() => {
    const card = document.activeElement?.closest<HTMLElement>('[data-testid="board-card"]');
    return card
      ? {
          id: card.dataset.jobId,
          column: card.closest<HTMLElement>('section')?.dataset.testid,
          tag: document.activeElement!.tagName,
        }
      : null;
  });

describe('the dashboard for keyboard, zoom and low-vision users', () => {
  it('a card moved with Shift+→ or its menu keeps the focus, in its new column', async () => {
    await page.goto(url('#/board'));
    const saved = page.getByTestId('board-column-saved');
    await saved.getByTestId('board-card').first().waitFor();
    const card = saved.getByTestId('board-card').first();
    const id = await card.getAttribute('data-job-id');
    await card.locator('.board-card-title').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(focusedCard).toEqual({ id, column: 'board-column-interested', tag: 'A' });
    // Again, without reaching for the mouse: the focus is still on the card.
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(focusedCard).toEqual({ id, column: 'board-column-applied', tag: 'A' });
    await expect
      .poll(() => page.locator('[aria-live="polite"]').first().textContent())
      .toMatch(/^Moved .* to Applied$/);

    // The menu: Enter opens it, ↓ and Enter pick a stage, focus lands on the card where it went.
    await page.keyboard.press('Tab'); // the card's "Move" button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('board-move');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    // The menu moves focus to its first item once it is drawn: wait for that before the arrows.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    // Items: Saved, Interested, Interview, …: the third is Interview.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Interview');
    await page.keyboard.press('Enter');
    await expect.poll(focusedCard).toEqual({ id, column: 'board-column-interview', tag: 'A' });
    await screenshot(page, 'a11y-board-keyboard-move');
  });

  it('text fields and selects have an outline you can see (≥ 3:1) and placeholders you can read (≥ 4.5:1), in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.goto(url('#/settings'));
      await page.getByTestId('export-backup').waitFor();
      const worst = await page.evaluate(worstFieldOutline, 'outline');
      expect(worst, theme).toBeDefined();
      expect(worst!.ratio, `${theme}: ${worst!.field}`).toBeGreaterThanOrEqual(3);
      const placeholder = await page.evaluate(worstFieldOutline, 'placeholder');
      expect(placeholder!.ratio, `${theme}: the placeholder of ${placeholder!.field}`).toBeGreaterThanOrEqual(4.5);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('at 200% zoom (640 px wide) every view reflows: nothing scrolls sideways, nothing is cut', async () => {
    await page.setViewportSize({ width: 640, height: 720 });
    const problems: string[] = [];
    const views = [
      ['jobs', '#/jobs', 'job-row'],
      ['board', '#/board', 'board-card'],
      ['job', `#/job/${jobIds[0]}`, 'posting-description'],
      ['compare', `#/compare?ids=${jobIds[1]},${jobIds[2]}`, 'compare-table'],
      ['insights', '#/insights', 'insights'],
      ['settings', '#/settings', 'export-backup'],
    ] as const;
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      for (const [name, hash, ready] of views) {
        await page.goto(url(hash));
        await page.getByTestId(ready).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${name} (${theme}): the page scrolls ${overflow} px sideways`);
        await checkA11y(page, `${name} at 640 px (${theme})`).catch((error: Error) => problems.push(error.message));
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `a11y-zoom-${name}-${theme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1360, height: 860 });
    expect(problems).toEqual([]);
  }, 180_000);

  it("insights' charts are drawn at a readable size: no label under 10.5 px, at any width", async () => {
    const smallest: Record<number, number> = {};
    for (const width of [1360, 1024, 640]) {
      await page.setViewportSize({ width, height: 860 });
      await page.goto(url('#/insights'));
      await page.getByTestId('insights').waitFor();
      smallest[width] = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll<SVGSVGElement>('svg.chart')].flatMap((chart) => {
            const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
            return [...chart.querySelectorAll('text')].map(
              (label) => parseFloat(getComputedStyle(label).fontSize) * scale,
            );
          }),
        ),
      );
    }
    await page.setViewportSize({ width: 1360, height: 860 });
    for (const size of Object.values(smallest)) expect(size, JSON.stringify(smallest)).toBeGreaterThanOrEqual(10.5);
  });

  it('with "reduce motion" set, nothing fades or slides', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-row').first().waitFor();
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('.button, button, a, .jobs-row')]
        .map((element) => getComputedStyle(element).transitionDuration)
        .filter((duration) => duration.split(',').some((part) => parseFloat(part) > 0)),
    );
    expect(durations).toEqual([]);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('the job page lists every missing must-have behind its "+N more", in place', async () => {
    await page.goto(url('#/settings'));
    await page.getByTestId('export-backup').waitFor();
    // A profile with one skill: most jobs miss several must-haves.
    await session.worker.evaluate(async () => {
      type Db = { settings: { put: (row: unknown) => Promise<unknown> } };
      const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
      await db.settings.put({ key: 'profile', value: { skills: ['Excel'] } });
    });
    let found = false;
    for (const id of jobIds) {
      await page.goto(url(`#/job/${id}`));
      await page.getByTestId('job-match').waitFor();
      if ((await page.getByTestId('match-more').count()) === 0) continue;
      found = true;
      const reason = page.getByTestId('job-match-reason');
      const before = (await reason.textContent()) ?? '';
      const more = page.getByTestId('match-more');
      expect(await more.textContent()).toMatch(/^\+(\d+) more missing skills$/);
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      const after = (await reason.textContent()) ?? '';
      expect(after.split(',').length).toBeGreaterThan(before.split(',').length);
      await page.getByTestId('job-match').scrollIntoViewIfNeeded();
      await screenshot(page, 'a11y-job-match-expanded');
      break;
    }
    expect(found, 'a job missing more than three must-haves').toBe(true);
  });
});
