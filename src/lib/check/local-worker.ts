// Worker thread of the content check: analyses batches of files (see pool.ts). It says when it
// starts each file, so the main thread can stop a file that takes too long and name it.
import { parentPort } from 'node:worker_threads';
import { analyseFile, type LocalJob } from './local.ts';

const port = parentPort;
if (!port) throw new Error('local-worker.ts runs as a worker thread of the content check');

port.on('message', (batch: Array<{ index: number; job: LocalJob }>) => {
  for (const { index, job } of batch) {
    port.postMessage({ started: index });
    port.postMessage({ index, result: analyseFile(job) });
  }
  port.postMessage({ batchDone: true });
});
