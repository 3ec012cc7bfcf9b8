// Bench part: how fast the popup shows a posting (cold and warm), in real Chromium with the e2e
// build, and what each extension page and script weighs. Writes bench-results/popup.json.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchExtension, openPopup, startPageServer, tabIdOf, extensionDir } from '../../tests/e2e/harness';
import { printTable, stats, writeResults } from './report';

const pages = [
  '001-ashby-ramp-software-engineer-accounting.html',
  '004-clinch-waymo-software-engineer-multiverse.html',
  '006-builtin-giga-software-engineer-new-grads.html',
  '021-stepstone-amazon-otr-manager.html',
  '023-indeed-aceone-php-developer.html',
];
const ROUNDS = 4;

async function gzippedSizes(): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (/\.(js|css|html)$/.test(entry.name)) {
        sizes[path.relative(extensionDir, file)] = gzipSync(await readFile(file)).length;
      }
    }
  }
  await walk(extensionDir);
  return sizes;
}

async function main() {
  await stat(path.join(extensionDir, 'manifest.json')).catch(() => {
    throw new Error('Run npm run build:e2e first');
  });
  const server = await startPageServer();
  const session = await launchExtension();
  const shownAfter: number[] = [];
  const alreadySaved: number[] = [];
  const byPage: Record<string, number[]> = {};
  const scriptLoaded: number[] = [];
  const readingStarted: number[] = [];
  const readingDone: number[] = [];
  const backgroundTimings: Record<string, number[]> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of pages) {
        const page = await session.context.newPage();
        await page.goto(`${server.origin}/fixtures/pages/${name}`, { waitUntil: 'load' });
        await page.waitForTimeout(500);
        const tabId = await tabIdOf(session, page);
        const popup = await openPopup(session, tabId);
        await popup.locator('[data-testid="posting-title"], [role="status"], [role="alert"]').first().waitFor();
        const ms = Number(await popup.evaluate(() => document.documentElement.dataset.shownAfterMs));
        const saved = (await popup.getByTestId('saved-state').count()) > 0;
        (saved ? alreadySaved : shownAfter).push(ms);
        (byPage[name] ??= []).push(ms);
        const marks = await popup.evaluate(() => ({ ...document.documentElement.dataset }));
        scriptLoaded.push(Number(marks.scriptLoadedMs));
        readingStarted.push(Number(marks.readingStartedMs));
        readingDone.push(Number(marks.readingDoneMs));
        const background = JSON.parse(marks.backgroundTimings ?? '{}') as Record<string, number>;
        for (const [key, value] of Object.entries(background)) (backgroundTimings[key] ??= []).push(value);
        if (!saved && (await popup.getByTestId('save-button').count()) > 0) {
          await popup.getByTestId('save-button').click();
          await popup.getByTestId('saved-state').waitFor();
        }
        await popup.close();
        await page.close();
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
  const sizes = await gzippedSizes();
  const rows = [
    { metric: 'popup: posting shown (first open)', ...stats(shownAfter), target: '≤ 300 ms' },
    { metric: 'popup: already-saved job shown', ...stats(alreadySaved), target: '≤ 300 ms' },
    { metric: 'timeline: asked the background to read the tab', ...stats(readingStarted), target: '(info)' },
    { metric: 'timeline: UI code loaded', ...stats(scriptLoaded), target: '(info)' },
    { metric: 'timeline: reading back (capture + summary)', ...stats(readingDone), target: '(info)' },
    ...Object.entries(backgroundTimings).map(([key, values]) => ({
      metric: `background: ${key}`,
      ...stats(values),
      target: '(info)',
    })),
  ];
  printTable('Popup in Chromium (ms from opening to the posting on screen)', rows);
  printTable(
    'By page (ms, every open; the first is the cold one)',
    Object.entries(byPage).map(([page, times]) => ({ page, times: times.join(', ') })),
  );
  printTable(
    'Bundle sizes (gzipped bytes)',
    Object.entries(sizes)
      .sort((a, b) => b[1] - a[1])
      .map(([file, bytes]) => ({ file, bytes })),
  );
  await writeResults('popup', { rows, byPage, sizes });
}

await main();
