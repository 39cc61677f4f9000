// Reads what `gcloud logging read --format=json` prints (a JSON array), or NDJSON, from a file
// or standard input.
import { closeSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/** How messages name the input: a path, or standard input for -. */
export const inputName = (path: string): string => (path === '-' ? 'standard input' : path);

/** Bytes read at a time: the entries of a chunk are alive together, so it stays small. */
const CHUNK_BYTES = 65_536;

function item(piece: Piece): SourceItem {
  if (piece.value !== undefined) return { kind: 'entry', position: piece.position, value: piece.value };
  try {
    return { kind: 'entry', position: piece.position, value: JSON.parse(piece.text) as unknown };
  } catch (e) {
    return { kind: 'malformed', position: piece.position, reason: `invalid JSON: ${(e as Error).message}` };
  }
}

/**
 * A file's text, a chunk at a time. Read synchronously: a regular file's read is a copy from the page cache,
 * and a promise per read cost three times the copy (the reader yields to its event loop between chunks).
 */
async function* fileText(path: string): AsyncGenerator<string> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    for (;;) {
      const bytesRead = readSync(fd, buf, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      yield decoder.write(buf.subarray(0, bytesRead));
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

async function* streamText(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  for await (const chunk of stream) yield chunk as string;
}

/** A file source that can also give its items a chunk at a time (the front's thread reads so). */
export interface FileSource extends LogSource {
  chunks(): AsyncGenerator<SourceItem[]>;
}

export function fileSource(path: string, stdin: NodeJS.ReadableStream = process.stdin): FileSource {
  async function* chunks(): AsyncGenerator<SourceItem[]> {
    // The splitter is fed here, chunk by chunk: no generator (and no promise) per entry between the file and us.
    const splitter = new JsonSplitter();
    try {
      for await (const chunk of path === '-' ? streamText(stdin) : fileText(path)) {
        yield splitter.push(chunk).map(item);
        splitter.check();
      }
      yield splitter.end().map(item);
      splitter.check();
    } catch (e) {
      yield [{ kind: 'failure', message: `${inputName(path)}: ${(e as Error).message}` }];
    }
  }
  return {
    kind: 'file',
    path,
    chunks,
    async *read(): AsyncGenerator<SourceItem> {
      for await (const items of chunks()) for (const i of items) yield i;
    },
  };
}
