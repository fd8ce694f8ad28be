// The benchmark's synthetic corpus (bench/corpus.ts) follows the content contract: npm run bench
// stops when its first check fails. The smoke test (tests/integration/bench-smoke.test.ts) runs
// the benchmark on the real content, so the generated corpus is checked here, without a build.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { runCli } from '../helpers.ts';
import { differingFiles, treeHashes } from '../support/gates.ts';

describe('the benchmark corpus', () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-corpus-')), 'content');
  const corpus = generateCorpus(dir, 100);

  it('passes npm run check with the counts the benchmark expects', () => {
    expect(corpus.counts).toEqual({ themes: 8, regions: 10, practices: 100, tools: 20, reports: 2 });
    const { themes, regions, practices, tools, reports } = corpus.counts;
    const check = runCli('check.ts', ['--no-cache'], { ATLAS_CONTENT: dir });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain(`Content OK: ${themes} themes, ${regions} regions, ${practices} practices, ${tools} tools, ${reports} reports.`);
  });

  it('is the same files for the same number of practices', () => {
    const again = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-corpus-')), 'content');
    generateCorpus(again, 100);
    expect(differingFiles(treeHashes(dir), treeHashes(again))).toEqual([]);
  });
});
