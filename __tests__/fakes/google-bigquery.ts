// A loopback BigQuery REST server (the JSON of jobs.query, jobs.insert with dryRun,
// jobs.getQueryResults with pages) that executes the SQL it receives on DuckDB, over tables
// loaded from gcloud JSON exports in either log schema: a log sink's tables (camelCase columns,
// payload records) or a Log Analytics linked dataset's view (snake_case, JSON columns). State:
// jobs and their results, page tokens, Bearer tokens checked against the auth fakes' tokens,
// injected faults (quota, rate limit, backend errors) and "not complete yet" answers.
//
// BigQuery and DuckDB spell a few things differently; `toDuckDb` translates only these (the
// source's SQL keeps to what both read the same way):
//   `p.d.t` (backticks)             -> "p.d.t"; `p.d.prefix*` -> a view over the tables with that
//                                      prefix, with a _TABLE_SUFFIX column
//   @name                           -> the parameter's value as a DuckDB literal
//   TO_JSON_STRING(t)               -> CAST(to_json(t) AS VARCHAR)
//   JSON_VALUE(j, path)             -> json_extract_string(j, path)
//   SAFE_CAST(x AS INT64)           -> TRY_CAST(x AS BIGINT)
//   REGEXP_CONTAINS / REGEXP_EXTRACT / REGEXP_REPLACE
//                                   -> regexp_matches / regexp_extract / regexp_replace(..., 'g')
//                                      (BigQuery replaces every match; both run RE2)
//   ARRAY_LENGTH(a)                 -> len(a)
//   x IN UNNEST(a)                  -> list_contains(a, x)
//   FORMAT_TIMESTAMP(f, ts)         -> strftime(ts, f)
//   ARRAY_AGG(x ORDER BY y LIMIT k) -> min_by(x, y, k) (max_by with DESC): the k first, in
//                                      bounded memory
//   combos AS (                     -> combos AS MATERIALIZED ( (speed and memory hints: DuckDB
//   keyed AS (                      -> keyed AS NOT MATERIALIZED (  would evaluate the small CTE once
//                                      per reference, and hold every entry of the big one)
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

type Json = Record<string, unknown>;
export type LogSchema = 'sink' | 'analytics';

export interface BigQueryCall {
  api: 'jobs.query' | 'jobs.insert' | 'jobs.getQueryResults';
  status: number;
  who?: string;
  dryRun?: boolean;
  query?: string;
  params?: Record<string, unknown>;
  maximumBytesBilled?: string;
  /** Rows and bytes of the answer (what crossed the wire). */
  rows: number;
  bytes: number;
  reason?: string;
}

export interface BigQueryFault {
  /** HTTP status and BigQuery error reason, e.g. 403 quotaExceeded, 403 rateLimitExceeded, 500 backendError. */
  status: number;
  reason: string;
  times?: number;
  api?: BigQueryCall['api'];
}

export interface BigQueryFake {
  url: string;
  calls: BigQueryCall[];
  faults: BigQueryFault[];
  /** Answer "jobComplete: false" this many times before a job's rows are served. */
  incompleteAnswers: number;
  /** Rows per page when the client sets no maxResults. */
  pageRows: number;
  load(table: string, entries: Json[], schema: LogSchema): Promise<void>;
  /** A table (or, with view, rows computed on every read) from a SELECT in DuckDB's SQL (benchmarks): `bytesPerRow` sets what dry runs estimate. */
  loadSql(table: string, select: string, bytesPerRow: number, view?: boolean): Promise<void>;
  connection: DuckDBConnection;
  stop(): Promise<void>;
}

interface Param {
  type: string;
  value: unknown;
}

interface Job {
  id: string;
  project: string;
  schema: { fields: Json[] };
  rows: Json[];
  bytes: number;
  polls: number;
}

const ANALYTICS_COLUMNS: Record<string, string> = {
  insertId: 'VARCHAR',
  logName: 'VARCHAR',
  timestamp: 'VARCHAR',
  receiveTimestamp: 'VARCHAR',
  severity: 'VARCHAR',
  resource: 'JSON',
  labels: 'JSON',
  textPayload: 'VARCHAR',
  jsonPayload: 'JSON',
  protoPayload: 'JSON',
  httpRequest: 'JSON',
  trace: 'VARCHAR',
  spanId: 'VARCHAR',
  sourceLocation: 'JSON',
  errorGroups: 'JSON',
};

/** The Log Analytics view's columns from gcloud-shaped rows. */
const ANALYTICS_SELECT = `SELECT CAST(timestamp AS TIMESTAMP) AS timestamp, CAST(receiveTimestamp AS TIMESTAMP) AS receive_timestamp, insertId AS insert_id,
  logName AS log_name, COALESCE(severity, 'DEFAULT') AS severity,
  struct_pack(type := resource->>'$.type', labels := resource->'$.labels') AS resource, labels, textPayload AS text_payload,
  jsonPayload AS json_payload, protoPayload AS proto_payload,
  CASE WHEN httpRequest IS NULL THEN NULL ELSE struct_pack(request_method := httpRequest->>'$.requestMethod', request_url := httpRequest->>'$.requestUrl',
    status := TRY_CAST(httpRequest->>'$.status' AS BIGINT), user_agent := httpRequest->>'$.userAgent', latency := httpRequest->>'$.latency') END AS http_request,
  trace, spanId AS span_id, sourceLocation AS source_location, errorGroups AS error_groups`;

function sqlLiteral(p: Param): string {
  const str = (v: unknown) => `'${String(v).replace(/'/g, "''")}'`;
  if (p.type === 'ARRAY') return `CAST([${(p.value as unknown[]).map(str).join(', ')}] AS VARCHAR[])`;
  if (p.type === 'INT64') return String(Number(p.value));
  if (p.type === 'TIMESTAMP') return `CAST(${str(p.value)} AS TIMESTAMP)`;
  if (p.type === 'BOOL') return p.value === 'true' || p.value === true ? 'TRUE' : 'FALSE';
  return str(p.value);
}

export function toDuckDb(sql: string, params: Record<string, Param>, wildcard: (path: string) => string): string {
  let s = sql
    .replace(/`([^`]+)`/g, (_m, path: string) => (path.endsWith('*') ? `"${wildcard(path)}"` : `"${path}"`))
    .replace(/TO_JSON_STRING\((\w+)\)/g, 'CAST(to_json($1) AS VARCHAR)')
    .replace(/JSON_VALUE\(/g, 'json_extract_string(')
    .replace(/SAFE_CAST\(/g, 'TRY_CAST(')
    .replace(/\bINT64\b/g, 'BIGINT')
    .replace(/REGEXP_CONTAINS\(/g, 'regexp_matches(')
    .replace(/REGEXP_EXTRACT\(/g, 'regexp_extract(')
    .replace(/REGEXP_REPLACE\(/g, 'regexp_replace_g(')
    .replace(/ARRAY_LENGTH\(/g, 'len(')
    .replace(/(\w+) IN UNNEST\((@\w+)\)/g, 'list_contains($2, $1)')
    .replace(/FORMAT_TIMESTAMP\((@\w+), (\w+)\)/g, 'strftime($2, $1)')
    .replace(/ARRAY_AGG\((\w+) ORDER BY (\w+) DESC LIMIT (\d+)\)/g, 'max_by($1, $2, $3)')
    .replace(/ARRAY_AGG\((\w+) ORDER BY (\w+) LIMIT (\d+)\)/g, 'min_by($1, $2, $3)')
    .replace(/^combos AS \(/m, 'combos AS MATERIALIZED (')
    .replace(/^keyed AS \(/m, 'keyed AS NOT MATERIALIZED (');
  s = s.replace(/@(\w+)/g, (m, name: string) => {
    const p = params[name];
    if (!p) throw Object.assign(new Error(`Query parameter '${name}' not found at [${m}]`), { reason: 'invalidQuery' });
    return sqlLiteral(p);
  });
  return s;
}

function decodeParams(list: unknown): Record<string, Param> {
  const out: Record<string, Param> = {};
  for (const p of (Array.isArray(list) ? list : []) as Json[]) {
    const type = (p.parameterType as Json | undefined)?.type as string;
    const value = p.parameterValue as Json | undefined;
    out[String(p.name)] = { type, value: type === 'ARRAY' ? ((value?.arrayValues as Json[] | undefined) ?? []).map((v) => v.value) : value?.value };
  }
  return out;
}

function bigQueryType(duck: string): { type: string; mode?: string } {
  if (duck.endsWith('[]')) return { ...bigQueryType(duck.slice(0, -2)), mode: 'REPEATED' };
  if (/INT|HUGEINT/.test(duck)) return { type: 'INTEGER' };
  if (duck.startsWith('TIMESTAMP')) return { type: 'TIMESTAMP' };
  if (duck === 'BOOLEAN') return { type: 'BOOLEAN' };
  if (/DOUBLE|FLOAT|DECIMAL/.test(duck)) return { type: 'FLOAT' };
  return { type: 'STRING' };
}

/** A cell as the REST API sends it: scalars as strings, TIMESTAMP as microseconds, arrays as {v} lists. */
function cell(value: unknown, type: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ({ v: cell(v, type) }));
  if (value === null || value === undefined) return null;
  if (type === 'TIMESTAMP') {
    const m = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.(\d+))?/.exec(String(value));
    if (!m) return String(value);
    const seconds = Date.parse(`${m[1]}T${m[2]}Z`) / 1000;
    return `${seconds}${(m[3] ?? '').padEnd(6, '0').slice(0, 6)}`.replace(/^(-?)0+(?=\d)/, '$1');
  }
  return String(value);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
  });
}

export interface BigQueryFakeOptions {
  tokens: Map<string, string>;
  pageRows?: number;
  memoryLimit?: string;
  /**
   * Serve a query that ran before, on tables unchanged since, from its stored result, as BigQuery's
   * query cache does (tests that repeat one query for its calls, not its engine). Off for benchmarks,
   * which time the engine.
   */
  cacheResults?: boolean;
}

export async function startBigQueryFake(opts: BigQueryFakeOptions): Promise<BigQueryFake> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  const dir = mkdtempSync(join(tmpdir(), 'bq-fake-'));
  // A bounded engine on a shared machine: what does not fit spills to disk.
  await connection.run(`SET memory_limit = '${opts.memoryLimit ?? '3GB'}'`);
  await connection.run(`SET temp_directory = '${join(dir, 'spill')}'`);
  await connection.run(`CREATE MACRO regexp_replace_g(s, p, r) AS regexp_replace(s, p, r, 'g')`);

  const tables = new Map<string, number>(); // name -> bytes
  const jobs = new Map<string, Job>();
  /** Results and plans by translated SQL (values inlined), emptied whenever a table changes. */
  const results = new Map<string, Pick<Job, 'schema' | 'rows'>>();
  const planned = new Set<string>();
  const tablesChanged = () => {
    results.clear();
    planned.clear();
  };
  const calls: BigQueryCall[] = [];
  const fake = { faults: [] as BigQueryFault[], incompleteAnswers: 0, pageRows: opts.pageRows ?? 1000 };

  async function load(table: string, entries: Json[], schema: LogSchema): Promise<void> {
    const file = join(dir, `${randomBytes(6).toString('hex')}.ndjson`);
    const text = entries.map((e) => JSON.stringify(e)).join('\n');
    writeFileSync(file, text);
    const read = (columns?: Record<string, string>) =>
      `read_json('${file}', format = 'newline_delimited', sample_size = -1${
        columns
          ? `, columns = {${Object.entries(columns)
              .map(([k, t]) => `${k}: '${t}'`)
              .join(', ')}}`
          : ''
      })`;
    await connection.run(`DROP TABLE IF EXISTS "${table}"`);
    if (schema === 'sink') {
      await connection.run(`CREATE TABLE "${table}" AS SELECT * REPLACE (CAST(timestamp AS TIMESTAMP) AS timestamp) FROM ${read()}`);
    } else {
      await connection.run(`CREATE TABLE "${table}" AS ${ANALYTICS_SELECT} FROM ${read(ANALYTICS_COLUMNS)}`);
    }
    tables.set(table, Buffer.byteLength(text));
    tablesChanged();
  }

  async function loadSql(table: string, select: string, bytesPerRow: number, view = false): Promise<void> {
    const kind = await connection.runAndReadAll(`SELECT table_type FROM information_schema.tables WHERE table_name = '${table.replace(/'/g, "''")}'`);
    const existing = kind.getRowObjectsJson()[0]?.table_type;
    if (existing) await connection.run(`DROP ${existing === 'VIEW' ? 'VIEW' : 'TABLE'} "${table}"`);
    await connection.run(`CREATE ${view ? 'VIEW' : 'TABLE'} "${table}" AS ${select}`);
    const r = await connection.runAndReadAll(`SELECT COUNT(*) AS n FROM "${table}"`);
    tables.set(table, Number(r.getRowObjectsJson()[0].n) * bytesPerRow);
    tablesChanged();
  }

  const wildcards = new Set<string>();
  function wildcard(path: string): string {
    const prefix = path.slice(0, -1);
    const matching = [...tables.keys()].filter((t) => t.startsWith(prefix) && t !== path);
    if (!wildcards.has(path)) {
      wildcards.add(path);
      pendingViews.push(
        matching.length === 0
          ? `CREATE OR REPLACE VIEW "${path}" AS SELECT NULL::TIMESTAMP AS timestamp, NULL::VARCHAR AS _TABLE_SUFFIX WHERE FALSE`
          : `CREATE OR REPLACE VIEW "${path}" AS ${matching.map((t) => `SELECT *, '${t.slice(prefix.length)}' AS _TABLE_SUFFIX FROM "${t}"`).join(' UNION ALL BY NAME ')}`,
      );
    }
    return path;
  }
  const pendingViews: string[] = [];

  function estimate(sql: string): number {
    let bytes = 0;
    for (const [name, size] of tables)
      if (sql.includes(`\`${name}\``) || [...wildcards].some((w) => sql.includes(`\`${w}\``) && name.startsWith(w.slice(0, -1)))) bytes += size;
    return Math.max(bytes, 10 * 1024 * 1024); // BigQuery bills at least 10 MB per table referenced
  }

  async function runQuery(translated: string): Promise<Pick<Job, 'schema' | 'rows'>> {
    const reader = await connection.runAndReadAll(translated);
    const names = reader.columnNames();
    const types = reader.columnTypes().map((t) => t.toString());
    const fields = names.map((name, i) => ({ name, ...bigQueryType(types[i]) }));
    // BigQuery sends a NULL array as an empty one.
    const rows = reader
      .getRowObjectsJson()
      .map((r) => ({ f: names.map((n, i) => ({ v: fields[i].mode === 'REPEATED' ? cell(r[n] ?? [], fields[i].type) : cell(r[n], fields[i].type) })) }));
    return { schema: { fields }, rows };
  }

  async function execute(project: string, sql: string, params: Record<string, Param>, jobId?: string): Promise<Job> {
    const translated = toDuckDb(sql, params, wildcard);
    for (const v of pendingViews.splice(0)) await connection.run(v);
    const result = (opts.cacheResults && results.get(translated)) || (await runQuery(translated));
    if (opts.cacheResults) results.set(translated, result);
    const job: Job = { id: jobId ?? `job_${randomBytes(8).toString('hex')}`, project, ...result, bytes: estimate(sql), polls: 0 };
    jobs.set(job.id, job);
    return job;
  }

  function page(job: Job, pageToken: string | undefined, maxResults: number | undefined): Json {
    const offset = pageToken ? Number(Buffer.from(pageToken, 'base64url').toString()) : 0;
    const size = maxResults && maxResults > 0 ? maxResults : fake.pageRows;
    const rows = job.rows.slice(offset, offset + size);
    const next = offset + size < job.rows.length ? Buffer.from(String(offset + size)).toString('base64url') : undefined;
    return {
      kind: 'bigquery#getQueryResultsResponse',
      jobReference: { projectId: job.project, jobId: job.id, location: 'US' },
      jobComplete: true,
      schema: job.schema,
      totalRows: String(job.rows.length),
      ...(rows.length ? { rows } : {}),
      ...(next ? { pageToken: next } : {}),
      totalBytesProcessed: String(job.bytes),
      cacheHit: false,
    };
  }

  function pendingFault(api: BigQueryCall['api']): BigQueryFault | undefined {
    const i = fake.faults.findIndex((f) => !f.api || f.api === api);
    if (i < 0) return undefined;
    const f = fake.faults[i];
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) fake.faults.splice(i, 1);
    return f;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://x');
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const who = token ? opts.tokens.get(token) : undefined;
      const m = /^\/bigquery\/v2\/projects\/([^/]+)\/(queries|jobs)(?:\/([^/]+))?$/.exec(url.pathname);
      const api: BigQueryCall['api'] = m?.[2] === 'jobs' ? 'jobs.insert' : m?.[3] ? 'jobs.getQueryResults' : 'jobs.query';
      const call: BigQueryCall = { api, status: 200, who, rows: 0, bytes: 0 };
      calls.push(call);
      const send = (status: number, payload: Json) => {
        const text = JSON.stringify(payload);
        call.status = status;
        call.bytes = Buffer.byteLength(text);
        call.rows = Array.isArray(payload.rows) ? payload.rows.length : 0;
        res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(text);
      };
      const fail = (status: number, reason: string, message: string) => {
        call.reason = reason;
        send(status, {
          error: {
            code: status,
            message,
            errors: [{ message, domain: 'global', reason }],
            status: status === 403 ? 'PERMISSION_DENIED' : status === 400 ? 'INVALID_ARGUMENT' : 'INTERNAL',
          },
        });
      };
      if (!m) return fail(404, 'notFound', `Not found: ${url.pathname}`);
      if (!who) return fail(401, 'authError', 'Request is missing required authentication credential.');
      const project = decodeURIComponent(m[1]);
      const fault = pendingFault(api);
      if (fault) return fail(fault.status, fault.reason, `fake ${fault.reason}`);
      try {
        if (api === 'jobs.getQueryResults') {
          const job = jobs.get(decodeURIComponent(m[3]!));
          if (!job) return fail(404, 'notFound', `Not found: Job ${project}:${m[3]}`);
          if (job.polls < fake.incompleteAnswers) {
            job.polls += 1;
            return send(200, {
              kind: 'bigquery#getQueryResultsResponse',
              jobReference: { projectId: project, jobId: job.id, location: 'US' },
              jobComplete: false,
            });
          }
          const max = url.searchParams.get('maxResults');
          return send(200, page(job, url.searchParams.get('pageToken') ?? undefined, max ? Number(max) : undefined));
        }
        const request = JSON.parse(body || '{}') as Json;
        const q = (api === 'jobs.insert' ? ((request.configuration as Json | undefined)?.query as Json | undefined) : request) ?? {};
        const dryRun = api === 'jobs.insert' && Boolean((request.configuration as Json | undefined)?.dryRun);
        const params = decodeParams(q.queryParameters);
        Object.assign(call, {
          dryRun,
          query: String(q.query ?? ''),
          params: Object.fromEntries(Object.entries(params).map(([k, p]) => [k, p.value])),
          maximumBytesBilled: q.maximumBytesBilled as string | undefined,
        });
        if (q.useLegacySql !== false && api === 'jobs.insert') return fail(400, 'invalidQuery', 'the fake runs standard SQL only (useLegacySql: false)');
        const bytes = estimate(String(q.query ?? ''));
        if (dryRun) {
          // Validate the SQL the way a dry run does: plan it, run nothing.
          const translated = toDuckDb(String(q.query ?? ''), params, wildcard);
          for (const v of pendingViews.splice(0)) await connection.run(v);
          if (!(opts.cacheResults && planned.has(translated))) await connection.run(`EXPLAIN ${translated}`);
          if (opts.cacheResults) planned.add(translated);
          const jobId = `job_${randomBytes(8).toString('hex')}`;
          return send(200, {
            kind: 'bigquery#job',
            id: `${project}:US.${jobId}`,
            jobReference: { projectId: project, jobId, location: 'US' },
            configuration: request.configuration as Json,
            status: { state: 'DONE' },
            statistics: {
              totalBytesProcessed: String(bytes),
              query: { totalBytesProcessed: String(bytes), totalBytesBilled: '0', cacheHit: false, statementType: 'SELECT' },
            },
          });
        }
        const limit = q.maximumBytesBilled === undefined ? undefined : Number(q.maximumBytesBilled);
        if (limit !== undefined && bytes > limit)
          return fail(400, 'bytesBilledLimitExceeded', `Query exceeded limit for bytes billed: ${limit}. ${bytes} or higher required.`);
        const requestedId = (request.jobReference as Json | undefined)?.jobId as string | undefined;
        const job = await execute(project, String(q.query ?? ''), params, api === 'jobs.insert' ? requestedId : undefined);
        if (api === 'jobs.insert') {
          return send(200, {
            kind: 'bigquery#job',
            id: `${project}:US.${job.id}`,
            jobReference: { projectId: project, jobId: job.id, location: 'US' },
            status: { state: 'DONE' },
            configuration: request.configuration as Json,
            statistics: { totalBytesProcessed: String(job.bytes) },
          });
        }
        if (fake.incompleteAnswers > 0) {
          job.polls = 0;
          return send(200, { kind: 'bigquery#queryResponse', jobReference: { projectId: project, jobId: job.id, location: 'US' }, jobComplete: false });
        }
        return send(200, { ...page(job, undefined, q.maxResults === undefined ? undefined : Number(q.maxResults)), kind: 'bigquery#queryResponse' });
      } catch (e) {
        return fail(400, 'invalidQuery', (e as Error).message.split('\n')[0]);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get faults() {
      return fake.faults;
    },
    get incompleteAnswers() {
      return fake.incompleteAnswers;
    },
    set incompleteAnswers(n: number) {
      fake.incompleteAnswers = n;
    },
    get pageRows() {
      return fake.pageRows;
    },
    set pageRows(n: number) {
      fake.pageRows = n;
    },
    load,
    loadSql,
    connection,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      connection.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
  } as BigQueryFake;
}
