import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, screenshot, tabIdOf, useTheme, type ExtensionSession } from './harness';
import {
  CONTROL_OR_BIDI,
  hostileDir,
  readDatabase,
  sendFromPage,
  useHostileExtension,
  type HostileServer,
} from './security-server';

// Issue 12, items 2, 3, 4, 7 and 8: hostile pages in every view, hostile backups, exports.

const hostile = useHostileExtension();
let session: ExtensionSession;
let server: HostileServer;
let dashboard: Page;
let dir: string;

const dashboardUrl = (hash: string) => `chrome-extension://${session.extensionId}/dashboard.html${hash}`;

beforeAll(async () => {
  ({ session, server, dashboard } = hostile);
  dir = await mkdtemp(path.join(tmpdir(), 'jobshelf-security-e2e-'));
  await dashboard.setViewportSize({ width: 1360, height: 860 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a payload would leave behind in an extension page: handlers, active elements, script links. */
async function unsafeMarkup(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll(`${scope}, ${scope} *`)) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attribute.value)
        ) {
          found.push(`${element.tagName} ${attribute.name}=${attribute.value.slice(0, 30)}`);
        }
      }
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|META|BASE|STYLE)$/.test(element.tagName)) found.push(element.tagName);
      // The app's own forms submit in script and have no action; a page's would.
      if (element.tagName === 'FORM' && element.hasAttribute('action')) found.push('FORM action');
    }
    return found;
  }, scope);
}

async function expectClean(page: Page, scope: string, view: string) {
  const text = (await page.locator(scope).first().textContent()) ?? '';
  expect(CONTROL_OR_BIDI.test(text), `${view}: a control or bidi character is shown`).toBe(false);
  expect(await unsafeMarkup(page, scope), view).toEqual([]);
}

async function importFile(file: string) {
  await dashboard.goto(dashboardUrl('#/settings'));
  await dashboard.getByTestId('import-file').setInputFiles(file);
}

async function applyImport() {
  await dashboard.getByTestId('import-apply').click();
  await dashboard.getByTestId('settings-message').filter({ hasText: 'Reminders are scheduled' }).waitFor();
}

describe('a posting with a payload in every field, in every view', () => {
  let jobId = '';

  it('the popup shows it with no active markup and no control or bidi characters, and saves it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/hostile/payloads.html`);
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.locator('.posting').waitFor();
    expect(await popup.locator('.posting h1, .posting h2').first().textContent()).toContain('Orchard Data Analyst');
    await expectClean(popup, '.posting', 'popup');
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    await screenshot(popup, 'security-popup-payloads');
    await popup.close();
    await page.close();
    const { jobs } = await readDatabase(session);
    const job = jobs.find((saved) =>
      String((saved.posting as { title: string }).title).startsWith('Orchard Data Analyst'),
    )!;
    jobId = String(job.id);
    const posting = job.posting as { title: string; company: string; locations: string[]; descriptionHtml: string };
    expect(CONTROL_OR_BIDI.test([posting.title, posting.company, ...posting.locations].join(' '))).toBe(false);
    expect(posting.descriptionHtml).not.toMatch(
      /onerror|onload|onfocus|javascript:|vbscript:|data:text|<script|<iframe|<svg|<form|<meta|style=/i,
    );
  });

  it('the table, board, job page, compare and insights show it safely', async () => {
    const views: Array<[string, string, string]> = [
      ['table', '#/jobs', '[data-testid="job-row"]'],
      ['board', '#/board', '[data-testid="board-card"]'],
      ['job page', `#/job/${encodeURIComponent(jobId)}`, '[data-testid="job-detail"]'],
      ['compare', `#/compare?ids=${encodeURIComponent(jobId)}`, '#main'],
      ['insights', '#/insights', '[data-testid="insights"]'],
    ];
    for (const [view, hash, ready] of views) {
      await dashboard.goto(dashboardUrl(hash));
      await dashboard.locator(ready).first().waitFor();
      await expectClean(dashboard, '#main', view);
    }
    await dashboard.goto(dashboardUrl(`#/job/${encodeURIComponent(jobId)}`));
    await dashboard.getByTestId('job-detail').waitFor();
    await screenshot(dashboard, 'security-job-payloads');
    // Every link the job page renders is http(s) or the dashboard's own.
    const hrefs = await dashboard
      .locator('#main a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https?:|#|\/)/.test(href))).toEqual([]);
  });

  it('the CSV export has no control or bidi characters', async () => {
    await dashboard.goto(dashboardUrl('#/settings'));
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByTestId('export-csv').click(),
    ]);
    const file = path.join(dir, 'jobs.csv');
    await download.saveAs(file);
    const csv = await readFile(file, 'utf8');
    expect(csv).toContain('Orchard Data Analyst');
    expect(CONTROL_OR_BIDI.test(csv)).toBe(false);
  });

  it('no payload ran anywhere (the server saw no /pwned request)', () => {
    expect(server.pwned).toEqual([]);
  });
});

describe('hostile backups', () => {
  async function aiBackup(): Promise<string> {
    const file = path.join(dir, 'ai-provider.backup.json');
    const text = await readFile(path.join(hostileDir, 'ai-provider.backup.json'), 'utf8');
    await writeFile(file, text.replaceAll('__AI_ORIGIN__', `${server.origin}/ai/ok`));
    return file;
  }

  it('an AI provider in a backup is named in the preview and not applied unless chosen; the count is the file’s keys', async () => {
    await importFile(await aiBackup());
    await dashboard.getByTestId('import-preview').waitFor();
    expect(await dashboard.getByTestId('import-ai-host').textContent()).toBe(new URL(server.origin).host);
    expect(await dashboard.getByTestId('import-ai-accept').isChecked()).toBe(false);
    expect(await dashboard.getByTestId('preview-settings').textContent()).toContain('1 setting you have not set here');
    await screenshot(dashboard, 'security-import-ai-provider');
    await useTheme(dashboard, 'dark');
    await screenshot(dashboard, 'security-import-ai-provider-dark');
    await dashboard.emulateMedia({ colorScheme: 'light' });
    await applyImport();
    const { settings } = await readDatabase(session);
    expect(settings.find((row) => row.key === 'aiProvider')).toBeUndefined();
    expect(settings.find((row) => row.key === 'notifyHour')?.value).toBe(8);

    // Opening the popup on a posting sends nothing anywhere.
    const requests = server.aiRequests.length;
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/hostile/hidden-instructions.html`);
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.getByTestId('summary').waitFor();
    await popup.waitForTimeout(1500);
    expect(server.aiRequests.length).toBe(requests);
    await popup.close();
    await page.close();
  });

  it('chosen by name, it is applied after the browser grants its origin', async () => {
    await importFile(await aiBackup());
    await dashboard.getByTestId('import-preview').waitFor();
    await dashboard.getByTestId('import-ai-accept').check();
    await applyImport();
    const { settings } = await readDatabase(session);
    expect(settings.find((row) => row.key === 'aiProvider')?.value).toMatchObject({
      kind: 'openai-compatible',
      model: 'lure-model',
    });
    await sendFromPage(dashboard, 'updateSettings', {
      aiProvider: { kind: 'none', baseUrl: '', model: '', apiKey: '' },
    });
  });

  it('times past the calendar and days that do not exist are refused by name; nothing changes', async () => {
    const before = await readDatabase(session);
    for (const [name, field] of [
      ['far-future.backup.json', 'savedAt'],
      ['impossible-date.backup.json', 'validThrough'],
    ] as const) {
      await importFile(path.join(hostileDir, name));
      const message = dashboard.getByTestId('settings-message');
      await message.filter({ hasText: 'This file was not imported' }).waitFor();
      expect(await message.textContent()).toContain(field);
    }
    expect((await readDatabase(session)).jobs).toEqual(before.jobs);
  });

  it('description HTML is sanitized and control characters stripped on import', async () => {
    await importFile(path.join(hostileDir, 'html-and-controls.backup.json'));
    await dashboard.getByTestId('import-preview').waitFor();
    await applyImport();
    const job = (await readDatabase(session)).jobs.find((row) => row.id === 'html-1')!;
    const posting = job.posting as { title: string; company: string; locations: string[]; descriptionHtml: string };
    expect(posting.descriptionHtml).toContain('Inspect blades at height.');
    expect(posting.descriptionHtml).not.toMatch(/onerror|onload|javascript:|<script|<iframe|<svg|<style|<img/i);
    expect(
      CONTROL_OR_BIDI.test([posting.title, posting.company, ...posting.locations, ...(job.tags as string[])].join(' ')),
    ).toBe(false);
    expect(posting.title).toBe('Turbine Inspectorfdp.exe');
    await dashboard.goto(dashboardUrl('#/job/html-1'));
    await dashboard.getByTestId('job-detail').waitFor();
    await expectClean(dashboard, '#main', 'imported job page');
    expect(server.pwned).toEqual([]);
  });
});

describe('exports and damaged records', () => {
  it('a JSON backup leaves out the API key, and the page says so', async () => {
    await sendFromPage(dashboard, 'updateSettings', {
      aiProvider: {
        kind: 'openai-compatible',
        baseUrl: `${server.origin}/ai/ok/v1`,
        model: 'm',
        apiKey: 'sk-exported-never-9931',
      },
    });
    await dashboard.goto(dashboardUrl('#/settings'));
    expect(await dashboard.getByTestId('export-key-note').textContent()).toMatch(
      /leave out your AI provider’s API key/,
    );
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByTestId('export-backup').click(),
    ]);
    const file = path.join(dir, 'backup.json');
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(`${server.origin}/ai/ok/v1`);
    expect(text).not.toContain('sk-exported-never-9931');
    await sendFromPage(dashboard, 'updateSettings', {
      aiProvider: { kind: 'none', baseUrl: '', model: '', apiKey: '' },
    });
  });

  it('a record with an out-of-range time (written before the schemas were bounded) breaks one part, not the dashboard; the CSV export says what it left out', async () => {
    const damagedId = await session.worker.evaluate(async () => {
      type Db = {
        jobs: { toArray: () => Promise<Array<Record<string, unknown>>>; put: (job: unknown) => Promise<unknown> };
      };
      const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
      const job = (await db.jobs.toArray()).find((row) => row.id === 'html-1')!;
      const far = 8_800_000_000_000_000;
      await db.jobs.put({
        ...job,
        id: 'damaged-1',
        canonicalUrl: 'https://careers.example.org/damaged/1',
        savedAt: far,
        updatedAt: far,
        statusChangedAt: far,
        history: [{ id: 'd1', at: far, type: 'saved' }],
      });
      return 'damaged-1';
    });
    for (const hash of ['#/jobs', '#/board', '#/insights', `#/job/${damagedId}`]) {
      await dashboard.goto(dashboardUrl(hash));
      await dashboard.locator('nav').first().waitFor();
      // Either the view shows, or a readable message in its place: never a blank page.
      await dashboard
        .locator(
          '#main :is([data-testid="job-row"], [data-testid="board-card"], [data-testid="insights"], [data-testid="job-detail"], [data-testid="error-boundary"])',
        )
        .first()
        .waitFor();
      const text = (await dashboard.locator('#main').textContent()) ?? '';
      expect(text.trim().length, hash).toBeGreaterThan(20);
    }
    await screenshot(dashboard, 'security-damaged-job');
    await useTheme(dashboard, 'dark');
    await screenshot(dashboard, 'security-damaged-job-dark');
    await dashboard.emulateMedia({ colorScheme: 'light' });
    await dashboard.goto(dashboardUrl('#/settings'));
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByTestId('export-csv').click(),
    ]);
    await download.saveAs(path.join(dir, 'damaged.csv'));
    const message = dashboard.getByTestId('settings-message');
    await message.filter({ hasText: 'left out' }).waitFor();
    expect(await message.textContent()).toContain('Turbine Inspector');
    expect(await readFile(path.join(dir, 'damaged.csv'), 'utf8')).toContain('Orchard Data Analyst');
  });
});
