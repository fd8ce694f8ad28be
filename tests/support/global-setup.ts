import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './site.ts';

/** Builds the real site once, into a temp folder (never the user's dist/), for every browser and output test. */
export default function setup(): void {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-main-')), 'dist');
  buildSite({ outDir });
  process.env['ATLAS_TEST_DIST'] = outDir;
}
