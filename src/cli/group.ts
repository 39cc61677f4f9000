// `group --input FILE`: one message per line in, one {"line_id", "group_id"} JSON object per line out.
// Two passes so that memory grows with templates, not lines: the first learns templates and
// spools each line's template number to a temporary file; the second prints final group ids.
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { createTemplateMiner, type Miner } from '../group/template-miner.js';

const BATCH = 8192;

async function write(out: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function learn(inputPath: string, miner: Miner, spoolPath: string): Promise<void> {
  const spool = createWriteStream(spoolPath);
  const lines = createInterface({ input: createReadStream(inputPath, { encoding: 'utf8' }), crlfDelay: Infinity });
  let batch = new Uint32Array(BATCH);
  let n = 0;
  for await (const line of lines) {
    batch[n++] = Number(miner.add(line).slice(1));
    if (n === BATCH) {
      await write(spool, Buffer.from(batch.buffer));
      batch = new Uint32Array(BATCH);
      n = 0;
    }
  }
  if (n > 0) await write(spool, Buffer.from(batch.buffer, 0, n * 4));
  spool.end();
  await once(spool, 'close');
}

async function print(spoolPath: string, miner: Miner, out: NodeJS.WritableStream): Promise<void> {
  const groupIds = new Map<number, string>();
  let line = 0;
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(spoolPath) as AsyncIterable<Buffer>) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    const whole = data.length - (data.length % 4);
    const text: string[] = [];
    for (let at = 0; at < whole; at += 4) {
      const t = data.readUInt32LE(at);
      let g = groupIds.get(t);
      if (g === undefined) groupIds.set(t, (g = miner.groupOf(`t${t}`)));
      text.push(`{"line_id":${++line},"group_id":"${g}"}`);
    }
    rest = data.subarray(whole);
    if (text.length > 0) await write(out, text.join('\n') + '\n');
  }
}

export async function runGroupCommand(inputPath: string, out: NodeJS.WritableStream): Promise<void> {
  try {
    await access(inputPath);
  } catch {
    throw new InputError(`--input ${inputPath}`, 'the file cannot be read', 'pass a readable text file with one log message per line');
  }
  const miner = createTemplateMiner();
  const dir = await mkdtemp(join(tmpdir(), 'log-gardener-group-'));
  try {
    const spool = join(dir, 'templates.u32');
    await learn(inputPath, miner, spool);
    await print(spool, miner, out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
