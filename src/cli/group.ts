// `group --input FILE`: one message per line in, one {"line_id", "group_id"} JSON object per line out.
// The same signer as `run` and the action, each line signed as a textPayload entry would be; the
// group id is the settled fingerprint. Two passes so that memory grows with templates, not lines:
// the first signs and spools each line's provisional group number to a temporary file, the
// second prints settled fingerprints. A large file is cut at line ends into parts signed on as many
// threads; the main thread's signer absorbs what the others learned before templates settle, so the
// grouping is the one a single thread makes.
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { createSigner, type SignerOptions, type SignerState } from '../group/signer.js';
import type { LogRecord, Signer } from '../types.js';

const BATCH = 8192;
/** Bytes read at a time: the lines of a chunk are signed in one synchronous loop, with no promise per line. */
const CHUNK = 1 << 20;
/** A part smaller than this is not worth a thread: starting one costs about what signing 20,000 lines does. */
const MIN_PART_BYTES = 8 << 20;
const MAX_THREADS = 8;

/** A byte range of the input holding whole lines; without an end, to the end of the input (a pipe). */
interface Part {
  start: number;
  end?: number;
}

export interface GroupThreads {
  /** Threads to sign on; by default one per core for a file of at least two parts' worth. */
  threads?: number;
  /** The script a thread runs (the CLI bundle, which starts `runGroupPart`); without it, one thread. */
  workerScript?: string;
}

/** What a thread signing one part hands back. */
interface PartResult {
  provisional: string[];
  state?: SignerState;
}

/** What the main thread gives a thread: its part, its spool and the signer's options. */
export interface GroupPartData {
  groupPart: { input: string; part: Part; spool: string; options: SignerOptions };
}

/** A line as readline gives it: `\r\n` and a lone `\r` end a line too. */
function pushLine(line: string, into: string[]): void {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  // A loop, not push(...parts): a hostile line of a million carriage returns is a million lines.
  if (text.includes('\r')) for (const part of text.split('\r')) into.push(part);
  else into.push(text);
}

/** The stream options reading a part; a pipe is read from where it is, without seeking. */
const range = (part: Part): { start?: number; end?: number } => (part.end === undefined ? {} : { start: part.start, end: part.end - 1 });

/** The file's lines, a chunk's worth at a time. */
async function* lineBatches(path: string, part: Part): AsyncGenerator<string[]> {
  if (part.end !== undefined && part.end <= part.start) return;
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK, ...range(part) }) as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      rest = text;
      continue;
    }
    const whole = text.slice(0, cut).split('\n');
    rest = text.slice(cut + 1);
    if (!text.includes('\r')) {
      yield whole;
      continue;
    }
    const lines: string[] = [];
    for (const line of whole) pushLine(line, lines);
    yield lines;
  }
  const tail = rest + decoder.end();
  if (tail !== '') {
    const lines: string[] = [];
    pushLine(tail, lines);
    yield lines;
  }
}

async function write(out: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function learn(inputPath: string, part: Part, signer: Signer, spoolPath: string, provisional: string[]): Promise<void> {
  const ids = new Map<string, number>();
  // The record `run` makes of a textPayload entry without severity; one object, reused (sign keeps no record).
  const record: LogRecord = { timestamp: '', time: 0, severity: 'DEFAULT', kind: 'stdout', message: '', errorGroups: [], labels: {} };
  const spool = createWriteStream(spoolPath);
  let batch = new Uint32Array(BATCH);
  let n = 0;
  for await (const lines of lineBatches(inputPath, part)) {
    for (const line of lines) {
      record.message = line;
      const fp = signer.sign(record).fingerprint;
      let id = ids.get(fp);
      if (id === undefined) {
        id = provisional.length;
        ids.set(fp, id);
        provisional.push(fp);
      }
      batch[n++] = id;
      if (n === BATCH) {
        await write(spool, Buffer.from(batch.buffer));
        batch = new Uint32Array(BATCH);
        n = 0;
      }
    }
  }
  if (n > 0) await write(spool, Buffer.from(batch.buffer, 0, n * 4));
  spool.end();
  await once(spool, 'close');
}

const LINE_HEAD = Buffer.from('{"line_id":');
/** Bytes printed at a time; a line takes at most LINE_HEAD, 16 digits and the longest tail. */
const OUT_CHUNK = 1 << 20;

/** Prints the lines of one part, numbered on from `line`; returns the last number. The bytes are
 * put together directly: a million lines as strings cost four times as much, and this runs on the
 * main thread after the parts were signed in parallel. */
async function print(spoolPath: string, groupIds: string[], out: NodeJS.WritableStream, line: number): Promise<number> {
  const tails = groupIds.map((g) => Buffer.from(`,"group_id":${JSON.stringify(g)}}\n`));
  // A loop, not Math.max(...): past the form cap a part can have a group id per line.
  let longest = 0;
  for (const t of tails) longest = Math.max(longest, t.length);
  const room = LINE_HEAD.length + 16 + longest;
  const digits = Buffer.alloc(16);
  let buf = Buffer.allocUnsafe(Math.max(OUT_CHUNK, room));
  let o = 0;
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(spoolPath) as AsyncIterable<Buffer>) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    const whole = data.length - (data.length % 4);
    for (let at = 0; at < whole; at += 4) {
      if (o > buf.length - room) {
        // A written buffer may still be queued: the next lines go into a new one.
        await write(out, buf.subarray(0, o));
        buf = Buffer.allocUnsafe(buf.length);
        o = 0;
      }
      o += LINE_HEAD.copy(buf, o);
      let v = ++line;
      let d = digits.length;
      do {
        digits[--d] = 48 + (v % 10);
        v = Math.floor(v / 10);
      } while (v > 0);
      o += digits.copy(buf, o, d);
      o += tails[data.readUInt32LE(at)].copy(buf, o);
    }
    rest = data.subarray(whole);
  }
  if (o > 0) await write(out, buf.subarray(0, o));
  return line;
}

/** Cuts the file into about n parts of whole lines (after a newline byte); fewer when lines are long. */
async function cutParts(path: string, size: number, n: number): Promise<Part[]> {
  const cuts = [0];
  const file = await open(path, 'r');
  try {
    const window = Buffer.alloc(1 << 16);
    for (let k = 1; k < n; k += 1) {
      let at = Math.max(Math.floor((size * k) / n), cuts[cuts.length - 1]);
      for (;;) {
        const { bytesRead } = await file.read(window, 0, window.length, at);
        if (bytesRead === 0) break;
        const nl = window.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          if (at + nl + 1 < size) cuts.push(at + nl + 1);
          break;
        }
        at += bytesRead;
      }
    }
  } finally {
    await file.close();
  }
  return [...new Set(cuts)].map((start, i, all) => ({ start, end: all[i + 1] ?? size }));
}

function threadsFor(size: number, t: GroupThreads): number {
  if (!t.workerScript) return 1;
  return t.threads ?? Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(size / MIN_PART_BYTES)));
}

/** Signs one part on a thread of its own. */
function signElsewhere(script: string, data: GroupPartData): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data });
    let result: PartResult | undefined;
    worker.once('message', (m: PartResult) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`a grouping thread stopped (exit code ${code}) before handing back its part`))));
  });
}

async function signPart(input: string, part: Part, spool: string, signer: Signer): Promise<PartResult> {
  const provisional: string[] = [];
  await learn(input, part, signer, spool, provisional);
  return { provisional };
}

/** A thread's work: sign its part, spool the provisional ids, hand back what its signer learned. */
export async function runGroupPart({ groupPart: { input, part, spool, options } }: GroupPartData): Promise<void> {
  const signer = createSigner(options);
  const { provisional } = await signPart(input, part, spool, signer);
  parentPort?.postMessage({ provisional, state: signer.state() } satisfies PartResult);
}

export async function runGroupCommand(inputPath: string, out: NodeJS.WritableStream, options: SignerOptions = {}, threading: GroupThreads = {}): Promise<void> {
  let size: number | undefined;
  try {
    await access(inputPath);
    const s = await stat(inputPath);
    // A pipe (`--input <(zcat logs.gz)`) has no size to cut: it is read to its end on one thread.
    size = s.isFile() ? s.size : undefined;
  } catch {
    throw new InputError(`--input ${inputPath}`, 'the file cannot be read', 'pass a readable text file with one log message per line');
  }
  const signer = createSigner(options);
  const dir = await mkdtemp(join(tmpdir(), 'log-gardener-group-'));
  try {
    const threads = size === undefined ? 1 : threadsFor(size, threading);
    const parts = size !== undefined && threads > 1 ? await cutParts(inputPath, size, threads) : [{ start: 0, end: size }];
    const spools = parts.map((_, i) => join(dir, `templates-${i}.u32`));
    const results = await Promise.all(
      parts.map((part, i) =>
        i === 0
          ? signPart(inputPath, part, spools[0], signer)
          : signElsewhere(threading.workerScript as string, { groupPart: { input: inputPath, part, spool: spools[i], options } }),
      ),
    );
    for (const r of results) if (r.state) signer.absorb(r.state);
    const settled = signer.finish();
    let line = 0;
    for (const [i, r] of results.entries()) {
      line = await print(
        spools[i],
        r.provisional.map((fp) => settled.get(fp)?.fingerprint ?? fp),
        out,
        line,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
