// Redaction on a thread of its own: the largest cost of a run, taken off the thread that reads,
// groups and counts, so the two overlap (records are redacted a batch ahead of grouping, see
// redact-record.ts). The thread runs the same redactor with the same options, so what comes out is
// what the main thread would have made; if the thread cannot start or dies, the main thread's own
// redactor takes over the texts in flight and the rest, and nothing is lost.
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { createRedactor, type RedactionOptions, type Redactor } from './redact.js';

/** What the main thread gives the thread: the redactor's options (plain data). */
export interface RedactThreadData {
  redactThread: RedactionOptions;
}

interface Request {
  id: number;
  texts: readonly string[];
}

interface Pending {
  texts: readonly string[];
  resolve: (out: string[]) => void;
  reject: (e: unknown) => void;
}

interface Answer {
  id: number;
  out?: string[];
  error?: string;
}

export interface ClosableRedactor extends Redactor {
  /** Stops the thread, if one was started. */
  close(): Promise<void>;
}

/**
 * A redactor that redacts on a thread running `script` (the bundle, which starts runRedactThread),
 * when there is a second core to run it on; otherwise `local` itself. `local` is the same redactor
 * built on this thread: building it checks the user's patterns, and it takes over if the thread fails.
 */
export function threadRedactor(script: string | undefined, options: RedactionOptions, local: Redactor = createRedactor(options)): ClosableRedactor {
  if (!script || availableParallelism() < 2) return { ...local, close: async () => {} };
  let worker: Worker | undefined;
  let failed = false;
  let next = 0;
  const pending = new Map<number, Pending>();

  // The thread keeps the process alive only while it owes answers.
  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker?.unref();
    return p;
  };
  /** From now on this thread redacts, starting with what the other thread still owed. */
  const takeOver = (): void => {
    if (failed) return;
    failed = true;
    const w = worker;
    worker = undefined;
    w?.removeAllListeners();
    void w?.terminate();
    for (const [id, p] of [...pending]) {
      pending.delete(id);
      local.redactAll(p.texts).then(p.resolve, p.reject);
    }
  };
  const start = (): Worker => {
    const w = new Worker(script, { workerData: { redactThread: options } satisfies RedactThreadData });
    w.on('message', (a: Answer) => {
      const p = settle(a.id);
      if (!p) return;
      if (a.out) p.resolve(a.out);
      else local.redactAll(p.texts).then(p.resolve, p.reject);
    });
    w.on('error', takeOver);
    w.on('exit', takeOver);
    return w;
  };

  const redactAll = (texts: readonly string[]): Promise<string[]> => {
    if (failed || texts.length === 0) return local.redactAll(texts);
    worker ??= start();
    const id = next++;
    const answer = new Promise<string[]>((resolve, reject) => pending.set(id, { texts, resolve, reject }));
    worker.ref();
    worker.postMessage({ id, texts } satisfies Request);
    return answer;
  };
  return {
    redactAll,
    redact: async (text) => (await redactAll([text]))[0],
    close: async () => {
      const w = worker;
      takeOver();
      await w?.terminate();
    },
  };
}

/** The thread's side: redacts what it is sent until the main thread stops it. */
export function runRedactThread({ redactThread: options }: RedactThreadData): void {
  const redactor = createRedactor(options);
  parentPort?.on('message', ({ id, texts }: Request) => {
    redactor.redactAll(texts).then(
      (out) => parentPort?.postMessage({ id, out } satisfies Answer),
      (e: unknown) => parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies Answer),
    );
  });
}
