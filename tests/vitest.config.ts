import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

// Three projects, from fast to slow (npm run test:unit, test:integration, test:site; npm test runs all):
// - unit: functions, CLIs and the MDX compile on fixtures; never builds the site.
// - integration: what needs `astro build` itself (the build guard, the benchmark).
// - site: the built site, read from disk and driven in Chromium; the builds are made once, in global setup.
export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Builds and browsers are heavy on a 2-core machine: one test file at a time.
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/support/temp-dir.ts'], testTimeout: 60_000, fileParallelism: false } },
      {
        test: {
          name: 'integration',
          root,
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/temp-dir.ts'],
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'site',
          root,
          include: ['tests/site/**/*.test.ts'],
          // Builds the real site once into a temp folder; every test file here reads or serves it.
          globalSetup: ['tests/support/temp-dir.ts', 'tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A first search compiles Pagefind's WebAssembly: allow for a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
