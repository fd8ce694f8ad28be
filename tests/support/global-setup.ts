import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureSiteContent, fixtureSiteUrl } from './fixture-site.ts';
import { buildOffline, buildSite } from './site.ts';

/**
 * Global setup of the site project, after tests/support/main-build.ts (the real content under "/",
 * mainSite()): the fixture with its additions under "/kb/" with its address set (SITE_URL, fixtureSite()) and the offline edition
 * of the real content (offlineSite()), into the run's temp folder (never the user's dist/).
 */
export default function setup(): void {
  const content = fixtureSiteContent();
  const fixture = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-fixture-')), 'dist');
  buildSite({ content, base: '/kb/', outDir: fixture, siteUrl: fixtureSiteUrl });
  process.env['ATLAS_TEST_FIXTURE_CONTENT'] = content;
  process.env['ATLAS_TEST_FIXTURE_DIST'] = fixture;

  const offline = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-offline-')), 'dist-offline');
  buildOffline(offline);
  process.env['ATLAS_TEST_OFFLINE_DIST'] = offline;
}
