// `npm run screenshots`: the README's pictures of the popup (docs/screenshots/), taken in real Chromium. Kept
// apart from the e2e run so that `npm test` never rewrites tracked files.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/screenshots/**/*.screenshots.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    retry: 0,
  },
});
