// The benchmark runs end to end on a small corpus and writes a well-formed result. No time is
// asserted: figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { BenchResult } from '../../bench/report.ts';
import { commandEnv, repo } from '../helpers.ts';

describe('npm run bench', () => {
  it('runs on 100 entries and writes a well-formed result', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'atlas-bench-out-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const run = spawnSync('npm', ['run', 'bench', '--', '--entries', '100', '--runs', '1', '--out', out, '--no-browser'], { cwd: repo, encoding: 'utf8', env: commandEnv(), timeout: 600_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}-100\.json$/);
    const result = JSON.parse(readFileSync(path.join(out, files[0]!), 'utf8')) as BenchResult;

    expect(result).toMatchObject({ format: 'atlas-bench/1', entries: 100, runs: 1, errors: [] });
    expect(result.machine.cpus).toBeGreaterThan(0);
    expect(result.machine.memoryBytes).toBeGreaterThan(0);
    expect(result.machine.node).toMatch(/^v\d+/);
    expect(result.corpus).toMatchObject({ practices: 100, tools: 20, themes: 8 });
    expect(result.corpus.regions).toBeGreaterThanOrEqual(10);
    // Also the proof that builds are deterministic: the two builds of ours (cold and warm check cache) of the
    // same corpus gave identical files (a difference would also be listed in errors, asserted empty above).
    expect(result.verification).toEqual({ corpusPassesCheck: true, cacheStillReportsBrokenReference: true, identicalRebuilds: true });

    for (const key of ['checkCold', 'checkAfterOneChange', 'buildTime', 'bareBuildTime', 'buildRatio', 'buildTimeWarmCheck', 'buildRatioWarmCheck', 'pages', 'pagesPerSecond', 'barePagesPerSecond', 'distSize', 'bareDistSize']) {
      const metric = result.metrics[key];
      expect(metric, key).toBeDefined();
      expect(typeof metric!.unit, key).toBe('string');
      expect(metric!.value, key).toBeGreaterThan(0);
      expect(Number.isFinite(metric!.value), key).toBe(true);
    }
    for (const [key, metric] of Object.entries(result.metrics)) {
      expect(metric.unit, key).toMatch(/\S/);
      if (metric.value === null) expect(metric.note, `${key} is n/a and says why`).toMatch(/\S/);
      else expect(metric.value, key).toBeGreaterThanOrEqual(0);
    }
    // Skipped browser figures are n/a, not zero.
    expect(result.metrics['practicePageBytes']).toMatchObject({ value: null, note: 'skipped (--no-browser)' });
    expect(result.targets.map((t) => t.name)).toContain('Build time vs bare baseline');
    expect(run.stdout).toContain('| ratio ours / bare |');
  }, 600_000);
});
