import * as core from '@actions/core';
import { workerData } from 'node:worker_threads';
import { main } from './main.js';
import { runRedactThread, type RedactThreadData } from './safety/redact-thread.js';

// Redaction runs on a thread that runs this same script.
const data = workerData as Partial<RedactThreadData> | null;
if (data?.redactThread) runRedactThread(data as RedactThreadData);
else void main({ core, workerScript: process.argv[1] });
