// A JSON array and NDJSON of the same entries split into the same pieces, wherever the chunks end.
import { splitJson, type Piece } from '../../src/collect/json-stream.js';
import { rng } from '../group/scale-rng.js';

async function pieces(text: string, cut: () => number): Promise<Piece[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length;) {
    const n = 1 + Math.floor(cut() * 40);
    chunks.push(text.slice(i, i + n));
    i += n;
  }
  const out: Piece[] = [];
  for await (const p of splitJson(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(p);
  return out;
}

const entries = [
  { a: 'plain' },
  { a: 'quote " and escaped \\" and backslash \\\\', b: [1, 2, { c: ']' }] },
  { a: 'brackets ] } [ { , inside', n: null, t: true },
  { a: 'unicode \u00e9 \u2028 and \\u0022 written out', deep: { x: [[[]]], y: {} } },
  { a: '\\', b: '\\\\"' },
];

test.each([1, 2, 3, 4, 5])('seed %i: the same pieces from an array and from NDJSON, any chunking', async (seed) => {
  const rnd = rng(seed);
  const array = `[\n${entries.map((e) => JSON.stringify(e, null, seed % 2 ? 2 : 0)).join(',\n')}\n]\n`;
  const lines = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
  const fromArray = (await pieces(array, rnd)).map((p) => JSON.parse(p.text));
  const fromLines = (await pieces(lines, rnd)).map((p) => JSON.parse(p.text));
  expect(fromArray).toEqual(entries);
  expect(fromLines).toEqual(entries);
});

test('text after the closing bracket and an unclosed array are errors', async () => {
  await expect(pieces('[{"a":1}] x', () => 0.5)).rejects.toThrow(/after the closing/);
  await expect(pieces('[{"a":1},{"b":"]', () => 0.5)).rejects.toThrow(/not closed/);
});
