import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { checkA11y } from './axe';

export const root = path.resolve(import.meta.dirname, '../..');
export const extensionDir = path.join(root, '.output/chrome-mv3-e2e');
export const screenshotDir = path.join(root, 'tests/e2e/screenshots');

/** Chromium from CHROME_PATH or Debian's package; a one-line hint when there is none. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests: install it (sudo apt-get install -y chromium) or set CHROME_PATH.',
    );
  }
  return found;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/**
 * A posting page made to order (`/e2e/posting?title=…&company=…&validThrough=…`), for flows that
 * need dates relative to today, which no saved page can have.
 */
function postingPage(params: URLSearchParams): string {
  const title = params.get('title') ?? 'Frontend Engineer';
  const company = params.get('company') ?? 'Example Labs';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    hiringOrganization: { '@type': 'Organization', name: company },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Lisbon', addressCountry: 'PT' } },
    datePosted: params.get('datePosted') ?? undefined,
    validThrough: params.get('validThrough') ?? undefined,
    employmentType: 'FULL_TIME',
    description:
      '<p>Build the web app our customers use every day.</p><h3>Requirements</h3><ul><li>3+ years of experience with TypeScript and React</li><li>Experience with REST APIs</li></ul>',
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} at ${escapeHtml(company)}</title>
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(company)} · Lisbon</p>
<p>Build the web app our customers use every day.</p><h3>Requirements</h3><ul><li>3+ years of experience with TypeScript and React</li><li>Experience with REST APIs</li></ul></body></html>`;
}

/** Serves tests/ on 127.0.0.1 (an ephemeral port): fixture pages are at /fixtures/pages/…. */
export async function startPageServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const testsDir = path.join(root, 'tests');
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://x');
      const pathname = decodeURIComponent(url.pathname);
      if (pathname === '/e2e/posting') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(postingPage(url.searchParams));
        return;
      }
      const file = path.join(testsDir, pathname);
      if (!file.startsWith(testsDir + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'text/plain' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No e2e build at ${extensionDir}: run npm run build:e2e first.`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'jobshelf-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 1200, height: 800 },
  });
  // Saved pages reference their sites' scripts and images; this machine (and CI) has no network,
  // and the tests must not depend on one: everything but 127.0.0.1 is refused at once.
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // tsx (the bench scripts) wraps named functions in `__name(...)`; functions sent to the worker
  // with evaluate() need it defined there.
  await worker.evaluate('globalThis.__name ??= (fn) => fn');
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page whose URL the extension may see (127.0.0.1 in the e2e build). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Switches the colour scheme and waits out the buttons' colour fade (120 ms), so a screenshot shows the theme, not the fade. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForTimeout(300);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * A dashboard tab (1360 × 860) with the backup `file` imported through Settings, as a user would:
 * `atPreview` runs on the import preview, before Apply.
 */
export async function openDashboardWithBackup(
  session: ExtensionSession,
  file: string,
  atPreview?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await session.context.newPage();
  page.on('pageerror', (error) => console.error('dashboard page error:', error.message));
  await page.setViewportSize({ width: 1360, height: 860 });
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#/settings`);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  await atPreview?.(page);
  await page.getByTestId('import-apply').click();
  await page.getByTestId('settings-message').filter({ hasText: 'Reminders are scheduled' }).waitFor();
  return page;
}

/** Opens the popup as a tab that reads `tabId` (Playwright cannot click the toolbar button). */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Stores the user's profile (skills and match preferences) as Settings would, through the background's database. */
export async function setProfile(session: ExtensionSession, value: unknown): Promise<void> {
  await session.worker.evaluate(async (value) => {
    type Db = { settings: { put: (row: unknown) => Promise<unknown> } };
    const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
    await db.settings.put({ key: 'profile', value });
  }, value);
}

/** Opens `pathname` from the page server in a tab, and the popup that reads it. */
export async function popupFor(
  extension: { readonly session: ExtensionSession; readonly origin: string },
  pathname: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await extension.session.context.newPage();
  await page.goto(extension.origin + pathname, { waitUntil: 'domcontentloaded' });
  const popup = await openPopup(extension.session, await tabIdOf(extension.session, page));
  return { page, popup };
}

/** A screenshot in each theme (`name-light`, `name-dark`), each checked by axe; back to light after. */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    await screenshot(page, `${name}-${theme}`);
    await checkA11y(page, `${name}, ${theme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Saves the posting from the popup, then opens its job page through "Read the full posting"; waits for the match card. */
export async function saveAndOpenJobPage(session: ExtensionSession, popup: Page): Promise<Page> {
  await popup.getByTestId('save-button').click();
  await popup.getByTestId('saved-state').waitFor();
  const [jobPage] = await Promise.all([
    session.context.waitForEvent('page'),
    popup.getByTestId('read-full-posting').click(),
  ]);
  await jobPage.setViewportSize({ width: 1360, height: 860 });
  await jobPage.getByTestId('job-match').getByTestId('job-match-score').waitFor();
  return jobPage;
}
