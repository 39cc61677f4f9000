import { cell, code, fenced, inline } from '../../src/safety/markdown.js';
import { marker, readMarkers } from '../../src/safety/markers.js';
import { cutText, truncateBody } from '../../src/safety/truncate.js';
import { fencedContent } from './github-eye.js';

const fp = marker('fingerprint', 'v2:3f9a0c1e2b4d5a6c');
const state = marker('state', 'open');

/** Fences in a body, in order, must pair up (CommonMark: same char, closer at least as long). */
function fencesBalanced(body: string): boolean {
  let open: { char: string; n: number } | undefined;
  for (const line of body.split('\n')) {
    const m = /^[\s>]*(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m) continue;
    if (!open) open = { char: m[1][0], n: m[1].length };
    else if (m[1][0] === open.char && m[1].length >= open.n && m[2].trim() === '') open = undefined;
  }
  return open === undefined;
}

describe('truncateBody', () => {
  it('returns a body that fits unchanged', () => {
    expect(truncateBody('short', 100)).toEqual({ body: 'short', cut: false, removedChars: 0 });
  });

  it('cuts at a line boundary, says what was cut, and stays under the limit', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `line ${i} ${inline('@octocat #1')}`).join('\n');
    const r = truncateBody(body, 10_000, { seeAlso: 'Full text in the worklog.' });
    expect(r.cut).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(10_000);
    expect(r.body).toMatch(
      /> \[!NOTE\]\n> Cut [\d,]+ characters \([\d,]+ lines\) from the end to stay under GitHub's limit of 10,000 characters\. Full text in the worklog\.\n$/,
    );
    const shown = r.body.split('\n> [!NOTE]')[0];
    const kept = body.startsWith(shown) ? shown : shown.slice(0, -1);
    expect(body.startsWith(kept)).toBe(true);
    expect(r.removedChars).toBe(body.length - kept.length);
  });

  it('closes a fenced block it cuts into, and carries the markers from the cut part', () => {
    const log = Array.from({ length: 3000 }, (_, i) => `frame ${i} \`\`\`\` ~~~~`).join('\n');
    const body = `## Sample\n\n${fenced(log)}\n\n${fp}\n${state}\n`;
    const r = truncateBody(body, 20_000);
    expect(r.body.length).toBeLessThanOrEqual(20_000);
    expect(fencesBalanced(r.body)).toBe(true);
    expect(readMarkers(r.body).map((m) => m.name)).toEqual(['fingerprint', 'state']);
    const block = r.body.slice(r.body.indexOf('`````'), r.body.indexOf('\n> [!NOTE]'));
    expect(() => fencedContent(block.trimEnd())).not.toThrow();
  });

  it('closes open <details> and tilde fences', () => {
    const body = `<details><summary>more</summary>\n\n${fenced('x\n'.repeat(5000), 'text', { fence: '~' })}\n\n</details>\n${fp}`;
    const r = truncateBody(body, 4000);
    expect(r.body.length).toBeLessThanOrEqual(4000);
    expect(fencesBalanced(r.body)).toBe(true);
    expect(r.body).toMatch(/~~~\n<\/details>\n\n> \[!NOTE\]/);
    expect(readMarkers(r.body)).toHaveLength(1);
  });

  it('cuts a single huge line inside a code block without splitting a surrogate pair', () => {
    const body = fenced('😀'.repeat(40_000)) + '\n' + fp;
    const r = truncateBody(body, 30_000);
    expect(r.body.length).toBeLessThanOrEqual(30_000);
    expect(r.body.length).toBeGreaterThan(25_000);
    expect(r.body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(fencesBalanced(r.body)).toBe(true);
    expect(readMarkers(r.body)).toHaveLength(1);
  });

  it('never splits a marker, an entity or an escape in a huge prose line', () => {
    const line = inline('a & b '.repeat(20_000)) + ' ' + marker('x', 'y') + ' ' + 'tail '.repeat(10_000);
    const at = line.indexOf('<!--');
    const limits = [50_000, ...Array.from({ length: 120 }, (_, i) => at - 200 + i * 5)];
    for (const limit of limits) {
      const r = truncateBody(line, limit);
      expect(r.body.length).toBeLessThanOrEqual(limit);
      const kept = r.body.split('\n> [!NOTE]')[0];
      expect(kept).not.toMatch(/&[#\w]*\n?$/);
      expect(kept).not.toMatch(/<!--(?![\s\S]*-->)/);
      expect(readMarkers(r.body)).toEqual([{ name: 'x', value: 'y' }]);
    }
  });
});

describe('truncateBody on generated bodies', () => {
  // Deterministic pseudo-random bodies built from the helpers, cut at many limits.
  let seed = 6;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pieces = [
    () => `## ${inline('Problem @octocat #' + rand(99))}`,
    () => fenced('frame\n'.repeat(rand(400)) + '`'.repeat(rand(8)) + '\n' + '~'.repeat(rand(8)), rand(2) ? 'text' : 'js', { fence: rand(2) ? '`' : '~' }),
    () => `<details><summary>${inline('samples')}</summary>\n\n${fenced('x '.repeat(rand(3000)))}\n\n</details>`,
    () => `| a | b |\n|---|---|\n| ${cell('x|y '.repeat(rand(50)))} | ${code('`q`')} |`,
    () => marker('fingerprint', `v2:${rand(1e9).toString(16)}`),
    () => inline('word & <tag> '.repeat(rand(2000))),
  ];

  it.each(Array.from({ length: 60 }, (_, i) => i))('body %i', () => {
    const body = Array.from({ length: 3 + rand(12) }, () => pieces[rand(pieces.length)]()).join('\n\n');
    const markers = readMarkers(body);
    const limit = 600 + rand(Math.max(1, body.length));
    const r = truncateBody(body, limit);
    expect(r.body.length).toBeLessThanOrEqual(Math.max(limit, body.length <= limit ? body.length : 0));
    expect(fencesBalanced(r.body)).toBe(true);
    expect((r.body.match(/<details>/g) ?? []).length).toBe((r.body.match(/<\/details>/g) ?? []).length);
    expect(readMarkers(r.body)).toEqual(expect.arrayContaining(markers));
    expect(r.cut).toBe(body.length > limit);
  });
});

describe('cutText, the one line cutter', () => {
  test.each([
    ['short', 10, {}, 'short'],
    ['abcdefghij', 5, {}, 'abcd…'],
    ['a😀😀😀', 3, {}, 'a…'], // never half of a surrogate pair
    ['😀😀😀😀', 3, { codePoints: true }, '😀😀…'],
    ['one two three four', 15, { atWord: true }, 'one two three…'],
    ['trailing   space here', 11, {}, 'trailing…'],
  ] as const)('%j to %i %j -> %j', (text, max, options, expected) => {
    expect(cutText(text, max, options)).toBe(expected);
  });

  test('a cut never leaves a lone surrogate, at any length', () => {
    const text = '😀x😀😀y😀😀😀';
    for (let max = 1; max < text.length; max++) expect(cutText(text, max)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
