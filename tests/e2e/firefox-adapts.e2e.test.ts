import { createServer, type Server } from 'node:http';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxScreenshot,
  inExtension,
  openExtensionPage,
  openPopup,
  saveFromPopup as saveFromHarness,
  tabIdOf,
  useFirefoxExtension,
  type FirefoxSession,
} from './firefox-harness';

/**
 * Where Firefox differs from Chrome: optional host permissions asked for from a click (Firefox
 * refuses a request that does not come from user input), no Chrome built-in AI, and an
 * OpenAI-compatible endpoint reached from the popup.
 */
const extension = useFirefoxExtension();

// A chat-completions endpoint on this machine, reached as http://localhost:PORT: a host the e2e
// build has no permission for until the user allows it from Settings.
// Grounded in the posting's own words: the background drops AI lines the posting does not state.
const aiReply = {
  tldr: 'Platform Engineer, Fjordline, Lisbon: build the web app our customers use every day',
  requirements: ['3+ years of experience with TypeScript and React'],
};
const aiRequests: string[] = [];
let aiServer: Server;
let aiPort = 0;

beforeAll(async () => {
  aiServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      aiRequests.push(`${request.method} ${request.url} ${body}`);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }).end();
        return;
      }
      const completion = {
        id: 'e2e',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(aiReply) } }],
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
    });
  });
  await new Promise<void>((resolve) => aiServer.listen(0, '127.0.0.1', resolve));
  const address = aiServer.address();
  aiPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  aiServer.closeAllConnections();
  await new Promise<void>((resolve) => aiServer.close(() => resolve()));
});

const mayReach = (session: FirefoxSession, origin: string) =>
  inExtension(session.console, (api, origin: string) => api.permissions.contains({ origins: [origin] }), origin);

type StoredJob = {
  id: string;
  posting: { title: string; company: string | null; url: string | null };
  closedAt?: number | null;
  lastCheckedAt?: number | null;
};

/** Reads or rewrites saved jobs in the background page's database (as time passing would). */
function jobsInBackground(
  session: FirefoxSession,
  change: { title: string; set?: Record<string, unknown>; posting?: Record<string, unknown> },
): Promise<StoredJob> {
  return inExtension(
    session.console,
    async (api, change: { title: string; set?: Record<string, unknown>; posting?: Record<string, unknown> }) => {
      type Table = { toArray: () => Promise<StoredJob[]>; put: (job: unknown) => Promise<unknown> };
      const background = (await api.runtime.getBackgroundPage()) as unknown as {
        jobshelf: { getDatabase: () => { jobs: Table } };
      };
      const jobs = background.jobshelf.getDatabase().jobs;
      const job = (await jobs.toArray()).find((saved) => saved.posting.title === change.title);
      if (!job) throw new Error(`No saved job titled ${change.title}`);
      if (!change.set && !change.posting) return JSON.parse(JSON.stringify(job)) as StoredJob;
      const changed = { ...job, ...change.set, posting: { ...job.posting, ...change.posting } };
      await jobs.put(changed);
      return JSON.parse(JSON.stringify(changed)) as StoredJob;
    },
    change,
  );
}

const saveFromPopup = (url: string) => saveFromHarness(extension.session, extension.origin, url);

async function messageShown(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="settings-message"]')?.textContent?.includes(text),
    { polling: 100 },
    text,
  );
}

describe('where Firefox differs, Jobshelf adapts', () => {
  it('offers no Chrome AI; an OpenAI-compatible endpoint is allowed from the click and summarizes in the popup', async () => {
    const endpoint = `http://localhost:${aiPort}/v1`;
    expect(await mayReach(extension.session, 'http://localhost/*')).toBe(false);
    const settings = await openExtensionPage(extension.session.browser, extension.origin, '/dashboard.html#/settings');
    await settings.waitForSelector('select[name="kind"]');
    expect(
      await settings.$$eval('select[name="kind"] option', (options) =>
        options.map((option) => (option as HTMLOptionElement).value),
      ),
    ).toEqual(['none', 'openai-compatible']);
    await settings.select('select[name="kind"]', 'openai-compatible');
    await settings.waitForSelector('input[name="baseUrl"]');
    await settings.type('input[name="baseUrl"]', endpoint);
    await settings.type('input[name="model"]', 'test-model');
    await settings.click('form:has(select[name="kind"]) button[type="submit"]');
    await messageShown(settings, 'AI provider saved');
    expect(await mayReach(extension.session, 'http://localhost/*')).toBe(true);
    await firefoxScreenshot(settings, 'dashboard-settings');
    await settings.close();

    const page = await extension.session.browser.newPage();
    await page.goto(`${extension.origin}/e2e/posting?title=Platform+Engineer&company=Fjordline`);
    const popup = await openPopup(extension.session, extension.origin, await tabIdOf(extension.session, page));
    await popup.waitForFunction(
      (tldr) => document.querySelector('[data-testid="summary-tldr"]')?.textContent === tldr,
      { timeout: 20_000, polling: 100 },
      aiReply.tldr,
    );
    expect(await popup.$eval('.summary-engine', (element) => element.textContent)).toContain(
      'openai-compatible:test-model',
    );
    expect(
      aiRequests.some(
        (request) => request.startsWith('POST /v1/chat/completions') && request.includes('Platform Engineer'),
      ),
    ).toBe(true);
    await firefoxScreenshot(popup, 'popup-ai-summary');
    await popup.close();
    await page.close();

    // Back to the built-in summary, and the permission given back, for the tests that follow.
    const reset = await openExtensionPage(extension.session.browser, extension.origin, '/dashboard.html#/settings');
    await reset.waitForSelector('select[name="kind"]');
    await reset.select('select[name="kind"]', 'none');
    await reset.click('form:has(select[name="kind"]) button[type="submit"]');
    await messageShown(reset, 'AI provider saved');
    await reset.close();
    await inExtension(
      extension.session.console,
      (api) => api.permissions.remove({ origins: ['http://localhost/*'] }),
      null,
    );
    expect(await mayReach(extension.session, 'http://localhost/*')).toBe(false);
  });

  it("re-reads a saved posting from its site after asking for that site's permission from the click", async () => {
    await saveFromPopup(`${extension.origin}/e2e/posting?title=Reread+Engineer&company=Acme`);
    // As if it had been saved from localhost long ago, under an old company name.
    const port = new URL(extension.origin).port;
    const job = await jobsInBackground(extension.session, {
      title: 'Reread Engineer',
      posting: {
        company: 'Old Name Inc',
        url: `http://localhost:${port}/e2e/posting?title=Reread+Engineer&company=Acme`,
      },
    });
    expect(await mayReach(extension.session, 'http://localhost/*')).toBe(false);
    const dashboard = await openExtensionPage(
      extension.session.browser,
      extension.origin,
      `/dashboard.html#/job/${job.id}`,
    );
    await dashboard.waitForFunction(
      () => document.querySelector('.job-header-company')?.textContent === 'Old Name Inc',
      { polling: 100 },
    );
    await dashboard.click('[data-testid="reread"]');
    await dashboard.waitForFunction(
      () => document.querySelector('[data-testid="reread-result"]')?.textContent?.includes('Read again from the page'),
      { timeout: 45_000, polling: 100 },
    );
    await dashboard.waitForFunction(() => document.querySelector('.job-header-company')?.textContent === 'Acme', {
      polling: 100,
    });
    expect(await mayReach(extension.session, 'http://localhost/*')).toBe(true);
    await firefoxScreenshot(dashboard, 'dashboard-job');
    await dashboard.close();
  });

  it('turns on the closed-posting check from the click and marks a posting whose page is gone', async () => {
    expect(await mayReach(extension.session, 'https://*/*')).toBe(false);
    const settings = await openExtensionPage(extension.session.browser, extension.origin, '/dashboard.html#/settings');
    await settings.waitForSelector('[data-testid="closed-check"]');
    await settings.click('[data-testid="closed-check"]');
    await messageShown(settings, 'Closed-posting check saved');
    expect(await settings.$eval('[data-testid="closed-check"]', (box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(await mayReach(extension.session, 'https://*/*')).toBe(true);
    expect(await mayReach(extension.session, 'http://*/*')).toBe(true);
    const alarm = await inExtension(extension.session.console, (api) => api.alarms.get('jobshelf-closed-check'), null);
    expect(alarm?.periodInMinutes).toBe(60);
    await settings.close();

    await saveFromPopup(`${extension.origin}/e2e/posting?title=Vanishing+Role&company=Acme`);
    await jobsInBackground(extension.session, {
      title: 'Vanishing Role',
      posting: { url: `${extension.origin}/e2e/taken-down-posting` },
      set: { lastCheckedAt: 0 },
    });
    const result = await inExtension(
      extension.session.console,
      async (api) => {
        const background = (await api.runtime.getBackgroundPage()) as unknown as {
          jobshelf: { runClosedCheck: () => Promise<{ checked: number; closed: number }> };
        };
        return background.jobshelf.runClosedCheck();
      },
      null,
    );
    expect(result.closed).toBeGreaterThanOrEqual(1);
    expect((await jobsInBackground(extension.session, { title: 'Vanishing Role' })).closedAt).toBeGreaterThan(0);
  });
});
