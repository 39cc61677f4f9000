// The SQL of the BigQuery source, in the subset BigQuery and DuckDB (the test fake) share, with
// every value a query parameter. One set of CTEs reads either schema — the Log Analytics view
// (`json_payload`, `http_request`, `error_groups`, ...) or a log sink's tables (`jsonPayload`,
// `httpRequest`, `errorGroups`, ...) — through TO_JSON_STRING of the whole row, so a sink table
// that lacks a column (a table per log) reads as well as one that has it. Three queries use it:
//   groups  one row per coarse key: count, first/last seen, samples, and counts per dimension;
//   raw     entries SQL cannot join: lines of tracebacks printed one entry per line;
//   refine  the entries of one coarse key whose samples signed differently.
import type { Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { maskSql } from './masks.js';
// The same fields the normalizer reads a message, a stack and a logger's level from.
import { LEVEL_PATHS, levelSeverity, MESSAGE_PATHS, STACK_PATHS } from '../collect/normalize.js';
import { TRACE_LINE_REGEX } from '../gcp/query.js';
import { tableSql, type TableName } from './table.js';

/** Query parameters: STRING, INT64, TIMESTAMP (ISO string) or ARRAY<STRING>. */
type ParamValue = string | number | string[];
export type ParamType = 'STRING' | 'INT64' | 'TIMESTAMP' | ['STRING'];

export interface Sql {
  query: string;
  params: Record<string, ParamValue>;
  types: Record<string, ParamType>;
}

export interface SqlOptions {
  table: TableName;
  since: string;
  until: string;
  resourceType: string;
  services: string[];
  minSeverity: Severity;
  /** Most values kept per dimension of a key (hours, severities and logs are all kept). */
  topValues?: number;
  /** Most keys returned; the rest are counted and reported. */
  maxKeys?: number;
}

const SAMPLES_FIRST = 3;
const SAMPLES_LAST = 1;
const DEFAULT_TOP_VALUES = 20;
const DEFAULT_MAX_KEYS = 5000;
/** Separates dimension, value and count in a dims cell (values never hold it: it is a control character). */
export const DIM_SEPARATOR = '\u001f';

/** Either schema's spelling of one field, as JSONPath into the row's JSON. */
const either = (sink: string, analytics: string) => `COALESCE(JSON_VALUE(j, '$.${sink}'), JSON_VALUE(j, '$.${analytics}'))`;
const LEVEL_WORDS = [
  'trace',
  'silly',
  'verbose',
  'debug',
  'fine',
  'finer',
  'finest',
  'info',
  'http',
  'config',
  'notice',
  'warn',
  'warning',
  'error',
  'err',
  'exception',
  'severe',
  'critical',
  'crit',
  'fatal',
  'dpanic',
  'panic',
  'alert',
  'emerg',
  'emergency',
  'default',
];
/** A logger's level (word or number) as a severity name, as levelSeverity reads it. */
function levelCase(expr: string): string {
  const words = LEVEL_WORDS.map((w) => [w, levelSeverity(w)] as const).filter(([, v]) => v !== undefined);
  const numbers = [0, 100, 200, 300, 400, 500, 600, 700, 800].map((n) => `WHEN '${n}' THEN '${levelSeverity(n)}'`).join(' ');
  return `CASE LOWER(${expr}) ${words.map(([w, v]) => `WHEN '${w}' THEN '${v}'`).join(' ')} ${numbers}
      ELSE CASE WHEN SAFE_CAST(${expr} AS INT64) > 0 AND SAFE_CAST(${expr} AS INT64) < 100 THEN
        CASE WHEN SAFE_CAST(${expr} AS INT64) <= 20 THEN 'DEBUG' WHEN SAFE_CAST(${expr} AS INT64) <= 30 THEN 'INFO'
          WHEN SAFE_CAST(${expr} AS INT64) <= 40 THEN 'WARNING' WHEN SAFE_CAST(${expr} AS INT64) <= 50 THEN 'ERROR' ELSE 'CRITICAL' END END END`;
}

const RANK = `CASE severity ${SEVERITIES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE 0 END`;
const ERROR_RANK = SEVERITIES.indexOf('ERROR');

/** An entry without a severity that surely reports an error (src/collect/threshold.ts reportsError). */
const CERTAIN_ERROR = `(error_group IS NOT NULL OR stack IS NOT NULL OR REGEXP_CONTAINS(COALESCE(text, ''), @trace_head))`;
/** One that may (a trace line, an exception head): the normalizer's own rule decides, on the entry. */
const UNSURE_ERROR = `(NOT ${CERTAIN_ERROR} AND REGEXP_CONTAINS(COALESCE(text, ''), @trace_line))`;
/**
 * Single lines that may belong to a trace printed one entry per line: src/group/trace-lines.ts
 * `traceLike`, in RE2 (a test holds the two to the same answer on a corpus).
 */
export const TRACE_LIKE = [
  '^\\s*$', // blank
  '^\\s+\\S', // indented frames and source lines
  '^Traceback \\(most recent call last\\):',
  '^(?:During handling of the above exception|The above exception was the direct cause)',
  '^(?:Uncaught |Exception in thread "[^"]*" )?(?:[A-Za-z_$][\\w$]*[.])*[A-Za-z_$]?[\\w$]*(?:Error|Exception|Throwable|Exit|Interrupt|Failure|Fault)(?: \\[[\\w-]+\\])?(?::.*)?$',
  '^(?:Caused by|Suppressed): ',
  '^for call at$',
  '^Node\\.js v\\d+',
  '^\\s*[}\\]],?$',
  '^(?:file://)?/?[\\w@./-]+\\.[cm]?[jt]sx?:\\d+$',
  '^(?:panic: |fatal error: )',
  '^goroutine \\d+ \\[',
  '^[\\w-]+(?:/[\\w.-]+)*\\.[\\w.*()]+\\([^()]*\\)$',
  '^(?:created by |exit status \\d+|\\[signal )',
].join('|');

function common(o: SqlOptions): Sql {
  const first = maskSql(`COALESCE(REGEXP_EXTRACT(text, @first_line), '')`);
  const last = maskSql(`COALESCE(REGEXP_EXTRACT(COALESCE(stack, text), @last_line), '')`);
  const path = maskSql(`REGEXP_REPLACE(COALESCE(url, ''), @url_path, '')`);
  // mask parameters are the same in the three expressions
  const sharded = o.table.table.endsWith('*');
  const query = `WITH src AS (
  SELECT TO_JSON_STRING(t) AS j, t.timestamp AS ts
  FROM ${tableSql(o.table)} AS t
  WHERE t.timestamp >= @since AND t.timestamp < @until${sharded ? '\n    AND _TABLE_SUFFIX BETWEEN @first_shard AND @last_shard' : ''}
),
e AS (
  SELECT j, ts,
    -- An app's own level counts only when the entry has no severity (as the normalizer reads it).
    CASE WHEN COALESCE(JSON_VALUE(j, '$.severity'), 'DEFAULT') <> 'DEFAULT' THEN JSON_VALUE(j, '$.severity')
      ELSE COALESCE(${levelCase(`COALESCE(${LEVEL_PATHS.map((k) => either(`jsonPayload.${k}`, `json_payload.${k}`)).join(', ')})`)}, 'DEFAULT') END AS severity,
    JSON_VALUE(j, '$.resource.type') AS resource_type,
    COALESCE(${['service_name', 'job_name', 'function_name', 'module_id', 'container_name'].map((l) => `JSON_VALUE(j, '$.resource.labels.${l}')`).join(', ')}) AS service,
    COALESCE(JSON_VALUE(j, '$.resource.labels.revision_name'), JSON_VALUE(j, '$.resource.labels.version_id')) AS revision,
    COALESCE(JSON_VALUE(j, '$.resource.labels.location'), JSON_VALUE(j, '$.resource.labels.region'), JSON_VALUE(j, '$.resource.labels.zone')) AS location,
    JSON_VALUE(j, '$.labels.instanceId') AS instance,
    COALESCE(JSON_VALUE(j, '$.resource.labels.project_id'), REGEXP_EXTRACT(${either('logName', 'log_name')}, @project_of_log)) AS project,
    ${either('logName', 'log_name')} AS log_name,
    ${either('insertId', 'insert_id')} AS insert_id,
    COALESCE(${either('textPayload', 'text_payload')}, ${MESSAGE_PATHS.map((k) => either(`jsonPayload.${k}`, `json_payload.${k}`)).join(', ')},
      ${either('protoPayload.methodName', 'proto_payload.methodName')}) AS text,
    COALESCE(${STACK_PATHS.map((k) => either(`jsonPayload.${k}`, `json_payload.${k}`)).join(', ')}) AS stack,
    SAFE_CAST(${either('httpRequest.status', 'http_request.status')} AS INT64) AS status,
    ${either('httpRequest.requestMethod', 'http_request.request_method')} AS method,
    ${either('httpRequest.requestUrl', 'http_request.request_url')} AS url,
    ${either('errorGroups[0].id', 'error_groups[0].id')} AS error_group
  FROM src
),
f AS (
  SELECT *,
    -- A single line of output: what a traceback printed one entry per line is made of.
    (text IS NOT NULL AND STRPOS(text, @newline) = 0 AND stack IS NULL AND status IS NULL AND COALESCE(log_name, '') NOT LIKE '%requests') AS single_line,
    (text IS NOT NULL AND STRPOS(text, @newline) = 0 AND stack IS NULL AND status IS NULL AND COALESCE(log_name, '') NOT LIKE '%requests'
      AND REGEXP_CONTAINS(text, @trace_like)) AS like_line,
    (severity = 'DEFAULT' AND status IS NULL AND ${UNSURE_ERROR}) AS unsure
  FROM e
  WHERE resource_type = @resource_type
    AND (ARRAY_LENGTH(@services) = 0 OR service IN UNNEST(@services))
    AND (@min_rank = 0 OR ${RANK} >= @min_rank OR status >= 500
      OR (severity = 'DEFAULT' AND @min_rank <= ${ERROR_RANK} AND (${CERTAIN_ERROR} OR ${UNSURE_ERROR})))
),
-- Trace-like lines and their neighbours in time on one instance and log (over narrow rows only)
-- are read as entries, and the usual reassembly decides what they join: SQL cannot.
raws AS (
  SELECT insert_id, ts FROM (
    SELECT insert_id, ts, like_line, single_line, unsure,
      LAG(like_line) OVER (PARTITION BY project, COALESCE(instance, service, ''), log_name ORDER BY ts) AS prev_like,
      LEAD(like_line) OVER (PARTITION BY project, COALESCE(instance, service, ''), log_name ORDER BY ts) AS next_like
    FROM f
  ) AS w
  WHERE unsure OR like_line OR (single_line AND (COALESCE(prev_like, FALSE) OR COALESCE(next_like, FALSE)))
),
keyed AS (
  SELECT f.j AS j, f.ts AS ts, severity, service, revision, location, instance, log_name, status, text,
    raws.insert_id IS NOT NULL AS raw,
    CASE
      WHEN error_group IS NOT NULL THEN CONCAT('g|', error_group)
      WHEN status IS NOT NULL AND log_name LIKE '%requests' THEN CONCAT('r|', COALESCE(method, ''), ' ', ${path.sql}, ' ', CAST(status AS STRING))
      ELSE CONCAT('m|', ${first.sql}, '|', ${last.sql})
    END AS key
  FROM f LEFT JOIN raws ON f.insert_id = raws.insert_id AND f.ts = raws.ts
)`;
  const since = new Date(o.since);
  const until = new Date(Date.parse(o.until) - 1);
  const day = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
  const params: Record<string, ParamValue> = {
    since: o.since,
    until: o.until,
    ...(sharded ? { first_shard: day(since), last_shard: day(until) } : {}),
    resource_type: o.resourceType,
    services: o.services,
    min_rank: o.minSeverity === 'DEFAULT' ? 0 : SEVERITIES.indexOf(o.minSeverity),
    newline: '\n',
    trace_like: TRACE_LIKE,
    trace_head: '^(?:Traceback \\(most recent call last\\):|panic: |fatal error: )',
    trace_line: TRACE_LINE_REGEX,
    first_line: '[^\\n]*\\S[^\\n]*',
    last_line: '[^\\n]*\\S[^\\n]*\\s*$',
    url_path: '^[a-z]+://[^/?#]*|[?#].*$',
    project_of_log: '^projects/[^/]+',
    ...first.params,
  };
  return { query, params, types: typesOf(params) };
}

function typesOf(params: Record<string, ParamValue>): Record<string, ParamType> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      Array.isArray(v) ? ['STRING'] : typeof v === 'number' ? 'INT64' : k === 'since' || k === 'until' ? 'TIMESTAMP' : 'STRING',
    ]),
  ) as Record<string, ParamType>;
}

/** Dimensions counted per key: [name, column of combos]. */
const DIMENSIONS = ['severity', 'service', 'revision', 'location', 'instance', 'log', 'status', 'hour'];

/**
 * One row per coarse key, most frequent first, plus one row with key NULL counting the entries
 * left to the raw query (lines of split tracebacks). Per-dimension counts come from one GROUP BY
 * of every combination (far fewer rows than entries), so the entries are aggregated twice, not
 * once per dimension.
 */
export function groupsSql(o: SqlOptions): Sql {
  const c = common(o);
  const dims = DIMENSIONS.map((d) => `    SELECT key, '${d}' AS dim, ${d} AS value, SUM(n) AS n FROM combos GROUP BY key, value`).join('\n    UNION ALL\n');
  const query = `${c.query},
agg AS (
  SELECT CASE WHEN raw THEN NULL ELSE key END AS key, COUNT(*) AS n, MIN(ts) AS first_ts, MAX(ts) AS last_ts,
    ARRAY_AGG(j ORDER BY ts LIMIT ${SAMPLES_FIRST}) AS first_samples,
    ARRAY_AGG(j ORDER BY ts DESC LIMIT ${SAMPLES_LAST}) AS last_samples
  FROM keyed GROUP BY 1
),
combos AS (
  SELECT key, severity, service, revision, location, instance, log_name AS log, CAST(status AS STRING) AS status,
    FORMAT_TIMESTAMP(@hour_format, ts) AS hour, COUNT(*) AS n
  FROM keyed WHERE NOT raw GROUP BY key, severity, service, revision, location, instance, log, status, hour
),
dim_counts AS (
  SELECT key, dim, value, n, ROW_NUMBER() OVER (PARTITION BY key, dim ORDER BY n DESC, value) AS rn FROM (
${dims}
  ) AS d WHERE value IS NOT NULL
),
dims AS (
  SELECT key, ARRAY_AGG(CONCAT(dim, @sep, value, @sep, CAST(n AS STRING))) AS dims
  FROM dim_counts WHERE rn <= @top_values OR dim IN ('hour', 'severity', 'log') GROUP BY key
)
SELECT agg.key AS key, agg.n AS n, agg.first_ts AS first_ts, agg.last_ts AS last_ts, agg.first_samples AS first_samples,
  agg.last_samples AS last_samples, dims.dims AS dims, COUNT(*) OVER () AS keys_total
FROM agg LEFT JOIN dims ON agg.key = dims.key
ORDER BY agg.key IS NULL DESC, agg.n DESC, agg.key
LIMIT @max_keys`;
  const params = {
    ...c.params,
    hour_format: '%Y-%m-%dT%H',
    sep: DIM_SEPARATOR,
    top_values: o.topValues ?? DEFAULT_TOP_VALUES,
    max_keys: o.maxKeys ?? DEFAULT_MAX_KEYS,
  };
  return { query, params, types: typesOf(params) };
}

/** Entries of one kind, newest first: the lines of split tracebacks (`key` undefined) or one key's. */
export function entriesSql(o: SqlOptions, limit: number, key?: string): Sql {
  const c = common(o);
  const query = `${c.query}
SELECT j, COUNT(*) OVER () AS total FROM keyed
WHERE ${key === undefined ? 'raw' : 'NOT raw AND key = @key'}
ORDER BY ts DESC
LIMIT @limit`;
  const params = { ...c.params, limit, ...(key === undefined ? {} : { key }) };
  return { query, params, types: typesOf(params) };
}
