import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileSource } from '../../src/collect/file-source.js';
import type { SourceItem } from '../../src/collect/source.js';
import { splitJson } from '../../src/collect/json-stream.js';

async function items(path: string, stdin?: NodeJS.ReadableStream): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of fileSource(path, stdin).read()) out.push(i);
  return out;
}

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lg-src-'));
  const p = join(dir, 'logs.json');
  writeFileSync(p, text);
  return p;
}

async function* chunks(parts: string[]) {
  yield* parts;
}

describe('file source', () => {
  test('reads a pretty-printed JSON array', async () => {
    const got = await items(file(JSON.stringify([{ a: 1 }, { b: '[,]"' }], null, 2)));
    expect(got).toEqual([
      { kind: 'entry', position: 1, value: { a: 1 } },
      { kind: 'entry', position: 2, value: { b: '[,]"' } },
    ]);
  });

  test('reads NDJSON and reports a bad line by its number', async () => {
    const got = await items(file('{"a":1}\nnot json\n\n{"c":3}\n'));
    expect(got.map((i) => i.kind)).toEqual(['entry', 'malformed', 'entry']);
    expect(got[1]).toMatchObject({ position: 2, reason: expect.stringMatching(/invalid JSON/) });
    expect(got[2]).toMatchObject({ position: 4 });
  });

  test('a bad element of an array is reported with its position; the rest go on', async () => {
    const got = await items(file('[{"a":1}, {oops}, {"c":3}]'));
    expect(got.map((i) => [i.kind, 'position' in i ? i.position : 0])).toEqual([
      ['entry', 1],
      ['malformed', 2],
      ['entry', 3],
    ]);
  });

  test('an array cut short keeps what came before and says so', async () => {
    const got = await items(file('[{"a":1}, {"b":2'));
    expect(got[0]).toMatchObject({ kind: 'entry', position: 1 });
    expect(got.at(-1)).toMatchObject({ kind: 'failure', message: expect.stringMatching(/not closed/) });
  });

  test('reads standard input when the path is -', async () => {
    const got = await items('-', Readable.from(['[{"x":', '1}]']));
    expect(got).toEqual([{ kind: 'entry', position: 1, value: { x: 1 } }]);
  });

  test('splits across chunk boundaries, strings with brackets and escapes', async () => {
    const parts: string[] = [];
    for await (const p of splitJson(chunks(['[ {"m":"a\\"]', ',b"}', ' , {"n":[1,', '2]} ]']))) parts.push(p.text);
    expect(parts.map((p) => JSON.parse(p))).toEqual([{ m: 'a"],b' }, { n: [1, 2] }]);
  });

  test('an empty array yields nothing', async () => {
    expect(await items(file('[]'))).toEqual([]);
    expect(await items(file('  [ \n ] \n'))).toEqual([]);
  });
});
