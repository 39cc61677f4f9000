#!/usr/bin/env node
import { workerData } from 'node:worker_threads';
import { argsOf } from './options.js';
import type { GroupPartData } from './group.js';
import { inWorker, isFrontThread } from '../worker.js';

const argv = process.argv.slice(2);
// The CLI is loaded by the thread that runs it only.
const start = () =>
  import('./cli.js')
    .then(({ cli }) => cli(argv, process.stdout, process.stderr, { workerScript: process.argv[1] }))
    .then((code) => {
      process.exitCode = code;
    });

const args = argsOf(argv);
// `group` signs parts of a large file on threads that run this same script.
const data = workerData as Partial<GroupPartData> | null;
if (data?.groupPart) {
  void import('./group.js').then((g) => g.runGroupPart(data as GroupPartData));
} else if (args?.command === 'run' || isFrontThread()) {
  // A run goes into a worker thread with a small young generation (see worker.ts), as does the thread
  // that reads its input; stdin is passed on to that thread when it is the input.
  const input = args?.flags.get('input');
  inWorker(start, {
    stdin: input === '-',
    readsFile: input !== undefined && input !== '' && input !== '-',
    failed: (message) => process.stderr.write(`error: ${message}\n`),
  });
} else {
  void start();
}
