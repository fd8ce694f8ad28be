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

let copy: string | undefined;

/** The copy for this process, made on first use: src/, public/ and the config as they are now. */
export function project(): string {
  if (copy) return copy;
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-project-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(path.join(repo, item), path.join(root, item), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // The project's own config, with Astro's and Vite's caches moved into the copy (their defaults are
  // node_modules/.astro/ and node_modules/.vite/, through the link).
  renameSync(path.join(root, 'astro.config.mjs'), path.join(root, 'astro.config.project.mjs'));
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    "import config from './astro.config.project.mjs';\n\nexport default { ...config, cacheDir: './.astro-cache/', vite: { ...config.vite, cacheDir: './.vite-cache/' } };\n",
  );
  copy = root;
  return root;
}

/** The real content folder, or ATLAS_CONTENT (relative to the repository), as an absolute path. */
export const contentDir = (): string => path.resolve(repo, process.env['ATLAS_CONTENT'] || 'content');
