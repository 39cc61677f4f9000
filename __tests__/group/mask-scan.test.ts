// The hand-written key=value and path scans give what their regular expressions give, on text made
// of the characters that decide a match (spaces of every kind, quotes, slashes, dots, =, ~).
import { MASK_RULES, VAR } from '../../src/group/mask.js';
import { isSpace, maskKeyValues, maskPaths } from '../../src/group/mask-scan.js';

const rule = (name: string) => {
  const r = MASK_RULES.find((x) => x.name === name)!;
  return (text: string) => text.replace(new RegExp(r.source, r.flags), r.replacement);
};

/** A small deterministic generator (xorshift), so a failure is reproducible. */
function texts(count: number, seed: number): string[] {
  let x = seed;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
  const pieces = [
    ' ',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u3000',
    '=',
    '==',
    '/',
    '//',
    '~',
    '.',
    '..',
    '"',
    "'",
    'a',
    'key',
    'Id_9',
    '-',
    '_',
    ':',
    '<*>',
    'x=1',
    '/var/log',
    '../a/b',
    'é',
  ];
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

it("isSpace is JavaScript's \\s", () => {
  const differ: number[] = [];
  for (let c = 0; c < 0x10000; c += 1) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
  expect(differ).toEqual([]);
});

it('uses the same VAR as mask.ts', () => {
  expect(maskPaths('/a/b')).toBe(VAR);
});

it.each([
  ['key-value', maskKeyValues],
  ['path', maskPaths],
] as const)('%s: the scan equals the regular expression on 20,000 generated texts', (name, scan) => {
  const regex = rule(name);
  const differ = texts(20_000, name.length * 7919).filter((t) => scan(t) !== regex(t));
  expect(differ.slice(0, 3).map((t) => [t, scan(t), regex(t)])).toEqual([]);
});

it.each([
  ['a=1 b="x y" c=\'q\' d= e=f=g', 'a=<*> b=<*> c=<*> d= e=<*>'],
  ['=x k=v (p=q) =', '=x k=<*> (p=q) ='],
  ['load /etc/a/b ./x/y ../z/w ~/u/v .../no/t /one a/b/c', 'load <*> <*> <*> <*> .../no/t /one a/b/c'],
])('%j', (text, masked) => {
  expect(maskPaths(maskKeyValues(text))).toBe(masked);
});
