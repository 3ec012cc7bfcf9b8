import { defineConfig } from 'wxt';
import { eagerCompileVite, PAGE_SCRIPTS } from './scripts/eager-compile';
import { LATER_SCRIPTS, sharedModulesVite } from './scripts/shared-modules';

// `npm run build:e2e` sets JOBSHELF_E2E=1: the same production build, written to
// .output/chrome-mv3-e2e, plus host access to 127.0.0.1 — Playwright cannot click the toolbar
// button that grants `activeTab`. (Not a WXT mode: a mode other than "production" would also
// switch React to its development build, and the e2e timings would measure that.)
const e2e = process.env.JOBSHELF_E2E === '1';

/** The Firefox add-on's id: fixed, so updates, storage and the e2e tests' pinned UUID follow it. */
const GECKO_ID = 'jobshelf@jobshelf.app';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  // The dev server scans HTML files for dependencies: only the extension's own, not the saved
  // job pages under tests/fixtures.
  vite: () => ({
    optimizeDeps: { entries: ['entrypoints/**/*.html'] },
    // Test-only wiring (background/e2e-hooks.ts) is compiled in only when this is true: store builds lack it.
    define: { 'import.meta.env.JOBSHELF_E2E': JSON.stringify(e2e) },
  }),
  hooks: {
    // The scripts injected after the capture script read the modules it shares instead of bundling
    // them again (utils/extract/shared-modules.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => LATER_SCRIPTS.has(entry.name)))
        config.plugins = [...(config.plugins ?? []), sharedModulesVite(import.meta.dirname)];
      // Nearly all of a page script runs on each click: V8 compiles it in one go (scripts/eager-compile.ts).
      if (entrypoints.some((entry) => PAGE_SCRIPTS.has(entry.name)))
        config.plugins = [...(config.plugins ?? []), eagerCompileVite()];
    },
  },
  // The Firefox sources zip (for the add-on review) holds what rebuilds the extension, nothing
  // else: no tests, fixtures, benchmarks, screenshots or docs.
  zip: {
    excludeSources: ['**'],
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/shared-modules.ts',
      'scripts/eager-compile.ts',
      'BUILDING.md',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Jobshelf — job posting saver & tracker',
    short_name: 'Jobshelf',
    description:
      'Read any job posting, see a summary in seconds, save it and track your application. Private: everything stays in your browser.',
    permissions: [
      'activeTab',
      'scripting',
      // IndexedDB needs no permission; unlimitedStorage lifts its quota. Nothing uses chrome.storage.
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      'notifications',
    ],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // A backstop behind sanitizing: extension pages run only their own scripts, embed no plugins,
    // show images only from the extension or data: URLs. connect-src: the background fetches the
    // AI endpoint and saved postings (each origin still needs its host permission).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; connect-src 'self' https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    // Asked for only when the user turns on "check whether saved postings closed" in settings.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Open Jobshelf on this page',
      },
      'save-job': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job posting in this tab',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (an ESR) is the first Firefox that shows data_collection_permissions at install;
              // everything else used (MV3 event page, scripting, optional host permissions) is older.
              strict_min_version: '140.0',
              // Jobshelf collects nothing: saved jobs stay in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
