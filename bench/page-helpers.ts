#!/usr/bin/env node
// node bench/page-helpers.ts 1000 5000
//
// How the per-page work of src/lib grows with the number of entries, without a build: builds the
// atlas index from a synthetic corpus and calls, for every page, the helpers that page calls.
// If the time per page grows with the number of entries, the helper reads all entries for each
// page and the build becomes quadratic (as relatedPractices was before 13d20c7: 13.8 ms per page
// at 1000 practices, 26.2 ms at 2000).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIndex, relatedPractices, type AtlasIndex } from '../src/lib/atlas-index.ts';
import { searchFacets } from '../src/lib/search-facets.ts';
import type { AtlasData } from '../src/lib/types.ts';
import { readContent } from '../tests/support/content.ts';
import { generateCorpus } from './corpus.ts';

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (!sizes.length) sizes.push(1000, 5000);
const rows: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-helpers-'));
  generateCorpus(path.join(dir, 'content'), n);
  const raw = readContent(path.join(dir, 'content'));
  rmSync(dir, { recursive: true, force: true });
  const data = {
    practices: raw.practices.map((e) => ({ ...e.data, id: e.id, body: e.body })),
    tools: raw.tools.map((e) => ({ ...e.data, id: e.id, body: e.body })),
    reports: raw.reports.map((e) => ({ ...e.data, id: e.id, body: e.body })),
    regions: raw.regions.map((e) => ({ ...e.data, id: e.id })),
    themes: raw.themes,
  } as unknown as AtlasData;
  let atlas: AtlasIndex | undefined;
  const tIndex = time(() => (atlas = buildIndex(data, 'en')));
  const a = atlas!;
  const tRelated = time(() => a.practices.forEach((p) => relatedPractices(a, p)));
  const pages = a.practices.length + a.tools.length + a.reports.length + a.regions.length;
  const tFacets = time(() => {
    a.practices.forEach((entry) => searchFacets(a, { kind: 'practice', entry }, 'en'));
    a.tools.forEach((entry) => searchFacets(a, { kind: 'tool', entry }, 'en'));
    a.reports.forEach((entry) => searchFacets(a, { kind: 'report', entry }, 'en'));
    a.regions.forEach((entry) => searchFacets(a, { kind: 'region', entry }, 'en'));
  });
  const per = (ms: number, count: number) => `${Math.round(ms)} ms (${(ms / count).toFixed(3)} ms/page)`;
  rows.push(`| ${n} | ${Math.round(tIndex)} ms | ${per(tRelated, a.practices.length)} | ${per(tFacets, pages)} |`);
  console.error(`${n} entries done`);
}
console.log('| practices | buildIndex (once) | relatedPractices, all practice pages | searchFacets, all entry pages |');
console.log('| --- | --- | --- | --- |');
console.log(rows.join('\n'));
