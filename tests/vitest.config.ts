import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

// Three projects, from fast to slow (npm run test:unit, test:integration, test:site; npm test runs all):
// - unit: functions, CLIs, components (Astro's container API) and the MDX compile on fixtures; never builds the site.
// - integration: what needs `astro build` itself (the build guard, the benchmark).
// - site: the built site, read from disk and driven in Chromium; the builds are made once, in global setup.
// npm test makes four site builds in all (tests/support/build-log.ts counts them and fails the run
// past four; README lists them, under Commands).
export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Builds and browsers are heavy on a 2-core machine: one test file at a time.
    fileParallelism: false,
    projects: [
      // Astro's Vite config (getViteConfig), so that .astro components compile for the container API
      // (tests/unit/components.test.ts); not the project's astro.config.mjs (configFile: false), whose
      // integrations would check the content on every run. The base path comes from each test.
      getViteConfig(
        {
          test: {
            name: 'unit',
            root,
            include: ['tests/unit/**/*.test.ts'],
            globalSetup: ['tests/support/temp-dir.ts', 'tests/support/build-log.ts'],
            testTimeout: 60_000,
            // Projects do not inherit the root's options: without this, a beforeAll had 10 s.
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
        { configFile: false, root, logLevel: 'silent', devToolbar: { enabled: false } },
      ),
      {
        test: {
          name: 'integration',
          root,
          include: ['tests/integration/**/*.test.ts'],
          // The shared build of the real content, which the benchmark's smoke test measures as ours.
          globalSetup: ['tests/support/temp-dir.ts', 'tests/support/build-log.ts', 'tests/support/main-build.ts'],
          testTimeout: 300_000,
          // Projects do not inherit the root's options: without this, a build in beforeAll had 10 s.
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'site',
          root,
          include: ['tests/site/**/*.test.ts'],
          // The shared builds, into the run's temp folder: the real content under / (made once for
          // both projects), the fixture under /kb/ and the offline edition; every test file here
          // reads, serves or opens them.
          globalSetup: ['tests/support/temp-dir.ts', 'tests/support/build-log.ts', 'tests/support/main-build.ts', 'tests/support/global-setup.ts'],
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
