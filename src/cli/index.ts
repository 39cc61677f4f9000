#!/usr/bin/env node
import { inWorker } from '../worker.js';

const argv = process.argv.slice(2);
// The run goes into a worker thread (see worker.ts); stdin is passed on when it is the input.
inWorker(
  async () => {
    const { cli } = await import('./cli.js');
    process.exitCode = await cli(argv);
  },
  {
    stdin: argv.some((a, i) => a === '--input=-' || (a === '--input' && argv[i + 1] === '-')),
    failed: (message) => process.stderr.write(`error: ${message}\n`),
  },
);
