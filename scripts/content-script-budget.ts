import { gzipSync } from 'node:zlib';

/**
 * What the capture script may weigh, gzipped: every click injects it (issue 10). Checked after the
 * e2e build (tests/e2e/content-scripts.e2e.test.ts) and reported by `npm run bench -- extract`.
 */
export const CAPTURE_SCRIPT_BUDGET_BYTES = 40 * 1024;

/** The one way the budget is measured (the e2e test and the bench must agree): gzip at level 9. */
export const gzippedBytes = (source: string | Uint8Array): number => gzipSync(source, { level: 9 }).length;
