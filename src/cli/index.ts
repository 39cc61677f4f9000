#!/usr/bin/env node
import { workerData } from 'node:worker_threads';
import { cli } from './cli.js';
import { runGroupPart, type GroupPartData } from './group.js';
import { runRedactThread, type RedactThreadData } from '../safety/redact-thread.js';

// `group` signs parts of a large file, and `run` redacts, on threads that run this same script.
const data = workerData as Partial<GroupPartData & RedactThreadData> | null;
if (data?.groupPart) {
  void runGroupPart(data as GroupPartData);
} else if (data?.redactThread) {
  runRedactThread(data as RedactThreadData);
} else {
  void cli(process.argv.slice(2), process.stdout, process.stderr, { workerScript: process.argv[1] }).then((code) => {
    process.exitCode = code;
  });
}
