// The content check of the running build, shared by the content guard, which starts it, and the
// collection loaders, which wait for it when Astro's own validation fails first. Both live in
// modules Astro loads separately, so the run is kept on globalThis.
import { formatProblem, type Problem } from '../lib/check/problem.ts';

export interface CheckRun {
  problems: Problem[];
}

const key = Symbol.for('atlas:content-check');
/** `blocking`: a build, where loaders wait for the check before reading any file. */
interface Shared {
  run: Promise<CheckRun>;
  blocking: boolean;
}
type Holder = { [key]?: Shared };

export function shareCheckRun(run: Promise<CheckRun>, blocking: boolean): void {
  (globalThis as Holder)[key] = { run, blocking };
}

export function sharedCheckRun(): Shared | undefined {
  return (globalThis as Holder)[key];
}

/** The error a build stops with: every problem, one per line, as `npm run check` prints them. */
export function contentProblemsError(problems: readonly Problem[]): Error {
  const error = new Error(`The content has ${problems.length} problem(s); nothing was built.\n${problems.map(formatProblem).join('\n')}\nRun npm run check after fixing them.`);
  error.name = 'ContentProblems';
  // Astro prints a stack trace under errors that have one; this one is about files, not code.
  error.stack = '';
  return error;
}
