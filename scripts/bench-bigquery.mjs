#!/usr/bin/env node
// Benchmark of the BigQuery source: N synthetic Cloud Run entries in DuckDB behind the loopback
// BigQuery fake, read by a whole run (src/run.ts, source: bigquery, workload identity against the
// auth fakes, the real @google-cloud/bigquery client). Prints rows and bytes the action received,
// wall time, and what the entries path (entries.list) would need for the same entries: calls of
// 1,000, bytes of entry JSON, and the minimum time its 60 requests/minute quota allows.
//
//   node scripts/bench-bigquery.mjs [entries ...] [--write]     (default: 1000000 10000000)
//
// The TypeScript (src/ and the fakes) is compiled with tsc into node_modules/.cache/bench-bigquery
// first (the same modules the action bundles). The rows are a DuckDB view computed on each read,
// so memory does not hold 10M entries; DuckDB runs on this machine's cores, so the wall time is
// the fake's SQL engine, not BigQuery's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'node_modules', '.cache', 'bench-bigquery');
const args = process.argv.slice(2);
const write = args.includes('--write');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(1_000_000, 10_000_000);
const NOW = new Date('2026-03-01T12:00:00Z');
const TABLE = 'bench-project.logs_link._AllLogs';

console.log(`$ tsc (src and __tests__/fakes) -> ${OUT}`);
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', OUT, '--sourceMap', 'false'], {
  stdio: 'inherit',
});
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'package.json'), '{"type":"module"}\n');

const { startGoogleFakes, FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT } = await import(join(OUT, '__tests__/fakes/google-fakes.js'));
const { startBigQueryFake } = await import(join(OUT, '__tests__/fakes/google-bigquery.js'));
const { run } = await import(join(OUT, 'src/run.js'));
const { openGoogleSource } = await import(join(OUT, 'src/google-source.js'));
const { rowToEntry } = await import(join(OUT, 'src/bigquery/rows.js'));

const WORDS = `[${'payments orders users carts search billing ledger invoices shipping stock auth tokens sessions emails sms push media images thumbs feeds ranking pricing coupons refunds reviews ratings maps geo routes quotes rates fx audit exports imports reports alerts jobs queues webhooks'
  .split(' ')
  .map((w) => `'${w}'`)
  .join(', ')}]`;

/** N Cloud Run entries over 24 h: 40 message shapes with values, 5% request logs, some tracebacks. */
function synthetic(n) {
  const step = (86_400_000 / n).toFixed(6);
  return `SELECT
  'e' || i AS insertId,
  'projects/bench-project/logs/run.googleapis.com%2F' || CASE WHEN i % 20 = 0 THEN 'requests' ELSE 'stderr' END AS logName,
  TIMESTAMP '${NOW.toISOString().slice(0, 19).replace('T', ' ')}' - to_microseconds(CAST((i + 1) * ${step} * 1000 AS BIGINT)) AS timestamp,
  CASE WHEN i % 10 = 0 THEN 'ERROR' WHEN i % 97 = 0 THEN 'CRITICAL' ELSE 'WARNING' END AS severity,
  struct_pack(type := 'cloud_run_revision', labels := struct_pack(project_id := 'bench-project', service_name := 'api-' || (i % 4),
    revision_name := 'api-0004' || (i % 3) || '-xyz', location := 'europe-west1')) AS resource,
  struct_pack(instanceId := 'inst-' || (i % 13)) AS labels,
  CASE WHEN i % 20 = 0 THEN NULL
       WHEN i % 50 = 1 THEN 'Traceback (most recent call last):' || chr(10) || '  File "/app/main.py", line ' || (10 + i % 2) || ', in handler' || chr(10) || '    charge()' || chr(10) || 'KeyError: ''order-' || i || ''''
       ELSE (${WORDS})[i % 40 + 1] || ': request ' || i || ' to 10.0.' || (i % 255) || '.' || (i % 7) || ' failed after ' || (i % 900) || 'ms (attempt ' || (i % 5) || ')'
  END AS textPayload,
  CASE WHEN i % 20 = 0 THEN struct_pack(requestMethod := 'POST', requestUrl := 'https://api.example/v1/orders/' || i || '?q=' || (i % 11), status := 500 + (i % 4), latency := '0.' || (i % 999) || 's') END AS httpRequest
FROM range(${n}) AS t(i)`;
}

const google = await startGoogleFakes({ entries: { 'bench-project': [] } });
const bq = await startBigQueryFake({ tokens: google.auth.accessTokens });
Object.assign(process.env, {
  METADATA_SERVER_DETECTION: 'none',
  ACTIONS_ID_TOKEN_REQUEST_URL: google.env.ACTIONS_ID_TOKEN_REQUEST_URL,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: google.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
});
const env = { ...process.env, ...google.env, LOG_GARDENER_BIGQUERY_ENDPOINT: bq.url };

/** Bytes of one entry as entries.list (REST JSON) would send it, averaged over a sample. */
async function entryBytes(n) {
  await bq.loadSql('sample', `${synthetic(n)} LIMIT 20000`, 1, true);
  const r = await bq.connection.runAndReadAll(`SELECT CAST(to_json(t) AS VARCHAR) AS j FROM "sample" AS t`);
  const rows = r.getRowObjectsJson();
  return rows.reduce((s, x) => s + Buffer.byteLength(JSON.stringify(rowToEntry(String(x.j)))), 0) / rows.length;
}

const mib = (b) => `${(b / 2 ** 20).toFixed(b < 2 ** 20 ? 3 : 1)} MiB`;
const results = [];
for (const n of sizes) {
  const perEntry = await entryBytes(n);
  await bq.loadSql(TABLE, synthetic(n), Math.round(perEntry), true);
  const before = bq.calls.length;
  const t0 = performance.now();
  const outcome = await run(
    {
      projects: ['bench-project'],
      services: [],
      resourceType: 'cloud_run_revision',
      minSeverity: 'WARNING',
      windowMs: 86_400_000,
      since: new Date(NOW.getTime() - 86_400_000),
      until: NOW,
      maxEntries: 10_000,
      authMode: 'workload-identity',
      workloadIdentityProvider: FAKE_PROVIDER,
      serviceAccount: FAKE_SERVICE_ACCOUNT,
      configPath: '.github/log-gardener.yml',
      outputDir: mkdtempSync(join(tmpdir(), 'bench-bq-')),
      worklogPath: 'w/{date}.md',
      dryRun: true,
      failOn: 'none',
      failOnNewOnly: false,
      createIssues: false,
      issueLabel: 'log-gardener',
      maxNewIssues: 0,
      onRegression: 'reopen',
      commitWorklog: false,
      prComment: false,
      source: 'bigquery',
      bigqueryTable: TABLE,
    },
    { now: NOW, env, openCloudSource: (s, e) => openGoogleSource(s, e, NOW, { authDeps: { setSecret: () => undefined } }) },
  );
  const wall = (performance.now() - t0) / 1000;
  const calls = bq.calls.slice(before);
  const r = outcome.report;
  const entries = r.stats.entries;
  const listCalls = Math.ceil(entries / 1000);
  const row = {
    n,
    entries,
    groups: r.groups.length,
    queries: calls.filter((c) => c.query !== undefined && !c.dryRun).length,
    httpCalls: calls.length,
    rows: calls.reduce((s, c) => s + c.rows, 0),
    bytes: calls.reduce((s, c) => s + c.bytes, 0),
    wall,
    listCalls,
    listBytes: entries * perEntry,
    listMinutes: listCalls / 60,
    perEntry,
  };
  results.push(row);
  console.log(JSON.stringify(row));
}
await bq.stop();
await google.stop();

const date = new Date().toISOString().slice(0, 10);
const lines = results.map(
  (x) =>
    `| ${date} | ${process.version} | ${x.n.toLocaleString('en-US')} | ${x.groups} | ${x.queries} (${x.httpCalls} HTTP) | ${x.rows.toLocaleString('en-US')} | ${mib(x.bytes)} | ${x.wall.toFixed(1)} s | ${x.listCalls.toLocaleString('en-US')} | ${mib(x.listBytes)} | ${Math.ceil(x.listMinutes)} min |`,
);
const table = [
  '| date | node | entries | groups | queries | rows received | bytes received | wall (DuckDB here) | entries.list calls | entry bytes | entries.list at 60/min |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...lines,
].join('\n');
console.log(`\n$ node scripts/bench-bigquery.mjs ${sizes.join(' ')}\n\n${table}`);
if (write) {
  const path = join(root, 'docs', 'BENCHMARKS.md');
  const doc = readFileSync(path, 'utf8');
  const marker = /(<!-- bench-bigquery:start -->)[\s\S]*?(<!-- bench-bigquery:end -->)/;
  if (marker.test(doc)) writeFileSync(path, doc.replace(marker, `$1\n${table}\n$2`));
  else console.log('docs/BENCHMARKS.md has no bench-bigquery markers; table not written');
}
