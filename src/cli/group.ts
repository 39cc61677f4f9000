// `group --input FILE`: one message per line in, one {"line_id", "group_id"} JSON object per line out.
// The same signer as `run` and the action, each line signed as a textPayload entry would be; the
// group id is the settled fingerprint. Two passes so that memory grows with templates, not lines:
// the first signs and spools each line's provisional group number to a temporary file, the
// second prints settled fingerprints.
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { createSigner, type SignerOptions } from '../group/signer.js';
import type { LogRecord, Signer } from '../types.js';

const BATCH = 8192;
/** Bytes read at a time: the lines of a chunk are signed in one synchronous loop, with no promise per line. */
const CHUNK = 1 << 20;

/** A line as readline gives it: `\r\n` and a lone `\r` end a line too. */
function pushLine(line: string, into: string[]): void {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (text.includes('\r')) into.push(...text.split('\r'));
  else into.push(text);
}

/** The file's lines, a chunk's worth at a time. */
async function* lineBatches(path: string): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
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

async function learn(inputPath: string, signer: Signer, spoolPath: string, provisional: string[]): Promise<void> {
  const ids = new Map<string, number>();
  // The record `run` makes of a textPayload entry without severity; one object, reused (sign keeps no record).
  const record: LogRecord = { timestamp: '', time: 0, severity: 'DEFAULT', kind: 'stdout', message: '', errorGroups: [], labels: {} };
  const spool = createWriteStream(spoolPath);
  let batch = new Uint32Array(BATCH);
  let n = 0;
  for await (const lines of lineBatches(inputPath)) {
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

async function print(spoolPath: string, groupIds: string[], out: NodeJS.WritableStream): Promise<void> {
  let line = 0;
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(spoolPath) as AsyncIterable<Buffer>) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    const whole = data.length - (data.length % 4);
    const text: string[] = [];
    for (let at = 0; at < whole; at += 4) {
      const t = data.readUInt32LE(at);
      const g = groupIds[t];
      text.push(`{"line_id":${++line},"group_id":"${g}"}`);
    }
    rest = data.subarray(whole);
    if (text.length > 0) await write(out, text.join('\n') + '\n');
  }
}

export async function runGroupCommand(inputPath: string, out: NodeJS.WritableStream, options: SignerOptions = {}): Promise<void> {
  try {
    await access(inputPath);
  } catch {
    throw new InputError(`--input ${inputPath}`, 'the file cannot be read', 'pass a readable text file with one log message per line');
  }
  const signer = createSigner(options);
  const dir = await mkdtemp(join(tmpdir(), 'log-gardener-group-'));
  try {
    const spool = join(dir, 'templates.u32');
    const provisional: string[] = [];
    await learn(inputPath, signer, spool, provisional);
    const settled = signer.finish?.();
    await print(
      spool,
      provisional.map((fp) => settled?.get(fp)?.fingerprint ?? fp),
      out,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
