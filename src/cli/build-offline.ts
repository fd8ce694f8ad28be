#!/usr/bin/env node
// npm run build:offline: a copy of the site that works opened from disk (USB stick, intranet share), search included.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { defaultLocale } from '../i18n/locales.ts';
import { offlineScripts, relativiseHtml } from '../lib/offline.ts';
import { offlineFolder, routes } from '../lib/routes.ts';
import { scriptConstants } from '../scripts/compare-store.ts';

const outDir = path.resolve(process.env['OFFLINE_OUT'] ?? 'dist-offline');
const zipFile = `${outDir}.zip`;
const base = '/';

rmSync(outDir, { recursive: true, force: true });
const astro = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_OFFLINE: '1', BASE_PATH: base },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

// One classic bundle per custom element; pages load the ones they use.
const elements = { 'sortable-table': 'sortable-table', 'atlas-search': 'atlas-search', 'practice-compare': 'practice-compare', 'compare-link': 'compare-link' } as const;
await build({
  entryPoints: Object.values(elements).map((name) => `src/scripts/${name}.ts`),
  outdir: path.join(outDir, offlineFolder),
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  define: scriptConstants,
  logLevel: 'warning',
});

const files = (readdirSync(outDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
const to = routes('', defaultLocale);
let pages = 0;
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(path.join(outDir, file), 'utf8');
  const used = offlineScripts(html, Object.keys(elements));
  const scripts = [...(used.includes('practice-compare') ? [to.offlineCompareData] : []), ...used.map((name) => to.offlineScript(name))];
  writeFileSync(path.join(outDir, file), relativiseHtml(html, file, base, scripts));
  pages++;
}

// Deterministic zip: fixed dates, sorted entries, everything inside one folder.
const folder = path.basename(outDir);
const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
for (const file of (readdirSync(outDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort()) {
  const full = path.join(outDir, file);
  if (statSync(full).isFile()) entries[`${folder}/${file}`] = [readFileSync(full), { mtime: new Date('2000-01-01T00:00:00Z') }];
}
writeFileSync(zipFile, zipSync(entries, { level: 9 }));
console.log(`Offline edition: ${pages} pages in ${path.relative(process.cwd(), outDir)}/ and ${path.relative(process.cwd(), zipFile)} (${Math.round(statSync(zipFile).size / 1024)} KB). Open ${folder}/index.html in a browser.`);
