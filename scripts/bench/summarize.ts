/**
 * summarize() timing per posting over the fixture pages and a few synthetic long postings.
 * Run: npx tsx scripts/bench/summarize.ts — prints a table, writes bench-results/summarize.json.
 */
import { blankPosting } from '../../tests/posting-factory';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PostingDraft } from '../../utils/schema/posting';
import { summarize } from '../../utils/summarize/index';
import { loadFixturePostings } from '../../tests/summarize/fixture-pages';

const WARMUP = 20;
const RUNS = 200;
const TARGET_MEDIAN_MS = 2; // issue 11: ≤ 2 ms median per posting

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
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    summarize(posting);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    descriptionChars: posting.descriptionHtml.length || posting.descriptionText.length,
    medianMs: Number(percentile(times, 50).toFixed(3)),
    p95Ms: Number(percentile(times, 95).toFixed(3)),
  };
});

const medians = rows.map((row) => row.medianMs).sort((a, b) => a - b);
const overall = { medianOfMediansMs: percentile(medians, 50), worstMedianMs: medians[medians.length - 1] ?? 0 };

console.log(`${'posting'.padEnd(56)} ${'chars'.padStart(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)}`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(56)} ${String(row.descriptionChars).padStart(9)} ${row.medianMs.toFixed(3).padStart(10)} ${row.p95Ms.toFixed(3).padStart(9)}`,
  );
}
console.log(
  `median of medians ${overall.medianOfMediansMs.toFixed(3)} ms; worst median ${overall.worstMedianMs.toFixed(3)} ms; target ≤ ${TARGET_MEDIAN_MS} ms median`,
);

const outputDir = join(process.cwd(), 'bench-results');
mkdirSync(outputDir, { recursive: true });
writeFileSync(
  join(outputDir, 'summarize.json'),
  `${JSON.stringify({ node: process.version, runs: RUNS, targetMedianMs: TARGET_MEDIAN_MS, ...overall, postings: rows }, null, 2)}\n`,
);
