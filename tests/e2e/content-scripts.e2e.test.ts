/**
 * The content scripts as built (the e2e builds are production builds): the capture script, which
 * every click injects, stays within its budget, and the scripts injected after it read the modules
 * it shares instead of carrying a second copy (utils/extract/shared-modules.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE_SCRIPT_BUDGET_BYTES, gzippedBytes } from '../../scripts/content-script-budget';
import { EAGER_COMPILE_HINT, PAGE_SCRIPTS } from '../../scripts/eager-compile';
import { root } from './harness';

const BUILDS = ['chrome-mv3-e2e', 'firefox-mv3-e2e'];
const script = (build: string, name: string) => path.join(root, '.output', build, `${name}.js`);

describe('the built content scripts', () => {
  it.each(BUILDS)('%s: the capture script is within its gzip budget', (build) => {
    const file = script(build, 'capture');
    expect(existsSync(file), `${file} (run npm run build:e2e first)`).toBe(true);
    const bytes = gzippedBytes(readFileSync(file));
    expect(bytes, `capture.js is ${(bytes / 1024).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(
      CAPTURE_SCRIPT_BUDGET_BYTES,
    );
  });

  it.each(BUILDS)('%s: the later scripts read the shared modules, and do not bundle them again', (build) => {
    const capture = readFileSync(script(build, 'capture'), 'utf8');
    expect(capture).toContain('jobshelf.sharedModules');
    for (const name of ['reader', 'finish', 'readability']) {
      const code = readFileSync(script(build, name), 'utf8');
      expect(code, name).toContain('jobshelf.sharedModules');
      // The money vocabulary's amount pattern lives in utils/money/parse.ts, which the capture script shares.
      expect(code, name).not.toContain('lakhs?|lacs?|crores?');
    }
    expect(capture).toContain('lakhs?|lacs?|crores?');
  });

  it.each(BUILDS)("%s: no script carries WXT's content-script context (they are unlisted scripts)", (build) => {
    for (const name of ['capture', 'reader', 'finish', 'readability']) {
      const code = readFileSync(script(build, name), 'utf8');
      // The context's location watcher and its "script started" message to the page.
      expect(code, name).not.toContain('wxt:locationchange');
      expect(code, name).not.toContain('wxt:content-script-started');
    }
  });

  it.each(BUILDS)('%s: each page script starts with the compile hint, and the popup and background do not', (build) => {
    for (const name of PAGE_SCRIPTS)
      expect(readFileSync(script(build, name), 'utf8').startsWith(EAGER_COMPILE_HINT), name).toBe(true);
    // Only part of these runs at startup: compiling all of them eagerly would cost more than it saves.
    for (const name of ['background', 'popup-boot'])
      expect(readFileSync(script(build, name), 'utf8'), name).not.toContain(EAGER_COMPILE_HINT.trim());
  });
});
