// The result file of one benchmark run, the issue's targets, and the Markdown tables.
// As a script: node bench/report.ts bench/results/*.json prints the tables of those runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Metric {
  /** null when the figure could not be measured: see note. */
  value: number | null;
  unit: string;
  /** Every run's figure, when there were several (value is their median). */
  samples?: number[];
  /** How it was measured. */
  method?: string;
  note?: string;
}

export interface BenchResult {
  format: 'atlas-bench/1';
  /** ISO timestamp of the start of the run. */
  date: string;
  entries: number;
  runs: number;
  runsNote?: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string; loadAverage: { start: number[]; end: number[] } };
  corpus: { themes: number; regions: number; practices: number; tools: number; reports: number; bytes: number; wordsPerPractice: number; searchWord: string; practiceMeasured: string };
  /** identicalRebuilds: each run's two builds of ours gave the same files (absent in results from before it was checked). */
  verification: { corpusPassesCheck: boolean; cacheStillReportsBrokenReference: boolean | null; identicalRebuilds?: boolean | null };
  metrics: Record<string, Metric>;
  targets: Target[];
  errors: string[];
}

export interface Target {
  name: string;
  target: string;
  /** The figure compared, with its unit, or "n/a". */
  value: string;
  /** null: not applicable at this N or not measured. */
  met: boolean | null;
  note?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function formatMetric(m: Metric | undefined): string {
  if (!m) return 'n/a';
  if (m.value === null) return `n/a${m.note ? ` (${m.note})` : ''}`;
  switch (m.unit) {
    case 'bytes':
      return m.value >= 1024 * 1024 ? mb(m.value) : kb(m.value);
    case 's':
      return `${m.value.toFixed(2)} s`;
    case 'ms':
      return `${Math.round(m.value)} ms`;
    case 'MB':
      return `${Math.round(m.value)} MB`;
    case 'ratio':
      return `${m.value.toFixed(2)}×`;
    case 'pages/s':
      return `${m.value.toFixed(1)} pages/s`;
    default:
      return `${Number.isInteger(m.value) ? m.value : m.value.toFixed(2)} ${m.unit}`;
  }
}

/** The issue's targets that one run can judge; `other` (a run at another N on the same machine) adds the growth target. */
export function evaluateTargets(r: BenchResult, other?: BenchResult): Target[] {
  const m = r.metrics;
  const v = (key: string) => m[key]?.value ?? null;
  const targets: Target[] = [];
  const ratio = v('buildRatio');
  const warmRatio = v('buildRatioWarmCheck');
  const notes = [...(warmRatio !== null ? [`${warmRatio.toFixed(2)}× after npm run check`] : []), ...(r.entries !== 1000 ? [`measured at ${r.entries}; the target is set at 1000`] : [])];
  targets.push({
    name: 'Build time vs bare baseline',
    target: '≤ 1.5× at 1000 entries',
    value: ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`,
    met: ratio === null ? null : ratio <= 1.5,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  });
  if (other) {
    const [small, large] = r.entries < other.entries ? [r, other] : [other, r];
    const a = small.metrics['buildTime']?.value ?? null;
    const b = large.metrics['buildTime']?.value ?? null;
    const growth = a && b ? b / a : null;
    const judged = small.entries === 1000 && large.entries === 5000;
    targets.push({
      name: `Build time growth ${small.entries} → ${large.entries} entries`,
      target: '≤ 5.5× from 1000 to 5000',
      value: growth === null ? 'n/a' : `${growth.toFixed(2)}×`,
      met: judged && growth !== null ? growth <= 5.5 : null,
      ...(judged ? {} : { note: 'judged from 1000 to 5000' }),
    });
  }
  const at5000 = r.entries >= 5000;
  const cold = v('checkCold');
  targets.push({ name: 'npm run check, cold', target: '< 15 s at 5000 entries', value: cold === null ? 'n/a' : `${cold.toFixed(2)} s`, met: at5000 && cold !== null ? cold < 15 : null, ...(at5000 ? {} : { note: 'judged at 5000 entries' }) });
  const warm = v('checkAfterOneChange');
  targets.push({ name: 'npm run check, one file changed', target: '< 2 s at 5000 entries', value: warm === null ? 'n/a' : `${warm.toFixed(2)} s`, met: at5000 && warm !== null ? warm < 2 : null, ...(at5000 ? {} : { note: 'judged at 5000 entries' }) });
  const page = v('practicePageBytes');
  targets.push({ name: 'Practice page transferred (incl. CSS)', target: '< 40 KB', value: page === null ? 'n/a' : kb(page), met: page === null ? null : page < 40 * 1024 });
  const js = v('practicePageJsBytes');
  targets.push({ name: 'Practice page JavaScript', target: '< 5 KB', value: js === null ? 'n/a' : kb(js), met: js === null ? null : js < 5 * 1024 });
  // Judged on the bytes Chromium downloads from `astro preview` (npm start), which compresses text
  // as static hosts do by default (GitHub Pages, Netlify, Cloudflare Pages); the figure from a
  // host that does not compress is given beside it.
  const search = v('searchBytes');
  const searchGzip = v('searchGzipBytes');
  const searchNotes = [
    ...(search !== null ? [`${kb(search)} from a host that does not compress`] : []),
    ...(searchGzip !== null && /^estimate/.test(m['searchGzipBytes']?.method ?? '') ? ['compressed size estimated, not measured through a compressing host'] : []),
    ...(r.entries !== 1000 ? [`measured at ${r.entries}; the target is set at 1000`] : []),
  ];
  targets.push({
    name: 'First search downloads',
    target: '< 150 KB at 1000 entries',
    value: searchGzip === null ? `n/a${m['searchBytes']?.note ? ` (${m['searchBytes'].note})` : ''}` : `${kb(searchGzip)} compressed`,
    met: searchGzip === null ? null : searchGzip < 150 * 1024,
    ...(searchNotes.length ? { note: searchNotes.join('; ') } : {}),
  });
  return targets;
}

const rows: Array<[string, string]> = [
  ['checkCold', '`npm run check`, cold (fresh process, empty cache)'],
  ['checkAfterOneChange', '`npm run check` after one file changed'],
  ['checkPeakRss', 'check peak memory (largest process)'],
  ['buildTime', 'our `astro build` (check with empty cache, pages, Pagefind)'],
  ['bareBuildTime', 'bare Astro + MDX + Pagefind build'],
  ['buildRatio', 'ratio ours / bare'],
  ['buildTimeWarmCheck', 'our build after `npm run check` (check cache warm)'],
  ['buildRatioWarmCheck', 'ratio ours / bare, check cache warm'],
  ['buildPeakRss', 'our build peak memory, largest process'],
  ['buildTreePeakRss', 'our build peak memory, whole process tree'],
  ['bareBuildPeakRss', 'bare build peak memory, largest process'],
  ['bareBuildTreePeakRss', 'bare build peak memory, whole process tree'],
  ['pages', 'pages built (ours)'],
  ['pagesPerSecond', 'pages per second (ours)'],
  ['barePagesPerSecond', 'pages per second (bare)'],
  ['barePagefindTime', 'Pagefind share of the bare build'],
  ['distSize', 'dist/ size (ours)'],
  ['pagefindSize', 'dist/pagefind/ size (ours)'],
  ['bareDistSize', 'dist/ size (bare)'],
  ['practicePageBytes', 'practice page, from a host that does not compress'],
  ['practicePageGzipBytes', 'practice page, from a host that compresses (npm start)'],
  ['practicePageCssBytes', 'practice page, CSS'],
  ['practicePageJsBytes', 'practice page, JavaScript'],
  ['searchBytes', 'first search, from a host that does not compress'],
  ['searchGzipBytes', 'first search, from a host that compresses (npm start)'],
  ['searchScriptBytes', 'first search, scripts'],
  ['searchFetchBytes', 'first search, fetched data (wasm, index, fragments)'],
  ['searchMsToResults', 'first search, time to first results'],
];

export function markdown(r: BenchResult, other?: BenchResult): string {
  const lines = [
    `### ${r.entries} entries (${r.date.slice(0, 10)}, ${r.runs === 1 ? 'one run' : `median of ${r.runs} runs`})`,
    '',
    `${r.corpus.practices} practices, ${r.corpus.tools} tools, ${r.corpus.reports} reports, ${r.corpus.regions} regions, ${r.corpus.themes} themes; ${mb(r.corpus.bytes)} of content, ${r.corpus.wordsPerPractice} words per practice body. Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${mb(r.machine.memoryBytes)} RAM, Node ${r.machine.node}, load average ${r.machine.loadAverage.start[0]?.toFixed(1)} at start, ${r.machine.loadAverage.end[0]?.toFixed(1)} at end.${r.runsNote ? ` ${r.runsNote}` : ''}`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    ...rows.filter(([key]) => r.metrics[key]).map(([key, label]) => `| ${label} | ${formatMetric(r.metrics[key])} |`),
    '',
    '| Target | Goal | Measured | Met |',
    '| --- | --- | --- | --- |',
    ...evaluateTargets(r, other).map((t) => `| ${t.name} | ${t.target} | ${t.value}${t.note ? ` (${t.note})` : ''} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`),
  ];
  if (r.errors.length) lines.push('', 'Errors:', '', ...r.errors.map((e) => `- ${e.split('\n')[0]}`));
  return lines.join('\n');
}

/** A run at another N on the same machine, to judge growth: the newest file in `files` that is not `r`. */
export function companion(r: BenchResult, others: readonly BenchResult[]): BenchResult | undefined {
  return others
    .filter((o) => o.entries !== r.entries && (o.entries * 5 === r.entries || r.entries * 5 === o.entries) && o.machine.cpuModel === r.machine.cpuModel)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/** One table, a column per run (usually one per N): for docs/performance.md. */
export function combined(results: readonly BenchResult[]): string {
  const head = `| Measure | ${results.map((r) => `${r.entries} entries`).join(' | ')} |`;
  const lines = [head, `| --- |${results.map(() => ' --- |').join('')}`];
  for (const [key, label] of rows) {
    if (!results.some((r) => r.metrics[key])) continue;
    lines.push(`| ${label} | ${results.map((r) => formatMetric(r.metrics[key]).replace(/\|/g, '/')).join(' | ')} |`);
  }
  lines.push(`| runs | ${results.map((r) => (r.runs === 1 ? 'one' : `median of ${r.runs}`)).join(' | ')} |`);
  lines.push(`| load average at start / end | ${results.map((r) => `${r.machine.loadAverage.start[0]?.toFixed(1)} / ${r.machine.loadAverage.end[0]?.toFixed(1)}`).join(' | ')} |`);
  return lines.join('\n');
}

// node bench/report.ts [--combined] <result files>
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const results = args.filter((a) => !a.startsWith('--')).map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResult);
  results.sort((a, b) => a.entries - b.entries);
  if (args.includes('--combined')) console.log(combined(results));
  else console.log(results.map((r) => markdown(r, companion(r, results))).join('\n\n'));
}
