// Lint keeps the layers: pure logic in utils/, browser wiring in entrypoints/, components only render.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noEntrypoints = { group: ['@/entrypoints/*', '**/entrypoints/*'], message: 'utils/ never imports entrypoints/.' };
const noDatabase = {
  group: ['@/utils/db/*', '**/utils/db/*', '**/db/*', 'dexie', 'dexie-react-hooks'],
  message: 'This layer never touches the database.',
};
const noBrowser = {
  group: ['wxt/browser', 'wxt/browser/*', '#imports', '@webext-core/*'],
  message: 'This layer never calls browser APIs.',
};
const noReact = { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'Pure logic never imports React.' };
const noWriters = {
  group: ['**/jobs/derived', '**/jobs/saved-job', '**/jobs/edited-job', '**/jobs/refresh', '**/db/*-repository'],
  message: 'Writes run in the background (they load the summarizer): pages send a message.',
};
const onlyTheClient = {
  name: '@/utils/messaging',
  importNames: ['sendMessage', 'onMessage'],
  message: 'Pages send messages through @/utils/background-client (ask, send, write).',
};
const browserGlobals = [
  { name: 'browser', message: 'This layer never calls browser APIs.' },
  { name: 'chrome', message: 'This layer never calls browser APIs.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench-results/**', 'tests/fixtures/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // The sanitizers match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['utils/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEntrypoints] }] },
  },
  {
    files: ['utils/extract/**', 'utils/summarize/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noEntrypoints, noDatabase, noBrowser, noReact] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['utils/jobs/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noEntrypoints, noDatabase, noBrowser, noReact] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    // One client: pages talk to the background through utils/background-client.ts, which turns a
    // background that cannot be reached into a reply in words.
    files: ['entrypoints/popup/**', 'entrypoints/dashboard/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [onlyTheClient] }] },
  },
  {
    // The popup must not load the summarizer or zod; the dashboard still reads settings and
    // backups through their repositories (settings-repository, backup-repository).
    files: ['entrypoints/popup/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [onlyTheClient], patterns: [noWriters] }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noEntrypoints, noDatabase, noBrowser] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
);
