// Where the tests run `astro build`: a copy of the site's code in a temporary folder, never the
// repository. A build writes more than its output folder: Astro's generated types and content
// collections (.astro/), its content-layer cache (node_modules/.astro/data-store.json) and at times
// Vite's (node_modules/.vite/). Built in place, a fixture build would leave its entries in the
// developer's cache, and two builds at once (a test run and a dev server) would overwrite each
// other's. The copy shares node_modules (a link) and keeps both caches inside itself; content
// comes from ATLAS_CONTENT, always absolute.
import { cpSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repo } from '../helpers.ts';
import { buildLogIntegration, buildLogPrelude } from './build-log.ts';

const items = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
let copy: string | undefined;

/**
 * A snapshot of the site's code (src/, public/, the config) taken once per test run, in global
 * setup (tests/support/main-build.ts), that every later copy is made from: all builds of one run
 * build the same code, also when someone edits src/ while it runs (tests/site/offline.test.ts
 * compares two of them byte for byte). Without it (a test file run on its own), copies come from
 * the repository as it is at that moment.
 */
export function snapshotSource(): string {
  const existing = process.env['ATLAS_TEST_SOURCE'];
  if (existing) return existing;
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-source-'));
  for (const item of items) cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  process.env['ATLAS_TEST_SOURCE'] = dir;
  return dir;
}

/** The copy for this process, made on first use: src/, public/ and the config of the run's snapshot. */
export function project(): string {
  if (copy) return copy;
  const source = process.env['ATLAS_TEST_SOURCE'] || repo;
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-project-'));
  for (const item of items) cpSync(path.join(source, item), path.join(root, item), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // The project's own config, with Astro's and Vite's caches moved into the copy (their defaults are
  // node_modules/.astro/ and node_modules/.vite/, through the link), and the test run's build log
  // (tests/support/build-log.ts), which only notes that a build ran.
  renameSync(path.join(root, 'astro.config.mjs'), path.join(root, 'astro.config.project.mjs'));
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `${buildLogPrelude}import config from './astro.config.project.mjs';\n\nexport default { ...config, integrations: [...config.integrations, ${buildLogIntegration}], cacheDir: './.astro-cache/', vite: { ...config.vite, cacheDir: './.vite-cache/' } };\n`,
  );
  copy = root;
  return root;
}

/** The real content folder, or ATLAS_CONTENT (relative to the repository), as an absolute path. */
export const contentDir = (): string => path.resolve(repo, process.env['ATLAS_CONTENT'] || 'content');
