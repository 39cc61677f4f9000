// A JSON array and NDJSON of the same entries split into the same pieces, wherever the chunks end.
import { splitJson, type Piece } from '../../src/collect/json-stream.js';
import { rng } from '../group/scale-rng.js';

/** The pieces of `text` fed in chunks of 1 to `most` characters (the whole text when cut() is 1). */
async function pieces(text: string, cut: () => number, most = 40): Promise<Piece[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length;) {
    const r = cut();
    const n = r >= 1 ? text.length : 1 + Math.floor(r * most);
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

test('elements alone on their lines are the pieces the character scan finds, whatever the chunks and the mix', async () => {
  const rnd = rng(7);
  const lines: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    const e = entries[i % entries.length];
    const k = Math.floor(rnd() * 11);
    if (k === 0)
      lines.push(`  ${JSON.stringify(e, null, 2).replace(/\n/g, '\n  ')},`); // pretty-printed, as gcloud
    else if (k === 8)
      lines.push(`\t${JSON.stringify(e, null, '\t').replace(/\n/g, '\n\t')},`); // tabs
    else if (k === 9)
      lines.push(
        `    ${JSON.stringify(e, null, 4)
          .replace(/\n/g, '\n    ')
          .replace(/\n {4}\}$/, '\n}')},`,
      ); // brace out of line
    else if (k === 10)
      lines.push(`  ${JSON.stringify(e, null, 2).replace(/\n/g, '\r\n  ')},\r`); // CRLF
    else if (k === 1)
      lines.push(`${JSON.stringify(e)}, ${JSON.stringify(e)},`); // two on a line
    else if (k === 2)
      lines.push(`{"broken": tru},`); // one that does not parse
    else if (k === 3)
      lines.push(`\t${JSON.stringify(e)},\r`); // CRLF and a tab
    else if (k === 4)
      lines.push(`${JSON.stringify(e)} ,`); // a space before the comma
    else lines.push(`${JSON.stringify(e)},`);
  }
  const text = `[\n${lines.join('\n')}\n{"last": true}\n]\n`;
  const gcloud = `${JSON.stringify([...entries, ...entries], null, 2)}\n`;
  // One character at a time no line is ever whole in a chunk: the character scan alone.
  const reference = (await pieces(text, () => 0)).map(({ position, text: t }) => ({ position, text: t }));
  expect(reference.length).toBeGreaterThan(300);
  for (const cut of [() => 1, rng(8), () => 0.99]) {
    const got = await pieces(text, cut, 4000);
    expect(got.map(({ position, text: t }) => ({ position, text: t }))).toEqual(reference);
    for (const p of got) if (p.value !== undefined) expect(p.value).toEqual(JSON.parse(p.text));
    expect(got.some((p) => p.value !== undefined)).toBe(true);
  }
  const whole = await pieces(gcloud, () => 1);
  expect(whole.map(({ position, text: t }) => ({ position, text: t }))).toEqual(
    (await pieces(gcloud, () => 0)).map(({ position, text: t }) => ({ position, text: t })),
  );
  expect(whole.filter((p) => p.value !== undefined)).toHaveLength(entries.length * 2 - 1);
});

test('elements that share a line (an array written by JSON.stringify, or with ", ") are the pieces the character scan finds', async () => {
  const tricky = [...entries, { a: 'ends like one: },{ and }, {', list: [{ x: 1 }, { y: [{ z: 2 }, {}] }] }, { nested: [{}, {}, {}, {}, {}, {}], tail: '},' }];
  const rnd = rng(11);
  const many = Array.from({ length: 200 }, () => tricky[Math.floor(rnd() * tricky.length)]);
  const python = `[${many.map((e) => JSON.stringify(e).replace(/,"/g, ', "').replace(/":/g, '": ')).join(', ')}]`;
  for (const text of [JSON.stringify(many), python, `[${many.map((e) => JSON.stringify(e)).join(' ,')}]`]) {
    const reference = (await pieces(text, () => 0)).map(({ position, text: t }) => ({ position, text: t }));
    expect(reference).toHaveLength(many.length);
    for (const cut of [() => 1, rng(12), () => 0.99]) {
      const got = await pieces(text, cut, 4000);
      expect(got.map(({ position, text: t }) => ({ position, text: t }))).toEqual(reference);
      for (const p of got) if (p.value !== undefined) expect(p.value).toEqual(JSON.parse(p.text));
    }
  }
  // Written by JSON.stringify, each element but the last is cut by its `},{` when the chunk holds it...
  const plain = Array.from({ length: 200 }, (_, i) => entries[i % entries.length]);
  const fast = (await pieces(JSON.stringify(plain), () => 1)).filter((p) => p.value !== undefined);
  expect(fast).toHaveLength(plain.length - 1);
  // ...but where elements hold arrays of objects (`},{` inside) and need more than two tries each, the scan
  // takes over after 64.
  const nested = Array.from({ length: 200 }, () => tricky[tricky.length - 1]);
  const scanned = (await pieces(JSON.stringify(nested), () => 1)).filter((p) => p.value === undefined);
  expect(scanned.length).toBeGreaterThan(180);
});
