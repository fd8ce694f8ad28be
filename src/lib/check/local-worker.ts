// Worker thread of the content check: analyses batches of files (see pool.ts).
import { parentPort } from 'node:worker_threads';
import { analyseFile, type LocalJob } from './local.ts';

const port = parentPort;
if (!port) throw new Error('local-worker.ts runs as a worker thread of the content check');

port.on('message', (batch: Array<{ index: number; job: LocalJob }>) => {
  port.postMessage(batch.map(({ index, job }) => ({ index, result: analyseFile(job) })));
});
