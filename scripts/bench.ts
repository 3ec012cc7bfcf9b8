// `npm run bench`: runs every part in scripts/bench/ (each prints its table and writes
// bench-results/<part>.json), then merges them into bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const parts = (await readdir(path.join(root, 'scripts/bench')))
  .filter((file) => file.endsWith('.ts') && file !== 'report.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((part) => only.length === 0 || only.includes(part))
  .sort();

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

if (run('npm', ['run', '--silent', 'build:e2e']) !== 0) process.exit(1);
if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);

const failed: string[] = [];
for (const part of parts) {
  console.log(`\n=== bench: ${part} ===`);
  if (run(process.execPath, ['--import', 'tsx', path.join('scripts/bench', `${part}.ts`)]) !== 0) failed.push(part);
}

const merged: Record<string, unknown> = {};
for (const part of parts) {
  const file = path.join(root, 'bench-results', `${part}.json`);
  if (existsSync(file)) merged[part] = JSON.parse(await readFile(file, 'utf8'));
}
await writeFile(path.join(root, 'bench-results/bench.json'), JSON.stringify(merged, null, 2));
console.log(`\nWrote bench-results/bench.json (${Object.keys(merged).join(', ')})`);
if (failed.length > 0) {
  console.error(`Bench parts that failed: ${failed.join(', ')}`);
  process.exit(1);
}
