// `group --input FILE`: one message a line in, one {"line_id","group_id"} object a line out.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createTemplateMiner } from '../group/index.js';

export async function runGroupCommand(inputPath: string, out: NodeJS.WritableStream): Promise<void> {
  const miner = createTemplateMiner();
  const lines = createInterface({ input: createReadStream(inputPath), crlfDelay: Infinity });
  let n = 0;
  let buf: string[] = [];
  for await (const line of lines) {
    n += 1;
    buf.push(`{"line_id":${n},"group_id":${JSON.stringify(miner.add(line))}}`);
    if (buf.length === 8192) {
      out.write(buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length) out.write(buf.join('\n') + '\n');
}
