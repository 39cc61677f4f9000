"use strict";
exports.id = 239;
exports.ids = [239];
exports.modules = {

/***/ 52239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLOUD_PLATFORM_SCOPE: () => (/* binding */ CLOUD_PLATFORM_SCOPE),
/* harmony export */   linkErrorGroups: () => (/* binding */ linkErrorGroups)
/* harmony export */ });
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94161);

const ENV_ERROR_REPORTING_URL = 'LOG_GARDENER_ERROR_REPORTING_URL';
const DEFAULT_ERROR_REPORTING_URL = 'https://clouderrorreporting.googleapis.com';
const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** Each Error Reporting call is cut off after this long. */
const ERROR_REPORTING_TIMEOUT_MS = 15_000;
/** Error Reporting ids are per project: each (project, id) pair with the issue its group was filed as. */
function linksOf(report, defaultProject) {
    const seen = new Map();
    for (const g of report.groups) {
        if (!g.issue?.url || g.issue.state === 'skipped')
            continue;
        const project = g.exemplar.project ?? defaultProject;
        if (!project)
            continue;
        for (const groupId of g.exemplar.errorGroups) {
            // An id is a token; anything else (redacted, or hostile text) is not sent.
            if (!/^[\w-]{1,256}$/.test(groupId))
                continue;
            const key = `${project}/${groupId}`;
            if (!seen.has(key))
                seen.set(key, { project, groupId, url: g.issue.url });
        }
    }
    return [...seen.values()];
}
function baseUrl(env) {
    const raw = env[ENV_ERROR_REPORTING_URL]?.trim();
    return (raw || DEFAULT_ERROR_REPORTING_URL).replace(/\/+$/, '');
}
function statusOf(e) {
    const err = e;
    return err?.response?.status ?? err?.status;
}
function detailOf(e) {
    const err = e;
    return (err?.response?.data?.error?.message ?? err?.message ?? String(e)).split('\n')[0];
}
/**
 * Writes each filed issue's URL into its Error Reporting group's tracking issues. Never throws for
 * a Google failure: what failed comes back as one line each, naming the role that fixes it.
 */
async function linkErrorGroups(report, settings, env = process.env, options = {}) {
    const result = { linked: [], unchanged: [], failures: [] };
    const links = settings.errorReportingLink && !settings.dryRun ? linksOf(report, settings.projects[0]) : [];
    if (links.length === 0)
        return result;
    let auth = options.auth;
    if (!auth) {
        const { createAuthClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(492), __webpack_require__.e(421), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 23098));
        try {
            auth = await createAuthClient(settings, env, options.authDeps, [CLOUD_PLATFORM_SCOPE]);
        }
        catch (e) {
            // The issues are filed already: a missing credential skips the link-back, it does not fail the run.
            result.failures.push(`Error Reporting link-back skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
            return result;
        }
    }
    const base = baseUrl(env);
    const timeout = options.timeoutMs ?? ERROR_REPORTING_TIMEOUT_MS;
    const denied = new Set();
    for (const link of links) {
        if (denied.has(link.project))
            continue;
        const name = `projects/${encodeURIComponent(link.project)}/groups/${encodeURIComponent(link.groupId)}`;
        const url = `${base}/v1beta1/${name}`;
        try {
            const { data: group } = await auth.client.request({ url, method: 'GET', timeout, retry: false });
            const issues = group.trackingIssues ?? [];
            if (issues.some((t) => t.url === link.url)) {
                result.unchanged.push(name);
                continue;
            }
            await auth.client.request({
                url,
                method: 'PUT',
                data: { ...group, name: group.name ?? name, trackingIssues: [...issues, { url: link.url }] },
                timeout,
                retry: false,
            });
            result.linked.push({ group: name, url: link.url });
        }
        catch (e) {
            const status = statusOf(e);
            if (status === 403) {
                denied.add(link.project);
                result.failures.push(`Error Reporting denied updating error groups in project ${link.project} (${detailOf(e)}). Fix: grant roles/errorreporting.user on project ${link.project} to ${auth.principal}, or set error-reporting-link: false.`);
            }
            else if (status === 404) {
                result.failures.push(`Error Reporting has no group ${link.groupId} in project ${link.project} (${detailOf(e)}); the issue ${link.url} was not linked.`);
            }
            else if (status === undefined && !e?.response && /token|credential|STS|impersonat/i.test(detailOf(e))) {
                result.failures.push((0,_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .explainAuthError */ .y6)(e, auth).message);
                break;
            }
            else {
                result.failures.push(`Error Reporting link-back failed for group ${link.groupId} in project ${link.project} (${detailOf(e)}).`);
            }
        }
    }
    return result;
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


/***/ })

};
;
//# sourceMappingURL=239.index.js.map