import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureSiteContent } from './fixture-site.ts';
import { buildSite } from './site.ts';

/**
 * The two builds every test of the site project shares, into temp folders (never the user's dist/):
 * the real content under "/" (mainSite()), and the fixture with its additions under "/kb/" (fixtureSite()).
 */
export default function setup(): void {
  const main = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-main-')), 'dist');
  buildSite({ outDir: main });
  process.env['ATLAS_TEST_DIST'] = main;

  const content = fixtureSiteContent();
  const fixture = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-fixture-')), 'dist');
  buildSite({ content, base: '/kb/', outDir: fixture });
  process.env['ATLAS_TEST_FIXTURE_CONTENT'] = content;
  process.env['ATLAS_TEST_FIXTURE_DIST'] = fixture;
}
