import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FailingProxy } from '../sync/failing-proxy';
import { startWebdavServer, type WebdavServer } from '../sync/webdav-server';
import { launchExtension, openPopup, screenshot, startPageServer, tabIdOf, type ExtensionSession } from './harness';

// Two Chromium profiles are two devices, syncing through a real WebDAV server (Apache httpd +
// mod_dav) on 127.0.0.1. Device B reaches it through a proxy that can take it offline.

let dav: WebdavServer;
let proxy: FailingProxy;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let a: ExtensionSession;
let b: ExtensionSession;
const PASSPHRASE = 'maple lantern orbit 42';

beforeAll(async () => {
  dav = await startWebdavServer();
  proxy = new FailingProxy(dav.url);
  await proxy.start();
  pages = await startPageServer();
  a = await launchExtension();
  b = await launchExtension();
}, 90_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await pages?.close();
  await proxy?.stop();
  await dav?.stop();
});

type Row = Record<string, unknown> & { id: string };
interface Snapshot {
  jobs: Row[];
  notes: Row[];
  reminders: Row[];
}

/** The device's jobs, notes and reminders, without what stays on each device. */
async function snapshot(session: ExtensionSession): Promise<Snapshot> {
  return session.worker.evaluate(async () => {
    type Table = { toArray: () => Promise<Array<Record<string, unknown> & { id: string }>> };
    const db = (
      globalThis as unknown as { jobshelf: { getDatabase: () => { jobs: Table; notes: Table; reminders: Table } } }
    ).jobshelf.getDatabase();
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    const jobs = (await db.jobs.toArray())
      .map(({ summary: _s, lastCheckedAt: _l, activeExpiresAt: _a, ...job }) => ({
        ...job,
        urlAliases: [...(job.urlAliases as string[])].sort(),
      }))
      .sort(byId);
    return { jobs, notes: (await db.notes.toArray()).sort(byId), reminders: (await db.reminders.toArray()).sort(byId) };
  });
}

async function jobIdByTitle(session: ExtensionSession, title: string): Promise<string> {
  const found = (await snapshot(session)).jobs.find((job) => (job.posting as { title: string }).title === title);
  if (!found) throw new Error(`no job "${title}"`);
  return found.id;
}

async function savePosting(session: ExtensionSession, title: string, company: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(
    `${pages.origin}/e2e/posting?title=${encodeURIComponent(title)}&company=${encodeURIComponent(company)}`,
  );
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.getByTestId('save-button').click();
  await popup.getByTestId('saved-state').waitFor();
  await popup.close();
  await page.close();
}

async function dashboard(session: ExtensionSession, hash: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html${hash}`);
  return page;
}

async function connect(session: ExtensionSession, url: string, passphrase: string): Promise<Page> {
  const settings = await dashboard(session, '#/settings');
  const form = settings.getByTestId('sync-form');
  await form.locator('input[name=url]').fill(url);
  await form.locator('input[name=username]').fill(dav.username);
  await form.locator('input[name=password]').fill(dav.password);
  await form.locator('input[name=passphrase]').fill(passphrase);
  await settings.getByTestId('sync-connect').click();
  return settings;
}

async function syncNow(settings: Page): Promise<void> {
  const outcome = settings.getByTestId('sync-outcome');
  const before = (await outcome.count()) ? Number(await outcome.getAttribute('data-answer')) : 0;
  await settings.getByTestId('sync-now').click();
  await settings.locator(`[data-testid=sync-outcome][data-answer="${before + 1}"]`).waitFor({ timeout: 30_000 });
  if ((await outcome.textContent()) !== 'Synced.')
    throw new Error(`Sync failed: ${await settings.getByTestId('sync-card').textContent()}`);
}

async function setStatus(session: ExtensionSession, jobId: string, status: string): Promise<void> {
  const page = await dashboard(session, `#/job/${jobId}`);
  await page.getByTestId('status-picker').selectOption(status);
  await page.waitForFunction(
    async (s) => (document.querySelector('[data-testid=status-picker]') as HTMLSelectElement | null)?.value === s,
    status,
  );
  await page.close();
}

async function addNote(session: ExtensionSession, jobId: string, text: string): Promise<void> {
  const page = await dashboard(session, `#/job/${jobId}`);
  await page.getByTestId('note-input').fill(text);
  await page.getByTestId('note-add').click();
  await page.getByTestId('note').filter({ hasText: text }).waitFor();
  await page.close();
}

describe('sync between two browsers through a real WebDAV server', () => {
  it('save on A, track on B, notes on both, edits while offline, a conflict and a delete: both end identical', async () => {
    await savePosting(a, 'Cartography Lead', 'Ravenmoor Atlas');
    await savePosting(a, 'Tide Analyst', 'Ravenmoor Atlas');
    await savePosting(b, 'Kiln Technician', 'Emberly Glass');

    const settingsA = await connect(a, dav.folderUrl, PASSPHRASE);
    await settingsA
      .getByTestId('sync-outcome')
      .filter({ hasText: 'Connected and synced.' })
      .waitFor({ timeout: 60_000 });

    // With sync on, deleting everything here says it deletes on every synced browser too.
    expect(await settingsA.getByTestId('delete-sync-warning').textContent()).toContain(new URL(dav.folderUrl).host);
    expect(await settingsA.getByTestId('delete-everything').textContent()).toBe('Delete all jobs everywhere');
    await settingsA.getByTestId('delete-sync-warning').scrollIntoViewIfNeeded();
    await screenshot(settingsA, 'sync-delete-warning');

    // B through the proxy (which can take it offline). A wrong passphrase first: a clear error.
    const bUrl = `${proxy.url}/dav/jobshelf`;
    const settingsB = await connect(b, bUrl, 'not the passphrase');
    await settingsB
      .getByTestId('sync-outcome')
      .filter({ hasText: 'passphrase does not open' })
      .waitFor({ timeout: 60_000 });
    await settingsB.getByTestId('sync-form').waitFor();
    await screenshot(settingsB, 'sync-wrong-passphrase');
    await settingsB.close();
    const settingsB2 = await connect(b, bUrl, PASSPHRASE);
    await settingsB2
      .getByTestId('sync-outcome')
      .filter({ hasText: 'Connected and synced.' })
      .waitFor({ timeout: 60_000 });
    // The first sync merged both sides: B has A's jobs, and A gets B's at its next sync.
    const cartography = await jobIdByTitle(b, 'Cartography Lead');
    await syncNow(settingsA);
    expect((await snapshot(a)).jobs.map((job) => (job.posting as { title: string }).title).sort()).toEqual([
      'Cartography Lead',
      'Kiln Technician',
      'Tide Analyst',
    ]);

    // Track on B, notes on both; each write syncs by itself a few seconds later.
    await setStatus(b, cartography, 'applied');
    await addNote(b, cartography, 'Recruiter: Wren Halloway');
    await addNote(a, cartography, 'Portfolio sent on Monday');
    await settingsB2
      .getByTestId('sync-indicator')
      .filter({ hasText: /Synced/ })
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await snapshot(b)).notes.length, { timeout: 30_000, interval: 500 })
      .toBeGreaterThanOrEqual(1);
    await syncNow(settingsB2);
    await syncNow(settingsA);
    await syncNow(settingsB2);
    expect((await snapshot(a)).notes.map((note) => note.text).sort()).toEqual([
      'Portfolio sent on Monday',
      'Recruiter: Wren Halloway',
    ]);

    // B goes offline; both change the same job's status (a conflict); A deletes a job; B writes a note.
    proxy.rules = [{ fault: { drop: true } }];
    await setStatus(b, cartography, 'interview');
    await addNote(b, cartography, 'Second interview on Thursday');
    await setStatus(a, cartography, 'offer');
    const tide = await jobIdByTitle(a, 'Tide Analyst');
    const tidePage = await dashboard(a, `#/job/${tide}`);
    await tidePage.getByRole('button', { name: 'Delete this job…' }).click();
    await tidePage.getByRole('button', { name: 'Delete', exact: true }).click();
    await tidePage.waitForURL(/#\/(jobs)?$/);
    await tidePage.close();
    await settingsB2.getByTestId('sync-now').click();
    await settingsB2.getByTestId('sync-outcome').filter({ hasText: 'did not finish' }).waitFor({ timeout: 30_000 });
    await settingsB2
      .getByTestId('sync-error')
      .filter({ hasText: 'Could not reach the sync server' })
      .waitFor({ timeout: 30_000 });
    await settingsB2.getByTestId('sync-indicator').filter({ hasText: 'Sync waiting' }).waitFor();
    await screenshot(settingsB2, 'sync-offline');

    // Back online: sync until both have everything.
    proxy.rules = [];
    await syncNow(settingsB2);
    await syncNow(settingsA);
    await syncNow(settingsB2);

    const left = await snapshot(a);
    const right = await snapshot(b);
    expect(right).toEqual(left);
    const titles = left.jobs.map((job) => (job.posting as { title: string }).title).sort();
    expect(titles).toEqual(['Cartography Lead', 'Kiln Technician']);
    const job = left.jobs.find((row) => row.id === cartography)!;
    const history = job.history as Array<{ type: string; status?: string; detail?: string }>;
    // Every status change from both devices is in the history; the losing one is named there too.
    expect(
      history
        .filter((entry) => entry.type === 'status')
        .map((entry) => entry.status)
        .sort(),
    ).toEqual(['applied', 'interview', 'offer']);
    const loser = job.status === 'offer' ? 'interview' : 'offer';
    expect(history.some((entry) => entry.detail?.includes(`Status on another device was “${loser}”`))).toBe(true);
    expect(left.notes.map((note) => note.text).sort()).toEqual([
      'Portfolio sent on Monday',
      'Recruiter: Wren Halloway',
      'Second interview on Thursday',
    ]);

    // The server holds ciphertext only.
    const stored = dav
      .files()
      .map((file) => `${file.path}\n${file.data.toString('latin1')}`)
      .join('\n');
    expect(dav.files().length).toBeGreaterThan(2);
    for (const secret of [
      'Cartography',
      'Ravenmoor',
      'Kiln',
      'Emberly',
      'Wren',
      'Portfolio',
      '127.0.0.1',
      'e2e/posting',
    ])
      expect(stored).not.toContain(secret);

    await settingsA.reload();
    await settingsA.getByTestId('sync-last').waitFor();
    await screenshot(settingsA, 'sync-settings-light');
    await settingsA.emulateMedia({ colorScheme: 'dark' });
    await screenshot(settingsA, 'sync-settings-dark');
    const jobs = await dashboard(a, '#/jobs');
    await jobs.getByTestId('sync-indicator').waitFor();
    await screenshot(jobs, 'sync-indicator-jobs');

    // Disconnecting keeps the jobs here.
    await settingsA.getByTestId('sync-disconnect').click();
    await settingsA.getByTestId('sync-form').waitFor();
    expect((await snapshot(a)).jobs).toHaveLength(2);
  }, 240_000);
});
