import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshotSource } from './project.ts';
import { buildSite } from './site.ts';

/**
 * Global setup of the integration and site projects: the build of the real content under "/"
 * (mainSite()), made once per test run into its temporary folder; when both projects run, the
 * first to start makes it and the other reuses it. The site project's browser and static gates
 * read it, the benchmark's smoke test measures it as "ours" (bench --ours-dist), and the offline
 * edition is compared with it file by file (tests/site/offline.test.ts: builds are deterministic).
 *
 * It first takes the snapshot of the site's code that every build of the run is made from
 * (tests/support/project.ts), so builds made minutes apart compare the same code even while
 * someone edits src/.
 */
export default function setup(): void {
  if (process.env['ATLAS_TEST_DIST']) return;
  snapshotSource();
  const main = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-main-')), 'dist');
  buildSite({ outDir: main });
  process.env['ATLAS_TEST_DIST'] = main;
}
