import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3-e2e) in real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
