import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Gives the test run a temporary folder of its own (TMPDIR, which os.tmpdir(), the test workers,
 * builds and Chromium all use) and removes it with everything in it when the run ends, so scratch
 * content, builds and browser profiles do not pile up in /tmp.
 */
export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-test-run-'));
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
