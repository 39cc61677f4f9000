import { workerData } from 'node:worker_threads';
import type { RedactThreadData } from './safety/redact-thread.js';
import { inWorker } from './worker.js';

// Redaction runs on a thread that runs this same script.
const data = workerData as Partial<RedactThreadData> | null;
if (data?.redactThread) {
  void import('./safety/redact-thread.js').then((t) => t.runRedactThread(data as RedactThreadData));
} else {
  // The run goes into a worker thread (see worker.ts); this thread loads only what reports its end.
  inWorker(
    async () => {
      const [core, { main }] = await Promise.all([import('@actions/core'), import('./main.js')]);
      await main({ core, workerScript: process.argv[1] });
    },
    { failed: (message) => void import('@actions/core').then((core) => core.setFailed(message)) },
  );
}
