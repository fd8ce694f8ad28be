// Spreads the per-file work of the content check over the machine's cores: reading an MDX body
// with remark costs a few milliseconds, so thousands of files are worth a few worker threads.
// With workers, the main thread only hands out batches: inside `astro build` it runs our modules
// through Vite's module runner, where the same parsing is two to three times slower than in a
// plain Node worker. If a worker cannot start, its files go back to the queue and the main thread
// reads them itself.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LocalJob, LocalResult } from './local.ts';

type Batch = Array<{ index: number; job: LocalJob }>;

/** Below this many files, starting workers (each loads remark) costs more than it saves. */
const minFilesForWorkers = 250;
const batchSize = 20;

/** A file whose reading takes longer than this is stopped and refused: real entries take milliseconds. */
export const fileDeadlineMs = 5000;

/**
 * How many worker threads to use for `files` files to read:
 * one per core for many files; otherwise one, so that every file is read under a deadline
 * (a hostile body can make a Markdown parser work for minutes). ATLAS_CHECK_WORKERS overrides (0 = none).
 */
export function workerCount(files: number): number {
  const forced = process.env['ATLAS_CHECK_WORKERS'];
  if (forced !== undefined && forced !== '' && Number.isInteger(Number(forced))) return Math.max(0, Number(forced));
  if (files === 0) return 0;
  if (files >= minFilesForWorkers) return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 125), 8));
  return 1;
}

/**
 * Analyses every job, in worker threads when `workers` > 0, else on this thread. Results come back
 * in job order; `onResult` sees each as soon as it is ready, so the caller can use the wait.
 */
export async function analyseAll(jobs: readonly LocalJob[], workers = workerCount(jobs.length), onResult: (index: number, result: LocalResult) => void = () => undefined): Promise<LocalResult[]> {
  const results: LocalResult[] = new Array(jobs.length);
  const done = (index: number, result: LocalResult) => {
    results[index] = result;
    onResult(index, result);
  };
  const queue: Batch[] = [];
  for (let i = 0; i < jobs.length; i += batchSize) queue.push(jobs.slice(i, i + batchSize).map((job, k) => ({ index: i + k, job })));

  // The URL is built apart from `new Worker(...)` so no bundler mistakes it for a worker entry to bundle.
  const workerUrl = new URL('./local-worker.ts', import.meta.url);
  await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, () => keepWorking(workerUrl, queue, done)));

  // No workers, or none could start: whatever is left is read here.
  if (queue.length) {
    const { analyseFile } = await import('./local.ts');
    for (const batch of queue.splice(0)) for (const { index, job } of batch) done(index, analyseFile(job));
  }
  return results;
}

/** Runs workers one after another while there is work: a worker stopped at a slow file is replaced. */
async function keepWorking(url: URL, queue: Batch[], done: (index: number, result: LocalResult) => void): Promise<void> {
  while (queue.length) {
    const outcome = await runWorker(url, queue, done);
    if (outcome === 'could-not-start') return;
  }
}

const refused = (message: string): LocalResult => ({ data: undefined, fatal: { field: 'file', message }, problems: [], transient: true });

function runWorker(url: URL, queue: Batch[], done: (index: number, result: LocalResult) => void): Promise<'finished' | 'stopped' | 'could-not-start'> {
  return new Promise((resolve) => {
    // Two batches in flight, so a worker never waits for its next batch.
    const inFlight: Batch[] = [];
    const finished = new Set<number>();
    let current: number | undefined;
    let timer: NodeJS.Timeout | undefined;
    let stopped: number | undefined;
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch {
      resolve('could-not-start');
      return;
    }
    const send = () => {
      const batch = queue.shift();
      if (!batch) return;
      inFlight.push(batch);
      worker.postMessage(batch);
    };
    const stop = (index: number, result: LocalResult) => {
      stopped = index;
      finished.add(index);
      done(index, result);
      void worker.terminate();
    };
    worker.on('message', (message: { started?: number; index?: number; result?: LocalResult; batchDone?: boolean }) => {
      if (message.started !== undefined) {
        current = message.started;
        clearTimeout(timer);
        const index = message.started;
        timer = setTimeout(() => stop(index, refused(`took more than ${fileDeadlineMs / 1000} s to read and was stopped: simplify its structure (brackets, quotes, lists or tags nested inside each other)`)), fileDeadlineMs);
      } else if (message.index !== undefined && message.result) {
        clearTimeout(timer);
        finished.add(message.index);
        done(message.index, message.result);
      } else if (message.batchDone) {
        inFlight.shift();
        send();
        if (!inFlight.length) void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      // The reader itself failed on the file it was reading: that file is refused, the rest go on.
      if (current !== undefined && !finished.has(current)) stop(current, refused(`could not be read (${String(error).slice(0, 120)}): simplify its structure`));
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      // Whatever it had not finished goes back to the queue, for the next worker.
      const unfinished = inFlight.splice(0).map((batch) => batch.filter(({ index }) => !finished.has(index))).filter((batch) => batch.length);
      queue.unshift(...unfinished);
      // A worker that read nothing at all could not run here: this thread takes over.
      if (stopped === undefined && !finished.size && unfinished.length) resolve('could-not-start');
      else resolve(stopped === undefined && !unfinished.length ? 'finished' : 'stopped');
    });
    send();
    send();
    if (!inFlight.length) void worker.terminate();
  });
}
