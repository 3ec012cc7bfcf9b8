/**
 * Extraction benchmark: npx tsx scripts/bench/extract.ts
 *  1. CLI path (linkedom), every fixture: what `npm run extract` does per page — extract() with the
 *     Readability fallback plus the summary — vs Readability alone on the same parsed page (parse
 *     excluded), median and p95; the issue-10 targets (≤ Readability per page, no page over 50 ms).
 *  2. Real Chromium (playwright-core): fixtures served on 127.0.0.1; what one click runs in the page,
 *     as the extension does it: the capture script, then the script each part the page asks for is
 *     in (the reader with the finishing steps, or the finishing steps alone; Readability), each
 *     resuming the paused run. The content-script entries are bundled with esbuild, the later ones
 *     reading the modules the capture script shares (scripts/shared-modules.ts); "run" times the extraction in every stage (20 clicks per page,
 *     median and p95), "first click" also evaluates each script the click needs (parse + compile,
 *     cold), which is what the user waits for besides the injections' round trips. Those clicks share
 *     one tab, so V8 has compiled the scripts (and their regexps) on earlier pages; a sample of pages
 *     is also clicked once in a fresh browser context (a new renderer, nothing compiled), as a real
 *     click on a site is.
 *  3. Size: each built content script gzipped (.output/chrome-mv3), the capture script against its
 *     40 KB budget (every click pays it); the on-demand ones with how many pages asked for them.
 * Prints a table and writes bench-results/extract.json.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { extract } from '../../utils/extract/index';
import { readDescription } from '../../utils/extract/generic/readability';
import { summarize } from '../../utils/summarize/index';
import { CAPTURE_SCRIPT_BUDGET_BYTES, gzippedBytes } from '../content-script-budget';
import { EAGER_COMPILE_HINT } from '../eager-compile';
import { sharedModulesEsbuild } from '../shared-modules';

const ROOT = resolve(import.meta.dirname ?? '.', '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const RUNS = 20;
/** One page in this many is also clicked in a fresh renderer (about 40 of the corpus). */
const COLD_EVERY = 20;
// BENCH_EXTRACT_PAGES=regex: only the pages whose file name matches (a quick look while working on one).
const only = process.env.BENCH_EXTRACT_PAGES ? new RegExp(process.env.BENCH_EXTRACT_PAGES) : null;
const files = readdirSync(PAGES)
  .filter((f) => /^\d{3,4}-.*\.html$/.test(f) && (!only || only.test(f)))
  .sort();

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]! : NaN;
};
const ms = (n: number) => n.toFixed(2).padStart(8);
/** Pages by their fixture number ("004", "1033"), the first 20 of a long list. */
const pageNumbers = (rows: readonly { file: string }[]) =>
  rows
    .slice(0, 20)
    .map((r) => /^\d+/.exec(r.file)?.[0] ?? r.file)
    .join(' ') + (rows.length > 20 ? ` … (+${rows.length - 20})` : '');

/** The pages also clicked in a fresh renderer: how many, and their run and click times (median, p95). */
function coldStats(rows: Array<{ coldRunMs?: number; coldClickMs?: number }>) {
  const run = rows.flatMap((r) => (r.coldRunMs === undefined ? [] : [r.coldRunMs]));
  const click = rows.flatMap((r) => (r.coldClickMs === undefined ? [] : [r.coldClickMs]));
  return {
    coldPages: run.length,
    coldRunMedianMs: quantile(run, 0.5),
    coldRunP95Ms: quantile(run, 0.95),
    coldClickMedianMs: quantile(click, 0.5),
    coldClickP95Ms: quantile(click, 0.95),
  };
}

const urls = (() => {
  try {
    return JSON.parse(readFileSync(join(PAGES, 'page-urls.json'), 'utf8')) as Record<string, string>;
  } catch {
    return {} as Record<string, string>;
  }
})();

function cliBench() {
  // Warm-up (JIT, the summarizer's lazily built tables) so the first page is not charged for it;
  // Readability is warmed the same way, or the first pages' baseline would carry its JIT time.
  for (const file of files.slice(0, 3)) {
    const html = readFileSync(join(PAGES, file), 'utf8');
    const { document } = parseHTML(html);
    const result = extract(document as unknown as Document, '', { readability: readDescription });
    if (result.posting) summarize(result.posting);
    try {
      new Readability(parseHTML(html).document as unknown as Document).parse();
    } catch {
      // some pages are not articles
    }
  }
  const rows: Array<{ file: string; extractMs: number; readabilityMs: number }> = [];
  for (const file of files) {
    const html = readFileSync(join(PAGES, file), 'utf8');
    const ex: number[] = [];
    const rd: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { document } = parseHTML(html);
      let t = performance.now();
      const result = extract(document as unknown as Document, urls[file] ?? '', { readability: readDescription });
      if (result.posting) summarize(result.posting);
      ex.push(performance.now() - t);
      const { document: d2 } = parseHTML(html);
      t = performance.now();
      try {
        new Readability(d2 as unknown as Document).parse();
      } catch {
        // some pages are not articles
      }
      rd.push(performance.now() - t);
    }
    rows.push({ file, extractMs: quantile(ex, 0.5), readabilityMs: quantile(rd, 0.5) });
  }
  return rows;
}

const STAGES = ['capture', 'reader', 'finish', 'readability'] as const;
type Stage = (typeof STAGES)[number];
type Bundles = Record<Stage, string>;

/** The content-script entries as the page runs them: `globalThis.JobshelfStage.default.main()`. */
async function browserBundles(): Promise<Bundles> {
  const bundles = {} as Bundles;
  for (const stage of STAGES) {
    const out = await build({
      entryPoints: [join(ROOT, 'entrypoints', stage, 'index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'JobshelfStage',
      minify: true,
      write: false,
      platform: 'browser',
      target: 'chrome120',
      alias: { '@': ROOT },
      banner: { js: EAGER_COMPILE_HINT.trimEnd() },
      plugins: stage === 'capture' ? [] : [sharedModulesEsbuild(ROOT)],
    });
    bundles[stage] = out.outputFiles[0]!.text;
  }
  return bundles;
}

/**
 * `runs` clicks in the page. One click: the capture script evaluated and run, then each script the
 * page asks for (`needs`), resuming the paused run. A script is evaluated on the first click only
 * (the bench cannot make V8 forget it); `run` counts the extraction alone, `total` the evaluation too.
 */
const CLICKS_IN_PAGE = `({ runs, code }) => {
  const mains = {};
  const stage = (name, click) => {
    if (!mains[name]) {
      // The bundle is strict code: its global name stays inside the eval, so the eval returns it.
      mains[name] = (0, eval)(code[name] + ';JobshelfStage').default.main;
    }
    const t = performance.now();
    const reply = mains[name]();
    click.run += performance.now() - t;
    return reply;
  };
  const clicks = [];
  for (let i = 0; i < runs; i++) {
    const click = { run: 0, total: 0, stages: ['capture'], isJobPosting: false };
    const started = performance.now();
    let reply = stage('capture', click);
    // The extension injects the reader's script with the capture script, in one call: it always runs next.
    click.stages.push('reader');
    reply = stage('reader', click);
    while (reply && reply.needs && click.stages.length < 4) {
      click.stages.push(reply.needs);
      reply = stage(reply.needs, click);
    }
    click.total = performance.now() - started;
    click.isJobPosting = !!(reply && reply.isJobPosting);
    clicks.push(click);
  }
  return clicks;
}`;

async function chromiumBench(bundles: Bundles) {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.slice(1));
    const path = join(PAGES, name);
    if (!name || name.includes('..') || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': extname(path) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream',
    });
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const rows: Array<{
    file: string;
    firstMs: number;
    firstClickMs: number;
    medianMs: number;
    p95Ms: number;
    stages: string[];
    isJobPosting: boolean;
    /** Sampled pages only: the click in a fresh renderer (run alone, and with the scripts' evaluation). */
    coldRunMs?: number;
    coldClickMs?: number;
  }> = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    // Pages are saved copies: keep them offline and keep their own scripts from running.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    for (const file of files) {
      await page
        .goto(`http://127.0.0.1:${port}/${file}`, { waitUntil: 'domcontentloaded', timeout: 30_000 })
        .catch(() => undefined);
      // Plain JavaScript in the page (tsx would wrap named functions in helpers the page lacks).
      const result = (await page.evaluate(([source, arg]) => (0, eval)(source as string)(arg) as unknown, [
        CLICKS_IN_PAGE,
        { runs: RUNS, code: bundles },
      ] as const)) as Array<{
        run: number;
        total: number;
        stages: string[];
        isJobPosting: boolean;
      }>;
      // The first click on a fresh page is what a click costs (the scripts are injected anew each
      // time, before the JIT has warmed up); the later ones show the steady state.
      const times = result.map((r) => r.run);
      rows.push({
        file,
        firstMs: times[0] ?? NaN,
        firstClickMs: result[0]?.total ?? NaN,
        medianMs: quantile(times, 0.5),
        p95Ms: quantile(times, 0.95),
        stages: result[0]?.stages ?? [],
        isJobPosting: result[result.length - 1]?.isJobPosting ?? false,
      });
    }
    // Every COLD_EVERY-th page once more, alone in a new context: a renderer with nothing compiled.
    for (const file of files.filter((_, index) => index % COLD_EVERY === 0)) {
      const fresh = await browser.newContext({ javaScriptEnabled: true });
      await fresh.route('**/*', (route) =>
        route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
      );
      const tab = await fresh.newPage();
      await tab
        .goto(`http://127.0.0.1:${port}/${file}`, { waitUntil: 'domcontentloaded', timeout: 30_000 })
        .catch(() => undefined);
      const [click] = (await tab.evaluate(([source, arg]) => (0, eval)(source as string)(arg) as unknown, [
        CLICKS_IN_PAGE,
        { runs: 1, code: bundles },
      ] as const)) as Array<{ run: number; total: number }>;
      const row = rows.find((r) => r.file === file);
      if (row && click) {
        row.coldRunMs = click.run;
        row.coldClickMs = click.total;
      }
      await fresh.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

async function main() {
  const cli = cliBench();
  const bundles = await browserBundles();
  let browserRows: Awaited<ReturnType<typeof chromiumBench>> = [];
  let browserError: string | null = null;
  try {
    browserRows = await chromiumBench(bundles);
  } catch (error) {
    browserError = error instanceof Error ? error.message : String(error);
  }
  const builtDir = join(ROOT, '.output', 'chrome-mv3');
  const built = existsSync(join(builtDir, 'capture.js'));
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  // Every click pays the capture script; the others only on the pages that ask for them.
  const scripts = STAGES.map((stage) => {
    const bytes = gzippedBytes(built ? readFileSync(join(builtDir, `${stage}.js`)) : bundles[stage]);
    const pages = browserRows.filter((r) => r.stages.includes(stage)).length;
    return { script: `${stage}.js`, bytes, kb: kb(bytes), pagesThatLoadIt: pages };
  });
  const size = {
    label: built
      ? 'built capture script .output/chrome-mv3/capture.js (gzip), paid on every click'
      : 'esbuild bundle of entrypoints/capture (gzip) — extension not built',
    bytes: scripts[0]!.bytes,
    budgetKb: CAPTURE_SCRIPT_BUDGET_BYTES / 1024,
    withinBudget: scripts[0]!.bytes <= CAPTURE_SCRIPT_BUDGET_BYTES,
    scripts,
  };

  const lines: string[] = [];
  lines.push(
    'page                                          cli ext+sum  readability   chromium med    p95  first run  1st click  scripts',
  );
  for (const row of cli) {
    const b = browserRows.find((r) => r.file === row.file);
    lines.push(
      `${row.file.slice(0, 44).padEnd(44)} ${ms(row.extractMs)}   ${ms(row.readabilityMs)}   ${b ? ms(b.medianMs) : '       -'} ${b ? ms(b.p95Ms) : '       -'} ${b ? ms(b.firstMs) : '       -'}   ${b ? ms(b.firstClickMs) : '       -'}  ${b ? b.stages.join('+') : ''}`,
    );
  }
  const cliEx = cli.map((r) => r.extractMs);
  const cliRd = cli.map((r) => r.readabilityMs);
  const perPageMedians = browserRows.map((r) => r.medianMs);
  const summary = {
    cli: {
      extractMedianMs: quantile(cliEx, 0.5),
      extractP95Ms: quantile(cliEx, 0.95),
      readabilityMedianMs: quantile(cliRd, 0.5),
      readabilityP95Ms: quantile(cliRd, 0.95),
    },
    chromium: browserError
      ? { error: browserError }
      : {
          medianMs: quantile(perPageMedians, 0.5),
          p95Ms: quantile(
            browserRows.map((r) => r.p95Ms),
            0.95,
          ),
          firstRunMedianMs: quantile(
            browserRows.map((r) => r.firstMs),
            0.5,
          ),
          firstRunP95Ms: quantile(
            browserRows.map((r) => r.firstMs),
            0.95,
          ),
          firstClickMedianMs: quantile(
            browserRows.map((r) => r.firstClickMs),
            0.5,
          ),
          firstClickP95Ms: quantile(
            browserRows.map((r) => r.firstClickMs),
            0.95,
          ),
          runsPerPage: RUNS,
          ...coldStats(browserRows),
        },
    size: { ...size, kb: kb(size.bytes) },
  };
  lines.push('');
  lines.push(
    `CLI (linkedom, parse excluded): extract median ${summary.cli.extractMedianMs.toFixed(2)} ms, p95 ${summary.cli.extractP95Ms.toFixed(2)} ms; Readability alone median ${summary.cli.readabilityMedianMs.toFixed(2)} ms, p95 ${summary.cli.readabilityP95Ms.toFixed(2)} ms`,
  );
  const slower = cli.filter((r) => r.extractMs > r.readabilityMs);
  const over50 = cli.filter((r) => r.extractMs > 50);
  lines.push(
    `Target (CLI): extract+summary ≤ Readability alone on each page: ${slower.length ? `MISSED on ${slower.length} page(s): ${pageNumbers(slower)}` : 'met'}; no page over 50 ms: ${over50.length ? `MISSED (${pageNumbers(over50)})` : 'met'} (max ${Math.max(...cliEx).toFixed(2)} ms)`,
  );
  lines.push(
    browserError
      ? `Chromium: not run (${browserError})`
      : `Chromium (in page, ${RUNS} runs/page): median of page medians ${quantile(perPageMedians, 0.5).toFixed(2)} ms, p95 over pages ${quantile(
          browserRows.map((r) => r.p95Ms),
          0.95,
        ).toFixed(2)} ms`,
  );
  if (!browserError) {
    const first = browserRows.map((r) => r.firstMs);
    lines.push(
      `Chromium, first run on each fresh page (every stage a click needs): median ${quantile(first, 0.5).toFixed(2)} ms, p95 ${quantile(first, 0.95).toFixed(2)} ms`,
    );
    const clicks = browserRows.map((r) => r.firstClickMs);
    lines.push(
      `Chromium, first click with each script it needs evaluated (parse + compile + run; the injections' round trips are in the popup bench): median ${quantile(clicks, 0.5).toFixed(2)} ms, p95 ${quantile(clicks, 0.95).toFixed(2)} ms`,
    );
    const cold = coldStats(browserRows);
    lines.push(
      `Chromium, first click in a fresh renderer (${cold.coldPages} pages, nothing compiled yet, as on a newly opened site): run median ${cold.coldRunMedianMs.toFixed(2)} ms, p95 ${cold.coldRunP95Ms.toFixed(2)} ms; with evaluation median ${cold.coldClickMedianMs.toFixed(2)} ms, p95 ${cold.coldClickP95Ms.toFixed(2)} ms`,
    );
    lines.push(
      `Target (Chromium): median ≤ 5 ms: ${quantile(perPageMedians, 0.5) <= 5 ? 'met' : 'MISSED'}; first-run p95 ≤ 20 ms: ${quantile(first, 0.95) <= 20 ? 'met' : 'MISSED'} in the shared tab, ${cold.coldRunP95Ms <= 20 ? 'met' : 'MISSED'} in a fresh renderer`,
    );
  }
  lines.push(
    `Size: ${size.label}: ${summary.size.kb} KB — budget ${size.budgetKb} KB: ${size.withinBudget ? 'met' : 'MISSED'}`,
  );
  for (const script of scripts.slice(1)) {
    lines.push(
      `Size: on-demand ${script.script}: ${script.kb} KB gzip, loaded on ${script.pagesThatLoadIt} of ${browserRows.length} pages`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results', 'extract.json'),
    JSON.stringify({ date: new Date().toISOString(), summary, cli, chromium: browserRows }, null, 2) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
