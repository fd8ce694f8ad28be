#!/usr/bin/env node
// npm run bench -- --entries 1000 [--runs 3] [--out bench/results] [--no-browser] [--keep]
//                   [--content <folder> --ours-dist <folder>]
//
// Generates a synthetic corpus of N practices that follows the content contract, checks it,
// builds our site and a bare Astro + MDX + Pagefind site from it, measures both, and writes
// bench/results/<YYYY-MM-DD>-<N>.json plus a Markdown table. See bench/README.md.
// --content benchmarks a copy of an existing content folder instead of a generated corpus, and
// --ours-dist measures a finished build of ours of that content instead of building ours (the
// smoke test: tests/integration/bench-smoke.test.ts, on the build its other tests share).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser, type BrowserFigures } from './browser.ts';
import { startPreview } from './preview.ts';
import { copyCorpus, generateCorpus } from './corpus.ts';
import { countFiles, dirBytes, hasGnuTime, median, run, type Measured } from './measure.ts';
import { companion, evaluateTargets, markdown, type BenchResult, type Metric } from './report.ts';
import { prepareBareSite, prepareOurSite, type SiteDir } from './sites.ts';
import { differingFiles, treeHashes } from '../tests/support/gates.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const node = path.join(repo, 'node_modules/.bin/node');
const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');

// ---- options
function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npm run bench -- --entries <N> [--runs <R>] [--out <folder>] [--no-browser] [--keep] [--content <folder> [--ours-dist <folder>]]');
  process.exit(2);
}
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) usage(`${name} needs a value`);
  return value;
};
for (const arg of args) if (arg.startsWith('--') && !['--entries', '--runs', '--out', '--no-browser', '--keep', '--content', '--ours-dist'].includes(arg)) usage(`unknown option ${arg}`);
const givenContent = option('--content');
const oursDist = option('--ours-dist');
if (givenContent !== undefined && option('--entries') !== undefined) usage('--entries and --content exclude each other: the content folder says how many practices there are');
if (givenContent !== undefined && !existsSync(path.join(givenContent, 'practices'))) usage(`--content ${givenContent}: not a content folder (no practices/)`);
if (oursDist !== undefined && givenContent === undefined) usage('--ours-dist needs --content: the folder the build was made from');
if (oursDist !== undefined && !existsSync(path.join(oursDist, 'index.html'))) usage(`--ours-dist ${oursDist}: no finished build there (no index.html)`);
const entries = givenContent === undefined ? Number(option('--entries') ?? 1000) : readdirSync(path.join(givenContent, 'practices')).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).length;
if (!Number.isInteger(entries) || entries < 10) usage('--entries must be a whole number, at least 10');
const runsOption = option('--runs');
const runs = runsOption === undefined ? (entries >= 5000 ? 1 : 3) : Number(runsOption);
if (!Number.isInteger(runs) || runs < 1) usage('--runs must be a whole number, at least 1');
const outDir = path.resolve(option('--out') ?? path.join(repo, 'bench/results'));
const browserWanted = !args.includes('--no-browser');
const keep = args.includes('--keep');

const t0 = performance.now();
const log = (message: string) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const errors: string[] = [];
const startedAt = new Date();
const loadStart = os.loadavg();

// ---- corpus
const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const contentDir = path.join(tmp, 'content');
log(givenContent === undefined ? `generating ${entries} practices in ${contentDir}` : `copying ${givenContent} (${entries} practices) to ${contentDir}`);
const corpus = givenContent === undefined ? generateCorpus(contentDir, entries) : copyCorpus(path.resolve(givenContent), contentDir);
const practiceMeasured = [...corpus.practiceIds].sort()[Math.floor(corpus.practiceIds.length / 2)]!;

const baseEnv: NodeJS.ProcessEnv = { ...process.env, ATLAS_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.join(repo, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}` };
delete baseEnv['BASE_PATH'];
delete baseEnv['SITE_URL'];
delete baseEnv['ATLAS_CHECK_WORKERS'];

const tail = (m: Measured, lines = 30) => `${m.stdout}\n${m.stderr}`.split('\n').filter((l) => l.trim() && !/[├└│╭╰]/.test(l)).slice(-lines).join('\n');
const kbToMb = (kb: number | undefined) => (kb === undefined ? null : Math.round(kb / 1024));
const metric = (value: number | null, unit: string, extra: Omit<Metric, 'value' | 'unit'> = {}): Metric => ({ value, unit, ...extra });
const samplesOf = (list: Measured[], pick: (m: Measured) => number | undefined) => list.map(pick).filter((x): x is number => x !== undefined);
const rssMethod = hasGnuTime ? '/usr/bin/time -v "Maximum resident set size": the largest single process of the tree' : 'not measured: /usr/bin/time is missing (apt-get install -y time)';
const treeMethod = 'sum of RSS over the process tree, sampled with ps every 250 ms (may miss short peaks)';

// ---- npm run check: cold, then after one change; the first cold run also proves the corpus valid
const checkCache = path.join(tmp, 'check-cache');
const checkEnv = { ...baseEnv, ATLAS_CHECK_CACHE: checkCache };
const checkCmd = (extra: string[] = []) => run('npm', ['run', 'check', '--silent', '--', '--timings', ...extra], { cwd: repo, env: checkEnv });
const expected = `Content OK: ${corpus.counts.themes} themes, ${corpus.counts.regions} regions, ${corpus.counts.practices} practices, ${corpus.counts.tools} tools, ${corpus.counts.reports} reports.`;
const coldChecks: Measured[] = [];
for (let i = 0; i < runs; i++) {
  rmSync(checkCache, { recursive: true, force: true });
  log(`npm run check, cold (${i + 1}/${runs})`);
  const m = await checkCmd();
  if (m.status !== 0 || !m.stdout.includes(expected)) {
    console.error(`\nThe ${givenContent === undefined ? 'synthetic corpus' : 'content'} does not pass npm run check (exit ${m.status}) or not with the counts expected (${expected}); the benchmark needs valid content.\n${tail(m, 60)}\n\nCorpus kept in ${contentDir}`);
    process.exit(1);
  }
  coldChecks.push(m);
}
log(`corpus valid: ${expected}`);

// One change: a sentence added to one practice; the cache holds every other file.
const changed = path.join(contentDir, 'practices', `${practiceMeasured}.mdx`);
const original = readFileSync(changed, 'utf8');
writeFileSync(changed, `${original.trimEnd()} One more sentence, written during the benchmark.\n`);
log('npm run check after one change');
const warm = await checkCmd();
writeFileSync(changed, original);
const cachedCount = Number(/(\d+) from the cache/.exec(warm.stderr)?.[1] ?? 0);
if (warm.status !== 0) errors.push(`npm run check after one change failed:\n${tail(warm)}`);
if (cachedCount === 0) errors.push('npm run check after one change used no cached file');

// The cache must never hide a problem: remove a region that unchanged (cached) practices point to.
const practiceText = readFileSync(changed, 'utf8');
const regionId = /^region: (.+)$/m.exec(practiceText)?.[1]?.trim();
let cacheSafe: boolean | null = null;
if (regionId) {
  const regionFile = path.join(contentDir, 'regions', `${regionId}.yaml`);
  const regionText = readFileSync(regionFile, 'utf8');
  rmSync(regionFile);
  log(`cache check: region ${regionId} removed, npm run check must fail`);
  const broken = await checkCmd(['--quiet']);
  writeFileSync(regionFile, regionText);
  cacheSafe = broken.status === 1 && broken.stderr.includes(`unknown region "${regionId}"`);
  if (!cacheSafe) errors.push(`with a warm cache, npm run check did not report the removed region "${regionId}" (exit ${broken.status})`);
}

// ---- builds, per run: bare; ours with an empty check cache (a fresh machine); ours again with the
// check cache the first one left (as after `npm run check`, which `npm test` runs first). Every
// build is otherwise a full one (--force clears Astro's content-layer cache). With --ours-dist,
// ours is not built: its figures come from that build, and its build times are n/a.
const ours: SiteDir = { ...prepareOurSite(repo, path.join(tmp, 'ours')), ...(oursDist === undefined ? {} : { dist: path.resolve(oursDist) }) };
const oursNotBuilt = `not built by the benchmark: --ours-dist ${oursDist}`;
const bare = prepareBareSite(repo, path.join(tmp, 'bare'), contentDir);
const buildCheckCache = path.join(tmp, 'build-check-cache');
const build = async (site: SiteDir, label: string, i: number, checkCache: 'empty' | 'warm' = 'empty'): Promise<Measured> => {
  rmSync(site.dist, { recursive: true, force: true });
  if (checkCache === 'empty') rmSync(buildCheckCache, { recursive: true, force: true });
  log(`${label} build (${i + 1}/${runs})`);
  const m = await run(node, [astro, ...site.buildArgs], { cwd: site.root, env: { ...baseEnv, ATLAS_CHECK_CACHE: buildCheckCache }, timeoutMs: 3 * 60 * 60 * 1000 });
  log(`${label} build: ${m.status === 0 ? `${m.seconds.toFixed(1)} s` : `failed (exit ${m.status})`}`);
  return m;
};
const oursBuilds: Measured[] = [];
const oursWarmBuilds: Measured[] = [];
const bareBuilds: Measured[] = [];
let oursFailed = false;
/** Whether each run's two builds of ours gave identical files (null: never compared). */
let identicalRebuilds: boolean | null = null;
for (let i = 0; i < runs; i++) {
  const b = await build(bare, 'bare', i);
  if (b.status !== 0) {
    console.error(`\nThe bare baseline failed to build; the benchmark cannot give a ratio.\n${tail(b, 60)}`);
    process.exit(1);
  }
  bareBuilds.push(b);
  if (oursFailed || oursDist !== undefined) continue;
  const o = await build(ours, 'our', i);
  if (o.status !== 0) {
    oursFailed = true;
    errors.push(`our build failed on the synthetic corpus (exit ${o.status}); last lines:\n${tail(o, 40)}`);
    console.error(`\nOur build failed on the synthetic corpus:\n${tail(o, 40)}\n`);
    continue;
  }
  oursBuilds.push(o);
  const first = treeHashes(ours.dist);
  const w = await build(ours, 'our (check cache warm)', i, 'warm');
  if (w.status === 0) {
    oursWarmBuilds.push(w);
    // Two builds of one commit and one corpus must give the same files, byte for byte.
    const differing = differingFiles(first, treeHashes(ours.dist));
    identicalRebuilds = (identicalRebuilds ?? true) && differing.length === 0;
    if (differing.length) errors.push(`our second build differs from the first in ${differing.length} file(s): ${differing.slice(0, 10).join(', ')}`);
  } else errors.push(`our second build (warm check cache) failed (exit ${w.status}); last lines:\n${tail(w, 40)}`);
}

// ---- figures
/** Whether there is a build of ours to measure: built here, or given with --ours-dist. */
const oursReady = oursBuilds.length > 0 || oursDist !== undefined;
/** Why a figure of our build is n/a. */
const oursMissing = oursDist === undefined ? 'our build failed' : oursNotBuilt;
const pages = oursReady ? countFiles(ours.dist, '.html') : 0;
const barePages = countFiles(bare.dist, '.html');
const buildTime = oursBuilds.length ? median(oursBuilds.map((m) => m.seconds)) : null;
const bareTime = median(bareBuilds.map((m) => m.seconds));
const pairRatios = oursBuilds.map((m, i) => m.seconds / bareBuilds[i]!.seconds);
const warmPairRatios = oursWarmBuilds.map((m, i) => m.seconds / bareBuilds[i]!.seconds);
const pagefindSeconds = samplesOf(bareBuilds, (m) => {
  const match = /pagefind-seconds=([\d.]+)/.exec(m.stdout);
  return match ? Number(match[1]) : undefined;
});
const rss = (list: Measured[], pick: (m: Measured) => number | undefined, method: string, missing = 'build failed'): Metric => {
  const values = samplesOf(list, pick);
  return values.length ? metric(kbToMb(Math.max(...values)), 'MB', { samples: values.map((v) => Math.round(v / 1024)), method: `${method}; highest of the runs` }) : metric(null, 'MB', { note: list.length ? 'not measured' : missing, method });
};
const distBytes = oursReady ? (dirBytes(ours.dist) ?? null) : null;
const pagefindBytes = oursReady ? (dirBytes(path.join(ours.dist, 'pagefind')) ?? null) : null;

let browser: BrowserFigures | undefined;
if (browserWanted && oursReady) {
  log('browser: practice page and first search');
  browser = await measureBrowser(ours.dist, {
    practiceId: practiceMeasured,
    word: corpus.searchWord,
    compressingHost: () => startPreview({ node, astro, root: ours.root, configArgs: ['--config', 'astro.bench.config.mjs', '--outDir', ours.dist], env: baseEnv }),
  });
}
const browserNote = !browserWanted ? 'skipped (--no-browser)' : !oursReady ? 'our build failed' : undefined;
const pageFig = browser?.practicePage;
const searchFig = browser?.search;
const pageMetric = (pick: (t: Extract<NonNullable<typeof pageFig>, { ok: true }>) => number, unit: string, method: string): Metric =>
  pageFig?.ok ? metric(pick(pageFig), unit, { method }) : metric(null, unit, { note: browserNote ?? (pageFig && !pageFig.ok ? pageFig.reason : 'not measured') });
const searchMetric = (pick: (t: Extract<NonNullable<typeof searchFig>, { ok: true }>) => number, unit: string, method: string): Metric =>
  searchFig?.ok ? metric(pick(searchFig), unit, { method }) : metric(null, unit, { note: browserNote ?? (searchFig && !searchFig.ok ? searchFig.reason : 'not measured') });
const wire = 'Chromium via Playwright request.sizes(): response headers + bodies of every request (workers included); cold cache; tests/support/static-server.ts (no compression)';
const compressedMethod =
  browser?.compressedBy === 'host'
    ? 'the same measurement through `astro preview` (what `npm start` serves), which gzip-compresses text as most hosts do: response headers + bodies as Chromium received them'
    : `estimate: headers plus gzip -6 of every response body${browser?.compressedNote ? ` (${browser.compressedNote})` : ''}`;

const metrics: Record<string, Metric> = {
  checkCold: metric(median(coldChecks.map((m) => m.seconds)), 's', { samples: coldChecks.map((m) => round(m.seconds)), method: 'wall time of `npm run check` in a fresh process with an empty cache (npm start-up included)' }),
  checkAfterOneChange: metric(warm.status === 0 ? warm.seconds : null, 's', { method: `wall time of \`npm run check\` after one practice changed, cache warm (${cachedCount} files from the cache)` }),
  checkPeakRss: rss(coldChecks, (m) => m.maxRssKb, rssMethod),
  buildTime: metric(buildTime, 's', {
    samples: oursBuilds.map((m) => round(m.seconds)),
    method: 'wall time of `astro build --force` (content check with an empty cache, pages, Pagefind, other integrations)',
    ...(buildTime === null ? { note: oursMissing } : {}),
  }),
  bareBuildTime: metric(bareTime, 's', { samples: bareBuilds.map((m) => round(m.seconds)), method: 'wall time of `astro build --force` of the bare site, Pagefind included' }),
  buildRatio: metric(pairRatios.length ? median(pairRatios) : null, 'ratio', {
    samples: pairRatios.map(round),
    method: 'median over runs of (our build / the bare build just before it): each pair runs back to back on the same corpus, so load that comes and goes hits both',
    note: buildTime === null ? oursMissing : `ratio of the medians: ${(buildTime / bareTime).toFixed(2)}`,
  }),
  buildTimeWarmCheck: metric(oursWarmBuilds.length ? median(oursWarmBuilds.map((m) => m.seconds)) : null, 's', {
    samples: oursWarmBuilds.map((m) => round(m.seconds)),
    method: 'the same build right after, with the check cache it left (the content guard then reads only changed files)',
    ...(oursWarmBuilds.length ? {} : { note: oursMissing }),
  }),
  buildRatioWarmCheck: metric(warmPairRatios.length ? median(warmPairRatios) : null, 'ratio', {
    samples: warmPairRatios.map(round),
    method: 'median over runs of (our build with a warm check cache / the bare build of the same run)',
    ...(warmPairRatios.length ? {} : { note: oursMissing }),
  }),
  buildPeakRss: rss(oursBuilds, (m) => m.maxRssKb, rssMethod, oursMissing),
  buildTreePeakRss: rss(oursBuilds, (m) => m.treePeakKb, treeMethod, oursMissing),
  bareBuildPeakRss: rss(bareBuilds, (m) => m.maxRssKb, rssMethod),
  bareBuildTreePeakRss: rss(bareBuilds, (m) => m.treePeakKb, treeMethod),
  barePagefindTime: metric(pagefindSeconds.length ? median(pagefindSeconds) : null, 's', { samples: pagefindSeconds, method: 'time of the Pagefind Node API calls in the bare build' }),
  pages: metric(oursReady ? pages : null, 'pages', { method: 'HTML files in dist/', ...(oursReady ? {} : { note: oursMissing }) }),
  pagesPerSecond: metric(buildTime ? pages / buildTime : null, 'pages/s', { method: 'pages / median build time', ...(buildTime ? {} : { note: oursMissing }) }),
  barePages: metric(barePages, 'pages', { method: 'HTML files in dist/' }),
  barePagesPerSecond: metric(barePages / bareTime, 'pages/s', { method: 'pages / median build time' }),
  distSize: metric(distBytes, 'bytes', { method: 'sum of file sizes in dist/', ...(distBytes === null ? { note: oursMissing } : {}) }),
  pagefindSize: metric(pagefindBytes, 'bytes', { method: 'sum of file sizes in dist/pagefind/', ...(pagefindBytes === null ? { note: oursReady ? 'n/a: no dist/pagefind/' : oursMissing } : {}) }),
  bareDistSize: metric(dirBytes(bare.dist) ?? null, 'bytes', { method: 'sum of file sizes in dist/' }),
  barePagefindSize: metric(dirBytes(path.join(bare.dist, 'pagefind')) ?? null, 'bytes', { method: 'sum of file sizes in dist/pagefind/' }),
  practicePageBytes: pageMetric((t) => t.bytes, 'bytes', `${wire}; /practices/${practiceMeasured}/`),
  practicePageGzipBytes: pageMetric((t) => t.gzipBytes, 'bytes', compressedMethod),
  practicePageCssBytes: pageMetric((t) => t.byType['stylesheet'] ?? 0, 'bytes', 'response bodies of type stylesheet'),
  practicePageJsBytes: pageMetric((t) => (t.byType['script'] ?? 0) + t.inlineScriptBytes, 'bytes', 'response bodies of type script plus JavaScript inlined in the HTML'),
  practicePageRequests: pageMetric((t) => t.requests, 'requests', 'responses received'),
  searchBytes: searchMetric((t) => t.bytes, 'bytes', `${wire}; /search/?q=${corpus.searchWord}, until results show and the network is idle`),
  searchGzipBytes: searchMetric((t) => t.gzipBytes, 'bytes', compressedMethod),
  searchScriptBytes: searchMetric((t) => t.byType['script'] ?? 0, 'bytes', 'response bodies of type script (search UI, pagefind.js, its web worker)'),
  searchFetchBytes: searchMetric((t) => t.byType['fetch'] ?? 0, 'bytes', 'response bodies fetched by scripts (Pagefind WebAssembly, index and filter chunks, result fragments)'),
  searchMsToResults: searchMetric((t) => t.msToResults, 'ms', 'performance.now() in the page when the first [data-search-results] li appears (from navigation start)'),
  searchRequests: searchMetric((t) => t.requests, 'requests', 'responses received'),
};

const result: BenchResult = {
  format: 'atlas-bench/1',
  date: startedAt.toISOString(),
  entries,
  runs,
  ...(runsOption === undefined && entries >= 5000 ? { runsNote: 'With 5000 entries or more each measurement runs once (no median).' } : {}),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: { start: loadStart.map(round), end: os.loadavg().map(round) },
  },
  corpus: { ...corpus.counts, bytes: corpus.bytes, wordsPerPractice: corpus.wordsPerPractice, searchWord: corpus.searchWord, practiceMeasured },
  verification: { corpusPassesCheck: true, cacheStillReportsBrokenReference: cacheSafe, identicalRebuilds },
  metrics,
  targets: [],
  errors,
};

mkdirSync(outDir, { recursive: true });
const earlier = readdirSync(outDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    try {
      return [JSON.parse(readFileSync(path.join(outDir, f), 'utf8')) as BenchResult];
    } catch {
      return [];
    }
  })
  .filter((r) => r.format === 'atlas-bench/1');
const other = companion(result, earlier);
result.targets = evaluateTargets(result, other);
const file = path.join(outDir, `${startedAt.toISOString().slice(0, 10)}-${entries}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

if (!keep) rmSync(tmp, { recursive: true, force: true });
else log(`kept ${tmp}`);
log(`wrote ${path.relative(process.cwd(), file) || file}`);
if (!hasGnuTime) log('note: /usr/bin/time is missing, so peak memory per process was not measured (apt-get install -y time); the ps-sampled tree figure is there');
console.log(`\n${markdown(result, other)}\n`);
if (errors.length || !existsSync(file)) process.exitCode = 1;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
