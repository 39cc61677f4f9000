import { Reassembler } from '../../src/group/index.js';
import type { LogRecord } from '../../src/types.js';
import { go, java, node, python, pythonChained } from './corpus.js';
import { record } from './record.js';

const BASE = Date.parse('2026-11-27T10:00:00.000Z');

/** One entry per line, 1 ms apart, as Cloud Run prints multi-line stderr. */
function split(text: string, instance: string, start: number): LogRecord[] {
  return text.split('\n').map((line, i) => {
    const timestamp = new Date(BASE + start + i).toISOString();
    return record(line, { timestamp, instance, logName: 'projects/p/logs/run.googleapis.com%2Fstderr' });
  });
}

async function collect(records: LogRecord[]): Promise<LogRecord[]> {
  const joiner = new Reassembler();
  const out: LogRecord[] = [];
  for (const r of records) joiner.push(r, out);
  joiner.end(out);
  return out;
}

describe('reassemble', () => {
  const uncaught = java('place', 7).split('\n').slice(3).join('\n').replace('Caused by: ', 'Exception in thread "main" ');
  const traces = [pythonChained, python('load', 3), node('createOrder', 5), java('place', 7), go('lookup', 9).replace(/\n\n/g, '\n'), uncaught];

  it.each(traces.map((t, i) => [i, t]))('joins trace %i in oldest-first order', async (_i, trace) => {
    const out = await collect([record('starting', { instance: 'a' }), ...split(trace as string, 'a', 10)]);
    expect(out.map((r) => r.message)).toEqual(['starting', trace]);
  });

  it.each(traces.map((t, i) => [i, t]))('joins trace %i in newest-first order (gcloud exports)', async (_i, trace) => {
    const out = await collect(split(trace as string, 'a', 10).reverse());
    expect(out).toHaveLength(1);
    expect(out[0].message).toBe(trace);
    expect(out[0].timestamp).toBe(new Date(BASE + 10).toISOString());
  });

  it('keeps two back-to-back tracebacks apart, in either order', async () => {
    const a = python('load', 3);
    const b = python('save', 4, 'KeyError', "'k'");
    const lines = [...split(a, 'a', 0), ...split(b, 'a', 20)];
    expect((await collect(lines)).map((r) => r.message)).toEqual([a, b]);
    expect((await collect([...lines].reverse())).map((r) => r.message)).toEqual([b, a]);
  });

  it('does not join lines of other instances or far apart in time', async () => {
    const [first, ...rest] = split(python('load', 3), 'a', 0);
    const other = await collect([first, ...rest.map((r) => ({ ...r, instance: 'b' }))]);
    expect(other.length).toBeGreaterThan(1);
    const late = await collect([first, ...rest.map((r) => ({ ...r, time: r.time + 60_000 }))]);
    expect(late.length).toBeGreaterThan(1);
  });

  it('interleaved instances each get their own trace', async () => {
    const a = split(python('load', 3), 'a', 0);
    const b = split(node('createOrder', 5), 'b', 0);
    const mixed: LogRecord[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) mixed.push(...(a[i] ? [a[i]] : []), ...(b[i] ? [b[i]] : []));
    const out = await collect(mixed);
    expect(out.map((r) => r.message).sort()).toEqual([python('load', 3), node('createOrder', 5)].sort());
  });

  it('a Go method frame joins, a plain call-like line does not start a trace', async () => {
    const trace = ['panic: boom', 'goroutine 7 [running]:', 'main.(*Server).handle(0xc000010000, 0x1)', '\t/app/server.go:42 +0x1d'].join('\n');
    expect((await collect(split(trace, 'a', 0).reverse())).map((r) => r.message)).toEqual([trace]);
    const calls = [record('app.start()', { instance: 'a' }), record('app.ready()', { instance: 'a' })];
    expect(await collect(calls)).toEqual(calls);
  });

  it('passes plain and already multi-line records through', async () => {
    const plain = [record('hello'), record(python('load', 1)), record('bye')];
    expect(await collect(plain)).toEqual(plain);
  });
});

describe('reassemble, keys and order', () => {
  it('puts the lines of a block in time order when they arrive out of it', async () => {
    const trace = python('load', 3);
    const lines = split(trace, 'a', 0);
    // Two lines logged 1 ms apart arrive swapped (a collector that batches per ms).
    [lines[2], lines[3]] = [lines[3], lines[2]];
    expect((await collect(lines)).map((r) => r.message)).toEqual([trace]);
  });

  it('joins traces of streams past the keys it remembers', async () => {
    const streams = 5_000;
    const plain = Array.from({ length: streams }, (_, i) => record(`ready ${i}`, { instance: `i-${i}`, timestamp: new Date(BASE + i * 2000).toISOString() }));
    const trace = node('createOrder', 5);
    const late = split(trace, `i-${streams - 1}`, streams * 2000);
    const out = await collect([...plain, ...late]);
    expect(out).toHaveLength(streams + 1);
    expect(out[out.length - 1].message).toBe(trace);
  });
});
