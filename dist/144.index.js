"use strict";
exports.id = 144;
exports.ids = [144];
exports.modules = {

/***/ 9144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cloudLoggingSource: () => (/* binding */ cloudLoggingSource)
});

// EXTERNAL MODULE: ./node_modules/@google-cloud/logging/build/src/index.js
var src = __webpack_require__(44391);
// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var build_src = __webpack_require__(83033);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gcp/endpoints.ts
var endpoints = __webpack_require__(56240);
// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __webpack_require__(37823);
var minimal_default = /*#__PURE__*/__webpack_require__.n(minimal);
;// CONCATENATED MODULE: ./src/gcp/entry-json.ts
// The client library's Entry (decoded protobuf metadata + payload) back in the JSON shape
// `gcloud logging read --format=json` prints, which the rest of the pipeline reads.

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !Buffer.isBuffer(v);
/** proto3 JSON leaves out default values: empty strings, zeros, false, null, empty maps. */
function isDefault(v) {
    return v === null || v === undefined || v === '' || v === false || v === 0 || v === '0' || (isObject(v) && Object.keys(v).length === 0);
}
/** RFC 3339 with nanoseconds, as gcloud prints it. */
function timestampJson(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? undefined : v.toISOString().replace('.000Z', 'Z');
    if (typeof v === 'string')
        return v;
    if (!isObject(v))
        return undefined;
    const t = v;
    const seconds = Number(t.seconds ?? 0);
    const nanos = Number(t.nanos ?? 0);
    if (!Number.isFinite(seconds))
        return undefined;
    const base = new Date(seconds * 1000).toISOString().slice(0, 19);
    const frac = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
    return `${base}${frac}Z`;
}
/** google.protobuf.Duration as JSON: "0.500s". */
function durationJson(v) {
    if (typeof v === 'string')
        return v;
    if (!isObject(v))
        return undefined;
    const seconds = Number(v.seconds ?? 0);
    const nanos = Number(v.nanos ?? 0);
    if (!seconds && !nanos)
        return undefined;
    const frac = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
    return `${seconds}${frac}s`;
}
function compact(o) {
    const out = {};
    for (const [k, v] of Object.entries(o))
        if (!isDefault(v))
            out[k] = v;
    return Object.keys(out).length > 0 ? out : undefined;
}
function httpRequestJson(h) {
    if (!isObject(h))
        return undefined;
    return compact({ ...h, latency: durationJson(h.latency) });
}
const AUDIT_LOG = /google\.cloud\.audit\.AuditLog$/;
/** Length-delimited and varint fields of one protobuf message, by field number (the last value wins). */
function protoFields(bytes) {
    const fields = new Map();
    const reader = minimal_default().Reader.create(bytes);
    while (reader.pos < reader.len) {
        const tag = reader.uint32();
        const wire = tag & 7;
        if (wire === 2)
            fields.set(tag >>> 3, reader.bytes());
        else if (wire === 0)
            fields.set(tag >>> 3, reader.int32());
        else
            reader.skipType(wire);
    }
    return fields;
}
const entry_json_text = (v) => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : undefined);
/**
 * The parts of a google.cloud.audit.AuditLog the gardener reads (field numbers from
 * google/cloud/audit/audit_log.proto, which the client library does not ship): status (2: code 1,
 * message 2), authenticationInfo (3: principalEmail 1), serviceName (7), methodName (8),
 * resourceName (11).
 */
function decodeAuditLog(bytes) {
    const f = protoFields(bytes);
    const out = { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog' };
    const put = (k, v) => {
        if (v !== undefined && v !== '' && v !== 0)
            out[k] = v;
    };
    put('serviceName', entry_json_text(f.get(7)));
    put('methodName', entry_json_text(f.get(8)));
    put('resourceName', entry_json_text(f.get(11)));
    const auth = f.get(3);
    if (auth instanceof Uint8Array)
        put('authenticationInfo', compact({ principalEmail: entry_json_text(protoFields(auth).get(1)) }));
    const status = f.get(2);
    if (status instanceof Uint8Array) {
        const sf = protoFields(status);
        put('status', compact({ code: sf.get(1), message: entry_json_text(sf.get(2)) }));
    }
    return out;
}
/** protoPayload arrives as google.protobuf.Any (type_url + bytes): audit logs are decoded, other types keep only their type. */
function protoPayloadJson(p) {
    if (!isObject(p))
        return undefined;
    const type = p.type_url ?? p.typeUrl ?? p['@type'];
    const bytes = Buffer.isBuffer(p.value) || p.value instanceof Uint8Array ? p.value : undefined;
    if (typeof type === 'string' && (p.value === undefined || bytes)) {
        if (bytes && AUDIT_LOG.test(type)) {
            try {
                return decodeAuditLog(bytes);
            }
            catch {
                /* not the AuditLog it says it is: keep the type only */
            }
        }
        return { '@type': type };
    }
    return p;
}
function entryToGcloudJson(entry) {
    const m = entry.metadata;
    const out = {};
    const put = (k, v) => {
        if (!isDefault(v))
            out[k] = v;
    };
    put('insertId', m.insertId);
    put('logName', m.logName);
    if (m.payload === 'textPayload' || typeof m.textPayload === 'string')
        put('textPayload', typeof entry.data === 'string' ? entry.data : m.textPayload);
    else if (m.payload === 'jsonPayload')
        out.jsonPayload = isObject(entry.data) ? entry.data : {};
    else if (m.payload === 'protoPayload')
        put('protoPayload', protoPayloadJson(entry.data ?? m.protoPayload));
    put('timestamp', timestampJson(m.timestamp));
    put('receiveTimestamp', timestampJson(m.receiveTimestamp));
    if (typeof m.severity === 'string' && m.severity !== 'DEFAULT')
        out.severity = m.severity;
    else if (typeof m.severity === 'number' && m.severity !== 0)
        out.severity = m.severity;
    put('httpRequest', httpRequestJson(m.httpRequest));
    if (isObject(m.resource))
        put('resource', compact({ type: m.resource.type, labels: m.resource.labels }));
    put('labels', m.labels);
    put('operation', isObject(m.operation) ? compact(m.operation) : undefined);
    put('trace', m.trace);
    put('spanId', m.spanId);
    put('traceSampled', m.traceSampled);
    put('sourceLocation', isObject(m.sourceLocation) ? compact(m.sourceLocation) : undefined);
    put('split', isObject(m.split) ? compact(m.split) : undefined);
    // Newer API field; the client's protos may not carry it yet.
    if (Array.isArray(m.errorGroups) && m.errorGroups.length > 0)
        out.errorGroups = m.errorGroups;
    return out;
}

// EXTERNAL MODULE: ./src/gcp/explain.ts
var explain = __webpack_require__(94161);
// EXTERNAL MODULE: ./src/gcp/pacing.ts
var pacing = __webpack_require__(54872);
;// CONCATENATED MODULE: ./src/gcp/cloud-logging-source.ts
// Reads entries from Cloud Logging (entries.list), page by page, newest first, within a
// max-entries budget and the read quota; yields them in the JSON shape gcloud prints.







/** The API's largest page. */
const PAGE_SIZE = 1000;
/** Documented entries.list quota per project. */
const REQUESTS_PER_MINUTE = 60;
/** Every entries.list call is cut off after this long (a hanging read never stalls the run). */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Until the endpoint has answered once, a call gets this long and connection failures are not
 * retried: a wrong protocol or an unreachable endpoint fails fast, naming the fix.
 */
const FIRST_CONTACT_TIMEOUT_MS = 9_000;
/** The quota, plus the codes gax itself retries for entries.list (its retry is off: ours paces and backs off). */
const RETRYABLE = new Set([explain/* Status */.nW.RESOURCE_EXHAUSTED, explain/* Status */.nW.UNAVAILABLE, explain/* Status */.nW.DEADLINE_EXCEEDED, explain/* Status */.nW.INTERNAL]);
function retryable(code) {
    return RETRYABLE.has(code);
}
/** Splits what is left of the budget evenly over the projects still reading (at least 1 each). */
function allowance(remaining, projectsLeft) {
    return remaining < 1 ? 0 : Math.max(1, Math.floor(remaining / projectsLeft));
}
function cloudLoggingSource(settings, options) {
    const projects = options.query.projects;
    if (projects.length === 0) {
        throw new errors/* InputError */.d('project-id', 'is required to read Cloud Logging', 'set project-id (comma- or space-separated for several), or input to read a `gcloud logging read --format=json` export');
    }
    if (!Number.isInteger(settings.maxEntries) || settings.maxEntries < 1) {
        throw new errors/* InputError */.d('max-entries', `${settings.maxEntries} is not a positive whole number`, 'set it to e.g. 10000');
    }
    const env = options.env ?? process.env;
    const endpoint = options.endpoint ?? (0,endpoints/* loggingEndpoint */.tr)(env);
    const clock = options.clock ?? pacing/* realClock */.dQ;
    const backoff = options.backoff ?? pacing/* DEFAULT_BACKOFF */.VU;
    const pageSize = Math.min(options.pageSize ?? PAGE_SIZE, PAGE_SIZE);
    const limiter = new pacing/* RateLimiter */.v$(options.requestsPerMinute ?? (0,endpoints/* requestsPerMinute */.UU)(env) ?? REQUESTS_PER_MINUTE, 60_000, clock);
    const { auth } = options;
    const stats = { requests: 0, retries: 0, pacedMs: 0, entries: 0 };
    const transport = settings.transport ?? 'grpc';
    const rest = transport === 'rest';
    const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const firstContactTimeout = Math.min(options.firstContactTimeoutMs ?? FIRST_CONTACT_TIMEOUT_MS, requestTimeout);
    /** Set once the endpoint has answered (even with an error status): from then on failures are the service's. */
    let contacted = false;
    // REST is the client's HTTP/1.1 JSON fallback; it sends the token itself, over http:// too.
    const clientOptions = { projectId: projects[0], authClient: auth.client, ...(rest ? { fallback: true } : {}) };
    if (endpoint) {
        clientOptions.apiEndpoint = endpoint.host;
        clientOptions.port = endpoint.port;
        if (endpoint.insecure && rest)
            clientOptions.protocol = 'http';
        else if (endpoint.insecure)
            clientOptions.sslCreds = build_src.credentials.createInsecure();
    }
    const where = endpoint ? `${endpoint.insecure ? 'http://' : ''}${endpoint.host}:${endpoint.port}` : 'logging.googleapis.com';
    async function accessToken() {
        try {
            const { token } = await auth.client.getAccessToken();
            if (!token)
                throw new Error('the credentials gave no access token');
            options.setSecret?.(token);
            return token;
        }
        catch (e) {
            throw (0,explain/* explainAuthError */.y6)(e, auth);
        }
    }
    async function fetchPage(logging, project, size, pageToken) {
        for (let attempt = 0;; attempt++) {
            stats.pacedMs += await limiter.take(project);
            stats.requests += 1;
            // Plain-text gRPC carries no call credentials: the token goes as metadata instead.
            const otherArgs = endpoint?.insecure && !rest ? { headers: { authorization: `Bearer ${await accessToken()}` } } : undefined;
            try {
                const [entries, next] = await logging.getEntries({
                    resourceNames: [`projects/${project}`],
                    filter: options.query.filter,
                    orderBy: 'timestamp desc',
                    pageSize: size,
                    pageToken,
                    autoPaginate: false,
                    // Retries are ours (backoff above); gax would retry UNAVAILABLE on its own clock.
                    gaxOptions: { retry: null, timeout: contacted ? requestTimeout : firstContactTimeout, ...(otherArgs ? { otherArgs } : {}) },
                });
                contacted = true;
                const token = next?.pageToken;
                return { entries: entries, nextPageToken: token || undefined };
            }
            catch (e) {
                if (!contacted) {
                    const unreachable = (0,explain/* explainUnreachable */.so)(e, { transport, where, override: Boolean(endpoint), timeoutMs: firstContactTimeout });
                    if (unreachable)
                        throw unreachable;
                    contacted = true;
                }
                if (!retryable((0,explain/* grpcCode */._K)(e)) || attempt >= backoff.retries)
                    throw e;
                stats.retries += 1;
                await clock.sleep((0,pacing/* backoffDelay */.EY)(backoff, attempt));
            }
        }
    }
    /** Reads up to `share` entries of one project, continuing where its last turn stopped. */
    async function* turn(logging, p, share) {
        let read = 0;
        do {
            let page;
            try {
                page = await fetchPage(logging, p.project, Math.min(pageSize, share - read), p.pageToken);
            }
            catch (e) {
                if (e instanceof errors/* InputError */.d)
                    throw e;
                if ((0,explain/* grpcCode */._K)(e) === explain/* Status */.nW.INVALID_ARGUMENT) {
                    throw new errors/* InputError */.d('filter', `Cloud Logging rejected the filter (${e.message.split('\n')[0]})`, 'check the filter input against the Logging query language; try the gcloud command from the worklog');
                }
                yield { kind: 'failure', message: (0,explain/* grpcCode */._K)(e) === undefined ? (0,explain/* explainAuthError */.y6)(e, auth).message : (0,explain/* explainLoggingError */.X$)(e, p.project, auth) };
                p.done = true;
                return;
            }
            for (const entry of page.entries) {
                const value = entryToGcloudJson(entry);
                read += 1;
                stats.entries += 1;
                if (typeof value.timestamp === 'string')
                    p.oldest = value.timestamp;
                yield { kind: 'entry', position: stats.entries, value };
            }
            p.pageToken = page.nextPageToken;
            p.done = !p.pageToken;
        } while (!p.done && read < share);
    }
    async function* read() {
        await accessToken();
        const logging = new src.Logging(clientOptions);
        const progress = projects.map((project) => ({ project, done: false }));
        try {
            // Rounds: each unfinished project gets a fair share of what is left of the budget; what a
            // project does not use goes to the others in the next round.
            for (;;) {
                const active = progress.filter((p) => !p.done);
                if (active.length === 0 || stats.entries >= settings.maxEntries)
                    break;
                const share = allowance(settings.maxEntries - stats.entries, active.length);
                for (const p of active) {
                    const left = settings.maxEntries - stats.entries;
                    if (left < 1)
                        break;
                    yield* turn(logging, p, Math.min(share, left));
                }
            }
        }
        finally {
            await logging.loggingService.close().catch(() => undefined);
        }
        const cutoffs = progress
            .filter((p) => !p.done)
            .map((p) => (p.oldest ? `project ${p.project}: entries older than ${p.oldest}` : `project ${p.project}: all entries`));
        if (cutoffs.length > 0) {
            yield {
                kind: 'truncated',
                limit: settings.maxEntries,
                note: `max-entries ${settings.maxEntries} reached (newest first, shared across ${projects.length} project${projects.length === 1 ? '' : 's'}); not read: ${cutoffs.join('; ')}. Raise max-entries or narrow the window to see them.`,
            };
        }
    }
    return { kind: 'cloud-logging', path: projects.map((p) => `projects/${p}`).join(','), stats, read };
}


/***/ }),

/***/ 56240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ requestsPerMinute),
/* harmony export */   e6: () => (/* binding */ impersonationUrl),
/* harmony export */   on: () => (/* binding */ stsUrl),
/* harmony export */   tr: () => (/* binding */ loggingEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Where the Google endpoints are: the public ones, or overrides from the environment
// (private endpoints, proxies, and the loopback fakes the tests run against).

const ENV = {
    stsUrl: 'LOG_GARDENER_STS_URL',
    iamCredentialsUrl: 'LOG_GARDENER_IAM_CREDENTIALS_URL',
    loggingEndpoint: 'LOG_GARDENER_LOGGING_ENDPOINT',
    requestsPerMinute: 'LOG_GARDENER_REQUESTS_PER_MINUTE',
};
const DEFAULT_STS_URL = 'https://sts.googleapis.com/v1/token';
const DEFAULT_IAM_CREDENTIALS_URL = 'https://iamcredentials.googleapis.com';
function httpUrl(env, name, fallback) {
    const raw = env[name]?.trim();
    if (!raw)
        return fallback;
    try {
        const url = new URL(raw);
        if (url.protocol === 'http:' || url.protocol === 'https:')
            return raw.replace(/\/+$/, '');
    }
    catch {
        /* reported below */
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `${JSON.stringify(raw)} is not an http(s) URL`, `set it to a URL such as ${fallback}, or unset it`);
}
function stsUrl(env) {
    return httpUrl(env, ENV.stsUrl, DEFAULT_STS_URL);
}
function impersonationUrl(env, serviceAccount) {
    const base = httpUrl(env, ENV.iamCredentialsUrl, DEFAULT_IAM_CREDENTIALS_URL);
    return `${base}/v1/projects/-/serviceAccounts/${encodeURIComponent(serviceAccount)}:generateAccessToken`;
}
/**
 * `host`, `host:port` (gRPC over TLS, e.g. a Private Service Connect endpoint) or
 * `http://host:port` (gRPC without TLS). Undefined means the public endpoint.
 */
function loggingEndpoint(env) {
    const raw = env[ENV.loggingEndpoint]?.trim();
    if (!raw)
        return undefined;
    const insecure = raw.startsWith('http://');
    const rest = raw.replace(/^(https?|grpcs?):\/\//, '').replace(/\/+$/, '');
    const m = /^(\[[^\]]+\]|[^:/\s]+)(?::(\d{1,5}))?$/.exec(rest);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(ENV.loggingEndpoint, `${JSON.stringify(raw)} is not host[:port] or http://host:port`, 'set it to e.g. logging.googleapis.com:443, or unset it');
    }
    return { host: m[1].replace(/^\[|\]$/g, ''), port: m[2] ? Number(m[2]) : insecure ? 80 : 443, insecure };
}
/**
 * entries.list requests per minute per project, from the environment: lower it to share a project's
 * quota with other readers, 0 turns pacing off (benchmarks against the fakes). Undefined: the default.
 */
function requestsPerMinute(env) {
    const raw = env[ENV.requestsPerMinute]?.trim();
    if (!raw)
        return undefined;
    if (!/^\d{1,6}$/.test(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(ENV.requestsPerMinute, `${JSON.stringify(raw)} is not a whole number of requests per minute`, 'set it to e.g. 30 (0 turns pacing off), or unset it for the documented 60');
    }
    return Number(raw);
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
//# sourceMappingURL=144.index.js.map