import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

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
          name: 'site',
          root,
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the real site once into dist/; every test file here reads or serves it.
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
