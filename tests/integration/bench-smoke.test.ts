// The benchmark runs end to end and writes a well-formed result. No time is asserted: figures
// depend on the machine. To keep npm test to four site builds (README, under Commands), it runs
// on the real content with the build of it that the other tests share as "ours" (--content,
// --ours-dist): the benchmark checks the content three times, builds the bare baseline and
// measures both builds. Its own two builds of ours, their times and the comparison of the two
// (verification.identicalRebuilds) run in `npm run bench` itself; npm test's proof that builds
// are deterministic is tests/site/offline.test.ts, and the generated corpus is checked in
// tests/unit/bench-corpus.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { countFiles } from '../../bench/measure.ts';
import type { BenchResult } from '../../bench/report.ts';
import { commandEnv, repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';
import { contentDir } from '../support/project.ts';
import { mainSite } from '../support/site.ts';

describe('npm run bench', () => {
  it('runs on the real content, measures the shared build as ours, and writes a well-formed result', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'atlas-bench-out-'));
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const ours = mainSite().dir;
    const content = readContent(contentDir());
    const args = ['run', 'bench', '--', '--content', contentDir(), '--ours-dist', ours, '--runs', '1', '--out', out, '--no-browser'];
    const run = spawnSync('npm', args, { cwd: repo, encoding: 'utf8', env: commandEnv(), timeout: 600_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const entries = content.practices.length;
    expect(files[0]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${entries}\\.json$`));
    const result = JSON.parse(readFileSync(path.join(out, files[0]!), 'utf8')) as BenchResult;

    expect(result).toMatchObject({ format: 'atlas-bench/1', entries, runs: 1, errors: [] });
    expect(result.machine.cpus).toBeGreaterThan(0);
    expect(result.machine.memoryBytes).toBeGreaterThan(0);
    expect(result.machine.node).toMatch(/^v\d+/);
    expect(result.corpus).toMatchObject({ practices: entries, tools: content.tools.length, reports: content.reports.length, regions: content.regions.length, themes: content.themes.length });
    expect(result.corpus.practiceMeasured).toBe(content.practices.map((p) => p.id).sort()[Math.floor(entries / 2)]);
    // The content passed the check with the counts above, and a warm check cache still reported a removed region.
    expect(result.verification).toEqual({ corpusPassesCheck: true, cacheStillReportsBrokenReference: true, identicalRebuilds: null });

    // Measured: the checks, the bare build, and our build's output.
    for (const key of ['checkCold', 'checkAfterOneChange', 'bareBuildTime', 'barePages', 'barePagesPerSecond', 'bareDistSize', 'pages', 'distSize', 'pagefindSize']) {
      const metric = result.metrics[key];
      expect(metric, key).toBeDefined();
      expect(typeof metric!.unit, key).toBe('string');
      expect(metric!.value, key).toBeGreaterThan(0);
      expect(Number.isFinite(metric!.value), key).toBe(true);
    }
    expect(result.metrics['pages']!.value).toBe(countFiles(ours, '.html'));
    expect(result.metrics['barePages']!.value).toBe(entries + 1); // a page per practice and the home page
    // Our build was given, not made: its times are n/a and say why (npm run bench measures them).
    for (const key of ['buildTime', 'buildRatio', 'buildTimeWarmCheck', 'buildRatioWarmCheck', 'pagesPerSecond']) {
      expect(result.metrics[key], key).toMatchObject({ value: null, note: `not built by the benchmark: --ours-dist ${ours}` });
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
