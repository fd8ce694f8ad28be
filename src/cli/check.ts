#!/usr/bin/env node
// npm run check: every problem in every content file, one line each; exit 1 on any.
//   --quiet      print nothing when the content is fine
//   --no-cache   do not use or update the per-file cache (node_modules/.cache/atlas-check/)
//   --workers N  worker threads for reading bodies (default: one per spare core, for large folders)
//   --timings    say how long it took, how many files came from the cache, and how many workers ran
import module from 'node:module';
import type { CheckOptions } from '../lib/check/index.ts';

// Node keeps the compiled modules (zod, the schemas, remark) on disk for the next run: a check
// after one edit spends a good part of its time loading code. Imports below are dynamic so they use it.
module.enableCompileCache?.();
const { checkContent } = await import('../lib/check/index.ts');
const { contentDir, publicDir } = await import('../schemas/index.ts');
const { formatProblem } = await import('../lib/check/problem.ts');

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const options: CheckOptions = { publicDir: publicDir() };
if (args.includes('--no-cache')) options.cache = false;
const workersAt = args.indexOf('--workers');
if (workersAt !== -1) {
  const workers = Number(args[workersAt + 1]);
  if (!Number.isInteger(workers) || workers < 0) {
    console.error('--workers needs a whole number, e.g. --workers 2 (0 = no worker threads)');
    process.exit(2);
  }
  options.workers = workers;
}
const { problems, counts, stats } = await checkContent(contentDir(), options);

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing is published until all are fixed; CONTRIBUTING.md explains every field.`);
  process.exitCode = 1;
} else if (!quiet) {
  const summary = Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ');
  console.log(`Content OK: ${summary}.`);
}
if (args.includes('--timings')) {
  console.error(`Checked ${stats.files} files in ${(stats.milliseconds / 1000).toFixed(2)} s: ${stats.cached} from the cache, ${stats.workers} worker thread${stats.workers === 1 ? '' : 's'}.`);
}
