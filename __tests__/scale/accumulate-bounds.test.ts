// Memory per group is bounded whatever the records hold, and what a group shows of log text is inert.
import { GroupAccumulator, MAX_KEYS, SKETCH_CAPACITY } from '../../src/group/accumulate.js';
import { createSigner } from '../../src/group/index.js';
import { distributionLines } from '../../src/render/distributions.js';
import type { LogRecord } from '../../src/types.js';
import { record } from '../group/record.js';
import { rng } from '../group/scale-rng.js';
import { activeReferences, visibleText } from '../safety/github-eye.js';

function feed(records: LogRecord[]) {
  const acc = new GroupAccumulator();
  const signer = createSigner();
  for (const r of records) {
    acc.observe(r);
    acc.add(r, signer.sign(r));
  }
  return acc.result();
}

test('counters stop at MAX_KEYS keys, sketches at their capacity; distinct ids stop being counted', () => {
  const rnd = rng(3);
  const records = Array.from({ length: 5000 }, (_, i) =>
    record(`Upload failed for object o${Math.floor(rnd() * 1e9)} after retry ${i % 3}`, {
      instance: `instance-${i}`,
      http: { method: 'PUT', path: `/v1/objects/${i}`, status: 503, userAgent: `agent/${i}` },
      labels: Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`label${k}`, `v${i % 4}`])),
    }),
  );
  const [g] = feed(records);
  expect(g.count).toBe(5000);
  expect(Object.keys(g.instances)).toHaveLength(MAX_KEYS);
  const fields = (g.distributions ?? []).map((d) => d.field);
  // At most 6 label fields; the object id never repeats, so it is not shown; the retry count is.
  expect(fields.filter((f) => f.startsWith('label '))).toHaveLength(6);
  expect(fields).toContain('retry');
  expect(fields).not.toContain('object');
  for (const d of g.distributions ?? []) {
    expect(d.values.length).toBeLessThanOrEqual(5);
    expect(d.error).toBeLessThanOrEqual(g.count / SKETCH_CAPACITY);
  }
  const retry = g.distributions!.find((d) => d.field === 'retry')!;
  expect(retry.values).toEqual([0, 1, 2].map((n) => ({ value: String(n), count: n === 0 ? 1667 : 1667 - (n === 2 ? 1 : 0) })));
});

test('long messages are cut and held apart from the text they came from', () => {
  const huge = 'x'.repeat(200_000);
  const [g] = feed([record(`Boom ${huge}`), record(`Boom ${huge}y`)]);
  expect(g.samples.every((s) => s.length <= 4000)).toBe(true);
  expect(g.exemplar.message.length).toBeLessThanOrEqual(8000);
});

test('distribution values and field names from the log stay inert in markdown', () => {
  const hostile = ['@octocat please look', '`code` --> <!-- x', 'fixes #12 ](javascript:alert(1))', '| pipe | cell |'];
  const [g] = feed(
    hostile.flatMap((v) => [
      record('Fatal in handler', { labels: { '@owner **bold**': v } }),
      record('Fatal in handler', { labels: { '@owner **bold**': v } }),
    ]),
  );
  const text = distributionLines(g).join('\n');
  expect(text).not.toContain('<!--');
  expect(text).not.toMatch(/(?<![`\w])@octocat/);
  expect(text).not.toMatch(/(?<!\\)\*\*bold/);
  expect(activeReferences(visibleText(text))).toEqual([]);
  // All four values are listed, each counted twice, on the one line.
  expect(text.split('\n')).toHaveLength(1);
  expect(text.match(/ 2(?:,|$)/g)).toHaveLength(4);
});

test('groups settle once: their counting state is let go, a second call gives the same groups, a late record is refused', () => {
  const acc = new GroupAccumulator();
  const signer = createSigner();
  const records = Array.from({ length: 20 }, (_, i) => record(`Timeout after ${i % 2 ? 30 : 60} s on shard ${i % 3}`, { instance: `i-${i % 4}` }));
  for (const r of records) acc.add(r, signer.sign(r));
  const first = acc.result();
  expect(first[0].distributions?.map((d) => d.field)).toEqual(expect.arrayContaining(['instance']));
  expect(acc.result()).toBe(first);
  expect(() => acc.add(records[0], signer.sign(records[0]))).toThrow(/after the groups were settled/);
});
