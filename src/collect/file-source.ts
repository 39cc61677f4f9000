// Reads what `gcloud logging read --format=json` prints (a JSON array), or NDJSON, from a file
// or standard input.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { LogSource, SourceItem } from './source.js';
import { splitJson } from './json-stream.js';
import { InputError } from '../errors.js';

async function* decode(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  for await (const chunk of stream) yield chunk as string;
}

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
      try {
        for await (const piece of splitJson(decode(stream))) {
          let value: unknown;
          try {
            value = JSON.parse(piece.text);
          } catch (e) {
            yield { kind: 'malformed', position: piece.position, reason: `invalid JSON: ${(e as Error).message}` };
            continue;
          }
          yield { kind: 'entry', position: piece.position, value };
        }
      } catch (e) {
        yield { kind: 'failure', message: `${path === '-' ? 'standard input' : path}: ${(e as Error).message}` };
      }
    },
  };
}
