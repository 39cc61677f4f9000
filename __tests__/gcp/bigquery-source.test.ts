// The BigQuery source with the real client library against a BigQuery REST fake that runs the
// SQL it receives on DuckDB: same groups and counts as the entries path on the example export,
// in both log schemas; paging, "not complete yet", quota and bytes-billed errors.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { openGoogleSource } from '../../src/google-source.js';
import type { Report } from '../../src/types.js';
import type { Settings } from '../../src/settings.js';
import { InputError } from '../../src/errors.js';
import type { Clock } from '../../src/clock.js';
import { FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT, startGoogleFakes } from '../fakes/google-fakes.js';
import type { GoogleFakes } from '../fakes/google-fakes.js';
import { startBigQueryFake } from '../fakes/google-bigquery.js';
import type { BigQueryFake } from '../fakes/google-bigquery.js';
import { testSettings } from './settings.js';

process.env.METADATA_SERVER_DETECTION = 'none';
const NOW = new Date('2025-09-12T00:00:00Z');
const EXAMPLE = 'examples/cloud-run-staging-48h.json';
const SINK = 'netra-staging.run_logs.run_googleapis_com_all';
const ANALYTICS = 'netra-staging.logs_link._AllLogs';

let google: GoogleFakes;
let bq: BigQueryFake;
let env: NodeJS.ProcessEnv;

class FakeClock implements Clock {
  t = 0;
  sleeps: number[] = [];
  now = () => this.t;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.t += ms;
  };
}

beforeAll(async () => {
  google = await startGoogleFakes({ entries: { 'netra-staging': [] } });
  bq = await startBigQueryFake({ tokens: google.auth.accessTokens, cacheResults: true });
  const entries = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>[];
  await bq.load(SINK, entries, 'sink');
  await bq.load(ANALYTICS, entries, 'analytics');
  env = { ...google.env, LOG_GARDENER_BIGQUERY_ENDPOINT: bq.url };
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: google.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: google.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
});

afterAll(async () => {
  await bq.stop();
  await google.stop();
});

const window = { since: new Date('2025-09-09T00:00:00Z'), until: new Date('2025-09-12T00:00:00Z') };

function settings(over: Partial<Settings> = {}): Settings {
  return testSettings({
    projects: ['netra-staging'],
    workloadIdentityProvider: FAKE_PROVIDER,
    serviceAccount: FAKE_SERVICE_ACCOUNT,
    outputDir: mkdtempSync(join(tmpdir(), 'lg-bq-')),
    ...window,
    ...over,
  });
}

async function bigQueryRun(over: Partial<Settings> = {}, clock?: Clock): Promise<Report> {
  const outcome = await run(settings({ source: 'bigquery', bigqueryTable: SINK, ...over }), {
    now: NOW,
    env,
    openCloudSource: (s, e) => openGoogleSource(s, e, NOW, { authDeps: { setSecret: () => undefined }, clock }),
  });
  return outcome.report;
}

/** What "the same answer" means: each group's identity and counts. */
function answer(r: Report) {
  return r.groups
    .map((g) => ({
      fingerprint: g.signature.fingerprint,
      title: g.signature.title,
      count: g.count,
      firstSeen: g.firstSeen,
      lastSeen: g.lastSeen,
      maxSeverity: g.maxSeverity,
      severities: g.severities,
      services: g.services,
      revisions: g.revisions,
      statuses: g.statuses,
      hourly: g.hourly,
      priority: g.triage.priority,
    }))
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
}

describe('source: bigquery', () => {
  let entriesPath: Report;
  beforeAll(async () => {
    entriesPath = (await run(settings({ inputFile: EXAMPLE }), { now: NOW })).report;
  });

  it.each([
    ['a log sink table', SINK],
    ['a Log Analytics linked dataset view', ANALYTICS],
  ])('gives the same groups and counts as the entries path, from %s', async (_name, table) => {
    const report = await bigQueryRun({ bigqueryTable: table });
    expect(report.failures).toEqual([]);
    expect(report.source).toEqual({ kind: 'bigquery', path: `\`${table}\`` });
    expect(answer(entriesPath).length).toBeGreaterThan(5);
    expect(answer(report)).toEqual(answer(entriesPath));
    expect(report.stats.entries).toBe(entriesPath.stats.entries - (entriesPath.stats.belowThreshold ?? 0));
    expect(report.bySeverity).toEqual(entriesPath.bySeverity);
  });

  it('sends parameterized SQL only, shows it in the report, and dry-runs every query first', async () => {
    const before = bq.calls.length;
    const report = await bigQueryRun();
    const calls = bq.calls.slice(before);
    const queries = calls.filter((c) => c.query !== undefined);
    expect(queries.length).toBeGreaterThanOrEqual(4);
    for (const c of queries) {
      expect(c.who).toBe(FAKE_SERVICE_ACCOUNT);
      // No input value is in the SQL text: the window, services and patterns are parameters.
      expect(c.query).not.toContain('2025-09');
      expect(c.query).not.toContain('cloud_run_revision');
      expect(c.params).toMatchObject({ since: '2025-09-09T00:00:00.000Z', until: '2025-09-12T00:00:00.000Z', resource_type: 'cloud_run_revision' });
    }
    expect(queries.filter((c) => c.dryRun).length).toBe(queries.filter((c) => !c.dryRun).length);
    expect(report.query.filter).toBe(queries[0].query);
    expect(report.query.gcloudCommand).toMatch(/^bq query --use_legacy_sql=false --project_id=netra-staging/);
    expect(report.notes?.join('\n')).toMatch(/BigQuery groups query: the dry run estimates [\d.]+ [KMG]?B processed/);
  });

  it('returns rows that grow with groups, not entries', async () => {
    const before = bq.calls.length;
    const report = await bigQueryRun();
    const rows = bq.calls.slice(before).reduce((n, c) => n + c.rows, 0);
    expect(rows).toBeLessThan(report.stats.entries / 3);
  });

  it('reads every page and waits for a job that is not complete yet', async () => {
    bq.pageRows = 2;
    bq.incompleteAnswers = 2;
    try {
      const report = await bigQueryRun();
      expect(answer(report)).toEqual(answer(entriesPath));
      expect(bq.calls.filter((c) => c.api === 'jobs.getQueryResults').length).toBeGreaterThan(3);
    } finally {
      bq.pageRows = 1000;
      bq.incompleteAnswers = 0;
    }
  });

  it('stops before running when the dry run is over maximum-bytes-billed, naming the input', async () => {
    const before = bq.calls.length;
    await expect(bigQueryRun({ maximumBytesBilled: 1000 })).rejects.toThrow(
      /^maximum-bytes-billed: the BigQuery groups query would process [\d.]+ MB \(dry run\), over the limit of 1 KB\. Fix: raise maximum-bytes-billed/,
    );
    expect(bq.calls.slice(before).filter((c) => c.query !== undefined && !c.dryRun)).toEqual([]);
  });

  it('retries quota errors with backoff on the injected clock, then carries on', async () => {
    const clock = new FakeClock();
    bq.faults.push({ status: 403, reason: 'rateLimitExceeded', times: 2 });
    const report = await bigQueryRun({}, clock);
    expect(clock.sleeps).toEqual([2000, 4000]);
    expect(answer(report)).toEqual(answer(entriesPath));
  });

  it('names the quota, not a role, when quota errors outlast the retries', async () => {
    bq.faults.push({ status: 403, reason: 'quotaExceeded', times: 5 });
    const e = await bigQueryRun({}, new FakeClock()).then(
      () => undefined,
      (err: unknown) => err,
    );
    bq.faults.length = 0;
    expect((e as Error).message).toMatch(/^BigQuery quota exhausted for the groups query after retries .* Fix: run less often/);
  });

  it('turns a bytes-billed refusal from the service into one line naming the input', async () => {
    bq.faults.push({ status: 400, reason: 'bytesBilledLimitExceeded', api: 'jobs.insert', times: 1 });
    const e = await bigQueryRun().then(
      () => undefined,
      (err: unknown) => err,
    );
    bq.faults.length = 0;
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^maximum-bytes-billed: BigQuery refused the groups query .* Fix: raise maximum-bytes-billed/);
  });

  it('refines a key whose samples sign differently with a query for that key, and reads date-sharded tables', async () => {
    const trace = (fn: string, i: number) =>
      ['Traceback (most recent call last):', `  File "/app/${fn}.py", line ${10 + i}, in ${fn}`, '    charge(order)', `KeyError: 'order-${i}'`].join('\n');
    const entry = (i: number, fn: string, day: string) => ({
      insertId: `r${i}`,
      logName: 'projects/shop-prod/logs/run.googleapis.com%2Fstderr',
      timestamp: `${day}T10:00:${String(i).padStart(2, '0')}Z`,
      severity: 'ERROR',
      textPayload: trace(fn, i),
      resource: { type: 'cloud_run_revision', labels: { project_id: 'shop-prod', service_name: 'pay', revision_name: 'pay-001' } },
      labels: { instanceId: `i${i % 2}` },
    });
    // One coarse key (same first and last line once masked), two stack signatures.
    const day1 = [0, 1, 2, 3].map((i) => entry(i, i % 2 ? 'refund' : 'charge', '2025-09-10'));
    const day2 = [4, 5, 6].map((i) => entry(i, 'refund', '2025-09-11'));
    await bq.load('shop-prod.sink.run_googleapis_com_stderr_20250910', day1, 'sink');
    await bq.load('shop-prod.sink.run_googleapis_com_stderr_20250911', day2, 'sink');
    const file = join(mkdtempSync(join(tmpdir(), 'lg-bq-')), 'shop.json');
    (await import('node:fs')).writeFileSync(file, JSON.stringify([...day1, ...day2]));
    const expected = (await run(settings({ inputFile: file, projects: ['shop-prod'] }), { now: NOW })).report;
    const report = await bigQueryRun({ bigqueryTable: 'shop-prod.sink.run_googleapis_com_stderr_*', projects: ['shop-prod'] });
    expect(answer(expected)).toHaveLength(2);
    expect(answer(report)).toEqual(answer(expected));
    expect(report.notes?.join('\n')).toMatch(/1 refined by a query of their own/);
    const shards = bq.calls.filter((c) => c.query?.includes('_TABLE_SUFFIX')).map((c) => [c.params?.first_shard, c.params?.last_shard]);
    expect(shards[0]).toEqual(['20250909', '20250911']);
  });

  it('refuses a Logging-language filter and an invalid table name before any call', async () => {
    await expect(bigQueryRun({ extraFilter: 'severity>=ERROR' })).rejects.toThrow(/^filter: is Logging query language/);
    await expect(bigQueryRun({ bigqueryTable: 'a.b.c`; DROP' })).rejects.toThrow(/^bigquery-table: .* is not a BigQuery table name/);
  });
});
