"use strict";
exports.id = 366;
exports.ids = [366];
exports.modules = {

/***/ 59705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ normalizeEntry),
/* harmony export */   aD: () => (/* binding */ LEVEL_PATHS),
/* harmony export */   aM: () => (/* binding */ STACK_PATHS),
/* harmony export */   f8: () => (/* binding */ logKind),
/* harmony export */   jm: () => (/* binding */ EntryError),
/* harmony export */   vc: () => (/* binding */ MESSAGE_PATHS),
/* harmony export */   wu: () => (/* binding */ levelSeverity)
/* harmony export */ });
/* unused harmony exports parseSeverity, boundedJson */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95359);


class EntryError extends Error {
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** Numeric severities of the LogSeverity enum, as the API sends them with enum-encoding=int. */
const SEVERITY_NUMBERS = {
    0: 'DEFAULT',
    100: 'DEBUG',
    200: 'INFO',
    300: 'NOTICE',
    400: 'WARNING',
    500: 'ERROR',
    600: 'CRITICAL',
    700: 'ALERT',
    800: 'EMERGENCY',
};
function parseSeverity(v) {
    if (v === undefined || v === null || v === '')
        return 'DEFAULT';
    if (typeof v === 'number' && SEVERITY_NUMBERS[v])
        return SEVERITY_NUMBERS[v];
    const s = String(v).toUpperCase();
    if (s === 'WARN')
        return 'WARNING';
    if (s === 'FATAL')
        return 'CRITICAL';
    if (_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.includes(s))
        return s;
    throw new EntryError(`unknown severity ${JSON.stringify(v)} (expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.join(', ')})`);
}
/** logKind per distinct logName: a service writes to a handful. Bounded; cleared when full. */
const kindCache = new Map();
function logKind(logName) {
    if (!logName)
        return 'other';
    let kind = kindCache.get(logName);
    if (kind === undefined) {
        if (kindCache.size >= 1000)
            kindCache.clear();
        kindCache.set(logName, (kind = kindOf(logName)));
    }
    return kind;
}
function kindOf(logName) {
    const id = decodeURIComponent(logName.split('/logs/')[1] ?? logName);
    if (/(^|\/)stderr$/.test(id))
        return 'stderr';
    if (/(^|\/)stdout$/.test(id))
        return 'stdout';
    if (/(^|\/)requests$/.test(id))
        return 'requests';
    if (/varlog\/system$|(^|\/)system$/.test(id))
        return 'system';
    return 'other';
}
function parseLatency(v) {
    if (typeof v === 'number')
        return v;
    if (isObject(v))
        return Number(v.seconds ?? 0) + Number(v.nanos ?? 0) / 1e9;
    const m = typeof v === 'string' ? /^([\d.]+)s$/.exec(v) : null;
    return m ? Number(m[1]) : undefined;
}
function httpInfo(h) {
    if (!isObject(h))
        return undefined;
    const url = str(h.requestUrl);
    let path;
    if (url) {
        try {
            path = new URL(url, 'http://x').pathname;
        }
        catch {
            path = url.split('?')[0];
        }
    }
    const status = h.status === undefined ? undefined : Number(h.status);
    const method = str(h.requestMethod)?.toUpperCase();
    return {
        // An HTTP method is a token of letters; anything else is log text pretending to be one.
        method: method && /^[A-Z]{1,16}$/.test(method) ? method : method === undefined ? undefined : 'OTHER',
        url,
        path,
        status: Number.isFinite(status) ? status : undefined,
        latencySeconds: parseLatency(h.latency),
        userAgent: str(h.userAgent),
    };
}
function describeRequest(h) {
    const latency = h.latencySeconds === undefined ? '' : ` in ${h.latencySeconds.toFixed(3)}s`;
    return `${h.method ?? 'GET'} ${h.path ?? '/'} -> ${h.status ?? '?'}${latency}`;
}
/** Where loggers put the message, first match wins: top-level keys, then inside an error object. */
const MESSAGE_PATHS = [
    'message',
    'msg',
    'MESSAGE',
    'text',
    'textPayload',
    'event',
    'error_message',
    'log',
    'error.message',
    'err.message',
    'err',
    'error',
];
/** Where loggers put a stack trace or exception. */
const STACK_PATHS = [
    'stack_trace',
    'stackTrace',
    'stacktrace',
    'stack',
    'exception',
    'exc_info',
    'traceback',
    'errorVerbose',
    'error.stack',
    'error.stack_trace',
    'error.traceback',
    'error.exception',
    'err.stack',
    'exception.stack_trace',
];
// Not `name`: applications put people's names and emails there as often as a logger's.
const LOGGER_KEYS = ['logger', 'logger_name', 'loggerName', 'module', 'component'];
/** Level fields of common loggers (pino, bunyan, zap, logrus, winston, structlog, python-json-logger, ECS). */
const LEVEL_PATHS = ['severity', 'level', 'levelname', 'log_level', 'loglevel', 'lvl', 'log.level'];
const LEVEL_WORDS = {
    trace: 'DEBUG',
    silly: 'DEBUG',
    verbose: 'DEBUG',
    debug: 'DEBUG',
    fine: 'DEBUG',
    finer: 'DEBUG',
    finest: 'DEBUG',
    info: 'INFO',
    http: 'INFO',
    config: 'INFO',
    notice: 'NOTICE',
    warn: 'WARNING',
    warning: 'WARNING',
    error: 'ERROR',
    err: 'ERROR',
    exception: 'ERROR',
    severe: 'ERROR',
    critical: 'CRITICAL',
    crit: 'CRITICAL',
    fatal: 'CRITICAL',
    dpanic: 'CRITICAL',
    panic: 'CRITICAL',
    alert: 'ALERT',
    emerg: 'EMERGENCY',
    emergency: 'EMERGENCY',
};
/** Dotted paths split once, not once per entry. */
const splitPaths = (paths) => paths.map((k) => k.split('.'));
const MESSAGE_KEYS = splitPaths(MESSAGE_PATHS);
const STACK_KEYS = splitPaths(STACK_PATHS);
const LEVEL_KEYS = splitPaths(LEVEL_PATHS);
function at(p, path) {
    let v = p;
    for (const k of path)
        v = isObject(v) ? v[k] : undefined;
    return v;
}
/** The first path whose value `read` accepts (not undefined, not `skip`): no path after it is read. */
function first(p, paths, read, skip) {
    for (const path of paths) {
        const v = read(at(p, path));
        if (v !== undefined && v !== skip)
            return v;
    }
    return undefined;
}
function textOf(v) {
    if (typeof v === 'string')
        return v === '' ? undefined : v;
    if (isObject(v)) {
        const inner = str(v.stack) ?? str(v.message) ?? str(v.stack_trace) ?? str(v.traceback);
        if (inner)
            return inner;
    }
    return undefined;
}
/** A logger's level as a severity: pino/bunyan numbers (10..60), LogSeverity numbers, or level names. */
function levelSeverity(v) {
    if (typeof v === 'number') {
        if (SEVERITY_NUMBERS[v])
            return SEVERITY_NUMBERS[v];
        if (v > 0 && v < 100)
            return v <= 20 ? 'DEBUG' : v <= 30 ? 'INFO' : v <= 40 ? 'WARNING' : v <= 50 ? 'ERROR' : 'CRITICAL';
        return undefined;
    }
    if (typeof v !== 'string')
        return undefined;
    const word = v.trim().toLowerCase();
    if (/^\d+$/.test(word))
        return levelSeverity(Number(word));
    return LEVEL_WORDS[word] ?? (_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.includes(word.toUpperCase()) ? word.toUpperCase() : undefined);
}
/** Keys whose values name a kind of record rather than carry data. */
const TYPE_KEY = /^(?:@type|type|kind|category|reporter|action|outcome|event_?type|[a-z]+_type|[a-z]+Type)$/;
const MAX_SHAPE_KEYS = 40;
/** The stable shape of a payload without a message: its key names (two levels) and its type fields. */
function payloadShape(p) {
    const keys = [];
    const types = [];
    const walk = (o, prefix, depth) => {
        for (const [k, v] of Object.entries(o)) {
            // Keys that are themselves data (ids, addresses, dates) vary like values do.
            const name = /\d{3,}|^[0-9a-f-]{16,}$|.@|:/.test(k) ? '<key>' : k;
            if (TYPE_KEY.test(k) && typeof v === 'string' && v.length <= 120)
                types.push(`${prefix}${name}=${v}`);
            if (isObject(v) && depth < 2)
                walk(v, `${prefix}${name}.`, depth + 1);
            else
                keys.push(`${prefix}${name}`);
        }
    };
    walk(p, '', 1);
    const unique = [...new Set(keys)].sort();
    const shown = unique.length > MAX_SHAPE_KEYS ? [...unique.slice(0, MAX_SHAPE_KEYS), '...'] : unique;
    return `JSON payload${types.length > 0 ? ` ${types.sort().join(' ')}` : ''} with keys ${shown.join(', ')}`;
}
const MAX_JSON_DEPTH = 32;
const MAX_JSON_CHARS = 20_000;
/** A payload's JSON text for the reader, bounded in depth and length: a hostile payload (nested
 * thousands deep, megabytes long) costs what is shown, and never the call stack. */
function boundedJson(value) {
    const parts = [];
    let size = 0;
    const put = (s) => {
        parts.push(s);
        size += s.length;
    };
    const walk = (v, depth) => {
        if (size > MAX_JSON_CHARS)
            return;
        if (v === null || typeof v !== 'object')
            return put(JSON.stringify(v) ?? 'null');
        if (depth >= MAX_JSON_DEPTH)
            return put(Array.isArray(v) ? '[…]' : '{…}');
        const entries = Array.isArray(v) ? v.map((x) => [undefined, x]) : Object.entries(v);
        put(Array.isArray(v) ? '[' : '{');
        entries.forEach(([k, x], i) => {
            if (size > MAX_JSON_CHARS)
                return;
            if (i > 0)
                put(',');
            if (k !== undefined)
                put(`${JSON.stringify(k)}:`);
            walk(x, depth + 1);
        });
        put(Array.isArray(v) ? ']' : '}');
    };
    walk(value, 0);
    const text = parts.join('');
    return text.length > MAX_JSON_CHARS ? `${text.slice(0, MAX_JSON_CHARS)}…` : text;
}
function fromJsonPayload(p) {
    const message = first(p, MESSAGE_KEYS, textOf);
    const stackTrace = first(p, STACK_KEYS, textOf, message);
    const logger = LOGGER_KEYS.map((k) => str(p[k])).find(Boolean);
    const level = first(p, LEVEL_KEYS, levelSeverity);
    if (message !== undefined)
        return { message, stackTrace, logger, level };
    if (stackTrace !== undefined)
        return { message: stackTrace, logger, level };
    const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('logging.googleapis.com/') && k !== 'severity'));
    // First line: the shape, which signs the entry; then the payload itself, for the reader.
    return { message: `${payloadShape(rest)}\n${boundedJson(rest)}`, logger, level };
}
const AUDIT_LOG = /google\.cloud\.audit\.AuditLog$/;
function auditCall(p) {
    const service = str(p.serviceName);
    const method = str(p.methodName);
    if (!service || !method)
        return undefined;
    if (p['@type'] !== undefined && !AUDIT_LOG.test(String(p['@type'])))
        return undefined;
    const code = isObject(p.status) ? Number(p.status.code ?? 0) : 0;
    return { service, method, code: Number.isFinite(code) ? code : 0 };
}
function fromProtoPayload(p) {
    const auth = isObject(p.authenticationInfo) ? str(p.authenticationInfo.principalEmail) : undefined;
    const status = isObject(p.status) ? str(p.status.message) : undefined;
    const head = [str(p.methodName), str(p.resourceName)].filter(Boolean).join(' ');
    const line = [head, auth ? `by ${auth}` : undefined].filter(Boolean).join(' ') + (status ? `: ${status}` : '');
    return line || boundedJson(p);
}
function stringMap(v) {
    if (!isObject(v))
        return {};
    const out = {};
    for (const k in v) {
        const val = v[k];
        if (typeof val === 'string' && Object.hasOwn(v, k))
            out[k] = val;
    }
    return out;
}
/** Already what toISOString() would print ("2025-09-11T10:00:00.123Z"): no need to format it again.
 * Days past the 28th and hour 24 may roll over (Feb 30 parses as Mar 2), so those are formatted. */
const CANONICAL = /^\d{4}-\d\d-(?:[01]\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const isCanonical = (t) => t.length === 24 && CANONICAL.test(t);
const digits = (t, at, n) => {
    let v = 0;
    for (let i = at; i < at + n; i++)
        v = v * 10 + t.charCodeAt(i) - 48;
    return v;
};
/** Date.parse of a canonical timestamp, read by position (Date.parse costs a quarter of a microsecond). */
function canonicalMs(t) {
    const year = digits(t, 0, 4);
    const month = digits(t, 5, 2);
    const day = digits(t, 8, 2);
    // Date.UTC reads years below 100 as 19xx, and would roll month 13 or day 0 over where Date.parse says NaN.
    if (year < 100 || month < 1 || month > 12 || day < 1)
        return Date.parse(t);
    return Date.UTC(year, month - 1, day, digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2), digits(t, 20, 3));
}
function normalizeEntry(raw) {
    if (!isObject(raw))
        throw new EntryError('entry is not a JSON object');
    const timestamp = str(raw.timestamp) ?? str(raw.receiveTimestamp);
    if (!timestamp)
        throw new EntryError('entry has no timestamp');
    const canonical = isCanonical(timestamp);
    const ms = canonical ? canonicalMs(timestamp) : Date.parse(timestamp);
    if (Number.isNaN(ms))
        throw new EntryError(`timestamp ${JSON.stringify(timestamp)} is not a date`);
    // Lines of one trace often share a millisecond: the microseconds keep them in order.
    const sub = canonical ? undefined : /\.\d{3}(\d{1,6})/.exec(timestamp)?.[1];
    const time = sub ? ms + Number(`0.${sub}`) : ms;
    const resource = isObject(raw.resource) ? raw.resource : {};
    const rl = stringMap(resource.labels);
    const labels = stringMap(raw.labels);
    const logName = str(raw.logName);
    const http = httpInfo(raw.httpRequest);
    let message;
    let stackTrace;
    let logger;
    let audit;
    let severity = parseSeverity(raw.severity);
    if (typeof raw.textPayload === 'string') {
        message = raw.textPayload;
    }
    else if (isObject(raw.jsonPayload)) {
        let level;
        ({ message, stackTrace, logger, level } = fromJsonPayload(raw.jsonPayload));
        // An app's own level field is advisory: it counts only when the entry has no severity.
        if (severity === 'DEFAULT' && level)
            severity = level;
    }
    else if (isObject(raw.protoPayload)) {
        message = fromProtoPayload(raw.protoPayload);
        audit = auditCall(raw.protoPayload);
    }
    else if (http) {
        message = describeRequest(http);
    }
    else {
        message = '';
    }
    if (message === '' && http)
        message = describeRequest(http);
    const sl = isObject(raw.sourceLocation) ? raw.sourceLocation : undefined;
    const sourceLocation = sl ? { file: str(sl.file), line: str(sl.line), function: str(sl.function) } : undefined;
    const errorGroups = Array.isArray(raw.errorGroups)
        ? raw.errorGroups.map((g) => (isObject(g) ? str(g.id) : undefined)).filter((x) => Boolean(x))
        : [];
    const type = str(resource.type);
    const serviceKey = type === undefined ? undefined : _resources_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_LABEL */ .f[type];
    const revisionKey = type === undefined ? undefined : _resources_js__WEBPACK_IMPORTED_MODULE_0__/* .REVISION_LABEL */ .P[type];
    const project = rl.project_id ?? (logName?.startsWith('projects/') ? logName.split('/')[1] : undefined);
    return {
        insertId: str(raw.insertId),
        timestamp: canonical ? timestamp : new Date(ms).toISOString(),
        time,
        severity,
        project,
        resourceType: type,
        // An audit log of a resource without a service label belongs to the API it called.
        service: (serviceKey && rl[serviceKey]) || (rl.service_name ?? rl.job_name ?? rl.function_name ?? rl.module_id ?? rl.container_name ?? audit?.service),
        revision: (revisionKey && rl[revisionKey]) || (rl.revision_name ?? rl.version_id),
        location: rl.location ?? rl.region ?? rl.zone,
        // A split trace is joined per stream: a Cloud Run instance, a GKE pod, a VM.
        instance: labels.instanceId ?? rl.pod_name ?? labels['compute.googleapis.com/resource_name'] ?? rl.instance_id,
        logName,
        kind: logKind(logName),
        message,
        stackTrace,
        logger,
        http,
        trace: str(raw.trace),
        spanId: str(raw.spanId),
        sourceLocation,
        errorGroups,
        labels,
        ...(audit ? { audit } : {}),
    };
}


/***/ }),

/***/ 5366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ severityClause),
/* harmony export */   Zq: () => (/* binding */ buildQuery),
/* harmony export */   fE: () => (/* binding */ explorerUrl),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   nx: () => (/* binding */ TRACE_LINE_REGEX),
/* harmony export */   uZ: () => (/* binding */ serviceLabel)
/* harmony export */ });
/* unused harmony exports gcloudCommand, titleSearchTerm, routeRegex */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _collect_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59705);
/* harmony import */ var _collect_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95359);
/* harmony import */ var _group_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40010);
/* harmony import */ var _group_mask_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20706);







/** The API refuses longer filters. */
const MAX_FILTER_LENGTH = 20_000;
/**
 * A line of a trace printed one entry per line (RE2, no backslashes, so it reads the same in the
 * API, gcloud and the Logs Explorer; multi-line so a trace inside a longer text counts): indented lines (frames, source lines, properties), Python,
 * Java, Node.js and Go heads and section lines, Go function lines, closing braces.
 */
const TRACE_LINE_REGEX = `(?m)${[
    '^[[:space:]]',
    '^Traceback [(]most recent call last[)]',
    '^(During handling of the above exception|The above exception was the direct cause)',
    '^(Caused by|Suppressed): ',
    '^(panic|fatal error): ',
    '^goroutine [0-9]+ [[]',
    '^(created by |exit status [0-9]|[[]signal )',
    '^Exception in thread ',
    '^(file://)?/[^ ]+[.][cm]?[jt]sx?:[0-9]+$',
    '^for call at$',
    '^Node[.]js v[0-9]',
    '^[}][,]?$',
    '^[[:alnum:]_./*-]+[.][^[:space:]]*[(][^()]*[)]$',
    '^(Uncaught )?[[:alnum:]_.$]*(Error|Exception|Throwable|Exit|Interrupt|Timeout|Failure|Fault)( [[]|:|$)',
    '^[[:alnum:]_.]*[.]exceptions?[.][[:alnum:]_]+(:|$)',
].join('|')}`;
function quote(v) {
    return JSON.stringify(v);
}
function anyOf(clauses) {
    return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}
/** The resource label that names "the service" of a resource type (undefined for types without one). */
function serviceLabel(resourceType) {
    return _collect_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICE_LABEL */ .f[resourceType];
}
function serviceClause(resourceType, services) {
    const label = serviceLabel(resourceType);
    if (services.length === 0 || !label)
        return undefined;
    const key = `resource.labels.${label}`;
    return anyOf(services.map((s) => `${key}=${quote(s)}`));
}
/** Level words and pino numbers at or above a severity, for apps whose entries carry only their logger's level. */
function levelValues(min) {
    const words = ['warn', 'warning', 'error', 'err', 'critical', 'fatal', 'panic', 'dpanic', 'alert', 'emergency'];
    const numbers = [40, 50, 60];
    const rank = (v) => (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)((0,_collect_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .levelSeverity */ .wu)(v) ?? 'DEFAULT');
    return [...words.filter((w) => rank(w) >= (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(min)).map(quote), ...numbers.filter((n) => rank(n) >= (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(min)).map(String)];
}
/**
 * Severity, widened to what the severity alone would miss: 5xx request logs, and entries written
 * without a severity that Error Reporting grouped, that carry a stack field or a logger level at or
 * above the minimum, or whose text is a line of a trace (a traceback printed line by line arrives as
 * one entry a line; the run joins the lines and drops what is still below the severity).
 */
function severityClause(min) {
    if (min === 'DEFAULT')
        return undefined;
    const levels = levelValues(min);
    // Errors without a severity count as ERROR: above ERROR only a logger level can still qualify.
    const errors = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)(min) <= (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .severityRank */ .qs)('ERROR');
    const traces = [
        ...(errors
            ? [
                'errorGroups.id:*',
                `textPayload=~${quote(TRACE_LINE_REGEX)}`,
                'jsonPayload.stack_trace:*',
                'jsonPayload.exception:*',
                'jsonPayload.stack:*',
                'jsonPayload.error.stack:*',
            ]
            : []),
        `jsonPayload.level=(${levels.join(' OR ')})`,
    ];
    return `(severity>=${min} OR httpRequest.status>=500 OR (severity=DEFAULT AND ${anyOf(traces)}))`;
}
function timeClause(since, until) {
    return `timestamp>=${quote(since)} AND timestamp<${quote(until)}`;
}
function composeFilter(p) {
    const clauses = [
        `resource.type=${quote(p.resourceType)}`,
        serviceClause(p.resourceType, p.services),
        severityClause(p.minSeverity),
        timeClause(p.since, p.until),
        p.extraFilter?.trim() ? `(${p.extraFilter.trim()})` : undefined,
        ...(p.narrowing ?? []),
    ];
    return clauses.filter((c) => Boolean(c)).join(' AND ');
}
function shellQuote(v) {
    return `'${v.replace(/'/g, "'\\''")}'`;
}
function gcloudCommand(filter, projects, limit) {
    const command = (project) => `gcloud logging read ${shellQuote(filter)}${project ? ` --project=${/^[\w.:-]+$/.test(project) ? project : shellQuote(project)}` : ''} --order=desc --limit=${limit} --format=json`;
    return projects.length === 0 ? command() : projects.map(command).join('\n');
}
function buildQuery(settings, now) {
    const until = settings.until ?? now;
    const since = settings.since ?? new Date(until.getTime() - settings.windowMs);
    if (since.getTime() >= until.getTime()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'give a since earlier than until, or a window such as 6h');
    }
    if (!_types_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .oC.includes(settings.minSeverity)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('min-severity', `unknown severity ${quote(settings.minSeverity)}`, `use one of ${_types_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .oC.join(', ')}`);
    }
    const resourceType = settings.resourceType || 'cloud_run_revision';
    const extraFilter = settings.extraFilter?.trim() || undefined;
    const parts = {
        resourceType,
        services: settings.services,
        minSeverity: settings.minSeverity,
        since: since.toISOString(),
        until: until.toISOString(),
        extraFilter,
    };
    const filter = composeFilter(parts);
    if (filter.length > MAX_FILTER_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('filter', `the Cloud Logging filter is ${filter.length} characters, over the API limit of ${MAX_FILTER_LENGTH}`, 'shorten filter or list fewer services');
    }
    return {
        projects: settings.projects,
        services: settings.services,
        resourceType: parts.resourceType,
        minSeverity: settings.minSeverity,
        since: parts.since,
        until: parts.until,
        filter,
        gcloudCommand: gcloudCommand(filter, settings.projects, settings.maxEntries),
        ...(extraFilter ? { extraFilter } : {}),
    };
}
function topKey(counts) {
    let best;
    for (const [k, n] of Object.entries(counts))
        if (best === undefined || (n ?? 0) > (counts[best] ?? 0))
            best = k;
    return best;
}
/** The longest literal run of a signature title (placeholders like <*> removed), for a text search. */
function titleSearchTerm(title) {
    const runs = title.split(/<[^>]*>/).map((s) => s.trim().replace(/\s+/g, ' '));
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 8)
        return undefined;
    return longest.slice(0, 100);
}
/** Regular-expression text for a literal: metacharacters in brackets, so no backslash is needed. */
function literalRegex(text) {
    return text.replace(/[.+*?()[\]{}|^$\\]/g, (c) => (c === ']' || c === '\\' || c === '^' ? '.' : `[${c}]`));
}
/** A regular expression on httpRequest.requestUrl matching every URL of a route pattern ("/users/<*>"). */
function routeRegex(template) {
    const path = template
        .split('/')
        .map((segment) => segment.split(_group_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .VAR */ .OZ).map(literalRegex).join('[^/?]+'))
        .join('/');
    return `^(https?://[^/]+)?${path}([?].*)?$`;
}
function statusClause(statuses) {
    const codes = statuses.filter((s) => /^\d{3}$/.test(s));
    const classes = [...new Set(codes.map((s) => s[0]))];
    if (classes.length === 1)
        return `httpRequest.status>=${classes[0]}00 AND httpRequest.status<${Number(classes[0]) + 1}00`;
    return codes.length > 0 ? anyOf(codes.map((s) => `httpRequest.status=${s}`)) : undefined;
}
/** Narrowing clauses that pick out one group's entries as far as the query language allows. */
function groupNarrowing(group) {
    const e = group.exemplar;
    if (e.errorGroups.length > 0)
        return [`errorGroups.id=${quote(e.errorGroups[0])}`];
    if (group.signature.kind === 'request' || e.kind === 'requests') {
        const clauses = [statusClause(Object.keys(group.statuses))];
        if (e.http?.method)
            clauses.push(`httpRequest.requestMethod=${quote(e.http.method)}`);
        if (e.http?.path)
            clauses.push(`httpRequest.requestUrl=~${quote(routeRegex((0,_group_request_js__WEBPACK_IMPORTED_MODULE_3__/* .pathTemplate */ .Mt)(e.http.path)))}`);
        return clauses.filter((c) => Boolean(c));
    }
    if (e.audit) {
        const { service, method, code } = e.audit;
        const status = code === 0 ? 'NOT protoPayload.status.code>0' : `protoPayload.status.code=${code}`;
        return [`protoPayload.serviceName=${quote(service)}`, `protoPayload.methodName=${quote(method)}`, status];
    }
    const term = titleSearchTerm(group.signature.title);
    return term ? [quote(term)] : [];
}
/** Percent-encodes everything the Logs Explorer path parameters could misread. */
function encodeParam(v) {
    return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * A Logs Explorer link for one group: its project, the run's query narrowed to the group's
 * service and content, and the group's time range (first to last seen, padded by a minute).
 */
function explorerUrl(query, group) {
    const project = group.exemplar.project ?? query.projects[0];
    if (!project)
        return undefined;
    const service = topKey(group.services);
    const since = new Date(Date.parse(group.firstSeen) - 60_000).toISOString();
    const until = new Date(Date.parse(group.lastSeen) + 60_000).toISOString();
    const filter = composeFilter({
        resourceType: group.exemplar.resourceType ?? query.resourceType,
        services: service ? [service] : query.services,
        minSeverity: query.minSeverity,
        since,
        until,
        extraFilter: query.extraFilter,
        narrowing: groupNarrowing(group),
    });
    const params = [`query=${encodeParam(filter)}`, `timeRange=${encodeParam(`${since}/${until}`)}`].join(';');
    return `https://console.cloud.google.com/logs/query;${params}?project=${encodeURIComponent(project)}`;
}


/***/ })

};
;