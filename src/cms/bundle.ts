/**
 * The web form's code, bundled once from the npm package @sveltia/cms with esbuild (a
 * devDependency already) into a cache folder keyed by the package's version and this bundling's
 * options: later builds only copy it. A Sveltia upgrade (npm install -E) makes a new key.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const entry = path.join(here, 'entry.js');

const options: BuildOptions = {
  entryPoints: { cms: entry },
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  target: 'es2022',
  // Fonts, images and WebAssembly the package imports become files beside the script.
  loader: { '.woff2': 'file', '.woff': 'file', '.wasm': 'file', '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'error',
};

export function sveltiaVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules/@sveltia/cms/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The folder holding the bundle (cms.js, chunks/, assets/), made on the first call for this version. */
export async function cmsBundle(): Promise<{ dir: string; built: boolean; ms: number }> {
  const started = Date.now();
  const key = createHash('sha256').update(JSON.stringify(options)).update(readFileSync(entry)).update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
  const dir = path.join(root, 'node_modules/.cache/atlas-cms', `${sveltiaVersion()}-${key}`);
  if (existsSync(path.join(dir, 'cms.js'))) return { dir, built: false, ms: Date.now() - started };
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  await build({ ...options, outdir: temp, absWorkingDir: root });
  // The fonts the CMS loads at run time from assets/ beside its script (else it falls back to a CDN, which the policy blocks).
  cpSync(path.join(root, 'node_modules/@sveltia/cms/npm/assets'), path.join(temp, 'assets'), { recursive: true, filter: (file) => !file.endsWith('.map') });
  writeFileSync(path.join(temp, 'VERSION'), `@sveltia/cms ${sveltiaVersion()}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(temp, dir);
  return { dir, built: true, ms: Date.now() - started };
}
