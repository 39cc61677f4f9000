import { SpaceSaving } from '../../src/group/sketch.js';
import { rng } from './scale-rng.js';

describe('Space-Saving sketch', () => {
  test('exact while there are no more distinct values than counters', () => {
    const s = new SpaceSaving(4);
    for (const v of ['GET', 'POST', 'GET', 'PUT', 'GET', 'POST']) s.add(v);
    expect(s.top(5)).toEqual({
      values: [
        { value: 'GET', count: 3 },
        { value: 'POST', count: 2 },
        { value: 'PUT', count: 1 },
      ],
      error: 0,
      other: 0,
    });
  });

  test('a value above total / capacity is always listed; counts over-count by at most the stated error', () => {
    const capacity = 10;
    const s = new SpaceSaving(capacity);
    const truth = new Map<string, number>();
    const rnd = rng(7);
    for (let i = 0; i < 20_000; i++) {
      // Two heavy hitters over a long tail of 5,000 values.
      const r = rnd();
      const v = r < 0.3 ? 'heavy-a' : r < 0.45 ? 'heavy-b' : `tail-${Math.floor(rnd() * 5000)}`;
      truth.set(v, (truth.get(v) ?? 0) + 1);
      s.add(v);
    }
    const top = s.top(5);
    expect(top.values.slice(0, 2).map((v) => v.value)).toEqual(['heavy-a', 'heavy-b']);
    expect(top.error).toBeLessThanOrEqual(20_000 / capacity);
    for (const { value, count } of top.values) {
      expect(count).toBeGreaterThanOrEqual(truth.get(value)!);
      expect(count - truth.get(value)!).toBeLessThanOrEqual(top.error);
    }
    expect(top.other + top.values.reduce((n, v) => n + v.count, 0)).toBe(20_000);
  });

  test('ties are ordered by value, so output is deterministic', () => {
    const s = new SpaceSaving(3);
    for (const v of ['b', 'a', 'c']) s.add(v);
    expect(s.top(3).values.map((v) => v.value)).toEqual(['a', 'b', 'c']);
  });
});
