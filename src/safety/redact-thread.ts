// Redaction served by the thread that started the run: the action and the CLI run in a worker
// thread (src/worker.ts) while their first thread only waits, so that thread redacts the batches the
// run sends it, a batch ahead of grouping (redact-record.ts), and the two overlap without a third
// JavaScript engine in the process. It runs the same redactor with the same options, so what comes
// back is what the run's own redactor would have made; the screen runs on the run's side, so only the
// texts it does not clear cross. If an answer fails, the run's redactor redacts those texts itself.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createRedactor, type RedactionOptions, type Redactor } from './redact.js';

/** What the run sends: texts to redact under options. */
interface Request {
  redact: { id: number; texts: readonly string[]; options: RedactionOptions };
}

/** What comes back: the texts redacted, or why not. */
interface Answer {
  redacted: { id: number; out?: string[]; error?: string };
}

/** The run's end of the channel (a MessagePort; the worker's parentPort). */
interface RunPort {
  postMessage(message: Request): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  ref(): void;
  unref(): void;
}

/** The serving end (a Worker or a MessagePort). */
interface ServingPort {
  postMessage(message: Answer): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** What a worker started by src/worker.ts is told: its parent serves redaction. */
export interface ServedRedaction {
  servesRedaction: true;
}

export interface ClosableRedactor extends Redactor {
  /** Stops listening for answers; anything still owed is redacted here. */
  close(): Promise<void>;
}

interface Pending {
  texts: readonly string[];
  resolve: (out: string[]) => void;
  reject: (e: unknown) => void;
}

/** The parent's channel when this run is a worker whose parent serves redaction and a second core is there to run it. */
export function servingParent(): MessagePort | undefined {
  const served = !isMainThread && (workerData as Partial<ServedRedaction> | null)?.servesRedaction === true;
  return served && parentPort && availableParallelism() >= 2 ? parentPort : undefined;
}

/**
 * A redactor that sends its batches through `port` to be redacted on the other side; without a port,
 * `local` itself. `local` is the same redactor built on this side: building it checks the user's
 * patterns, its screen decides what crosses, and it redacts whatever the other side does not answer.
 */
export function portRedactor(port: RunPort | undefined, options: RedactionOptions, local: Redactor = createRedactor(options)): ClosableRedactor {
  if (!port) return { ...local, close: async () => {} };
  let closed = false;
  let next = 0;
  const pending = new Map<number, Pending>();
  const listener = (message: unknown): void => {
    const a = (message as Partial<Answer> | null)?.redacted;
    const p = a && pending.get(a.id);
    if (!a || !p) return;
    pending.delete(a.id);
    // The port keeps the thread alive only while answers are owed.
    if (pending.size === 0) port.unref();
    if (a.out) p.resolve(a.out);
    else local.redactAll(p.texts).then(p.resolve, p.reject);
  };
  const redactAll = (texts: readonly string[]): Promise<string[]> => {
    if (closed || texts.length === 0) return local.redactAll(texts);
    if (next === 0) port.on('message', listener);
    const id = next++;
    const answer = new Promise<string[]>((resolve, reject) => pending.set(id, { texts, resolve, reject }));
    port.ref();
    port.postMessage({ redact: { id, texts, options } });
    return answer;
  };
  return {
    redactAll,
    redact: async (text) => (await redactAll([text]))[0],
    ...(local.screen ? { screen: local.screen } : {}),
    close: async () => {
      closed = true;
      port.off('message', listener);
      port.unref();
      for (const [id, p] of [...pending]) {
        pending.delete(id);
        local.redactAll(p.texts).then(p.resolve, p.reject);
      }
    },
  };
}

/** The serving side: redacts what the run sends (first the messages that came before it was ready),
 * with a redactor per set of options, built once. */
export function serveRedaction(port: ServingPort, early: readonly unknown[] = []): void {
  const redactors = new Map<string, Redactor>();
  const serve = (message: unknown): void => {
    const r = (message as Partial<Request> | null)?.redact;
    if (!r) return;
    const key = JSON.stringify(r.options);
    let redactor = redactors.get(key);
    const answer = (redacted: Answer['redacted']): void => port.postMessage({ redacted });
    try {
      if (!redactor) redactors.set(key, (redactor = createRedactor(r.options)));
    } catch (e) {
      answer({ id: r.id, error: e instanceof Error ? e.message : String(e) });
      return;
    }
    redactor.redactAll(r.texts).then(
      (out) => answer({ id: r.id, out }),
      (e: unknown) => answer({ id: r.id, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  for (const m of early) serve(m);
  port.on('message', serve);
}
