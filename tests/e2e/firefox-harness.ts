import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { E2E_OPEN_PATH } from '../../entrypoints/background/e2e-hooks';
import { root, screenshotDir, startPageServer } from './harness';

export const firefoxExtensionDir = path.join(root, '.output/firefox-mv3-e2e');
/** Pinned through `extensions.webextensions.uuids`, so the extension's origin is known up front. */
const EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/** Firefox from FIREFOX_PATH or Debian's package; a one-line hint when there is none. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox e2e tests: install it (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.',
    );
  }
  return found;
}

/**
 * A proxy that refuses everything: Firefox sends every request but those to 127.0.0.1/localhost
 * (never proxied) through it, so saved pages' scripts and images, and Firefox's own services,
 * fail at once instead of reaching for a network the tests must not use.
 */
async function startRefusingProxy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => response.writeHead(403).end());
  server.on('connect', (_request, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The WebExtension API in an extension page (Firefox's promise-based `browser`, typed as chrome's). */
type ExtensionApi = typeof chrome;

export interface FirefoxSession {
  browser: Browser;
  /** An extension page kept open to reach the extension's APIs and its background page. */
  console: Page;
  close: () => Promise<void>;
}

/**
 * (Tests wait with `waitForFunction(…, { polling: 100 })`: the default polls on animation frames,
 * which Firefox does not run in a tab it is not painting.)
 *
 * Firefox's WebDriver BiDi refuses to navigate to moz-extension:// URLs: the tab loads a 127.0.0.1
 * address naming the page, and the e2e build's background navigates it there (e2e-hooks.ts).
 */
export async function openExtensionPage(
  browser: Browser,
  origin: string,
  pagePath: string,
  viewport = { width: 1200, height: 800 },
): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto(`${origin}${E2E_OPEN_PATH}?page=${encodeURIComponent(pagePath)}`).catch(() => null);
  // page.url() may keep the 127.0.0.1 address: the document's own location is what counts.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href.startsWith(`${extensionOrigin}/`)) return page;
    if (Date.now() > deadline)
      throw new Error(`The extension did not open ${pagePath} (the tab shows ${href || 'nothing yet'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `fn(browser, arg)` in an extension page; `fn` must be self-contained (it is sent as text). */
export async function inExtension<A, R>(
  page: Page,
  fn: (api: ExtensionApi, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  return (await page.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg) ?? 'undefined'})`)) as R;
}

/**
 * Calls one of the handlers the background page exposes as `jobshelf` (the same functions its
 * listeners call: tests cannot open a context menu, press a browser shortcut or wait for an alarm).
 */
export async function callBackground(session: FirefoxSession, name: string, ...args: unknown[]): Promise<unknown> {
  return inExtension(
    session.console,
    async (api, call: { name: string; args: unknown[] }) => {
      const background = (await api.runtime.getBackgroundPage()) as unknown as {
        jobshelf: Record<string, (...values: unknown[]) => unknown>;
      };
      const result = await background.jobshelf[call.name]!(...call.args);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
    { name, args },
  );
}

/**
 * The tab id of a page the extension may see (127.0.0.1 in the e2e build), found by the address
 * the document has now (a saved page's own scripts may have rewritten it with the history API).
 */
export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  const url = await page.evaluate(() => location.href);
  const id = await inExtension(
    session.console,
    async (api, url: string) => (await api.tabs.query({})).find((tab) => tab.url === url)?.id ?? null,
    url,
  );
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/**
 * Opens a web page in a new tab. BiDi reports a saved page whose scripts rewrite its address
 * (history API) as a failed navigation; what counts is that the document loaded.
 */
export async function openWebPage(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => null);
  await page.waitForFunction(() => document.readyState !== 'loading', { polling: 100 });
  return page;
}

/** The popup as a tab that reads `tabId` (no one can click the toolbar button from a test). */
export function openPopup(session: FirefoxSession, origin: string, tabId: number): Promise<Page> {
  return openExtensionPage(session.browser, origin, `/popup.html?tabId=${tabId}`, { width: 380, height: 600 });
}

/** Opens `url` in a tab, saves it from the popup, and closes both. */
export async function saveFromPopup(session: FirefoxSession, origin: string, url: string): Promise<void> {
  const page = await session.browser.newPage();
  await page.goto(url);
  const popup = await openPopup(session, origin, await tabIdOf(session, page));
  await popup.waitForSelector('[data-testid="save-button"]');
  await popup.click('[data-testid="save-button"]');
  await popup.waitForSelector('[data-testid="saved-state"]');
  await popup.close();
  await page.close();
}

export async function firefoxScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `firefox-${name}.png`) as `${string}.png`, fullPage: true });
}

/** Firefox with the e2e build installed as a temporary add-on, and its console page open. */
export async function launchFirefox(origin: string, prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  const manifestPath = path.join(firefoxExtensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox e2e build at ${firefoxExtensionDir}: run npm run build:e2e:firefox first.`);
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const executablePath = findFirefox();
  const proxy = await startRefusingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // MV3 host permissions from the manifest (the e2e build's 127.0.0.1) granted at install.
      'extensions.originControls.grantByDefault': true,
      // permissions.request() from a click is granted without the doorhanger a test cannot click;
      // Firefox still refuses the request when it does not come from user input.
      'extensions.webextOptionalPermissionPrompts': false,
      // Firefox's own notice windows (headless has no system ones), so notifications.getAll() sees them.
      'alerts.useSystemBackend': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
      ...prefs,
    },
  });
  const close = async () => {
    await browser.close();
    await proxy.close();
  };
  try {
    const id = await browser.installExtension(firefoxExtensionDir);
    if (id !== geckoId) throw new Error(`Installed add-on id ${id}, expected ${geckoId}`);
    const console = await openExtensionPage(browser, origin, '/dashboard.html#/settings');
    const granted = await inExtension(
      console,
      (api) => api.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
      null,
    );
    if (!granted) throw new Error('Firefox did not grant the e2e build its host permission for http://127.0.0.1/*');
    return { browser, close, console };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * For a Firefox e2e test file: the page server and Firefox with the extension, for all its tests.
 * `prefs` are extra Firefox preferences (e.g. a dark theme: BiDi cannot emulate color schemes).
 */
export function useFirefoxExtension(prefs: Record<string, unknown> = {}): {
  readonly session: FirefoxSession;
  readonly origin: string;
} {
  let session: FirefoxSession | undefined;
  let server: Awaited<ReturnType<typeof startPageServer>> | undefined;
  beforeAll(async () => {
    findFirefox();
    server = await startPageServer();
    session = await launchFirefox(server.origin, prefs);
  }, 90_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      if (!session) throw new Error('Firefox is not running yet');
      return session;
    },
    get origin() {
      if (!server) throw new Error('The page server is not running yet');
      return server.origin;
    },
  };
}
