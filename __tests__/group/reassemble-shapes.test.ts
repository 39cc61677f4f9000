import { Reassembler } from '../../src/group/index.js';
import { createSigner } from '../../src/group/signer.js';
import type { LogRecord } from '../../src/types.js';
import { python, pythonChained } from './corpus.js';
import { record } from './record.js';
import { goNil, javaUncaught, nodeCause, nodeGrpc, nodeTypeError, nodeUncaught } from './trace-shapes.js';

const BASE = Date.parse('2026-11-27T10:00:00.000Z');
const STDERR = 'projects/p/logs/run.googleapis.com%2Fstderr';

/** One entry per line, without a severity, as Cloud Run stores unstructured stderr. */
function split(text: string, start: number, instance = 'a', step = 0.2): LogRecord[] {
  return text.split('\n').map((line, i) => {
    const time = BASE + start + Math.floor(i * step);
    return record(line, { timestamp: new Date(time).toISOString(), time: BASE + start + i * step, instance, logName: STDERR, severity: 'DEFAULT' });
  });
}

async function run(records: LogRecord[], onJoin?: (n: number) => void): Promise<LogRecord[]> {
  const joiner = new Reassembler({ onJoin });
  const out: LogRecord[] = [];
  for (const r of records) joiner.push(r, out);
  joiner.end(out);
  return out;
}

const both = async (records: LogRecord[]) => [await run(records), (await run([...records].reverse())).reverse()];

describe('reassemble: every runtime trace shape, one record per occurrence', () => {
  const shapes: [string, string][] = [
    ['Node gRPC/Firestore (for call at, Caused by: Error, properties)', nodeGrpc()],
    ['Node [cause]', nodeCause],
    ['Node uncaught (preamble and version trailer)', nodeUncaught],
    ['Node bare TypeError', nodeTypeError()],
    ['Java Exception in thread / Caused by / ... N more', javaUncaught],
    ['Go panic / goroutine', goNil],
    ['Python chained', pythonChained],
  ];

  it.each(shapes)('%s joins whole in either order, between plain lines', async (_name, trace) => {
    const lines = [record('before', { instance: 'a', logName: STDERR, severity: 'DEFAULT', timestamp: new Date(BASE).toISOString() }), ...split(trace, 5)];
    lines.push(record('after', { instance: 'a', logName: STDERR, severity: 'DEFAULT', time: BASE + 30, timestamp: new Date(BASE + 30).toISOString() }));
    for (const out of await both(lines)) {
      expect(out.map((r) => r.message)).toEqual(['before', trace, 'after']);
    }
  });

  it('the same TypeError thrown 5 times 150 ms apart on one instance counts 5', async () => {
    const lines = [0, 150, 300, 450, 600].flatMap((t) => split(nodeTypeError(), t));
    for (const out of await both(lines)) expect(out.map((r) => r.message)).toEqual(Array(5).fill(nodeTypeError()));
  });

  it('two different errors 1 ms apart both survive', async () => {
    const a = split(nodeTypeError(), 0, 'a', 0);
    const b = split(nodeGrpc(), 1, 'a', 0);
    for (const out of await both([...a, ...b])) expect(out.map((r) => r.message)).toEqual([nodeTypeError(), nodeGrpc()]);
    const c = split(javaUncaught, 0, 'a', 0);
    const d = split(python('load', 3), 1, 'a', 0);
    for (const out of await both([...c, ...d])) expect(out.map((r) => r.message)).toEqual([javaUncaught, python('load', 3)]);
  });

  it('Python traces whose exception is no *Error type end at their exception line', async () => {
    const trace = python('fetch', 3, 'requests.exceptions.ReadTimeout', 'read timed out');
    const lines = [
      ...split(trace, 0),
      record('next request', { instance: 'a', logName: STDERR, severity: 'DEFAULT', time: BASE + 10, timestamp: new Date(BASE + 10).toISOString() }),
    ];
    for (const out of await both(lines)) expect(out.map((r) => r.message)).toEqual([trace, 'next request']);
  });

  it('a bare Error: line without frames stays a plain line', async () => {
    const lines = split('Error: config not found, using defaults\nlistening on 8080', 0);
    for (const out of await both(lines)) expect(out.map((r) => r.message)).toEqual(['Error: config not found, using defaults', 'listening on 8080']);
  });

  it('reports how many lines each joined record was made of', async () => {
    const joined: number[] = [];
    await run([...split(nodeTypeError(), 0), ...split(goNil, 100)], (n) => joined.push(n));
    expect(joined).toEqual([3, goNil.split('\n').length]);
  });

  it('holds a bounded number of blocks: many instances at once still lose no line', async () => {
    const lines: LogRecord[] = [];
    for (let i = 0; i < 600; i += 1) lines.push(...split(nodeTypeError(), 0, `i${i}`, 0));
    const out = await run(lines);
    expect(out.reduce((n, r) => n + r.message.split('\n').length, 0)).toBe(lines.length);
    expect(out.filter((r) => r.message === nodeTypeError()).length).toBeGreaterThan(500);
  });

  it('signs reassembled Node traces by their exception and in-app frames, not the gRPC plumbing', async () => {
    const signer = createSigner();
    const [a] = await run(split(nodeGrpc('users/abc'), 0));
    const [b] = await run(split(nodeGrpc('orders/xyz'), 0));
    const sa = signer.sign(a);
    expect(sa.kind).toBe('stack');
    expect(sa.title).toMatch(/^Error: .*NOT_FOUND: No document to update/);
    expect(sa.detail).toContain('src/profile.js:updateProfile');
    expect(signer.sign(b).fingerprint).toBe(sa.fingerprint);
  });
});
