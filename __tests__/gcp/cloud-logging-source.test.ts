// The Cloud Logging source with the real client library (gRPC) against the loopback fakes.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createAuthClient } from '../../src/gcp/auth.js';
import { cloudLoggingSource } from '../../src/gcp/cloud-logging-source.js';
import type { CloudLoggingOptions } from '../../src/gcp/cloud-logging-source.js';
import { buildQuery } from '../../src/gcp/query.js';
import type { Clock } from '../../src/gcp/pacing.js';
import type { SourceItem } from '../../src/collect/source.js';
import { normalizeEntry } from '../../src/collect/normalize.js';
import type { Settings } from '../../src/settings.js';
import { InputError } from '../../src/errors.js';
import { FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT, startGoogleFakes } from '../fakes/google-fakes.js';
import type { GoogleFakes } from '../fakes/google-fakes.js';
import { testSettings } from './settings.js';

process.env.METADATA_SERVER_DETECTION = 'none';
const NOW = new Date('2026-03-01T12:00:00Z');
const STATUS = { INVALID_ARGUMENT: 3, PERMISSION_DENIED: 7, RESOURCE_EXHAUSTED: 8, UNAVAILABLE: 14 };

let fakes: GoogleFakes | undefined;
afterEach(async () => {
  await fakes?.stop();
  fakes = undefined;
});

/** `n` entries one second apart, newest at `NOW - 1s`, in gcloud JSON shape. */
function entries(project: string, n: number, offsetS = 1): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    insertId: `${project}-${i}`,
    logName: `projects/${project}/logs/run.googleapis.com%2Fstderr`,
    timestamp: new Date(NOW.getTime() - (offsetS + i) * 1000).toISOString(),
    severity: 'ERROR',
    textPayload: `failure ${i}`,
    resource: { type: 'cloud_run_revision', labels: { project_id: project, service_name: 'api' } },
    labels: { instanceId: 'inst-1' },
  }));
}

class FakeClock implements Clock {
  t = 0;
  sleeps: number[] = [];
  now = () => this.t;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.t += ms;
  };
}

async function setup(data: Record<string, Record<string, unknown>[]>, over: Partial<Settings> = {}, opts: Partial<CloudLoggingOptions> = {}) {
  fakes = await startGoogleFakes({ entries: data });
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: fakes.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: fakes.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
  const settings = testSettings({ projects: Object.keys(data), workloadIdentityProvider: FAKE_PROVIDER, serviceAccount: FAKE_SERVICE_ACCOUNT, ...over });
  const auth = await createAuthClient(settings, fakes.env, { setSecret: () => undefined });
  const clock = new FakeClock();
  const source = cloudLoggingSource(settings, { auth, query: buildQuery(settings, NOW), env: fakes.env, clock, ...opts });
  return { source, clock, fakes, settings };
}

async function drain(source: { read(): AsyncIterable<SourceItem> }): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of source.read()) items.push(item);
  return items;
}

const values = (items: SourceItem[]) => items.flatMap((i) => (i.kind === 'entry' ? [i.value as Record<string, unknown>] : []));

describe('cloudLoggingSource', () => {
  it('pages 1,000 at a time with the Bearer token the IAM fake issued, newest first', async () => {
    const data = { 'demo-project': [...entries('demo-project', 2500), ...entries('demo-project', 3, 2 * 86400)] };
    const { source, fakes: g } = await setup(data);
    const items = await drain(source);
    const got = values(items);
    expect(got).toHaveLength(2500);
    expect(items.some((i) => i.kind === 'truncated' || i.kind === 'failure')).toBe(false);
    expect(g.calls.logging.map((c) => [c.pageSize, c.returned, c.status])).toEqual([
      [1000, 1000, 0],
      [1000, 1000, 0],
      [1000, 500, 0],
    ]);
    for (const c of g.calls.logging) {
      const token = c.authorization?.replace('Bearer ', '') ?? '';
      expect(g.auth.accessTokens.get(token)).toBe(FAKE_SERVICE_ACCOUNT);
      expect(c.filter).toContain('timestamp>="2026-02-28T12:00:00.000Z" AND timestamp<"2026-03-01T12:00:00.000Z"');
      expect(c.orderBy).toBe('timestamp desc');
    }
    expect(got[0].insertId).toBe('demo-project-0');
    expect(got[2499].insertId).toBe('demo-project-2499');
    expect(source.stats).toMatchObject({ requests: 3, retries: 0, entries: 2500 });
  });

  it('yields entries in the gcloud JSON shape the normalizer reads', async () => {
    const raw: Record<string, unknown>[] = [
      {
        insertId: 'a',
        logName: 'projects/p/logs/run.googleapis.com%2Frequests',
        timestamp: '2026-03-01T11:00:00.123456Z',
        receiveTimestamp: '2026-03-01T11:00:01Z',
        severity: 'ERROR',
        httpRequest: { requestMethod: 'POST', requestUrl: 'https://api.example/v1/orders?id=3', status: 503, latency: '1.250s', userAgent: 'curl/8' },
        resource: { type: 'cloud_run_revision', labels: { project_id: 'p', service_name: 'api', revision_name: 'api-001', location: 'europe-west1' } },
        labels: { instanceId: 'i-1' },
        trace: 'projects/p/traces/abc',
        spanId: '0001',
      },
      {
        insertId: 'b',
        logName: 'projects/p/logs/run.googleapis.com%2Fstdout',
        timestamp: '2026-03-01T10:00:00Z',
        jsonPayload: { message: 'boom', stack_trace: 'Traceback (most recent call last):\n  File "x.py"', n: 3, tags: ['a', null, true] },
        sourceLocation: { file: 'x.py', line: '12', function: 'handler' },
        resource: { type: 'cloud_run_revision', labels: { project_id: 'p', service_name: 'api' } },
      },
      {
        insertId: 'c',
        logName: 'projects/p/logs/run.googleapis.com%2Fstderr',
        timestamp: '2026-03-01T09:00:00Z',
        textPayload: 'Traceback (most recent call last):\n  File "app.py", line 3',
        resource: { type: 'cloud_run_revision', labels: { project_id: 'p', service_name: 'api' } },
      },
      {
        insertId: 'd',
        logName: 'projects/p/logs/cloudaudit.googleapis.com%2Factivity',
        timestamp: '2026-03-01T08:00:00Z',
        severity: 'NOTICE',
        protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog' },
        resource: { type: 'cloud_run_revision', labels: { project_id: 'p', service_name: 'api' } },
      },
    ];
    const { source } = await setup({ p: raw });
    const got = values(await drain(source));
    expect(got.map((v) => v.insertId)).toEqual(['a', 'b', 'c', 'd']);
    expect(got[0]).toEqual({
      ...raw[0],
      timestamp: '2026-03-01T11:00:00.123Z',
      receiveTimestamp: '2026-03-01T11:00:01Z',
      httpRequest: { ...(raw[0].httpRequest as object), latency: '1.25s' },
    });
    expect(got[1]).toEqual(raw[1]);
    expect(got[2]).toEqual(raw[2]);
    expect(got[3].protoPayload).toEqual({ '@type': 'type.googleapis.com/google.cloud.audit.AuditLog' });
    const records = got.map(normalizeEntry);
    expect(records[0]).toMatchObject({
      severity: 'ERROR',
      kind: 'requests',
      http: { status: 503, latencySeconds: 1.25, path: '/v1/orders' },
      service: 'api',
      instance: 'i-1',
    });
    expect(records[1]).toMatchObject({ severity: 'DEFAULT', message: 'boom', sourceLocation: { file: 'x.py', line: '12' } });
    expect(records[1].stackTrace).toContain('Traceback');
    expect(records[2].message).toContain('Traceback');
  });

  it('stops at max-entries and says what was left out, without fetching more than needed', async () => {
    const { source, fakes: g } = await setup({ 'demo-project': entries('demo-project', 2500) }, { maxEntries: 1200 });
    const items = await drain(source);
    expect(values(items)).toHaveLength(1200);
    expect(g.calls.logging.map((c) => c.pageSize)).toEqual([1000, 200]);
    const truncated = items.find((i) => i.kind === 'truncated');
    expect(truncated).toEqual({
      kind: 'truncated',
      limit: 1200,
      note: expect.stringContaining('project demo-project: entries older than 2026-03-01T11:40:00Z'),
    });
  });

  it('is not truncated when the budget is met exactly by the last page', async () => {
    const { source } = await setup({ 'demo-project': entries('demo-project', 1000) }, { maxEntries: 1000 });
    const items = await drain(source);
    expect(items.filter((i) => i.kind === 'truncated')).toEqual([]);
  });

  it('shares the budget across projects, giving what one leaves to the others', async () => {
    const { source, fakes: g } = await setup({ a: entries('a', 1500), b: entries('b', 100), c: entries('c', 3000) }, { maxEntries: 1500 });
    const items = await drain(source);
    const got = values(items);
    expect(got).toHaveLength(1500);
    expect(got.filter((v) => String(v.insertId).startsWith('b-'))).toHaveLength(100);
    expect(got.filter((v) => String(v.insertId).startsWith('a-'))).toHaveLength(700);
    expect(got.filter((v) => String(v.insertId).startsWith('c-'))).toHaveLength(700);
    expect(got.map((v) => String(v.insertId).split('-')[0]).filter((p, i, all) => p !== all[i - 1])).toEqual(['a', 'b', 'c', 'a', 'c']);
    expect(g.calls.logging.map((c) => [c.project, c.pageSize])).toEqual([
      ['a', 500],
      ['b', 500],
      ['c', 500],
      ['a', 200],
      ['c', 200],
    ]);
    expect(items.filter((i) => i.kind === 'entry').map((i) => (i.kind === 'entry' ? i.position : 0))).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
    const truncated = items.find((i) => i.kind === 'truncated');
    expect(truncated && truncated.kind === 'truncated' && truncated.note).toMatch(
      /not read: project a: entries older than \S+; project c: entries older than /,
    );
    expect(truncated && truncated.kind === 'truncated' && truncated.note).not.toMatch(/project b/);
  });

  it('backs off on RESOURCE_EXHAUSTED and UNAVAILABLE and then carries on', async () => {
    const { source, clock, fakes: g } = await setup({ 'demo-project': entries('demo-project', 1500) });
    g.logging.faults.push({ code: STATUS.RESOURCE_EXHAUSTED, times: 2 }, { code: STATUS.UNAVAILABLE, afterCalls: 3 });
    const items = await drain(source);
    const got = values(items);
    expect(items.filter((i) => i.kind !== 'entry')).toEqual([]);
    expect(got).toHaveLength(1500);
    expect(new Set(got.map((v) => v.insertId)).size).toBe(1500);
    expect(g.calls.logging.map((c) => c.status)).toEqual([8, 8, 0, 14, 0]);
    expect(clock.sleeps).toEqual([2000, 4000, 2000]);
    expect(source.stats).toMatchObject({ requests: 5, retries: 3 });
  });

  it('gives up after the retries with a failure item', async () => {
    const { source, fakes: g } = await setup({ 'demo-project': entries('demo-project', 10) }, {}, { backoff: { retries: 2, initialMs: 100, maxMs: 1000 } });
    g.logging.faults.push({ code: STATUS.RESOURCE_EXHAUSTED, times: 10 });
    const items = await drain(source);
    expect(values(items)).toHaveLength(0);
    expect(items.find((i) => i.kind === 'failure')).toMatchObject({ message: expect.stringContaining('quota exhausted for project demo-project') });
    expect(g.calls.logging).toHaveLength(3);
  });

  it('keeps what was read when permission is denied mid-run, and reads the other projects', async () => {
    const { source, fakes: g } = await setup({ a: entries('a', 2500), b: entries('b', 10) });
    g.logging.faults.push({
      code: STATUS.PERMISSION_DENIED,
      afterCalls: 1,
      project: 'a',
      message: "Permission 'logging.logEntries.list' denied on resource (or it may not exist).",
    });
    const items = await drain(source);
    const got = values(items);
    expect(got.filter((v) => String(v.insertId).startsWith('a-'))).toHaveLength(1000);
    expect(got.filter((v) => String(v.insertId).startsWith('b-'))).toHaveLength(10);
    const failure = items.find((i) => i.kind === 'failure');
    expect(failure).toMatchObject({ message: expect.stringContaining('Cloud Logging denied reading project a') });
    expect(failure && failure.kind === 'failure' && failure.message).toContain(`grant roles/logging.viewer on project a to ${FAKE_SERVICE_ACCOUNT}`);
    expect(failure && failure.kind === 'failure' && failure.message.split('\n')).toHaveLength(1);
  });

  it('paces to the per-project request rate', async () => {
    const { source, clock } = await setup({ 'demo-project': entries('demo-project', 5000) }, {}, { requestsPerMinute: 2 });
    await drain(source);
    expect(clock.sleeps).toEqual([60_000, 60_000]);
    expect(source.stats.pacedMs).toBe(120_000);
  });

  it('turns a rejected filter into an InputError naming the filter input', async () => {
    const { source, fakes: g } = await setup({ 'demo-project': entries('demo-project', 5) });
    g.logging.faults.push({ code: STATUS.INVALID_ARGUMENT, message: 'Unparseable filter: syntax error at line 1, column 5' });
    await expect(drain(source)).rejects.toThrow(InputError);
  });

  it('throws the auth error before reading anything', async () => {
    const g = await startGoogleFakes({ entries: { p: entries('p', 3) }, impersonable: [] });
    fakes = g;
    const settings = testSettings({ projects: ['p'], workloadIdentityProvider: FAKE_PROVIDER, serviceAccount: FAKE_SERVICE_ACCOUNT });
    Object.assign(process.env, {
      ACTIONS_ID_TOKEN_REQUEST_URL: g.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: g.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    });
    const auth = await createAuthClient(settings, g.env, { setSecret: () => undefined });
    const source = cloudLoggingSource(settings, { auth, query: buildQuery(settings, NOW), env: g.env });
    await expect(drain(source)).rejects.toThrow(/^service-account: impersonating .* roles\/iam\.workloadIdentityUser/);
    expect(g.calls.logging).toHaveLength(0);
  });

  it('needs a project', async () => {
    const g = await startGoogleFakes({ entries: { p: [] } });
    fakes = g;
    const settings = testSettings({ projects: [], workloadIdentityProvider: FAKE_PROVIDER });
    const auth = await createAuthClient(settings, g.env, { setSecret: () => undefined });
    expect(() => cloudLoggingSource(settings, { auth, query: buildQuery(settings, NOW), env: g.env })).toThrow(/^project-id: is required/);
  });
});
