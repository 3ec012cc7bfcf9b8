import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBackup } from '../../scripts/generate-jobs';
import { openPopup, screenshot, tabIdOf } from './harness';
import { useExtension } from './suite';

// An estimate never closes a job (issue 13): a posting whose old estimate (posted + 30 days) is long
// past is saved, shown and stored open; past a new estimate it "may have closed", still open.

const extension = useExtension();
const DAY = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The stored job, read straight from the extension's IndexedDB in one of its pages. */
async function storedJob(page: Page, title: string) {
  return page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jobshelf');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const jobs = await new Promise<
      Array<{
        id: string;
        closedAt: number | null;
        expiresAt: string | null;
        expiresEstimated: boolean;
        posting: { title: string };
        history: Array<{ type: string }>;
      }>
    >((resolve, reject) => {
      const request = db.transaction('jobs').objectStore('jobs').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return jobs.find((job) => job.posting.title === title) ?? null;
  }, title);
}

describe('an estimate never closes a job', () => {
  it('saves a posting whose old estimate is long past: shown and stored open', async () => {
    const title = 'Estimate Check Engineer';
    const posted = isoDay(Date.now() - 90 * DAY);
    const page = await extension.session.context.newPage();
    await page.goto(
      `${extension.origin}/e2e/posting?title=${encodeURIComponent(title)}&company=Quillfeather&datePosted=${posted}`,
    );
    const popup = await openPopup(extension.session, await tabIdOf(extension.session, page));
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    // Not "Closed": an estimate, counted from the day it was saved.
    await expect.poll(async () => popup.getByTestId('expiry').textContent()).toMatch(/^Closes ~.+ \(estimated\)$/);
    await screenshot(popup, 'estimate-popup-saved');

    const dashboard = await extension.session.context.newPage();
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html#/jobs`);
    await dashboard.getByTestId('job-row').first().waitFor();
    // After the background's sync (it runs after every write), still open.
    await dashboard.waitForTimeout(500);
    const job = await storedJob(dashboard, title);
    expect(job).toMatchObject({ closedAt: null, expiresEstimated: true });
    expect(job!.expiresAt! >= isoDay(Date.now() + 29 * DAY)).toBe(true);
    expect(job!.history.map((entry) => entry.type)).not.toContain('closed');
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}/dashboard.html#/job/${job!.id}`);
    expect(await dashboard.getByTestId('expiry').textContent()).toMatch(/^Closes ~.+ \(estimated\)$/);
    await Promise.all([popup.close(), page.close(), dashboard.close()]);
  });

  it('past an estimate, shows "May have closed — check" with Re-read, and keeps the job open', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'jobshelf-estimate-e2e-'));
    const backup = generateBackup({ count: 1, seed: 3, now: Date.now() });
    const [job] = backup.jobs;
    Object.assign(job!, { expiresAt: isoDay(Date.now() - 10 * DAY), expiresEstimated: true, closedAt: null });
    job!.posting.validThrough = null;
    const file = path.join(dir, 'backup.json');
    await writeFile(file, JSON.stringify(backup));

    const page = await extension.session.context.newPage();
    const base = `chrome-extension://${extension.session.extensionId}/dashboard.html`;
    await page.goto(`${base}#/settings`);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('settings-message').filter({ hasText: 'Reminders are scheduled' }).waitFor();
    await page.goto(`${base}#/job/${job!.id}`);
    await page.getByTestId('job-detail').waitFor();
    expect(await page.getByTestId('expiry').textContent()).toBe('May have closed — check');
    await page.getByTestId('expiry-recheck').waitFor();
    await screenshot(page, 'estimate-may-have-closed');
    // The sync after the import has run: still open.
    await page.waitForTimeout(500);
    expect(await storedJob(page, job!.posting.title)).toMatchObject({ closedAt: null });
    await page.goto(`${base}#/jobs`);
    await page.getByTestId('job-row').first().waitFor();
    const row = page.getByTestId('job-row').filter({ hasText: job!.posting.title });
    expect(await row.locator('.cell-closes').textContent()).toBe('May have closed — check');
    await page.close();
  });
});
