// Unit tests: the pure core, the CLI and the UI pieces that need no browser.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // jsdom parses of large corpus pages take seconds on a busy 2-core machine; the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
