import { shortFile } from '../../src/group/stack.js';

/** The definition: the last two segments, split at either slash. */
const spec = (path: string): string => path.split(/[/\\]/).slice(-2).join('/');

describe('shortFile', () => {
  test('is the last two segments, split at either slash, on every kind of path', () => {
    const parts = ['', 'a', 'app', 'site-packages', 'x.py', 'C:', '..', 'node_modules'];
    const seps = ['/', '\\'];
    const paths: string[] = [];
    // Every path of up to four segments from these parts and separators, empty segments included.
    const build = (prefix: string, depth: number): void => {
      paths.push(prefix);
      if (depth === 4) return;
      for (const p of parts) for (const s of seps) build(`${prefix}${s}${p}`, depth + 1);
    };
    for (const p of parts) build(p, 1);
    expect(paths.length).toBeGreaterThan(10_000);
    const wrong = paths.filter((p) => shortFile(p) !== spec(p));
    expect(wrong).toEqual([]);
  });
});
