"use strict";
exports.id = 98;
exports.ids = [98];
exports.modules = {

/***/ 23098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAuthClient: () => (/* binding */ createAuthClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56240);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1857);
// Google credentials for a run: workload identity federation from the GitHub OIDC token
// (optionally impersonating a service account), or Application Default Credentials.





const LOGGING_READ_SCOPE = 'https://www.googleapis.com/auth/logging.read';
/** Each token request (STS, IAM credentials, ADC's own) is cut off after this long. */
const TOKEN_REQUEST_TIMEOUT_MS = 15_000;
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
function workloadIdentity(settings, env, deps, scopes) {
    const provider = (0,_provider_js__WEBPACK_IMPORTED_MODULE_4__/* .parseProvider */ .t)(settings.workloadIdentityProvider ?? '');
    if (!oidcAvailable(env)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('workload-identity-provider', 'GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', OIDC_FIX);
    }
    const oidcAudience = settings.audience?.trim() || `https://iam.googleapis.com/${provider.name}`;
    const getIDToken = deps.getIDToken ?? ((aud) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getIDToken(aud));
    const setSecret = deps.setSecret ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret;
    const serviceAccount = settings.serviceAccount?.trim() || undefined;
    if (serviceAccount && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(serviceAccount)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('service-account', `${JSON.stringify(serviceAccount)} is not a service account email`, 'use NAME@PROJECT_ID.iam.gserviceaccount.com, or leave it empty for direct federation');
    }
    const tokenUrl = (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .stsUrl */ .on)(env);
    const saUrl = serviceAccount ? (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .impersonationUrl */ .e6)(env, serviceAccount) : undefined;
    const client = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.IdentityPoolClient({
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider.name}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: tokenUrl,
        service_account_impersonation_url: saUrl,
        scopes,
        transporterOptions: { timeout: TOKEN_REQUEST_TIMEOUT_MS },
        subject_token_supplier: {
            async getSubjectToken() {
                let token;
                try {
                    token = await getIDToken(oidcAudience);
                }
                catch (e) {
                    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('workload-identity-provider', `could not get the GitHub OIDC token (${why})`, OIDC_FIX);
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
async function applicationDefault(settings, deps, scopes) {
    if (settings.serviceAccount?.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('service-account', 'is only used with workload-identity-provider', 'remove it, or set workload-identity-provider (when google-github-actions/auth ran before, give it the service account there)');
    }
    let client;
    try {
        client = (await new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.GoogleAuth({ scopes, clientOptions: { transporterOptions: { timeout: TOKEN_REQUEST_TIMEOUT_MS } } }).getClient());
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('auth-mode', `no Application Default Credentials (${why})`, 'run google-github-actions/auth before this step, or set workload-identity-provider with `permissions: id-token: write`; locally run `gcloud auth application-default login`');
    }
    maskTokens(client, deps.setSecret ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret);
    return { client, mode: 'adc', principal: 'the Application Default Credentials principal' };
}
/**
 * Credentials (for Cloud Logging unless other scopes are asked) from the settings: auth-mode `workload-identity` (or `auto` with a
 * provider) federates the GitHub OIDC token; `adc` (or `auto` without one) uses Application Default
 * Credentials. Throws InputError for bad or missing configuration; token exchange happens on first use.
 */
async function createAuthClient(settings, env = process.env, deps = {}, scopes = [LOGGING_READ_SCOPE]) {
    const hasProvider = Boolean(settings.workloadIdentityProvider?.trim());
    switch (settings.authMode) {
        case 'workload-identity':
            if (!hasProvider) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('workload-identity-provider', 'is required with auth-mode workload-identity', 'set it to projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER');
            }
            return workloadIdentity(settings, env, deps, scopes);
        case 'adc':
            return applicationDefault(settings, deps, scopes);
        case 'auto':
            return hasProvider ? workloadIdentity(settings, env, deps, scopes) : applicationDefault(settings, deps, scopes);
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('auth-mode', `unknown mode ${JSON.stringify(settings.authMode)}`, 'use auto, workload-identity or adc');
    }
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


/***/ })

};
;
//# sourceMappingURL=98.index.js.map