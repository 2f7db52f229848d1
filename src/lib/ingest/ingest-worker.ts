/** Worker thread of `ingestDirectoryParallel`: processes batches of seeds and sends the results back. */
import { parentPort } from 'node:worker_threads';
import { processSeedFile } from './ingest.ts';

parentPort?.on('message', ({ id, seedsDir, files }: { id: number; seedsDir: string; files: string[] }) => {
  parentPort?.postMessage({ id, processed: files.map((file) => processSeedFile(seedsDir, file)) });
});
