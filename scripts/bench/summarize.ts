/**
 * summarize() timing per posting over the fixture pages and a few synthetic long postings, and the
 * first summary of a fresh process (cold start: modules loaded, skills matcher built, expressions
 * compiled on first use, as in a service worker that has just started).
 * Run: npx tsx scripts/bench/summarize.ts — prints a table, writes bench-results/summarize.json.
 *
 * Besides wall-clock medians, each posting's median CPU time (this process's user + system time,
 * GC threads included): on a shared machine a busy neighbour inflates wall time, not CPU time.
 */
import { blankPosting } from '../../tests/posting-factory';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PostingDraft } from '../../utils/schema/posting';

const WARMUP = 20;
const RUNS = 200;
const TARGET_MEDIAN_MS = 2; // issue 11: ≤ 2 ms median per posting
/** Fresh processes for the cold-start row. */
const COLD_RUNS = 5;
const COLD_CHILD = '--cold-child';

/** In a fresh process: load the summarizer, summarize one posting twice, print the times as JSON. */
async function coldChild(postingFile: string): Promise<void> {
  const posting = JSON.parse(readFileSync(postingFile, 'utf8')) as PostingDraft;
  const loading = performance.now();
  const { summarize } = await import('../../utils/summarize/index');
  const loaded = performance.now();
  summarize(posting);
  const first = performance.now();
  summarize(posting);
  const second = performance.now();
  console.log(JSON.stringify({ importMs: loaded - loading, firstMs: first - loaded, secondMs: second - first }));
}

if (process.argv.includes(COLD_CHILD)) {
  await coldChild(process.argv[process.argv.indexOf(COLD_CHILD) + 1] ?? '');
  process.exit(0);
}

const { summarize } = await import('../../utils/summarize/index');
const { loadFixturePostings } = await import('../../tests/summarize/fixture-pages');

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function synthetic(name: string, repeat: number): { name: string; posting: PostingDraft } {
  const block = [
    '<h2>About us</h2><p>We build payment infrastructure for thousands of companies across Europe and North America.</p>',
    '<h2>What you will do</h2><ul><li>Design and build distributed services in Go and Kotlin</li><li>Own PostgreSQL and Kafka pipelines</li><li>Improve observability with Prometheus and Grafana</li></ul>',
    '<h2>Requirements</h2><ul><li>5+ years of backend engineering experience</li><li>Experience with AWS, Terraform and Kubernetes</li><li>Fluent English; German is a plus</li></ul>',
    '<h2>Nice to have</h2><ul><li>Experience with React and TypeScript</li><li>Knowledge of PCI DSS</li></ul>',
    '<h2>Benefits</h2><ul><li>Competitive salary, equity, 30 days of paid time off</li></ul>',
    '<p>We are an equal opportunity employer and value diversity. Reasonable accommodations are available on request.</p>',
  ].join('');
  const html = Array.from({ length: repeat }, () => block).join('');
  return {
    name,
    posting: blankPosting({
      title: 'Senior Backend Engineer',
      company: 'Synthetic Pay',
      locations: ['Berlin, Germany'],
      employmentType: 'FULL_TIME',
      descriptionHtml: html,
      source: 'synthetic',
    }),
  };
}

const cases = [
  ...loadFixturePostings().map((fixture) => ({ name: fixture.name, posting: fixture.posting })),
  synthetic('synthetic-long-10x', 10),
  synthetic('synthetic-long-50x', 50),
];

const rows = cases.map(({ name, posting }) => {
  for (let run = 0; run < WARMUP; run++) summarize(posting);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    summarize(posting);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    name,
    descriptionChars: posting.descriptionHtml.length || posting.descriptionText.length,
    medianMs: Number(percentile(times, 50).toFixed(3)),
    p95Ms: Number(percentile(times, 95).toFixed(3)),
    cpuMedianMs: Number(percentile(cpuTimes, 50).toFixed(3)),
  };
});

const medians = rows.map((row) => row.medianMs).sort((a, b) => a - b);
const cpuMedians = rows.map((row) => row.cpuMedianMs).sort((a, b) => a - b);
const overall = {
  medianOfMediansMs: percentile(medians, 50),
  worstMedianMs: medians[medians.length - 1] ?? 0,
  cpuMedianOfMediansMs: percentile(cpuMedians, 50),
  cpuWorstMedianMs: cpuMedians[cpuMedians.length - 1] ?? 0,
};

console.log(
  `${'posting'.padEnd(56)} ${'chars'.padStart(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'cpu med ms'.padStart(10)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(56)} ${String(row.descriptionChars).padStart(9)} ${row.medianMs.toFixed(3).padStart(10)} ${row.p95Ms.toFixed(3).padStart(9)} ${row.cpuMedianMs.toFixed(3).padStart(10)}`,
  );
}
console.log(
  `median of medians ${overall.medianOfMediansMs.toFixed(3)} ms (CPU ${overall.cpuMedianOfMediansMs.toFixed(3)} ms); worst median ${overall.worstMedianMs.toFixed(3)} ms (CPU ${overall.cpuWorstMedianMs.toFixed(3)} ms); target ≤ ${TARGET_MEDIAN_MS} ms median`,
);

/** The first summary after a cold start, in fresh processes (the first fixture posting). */
function coldStart(posting: PostingDraft): { importMs: number; firstMs: number; secondMs: number } | null {
  const dir = mkdtempSync(join(tmpdir(), 'jobshelf-bench-'));
  const file = join(dir, 'posting.json');
  writeFileSync(file, JSON.stringify(posting));
  const runs: Array<{ importMs: number; firstMs: number; secondMs: number }> = [];
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, COLD_CHILD, file], {
        encoding: 'utf8',
      });
      if (child.status !== 0) {
        console.error(`cold-start run failed: ${child.stderr}`);
        return null;
      }
      runs.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (pick: (run: (typeof runs)[number]) => number) =>
    Number(
      percentile(
        runs.map(pick).sort((a, b) => a - b),
        50,
      ).toFixed(1),
    );
  return {
    importMs: median((run) => run.importMs),
    firstMs: median((run) => run.firstMs),
    secondMs: median((run) => run.secondMs),
  };
}

const coldPosting = cases[0];
const cold = coldPosting ? coldStart(coldPosting.posting) : null;
if (cold)
  console.log(
    `first summary after cold start (${coldPosting?.name}, median of ${COLD_RUNS} fresh processes): ${cold.firstMs} ms (module load ${cold.importMs} ms before it; second summary ${cold.secondMs} ms)`,
  );

const outputDir = join(process.cwd(), 'bench-results');
mkdirSync(outputDir, { recursive: true });
writeFileSync(
  join(outputDir, 'summarize.json'),
  `${JSON.stringify({ node: process.version, runs: RUNS, targetMedianMs: TARGET_MEDIAN_MS, ...overall, coldStart: cold, postings: rows }, null, 2)}\n`,
);
