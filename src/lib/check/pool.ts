// Spreads the per-file work of the content check over the machine's cores: reading an MDX body
// with remark costs a few milliseconds, so thousands of files are worth a few worker threads.
// The main thread works too; if a worker cannot start, its files go back to the queue.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LocalJob, LocalResult } from './local.ts';

type Batch = Array<{ index: number; job: LocalJob }>;

/** Below this many files a worker's start-up (loading remark) costs more than it saves. */
const filesPerWorker = 250;
const batchSize = 20;

/** How many worker threads to use for `files` files: ATLAS_CHECK_WORKERS overrides (0 = none). */
export function workerCount(files: number): number {
  const forced = process.env['ATLAS_CHECK_WORKERS'];
  if (forced !== undefined && forced !== '' && Number.isInteger(Number(forced))) return Math.max(0, Number(forced));
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(files / filesPerWorker), 7));
}

/** Analyses every job, in worker threads and on the main thread; results come back in job order. */
export async function analyseAll(jobs: readonly LocalJob[], workers = workerCount(jobs.length)): Promise<LocalResult[]> {
  const results: LocalResult[] = new Array(jobs.length);
  const queue: Batch[] = [];
  for (let i = 0; i < jobs.length; i += batchSize) queue.push(jobs.slice(i, i + batchSize).map((job, k) => ({ index: i + k, job })));

  // Keep the bundler from treating this as a worker entry to bundle: it runs as a plain Node module.
  const workerUrl = new URL('./local-worker.ts', import.meta.url);
  const running = Array.from({ length: Math.min(workers, queue.length) }, () => runWorker(workerUrl, queue, results));

  if (queue.length) {
    const { analyseFile } = await import('./local.ts');
    // The main thread takes batches too, yielding between them so workers get theirs.
    while (queue.length) {
      const batch = queue.shift()!;
      for (const { index, job } of batch) results[index] = analyseFile(job);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(running);
  // A worker that failed returned its batch to the queue after the main thread had finished.
  if (queue.length) {
    const { analyseFile } = await import('./local.ts');
    for (const batch of queue.splice(0)) for (const { index, job } of batch) results[index] = analyseFile(job);
  }
  return results;
}

function runWorker(url: URL, queue: Batch[], results: LocalResult[]): Promise<void> {
  return new Promise((resolve) => {
    let current: Batch | undefined;
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch {
      resolve();
      return;
    }
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate();
    };
    worker.on('message', (done: Array<{ index: number; result: LocalResult }>) => {
      for (const { index, result } of done) results[index] = result;
      current = undefined;
      next();
    });
    worker.on('error', () => {
      if (current) queue.unshift(current);
      current = undefined;
    });
    worker.on('exit', () => {
      if (current) queue.unshift(current);
      resolve();
    });
    next();
  });
}
