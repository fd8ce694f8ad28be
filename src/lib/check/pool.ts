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

/**
 * How many worker threads to use for `files` files to read, out of `total` in the folder:
 * one per core for many files; one for a few changed files in a large folder (it reads them
 * while this thread checks the others); none for small folders. ATLAS_CHECK_WORKERS overrides (0 = none).
 */
export function workerCount(files: number, total = files): number {
  const forced = process.env['ATLAS_CHECK_WORKERS'];
  if (forced !== undefined && forced !== '' && Number.isInteger(Number(forced))) return Math.max(0, Number(forced));
  if (files === 0) return 0;
  if (files >= minFilesForWorkers) return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 125), 8));
  return total >= minFilesForWorkers ? 1 : 0;
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
  await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, () => runWorker(workerUrl, queue, done)));

  // No workers, or some failed: whatever is left is read here.
  if (queue.length) {
    const { analyseFile } = await import('./local.ts');
    for (const batch of queue.splice(0)) for (const { index, job } of batch) done(index, analyseFile(job));
  }
  return results;
}

function runWorker(url: URL, queue: Batch[], done: (index: number, result: LocalResult) => void): Promise<void> {
  return new Promise((resolve) => {
    // Two batches in flight, so a worker never waits for its next batch.
    const inFlight: Batch[] = [];
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch {
      resolve();
      return;
    }
    const send = () => {
      const batch = queue.shift();
      if (!batch) return;
      inFlight.push(batch);
      worker.postMessage(batch);
    };
    worker.on('message', (finished: Array<{ index: number; result: LocalResult }>) => {
      for (const { index, result } of finished) done(index, result);
      inFlight.shift();
      send();
      if (!inFlight.length) void worker.terminate();
    });
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      // Whatever it had not finished goes back to the queue.
      queue.unshift(...inFlight.splice(0));
      resolve();
    });
    send();
    send();
    if (!inFlight.length) void worker.terminate();
  });
}
