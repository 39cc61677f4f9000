"use strict";
exports.id = 948;
exports.ids = [948];
exports.modules = {

/***/ 59948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BIGQUERY_SCOPE: () => (/* binding */ BIGQUERY_SCOPE),
  bigQuerySource: () => (/* binding */ bigQuerySource)
});

// EXTERNAL MODULE: ./node_modules/@google-cloud/bigquery/build/src/index.js
var src = __webpack_require__(50676);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gcp/explain.ts
var gcp_explain = __webpack_require__(94161);
// EXTERNAL MODULE: ./src/gcp/pacing.ts
var pacing = __webpack_require__(54872);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/group/mask.ts + 1 modules
var mask = __webpack_require__(20706);
;// CONCATENATED MODULE: ./src/bigquery/masks.ts
// The engine's masks (src/group/mask.ts) translated to RE2, the regular expressions BigQuery (and
// DuckDB) run: the one place the SQL coarse key is defined. RE2 has no lookaround, so a rule that
// needs the character before a match captures it and puts it back; the shape tests of maskParts
// become one pattern per kind of value part. The key only needs to be at least as fine as the
// signer's grouping: keys that sign alike are merged after the query (src/collect/pre-grouped.ts),
// and the corpus test checks no key joins two different JavaScript masks.

/** Characters that end a part (mask.ts: Char.Delimiter), as an RE2 class body. */
const DELIM = `\\s=:,;|()\\[\\]{}<>@#"'/\\\\`;
const PART = `[^${DELIM}]`;
/** A whole part ends at a delimiter or the end: captured and put back (RE2 has no lookahead). */
const END = `([${DELIM}]|$)`;
const HOST = `(^|[${DELIM}])[a-z_-][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+${END}`;
/** In order: variables that may hold delimiters first, then value parts, then runs of variables. */
const RE2_MASKS = [
    { pattern: `[A-Za-z][A-Za-z0-9+.-]*://\\S+`, replacement: mask/* VAR */.OZ }, // URLs
    { pattern: `[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`, replacement: mask/* VAR */.OZ }, // e-mails
    { pattern: `(^|[\\s=:(\\[,])(?:'[^'\\s]*'|"[^"\\s]*"|\`[^\`\\s]*\`)($|[\\s,.;:)\\]])`, replacement: `\\1${mask/* VAR */.OZ}\\2` }, // quoted single values
    { pattern: `(^|\\s)(?:~|\\.{1,2})?/[^\\s/]*/\\S*`, replacement: `\\1${mask/* VAR */.OZ}` }, // paths with a folder
    { pattern: `(^|\\s)[A-Za-z]:\\\\\\S*`, replacement: `\\1${mask/* VAR */.OZ}` }, // Windows paths
    { pattern: `(^|\\s)([\\w.-]+)=\\S+`, replacement: `\\1\\2=${mask/* VAR */.OZ}` }, // key=value
    // Parts holding a digit, twice: neighbours share the delimiter between them. The engine also
    // takes a month name before a number and a unit after it into the value; the key keeps them
    // (finer, never coarser), which keeps the expressions cheap for the engine.
    { pattern: `(^|[${DELIM}])${PART}*[0-9]${PART}*${END}`, replacement: `\\1${mask/* VAR */.OZ}\\2` },
    { pattern: `(^|[${DELIM}])${PART}*[0-9]${PART}*${END}`, replacement: `\\1${mask/* VAR */.OZ}\\2` },
    // Lowercase dotted names (hostnames), twice: neighbours share the delimiter between them.
    { pattern: HOST, replacement: `\\1${mask/* VAR */.OZ}\\2` },
    { pattern: HOST, replacement: `\\1${mask/* VAR */.OZ}\\2` },
    { pattern: `\\s+`, replacement: ' ' },
    { pattern: `<\\*>(?:[\\s,;:|/@.\\-_#]*<\\*>)+`, replacement: mask/* VAR */.OZ }, // runs of variables
];
/** Query parameter names of rule i. */
const param = (i, what) => `mask${i}${what}`;
/** The same translation applied in JavaScript (for tests and the fake's checks). */
function re2Mask(text) {
    return RE2_MASKS.reduce((t, r) => t.replace(new RegExp(r.pattern, 'g'), r.replacement.replace(/\\(\d)/g, '$$$1')), text.trim()).trim();
}
/**
 * The SQL expression that masks `expr` (a STRING): one REGEXP_REPLACE per rule, patterns and
 * replacements passed as query parameters (no escaping rules differ between engines that way).
 */
function maskSql(expr) {
    const params = {};
    let sql = `TRIM(${expr})`;
    RE2_MASKS.forEach((r, i) => {
        params[param(i, 'p')] = r.pattern;
        params[param(i, 'r')] = r.replacement;
        sql = `REGEXP_REPLACE(${sql}, @${param(i, 'p')}, @${param(i, 'r')})`;
    });
    return { sql: `TRIM(${sql})`, params };
}

// EXTERNAL MODULE: ./src/collect/normalize.ts
var normalize = __webpack_require__(59705);
// EXTERNAL MODULE: ./src/gcp/query.ts
var gcp_query = __webpack_require__(5366);
// EXTERNAL MODULE: ./src/bigquery/table.ts
var bigquery_table = __webpack_require__(3630);
;// CONCATENATED MODULE: ./src/bigquery/sql.ts


// The same fields the normalizer reads a message, a stack and a logger's level from.



const SAMPLES_FIRST = 3;
const SAMPLES_LAST = 1;
const DEFAULT_TOP_VALUES = 20;
const DEFAULT_MAX_KEYS = 5000;
/** Separates dimension, value and count in a dims cell (values never hold it: it is a control character). */
const DIM_SEPARATOR = '\u001f';
/** Either schema's spelling of one field, as JSONPath into the row's JSON. */
const either = (sink, analytics) => `COALESCE(JSON_VALUE(j, '$.${sink}'), JSON_VALUE(j, '$.${analytics}'))`;
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
function levelCase(expr) {
    const words = LEVEL_WORDS.map((w) => [w, (0,normalize/* levelSeverity */.wu)(w)]).filter(([, v]) => v !== undefined);
    const numbers = [0, 100, 200, 300, 400, 500, 600, 700, 800].map((n) => `WHEN '${n}' THEN '${(0,normalize/* levelSeverity */.wu)(n)}'`).join(' ');
    return `CASE LOWER(${expr}) ${words.map(([w, v]) => `WHEN '${w}' THEN '${v}'`).join(' ')} ${numbers}
      ELSE CASE WHEN SAFE_CAST(${expr} AS INT64) > 0 AND SAFE_CAST(${expr} AS INT64) < 100 THEN
        CASE WHEN SAFE_CAST(${expr} AS INT64) <= 20 THEN 'DEBUG' WHEN SAFE_CAST(${expr} AS INT64) <= 30 THEN 'INFO'
          WHEN SAFE_CAST(${expr} AS INT64) <= 40 THEN 'WARNING' WHEN SAFE_CAST(${expr} AS INT64) <= 50 THEN 'ERROR' ELSE 'CRITICAL' END END END`;
}
const RANK = `CASE severity ${types/* SEVERITIES */.oC.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE 0 END`;
const ERROR_RANK = types/* SEVERITIES */.oC.indexOf('ERROR');
/** An entry without a severity that surely reports an error (src/collect/threshold.ts reportsError). */
const CERTAIN_ERROR = `(error_group IS NOT NULL OR stack IS NOT NULL OR REGEXP_CONTAINS(COALESCE(text, ''), @trace_head))`;
/** One that may (a trace line, an exception head): the normalizer's own rule decides, on the entry. */
const UNSURE_ERROR = `(NOT ${CERTAIN_ERROR} AND REGEXP_CONTAINS(COALESCE(text, ''), @trace_line))`;
/**
 * Single lines that may belong to a trace printed one entry per line: src/group/trace-lines.ts
 * `traceLike`, in RE2 (a test holds the two to the same answer on a corpus).
 */
const TRACE_LIKE = [
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
function common(o) {
    const first = maskSql(`COALESCE(REGEXP_EXTRACT(text, @first_line), '')`);
    const last = maskSql(`COALESCE(REGEXP_EXTRACT(COALESCE(stack, text), @last_line), '')`);
    const path = maskSql(`REGEXP_REPLACE(COALESCE(url, ''), @url_path, '')`);
    // mask parameters are the same in the three expressions
    const sharded = o.table.table.endsWith('*');
    const query = `WITH src AS (
  SELECT TO_JSON_STRING(t) AS j, t.timestamp AS ts
  FROM ${(0,bigquery_table/* tableSql */.dS)(o.table)} AS t
  WHERE t.timestamp >= @since AND t.timestamp < @until${sharded ? '\n    AND _TABLE_SUFFIX BETWEEN @first_shard AND @last_shard' : ''}
),
e AS (
  SELECT j, ts,
    -- An app's own level counts only when the entry has no severity (as the normalizer reads it).
    CASE WHEN COALESCE(JSON_VALUE(j, '$.severity'), 'DEFAULT') <> 'DEFAULT' THEN JSON_VALUE(j, '$.severity')
      ELSE COALESCE(${levelCase(`COALESCE(${normalize/* LEVEL_PATHS */.aD.map((k) => either(`jsonPayload.${k}`, `json_payload.${k}`)).join(', ')})`)}, 'DEFAULT') END AS severity,
    JSON_VALUE(j, '$.resource.type') AS resource_type,
    COALESCE(${['service_name', 'job_name', 'function_name', 'module_id', 'container_name'].map((l) => `JSON_VALUE(j, '$.resource.labels.${l}')`).join(', ')}) AS service,
    COALESCE(JSON_VALUE(j, '$.resource.labels.revision_name'), JSON_VALUE(j, '$.resource.labels.version_id')) AS revision,
    COALESCE(JSON_VALUE(j, '$.resource.labels.location'), JSON_VALUE(j, '$.resource.labels.region'), JSON_VALUE(j, '$.resource.labels.zone')) AS location,
    JSON_VALUE(j, '$.labels.instanceId') AS instance,
    COALESCE(JSON_VALUE(j, '$.resource.labels.project_id'), REGEXP_EXTRACT(${either('logName', 'log_name')}, @project_of_log)) AS project,
    ${either('logName', 'log_name')} AS log_name,
    ${either('insertId', 'insert_id')} AS insert_id,
    COALESCE(${either('textPayload', 'text_payload')}, ${normalize/* MESSAGE_PATHS */.vc.map((k) => either(`jsonPayload.${k}`, `json_payload.${k}`)).join(', ')},
      ${either('protoPayload.methodName', 'proto_payload.methodName')}) AS text,
    COALESCE(${normalize/* STACK_PATHS */.aM.map((k) => either(`jsonPayload.${k}`, `json_payload.${k}`)).join(', ')}) AS stack,
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
    const day = (d) => d.toISOString().slice(0, 10).replace(/-/g, '');
    const params = {
        since: o.since,
        until: o.until,
        ...(sharded ? { first_shard: day(since), last_shard: day(until) } : {}),
        resource_type: o.resourceType,
        services: o.services,
        min_rank: o.minSeverity === 'DEFAULT' ? 0 : types/* SEVERITIES */.oC.indexOf(o.minSeverity),
        newline: '\n',
        trace_like: TRACE_LIKE,
        trace_head: '^(?:Traceback \\(most recent call last\\):|panic: |fatal error: )',
        trace_line: gcp_query/* TRACE_LINE_REGEX */.nx,
        first_line: '[^\\n]*\\S[^\\n]*',
        last_line: '[^\\n]*\\S[^\\n]*\\s*$',
        url_path: '^[a-z]+://[^/?#]*|[?#].*$',
        project_of_log: '^projects/[^/]+',
        ...first.params,
    };
    return { query, params, types: typesOf(params) };
}
function typesOf(params) {
    return Object.fromEntries(Object.entries(params).map(([k, v]) => [
        k,
        Array.isArray(v) ? ['STRING'] : typeof v === 'number' ? 'INT64' : k === 'since' || k === 'until' ? 'TIMESTAMP' : 'STRING',
    ]));
}
/** Dimensions counted per key: [name, column of combos]. */
const DIMENSIONS = ['severity', 'service', 'revision', 'location', 'instance', 'log', 'status', 'hour'];
/**
 * One row per coarse key, most frequent first, plus one row with key NULL counting the entries
 * left to the raw query (lines of split tracebacks). Per-dimension counts come from one GROUP BY
 * of every combination (far fewer rows than entries), so the entries are aggregated twice, not
 * once per dimension.
 */
function groupsSql(o) {
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
function entriesSql(o, limit, key) {
    const c = common(o);
    const query = `${c.query}
SELECT j, COUNT(*) OVER () AS total FROM keyed
WHERE ${key === undefined ? 'raw' : 'NOT raw AND key = @key'}
ORDER BY ts DESC
LIMIT @limit`;
    const params = { ...c.params, limit, ...(key === undefined ? {} : { key }) };
    return { query, params, types: typesOf(params) };
}

;// CONCATENATED MODULE: ./src/bigquery/rows.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const camel = (k) => k.replace(/_([a-z])/g, (_m, c) => c.toUpperCase());
/** Fields whose own keys are schema fields (renamed), not log content (kept as they are). */
const SCHEMA_RECORDS = new Set(['httpRequest', 'sourceLocation', 'operation', 'split']);
function dropNulls(v) {
    if (Array.isArray(v))
        return v.map(dropNulls);
    if (!isObject(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v))
        if (x !== null && x !== undefined)
            out[k] = dropNulls(x);
    return out;
}
/** "2025-09-11 12:31:22.373" (no zone: UTC) or RFC 3339 -> RFC 3339 with Z. */
function timestamp(v) {
    if (typeof v !== 'string')
        return v;
    const m = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)(Z|[+-]\d\d:?\d\d)?$/.exec(v);
    return m ? `${m[1]}T${m[2]}${m[3] && m[3] !== '+00:00' && m[3] !== '+0000' ? m[3] : 'Z'}` : v;
}
/** BigQuery prints an INTERVAL as "Y-M D H:M:S[.F]"; Cloud Logging's latency is "S.Fs". */
function latency(v) {
    const m = typeof v === 'string' ? /^\d+-\d+ \d+ (\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(v) : null;
    return m ? `${Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])}s` : v;
}
/** One row's JSON (TO_JSON_STRING of the whole row) as a gcloud-shaped entry. */
function rowToEntry(json) {
    const row = dropNulls(JSON.parse(json));
    const out = {};
    for (const [k, v] of Object.entries(row)) {
        if (k === '_TABLE_SUFFIX' || k === 'severity_number' || k === 'log_id')
            continue;
        const key = camel(k);
        out[key] = SCHEMA_RECORDS.has(key) && isObject(v) ? Object.fromEntries(Object.entries(v).map(([a, b]) => [camel(a), b])) : v;
    }
    for (const k of ['timestamp', 'receiveTimestamp'])
        if (k in out)
            out[k] = timestamp(out[k]);
    if (isObject(out.httpRequest) && 'latency' in out.httpRequest)
        out.httpRequest.latency = latency(out.httpRequest.latency);
    return out;
}
/** "dim<US>value<US>count" cells -> counts per dimension. */
function dimensions(cells) {
    const out = {};
    for (const c of cells) {
        const parts = c.split(DIM_SEPARATOR);
        if (parts.length < 3)
            continue;
        const dim = parts[0];
        const n = Number(parts[parts.length - 1]);
        const value = parts.slice(1, -1).join(DIM_SEPARATOR);
        if (!Number.isFinite(n))
            continue;
        (out[dim] ??= {})[value] = (out[dim][value] ?? 0) + n;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/bigquery/source.ts
// The BigQuery source: groups the logs where they live (a Log Analytics linked dataset or a log
// sink's tables). One query returns a row per coarse key (count, first/last seen, counts per
// dimension, a few whole entries); a second returns the lines of tracebacks printed one entry per
// line, which SQL cannot join (they go through the usual reassembly); a key whose samples sign
// differently is refined by a query for that key's entries. Every query is dry-run first: its
// estimate goes to the worklog, and one over maximum-bytes-billed stops the run before it costs.







const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
const ENV_BIGQUERY_ENDPOINT = 'LOG_GARDENER_BIGQUERY_ENDPOINT';
/** Each HTTP request to BigQuery is cut off after this long; a query's own wait is bounded apart. */
const BIGQUERY_REQUEST_TIMEOUT_MS = 30_000;
/** How long BigQuery may run one query before the run gives up on it. */
const BIGQUERY_JOB_TIMEOUT_MS = 300_000;
function formatBytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
    let v = n;
    let i = 0;
    while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i += 1;
    }
    return `${Number(v.toFixed(v < 10 ? 2 : 1))} ${units[i]}`;
}
const reasonOf = (e) => e?.errors?.[0]?.reason;
const codeOf = (e) => e?.code;
const firstLine = (e) => (e instanceof Error ? e.message : String(e)).split('\n')[0];
const RETRY_REASONS = new Set(['rateLimitExceeded', 'backendError', 'internalError', 'jobRateLimitExceeded']);
function timestampValue(v) {
    const raw = v?.value ?? v;
    if (typeof raw === 'string' && /^\d+$/.test(raw))
        return new Date(Number(raw) / 1000).toISOString();
    return new Date(String(raw)).toISOString();
}
/** `bq query` with the same parameters, for the worklog (what gcloud is for Cloud Logging). */
function bqCommand(sql, billingProject) {
    const q = (v) => `'${v.replace(/'/g, "'\\''")}'`;
    const type = (t) => (Array.isArray(t) ? 'ARRAY<STRING>' : t);
    const value = (v) => (Array.isArray(v) ? JSON.stringify(v) : String(v));
    const params = Object.entries(sql.params).map(([k, v]) => `--parameter=${q(`${k}:${type(sql.types[k])}:${value(v)}`)}`);
    return [`bq query --use_legacy_sql=false${billingProject ? ` --project_id=${billingProject}` : ''}`, ...params, q(sql.query)].join(' \\\n  ');
}
function bigQuerySource(settings, options) {
    if (!settings.bigqueryTable) {
        throw new errors/* InputError */.d('bigquery-table', 'is required with source bigquery', 'set it to project.dataset._AllLogs (a Log Analytics linked dataset) or a log sink table');
    }
    if (settings.extraFilter) {
        throw new errors/* InputError */.d('filter', 'is Logging query language, which the BigQuery source cannot apply', 'remove filter with source bigquery (service, resource-type, min-severity and the window are applied in SQL), or use source cloud-logging');
    }
    const table = (0,bigquery_table/* parseTableName */.HC)(settings.bigqueryTable);
    const env = options.env ?? process.env;
    const clock = options.clock ?? pacing/* realClock */.dQ;
    const backoff = options.backoff ?? pacing/* DEFAULT_BACKOFF */.VU;
    const billingProject = settings.projects[0] ?? table.project;
    const q = options.query;
    const sqlOptions = { table, since: q.since, until: q.until, resourceType: q.resourceType, services: q.services, minSeverity: q.minSeverity };
    const groups = groupsSql(sqlOptions);
    const stats = { queries: 0, dryRuns: 0, rows: 0, bytesEstimated: 0, keys: 0, refined: 0, rawEntries: 0 };
    const notes = [];
    const description = { ...q, filter: groups.query, gcloudCommand: bqCommand(groups, billingProject) };
    const endpoint = env[ENV_BIGQUERY_ENDPOINT]?.trim().replace(/\/+$/, '');
    let client;
    const bigquery = () => (client ??= new src.BigQuery({
        projectId: billingProject,
        authClient: options.auth.client,
        ...(endpoint ? { apiEndpoint: endpoint } : {}),
        autoRetry: false,
        timeout: options.requestTimeoutMs ?? BIGQUERY_REQUEST_TIMEOUT_MS,
    }));
    function explain(e, what) {
        if (e instanceof errors/* InputError */.d)
            return e;
        const reason = reasonOf(e);
        const code = codeOf(e);
        if (reason === 'bytesBilledLimitExceeded') {
            return new errors/* InputError */.d('maximum-bytes-billed', `BigQuery refused the ${what} query (${firstLine(e)})`, 'raise maximum-bytes-billed, or narrow the window or services');
        }
        if (reason === 'quotaExceeded' || reason === 'rateLimitExceeded' || reason === 'jobRateLimitExceeded') {
            return new Error(`BigQuery quota exhausted for the ${what} query after retries (${firstLine(e)}). Fix: run less often or narrow the window; check the project's BigQuery quotas.`);
        }
        if (code === 403 || code === 404 || reason === 'accessDenied' || reason === 'notFound') {
            return new errors/* InputError */.d('bigquery-table', `BigQuery denied the ${what} query on ${settings.bigqueryTable} (${firstLine(e)})`, `grant ${options.auth.principal} roles/bigquery.jobUser on project ${billingProject} and roles/bigquery.dataViewer on the dataset ${table.dataset}, and check the table name`);
        }
        if (reason === 'invalidQuery' || code === 400) {
            return new errors/* InputError */.d('bigquery-table', `BigQuery rejected the ${what} query (${firstLine(e)})`, 'check that the table is a Log Analytics view (_AllLogs) or a log sink table; see docs/bigquery.md');
        }
        if (code === undefined && !reason && /token|credential|STS|impersonat|OIDC/i.test(firstLine(e)))
            return (0,gcp_explain/* explainAuthError */.y6)(e, options.auth);
        return new Error(`BigQuery ${what} query failed (${firstLine(e)})`);
    }
    /** Parameters as the client encodes them (TIMESTAMP values as BigQueryTimestamp). */
    const wire = (sql) => ({
        query: sql.query,
        params: Object.fromEntries(Object.entries(sql.params).map(([k, v]) => [k, sql.types[k] === 'TIMESTAMP' ? src.BigQuery.timestamp(new Date(String(v))) : v])),
        types: sql.types,
    });
    /** Runs `fn`, retrying BigQuery's quota and backend errors with backoff. */
    async function retrying(fn) {
        for (let attempt = 0;; attempt++) {
            try {
                return await fn();
            }
            catch (e) {
                const reason = reasonOf(e);
                const retry = reason === 'quotaExceeded' ? attempt < 1 : RETRY_REASONS.has(reason ?? '') || codeOf(e) === 503;
                if (!retry || attempt >= backoff.retries)
                    throw e;
                await clock.sleep((0,pacing/* backoffDelay */.EY)(backoff, attempt));
            }
        }
    }
    async function dryRun(sql, what) {
        stats.dryRuns += 1;
        let bytes;
        try {
            const [job] = await retrying(() => bigquery().createQueryJob({ ...wire(sql), dryRun: true }));
            const s = job.metadata?.statistics;
            bytes = Number(s?.query?.totalBytesProcessed ?? s?.totalBytesProcessed ?? 0);
        }
        catch (e) {
            throw explain(e, what);
        }
        stats.bytesEstimated += bytes;
        const limit = settings.maximumBytesBilled;
        notes.push(`BigQuery ${what} query: the dry run estimates ${formatBytes(bytes)} processed${limit ? ` (maximum-bytes-billed ${formatBytes(limit)})` : ''}.`);
        if (limit !== undefined && bytes > limit) {
            throw new errors/* InputError */.d('maximum-bytes-billed', `the BigQuery ${what} query would process ${formatBytes(bytes)} (dry run), over the limit of ${formatBytes(limit)}`, 'raise maximum-bytes-billed, or narrow the window or services');
        }
        return bytes;
    }
    async function run(sql, what) {
        await dryRun(sql, what);
        stats.queries += 1;
        try {
            const [rows] = await retrying(() => bigquery().query({
                ...wire(sql),
                ...(settings.maximumBytesBilled ? { maximumBytesBilled: String(settings.maximumBytesBilled) } : {}),
                // BigQuery cancels the job past this (the run's bound on one query).
                jobTimeoutMs: BIGQUERY_JOB_TIMEOUT_MS,
            }));
            stats.rows += rows.length;
            return rows;
        }
        catch (e) {
            throw explain(e, what);
        }
    }
    async function* entries(sql, what, limit) {
        const rows = await run(sql, what);
        let position = 0;
        for (const row of rows) {
            position += 1;
            try {
                yield { kind: 'entry', position, value: rowToEntry(String(row.j)) };
            }
            catch (e) {
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
    async function* read() {
        const token = await options.auth.client.getAccessToken().catch((e) => {
            throw (0,gcp_explain/* explainAuthError */.y6)(e, options.auth);
        });
        if (!token.token)
            throw (0,gcp_explain/* explainAuthError */.y6)(new Error('the credentials gave no access token'), options.auth);
        const all = await run(groups, 'groups');
        // The row without a key counts the lines of split tracebacks: read them only when there are some.
        const rawCount = Number(all.find((r) => r.key === null || r.key === undefined)?.n ?? 0);
        const rows = all.filter((r) => r.key !== null && r.key !== undefined);
        stats.keys = rows.length;
        let refineBudget = settings.maxEntries;
        for (const row of rows) {
            const key = String(row.key);
            const samples = [...(row.first_samples ?? []), ...(row.last_samples ?? [])];
            yield {
                kind: 'group',
                key,
                count: Number(row.n),
                firstSeen: timestampValue(row.first_ts),
                lastSeen: timestampValue(row.last_ts),
                dimensions: dimensions(row.dims ?? []),
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
                if (item.kind === 'entry')
                    stats.rawEntries += 1;
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


/***/ }),

/***/ 94161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X$: () => (/* binding */ explainLoggingError),
/* harmony export */   _K: () => (/* binding */ grpcCode),
/* harmony export */   nW: () => (/* binding */ Status),
/* harmony export */   so: () => (/* binding */ explainUnreachable),
/* harmony export */   y6: () => (/* binding */ explainAuthError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// One-line explanations of Google failures, naming the role or setting that fixes them.

/** gRPC status codes the source acts on. */
const Status = {
    INVALID_ARGUMENT: 3,
    DEADLINE_EXCEEDED: 4,
    NOT_FOUND: 5,
    PERMISSION_DENIED: 7,
    RESOURCE_EXHAUSTED: 8,
    INTERNAL: 13,
    UNAVAILABLE: 14,
    UNAUTHENTICATED: 16,
};
function firstLine(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
function urlOf(e) {
    return String(e.response?.config?.url ?? e.config?.url ?? '');
}
function googleMessage(data) {
    if (typeof data !== 'object' || data === null)
        return undefined;
    const d = data;
    if (typeof d.error_description === 'string')
        return d.error_description;
    if (typeof d.error === 'object' && d.error && typeof d.error.message === 'string')
        return d.error.message;
    return undefined;
}
/** Turns a failure to obtain a Google access token into an InputError that says what to fix. */
function explainAuthError(e, auth) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d)
        return e;
    const err = (e ?? {});
    const url = urlOf(err);
    const message = firstLine(e);
    if (auth.impersonationUrl && url.startsWith(auth.impersonationUrl)) {
        const why = googleMessage(err.response?.data) ?? message;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('service-account', `impersonating ${auth.serviceAccount} was denied (${why})`, `grant the workload identity principal roles/iam.workloadIdentityUser on the service account (or roles/iam.serviceAccountTokenCreator), and check the service account exists`);
    }
    if (auth.stsUrl && (url.startsWith(auth.stsUrl) || /^Error code /.test(message))) {
        const why = googleMessage(err.response?.data) ?? message.replace(/^Error code /, '');
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('workload-identity-provider', `Google STS rejected the GitHub OIDC token (${why})`, 'check the provider name, its attribute condition (e.g. assertion.repository), and the audience; the pool must trust token.actions.githubusercontent.com');
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(auth.mode === 'adc' ? 'auth-mode' : 'workload-identity-provider', `could not get a Google access token (${message})`, 'check the credentials the job runs with');
}
function grpcCode(e) {
    const code = e?.code;
    return typeof code === 'number' ? code : undefined;
}
/** The failure line for a Cloud Logging error that stopped reading one project. */
function explainLoggingError(e, project, auth) {
    const code = grpcCode(e);
    const detail = firstLine(e);
    if (code === Status.PERMISSION_DENIED || code === Status.NOT_FOUND) {
        return `Cloud Logging denied reading project ${project} (${detail}). Fix: grant roles/logging.viewer on project ${project} to ${auth.principal}, and check the project id.`;
    }
    if (code === Status.UNAUTHENTICATED) {
        return `Cloud Logging rejected the access token for project ${project} (${detail}). Fix: check the credentials (${auth.mode}).`;
    }
    if (code === Status.RESOURCE_EXHAUSTED) {
        return `Cloud Logging quota exhausted for project ${project} after retries (${detail}). Fix: run less often, narrow the window, or lower max-entries.`;
    }
    return `Cloud Logging failed for project ${project} (${detail}).`;
}
/** What the client reports when it never got a protocol answer: refused, reset, timed out, or another protocol. */
const CONNECTION_FAILURE = /No connection established|Connection dropped|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|Protocol error|Received HTTP status code|Received RST_STREAM|Name resolution failed|socket hang up|Parse Error|HPE_|Deadline exceeded|deadline|timeout|timed out|aborted|Unexpected token|is not valid JSON|Failed to parse/i;
/**
 * The one-line error for a first call that never reached a Cloud Logging service speaking the
 * chosen protocol; undefined when the service answered (a status of its own, even an error).
 */
function explainUnreachable(e, ctx) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d)
        return undefined;
    const code = grpcCode(e);
    const message = firstLine(e);
    const clientSide = code === undefined || code === Status.UNAVAILABLE || code === Status.DEADLINE_EXCEEDED;
    if (!clientSide || !(CONNECTION_FAILURE.test(message) || typeof e?.code === 'string'))
        return undefined;
    const timedOut = code === Status.DEADLINE_EXCEEDED || /deadline|timeout|timed out|aborted/i.test(message);
    const why = timedOut ? `no answer within ${Math.round(ctx.timeoutMs / 1000)} s` : message;
    const protocol = ctx.transport === 'rest' ? 'REST (HTTP/1.1 JSON)' : 'gRPC';
    const other = ctx.transport === 'rest' ? 'grpc' : 'rest';
    const fix = ctx.override
        ? `check that LOG_GARDENER_LOGGING_ENDPOINT names a running endpoint that speaks ${protocol}, or set transport: ${other} if it speaks the other protocol`
        : ctx.transport === 'grpc'
            ? 'if this network blocks gRPC (a proxy or firewall that passes only HTTP/1.1), set transport: rest; otherwise check the runner reaches logging.googleapis.com:443'
            : 'check the runner reaches logging.googleapis.com:443 (proxy settings: HTTPS_PROXY), or try transport: grpc';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(ctx.override ? 'LOG_GARDENER_LOGGING_ENDPOINT' : 'transport', `could not reach Cloud Logging at ${ctx.where} over ${protocol} (${why})`, fix);
}


/***/ }),

/***/ 54872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   dQ: () => (/* reexport safe */ _clock_js__WEBPACK_IMPORTED_MODULE_0__.dQ),
/* harmony export */   v$: () => (/* binding */ RateLimiter)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
// Staying inside Cloud Logging's read quota (entries.list: 60 requests/minute/project) and
// backing off when the service says so.


/** A sliding-window limit per key: at most `limit` requests in any `windowMs`. */
class RateLimiter {
    limit;
    windowMs;
    clock;
    sent = new Map();
    constructor(limit, windowMs, clock = _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.clock = clock;
    }
    /** Waits until a request for `key` fits in the window, then records it. Returns the wait in ms. */
    async take(key) {
        if (this.limit <= 0)
            return 0;
        const times = this.sent.get(key) ?? [];
        this.sent.set(key, times);
        let waited = 0;
        for (;;) {
            const now = this.clock.now();
            while (times.length > 0 && times[0] <= now - this.windowMs)
                times.shift();
            if (times.length < this.limit) {
                times.push(now);
                return waited;
            }
            const wait = times[0] + this.windowMs - now;
            waited += wait;
            await this.clock.sleep(wait);
        }
    }
}
const DEFAULT_BACKOFF = { retries: 5, initialMs: 2_000, maxMs: 60_000 };
/** Delay before retry number `attempt` (0-based): doubling, capped. */
function backoffDelay(policy, attempt) {
    return Math.min(policy.maxMs, policy.initialMs * 2 ** attempt);
}


/***/ })

};
;
//# sourceMappingURL=948.index.js.map