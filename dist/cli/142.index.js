"use strict";
exports.id = 142;
exports.ids = [142];
exports.modules = {

/***/ 94142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openCloudLoggingSource: () => (/* binding */ openCloudLoggingSource)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/google-auth-library/build/src/index.js
var src = __webpack_require__(492);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/gcp/endpoints.ts
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
    throw new errors/* InputError */.d(name, `${JSON.stringify(raw)} is not an http(s) URL`, `set it to a URL such as ${fallback}, or unset it`);
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
        throw new errors/* InputError */.d(ENV.loggingEndpoint, `${JSON.stringify(raw)} is not host[:port] or http://host:port`, 'set it to e.g. logging.googleapis.com:443, or unset it');
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
        throw new errors/* InputError */.d(ENV.requestsPerMinute, `${JSON.stringify(raw)} is not a whole number of requests per minute`, 'set it to e.g. 30 (0 turns pacing off), or unset it for the documented 60');
    }
    return Number(raw);
}

// EXTERNAL MODULE: ./src/gcp/provider.ts
var gcp_provider = __webpack_require__(1857);
;// CONCATENATED MODULE: ./src/gcp/auth.ts
// Google credentials for a run: workload identity federation from the GitHub OIDC token
// (optionally impersonating a service account), or Application Default Credentials.





const LOGGING_READ_SCOPE = 'https://www.googleapis.com/auth/logging.read';
const OIDC_FIX = 'add `permissions: id-token: write` to the job (pull requests from forks get no OIDC token: skip the step on forks or use auth-mode: adc)';
function oidcAvailable(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function maskTokens(client, setSecret) {
    client.on('tokens', (t) => {
        if (t.access_token)
            setSecret(t.access_token);
    });
}
function workloadIdentity(settings, env, deps) {
    const provider = (0,gcp_provider/* parseProvider */.t)(settings.workloadIdentityProvider ?? '');
    if (!oidcAvailable(env)) {
        throw new errors/* InputError */.d('workload-identity-provider', 'GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', OIDC_FIX);
    }
    const oidcAudience = settings.audience?.trim() || `https://iam.googleapis.com/${provider.name}`;
    const getIDToken = deps.getIDToken ?? ((aud) => core/* getIDToken */.V9(aud));
    const setSecret = deps.setSecret ?? core/* setSecret */.Pq;
    const serviceAccount = settings.serviceAccount?.trim() || undefined;
    if (serviceAccount && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(serviceAccount)) {
        throw new errors/* InputError */.d('service-account', `${JSON.stringify(serviceAccount)} is not a service account email`, 'use NAME@PROJECT_ID.iam.gserviceaccount.com, or leave it empty for direct federation');
    }
    const tokenUrl = stsUrl(env);
    const saUrl = serviceAccount ? impersonationUrl(env, serviceAccount) : undefined;
    const client = new src.IdentityPoolClient({
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider.name}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: tokenUrl,
        service_account_impersonation_url: saUrl,
        scopes: [LOGGING_READ_SCOPE],
        subject_token_supplier: {
            async getSubjectToken() {
                let token;
                try {
                    token = await getIDToken(oidcAudience);
                }
                catch (e) {
                    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
                    throw new errors/* InputError */.d('workload-identity-provider', `could not get the GitHub OIDC token (${why})`, OIDC_FIX);
                }
                setSecret(token);
                return token;
            },
        },
    });
    maskTokens(client, setSecret);
    const repo = env.GITHUB_REPOSITORY;
    const principal = serviceAccount ??
        `principalSet://iam.googleapis.com/projects/${provider.projectNumber}/locations/global/workloadIdentityPools/${provider.pool}/${repo ? `attribute.repository/${repo}` : '*'}`;
    return { client, mode: 'workload-identity', principal, provider, serviceAccount, stsUrl: tokenUrl, impersonationUrl: saUrl };
}
async function applicationDefault(settings, deps) {
    if (settings.serviceAccount?.trim()) {
        throw new errors/* InputError */.d('service-account', 'is only used with workload-identity-provider', 'remove it, or set workload-identity-provider (when google-github-actions/auth ran before, give it the service account there)');
    }
    let client;
    try {
        client = (await new src.GoogleAuth({ scopes: [LOGGING_READ_SCOPE] }).getClient());
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new errors/* InputError */.d('auth-mode', `no Application Default Credentials (${why})`, 'run google-github-actions/auth before this step, or set workload-identity-provider with `permissions: id-token: write`; locally run `gcloud auth application-default login`');
    }
    maskTokens(client, deps.setSecret ?? core/* setSecret */.Pq);
    return { client, mode: 'adc', principal: 'the Application Default Credentials principal' };
}
/**
 * Credentials for Cloud Logging from the settings: auth-mode `workload-identity` (or `auto` with a
 * provider) federates the GitHub OIDC token; `adc` (or `auto` without one) uses Application Default
 * Credentials. Throws InputError for bad or missing configuration; token exchange happens on first use.
 */
async function createAuthClient(settings, env = process.env, deps = {}) {
    const hasProvider = Boolean(settings.workloadIdentityProvider?.trim());
    switch (settings.authMode) {
        case 'workload-identity':
            if (!hasProvider) {
                throw new errors/* InputError */.d('workload-identity-provider', 'is required with auth-mode workload-identity', 'set it to projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER');
            }
            return workloadIdentity(settings, env, deps);
        case 'adc':
            return applicationDefault(settings, deps);
        case 'auto':
            return hasProvider ? workloadIdentity(settings, env, deps) : applicationDefault(settings, deps);
        default:
            throw new errors/* InputError */.d('auth-mode', `unknown mode ${JSON.stringify(settings.authMode)}`, 'use auto, workload-identity or adc');
    }
}

// EXTERNAL MODULE: ./node_modules/@google-cloud/logging/build/src/index.js
var build_src = __webpack_require__(44391);
// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var grpc_js_build_src = __webpack_require__(83033);
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
/** protoPayload arrives as google.protobuf.Any (type_url + bytes); without its protos only the type is known. */
function protoPayloadJson(p) {
    if (!isObject(p))
        return undefined;
    const type = p.type_url ?? p.typeUrl ?? p['@type'];
    if (typeof type === 'string' && (p.value === undefined || Buffer.isBuffer(p.value) || p.value instanceof Uint8Array))
        return { '@type': type };
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

;// CONCATENATED MODULE: ./src/gcp/explain.ts
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
    if (e instanceof errors/* InputError */.d)
        return e;
    const err = (e ?? {});
    const url = urlOf(err);
    const message = firstLine(e);
    if (auth.impersonationUrl && url.startsWith(auth.impersonationUrl)) {
        const why = googleMessage(err.response?.data) ?? message;
        return new errors/* InputError */.d('service-account', `impersonating ${auth.serviceAccount} was denied (${why})`, `grant the workload identity principal roles/iam.workloadIdentityUser on the service account (or roles/iam.serviceAccountTokenCreator), and check the service account exists`);
    }
    if (auth.stsUrl && (url.startsWith(auth.stsUrl) || /^Error code /.test(message))) {
        const why = googleMessage(err.response?.data) ?? message.replace(/^Error code /, '');
        return new errors/* InputError */.d('workload-identity-provider', `Google STS rejected the GitHub OIDC token (${why})`, 'check the provider name, its attribute condition (e.g. assertion.repository), and the audience; the pool must trust token.actions.githubusercontent.com');
    }
    return new errors/* InputError */.d(auth.mode === 'adc' ? 'auth-mode' : 'workload-identity-provider', `could not get a Google access token (${message})`, 'check the credentials the job runs with');
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

;// CONCATENATED MODULE: ./src/gcp/pacing.ts
// Staying inside Cloud Logging's read quota (entries.list: 60 requests/minute/project) and
// backing off when the service says so.
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A sliding-window limit per key: at most `limit` requests in any `windowMs`. */
class RateLimiter {
    limit;
    windowMs;
    clock;
    sent = new Map();
    constructor(limit, windowMs, clock = realClock) {
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

;// CONCATENATED MODULE: ./src/gcp/cloud-logging-source.ts
// Reads entries from Cloud Logging (entries.list), page by page, newest first, within a
// max-entries budget and the read quota; yields them in the JSON shape gcloud prints.







/** The API's largest page. */
const PAGE_SIZE = 1000;
/** Documented entries.list quota per project. */
const REQUESTS_PER_MINUTE = 60;
/** The quota, plus the codes gax itself retries for entries.list (its retry is off: ours paces and backs off). */
const RETRYABLE = new Set([Status.RESOURCE_EXHAUSTED, Status.UNAVAILABLE, Status.DEADLINE_EXCEEDED, Status.INTERNAL]);
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
    const endpoint = options.endpoint ?? loggingEndpoint(env);
    const clock = options.clock ?? realClock;
    const backoff = options.backoff ?? DEFAULT_BACKOFF;
    const pageSize = Math.min(options.pageSize ?? PAGE_SIZE, PAGE_SIZE);
    const limiter = new RateLimiter(options.requestsPerMinute ?? requestsPerMinute(env) ?? REQUESTS_PER_MINUTE, 60_000, clock);
    const { auth } = options;
    const stats = { requests: 0, retries: 0, pacedMs: 0, entries: 0 };
    const clientOptions = { projectId: projects[0], authClient: auth.client };
    if (endpoint) {
        clientOptions.apiEndpoint = endpoint.host;
        clientOptions.port = endpoint.port;
        if (endpoint.insecure)
            clientOptions.sslCreds = grpc_js_build_src.credentials.createInsecure();
    }
    async function accessToken() {
        try {
            const { token } = await auth.client.getAccessToken();
            if (!token)
                throw new Error('the credentials gave no access token');
            options.setSecret?.(token);
            return token;
        }
        catch (e) {
            throw explainAuthError(e, auth);
        }
    }
    async function fetchPage(logging, project, size, pageToken) {
        for (let attempt = 0;; attempt++) {
            stats.pacedMs += await limiter.take(project);
            stats.requests += 1;
            // Plain-text gRPC carries no call credentials: the token goes as metadata instead.
            const otherArgs = endpoint?.insecure ? { headers: { authorization: `Bearer ${await accessToken()}` } } : undefined;
            try {
                const [entries, next] = await logging.getEntries({
                    resourceNames: [`projects/${project}`],
                    filter: options.query.filter,
                    orderBy: 'timestamp desc',
                    pageSize: size,
                    pageToken,
                    autoPaginate: false,
                    // Retries are ours (backoff above); gax would retry UNAVAILABLE on its own clock.
                    gaxOptions: { retry: null, ...(otherArgs ? { otherArgs } : {}) },
                });
                const token = next?.pageToken;
                return { entries: entries, nextPageToken: token || undefined };
            }
            catch (e) {
                if (!retryable(grpcCode(e)) || attempt >= backoff.retries)
                    throw e;
                stats.retries += 1;
                await clock.sleep(backoffDelay(backoff, attempt));
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
                if (grpcCode(e) === Status.INVALID_ARGUMENT) {
                    throw new errors/* InputError */.d('filter', `Cloud Logging rejected the filter (${e.message.split('\n')[0]})`, 'check the filter input against the Logging query language; try the gcloud command from the worklog');
                }
                yield { kind: 'failure', message: grpcCode(e) === undefined ? explainAuthError(e, auth).message : explainLoggingError(e, p.project, auth) };
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
        const logging = new build_src.Logging(clientOptions);
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

// EXTERNAL MODULE: ./src/gcp/query.ts
var query = __webpack_require__(5366);
;// CONCATENATED MODULE: ./src/gcp/open-source.ts



/**
 * Pass the same `now` as the run's buildQuery so the filter sent is the filter reported.
 * Throws InputError for bad auth configuration; token exchange errors surface on the first read.
 */
async function openCloudLoggingSource(settings, env = process.env, now = new Date(), extra = {}) {
    const { authDeps, ...options } = extra;
    const auth = await createAuthClient(settings, env, authDeps);
    return cloudLoggingSource(settings, { ...options, auth, query: (0,query/* buildQuery */.Zq)(settings, now), env });
}


/***/ })

};
;