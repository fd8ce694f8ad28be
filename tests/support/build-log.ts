// Counts the site builds of a test run. Every `astro build` the tests start, directly or through
// npm run build:offline and npm run bench, loads a config that carries buildLogIntegration (the
// copies of tests/support/project.ts and bench/sites.ts write it in); when ATLAS_TEST_BUILD_LOG
// names a file, each build appends a line there when it starts (`astro:config:setup`), when it gets
// past the content check into the build proper (`astro:build:start`) and when it has written the
// site (`astro:build:done`). A site build is one that writes a site. Two kinds of run do not:
// - refused by the content check: Astro starts and syncs the content, the check stops it at
//   `astro:build:start`, before anything is compiled (4 runs in build-guard.test.ts);
// - failed after it: the build proper starts and stops with an error (build-guard.test.ts turns the
//   content check off once to show that the MDX compile alone refuses code; it stops at the first
//   hostile body, writes nothing and takes as long as a refused run).
// As a global setup (every project of tests/vitest.config.ts lists it): the first project to start
// names the file; at the end of the run every run is listed, and the run fails if more than
// `maxSiteBuilds` site builds were made.
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What `npm test` may spend on site builds (issue #14); README lists them, under Commands. */
export const maxSiteBuilds = 4;

export interface BuildLogLine {
  event: 'setup' | 'start' | 'done';
  time: number;
  pid: number;
  cwd: string;
  outDir: string;
  content: string;
  base: string;
  offline: boolean;
}

/**
 * The source of the integration, for a generated config file: it must not import from the
 * repository's tests/ (a copied project has none), so it is written out in full.
 */
export const buildLogIntegration = `{
  name: 'atlas-test:build-log',
  hooks: {
    'astro:config:setup': ({ config, command }) => command === 'build' && noteBuild('setup', config),
    'astro:build:start': () => noteBuild('start'),
    'astro:build:done': () => noteBuild('done'),
  },
}`;

/** The import and the helper buildLogIntegration calls; goes at the top of a generated config. */
export const buildLogPrelude = `import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// tests/support/build-log.ts: counts the site builds of a test run; does nothing unless ATLAS_TEST_BUILD_LOG is set.
let buildConfig;
function noteBuild(event, config = buildConfig) {
  const file = process.env.ATLAS_TEST_BUILD_LOG;
  buildConfig = config;
  if (!file || !config) return;
  const line = { event, time: Date.now(), pid: process.pid, cwd: process.cwd(), outDir: fileURLToPath(config.outDir), content: process.env.ATLAS_CONTENT ?? '', base: config.base, offline: Boolean(process.env.ATLAS_OFFLINE) };
  appendFileSync(file, JSON.stringify(line) + '\\n');
}
`;

export function readBuildLog(file: string): BuildLogLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as BuildLogLine);
}

export interface BuildRun extends BuildLogLine {
  outcome: 'built' | 'failed after the content check' | 'refused by the content check';
  /** From the start of Astro to the site written (built runs only). */
  seconds?: number;
}

/** One entry per `astro build` process, in the order they started. */
export function summarise(lines: BuildLogLine[]): BuildRun[] {
  return lines
    .filter((l) => l.event === 'setup')
    .map((setup) => {
      const done = lines.find((l) => l.pid === setup.pid && l.event === 'done');
      if (done) return { ...setup, outcome: 'built', seconds: (done.time - setup.time) / 1000 };
      const started = lines.some((l) => l.pid === setup.pid && l.event === 'start');
      return { ...setup, outcome: started ? 'failed after the content check' : 'refused by the content check' };
    });
}

export default function setup(): (() => void) | void {
  if (process.env['ATLAS_TEST_BUILD_LOG']) return;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-build-log-')), 'builds.jsonl');
  process.env['ATLAS_TEST_BUILD_LOG'] = file;
  appendFileSync(file, '');
  return () => {
    delete process.env['ATLAS_TEST_BUILD_LOG'];
    const runs = summarise(readBuildLog(file));
    const built = runs.filter((r) => r.outcome === 'built');
    const describe = (r: BuildRun) =>
      `  ${r.outcome}${r.seconds === undefined ? '' : ` in ${r.seconds.toFixed(0)} s`}: content ${r.content || '(default)'}, base ${r.base}${r.offline ? ', offline edition' : ''}, into ${r.outDir}`;
    console.info(`\nastro build: ${runs.length} runs, ${built.length} site builds (at most ${maxSiteBuilds})\n${runs.map(describe).join('\n')}\n`);
    if (built.length > maxSiteBuilds) {
      // Vitest only prints an error thrown here; the exit code is what fails the run (and CI).
      console.error(`FAIL: the test run made ${built.length} site builds; at most ${maxSiteBuilds} are allowed (tests/support/build-log.ts)`);
      process.exitCode = 1;
    }
  };
}
