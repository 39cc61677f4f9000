import { collect, buildReport, withIssues } from '../src/pipeline.js';
import type { LogSource, SourceItem } from '../src/collect/source.js';
import { createSigner } from '../src/group/index.js';
import { createRedactor } from '../src/safety/redact.js';
import { defaultConfig } from '../src/triage/config.js';
import { evaluateGate } from '../src/gate.js';
import { atOrAbove } from '../src/collect/threshold.js';
import { normalizeEntry } from '../src/collect/normalize.js';
import type { QueryDescription } from '../src/types.js';
import { rawEntry } from './helpers/entries.js';

function source(items: SourceItem[]): LogSource {
  return {
    kind: 'file',
    async *read() {
      yield* items;
    },
  };
}

const entries = (values: unknown[]): SourceItem[] => values.map((value, i) => ({ kind: 'entry', position: i + 1, value }));

const query: QueryDescription = {
  projects: ['demo'],
  services: ['api'],
  resourceType: 'cloud_run_revision',
  minSeverity: 'WARNING',
  since: '2025-09-11T00:00:00.000Z',
  until: '2025-09-12T00:00:00.000Z',
  filter: 'severity>=WARNING',
  gcloudCommand: 'gcloud logging read',
};

async function report(items: SourceItem[]) {
  const collected = await collect({ source: source(items), signer: createSigner(), redactor: createRedactor() });
  return buildReport(collected, {
    query,
    source: { kind: 'file', path: 'x' },
    config: defaultConfig(),
    signerVersion: 'v1',
    now: new Date('2025-09-12T00:00:00Z'),
  });
}

describe('collect and buildReport', () => {
  test('groups values that vary, keeps counts, revisions, hours and samples', async () => {
    const r = await report(
      entries([
        rawEntry({ severity: 'ERROR', text: 'Timeout after 31ms talking to db-7', t: '2025-09-11T01:10:00Z', revision: 'r1' }),
        rawEntry({ severity: 'ERROR', text: 'Timeout after 2045ms talking to db-3', t: '2025-09-11T02:10:00Z', revision: 'r2' }),
        rawEntry({ severity: 'ERROR', text: 'Timeout after 12ms talking to db-3', t: '2025-09-11T02:20:00Z', revision: 'r2', instance: 'i2' }),
        rawEntry({ severity: 'WARNING', text: 'Cache miss storm', t: '2025-09-11T03:00:00Z' }),
      ]),
    );
    expect(r.groups).toHaveLength(2);
    const [timeouts] = r.groups;
    expect(timeouts).toMatchObject({
      count: 3,
      firstSeen: '2025-09-11T01:10:00.000Z',
      lastSeen: '2025-09-11T02:20:00.000Z',
      revisions: { r1: 1, r2: 2 },
      instances: { 'inst-1': 2, i2: 1 },
      hourly: { '2025-09-11T01': 1, '2025-09-11T02': 2 },
      maxConsecutive: 3,
      maxSeverity: 'ERROR',
    });
    expect(timeouts.samples).toHaveLength(3);
    expect(r.bySeverity).toEqual({ ERROR: 3, WARNING: 1 });
    expect(r.highestPriority).toBe('P1');
  });

  test('malformed entries are counted with their positions; failures are kept; the rest goes on', async () => {
    const r = await report([
      { kind: 'entry', position: 1, value: rawEntry({ severity: 'ERROR', text: 'a' }) },
      { kind: 'entry', position: 2, value: { timestamp: 'never' } },
      { kind: 'malformed', position: 3, reason: 'invalid JSON' },
      { kind: 'entry', position: 4, value: rawEntry({ severity: 'LOUD', text: 'b' }) },
      { kind: 'failure', message: 'PERMISSION_DENIED half-way' },
    ]);
    expect(r.stats.entries).toBe(1);
    expect(r.stats.malformed.map((m) => m.position)).toEqual([2, 3, 4]);
    expect(r.stats.malformed[2].reason).toMatch(/unknown severity "LOUD"/);
    expect(r.failures).toEqual(['PERMISSION_DENIED half-way']);
    expect(r.groups).toHaveLength(1);
  });

  test('secrets are redacted before grouping and samples', async () => {
    const r = await report(entries([rawEntry({ severity: 'ERROR', text: 'auth failed for Bearer abc.def-123 (token=s3cr3t)' })]));
    expect(JSON.stringify(r)).not.toMatch(/abc\.def-123|s3cr3t/);
  });

  test('triage v1: CRITICAL and import errors are P0, errors P1, frequent warnings P2, the rest P3', async () => {
    const r = await report(
      entries([
        rawEntry({ severity: 'CRITICAL', text: 'Database unreachable' }),
        rawEntry({ severity: 'ERROR', text: "ImportError: cannot import name 'x' from 'y'" }),
        rawEntry({ severity: 'ERROR', text: 'Payment declined upstream' }),
        rawEntry({ severity: 'WARNING', text: 'Slow query' }),
        ...Array.from({ length: 12 }, () => rawEntry({ severity: 'WARNING', text: 'Retrying publish', t: '2025-09-11T05:00:00Z' })),
      ]),
    );
    const byTitle = Object.fromEntries(r.groups.map((g) => [g.samples[0], [g.triage.priority, g.triage.reason]]));
    expect(byTitle['Database unreachable']).toEqual(['P0', 'builtin: critical-severity']);
    expect(byTitle["ImportError: cannot import name 'x' from 'y'"]).toEqual(['P0', 'builtin: import-error']);
    expect(byTitle['Payment declined upstream']).toEqual(['P1', 'builtin: error']);
    expect(byTitle['Retrying publish']).toEqual(['P2', 'builtin: frequent-warning']);
    expect(byTitle['Slow query']).toEqual(['P3', 'builtin: warning']);
    expect(r.byPriority).toEqual({ P0: 2, P1: 1, P2: 1, P3: 1 });
    expect(r.groups.map((g) => g.triage.priority)).toEqual(['P0', 'P0', 'P1', 'P2', 'P3']);
  });
});

describe('gate', () => {
  test('fails at or above the priority and names the groups; none never fails', async () => {
    const r = await report(entries([rawEntry({ severity: 'ERROR', text: 'boom' }), rawEntry({ severity: 'WARNING', text: 'meh' })]));
    expect(evaluateGate(r, 'none').failed).toBe(false);
    expect(evaluateGate(r, 'P0')).toMatchObject({ failed: false, text: 'Gate passed: no groups at P0 or above.' });
    const v = evaluateGate(r, 'P1');
    expect(v.failed).toBe(true);
    expect(v.text).toBe('Gate failed (fail-on: P1): 1 group at P1 or above: [P1] boom');
  });

  test('new-only counts only groups new since the previous report', async () => {
    const r = await report(entries([rawEntry({ severity: 'ERROR', text: 'boom' })]));
    r.groups[0].trend = 'ongoing';
    expect(evaluateGate(r, 'P1', true).failed).toBe(false);
    r.groups[0].trend = 'new';
    expect(evaluateGate(r, 'P1', true).failed).toBe(true);
  });
});

describe('threshold', () => {
  test('5xx request logs and tracebacks without severity count; plain INFO does not', () => {
    expect(atOrAbove(normalizeEntry(rawEntry({ severity: 'INFO', log: 'requests', http: { status: 502 } })), 'WARNING')).toBe(true);
    expect(atOrAbove(normalizeEntry(rawEntry({ text: 'Traceback (most recent call last):' })), 'WARNING')).toBe(true);
    expect(atOrAbove(normalizeEntry(rawEntry({ text: 'x', extra: { errorGroups: [{ id: 'e' }] } })), 'ERROR')).toBe(true);
    expect(atOrAbove(normalizeEntry(rawEntry({ severity: 'INFO', text: 'fine' })), 'WARNING')).toBe(false);
  });
});

describe('uncaught exceptions', () => {
  test('a traceback without severity is triaged as an error (P1)', async () => {
    const r = await report(
      entries([rawEntry({ text: 'Traceback (most recent call last):\n  File "/app/a.py", line 3, in f\n    g()\nValueError: bad value' })]),
    );
    expect(r.groups[0].signature.kind).toBe('stack');
    expect(r.groups[0].triage).toMatchObject({ priority: 'P1', reason: 'builtin: uncaught-exception' });
  });
});

describe('component', () => {
  test('a traceback without logger or source location is named after its innermost in-app frame', async () => {
    const r = await report(
      entries([
        rawEntry({
          text: 'Traceback (most recent call last):\n  File "/app/svc/orders.py", line 3, in place\n    save()\n  File "/app/svc/db/repository.py", line 9, in save\n    x()\nValueError: bad value',
        }),
      ]),
    );
    expect(r.groups[0].triage.component).toBe('repository');
  });
});

describe('threshold: traces without severity', () => {
  test.each([
    ['a Java trace', 'java.lang.IllegalStateException: closed\n\tat com.acme.Orders.place(Orders.java:42)'],
    ['a Node.js trace', 'TypeError: x is undefined\n    at place (/app/orders.js:3:9)'],
    ['a Go panic', 'panic: runtime error: index out of range\n\ngoroutine 1 [running]:'],
  ])('%s counts', (_name, text) => {
    expect(atOrAbove(normalizeEntry(rawEntry({ text })), 'WARNING')).toBe(true);
  });

  test('a jsonPayload stack_trace counts', () => {
    expect(atOrAbove(normalizeEntry(rawEntry({ json: { message: 'failed', stack_trace: 'Error: x\n    at f (a.js:1:1)' } })), 'WARNING')).toBe(true);
  });
});

describe('hostile fields', () => {
  test('every string field is redacted; a secret-named label loses its value', async () => {
    const r = await report(
      entries([
        rawEntry({
          severity: 'ERROR',
          text: 'boom',
          json: undefined,
          http: { requestMethod: 'GET', requestUrl: 'https://x/a', status: 500, userAgent: 'curl ghp_0123456789abcdefghijABCDEFGHIJ012345' },
          extra: {
            labels: { instanceId: 'i1', token: 's3cr3tvalue123' },
            trace: 'projects/p/traces/mail:ann@example.com',
            sourceLocation: { file: '/home/ann@example.com/a.py' },
          },
        }),
      ]),
    );
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/ghp_0123|s3cr3tvalue123|ann@example\.com/);
  });

  test('a jsonPayload name is not taken for a logger', async () => {
    const r = await report(entries([rawEntry({ severity: 'ERROR', json: { message: 'signup failed', name: 'Ann Smith' } })]));
    expect(r.groups[0].exemplar.logger).toBeUndefined();
    expect(r.groups[0].triage.component).not.toMatch(/Ann/);
  });

  test('an HTTP method that is not one becomes OTHER', async () => {
    const r = await report(
      entries([rawEntry({ log: 'requests', severity: 'ERROR', http: { requestMethod: 'GET\n::warning::x', requestUrl: 'https://x/a', status: 500 } })]),
    );
    expect(r.groups[0].signature.title).not.toMatch(/\n|::warning/);
  });
});

test('the gcloud command quotes a project read from the log', async () => {
  const { gcloudCommand } = await import('../src/gcp/query.js');
  expect(gcloudCommand('severity>=ERROR', ['p; touch PWNED #'], 10)).toBe(
    "gcloud logging read 'severity>=ERROR' --project='p; touch PWNED #' --order=desc --limit=10 --format=json",
  );
});

describe('withIssues', () => {
  test('links each group to its issue in a new report, adds the notes and failures, changes nothing it was given', async () => {
    const r = await report(entries([rawEntry({ severity: 'ERROR', text: 'boom' }), rawEntry({ severity: 'WARNING', text: 'slow disk' })]));
    const before = JSON.stringify(r);
    const [boom, disk] = r.groups;
    const notes = { notFiled: [{ title: disk.signature.title, priority: disk.triage.priority, note: 'cap reached' }], possibleDuplicates: [] };
    const linked = withIssues(r, {
      refs: { [boom.signature.fingerprint]: { number: 7, url: 'https://github.com/o/r/issues/7', state: 'new' } },
      notes,
      failures: ['GitHub: labels: 500'],
    });
    expect(linked.groups.map((g) => g.issue?.number)).toEqual([7, undefined]);
    expect(linked.issues).toEqual(notes);
    expect(linked.failures).toEqual(['GitHub: labels: 500']);
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe('collect counts', () => {
  test('entries out of scope are counted before joining; joined lines are counted; nothing is lost', async () => {
    const t = (s: number) => `2025-09-11T10:00:${String(s).padStart(2, '0')}.000Z`;
    const traceback = ['Traceback (most recent call last):', '  File "/app/main.py", line 3, in handler', '    run()', 'KeyError: user'];
    const items = entries([
      ...traceback.map((text, i) => rawEntry({ text, t: t(i) })),
      rawEntry({ severity: 'ERROR', text: 'other service', service: 'worker', t: t(10) }),
      rawEntry({ severity: 'INFO', text: 'ready', t: t(20) }),
    ]);
    const collected = await collect({
      source: source(items),
      signer: createSigner(),
      redactor: createRedactor(),
      inScope: (r) => r.service === 'api',
      admit: (r) => atOrAbove(r, 'WARNING'),
    });
    expect(collected.stats).toMatchObject({ entries: 6, outOfRange: 1, joined: 3, belowThreshold: 1 });
    expect(collected.groups.map((g) => g.count)).toEqual([1]);
  });
});
