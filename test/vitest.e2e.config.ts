// Real-browser tests: the built extension (dist/) in headless Chromium and Firefox ESR.
// One file at a time: each launches a browser, and two at once on a 2-core CI machine only makes both flaky.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A real-browser failure should be looked at, not retried away.
    retry: 0,
  },
});
