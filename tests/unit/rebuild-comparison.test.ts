// The comparison behind the determinism check: bench/run.ts hashes its first build of ours and
// compares the second build of the same corpus with it (tests/integration/bench-smoke.test.ts
// asserts they agree). Here, without a build: it does notice one changed byte, a new file and a lost one.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differingFiles, treeHashes } from '../support/gates.ts';

describe('comparing two builds file by file', () => {
  const first = mkdtempSync(path.join(tmpdir(), 'atlas-tree-'));
  mkdirSync(path.join(first, 'practices/x'), { recursive: true });
  writeFileSync(path.join(first, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(first, 'practices/x/index.html'), '<!doctype html><title>X</title>');
  writeFileSync(path.join(first, 'data.json'), '{"a":1}');
  const copy = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-tree-'));
    cpSync(first, dir, { recursive: true });
    return dir;
  };

  it('finds nothing between two identical folders', () => {
    expect(differingFiles(treeHashes(first), treeHashes(copy()))).toEqual([]);
  });

  it('names a file that differs by one byte, a file added and a file missing', () => {
    const second = copy();
    writeFileSync(path.join(second, 'index.html'), '<!doctype html><title>Home</title> ');
    writeFileSync(path.join(second, 'practices/x/extra.txt'), 'new');
    rmSync(path.join(second, 'data.json'));
    expect(differingFiles(treeHashes(first), treeHashes(second))).toEqual(['data.json', 'index.html', 'practices/x/extra.txt']);
  });
});
