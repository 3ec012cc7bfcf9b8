// Bench part: sync of 10,000 saved jobs through a real WebDAV server (Apache httpd + mod_dav on
// 127.0.0.1), in the real service worker of the e2e build with the real IndexedDB. Device A
// uploads everything (first sync), device B (a fresh profile) joins and downloads everything,
// then one change on A travels to B. Targets: first sync ≤ 60 s, incremental ≤ 2 s, memory bounded.
import type { Worker } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../../tests/e2e/harness';
import { startWebdavServer } from '../../tests/sync/webdav-server';
import { benchJobs } from '../generate-jobs';
import { printTable, writeResults } from './report';
import { sampleWorkerHeap } from './worker-heap';

const JOBS = 10_000;

interface Timed {
  ms: number;
  /** Service worker JS heap: the highest seen while it ran (MB, DevTools protocol); null if unavailable. */
  heapBeforeMb: number | null;
  heapPeakMb: number | null;
  error: string | null;
  downloaded?: number;
  uploaded?: number;
  timings?: Record<string, number>;
}

/** Runs `call` (the name of a jobshelf hook and its argument) in the worker, timing it and sampling the heap. */
async function timed(session: ExtensionSession, call: 'connectSync' | 'runSync', argument: unknown): Promise<Timed> {
  const stop = await sampleWorkerHeap(session.context, session.extensionId);
  const result = await timedInWorker(session.worker, call, argument);
  const heap = await stop();
  return { ...result, heapBeforeMb: result.heapBeforeMb ?? null, heapPeakMb: heap ? heap.peakMb : null };
}

async function timedInWorker(worker: Worker, call: 'connectSync' | 'runSync', argument: unknown): Promise<Timed> {
  return worker.evaluate(
    async ({ call, argument }) => {
      type Status = {
        error: string | null;
        downloaded?: number;
        uploaded?: number;
        timings?: Record<string, number>;
      } | null;
      const hooks = (globalThis as unknown as { jobshelf: Record<string, (value: unknown) => Promise<unknown>> })
        .jobshelf;
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      const heap = () => (memory ? memory.usedJSHeapSize / 1_048_576 : null);
      const before = heap();
      let peak = before;
      const sampler = setInterval(() => {
        const now = heap();
        if (now !== null && (peak === null || now > peak)) peak = now;
      }, 50);
      const started = performance.now();
      const result = (await hooks[call]!(argument)) as Status | { ok: boolean; reason?: string; status?: Status };
      const ms = performance.now() - started;
      clearInterval(sampler);
      const status: Status =
        result && 'ok' in result
          ? result.ok
            ? (result.status ?? null)
            : { error: result.reason ?? 'failed' }
          : (result as Status);
      return {
        ms,
        heapBeforeMb: before,
        heapPeakMb: peak,
        error: status?.error ?? null,
        downloaded: status?.downloaded,
        uploaded: status?.uploaded,
        timings: status?.timings,
      };
    },
    { call, argument },
  );
}

async function seed(worker: Worker, count: number): Promise<number> {
  // Built here with newJob() (as saving builds them); each gets its ~5 KB description in the worker.
  const jobs = benchJobs(count, (day) => ({ datePosted: day(-10), validThrough: day(60) }));
  let seeded = 0;
  for (let start = 0; start < count; start += 1000) {
    seeded = await worker.evaluate(
      async ({ rows, description }) => {
        type Table = { bulkPut: (rows: unknown[]) => Promise<unknown>; count: () => Promise<number> };
        const db = (
          globalThis as unknown as { jobshelf: { getDatabase: () => { jobs: Table; notes: Table } } }
        ).jobshelf.getDatabase();
        for (const row of rows) {
          row.posting.descriptionHtml = `<p>${description}</p>`;
          row.posting.descriptionText = description;
        }
        await db.jobs.bulkPut(rows);
        await db.notes.bulkPut(
          rows
            .filter((_, k) => k % 5 === 0)
            .map((row) => ({
              id: `note-${row.id}`,
              jobId: row.id,
              createdAt: Date.now(),
              updatedAt: Date.now(),
              text: 'Asked a friend who works there.',
            })),
        );
        return db.jobs.count();
      },
      {
        rows: jobs.slice(start, start + 1000),
        description: 'Build and run services for our customers, with care. '.repeat(90), // ~5 KB, like a real posting
      },
    );
  }
  return seeded;
}

async function main() {
  const dav = await startWebdavServer();
  const a = await launchExtension();
  const b = await launchExtension();
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the workers' own start-up work
  try {
    const seeded = await seed(a.worker, JOBS);
    const connection = {
      url: dav.folderUrl,
      username: dav.username,
      password: dav.password,
      passphrase: 'bench passphrase 1',
    };
    const first = await timed(a, 'connectSync', connection);
    const join = await timed(b, 'connectSync', connection);
    const received = await b.worker.evaluate(() =>
      (
        globalThis as unknown as { jobshelf: { getDatabase: () => { jobs: { count: () => Promise<number> } } } }
      ).jobshelf
        .getDatabase()
        .jobs.count(),
    );

    // One change on A: a status, written as the background writes it (the hook records the job).
    await a.worker.evaluate(async () => {
      type Db = {
        jobs: { get: (id: string) => Promise<Record<string, unknown>>; put: (job: unknown) => Promise<unknown> };
      };
      const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
      const job = await db.jobs.get('bench-42');
      await db.jobs.put({ ...job, status: 'offer', statusChangedAt: Date.now(), updatedAt: Date.now() });
    });
    await new Promise((resolve) => setTimeout(resolve, 1200)); // a second apart, as writes are
    const upload = await timed(a, 'runSync', 'touched');
    const download = await timed(b, 'runSync', 'touched');
    const downloadFull = await timed(b, 'runSync', 'full');
    const arrived = await b.worker.evaluate(async () => {
      type Db = { jobs: { get: (id: string) => Promise<{ status: string } | undefined> } };
      return (
        await (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf
          .getDatabase()
          .jobs.get('bench-42')
      )?.status;
    });
    const serverBytes = dav.files().reduce((sum, file) => sum + file.data.length, 0);

    const mb = (value: number | null) => (value === null ? 'n/a' : value.toFixed(0));
    const row = (metric: string, result: Timed, target: string) => ({
      metric,
      ms: Math.round(result.ms),
      target,
      'worker heap peak MB': mb(result.heapPeakMb),
      moved: `↓${result.downloaded ?? '?'} ↑${result.uploaded ?? '?'} shards`,
      'local/server/crypto/merge ms': result.timings
        ? Object.values(result.timings)
            .map((value) => Math.round(value))
            .join(' / ')
        : '',
      error: result.error ?? '',
    });
    const rows = [
      row(`first sync, A uploads ${seeded} jobs (incl. key derivation)`, first, '≤ 60000 ms'),
      row(`first sync, B joins and receives ${received} jobs`, join, '≤ 60000 ms'),
      row('incremental: one status change sent from A', upload, '≤ 2000 ms'),
      row(`incremental: B receives it (status now ${arrived})`, download, '≤ 2000 ms'),
      row('periodic sync on B: every job checked, nothing new', downloadFull, '(info)'),
    ];
    printTable(
      `Sync of ${seeded} jobs through WebDAV (Apache httpd + mod_dav; server holds ${(serverBytes / 1_048_576).toFixed(1)} MB encrypted)`,
      rows,
    );
    await writeResults('sync', {
      jobs: seeded,
      received,
      serverBytes,
      first,
      join,
      upload,
      download,
      downloadFull,
      arrived,
      rows,
    });
    if (received !== seeded || arrived !== 'offer') process.exitCode = 1;
  } finally {
    await a.close();
    await b.close();
    await dav.stop();
  }
}

await main();
