// The front on another thread gives the records, in order, and the tally the run would have made
// itself: over a real MessageChannel, whichever side redacts, with secrets, split traces, malformed
// and out-of-scope lines; and it ends cleanly when either side stops.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import YAML from 'yaml';
import type { LogRecord } from '../src/types.js';
import { readSettings } from '../src/inputs.js';
import { fileScope } from '../src/file-scope.js';
import { fileSource } from '../src/collect/file-source.js';
import { localFront, type Front } from '../src/collect/front.js';
import { MAX_AHEAD, remoteFront, serveFront } from '../src/front-thread.js';
import { normalizeEntry } from '../src/collect/normalize.js';
import { RecordDecoder, RecordEncoder } from '../src/collect/record-codec.js';
import { createRedactor, type RedactionOptions } from '../src/safety/redact.js';
import { rawEntry } from './helpers/entries.js';

const action = YAML.parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string }> };
const NOW = new Date('2025-09-12T00:00:00Z');
const REDACTION: RedactionOptions = { emails: true, ips: true, extraPatterns: [], extraPatternsInput: 'test' };
const SECRET = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';

function settingsFor(path: string, given: Record<string, string> = {}) {
  const inputs: Record<string, string> = { input: path, ...given };
  return readSettings((name) => inputs[name] ?? action.inputs[name]?.default ?? '');
}

/** An export of `n` entries of every shape, with secrets, traces, requests and a few bad lines. */
function writeExport(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = new Date(Date.UTC(2025, 8, 11, 10, 0, 0, i * 7)).toISOString();
    const instance = `inst-${i % 7}`;
    if (i % 97 === 5) lines.push('{"not json');
    if (i % 50 === 0) {
      // A Node trace split one line an entry.
      for (const [k, text] of ['TypeError: x is undefined', '    at f (/app/a.js:1:2)', '    at g (/app/b.js:3:4)'].entries())
        lines.push(JSON.stringify(rawEntry({ t: new Date(Date.parse(t) + k).toISOString(), instance, text })));
      continue;
    }
    const shape = i % 5;
    const entry =
      shape === 0
        ? rawEntry({ t, instance, severity: 'ERROR', text: `login failed for bob@example.com token=${SECRET} from 10.1.2.${i % 250}` })
        : shape === 1
          ? rawEntry({ t, instance, severity: 'WARNING', json: { message: `slow query ${i} ms`, logger: 'db' } })
          : shape === 2
            ? rawEntry({
                t,
                instance,
                log: 'requests',
                severity: 'ERROR',
                http: { requestMethod: 'GET', requestUrl: `https://x.run.app/v1/items/${i}`, status: 503 },
              })
            : shape === 3
              ? rawEntry({ t, instance, severity: 'ERROR', service: 'other', text: 'out of scope' })
              : rawEntry({
                  t,
                  instance: `${SECRET}-${i}`,
                  severity: 'CRITICAL',
                  text: `boom ${i}`,
                  extra: { labels: { instanceId: instance, api_key: SECRET } },
                });
    lines.push(JSON.stringify(entry));
  }
  const dir = mkdtempSync(join(tmpdir(), 'lg-front-'));
  const path = join(dir, 'logs.ndjson');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function drain(front: Front): Promise<{ records: LogRecord[]; tally: ReturnType<Front['tally']> }> {
  const records: LogRecord[] = [];
  for await (const batch of front.batches) records.push(...batch);
  return { records, tally: front.tally() };
}

function local(path: string, given: Record<string, string> = {}) {
  const settings = settingsFor(path, given);
  return drain(localFront(fileSource(path).read(), { redactor: createRedactor(REDACTION), inScope: fileScope(settings, NOW).inScope }));
}

function remote(path: string, given: Record<string, string> = {}, serve: Parameters<typeof serveFront>[1] = {}) {
  const { port1, port2 } = new MessageChannel();
  const stopAll = serveFront(port2, serve);
  const front = remoteFront(port1, { settings: settingsFor(path, given), now: NOW, redaction: REDACTION }, createRedactor(REDACTION), {
    close: () => {
      stopAll();
      port1.close();
    },
  });
  return drain(front);
}

describe('the front on another thread', () => {
  const path = writeExport(1_050);
  const scoped = { service: 'api', window: '2d' };

  test.each([
    ['the front redacts every batch', { runRedactsBelow: 0 }],
    ['the run redacts every batch', { runRedactsBelow: Infinity }],
    ['they share it', {}],
  ])('gives what the run would have read itself: %s', async (_, serve) => {
    const mine = await local(path, scoped);
    const theirs = await remote(path, scoped, serve);
    expect(theirs.tally).toEqual(mine.tally);
    expect(theirs.records).toHaveLength(mine.records.length);
    // Field for field and in the same key order: the report prints the same.
    expect(theirs.records.map((r) => JSON.stringify(r))).toEqual(mine.records.map((r) => JSON.stringify(r)));
    expect(JSON.stringify(theirs.records)).not.toContain(SECRET);
    expect(JSON.stringify(theirs.records)).not.toContain('bob@example.com');
    expect(mine.tally.outOfRange).toBeGreaterThan(0);
    expect(mine.tally.malformed.length).toBeGreaterThan(0);
  });

  test('the serving side says when a front is over: read to its end, or failed', async () => {
    const ends: string[] = [];
    await remote(path, scoped, { onEnd: () => ends.push('read') });
    await remote(join(mkdtempSync(join(tmpdir(), 'lg-front-')), 'gone.json'), {}, { onEnd: () => ends.push('failed') });
    expect(ends).toEqual(['read', 'failed']);
  });

  test('a file that cannot be read is a failure in the tally, as on the run thread', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'lg-front-')), 'gone.json');
    const theirs = await remote(missing);
    expect(theirs.records).toEqual([]);
    expect(theirs.tally.failures).toEqual((await local(missing)).tally.failures);
    expect(theirs.tally.failures[0]).toMatch(/gone\.json/);
  });

  test('the run stopping early stops the front', async () => {
    const { port1, port2 } = new MessageChannel();
    const stopAll = serveFront(port2);
    const sent: unknown[] = [];
    const post = port1.postMessage.bind(port1);
    port1.postMessage = (m: unknown) => {
      sent.push(m);
      post(m);
    };
    let closed = false;
    const front = remoteFront(port1, { settings: settingsFor(path), now: NOW, redaction: REDACTION }, createRedactor(REDACTION), {
      close: () => (closed = true),
    });
    for await (const batch of front.batches) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    expect(closed).toBe(true);
    expect(sent.some((m) => (m as { frontStop?: unknown }).frontStop)).toBe(true);
    stopAll();
    port1.close();
  });

  test('the front stays at most MAX_AHEAD batches ahead of a run that does not take them', async () => {
    const big = writeExport(12_000);
    const { port1, port2 } = new MessageChannel();
    const stopAll = serveFront(port2, { runRedactsBelow: 0 });
    let received = 0;
    let taken = 0;
    let most = 0;
    let ended = false;
    try {
      port1.on('message', (m: { frontBatch?: unknown; frontEnd?: unknown }) => {
        if (m.frontBatch) most = Math.max(most, ++received - taken);
        if (m.frontEnd) ended = true;
      });
      port1.postMessage({ front: { id: 1, settings: settingsFor(big), now: NOW, redaction: REDACTION } });
      // Take nothing until the front has sent its fill and many turns passed, then all it sent; again.
      while (!ended) {
        for (let turn = 0; turn < 200 && !ended; turn += 1) await new Promise((r) => setImmediate(r));
        if (received - taken === MAX_AHEAD || ended) {
          for (; taken < received; taken += 1) port1.postMessage({ frontAck: { id: 1 } });
        }
      }
      expect(most).toBe(MAX_AHEAD);
      expect(received).toBeGreaterThan(MAX_AHEAD);
    } finally {
      // A failed expectation must not leave the ports open (jest would not exit).
      stopAll();
      port1.close();
    }
  });

  test('with large entries fewer batches go ahead: the characters waiting are bounded too', async () => {
    const { port1, port2 } = new MessageChannel();
    // Each batch of 100 holds more than the bound: one at a time, and still every one.
    const stopAll = serveFront(port2, { runRedactsBelow: 0, maxAheadChars: 1_000 });
    let received = 0;
    let taken = 0;
    let most = 0;
    let ended = false;
    try {
      port1.on('message', (m: { frontBatch?: unknown; frontEnd?: unknown }) => {
        if (m.frontBatch) most = Math.max(most, ++received - taken);
        if (m.frontEnd) ended = true;
      });
      port1.postMessage({ front: { id: 2, settings: settingsFor(path), now: NOW, redaction: REDACTION } });
      while (!ended) {
        for (let turn = 0; turn < 200 && !ended; turn += 1) await new Promise((r) => setImmediate(r));
        for (; taken < received; taken += 1) port1.postMessage({ frontAck: { id: 2 } });
      }
      expect(most).toBe(1);
      expect(received).toBe(Math.ceil((await local(path)).records.length / 100));
    } finally {
      // A failed expectation must not leave the ports open (jest would not exit).
      stopAll();
      port1.close();
    }
  });

  test('with a few large batches waiting, the front still redacts: characters count as queue too', async () => {
    const { port1, port2 } = new MessageChannel();
    // About three batches fit the bound, fewer than the four queued below which the run redacts itself.
    const stopAll = serveFront(port2, { maxAheadChars: 5_000 });
    let received = 0;
    let taken = 0;
    let most = 0;
    let byFront = 0;
    let ended = false;
    try {
      port1.on('message', (m: { frontBatch?: { redacted: boolean }; frontEnd?: unknown }) => {
        if (m.frontBatch) {
          most = Math.max(most, ++received - taken);
          if (m.frontBatch.redacted) byFront += 1;
        }
        if (m.frontEnd) ended = true;
      });
      port1.postMessage({ front: { id: 3, settings: settingsFor(path), now: NOW, redaction: REDACTION } });
      while (!ended) {
        for (let turn = 0; turn < 200 && !ended; turn += 1) await new Promise((r) => setImmediate(r));
        for (; taken < received; taken += 1) port1.postMessage({ frontAck: { id: 3 } });
      }
      expect(most).toBeLessThan(4);
      expect(byFront).toBeGreaterThan(0);
    } finally {
      // A failed expectation must not leave the ports open (jest would not exit).
      stopAll();
      port1.close();
    }
  });

  test('a front whose thread dies keeps what it sent, and says what failed instead of passing for the end of the file', async () => {
    const { port1, port2 } = new MessageChannel();
    const stopAll = serveFront(port2);
    let fail: ((message: string) => void) | undefined;
    const front = remoteFront(port1, { settings: settingsFor(path), now: NOW, redaction: REDACTION }, createRedactor(REDACTION), {
      watch: (f) => (fail = f),
      close: () => port1.close(),
    });
    const records: LogRecord[] = [];
    for await (const batch of front.batches) {
      records.push(...batch);
      if (fail) {
        stopAll();
        fail('the thread reading the input stopped (exit code 1)');
        fail = undefined;
      }
    }
    const tally = front.tally();
    expect(records.length).toBeGreaterThanOrEqual(100);
    expect(tally.inRange).toBeGreaterThanOrEqual(records.length);
    expect(tally.failures).toEqual([`the thread reading the input stopped (exit code 1); the rest of ${path} was not read`]);
  });
});

describe('records as values between threads', () => {
  test('decode gives back each record as it was, field order included, past the table limit and with long values', () => {
    const records: LogRecord[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const long = 'x'.repeat(300 + (i % 3));
      records.push(
        normalizeEntry(
          rawEntry({
            instance: i % 2 ? `inst-${i}` : 'inst-a',
            service: i % 5 === 0 ? long : 'api',
            text: `line ${i}`,
            extra: {
              labels: i % 3 ? { instanceId: `inst-${i % 4}`, [`k${i % 9}`]: `v${i}` } : {},
              ...(i % 11 === 0
                ? {
                    protoPayload: {
                      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
                      serviceName: 'compute.googleapis.com',
                      methodName: 'v1.compute.instances.insert',
                      status: { code: 7 },
                    },
                  }
                : {}),
              ...(i % 13 === 0 ? { sourceLocation: { file: 'a.py', line: '3', function: 'f' }, errorGroups: [{ id: 'g1' }] } : {}),
            },
          }),
        ),
      );
    }
    const encoder = new RecordEncoder();
    const decoder = new RecordDecoder();
    const out: LogRecord[] = [];
    for (let i = 0; i < records.length; i += 100) {
      // What crosses is copied: structuredClone stands for the trip.
      out.push(...decoder.decode(structuredClone(encoder.encode(records.slice(i, i + 100)))));
    }
    expect(out.map((r) => JSON.stringify(r))).toEqual(records.map((r) => JSON.stringify(r)));
    expect(out).toEqual(records);
  });
});
