// Reads what `gcloud logging read --format=json` prints (a JSON array), or NDJSON, from a file
// or standard input.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

export function fileSource(path: string, stdin: NodeJS.ReadableStream = process.stdin): LogSource {
  return {
    kind: 'file',
    path,
    async *read(): AsyncGenerator<SourceItem> {
      const stream = path === '-' ? stdin : createReadStream(path);
      // The splitter is fed here, chunk by chunk: no generator (and no promise) per entry between the file and us.
      const splitter = new JsonSplitter();
      const items = (pieces: Piece[]): SourceItem[] =>
        pieces.map((piece): SourceItem => {
          try {
            return { kind: 'entry', position: piece.position, value: JSON.parse(piece.text) as unknown };
          } catch (e) {
            return { kind: 'malformed', position: piece.position, reason: `invalid JSON: ${(e as Error).message}` };
          }
        });
      try {
        stream.setEncoding('utf8');
        for await (const chunk of stream) {
          for (const item of items(splitter.push(chunk as string))) yield item;
          splitter.check();
        }
        for (const item of items(splitter.end())) yield item;
        splitter.check();
      } catch (e) {
        yield { kind: 'failure', message: `${path === '-' ? 'standard input' : path}: ${(e as Error).message}` };
      }
    },
  };
}
