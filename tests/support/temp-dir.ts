import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Gives the test run a temporary folder of its own (TMPDIR, which os.tmpdir(), the test workers,
 * builds and Chromium all use) and removes it with everything in it when the run ends, so scratch
 * content, builds and browser profiles do not pile up in /tmp. The content check's per-file cache
 * (ATLAS_CHECK_CACHE, read by src/lib/check/cache.ts) lives there too: tests neither read nor
 * write the developer's cache in node_modules/.cache/.
 *
 * Every project lists this setup; when several run together, the first makes the folder and the
 * others use it. (Nested, the folders would make Chromium's socket path too long to start.)
 */
export default function setup(): () => void {
  if (process.env['ATLAS_TEST_RUN_DIR']) return () => {};
  const saved = { TMPDIR: process.env['TMPDIR'], ATLAS_CHECK_CACHE: process.env['ATLAS_CHECK_CACHE'], ATLAS_TEST_RUN_DIR: undefined };
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-test-run-'));
  process.env['ATLAS_TEST_RUN_DIR'] = dir;
  process.env['TMPDIR'] = dir;
  process.env['ATLAS_CHECK_CACHE'] = path.join(dir, 'check-cache');
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
