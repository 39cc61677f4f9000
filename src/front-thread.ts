// The front of collection (collect/front.ts) for a file or standard input, on a thread of its own: it reads,
// parses, normalizes, scopes and redacts the export while the run's thread joins traces, signs and groups.
//
// - The first thread starts it beside the run's worker, with a small young generation (src/worker.ts):
//   it makes most of the garbage, and the run's first thread, which only waits, would let its own
//   grow to 128 MB.
// - Records cross in order, in batches of BATCH, encoded by collect/record-codec.ts. The run acknowledges each
//   batch as it takes it, and the front stays at most MAX_AHEAD batches ahead: memory stays bounded
//   whichever side is slower.
// - Redaction is shared: the front redacts a batch while the run has a few queued; one the run would
//   soon wait for goes as it is, and the run redacts it with the same options. Both are the same
//   deterministic redactor, so the result does not depend on which side did it.
// - Both sides build the same front from the same settings, so the records are the ones the run would
//   have made itself (src/run.ts does that with one core).
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { LogRecord } from './types.js';
import type { Settings } from './settings.js';
import { fileScope } from './file-scope.js';
import { createRedactor, type RedactionOptions, type Redactor } from './safety/redact.js';
import { RecordRedactor } from './safety/redact-record.js';
import { emptyTally, normalizeItem, type Front, type FrontTally } from './collect/front.js';
import { fileSource, inputName } from './collect/file-source.js';
import { RecordDecoder, RecordEncoder, type Encoded } from './collect/record-codec.js';

/** Records per batch: small, so that a batch's records die young on both sides. */
const BATCH = 100;
/**
 * Batches sent and not yet taken: enough to ride out a pause of either side (a collection), and the run's
 * slow start (its code still cold), during which the front used to wait at 16 and the run later for the
 * front: idle time on gcloud's array fell from ~60 to ~25 ms on the front's thread (CPU profiles), wall
 * 0.96x (9 alternated pairs). 6,400 records at most, and MAX_AHEAD_CHARS.
 */
export const MAX_AHEAD = 64;
/**
 * Characters of message and stack in the batches sent and not yet taken: with large entries (long
 * traces), fewer batches ahead, so what waits between the threads stays a few MB whatever the entries.
 * 64 batches of the scale benchmark's entries (194 characters each) hold about 1.2 million.
 */
export const MAX_AHEAD_CHARS = 4_000_000;

/** The characters of a batch that vary with its entries: their messages and stacks. */
function textChars(records: readonly LogRecord[]): number {
  let n = 0;
  for (const r of records) n += r.message.length + (r.stackTrace?.length ?? 0);
  return n;
}
/** With fewer batches than this queued, the run redacts the next one itself. */
const RUN_REDACTS_BELOW = 4;

/** What the run asks for: the front of `settings.inputFile` (a path, or - for stdin), as a file run applies it at `now`. */
export interface FrontRequest {
  front: { id: number; settings: Settings; now: Date; redaction: RedactionOptions };
}

/** What the front sends, one member a message: a batch of records, or its end. */
interface Reply {
  /** Records, and what the front counted up to them (new malformed entries only): a run whose front dies keeps both. */
  frontBatch?: { id: number; values: Encoded; redacted: boolean; counts: Counted };
  frontEnd?: { id: number; tally?: FrontTally; error?: string };
}

type Counted = Pick<FrontTally, 'entries' | 'inRange' | 'outOfRange' | 'malformed' | 'failures'>;

/** What the run sends, one member a message. */
interface Control extends Partial<FrontRequest> {
  frontAck?: { id: number };
  frontStop?: { id: number };
}

/** The run's end of the channel (a Worker, or a MessagePort in tests). */
export interface FrontPort {
  postMessage(message: Control): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  ref(): void;
  unref(): void;
}

/** The serving end (the thread's parentPort, or a MessagePort in tests). */
export interface FrontServingPort {
  postMessage(message: Reply): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** What a thread started to read the input is told (src/worker.ts looks for `front`): the port to serve. */
export interface FrontThreadData {
  front: true;
  port: MessagePort;
}

/** What the run's worker is told when the first thread started the front's thread beside it. */
export interface FrontPortData {
  frontPort?: MessagePort;
}

/** What the front's thread tells the first thread before it ends of its own accord, its front over. */
export interface FrontEnded {
  frontEnded: true;
}

/** What the first thread tells the run when the front's thread it started has died. */
export interface FrontFailed {
  frontFailed: string;
}

/** A thread started to run a file's front, loading while the run gets ready. */
export interface FrontThread {
  /** The front of the request's file, on this thread; once. */
  front(request: Omit<FrontRequest['front'], 'id'>, redactor: Redactor): Front;
  /** Ends the thread, used or not. */
  stop(): void;
}

let portTaken = false;

/**
 * The front's thread the first thread started beside this run's worker, when it knew the input was a
 * file or stdin and a second core was there to run it (src/worker.ts); else undefined, and the run reads
 * the input itself. Given once.
 */
export function startFrontThread(): FrontThread | undefined {
  const given = isMainThread ? undefined : (workerData as FrontPortData | null)?.frontPort;
  if (!given || portTaken) return undefined;
  portTaken = true;
  return besideThread(given);
}

/** The thread the first thread started: it reports the thread's end to this one (worker.ts). */
function besideThread(port: MessagePort): FrontThread {
  let listener: ((m: unknown) => void) | undefined;
  const stop = (): void => {
    if (listener) parentPort?.off('message', listener);
    port.close();
  };
  return {
    stop,
    front: (request, redactor) =>
      remoteFront(port, request, redactor, {
        close: stop,
        watch: (fail) => {
          listener = (m: unknown): void => {
            const failed = (m as Partial<FrontFailed> | null)?.frontFailed;
            if (failed !== undefined) fail(failed);
          };
          parentPort?.on('message', listener);
        },
      }),
  };
}

let nextId = 0;

interface RemoteHooks {
  /** Called once the front is read to its end, or given up. */
  close?: () => void;
  /** Gets the function that ends the front with an error (the other side is gone). */
  watch?: (fail: (message: string) => void) => void;
}

/**
 * The front of a file run, served on the other side of `port` (serveFront). `redactor` redacts the
 * batches that come unredacted: it has the request's options.
 */
export function remoteFront(port: FrontPort, request: Omit<FrontRequest['front'], 'id'>, redactor: Redactor, hooks: RemoteHooks = {}): Front {
  const id = nextId++;
  let tally: FrontTally | undefined;
  const queue: NonNullable<Reply['frontBatch']>[] = [];
  const decoder = new RecordDecoder();
  const redactions = new RecordRedactor(redactor);
  let ended: { error?: string } | undefined;
  let wake: (() => void) | undefined;
  /** What the front had counted by its last batch: the tally, should it never send its own. */
  const counted = emptyTally();
  hooks.watch?.((error) => {
    ended ??= { error };
    wake?.();
  });
  const listener = (message: unknown): void => {
    const m = message as Reply | null;
    if (m?.frontBatch?.id === id) queue.push(m.frontBatch);
    else if (m?.frontEnd?.id === id) {
      // After a failure, nothing the front says changes what the run reports.
      if (ended) return;
      tally = m.frontEnd.tally;
      ended = { error: m.frontEnd.error };
    } else return;
    wake?.();
  };

  async function* batches(): AsyncGenerator<readonly LogRecord[]> {
    port.on('message', listener);
    port.ref();
    let done = false;
    try {
      port.postMessage({ front: { id, ...request } });
      for (;;) {
        const batch = queue.shift();
        if (batch) {
          port.postMessage({ frontAck: { id } });
          const { entries, inRange, outOfRange, malformed, failures } = batch.counts;
          Object.assign(counted, { entries, inRange, outOfRange });
          counted.malformed.push(...malformed);
          counted.failures.push(...failures);
          const records = decoder.decode(batch.values);
          yield batch.redacted ? records : await redactions.redactBatch(records);
          continue;
        }
        if (ended) {
          // A front that failed or died: what it sent is kept, and the run says what failed.
          if (ended.error !== undefined)
            tally ??= {
              ...counted,
              failures: [...counted.failures, `${ended.error}; the rest of ${inputName(request.settings.inputFile ?? '')} was not read`],
            };
          done = true;
          return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    } finally {
      if (!done) port.postMessage({ frontStop: { id } });
      port.off('message', listener);
      port.unref();
      hooks.close?.();
    }
  }
  return { batches: batches(), tally: () => tally ?? emptyTally() };
}

export interface ServeOptions {
  /** With fewer batches than this queued, the run redacts the next one (tests force either side). */
  runRedactsBelow?: number;
  /** Called when a front is over: read to its end, failed, or stopped by the run. */
  onEnd?: () => void;
  /** MAX_AHEAD_CHARS, smaller in tests. */
  maxAheadChars?: number;
}

/** The serving side: runs each front asked for. The function returned stops them all. */
export function serveFront(port: FrontServingPort, options: ServeOptions = {}): () => void {
  const runRedactsBelow = options.runRedactsBelow ?? RUN_REDACTS_BELOW;
  const maxAheadChars = options.maxAheadChars ?? MAX_AHEAD_CHARS;
  const running = new Map<number, { taken: () => void; stop: () => void }>();

  async function run(req: FrontRequest['front']): Promise<void> {
    /** The characters of each batch sent and not yet taken, oldest first (as many as are ahead), and their sum. */
    const ahead: number[] = [];
    let aheadChars = 0;
    let stopped = false;
    let wake: (() => void) | undefined;
    running.set(req.id, {
      taken: () => {
        aheadChars -= ahead.shift() ?? 0;
        wake?.();
      },
      stop: () => {
        stopped = true;
        wake?.();
      },
    });
    const encoder = new RecordEncoder();
    const redactions = new RecordRedactor(createRedactor(req.redaction));
    const tally = emptyTally();
    let sent = { malformed: 0, failures: 0 };
    let batch: LogRecord[] = [];
    const ship = async (): Promise<void> => {
      // The run has enough queued to keep it busy: as many batches, or their characters' worth (large entries).
      const redacted = ahead.length >= runRedactsBelow || aheadChars >= runRedactsBelow * (maxAheadChars / MAX_AHEAD);
      const records = redacted ? await redactions.redactBatch(batch) : batch;
      batch = [];
      const chars = textChars(records);
      const counts: Counted = {
        entries: tally.entries,
        inRange: tally.inRange,
        outOfRange: tally.outOfRange,
        malformed: tally.malformed.slice(sent.malformed),
        failures: tally.failures.slice(sent.failures),
      };
      sent = { malformed: tally.malformed.length, failures: tally.failures.length };
      port.postMessage({ frontBatch: { id: req.id, values: encoder.encode(records), redacted, counts } });
      ahead.push(chars);
      aheadChars += chars;
      // A batch larger than the bound still goes, alone.
      while ((ahead.length >= MAX_AHEAD || (ahead.length > 0 && aheadChars >= maxAheadChars)) && !stopped) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    };
    try {
      const { inScope } = fileScope(req.settings, req.now);
      for await (const items of fileSource(req.settings.inputFile!).chunks()) {
        for (const item of items) {
          if (stopped) return;
          const r = normalizeItem(item, inScope, tally);
          if (!r) continue;
          batch.push(r);
          if (batch.length === BATCH) await ship();
        }
        // The file is read without waiting: the run's acknowledgements (how far ahead this is) are taken here.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (batch.length > 0) await ship();
      if (!stopped) port.postMessage({ frontEnd: { id: req.id, tally } });
    } catch (e) {
      port.postMessage({ frontEnd: { id: req.id, error: e instanceof Error ? e.message : String(e) } });
    } finally {
      running.delete(req.id);
      options.onEnd?.();
    }
  }

  port.on('message', (message: unknown) => {
    const m = message as Control | null;
    if (m?.front) void run(m.front);
    else if (m?.frontAck) running.get(m.frontAck.id)?.taken();
    else if (m?.frontStop) running.get(m.frontStop.id)?.stop();
  });
  return () => {
    for (const r of running.values()) r.stop();
  };
}
