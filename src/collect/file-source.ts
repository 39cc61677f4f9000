// Reads what `gcloud logging read --format=json` prints (a JSON array), or NDJSON, from a file
// or standard input.
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { LogSource, SourceItem } from './source.js';
import { JsonSplitter, type Piece } from './json-stream.js';
import { InputError } from '../errors.js';

export async function checkReadable(path: string, inputName: string): Promise<void> {
  if (path === '-') return;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(inputName, `${path} is not a file`, 'point it at a file written by `gcloud logging read --format=json`');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(inputName, `cannot read ${path}`, 'check the path; export logs with `gcloud logging read --format=json > logs.json`');
  }
}

/** Bytes read at a time: the entries of a chunk are alive together, so it stays small. */
const CHUNK_BYTES = 65_536;

function item(piece: Piece): SourceItem {
  try {
    return { kind: 'entry', position: piece.position, value: JSON.parse(piece.text) as unknown };
  } catch (e) {
    return { kind: 'malformed', position: piece.position, reason: `invalid JSON: ${(e as Error).message}` };
  }
}

/** A file's text, a chunk at a time, read directly (a stream costs more per chunk); the next chunk is
 * read while this one is used. */
async function* fileText(path: string): AsyncGenerator<string> {
  const file = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  let next = file.read(buffers[0], 0, CHUNK_BYTES, null);
  try {
    const decoder = new StringDecoder('utf8');
    for (let k = 1; ; k ^= 1) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) break;
      next = file.read(buffers[k], 0, CHUNK_BYTES, null);
      yield decoder.write(buffer.subarray(0, bytesRead));
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    // A read still under way must end before the file closes.
    await next.catch(() => {});
    await file.close();
  }
}

async function* streamText(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  for await (const chunk of stream) yield chunk as string;
}

export function fileSource(path: string, stdin: NodeJS.ReadableStream = process.stdin): LogSource {
  return {
    kind: 'file',
    path,
    async *read(): AsyncGenerator<SourceItem> {
      // The splitter is fed here, chunk by chunk: no generator (and no promise) per entry between the file and us.
      const splitter = new JsonSplitter();
      try {
        for await (const chunk of path === '-' ? streamText(stdin) : fileText(path)) {
          for (const piece of splitter.push(chunk)) yield item(piece);
          splitter.check();
        }
        for (const piece of splitter.end()) yield item(piece);
        splitter.check();
      } catch (e) {
        yield { kind: 'failure', message: `${path === '-' ? 'standard input' : path}: ${(e as Error).message}` };
      }
    },
  };
}
