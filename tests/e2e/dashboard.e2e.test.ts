import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBackup } from '../../scripts/generate-jobs';
import {
  launchExtension,
  screenshot as fullPageScreenshot,
  screenshotBothThemes,
  screenshotDir,
  type ExtensionSession,
} from './harness';

const JOBS = 400;

let session: ExtensionSession;
let dir: string;
let backupFile: string;
let page: Page;

/** From the top: a full-page shot of a scrolled page draws the sticky header mid-page. */
async function screenshot(target: Page, name: string) {
  await target.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(target, name);
}

const url = (hash: string) => `chrome-extension://${session.extensionId}/dashboard.html${hash}`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jobshelf-dashboard-e2e-'));
  backupFile = path.join(dir, 'jobshelf-backup-generated.json');
  await writeFile(backupFile, JSON.stringify(generateBackup({ count: JOBS, seed: 11, now: Date.now() })));
  session = await launchExtension();
  page = await session.context.newPage();
  page.on('pageerror', (error) => console.error('dashboard page error:', error.message));
  await page.setViewportSize({ width: 1360, height: 860 });
});

afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

async function importFile(file: string, mode: 'merge' | 'replace') {
  await page.goto(url('#/settings'));
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  if (mode === 'replace') {
    await page.getByTestId('import-mode-replace').check();
    await page.getByTestId('preview-removed').waitFor();
  }
  const inFile = await page.getByTestId('preview-in-file').textContent();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('settings-message').filter({ hasText: 'Reminders are scheduled' }).waitFor();
  return inFile;
}

describe('dashboard in real Chromium', () => {
  it('shows a helpful empty state before anything is saved', async () => {
    await page.goto(url('#/jobs'));
    await page.getByTestId('empty-state').waitFor();
    await screenshot(page, 'dashboard-empty-state');
    // Every view says what to do next when nothing is saved: each offers a way on, in both themes.
    for (const view of ['board', 'insights', 'compare']) {
      await page.goto(url(`#/${view}`));
      await page.getByTestId('empty-state').waitFor();
      expect(await page.getByTestId('empty-state').locator('a, button').count(), view).toBeGreaterThan(0);
      await screenshotBothThemes(page, `dashboard-empty-${view}`);
    }
  });

  it('imports a backup (previewed) and lists every job in the table', async () => {
    expect(await importFile(backupFile, 'merge')).toBe(String(JOBS));
    await screenshot(page, 'dashboard-settings');
    await page.goto(url('#/jobs'));
    await page
      .getByTestId('job-count')
      .filter({ hasText: `${JOBS} saved jobs` })
      .waitFor();
    await page.getByTestId('job-row').first().waitFor();
    // Virtualized: far fewer rows in the DOM than jobs.
    const rendered = await page.getByTestId('job-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await screenshot(page, 'dashboard-jobs');
  });

  it('searches with a prefix and a typo, highlighting matches', async () => {
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-row').first().waitFor();
    const search = page.getByTestId('search-input');
    await search.fill('kubern');
    await page.locator('[data-testid="job-row"] mark, [data-testid="result-count"]:has-text("of")').first().waitFor();
    await expect.poll(async () => page.getByTestId('result-count').textContent()).toMatch(/^\d+ of 400 jobs/);
    const count = Number((await page.getByTestId('result-count').textContent())?.split(' ')[0]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(JOBS);
    await search.fill('Engneer');
    await expect.poll(async () => page.locator('[data-testid="job-title"] mark').count()).toBeGreaterThan(0);
    expect((await page.locator('[data-testid="job-title"] mark').first().textContent())?.toLowerCase()).toBe(
      'engineer',
    );
    await screenshot(page, 'dashboard-search');
    await search.fill('');
  });

  it('sorts by a column and filters by status', async () => {
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-row').first().waitFor();
    await page.getByTestId('sort-title').click();
    const titles = await page.getByTestId('job-title').allTextContents();
    expect(titles.slice(0, 5)).toEqual(
      [...titles.slice(0, 5)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    await page.getByTestId('filter-stage-interview').click();
    await expect.poll(async () => page.getByTestId('result-count').textContent()).toMatch(/of 400 jobs/);
    const statuses = await page.locator('[data-testid="job-row"] .stage-pill').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['Interview']));
    await page.getByTestId('clear-filters').click();
  });

  it('moves a job on the board with the menu and by drag and drop', async () => {
    await page.goto(url('#/board'));
    const saved = page.getByTestId('board-column-saved');
    const applied = page.getByTestId('board-column-applied');
    const interview = page.getByTestId('board-column-interview');
    await saved.getByTestId('board-card').first().waitFor();
    await screenshot(page, 'dashboard-board');
    // Every column fits at this width: the outcomes (Rejected, Withdrawn) start folded.
    const board = page.getByTestId('board');
    expect(await board.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const rejected = page.getByTestId('board-column-rejected');
    expect(await rejected.getByTestId('board-column-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await rejected.getByTestId('board-card').count()).toBe(0);
    await rejected.getByTestId('board-column-toggle').click();
    await rejected.getByTestId('board-card').first().waitFor();
    // Remembered for the next visit.
    await page.reload();
    await rejected.getByTestId('board-card').first().waitFor();
    await rejected.getByTestId('board-column-toggle').click();
    expect(await rejected.getByTestId('board-card').count()).toBe(0);
    const countOf = async (column: typeof saved) =>
      Number((await column.getByTestId('board-count').textContent())?.replace(/,/g, ''));
    const appliedBefore = await countOf(applied);
    const card = saved.getByTestId('board-card').first();
    const title = await card.locator('.board-card-title').textContent();
    // The card's small "Move" menu, not a full-width select.
    await card.getByTestId('board-move').click();
    await page.getByRole('menuitem', { name: 'Applied' }).click();
    await expect.poll(() => countOf(applied), { timeout: 10_000 }).toBe(appliedBefore + 1);
    const firstTitle = (column: typeof saved) =>
      column.getByTestId('board-card').first().locator('.board-card-title').textContent();
    await expect.poll(() => firstTitle(applied), { timeout: 10_000 }).toBe(title);
    // The background saved it: a refused write would show an alert.
    expect(await page.locator('[role="alert"]').allTextContents()).toEqual([]);

    const interviewBefore = await countOf(interview);
    // Dropped near the column's top: with one page scroll the column's middle can be off screen.
    await applied
      .getByTestId('board-card')
      .first()
      .dragTo(interview, { targetPosition: { x: 60, y: 24 } });
    await expect.poll(() => countOf(interview), { timeout: 10_000 }).toBe(interviewBefore + 1);
    await expect.poll(() => firstTitle(interview), { timeout: 10_000 }).toBe(title);
    // Still there once the background's write has come back through the live query.
    await page.waitForTimeout(500);
    expect(await firstTitle(interview)).toBe(title);
    expect(await countOf(interview)).toBe(interviewBefore + 1);
  });

  it('opens a job with its details, provenance and tracking panels', async () => {
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-title').first().click();
    await page.getByTestId('job-detail').waitFor();
    await page.getByTestId('posting-description').waitFor();
    expect(await page.getByTestId('posting-fields').textContent()).toContain('Structured data');
    await page.getByTestId('status-picker').waitFor();
    await screenshot(page, 'dashboard-job');
  });

  it("weighs the preferences set in Settings in the job page's explained match", async () => {
    await page.goto(url('#/settings'));
    const card = page.getByTestId('match-preferences');
    await card.getByLabel('Your years of experience').fill('4');
    await card.getByLabel('Remote').check();
    await card.getByLabel('Places you can work in').fill('Berlin, London');
    await card.getByLabel('Minimum pay').fill('70000');
    await card.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByTestId('settings-message').filter({ hasText: 'Match preferences saved' }).waitFor();
    await card.screenshot({ path: path.join(screenshotDir, 'dashboard-settings-preferences.png') });
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-title').first().click();
    const match = page.getByTestId('job-match');
    await match.getByTestId('job-match-score').waitFor();
    const kinds = await match.locator('[data-status]').evaluateAll((items) => items.map((item) => item.className));
    // The four preferences just saved, each met, not met or unknown (and the skills from the imported
    // profile, unless the reason line above already gives their count).
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    for (const kind of kinds) expect(kind).toMatch(/job-match-check-(met|unmet|unknown)/);
    expect(await match.getByTestId('job-match-reason').textContent()).toMatch(
      /must-have skills|nice-to-have skills|years|want|places|minimum/,
    );
    // The skills count shows once: in the reason, or as a check line, never both.
    const cardText = (await match.textContent()) ?? '';
    expect(cardText.match(/\d+ of \d+ (must-have|nice-to-have) skills/g) ?? []).toHaveLength(1);
    await match.scrollIntoViewIfNeeded();
    await match.screenshot({ path: path.join(screenshotDir, 'dashboard-job-match.png') });
  });

  it('compares two jobs picked in the table', async () => {
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-row').first().waitFor();
    const boxes = page.locator('[data-testid="job-row"] input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByTestId('compare-selected').click();
    await page.getByTestId('compare-table').waitFor();
    expect(await page.locator('.compare-table thead th').count()).toBe(2);
    expect(page.url()).toMatch(/#\/compare\?ids=[^,]+,[^,]+$/);
    await screenshot(page, 'dashboard-compare');
  });

  it('charts the funnel and weekly applications', async () => {
    await page.goto(url('#/insights'));
    await page.getByTestId('insights').waitFor();
    expect(await page.getByTestId('response-rate').textContent()).toMatch(/%/);
    await screenshot(page, 'dashboard-insights');
  });

  it('exports a backup and re-imports it (replace) to the same jobs', async () => {
    await page.goto(url('#/settings'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    const exported = path.join(dir, 'exported.json');
    await download.saveAs(exported);
    const backup = JSON.parse(await readFile(exported, 'utf8')) as { jobs: unknown[]; version: number };
    expect(backup.version).toBe(2);
    expect(backup.jobs).toHaveLength(JOBS);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(JOBS + 1);

    expect(await importFile(exported, 'replace')).toBe(String(JOBS));
    await page.goto(url('#/jobs'));
    await page
      .getByTestId('job-count')
      .filter({ hasText: `${JOBS} saved jobs` })
      .waitFor();
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, (await readFile(backupFile, 'utf8')).slice(0, 5000));
    await page.goto(url('#/settings'));
    await page.getByTestId('import-file').setInputFiles(broken);
    await page.getByTestId('settings-message').filter({ hasText: 'not imported' }).waitFor();
    expect(await page.getByTestId('settings-message').textContent()).toMatch(/Nothing was changed/);
    await screenshot(page, 'dashboard-import-refused');
    await page.goto(url('#/jobs'));
    await page
      .getByTestId('job-count')
      .filter({ hasText: `${JOBS} saved jobs` })
      .waitFor();
  });

  it('looks right in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url('#/jobs'));
    await page.getByTestId('job-row').first().waitFor();
    await screenshot(page, 'dashboard-jobs-dark');
    await page.goto(url('#/board'));
    await page.getByTestId('board-card').first().waitFor();
    await screenshot(page, 'dashboard-board-dark');
    await page.goto(url('#/job/' + (await page.getByTestId('board-card').first().getAttribute('data-job-id'))));
    await page.getByTestId('job-detail').waitFor();
    await screenshot(page, 'dashboard-job-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
