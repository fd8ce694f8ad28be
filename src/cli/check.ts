#!/usr/bin/env node
// npm run check: every problem in every content file, one line each; exit 1 on any.
import { checkContent } from '../lib/check/index.ts';
import { contentDir } from '../schemas/index.ts';
import { formatProblem } from '../lib/check/problem.ts';

const quiet = process.argv.includes('--quiet');
const { problems, counts } = await checkContent(contentDir());

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Nothing is published until all are fixed; CONTRIBUTING.md explains every field.`);
  process.exitCode = 1;
} else if (!quiet) {
  const summary = Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ');
  console.log(`Content OK: ${summary}.`);
}
