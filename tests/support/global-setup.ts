import path from 'node:path';
import { repo } from '../helpers.ts';
import { buildSite } from './site.ts';

/** Builds the real site once for every browser and output test. */
export default function setup(): void {
  const outDir = path.join(repo, 'dist');
  buildSite({ outDir });
  process.env['ATLAS_TEST_DIST'] = outDir;
}
