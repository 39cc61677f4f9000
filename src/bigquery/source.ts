// The BigQuery source: groups the logs where they live (a Log Analytics linked dataset or a log
// sink's tables). One query returns a row per coarse key (count, first/last seen, counts per
// dimension, a few whole entries); a second returns the lines of tracebacks printed one entry per
// line, which SQL cannot join (they go through the usual reassembly); a key whose samples sign
// differently is refined by a query for that key's entries. Every query is dry-run first: its
// estimate goes to the worklog, and one over maximum-bytes-billed stops the run before it costs.
import { BigQuery } from '@google-cloud/bigquery';
import type { Settings } from '../settings.js';
import type { QueryDescription } from '../types.js';
import type { LogSource, SourceItem } from '../collect/source.js';
import { InputError } from '../errors.js';
import type { GcpAuth } from '../gcp/auth.js';
import { explainAuthError } from '../gcp/explain.js';
import { backoffDelay, DEFAULT_BACKOFF, realClock, type BackoffPolicy, type Clock } from '../gcp/pacing.js';
import { entriesSql, groupsSql, type ParamType, type Sql, type SqlOptions } from './sql.js';
import { parseTableName, type TableName } from './table.js';
import { dimensions, rowToEntry } from './rows.js';

export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
const ENV_BIGQUERY_ENDPOINT = 'LOG_GARDENER_BIGQUERY_ENDPOINT';
/** Each HTTP request to BigQuery is cut off after this long; a query's own wait is bounded apart. */
const BIGQUERY_REQUEST_TIMEOUT_MS = 30_000;
/** How long BigQuery may run one query before the run gives up on it. */
const BIGQUERY_JOB_TIMEOUT_MS = 300_000;

interface BigQuerySourceOptions {
  auth: GcpAuth;
  /** The run's query (time range, services, severity): the SQL applies the same. */
  query: QueryDescription;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  backoff?: BackoffPolicy;
  requestTimeoutMs?: number;
}

interface BigQueryStats {
  queries: number;
  dryRuns: number;
  /** Rows the action received, and what the dry runs estimated the queries process. */
  rows: number;
  bytesEstimated: number;
  keys: number;
  refined: number;
  rawEntries: number;
}

interface Row {
  [column: string]: unknown;
}

function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i += 1;
  }
  return `${Number(v.toFixed(v < 10 ? 2 : 1))} ${units[i]}`;
}

const reasonOf = (e: unknown): string | undefined => (e as { errors?: { reason?: string }[] } | undefined)?.errors?.[0]?.reason;
const codeOf = (e: unknown): number | undefined => (e as { code?: unknown } | undefined)?.code as number | undefined;
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];
const RETRY_REASONS = new Set(['rateLimitExceeded', 'backendError', 'internalError', 'jobRateLimitExceeded']);

function timestampValue(v: unknown): string {
  const raw = (v as { value?: unknown } | null)?.value ?? v;
  if (typeof raw === 'string' && /^\d+$/.test(raw)) return new Date(Number(raw) / 1000).toISOString();
  return new Date(String(raw)).toISOString();
}

/** `bq query` with the same parameters, for the worklog (what gcloud is for Cloud Logging). */
function bqCommand(sql: Sql, billingProject: string | undefined): string {
  const q = (v: string) => `'${v.replace(/'/g, "'\\''")}'`;
  const type = (t: ParamType) => (Array.isArray(t) ? 'ARRAY<STRING>' : t);
  const value = (v: unknown) => (Array.isArray(v) ? JSON.stringify(v) : String(v));
  const params = Object.entries(sql.params).map(([k, v]) => `--parameter=${q(`${k}:${type(sql.types[k])}:${value(v)}`)}`);
  return [`bq query --use_legacy_sql=false${billingProject ? ` --project_id=${billingProject}` : ''}`, ...params, q(sql.query)].join(' \\\n  ');
}

export function bigQuerySource(settings: Settings, options: BigQuerySourceOptions): LogSource & { stats: BigQueryStats } {
  if (!settings.bigqueryTable) {
    throw new InputError(
      'bigquery-table',
      'is required with source bigquery',
      'set it to project.dataset._AllLogs (a Log Analytics linked dataset) or a log sink table',
    );
  }
  if (settings.extraFilter) {
    throw new InputError(
      'filter',
      'is Logging query language, which the BigQuery source cannot apply',
      'remove filter with source bigquery (service, resource-type, min-severity and the window are applied in SQL), or use source cloud-logging',
    );
  }
  const table: TableName = parseTableName(settings.bigqueryTable);
  const env = options.env ?? process.env;
  const clock = options.clock ?? realClock;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const billingProject = settings.projects[0] ?? table.project;
  const q = options.query;
  const sqlOptions: SqlOptions = { table, since: q.since, until: q.until, resourceType: q.resourceType, services: q.services, minSeverity: q.minSeverity };
  const groups = groupsSql(sqlOptions);
  const stats: BigQueryStats = { queries: 0, dryRuns: 0, rows: 0, bytesEstimated: 0, keys: 0, refined: 0, rawEntries: 0 };
  const notes: string[] = [];
  const description: QueryDescription = { ...q, filter: groups.query, gcloudCommand: bqCommand(groups, billingProject) };
  const endpoint = env[ENV_BIGQUERY_ENDPOINT]?.trim().replace(/\/+$/, '');
  let client: BigQuery | undefined;

  const bigquery = (): BigQuery =>
    (client ??= new BigQuery({
      projectId: billingProject,
      authClient: options.auth.client as never,
      ...(endpoint ? { apiEndpoint: endpoint } : {}),
      autoRetry: false,
      timeout: options.requestTimeoutMs ?? BIGQUERY_REQUEST_TIMEOUT_MS,
    } as ConstructorParameters<typeof BigQuery>[0]));

  function explain(e: unknown, what: string): Error {
    if (e instanceof InputError) return e;
    const reason = reasonOf(e);
    const code = codeOf(e);
    if (reason === 'bytesBilledLimitExceeded') {
      return new InputError(
        'maximum-bytes-billed',
        `BigQuery refused the ${what} query (${firstLine(e)})`,
        'raise maximum-bytes-billed, or narrow the window or services',
      );
    }
    if (reason === 'quotaExceeded' || reason === 'rateLimitExceeded' || reason === 'jobRateLimitExceeded') {
      return new Error(
        `BigQuery quota exhausted for the ${what} query after retries (${firstLine(e)}). Fix: run less often or narrow the window; check the project's BigQuery quotas.`,
      );
    }
    if (code === 403 || code === 404 || reason === 'accessDenied' || reason === 'notFound') {
      return new InputError(
        'bigquery-table',
        `BigQuery denied the ${what} query on ${settings.bigqueryTable} (${firstLine(e)})`,
        `grant ${options.auth.principal} roles/bigquery.jobUser on project ${billingProject} and roles/bigquery.dataViewer on the dataset ${table.dataset}, and check the table name`,
      );
    }
    if (reason === 'invalidQuery' || code === 400) {
      return new InputError(
        'bigquery-table',
        `BigQuery rejected the ${what} query (${firstLine(e)})`,
        'check that the table is a Log Analytics view (_AllLogs) or a log sink table; see docs/bigquery.md',
      );
    }
    if (code === undefined && !reason && /token|credential|STS|impersonat|OIDC/i.test(firstLine(e))) return explainAuthError(e, options.auth);
    return new Error(`BigQuery ${what} query failed (${firstLine(e)})`);
  }

  /** Parameters as the client encodes them (TIMESTAMP values as BigQueryTimestamp). */
  const wire = (sql: Sql) => ({
    query: sql.query,
    params: Object.fromEntries(Object.entries(sql.params).map(([k, v]) => [k, sql.types[k] === 'TIMESTAMP' ? BigQuery.timestamp(new Date(String(v))) : v])),
    types: sql.types,
  });

  /** Runs `fn`, retrying BigQuery's quota and backend errors with backoff. */
  async function retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        const reason = reasonOf(e);
        const retry = reason === 'quotaExceeded' ? attempt < 1 : RETRY_REASONS.has(reason ?? '') || codeOf(e) === 503;
        if (!retry || attempt >= backoff.retries) throw e;
        await clock.sleep(backoffDelay(backoff, attempt));
      }
    }
  }

  async function dryRun(sql: Sql, what: string): Promise<number> {
    stats.dryRuns += 1;
    let bytes: number;
    try {
      const [job] = await retrying(() => bigquery().createQueryJob({ ...wire(sql), dryRun: true }));
      const s = job.metadata?.statistics as { totalBytesProcessed?: string; query?: { totalBytesProcessed?: string } } | undefined;
      bytes = Number(s?.query?.totalBytesProcessed ?? s?.totalBytesProcessed ?? 0);
    } catch (e) {
      throw explain(e, what);
    }
    stats.bytesEstimated += bytes;
    const limit = settings.maximumBytesBilled;
    notes.push(`BigQuery ${what} query: the dry run estimates ${formatBytes(bytes)} processed${limit ? ` (maximum-bytes-billed ${formatBytes(limit)})` : ''}.`);
    if (limit !== undefined && bytes > limit) {
      throw new InputError(
        'maximum-bytes-billed',
        `the BigQuery ${what} query would process ${formatBytes(bytes)} (dry run), over the limit of ${formatBytes(limit)}`,
        'raise maximum-bytes-billed, or narrow the window or services',
      );
    }
    return bytes;
  }

  async function run(sql: Sql, what: string): Promise<Row[]> {
    await dryRun(sql, what);
    stats.queries += 1;
    try {
      const [rows] = await retrying(() =>
        bigquery().query({
          ...wire(sql),
          ...(settings.maximumBytesBilled ? { maximumBytesBilled: String(settings.maximumBytesBilled) } : {}),
          // BigQuery cancels the job past this (the run's bound on one query).
          jobTimeoutMs: BIGQUERY_JOB_TIMEOUT_MS,
        }),
      );
      stats.rows += rows.length;
      return rows as Row[];
    } catch (e) {
      throw explain(e, what);
    }
  }

  async function* entries(sql: Sql, what: string, limit: number): AsyncGenerator<SourceItem> {
    const rows = await run(sql, what);
    let position = 0;
    for (const row of rows) {
      position += 1;
      try {
        yield { kind: 'entry', position, value: rowToEntry(String(row.j)) };
      } catch (e) {
        yield { kind: 'malformed', position, reason: `BigQuery row is not JSON (${firstLine(e)})` };
      }
    }
    const total = Number(rows[0]?.total ?? 0);
    if (total > limit) {
      yield {
        kind: 'truncated',
        limit,
        note: `${what}: ${total - limit} of ${total} entries not read (newest first, max-entries ${limit}). Raise max-entries or narrow the window to see them.`,
      };
    }
  }

  async function* read(): AsyncGenerator<SourceItem> {
    const token = await options.auth.client.getAccessToken().catch((e: unknown) => {
      throw explainAuthError(e, options.auth);
    });
    if (!token.token) throw explainAuthError(new Error('the credentials gave no access token'), options.auth);
    const all = await run(groups, 'groups');
    // The row without a key counts the lines of split tracebacks: read them only when there are some.
    const rawCount = Number(all.find((r) => r.key === null || r.key === undefined)?.n ?? 0);
    const rows = all.filter((r) => r.key !== null && r.key !== undefined);
    stats.keys = rows.length;
    let refineBudget = settings.maxEntries;
    for (const row of rows) {
      const key = String(row.key);
      const samples = [...((row.first_samples as string[] | null) ?? []), ...((row.last_samples as string[] | null) ?? [])];
      yield {
        kind: 'group',
        key,
        count: Number(row.n),
        firstSeen: timestampValue(row.first_ts),
        lastSeen: timestampValue(row.last_ts),
        dimensions: dimensions((row.dims as string[] | null) ?? []),
        samples: samples.map((j) => rowToEntry(j)),
        refine: () => {
          stats.refined += 1;
          const limit = Math.max(1, Math.min(refineBudget, Number(row.n)));
          refineBudget = Math.max(0, refineBudget - limit);
          return entries(entriesSql(sqlOptions, limit, key), `refine (one key of ${Number(row.n)} entries)`, limit);
        },
      };
    }
    const keysTotal = Number(all[0]?.keys_total ?? 0) - (all.length > rows.length ? 1 : 0);
    if (keysTotal > rows.length) {
      yield {
        kind: 'truncated',
        limit: rows.length,
        note: `BigQuery: ${keysTotal - rows.length} rarer coarse keys of ${keysTotal} not returned (at most ${rows.length} per run); narrow the window or services to see them.`,
      };
    }
    if (rawCount > 0) {
      for await (const item of entries(entriesSql(sqlOptions, settings.maxEntries), 'split tracebacks', settings.maxEntries)) {
        if (item.kind === 'entry') stats.rawEntries += 1;
        yield item;
      }
    }
  }

  return {
    kind: 'bigquery',
    path: `\`${settings.bigqueryTable}\``,
    stats,
    read,
    query: description,
    // Read once the pipeline is done: refinements run after the groups query.
    get notes() {
      return stats.queries === 0
        ? notes
        : [
            ...notes,
            `BigQuery: ${stats.queries} queries returned ${stats.rows} rows for ${stats.keys} coarse keys (${stats.refined} refined by a query of their own, ${stats.rawEntries} lines of split tracebacks read as entries).`,
          ];
    },
  };
}
