// Runs an entry point's work in a worker thread of the same script, with a small young generation.
//
// Why: V8 sizes the young generation from the machine's memory, not from the heap limit: with 24 GB
// it grew to 128 MB (two 64 MB semi-spaces) within seconds of a large run and stayed there, a third
// of the peak RSS of a 10,000-group run. `--max-semi-space-size` would bound it, but an action cannot
// pass V8 flags to the runner's `node`; a worker thread's `resourceLimits` can. The main thread only
// waits (entry points import their work when it starts).
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ServedRedaction } from './safety/redact-thread.js';
import type { FrontEnded, FrontFailed, FrontPortData, FrontThreadData } from './front-thread.js';

/**
 * The worker's young generation: V8 makes it two 4 MB semi-spaces (24 gives 8 MB ones). Measured at
 * 10,000 groups (docs/BENCHMARKS.md): peak RSS ~15 MiB lower than with 24, for ~8 % more CPU there
 * (more scavenges); no difference in time at 100 groups.
 */
export const YOUNG_GENERATION_MB = 12;

/**
 * The young generation of the thread that reads a file (src/front-thread.ts): what it keeps alive is a batch
 * or two, so a small one costs it little; 4 MB was as fast as 12 MB at 200,000 entries (docs/BENCHMARKS.md).
 */
const FRONT_YOUNG_GENERATION_MB = 4;

export interface WorkerOptions {
  /** The work reads the main thread's stdin (the CLI's `--input -`): it is piped to the thread that reads the input. */
  stdin?: boolean;
  /** The work reads a file: the thread that reads it (src/front-thread.ts) starts with the worker, to be ready when the run is. */
  readsFile?: boolean;
  /** How an error that ended the worker (out of memory, a crash) is reported: one line. */
  failed: (message: string) => void;
}

/** The thread started beside a run to read its input (src/front-thread.ts). */
export const isFrontThread = (): boolean => !isMainThread && (workerData as { front?: unknown } | null)?.front === true;

/**
 * In the main thread, starts this script again as a worker and takes its exit code; in the worker,
 * runs `work`. The script is `process.argv[1]`, its arguments passed on.
 */
export function inWorker(work: () => Promise<void>, options: WorkerOptions): void {
  if (!isMainThread) {
    // The thread started beside the run to read its input (src/front-thread.ts) serves that instead.
    if (isFrontThread()) void import('./front-thread.js').then((f) => f.serveFront((workerData as FrontThreadData).port, { onEnd: endFrontThread }));
    else void work();
    return;
  }
  // A file is read on a thread of its own (src/front-thread.ts): started now, beside the run, it is ready
  // when the run asks for it. The two talk over their own channel; this thread only reports its end.
  // Standard input is read there as well, piped to that thread.
  const channel = (options.readsFile || options.stdin) && availableParallelism() >= 2 ? new MessageChannel() : undefined;
  const worker = new Worker(process.argv[1], {
    argv: process.argv.slice(2),
    stdin: options.stdin && !channel,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    workerData: { servesRedaction: true, frontPort: channel?.port1 } satisfies ServedRedaction & FrontPortData,
    transferList: channel ? [channel.port1] : [],
  });
  const front = channel && beside(worker, channel.port2, options.stdin === true);
  // This thread only waits, so it redacts the batches the run sends it (src/safety/redact-thread.ts),
  // loading the redactor with the first; what arrives while it loads is kept for it.
  const early: unknown[] = [];
  const keep = (m: unknown): void => void early.push(m);
  worker.on('message', keep);
  worker.once('message', () => {
    void import('./safety/redact-thread.js').then((t) => {
      worker.off('message', keep);
      t.serveRedaction(worker, early);
    });
  });
  const reader = front ?? worker;
  if (options.stdin && reader.stdin) {
    // The reader may stop before the end (the run stopped it, or it failed): what is left is not read.
    reader.stdin.on('error', () => {});
    reader.on('exit', () => process.stdin.destroy());
    process.stdin.pipe(reader.stdin);
  }
  let failed = false;
  worker.on('error', (e: unknown) => {
    failed = true;
    options.failed(failureLine(e));
  });
  worker.on('exit', (code) => {
    void front?.terminate();
    if (options.stdin) process.stdin.destroy();
    process.exitCode = failed && code === 0 ? 1 : code;
  });
}

/** Starts the front's thread beside the run's worker, serving `port` (with stdin piped to it when that is the input); its end is reported to the run. */
function beside(run: Worker, port: MessagePort, stdin: boolean): Worker {
  const front = new Worker(process.argv[1], {
    argv: [],
    stdin,
    workerData: { front: true, port } satisfies FrontThreadData,
    transferList: [port],
    resourceLimits: { maxYoungGenerationSizeMb: FRONT_YOUNG_GENERATION_MB },
  });
  let ended = false;
  const report = (frontFailed: string): void => {
    if (ended) return;
    ended = true;
    run.postMessage({ frontFailed } satisfies FrontFailed);
  };
  // A thread that said its front is over ends with nothing to report (its messages come before its exit).
  front.on('message', (m: unknown) => {
    if ((m as Partial<FrontEnded> | null)?.frontEnded) ended = true;
  });
  front.on('error', (e: unknown) => report(failureLine(e)));
  front.on('exit', (code) => report(`the thread reading the input stopped (exit code ${code})`));
  return front;
}

/**
 * The front's thread, its one front over, ends at once: what it sent is already queued on the run's side,
 * and its memory is given back before the run settles and writes its groups, when the run's is at its most
 * (10,000 groups: peak RSS median 230 against 240 MiB over 10 alternated runs).
 */
function endFrontThread(): void {
  parentPort?.postMessage({ frontEnded: true } satisfies FrontEnded);
  process.exit(0);
}

/** One line for an error that ended the worker; running out of heap says what to do. */
export function failureLine(e: unknown): string {
  if ((e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return (
      'the run ran out of memory (JavaScript heap). Fix: read less at once (a shorter window, a service, a higher min-severity, ' +
      'max-entries) or give node a larger heap (NODE_OPTIONS=--max-old-space-size=4096).'
    );
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}
