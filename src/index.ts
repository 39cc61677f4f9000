import { inWorker } from './worker.js';

// The run goes into a worker thread (see worker.ts); this thread loads only what reports its end,
// and serves the run's redaction.
inWorker(
  async () => {
    const [core, { main }] = await Promise.all([import('@actions/core'), import('./main.js')]);
    await main({ core });
  },
  {
    // The `input` input, as @actions/core reads it.
    readsFile: !['', '-'].includes((process.env.INPUT_INPUT ?? '').trim()),
    failed: (message) => void import('@actions/core').then((core) => core.setFailed(message)),
  },
);
