"use strict";
exports.id = 753;
exports.ids = [753,254];
exports.modules = {

/***/ 3630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseTableName),
/* harmony export */   dS: () => (/* binding */ tableSql),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// The one input that becomes SQL text: a table name cannot be a query parameter in BigQuery,
// so it is checked against the naming rules here and only ever written between backticks.

const INPUT = 'bigquery-table';
const FIX = 'give project.dataset.table, e.g. my-project.logs_link._AllLogs or my-project.sink_dataset.run_googleapis_com_stderr_*';
// Project ids (optionally domain-scoped "example.com:proj"), dataset ids and table ids as BigQuery allows them,
// minus every character that could end a backtick-quoted identifier.
const PROJECT = /^(?:[a-z][a-z0-9.-]{0,62}:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE = /^[A-Za-z0-9_$-]{0,1023}\*?$/;
function parseTableName(raw) {
    const v = raw.trim().replace(/^`|`$/g, '');
    const parts = v.split('.');
    // A domain-scoped project holds a dot before its colon: join it back.
    if (parts.length === 4 && parts[1].includes(':'))
        parts.splice(0, 2, `${parts[0]}.${parts[1]}`);
    const [project, dataset, table] = parts.length === 3 ? parts : parts.length === 2 ? [undefined, ...parts] : [];
    if (!dataset || table === undefined || table === '' || (project !== undefined && !PROJECT.test(project)) || !DATASET.test(dataset) || !TABLE.test(table)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(INPUT, `${JSON.stringify(raw)} is not a BigQuery table name`, FIX);
    }
    return { project, dataset, table };
}
/** The table as SQL: one backtick-quoted path, safe by construction of parseTableName. */
function tableSql(t) {
    return `\`${[t.project, t.dataset, t.table].filter(Boolean).join('.')}\``;
}
const UNITS = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
/** Bytes from "10GB", "500 MiB" or "1048576"; undefined for an empty value. */
function parseBytes(raw, input) {
    const v = raw.trim();
    if (v === '')
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(v);
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    const bytes = m && unit !== undefined ? Math.round(Number(m[1]) * unit) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${JSON.stringify(raw)} is not a number of bytes`, 'give e.g. 10GB, 500MiB or 1000000000');
    return bytes;
}


/***/ }),

/***/ 99373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   iQ: () => (/* binding */ clockFromEnv)
/* harmony export */ });
/* unused harmony export WAIT_SCALE_ENV */
// The one clock every wait goes through (Cloud Logging pacing, GitHub spacing, retries, lock
// polling), so that tests can inject a fake one and never sleep for real.
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Test-only: every wait (GitHub spacing, retries, lock polling, Cloud Logging and BigQuery backoff)
 * times this factor; the bundle's end-to-end tests set 0 so they never sleep for real. */
const WAIT_SCALE_ENV = 'LOG_GARDENER_TEST_WAIT_SCALE';
/** The real clock, its sleeps scaled by WAIT_SCALE_ENV when that is set. */
function clockFromEnv(env) {
    const raw = env[WAIT_SCALE_ENV];
    const scale = raw === undefined || raw === '' ? 1 : Number(raw);
    if (!Number.isFinite(scale) || scale < 0 || scale === 1)
        return realClock;
    return { now: realClock.now, sleep: (ms) => realClock.sleep(ms * scale) };
}


/***/ }),

/***/ 1857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ parseProvider)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Workload identity provider names, as google-github-actions/auth takes them.

const INPUT = 'workload-identity-provider';
const SHAPE = 'projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER';
const FIX = `use the full name ${SHAPE} (\`gcloud iam workload-identity-pools providers describe PROVIDER --location=global --workload-identity-pool=POOL --project=PROJECT --format='value(name)'\`)`;
function parseProvider(raw) {
    const name = raw.trim().replace(/^(https:)?\/\/iam\.googleapis\.com\//, '');
    const m = /^projects\/([^/]+)\/locations\/([^/]+)\/workloadIdentityPools\/([^/]+)\/providers\/([^/]+)$/.exec(name);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(INPUT, `${JSON.stringify(raw)} is not a provider name`, FIX);
    const [, projectNumber, location, pool, provider] = m;
    if (!/^\d+$/.test(projectNumber)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(INPUT, `${JSON.stringify(raw)} names the project ${JSON.stringify(projectNumber)}, not its number`, `use the project number (\`gcloud projects describe ${projectNumber} --format='value(projectNumber)'\`) in ${SHAPE}`);
    }
    if (location !== 'global')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(INPUT, `${JSON.stringify(raw)} has location ${JSON.stringify(location)}; workload identity pools are global`, FIX);
    if (!/^[a-z0-9-]{4,32}$/.test(pool) || !/^[a-z0-9-]{4,32}$/.test(provider))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(INPUT, `${JSON.stringify(raw)} has an invalid pool or provider id`, FIX);
    return { name, projectNumber, pool, provider };
}


/***/ }),

/***/ 88839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ validateGitHubSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Settings the GitHub API would reject later, refused up front with the input's name and the fix. */
function validateGitHubSettings(settings) {
    const label = settings.issueLabel;
    if (!label.trim() || label.includes(',') || label.length > 50) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('issue-label', `"${label}" cannot be a GitHub label used as a filter`, 'use 1 to 50 characters without commas, e.g. log-gardener');
    }
    if (/^\/|\.\.(\/|$)|\/$/.test(settings.worklogPath)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('worklog-path', `"${settings.worklogPath}" is not a file path inside the repository`, 'use a relative path such as gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md');
    }
}


/***/ }),

/***/ 66753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  garden: () => (/* binding */ garden),
  main: () => (/* binding */ main),
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/duration.ts
// Durations as gcloud's --freshness takes them: 30m, 6h, 2d, 1w (also 90s, 1h30m).
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** Milliseconds of a duration, or undefined when it is not one. */
function parseDuration(text) {
    const t = text.trim().toLowerCase();
    if (!/^(\d+[smhdw])+$/.test(t))
        return undefined;
    let ms = 0;
    for (const m of t.matchAll(/(\d+)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return ms > 0 ? ms : undefined;
}
/** How far back Cloud Logging's _Default bucket keeps entries (its default retention). */
const DEFAULT_RETENTION_MS = 30 * 86_400_000;
/** Longer than any bucket keeps logs (3,650 days): a range reaching further back is a typo. */
const MAX_RANGE_MS = 3650 * 86_400_000;
/** A sentence for the worklog when the range starts before the _Default bucket's retention. */
function retentionWarning(since, now) {
    const days = Math.ceil((now.getTime() - since.getTime()) / 86_400_000);
    if (now.getTime() - since.getTime() <= DEFAULT_RETENTION_MS)
        return undefined;
    return `The time range starts ${days} days ago; the _Default log bucket keeps 30 days, so older entries are read only from buckets with a longer retention.`;
}

// EXTERNAL MODULE: ./src/collect/resources.ts
var resources = __webpack_require__(95359);
// EXTERNAL MODULE: ./src/gcp/provider.ts
var provider = __webpack_require__(1857);
// EXTERNAL MODULE: ./src/bigquery/table.ts
var table = __webpack_require__(3630);
// EXTERNAL MODULE: ./src/github/settings-check.ts
var settings_check = __webpack_require__(88839);
;// CONCATENATED MODULE: ./src/inputs.ts








const DEFAULT_WORKLOG_PATH = 'gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md';
function list(v) {
    return v
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function bool(get, name, def) {
    const v = get(name).trim().toLowerCase();
    if (v === '')
        return def;
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new errors/* InputError */.d(name, `"${get(name)}" is not a boolean`, 'use true or false');
}
function inputs_int(get, name, def, min, max, example = def) {
    const v = get(name).trim();
    if (v === '')
        return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors/* InputError */.d(name, `"${v}" is not a whole number from ${min} to ${max}`, `give a number such as ${example}`);
    return n;
}
function oneOf(get, name, allowed, def, normalize = (s) => s.toLowerCase()) {
    const raw = get(name).trim();
    if (raw === '')
        return def;
    const v = normalize(raw);
    if (!allowed.includes(v))
        throw new errors/* InputError */.d(name, `"${raw}" is not one of ${allowed.join(', ')}`, `use one of ${allowed.join(', ')}`);
    return v;
}
function optionalDuration(get, name) {
    const v = get(name).trim();
    if (v === '' || v.toLowerCase() === 'off')
        return undefined;
    const ms = parseDuration(v);
    if (ms === undefined)
        throw new errors/* InputError */.d(name, `"${v}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
    return ms;
}
function date(get, name) {
    const v = get(name).trim();
    if (v === '')
        return undefined;
    const ms = parseDuration(v);
    if (ms !== undefined) {
        if (ms > MAX_RANGE_MS)
            throw new errors/* InputError */.d(name, `"${v}" is more than 3650 days ago`, 'give a duration such as 6h or 7d (the _Default log bucket keeps 30 days)');
        return new Date(Date.now() - ms);
    }
    if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) {
        throw new errors/* InputError */.d(name, `"${v}" is not a time`, 'give an ISO 8601 UTC time such as 2025-09-11T00:00:00Z, or a duration ago such as 6h');
    }
    const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(v) || v.length === 10 ? v : `${v}Z`);
    if (Number.isNaN(d.getTime()))
        throw new errors/* InputError */.d(name, `"${v}" is not a time`, 'give an ISO 8601 UTC time such as 2025-09-11T00:00:00Z');
    return d;
}
function parseSeverityInput(get, name) {
    const upper = (s) => {
        const u = s.toUpperCase();
        return u === 'WARN' ? 'WARNING' : u;
    };
    return oneOf(get, name, types/* SEVERITIES */.oC, 'WARNING', upper);
}
function readSettings(get, env = process.env) {
    const window = get('window').trim() || '24h';
    const windowMs = parseDuration(window);
    if (windowMs === undefined)
        throw new errors/* InputError */.d('window', `"${window}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
    if (windowMs > MAX_RANGE_MS)
        throw new errors/* InputError */.d('window', `"${window}" is longer than 3650 days`, 'use a window such as 24h or 7d (the _Default log bucket keeps 30 days)');
    const since = date(get, 'since');
    const until = date(get, 'until');
    if (since && until && since >= until)
        throw new errors/* InputError */.d('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'swap since and until, or drop one');
    const failOn = oneOf(get, 'fail-on', [...types/* PRIORITIES */.BE, 'none'], 'none', (s) => (s.toLowerCase() === 'none' ? 'none' : s.toUpperCase()));
    const authMode = oneOf(get, 'auth-mode', ['auto', 'workload-identity', 'adc'], 'auto');
    const onRegression = oneOf(get, 'on-regression', ['reopen', 'new-issue'], 'reopen');
    const prNumber = get('pr-number').trim() === '' ? undefined : inputs_int(get, 'pr-number', 0, 1, Number.MAX_SAFE_INTEGER, 42);
    const input = get('input').trim();
    const given = new Set(['window', 'resource-type', 'service', 'since', 'until'].filter((name) => get(name).trim() !== ''));
    const settings = {
        inputFile: input || undefined,
        allowEmpty: bool(get, 'allow-empty', false),
        given,
        projects: list(get('project-id')),
        services: list(get('service')),
        resourceType: get('resource-type').trim() || 'cloud_run_revision',
        minSeverity: parseSeverityInput(get, 'min-severity'),
        windowMs,
        since,
        until,
        extraFilter: get('filter').trim() || undefined,
        maxEntries: inputs_int(get, 'max-entries', 10000, 1, 1_000_000),
        source: oneOf(get, 'source', ['cloud-logging', 'bigquery'], 'cloud-logging'),
        transport: oneOf(get, 'transport', ['grpc', 'rest'], 'grpc'),
        bigqueryTable: get('bigquery-table').trim() || undefined,
        maximumBytesBilled: (0,table/* parseBytes */.z_)(get('maximum-bytes-billed'), 'maximum-bytes-billed'),
        authMode,
        workloadIdentityProvider: get('workload-identity-provider').trim() || undefined,
        serviceAccount: get('service-account').trim() || undefined,
        audience: get('audience').trim() || undefined,
        configPath: get('config').trim() || '.github/log-gardener.yml',
        previousReport: get('previous-report').trim() || undefined,
        outputDir: get('output-dir').trim() || 'log-gardener',
        worklogPath: get('worklog-path').trim() || DEFAULT_WORKLOG_PATH,
        dryRun: bool(get, 'dry-run', false),
        failOn,
        failOnNewOnly: bool(get, 'fail-on-new-only', false),
        githubToken: get('github-token').trim() || undefined,
        createIssues: bool(get, 'create-issues', true),
        issueLabel: get('issue-label').trim() || 'log-gardener',
        maxNewIssues: inputs_int(get, 'max-new-issues', 10, 0, 100),
        onRegression,
        commitWorklog: bool(get, 'commit-worklog', true),
        branch: get('branch').trim() || undefined,
        prComment: bool(get, 'pr-comment', true),
        prNumber,
        resolveAfterMs: optionalDuration(get, 'resolve-after'),
        resolveAdopted: bool(get, 'resolve-adopted', false),
        maxRunTimeMs: optionalDuration(get, 'max-run-time') ?? src_settings/* DEFAULT_MAX_RUN_TIME_MS */.u,
        errorReportingLink: bool(get, 'error-reporting-link', false),
    };
    if (!settings.inputFile && settings.projects.length === 0) {
        const guess = env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT;
        if (guess)
            settings.projects = [guess];
        else
            throw new errors/* InputError */.d('project-id', 'no Google Cloud project given and no log file to read', 'set project-id (or GOOGLE_CLOUD_PROJECT), or set input to a `gcloud logging read --format=json` export');
    }
    if (settings.services.length > 0 && !resources/* SERVICE_LABEL */.f[settings.resourceType]) {
        const known = Object.keys(resources/* SERVICE_LABEL */.f).join(', ');
        const fix = `leave service empty and narrow with filter (e.g. resource.labels.NAME="value"), or use one of ${known}`;
        throw new errors/* InputError */.d('service', `resource type "${settings.resourceType}" has no service label this action knows`, fix);
    }
    if (settings.workloadIdentityProvider)
        (0,provider/* parseProvider */.t)(settings.workloadIdentityProvider);
    if (settings.bigqueryTable)
        (0,table/* parseTableName */.HC)(settings.bigqueryTable);
    if (settings.source === 'bigquery' && !settings.inputFile && !settings.bigqueryTable) {
        throw new errors/* InputError */.d('bigquery-table', 'is required with source bigquery', 'set it to project.dataset._AllLogs (a Log Analytics linked dataset) or a log sink table such as project.dataset.run_googleapis_com_stderr_*');
    }
    (0,settings_check/* validateGitHubSettings */.l)(settings);
    if (/[{}]/.test(settings.worklogPath.replace(/\{(service|timestamp|date)\}/g, ''))) {
        throw new errors/* InputError */.d('worklog-path', `"${settings.worklogPath}" has an unknown placeholder`, 'use only {service}, {timestamp} and {date}');
    }
    return settings;
}

// EXTERNAL MODULE: ./src/collect/file-source.ts + 1 modules
var file_source = __webpack_require__(59849);
// EXTERNAL MODULE: ./src/file-scope.ts
var file_scope = __webpack_require__(38088);
// EXTERNAL MODULE: ./src/front-thread.ts + 1 modules
var front_thread = __webpack_require__(26327);
;// CONCATENATED MODULE: ./src/group/stack.ts
// Reads a stack trace (Python, Node.js, Java, Go) into the parts that identify a problem:
// the innermost exception's type and message, and its in-app frames as "file:function",
// without line numbers, library frames dropped, repeated (recursive) frames collapsed.
const PY_FRAME = /^\s*File "([^"]+)", line \d+, in (\S+)/;
const PY_LIBRARY = /site-packages|dist-packages|[/\\]lib[/\\]python\d|^<frozen|^<string>/;
const NODE_FRAME = /^\s*at (?:(?:async )?(.+?) \()?(.+?):\d+:\d+\)?\s*$/;
const NODE_LIBRARY = /node_modules|^node:|^internal[/\\]|^<anonymous>/;
const JAVA_FRAME = /^\s*at ([\w$.<>/]+)\.([\w$<>]+)\(([^)]*)\)/;
const JAVA_LIBRARY = /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|org\.springframework|org\.apache|org\.hibernate|org\.eclipse|com\.google|com\.fasterxml|io\.netty|io\.grpc|reactor|okhttp3|org\.junit)\./;
/** A Go frame's function line: the name, then its argument list ("main.(*Server).handle(0xc0, 0x1)"). */
const GO_FUNC = /^[\w./*()-]+\([^()]*\)$/;
const GO_FILE = /^\s+(\S+\.go):\d+/;
const GO_LIBRARY = /^(?:runtime|net\/http|internal|sync|reflect|syscall)\.|\/go\/pkg\/mod\/|\/usr\/local\/go\/|\/vendor\//;
/** An exception headline: "module.Type: message" or "Type" alone. */
const EXC_LINE = /^(?:Caused by: |\[cause\]: |Uncaught |Exception in thread "[^"]*" )?((?:[A-Za-z_$][\w$]*[.])*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Warning|Failure|Fault|Panic)|Error)(?: \[[\w-]+\])?(?::\s?(.*))?$/;
/** Last two path segments: stable across deploy roots, distinct across packages. */
function shortFile(path) {
    // What path.split(/[/\\]/).slice(-2).join('/') gives, without the array: a frame at a time, it added up.
    const last = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    if (last < 0)
        return path;
    const before = last === 0 ? -1 : Math.max(path.lastIndexOf('/', last - 1), path.lastIndexOf('\\', last - 1));
    return `${path.slice(before + 1, last)}/${path.slice(last + 1)}`;
}
function collapse(frames) {
    const inApp = frames.filter((f) => !f.library);
    const chosen = inApp.length > 0 ? inApp : frames;
    const out = [];
    for (const f of chosen) {
        const id = `${f.file}:${f.fn}`;
        if (out[out.length - 1] !== id)
            out.push(id);
    }
    return out;
}
function parsePython(lines) {
    // Chained tracebacks print the original cause first: that block is the innermost cause.
    const start = lines.findIndex((l) => l.startsWith('Traceback (most recent call last)'));
    if (start < 0)
        return undefined;
    const frames = [];
    for (let i = start + 1; i < lines.length; i += 1) {
        const m = PY_FRAME.exec(lines[i]);
        if (m) {
            frames.push({ file: shortFile(m[1]), fn: m[2], library: PY_LIBRARY.test(m[1]) });
            continue;
        }
        if (/^\s/.test(lines[i]) || lines[i] === '')
            continue;
        const exc = EXC_LINE.exec(lines[i].trim()) ?? /^([\w.]+)(?::\s?(.*))?$/.exec(lines[i].trim());
        if (!exc)
            return undefined;
        return { language: 'python', exceptionType: exc[1], message: exc[2] ?? '', frames: collapse(frames) };
    }
    return undefined;
}
function parseJava(lines) {
    if (!lines.some((l) => JAVA_FRAME.test(l) && /\.java:|\.kt:|\.scala:|Native Method|Unknown Source/.test(l)))
        return undefined;
    // The last "Caused by:" block is the innermost cause.
    let head = -1;
    for (let i = 0; i < lines.length; i += 1) {
        const t = lines[i].trim();
        if (EXC_LINE.test(t) && (head < 0 || t.startsWith('Caused by: ')))
            head = i;
    }
    if (head < 0)
        return undefined;
    const exc = EXC_LINE.exec(lines[head].trim());
    const frames = [];
    for (let i = head + 1; i < lines.length; i += 1) {
        const m = JAVA_FRAME.exec(lines[i]);
        if (!m) {
            if (/^\s*\.\.\. \d+ more/.test(lines[i]))
                continue;
            if (EXC_LINE.test(lines[i].trim()))
                break;
            continue;
        }
        frames.push({ file: m[1], fn: m[2], library: JAVA_LIBRARY.test(`${m[1]}.`) });
    }
    // Java prints innermost frames first; keep outermost first like the other languages.
    return { language: 'java', exceptionType: exc[1], message: exc[2] ?? '', frames: collapse(frames.reverse()) };
}
function parseNode(lines) {
    const first = lines.findIndex((l) => NODE_FRAME.test(l) && !JAVA_FRAME.test(l));
    if (first < 1)
        return undefined;
    let head = first - 1;
    while (head > 0 && !EXC_LINE.test(lines[head].trim()))
        head -= 1;
    const exc = EXC_LINE.exec(lines[head].trim());
    // gRPC's "for call at" and Firestore's "Caused by: Error" sections hold the caller's frames: read them all.
    const frames = [];
    for (let i = first; i < lines.length; i += 1) {
        const m = NODE_FRAME.exec(lines[i].replace(/ \{$/, ''));
        if (m)
            frames.push({ file: shortFile(m[2]), fn: m[1] ?? '<anonymous>', library: NODE_LIBRARY.test(m[2]) });
    }
    return {
        language: 'node',
        exceptionType: exc ? exc[1] : 'Error',
        message: exc ? (exc[2] ?? '') : lines[head].trim(),
        frames: collapse(frames.reverse()),
    };
}
function parseGo(lines) {
    const panic = lines.findIndex((l) => /^panic: /.test(l));
    const g = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
    if (g < 0)
        return undefined;
    const frames = [];
    for (let i = g + 1; i + 1 < lines.length; i += 1) {
        const file = GO_FILE.exec(lines[i + 1]);
        if (!GO_FUNC.test(lines[i]) || !file)
            continue;
        const fn = lines[i].slice(0, lines[i].lastIndexOf('('));
        frames.push({ file: shortFile(file[1]), fn, library: GO_LIBRARY.test(fn) || GO_LIBRARY.test(file[1]) });
        i += 1;
    }
    const message = panic >= 0 ? lines[panic].slice('panic: '.length).replace(/\s*\[recovered\]$/, '') : '';
    const runtime = /^runtime error: /.exec(message);
    return {
        language: 'go',
        exceptionType: runtime ? 'runtime error' : 'panic',
        message: runtime ? message.slice(runtime[0].length) : message,
        frames: collapse(frames.reverse()),
    };
}
// The last text read: a record's trace is read where its severity is decided, then again where it is signed.
let lastText;
let lastTrace;
/** The stack trace in a text, when it holds one. The result is shared: read it, do not change it. */
function parseStack(text) {
    if (!text.includes('\n'))
        return undefined;
    if (text === lastText)
        return lastTrace;
    const lines = text.split(/\r?\n/);
    lastText = text;
    return (lastTrace = parsePython(lines) ?? parseGo(lines) ?? parseJava(lines) ?? parseNode(lines));
}

;// CONCATENATED MODULE: ./src/group/trace-lines.ts
// Splits a run of single-line entries (oldest first) into stack traces and plain lines, the way
// each runtime prints its traces:
// - Python: "Traceback (most recent call last):", indented frames, the exception line, and chained
//   tracebacks ("During handling of the above exception..." / "The above exception was...").
// - Node.js: "TypeError: x" or a bare "Error: x" / "Error [ERR_X]: x" head, "    at ..." frames,
//   gRPC's "for call at" and Firestore's "Caused by: Error" sections, "[cause]" and error properties
//   printed by util.inspect ("{", indented, "}"), the uncaught-exception preamble
//   ("/app/index.js:10", source line, caret) and the "Node.js v22.1.0" trailer.
// - Java: "Exception in thread ..." or "pkg.SomeException: x" head, "\tat" frames, "Caused by:",
//   "Suppressed:", "\t... N more".
// - Go: "panic: ..." or "fatal error: ...", "goroutine N [running]:", function and file lines,
//   "created by ...", "exit status 2".
// A new head always starts a new trace, so traces printed back to back stay apart.
const BLANK = /^\s*$/;
const INDENTED = /^\s+\S/;
const AT_FRAME = /^\s+at \S/;
const PY_HEAD = /^Traceback \(most recent call last\):/;
const PY_CHAIN = /^(?:During handling of the above exception|The above exception was the direct cause)/;
/** An exception headline: "pkg.SomeError: message", a bare "Error", "Error [ERR_CODE]: message". */
const EXCEPTION_HEAD = /^(?:Uncaught |Exception in thread "[^"]*" )?(?:[A-Za-z_$][\w$]*[.])*[A-Za-z_$]?[\w$]*(?:Error|Exception|Throwable|Exit|Interrupt|Failure|Fault)(?: \[[\w-]+\])?(?::.*)?$/;
const CAUSED = /^(?:Caused by|Suppressed): /;
const GRPC_CALL = /^for call at$/;
const NODE_TRAILER = /^Node\.js v\d+/;
const CLOSE_BRACE = /^\s*[}\]],?$/;
/** Where an uncaught Node.js exception was thrown: "/app/index.js:10" (then source line and caret). */
const NODE_LOCATION = /^(?:file:\/\/)?\/?[\w@./-]+\.[cm]?[jt]sx?:\d+$/;
const GO_HEAD = /^(?:panic: |fatal error: )/;
const GO_ROUTINE = /^goroutine \d+ \[/;
/** Go frame function lines ("main.(*Server).handle(0xc0, 0x1)"). */
const GO_FUNCTION = /^[\w-]+(?:\/[\w.-]+)*\.[\w.*()]+\([^()]*\)$/;
const GO_TAIL = /^(?:created by |exit status \d+|\[signal )/;
/** True for a line that may belong to a trace (so a run of them is worth holding back). */
function traceLike(line) {
    return (BLANK.test(line) ||
        INDENTED.test(line) ||
        [PY_HEAD, PY_CHAIN, EXCEPTION_HEAD, CAUSED, GRPC_CALL, NODE_TRAILER, CLOSE_BRACE, NODE_LOCATION, GO_HEAD, GO_ROUTINE, GO_FUNCTION, GO_TAIL].some((re) => re.test(line)));
}
/** Index after a Python traceback that starts at i (chained tracebacks included). */
function endOfPython(lines, i) {
    let j = i + 1;
    for (;;) {
        while (j < lines.length && (INDENTED.test(lines[j]) || (BLANK.test(lines[j]) && j + 1 < lines.length && INDENTED.test(lines[j + 1]))))
            j += 1;
        // The exception line: any unindented line that does not start something else.
        if (j < lines.length && !BLANK.test(lines[j]) && !PY_HEAD.test(lines[j]) && !PY_CHAIN.test(lines[j]))
            j += 1;
        // "", "During handling ...", "", "Traceback ...": the next block of the chain.
        let k = j;
        while (k < lines.length && BLANK.test(lines[k]))
            k += 1;
        if (k >= lines.length || !PY_CHAIN.test(lines[k]))
            return j;
        k += 1;
        while (k < lines.length && BLANK.test(lines[k]))
            k += 1;
        if (k >= lines.length || !PY_HEAD.test(lines[k]))
            return j;
        j = k + 1;
    }
}
/** Index after the frames and sections of a Node.js or Java trace whose head is at i. */
function endOfAtTrace(lines, i) {
    let j = i + 1;
    const continues = (l) => INDENTED.test(l) || CAUSED.test(l) || GRPC_CALL.test(l) || CLOSE_BRACE.test(l);
    while (j < lines.length && continues(lines[j]))
        j += 1;
    // An uncaught exception ends with a blank line and "Node.js v22.1.0".
    let k = j;
    while (k < lines.length && BLANK.test(lines[k]))
        k += 1;
    return k < lines.length && NODE_TRAILER.test(lines[k]) ? k + 1 : j;
}
function endOfGo(lines, i) {
    let j = i + 1;
    const continues = (l) => INDENTED.test(l) || GO_ROUTINE.test(l) || GO_FUNCTION.test(l) || GO_TAIL.test(l);
    while (j < lines.length && (continues(lines[j]) || (BLANK.test(lines[j]) && j + 1 < lines.length && continues(lines[j + 1]))))
        j += 1;
    return j;
}
/** An exception head followed by its first "at" frame (possibly after a multi-line message of indented or blank lines). */
function atTraceHead(lines, i) {
    return EXCEPTION_HEAD.test(lines[i]) && i + 1 < lines.length && AT_FRAME.test(lines[i + 1]);
}
/** Node's uncaught preamble: location, source line, caret line, blank, then the error. Returns the head index. */
function nodePreamble(lines, i) {
    if (!NODE_LOCATION.test(lines[i]))
        return undefined;
    let j = i + 1;
    while (j < lines.length && j <= i + 4 && (INDENTED.test(lines[j]) || BLANK.test(lines[j]) || /^\s*\^+$/.test(lines[j])))
        j += 1;
    return j < lines.length && atTraceHead(lines, j) ? j : undefined;
}
/** Lines that only ever continue a trace: joined together when their head is missing. */
function orphan(line) {
    return INDENTED.test(line) || CAUSED.test(line) || GO_ROUTINE.test(line) || GO_FUNCTION.test(line) || GRPC_CALL.test(line) || CLOSE_BRACE.test(line);
}
function orphanStart(lines, i) {
    const l = lines[i];
    return INDENTED.test(l) || CAUSED.test(l) || GO_ROUTINE.test(l) || GRPC_CALL.test(l) || (GO_FUNCTION.test(l) && INDENTED.test(lines[i + 1] ?? ''));
}
/** [start, end) ranges of lines, in order, covering every line: traces as one range, other lines alone. */
function segmentTraces(lines) {
    const out = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        let end = i + 1;
        const preamble = nodePreamble(lines, i);
        if (PY_HEAD.test(line))
            end = endOfPython(lines, i);
        else if (GO_HEAD.test(line) || GO_ROUTINE.test(line))
            end = endOfGo(lines, i);
        else if (preamble !== undefined)
            end = endOfAtTrace(lines, preamble);
        else if (atTraceHead(lines, i))
            end = endOfAtTrace(lines, i);
        else if (orphanStart(lines, i))
            while (end < lines.length && orphan(lines[end]))
                end += 1;
        out.push([i, end]);
        i = end;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/collect/threshold.ts



/** A line that opens a trace: Python's traceback, a Go panic or fatal error. */
const TRACE_HEAD = /^(?:Traceback \(most recent call last\):|panic: |fatal error: )/;
const ORPHAN_FRAME = /^\s+at \S.*:\d+(?::\d+)?\)?$/m;
/**
 * An entry that reports an error without saying so in its severity (plain stdout/stderr): it
 * carries an Error Reporting group, a stack field, a trace, or an exception head ("TypeError: x").
 */
function reportsError(record) {
    if (record.errorGroups.length > 0 || record.stackTrace !== undefined)
        return true;
    const first = record.message.split('\n', 1)[0];
    if (TRACE_HEAD.test(first))
        return true;
    // Frames whose head was lost still belong to a failure.
    if (record.message.includes('\n') && (parseStack(record.message) !== undefined || ORPHAN_FRAME.test(record.message)))
        return true;
    if (!EXCEPTION_HEAD.test(first))
        return false;
    // A bare "Error" word alone is no exception; with frames under it, it is one.
    return record.message.includes('\n') ? parseStack(record.message) !== undefined : !/^Error$/.test(first);
}
function atOrAbove(record, min) {
    if ((0,types/* severityRank */.qs)(record.severity) >= (0,types/* severityRank */.qs)(min))
        return true;
    if ((record.http?.status ?? 0) >= 500)
        return true;
    // An error without a severity counts as ERROR: above a CRITICAL threshold it stays out.
    return record.severity === 'DEFAULT' && (0,types/* severityRank */.qs)(min) <= (0,types/* severityRank */.qs)('ERROR') && reportsError(record);
}

// EXTERNAL MODULE: ./src/collect/front.ts
var collect_front = __webpack_require__(34973);
// EXTERNAL MODULE: ./src/collect/normalize.ts
var normalize = __webpack_require__(59705);
// EXTERNAL MODULE: ./src/safety/redact-record.ts
var redact_record = __webpack_require__(62783);
;// CONCATENATED MODULE: ./src/group/order.ts
// The order of groups wherever they are listed: the most severe first, then the most frequent; ties by
// fingerprint, so that the order is the same run after run.

/**
 * Fingerprints in code-point order. localeCompare gave the same order for these (a version, a colon,
 * hex) but follows the runner's locale, and its first call loads ICU's collation data, ~7 ms a thread.
 */
const compareFingerprints = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Most severe, then most frequent, then by fingerprint. */
function bySeverityThenCount(a, b) {
    return ((0,types/* severityRank */.qs)(b.maxSeverity) - (0,types/* severityRank */.qs)(a.maxSeverity) || b.count - a.count || compareFingerprints(a.signature.fingerprint, b.signature.fingerprint));
}

;// CONCATENATED MODULE: ./src/collect/pre-grouped.ts




const MAX_SAMPLES = 3;
const MAX_SAMPLE_CHARS = 4000;
function sampleText(r) {
    const full = r.stackTrace && !r.message.includes(r.stackTrace) ? `${r.message}\n${r.stackTrace}` : r.message;
    return full.slice(0, MAX_SAMPLE_CHARS);
}
function addCounts(into, from) {
    for (const [k, n] of Object.entries(from ?? {}))
        into[k] = (into[k] ?? 0) + n;
}
class PreGrouped {
    opts;
    groups = new Map();
    totals = { entries: 0, ignored: 0, bySeverity: {} };
    records;
    constructor(opts) {
        this.opts = opts;
        this.records = new redact_record/* RecordRedactor */.oZ(opts.redactor);
    }
    /** The samples as records, every string redacted, like the entries the pipeline reads. */
    async samples(item) {
        const out = [];
        for (const raw of item.samples) {
            try {
                out.push((0,normalize/* normalizeEntry */.YT)(raw));
            }
            catch (e) {
                if (!(e instanceof normalize/* EntryError */.jm))
                    throw e;
            }
        }
        return this.records.redactBatch(out);
    }
    /** Redacted counts per dimension: the values are log content too. */
    async redacted(dims) {
        const keys = Object.values(dims).flatMap((c) => Object.keys(c));
        const red = await this.opts.redactor.redactAll(keys);
        let i = 0;
        const out = {};
        for (const [dim, counts] of Object.entries(dims)) {
            const o = (out[dim] = {});
            for (const n of Object.values(counts)) {
                const k = red[i++];
                o[k] = (o[k] ?? 0) + (n ?? 0);
            }
        }
        return out;
    }
    /** Passes every item but groups through; groups are signed once all are in, refined ones yield their entries. */
    async *expand(items) {
        const held = [];
        for await (const item of items) {
            if (item.kind !== 'group') {
                yield item;
                continue;
            }
            const records = await this.samples(item);
            // Learning pass: the signer sees every key's samples before any is signed for keeps.
            for (const r of records)
                this.opts.signer.sign(r);
            held.push({ item, records });
        }
        for (const { item, records } of held) {
            const signatures = records.map((r) => this.opts.signer.sign(r));
            const alike = signatures.length > 0 && signatures.every((s) => s.fingerprint === signatures[0].fingerprint);
            if (!alike && item.refine) {
                yield* item.refine();
                continue;
            }
            if (records.length === 0) {
                yield { kind: 'failure', message: `${item.count} entries of one group were left out: none of its samples could be read` };
                continue;
            }
            await this.fold(item, records, signatures[0]);
        }
    }
    async fold(item, records, signature) {
        const exemplar = records[0];
        const d = await this.redacted(item.dimensions);
        const severities = (d.severity ?? {});
        if (this.opts.ignore?.(exemplar)) {
            this.totals.ignored += item.count;
            return;
        }
        this.totals.entries += item.count;
        addCounts(this.totals.bySeverity, severities);
        const span = this.totals.span;
        this.totals.span = span
            ? { first: item.firstSeen < span.first ? item.firstSeen : span.first, last: item.lastSeen > span.last ? item.lastSeen : span.last }
            : { first: item.firstSeen, last: item.lastSeen };
        const kinds = {};
        for (const [logName, n] of Object.entries(d.log ?? {}))
            kinds[(0,normalize/* logKind */.f8)(logName)] = (kinds[(0,normalize/* logKind */.f8)(logName)] ?? 0) + (n ?? 0);
        const maxSeverity = Object.keys(severities)
            .filter((s) => types/* SEVERITIES */.oC.includes(s))
            .reduce((a, b) => ((0,types/* severityRank */.qs)(b) > (0,types/* severityRank */.qs)(a) ? b : a), exemplar.severity);
        const group = {
            signature,
            count: item.count,
            firstSeen: item.firstSeen,
            lastSeen: item.lastSeen,
            severities,
            maxSeverity,
            services: d.service ?? {},
            revisions: d.revision ?? {},
            locations: d.location ?? {},
            instances: d.instance ?? {},
            kinds,
            statuses: d.status ?? {},
            hourly: d.hour ?? {},
            // Runs in a row are not counted in SQL: one is the floor the engine can vouch for.
            maxConsecutive: 1,
            samples: [...new Set(records.map(sampleText))].slice(0, MAX_SAMPLES),
            exemplar,
        };
        const same = this.groups.get(signature.fingerprint);
        this.groups.set(signature.fingerprint, same ? mergeGroups(same, group) : group);
    }
    /** What the pipeline collected, with these groups and their counts added. */
    finish(collected) {
        if (this.groups.size === 0 && this.totals.ignored === 0)
            return collected;
        const { totals } = this;
        const bySeverity = { ...collected.bySeverity };
        addCounts(bySeverity, totals.bySeverity);
        const a = collected.span;
        const b = totals.span;
        const span = a && b ? { first: a.first < b.first ? a.first : b.first, last: a.last > b.last ? a.last : b.last } : (a ?? b);
        return {
            ...collected,
            groups: this.merge(collected.groups),
            stats: { ...collected.stats, entries: collected.stats.entries + totals.entries, ignored: collected.stats.ignored + totals.ignored },
            bySeverity,
            span,
        };
    }
    /** The pipeline's own groups with these merged in, by fingerprint. */
    merge(groups) {
        const byFingerprint = new Map(groups.map((g) => [g.signature.fingerprint, g]));
        for (const g of this.groups.values()) {
            const same = byFingerprint.get(g.signature.fingerprint);
            byFingerprint.set(g.signature.fingerprint, same ? mergeGroups(same, g) : g);
        }
        return [...byFingerprint.values()].sort(bySeverityThenCount);
    }
}
/** Two counts of one signature as one. */
function mergeGroups(a, b) {
    const sum = (x, y) => {
        const out = { ...x };
        addCounts(out, y);
        return out;
    };
    const earlier = b.firstSeen < a.firstSeen ? b : a;
    return {
        ...earlier,
        count: a.count + b.count,
        firstSeen: earlier.firstSeen,
        lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
        severities: sum(a.severities, b.severities),
        maxSeverity: (0,types/* severityRank */.qs)(b.maxSeverity) > (0,types/* severityRank */.qs)(a.maxSeverity) ? b.maxSeverity : a.maxSeverity,
        services: sum(a.services, b.services),
        revisions: sum(a.revisions, b.revisions),
        locations: sum(a.locations, b.locations),
        instances: sum(a.instances, b.instances),
        kinds: sum(a.kinds, b.kinds),
        statuses: sum(a.statuses, b.statuses),
        hourly: sum(a.hourly, b.hourly),
        maxConsecutive: Math.max(a.maxConsecutive, b.maxConsecutive),
        samples: [...new Set([...earlier.samples, ...(earlier === a ? b : a).samples])].slice(0, MAX_SAMPLES),
        exemplar: earlier.exemplar,
    };
}

// EXTERNAL MODULE: ./src/safety/truncate.ts
var truncate = __webpack_require__(10622);
// EXTERNAL MODULE: ./src/group/fingerprint.ts
var fingerprint = __webpack_require__(86375);
;// CONCATENATED MODULE: ./src/group/audit.ts

const CODES = [
    'OK',
    'CANCELLED',
    'UNKNOWN',
    'INVALID_ARGUMENT',
    'DEADLINE_EXCEEDED',
    'NOT_FOUND',
    'ALREADY_EXISTS',
    'PERMISSION_DENIED',
    'RESOURCE_EXHAUSTED',
    'FAILED_PRECONDITION',
    'ABORTED',
    'OUT_OF_RANGE',
    'UNIMPLEMENTED',
    'INTERNAL',
    'UNAVAILABLE',
    'DATA_LOSS',
    'UNAUTHENTICATED',
];
function codeName(code) {
    return CODES[code] ?? `code ${code}`;
}
function auditSignature(version, record) {
    const { service, method, code } = record.audit;
    const detail = `${service} ${method} ${codeName(code)}`;
    const on = record.resourceType ? ` on ${record.resourceType}` : '';
    return { kind: 'audit', fingerprint: (0,fingerprint/* fingerprint */.Rj)(version, 'audit', service, method, String(code)), title: `${method}${on}: ${codeName(code)}`, detail };
}

// EXTERNAL MODULE: ./src/group/mask.ts + 1 modules
var group_mask = __webpack_require__(20706);
;// CONCATENATED MODULE: ./src/group/evidence.ts
// What says that a word at one position of a template is a value rather than part of the event,
// beyond its lexical shape (mask.ts). Each is a general fact about how log lines are written, not
// a fact about one system; which of them apply is chosen by leave-one-system-out
// (scripts/select-grouping.mjs).

/** Closed classes whose members are values of one field: two members at one position are one event.
 * Level 1: HTTP methods, severities and protocols; level 2 adds booleans and nulls (which some
 * logs use as event words: "down true" / "down false"). */
const FIELD_ENUMERATIONS = [
    ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE'],
    ['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'WARNING', 'ERROR', 'CRITICAL', 'FATAL', 'ALERT', 'EMERGENCY'],
    ['tcp', 'udp', 'http', 'https', 'grpc', 'ws', 'wss'],
    ['TCP', 'UDP', 'HTTP', 'HTTPS', 'GRPC', 'WS', 'WSS'],
];
const FLAG_ENUMERATIONS = [
    ['true', 'false'],
    ['TRUE', 'FALSE'],
    ['True', 'False'],
    ['null', 'undefined', 'none'],
    ['None', 'Null'],
];
function classes(lists) {
    const of = new Map();
    lists.forEach((members, i) => members.forEach((w) => of.set(w, of.get(w) ?? i)));
    return of;
}
const ENUM_OF = [new Map(), classes(FIELD_ENUMERATIONS), classes([...FIELD_ENUMERATIONS, ...FLAG_ENUMERATIONS])];
/** Words after which a value follows: the name of a field in prose ("for user alice"). Narrow: who and how. */
const NARROW_KEYS = new Set(['user', 'username', 'usr', 'uid', 'gid', 'login', 'logname', 'account', 'principal', 'method', 'verb']);
/** Broad: any field name. */
const BROAD_KEYS = new Set([
    'user',
    'username',
    'usr',
    'uid',
    'gid',
    'login',
    'logname',
    'account',
    'owner',
    'group',
    'role',
    'principal',
    'host',
    'hostname',
    'node',
    'server',
    'client',
    'peer',
    'instance',
    'pod',
    'container',
    'service',
    'namespace',
    'project',
    'tenant',
    'domain',
    'zone',
    'region',
    'cluster',
    'bucket',
    'table',
    'database',
    'db',
    'schema',
    'queue',
    'topic',
    'channel',
    'stream',
    'session',
    'job',
    'task',
    'worker',
    'thread',
    'process',
    'pid',
    'file',
    'filename',
    'path',
    'dir',
    'directory',
    'device',
    'disk',
    'volume',
    'interface',
    'port',
    'key',
    'id',
    'name',
    'method',
    'verb',
    'version',
    'revision',
    'model',
    'type',
    'kind',
    'status',
    'state',
    'mode',
    'level',
    'class',
]);
/** The field name a token stands for, when it reads like "user", "user:", "User" or "--user". */
function keyWord(token) {
    return token.replace(/^[-(]+|[:=,]+$/g, '').toLowerCase();
}
const VERB_FORM = /^[A-Za-z]{3,}(?:ed|ing)[.,;:!]?$/;
const isVerbForm = (w) => VERB_FORM.test(w);
/** A name made of words: snake_case, camelCase or PascalCase with two humps, a dotted method name. */
const COMPOUND = /^(?:[a-z]+(?:_[a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+){2,}|[a-z]+(?:\.[a-z]+)+)[.,;:!]?$/;
const isCompound = (w) => COMPOUND.test(w);
/** An enumeration constant: upper case letters, digits after the first, underscores ("LOOKING", "ACTION_UP"). */
const CONSTANT = /^[A-Z][A-Z0-9_]+[.,;:!]?$/;
const isConstant = (w) => CONSTANT.test(w);
/**
 * Whether position i of templates that are equal elsewhere is a variable, given the distinct
 * words found there. `before` is the token before the position (undefined at the start).
 */
function isVariableSlot(words, before, params) {
    if (words.size < 2)
        return false;
    if (words.has(group_mask/* VAR */.OZ))
        return true;
    const all = (test) => [...words].every(test);
    if (params.constantValues && all(isConstant))
        return true;
    if (words.size >= params.slotValues && !(params.verbsStay && all(isVerbForm)) && !(params.namesStay && all(isCompound)))
        return true;
    if (params.enumerations > 0) {
        let cls;
        let same = true;
        for (const w of words) {
            const c = ENUM_OF[params.enumerations].get(w);
            if (c === undefined || (cls !== undefined && c !== cls))
                same = false;
            cls = c;
        }
        if (same)
            return true;
    }
    if (before === undefined || before === group_mask/* VAR */.OZ)
        return false;
    // A capitalized word is the subject of a sentence ("Instance destroyed"), not a field name.
    if (params.contextKeys > 0 && before === before.toLowerCase()) {
        const key = keyWord(before);
        if (NARROW_KEYS.has(key) || (params.contextKeys === 2 && BROAD_KEYS.has(key)))
            return true;
    }
    if (params.colonKeys && /^[\w.-]+[:=]$/.test(before))
        return true;
    return false;
}

;// CONCATENATED MODULE: ./src/group/cluster.ts
// Clusters the masked forms a run has seen into templates, once, after the last record: the
// result depends on the set of forms, not on the order the records came in. Bounded by the
// number of forms (capped by the signer), never by the number of lines.
//  1. A form that an earlier run's template matches joins that template (stable fingerprints).
//  2. Templates equal but for one position merge when the position is a variable by evidence
//     (evidence.ts); repeated until nothing merges.
//  3. Optionally, a template whose variable stands for several tokens absorbs the longer forms.


const DEFAULT_CLUSTER_PARAMS = {
    slotValues: 5,
    contextKeys: 1,
    colonKeys: false,
    verbsStay: true,
    namesStay: true,
    constantValues: true,
    enumerations: 1,
    minConstants: 2,
    variableRuns: false,
    optionalParts: true,
};
/** Positions beyond this are never merged (a long line's tail does not multiply the work). */
const MAX_POSITIONS = 64;
const OPTIONAL = /^[([{<](?:<\*>)?[)\]}>][,.;:]?$/;
/** The tokens clustering compares: optional bracketed values left out. */
function clusterTokens(form, params) {
    const tokens = form === '' ? [] : form.split(' ');
    return params.optionalParts ? tokens.filter((t) => !OPTIONAL.test(t)) : tokens;
}
function root(n) {
    while (n.parent)
        n = n.parent;
    return n;
}
function constants(tokens) {
    let c = 0;
    for (const t of tokens)
        if (t !== group_mask/* VAR */.OZ)
            c += 1;
    return c;
}
/** Whether template t matches tokens u: constants equal, a variable one token (or, with runs, one or more). */
function matches(t, u, runs) {
    if (!runs) {
        if (t.length !== u.length)
            return false;
        for (let i = 0; i < t.length; i += 1)
            if (t[i] !== group_mask/* VAR */.OZ && t[i] !== u[i])
                return false;
        return true;
    }
    if (u.length < t.length)
        return false;
    // next[j]: t[i+1..] matches u[j..]; a variable takes u[j..k) for some k > j.
    let next = new Uint8Array(u.length + 1);
    next[u.length] = 1;
    for (let i = t.length - 1; i >= 0; i -= 1) {
        const cur = new Uint8Array(u.length + 1);
        for (let j = u.length - 1; j >= 0; j -= 1) {
            if (t[i] === group_mask/* VAR */.OZ)
                cur[j] = next[j + 1] | cur[j + 1];
            else
                cur[j] = t[i] === u[j] ? next[j + 1] : 0;
        }
        next = cur;
    }
    return next[0] === 1;
}
function union(into, from) {
    if (into === from)
        return;
    from.parent = into;
    into.seeds.push(...from.seeds);
    from.seeds = [];
}
/** Seeds before forms, a variable at the position before a word, then the smaller template. */
function headOf(list, i) {
    return list.reduce((best, n) => {
        const rank = (x) => (x.seeds.length > 0 ? 0 : x.tokens[i] === group_mask/* VAR */.OZ ? 1 : 2);
        const d = rank(n) - rank(best);
        return d < 0 || (d === 0 && n.tokens.join(' ') < best.tokens.join(' ')) ? n : best;
    });
}
function mergeSlots(roots, params) {
    let any = false;
    for (let changed = true; changed;) {
        changed = false;
        let longest = 0;
        for (const n of roots)
            if (!n.parent)
                longest = Math.max(longest, n.tokens.length);
        for (let i = 0; i < Math.min(longest, MAX_POSITIONS); i += 1) {
            const buckets = new Map();
            for (const n of roots) {
                if (n.parent || i >= n.tokens.length)
                    continue;
                const k = n.tokens.slice();
                k[i] = group_mask/* VAR */.OZ;
                const key = k.join(' ');
                const list = buckets.get(key);
                if (list)
                    list.push(n);
                else
                    buckets.set(key, [n]);
            }
            for (const [key, list] of buckets) {
                if (list.length < 2)
                    continue;
                const keyTokens = key.split(' ');
                if (constants(keyTokens) < params.minConstants)
                    continue;
                const words = new Set(list.map((n) => n.tokens[i]));
                if (!isVariableSlot(words, i > 0 ? keyTokens[i - 1] : undefined, params))
                    continue;
                const head = headOf(list, i);
                for (const n of list)
                    union(head, n);
                head.tokens = keyTokens;
                changed = any = true;
            }
        }
    }
    return any;
}
/** Templates with a variable absorb templates of other lengths they match with multi-token variables. */
function mergeRuns(roots, params) {
    const general = roots.filter((n) => !n.parent && n.tokens.includes(group_mask/* VAR */.OZ) && constants(n.tokens) >= params.minConstants);
    // Indexed by the first constant, which any matching template must hold.
    const byFirst = new Map();
    for (const g of general) {
        const first = g.tokens.find((t) => t !== group_mask/* VAR */.OZ);
        const list = byFirst.get(first);
        if (list)
            list.push(g);
        else
            byFirst.set(first, [g]);
    }
    for (const u of roots) {
        if (u.parent)
            continue;
        const candidates = new Set();
        for (const t of new Set(u.tokens))
            for (const g of byFirst.get(t) ?? [])
                if (g !== u && g.tokens.length !== u.tokens.length)
                    candidates.add(g);
        let best;
        for (const g of candidates) {
            if (g.parent || !matches(g.tokens, u.tokens, true))
                continue;
            if (!best ||
                constants(g.tokens) > constants(best.tokens) ||
                (constants(g.tokens) === constants(best.tokens) && g.tokens.join(' ') < best.tokens.join(' ')))
                best = g;
        }
        if (best)
            union(best, u);
    }
}
/**
 * Clusters forms (masked messages) into templates. Seeds are templates of an earlier run: a form
 * they match joins them, and they keep their text as long as no new evidence generalizes them.
 */
function clusterForms(forms, seeds, params = DEFAULT_CLUSTER_PARAMS) {
    const seedNodes = [...new Set(seeds)].sort().map((s) => ({ tokens: clusterTokens(s, params), parent: undefined, seeds: [s] }));
    const formNodes = forms.map((f) => ({ tokens: clusterTokens(f, params), parent: undefined, seeds: [] }));
    const bySeedLength = new Map();
    for (const s of seedNodes) {
        const list = bySeedLength.get(s.tokens.length);
        if (list)
            list.push(s);
        else
            bySeedLength.set(s.tokens.length, [s]);
    }
    for (const f of formNodes) {
        const candidates = params.variableRuns ? seedNodes : (bySeedLength.get(f.tokens.length) ?? []);
        let best;
        for (const s of candidates) {
            if (!matches(s.tokens, f.tokens, params.variableRuns))
                continue;
            if (!best || constants(s.tokens) > constants(best.tokens))
                best = s;
        }
        if (best)
            f.parent = best;
    }
    // Sorted, so that the result does not depend on the order the forms came in.
    const order = formNodes.map((_, i) => i).sort((a, b) => (forms[a] < forms[b] ? -1 : forms[a] > forms[b] ? 1 : a - b));
    const roots = [...seedNodes, ...order.map((i) => formNodes[i])];
    mergeSlots(roots, params);
    if (params.variableRuns) {
        mergeRuns(roots, params);
        mergeSlots(roots, params);
    }
    const index = new Map();
    const clusters = [];
    const clusterOf = formNodes.map((f) => {
        const r = root(f);
        let at = index.get(r);
        if (at === undefined) {
            at = clusters.length;
            index.set(r, at);
            const template = r.tokens.join(' ');
            // The primary seed: the one that is the template itself, else the most general one.
            const seeds = [...r.seeds].sort((a, b) => Number(b === template) - Number(a === template) || constants(clusterTokens(a, params)) - constants(clusterTokens(b, params)) || (a < b ? -1 : 1));
            clusters.push({ template, seeds });
        }
        return at;
    });
    return { clusters, clusterOf };
}

;// CONCATENATED MODULE: ./src/group/first-line.ts
/**
 * The first line of `text` (lines cut at "\n") that is not blank, or undefined. What
 * `text.split('\n').find((l) => l.trim() !== '')` gives, without cutting every line of a long trace.
 */
function firstLine(text) {
    let from = 0;
    for (;;) {
        const nl = text.indexOf('\n', from);
        const line = nl === -1 ? text.slice(from) : text.slice(from, nl);
        if (line.trim() !== '')
            return line;
        if (nl === -1)
            return undefined;
        from = nl + 1;
    }
}

// EXTERNAL MODULE: ./src/group/request.ts
var request = __webpack_require__(40010);
// EXTERNAL MODULE: ./src/group/pattern.ts
var pattern = __webpack_require__(90221);
;// CONCATENATED MODULE: ./src/group/rules.ts

function compileRules(rules = []) {
    const compiled = rules.map((r, i) => {
        const field = (name) => {
            const source = r.match[name];
            return source === undefined ? undefined : (0,pattern/* userPattern */.S)(source, `fingerprints[${i}].match.${name}`);
        };
        return { fingerprint: r.fingerprint, message: field('message'), logger: field('logger'), exception: field('exception') };
    });
    return ({ record, exceptionType }) => {
        for (const r of compiled) {
            if (!r.message && !r.logger && !r.exception)
                continue;
            if (r.message && !r.message.test(record.message))
                continue;
            if (r.logger && !r.logger.test(record.logger ?? ''))
                continue;
            if (r.exception && !r.exception.test(exceptionType ?? ''))
                continue;
            return r.fingerprint;
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./src/group/values.ts
// The values behind a masked form's variables, kept only while they stay the same: a title shows
// a value that every entry of the group shares ("cannot import name 'x' from 'app.util'") and
// masks only what really varies. Work per entry stops once every variable has varied.

/** A shown value longer than this stays masked: a title names the fact, it does not quote a payload. */
const MAX_VALUE = 80;
const SPACES = /\s+/g;
/** The values standing for each `<*>` of form in text, or undefined when they cannot be told. */
function valuesOf(form, text, segments = form.split(group_mask/* VAR */.OZ)) {
    if (segments.length === 1)
        return [];
    const raw = text.replace(SPACES, ' ').trim();
    if (!raw.startsWith(segments[0]))
        return undefined;
    const values = [];
    let at = segments[0].length;
    for (let j = 1; j < segments.length; j += 1) {
        const seg = segments[j];
        let end;
        if (j === segments.length - 1) {
            end = raw.length - seg.length;
            if (end <= at || !raw.endsWith(seg))
                return undefined;
        }
        else {
            end = raw.indexOf(seg, at + 1);
            if (end < 0)
                return undefined;
        }
        values.push(raw.slice(at, end));
        at = end + seg.length;
    }
    return values;
}
/** Per form: the one value each variable has had so far, or null once it took two. */
class SharedValues {
    form;
    values;
    open = 0;
    segments;
    constructor(form) {
        this.form = form;
        this.segments = form.split(group_mask/* VAR */.OZ);
    }
    see(text) {
        if (this.values !== undefined && (this.open === 0 || this.unchanged(text)))
            return;
        const got = valuesOf(this.form, text, this.segments);
        if (!this.values) {
            this.values = got ? got.map((v) => (v.length <= MAX_VALUE ? v : null)) : [];
            this.open = this.values.filter((v) => v !== null).length;
            return;
        }
        for (let j = 0; j < this.values.length; j += 1) {
            if (this.values[j] !== null && got?.[j] !== this.values[j]) {
                this.values[j] = null;
                this.open -= 1;
            }
        }
    }
    /** Whether text has every value this form still shares, where they were: the common case, without allocating. */
    unchanged(text) {
        // Text with other whitespace than single spaces fails to line up here and is read by valuesOf.
        const values = this.values;
        const segments = this.segments;
        if (!text.startsWith(segments[0]))
            return false;
        let at = segments[0].length;
        for (let j = 1; j < segments.length; j += 1) {
            const seg = segments[j];
            const v = values[j - 1];
            let end;
            if (j === segments.length - 1) {
                end = text.length - seg.length;
                if (end <= at || !text.endsWith(seg))
                    return false;
            }
            else {
                end = text.indexOf(seg, at + 1);
                if (end < 0)
                    return false;
            }
            if (v !== null && (end - at !== v.length || !text.startsWith(v, at)))
                return false;
            at = end + seg.length;
        }
        return true;
    }
    /** What was seen so far, to hand to another signer (plain data: it crosses threads). */
    seen() {
        return this.values && [...this.values];
    }
    /** Takes in what another signer saw of the same form: a value stays shared only if both saw it. */
    merge(other) {
        if (other === undefined)
            return;
        if (this.values === undefined)
            this.values = [...other];
        // One side could not tell the values apart ([]): none is shown, as if it had come first.
        else if (this.values.length !== other.length)
            this.values = [];
        else
            this.values = this.values.map((v, j) => (v !== null && v === other[j] ? v : null));
        this.open = this.values.filter((v) => v !== null).length;
    }
    /** The value of the j-th variable when every entry had the same, else undefined. */
    shared(j) {
        return this.values?.[j] ?? undefined;
    }
    /** The form with the variables that never varied written out. */
    filled() {
        if (!this.values || this.open === 0)
            return this.form;
        const parts = this.form.split(group_mask/* VAR */.OZ);
        return parts.reduce((out, p, j) => (j === 0 ? p : `${out}${this.shared(j - 1) ?? group_mask/* VAR */.OZ}${p}`), '');
    }
}

;// CONCATENATED MODULE: ./src/group/signer.ts










const MAX_TITLE = 200;
/** Aliases a signature keeps (the newest first), so markers that record them stay bounded. */
const MAX_ALIASES = 32;
/** Forms kept for clustering; past this, a new form is its own template (memory stays bounded). */
const MAX_FORMS = 50_000;
const SINGLE_EXCEPTION = /^((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Failure|Fault)):\s?(.*)$/;
function clip(text) {
    return (0,truncate/* cutText */.I)(text, MAX_TITLE);
}
function headline(message) {
    const head = message.length > group_mask/* MAX_MASKED_CHARS */.jp ? message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp) : message;
    if (!head.includes('\n'))
        return head.trim();
    return firstLine(head)?.trim() ?? '';
}
/** A member form's tokens as clustering sees them, each with the index of its first variable. */
function memberTokens(form, params) {
    const kept = new Set(clusterTokens(form, params));
    const out = [];
    let at = 0;
    for (const token of form === '' ? [] : form.split(' ')) {
        if (kept.has(token))
            out.push({ token, at });
        at += token.split(group_mask/* VAR */.OZ).length - 1;
    }
    return out;
}
function fillToken(token, at, values) {
    const parts = token.split(group_mask/* VAR */.OZ);
    let out = parts[0];
    for (let k = 1; k < parts.length; k += 1) {
        const v = values.shared(at + k - 1);
        if (v === undefined)
            return undefined;
        out += v + parts[k];
    }
    return out;
}
/** The template with each variable written out where every member form had one and the same value. */
function titleOf(template, members, params) {
    const t = template === '' ? [] : template.split(' ');
    const rows = members.map((m) => ({ tokens: memberTokens(m.signature.detail, params), values: m.values }));
    return t
        .map((token, i) => {
        if (!token.includes(group_mask/* VAR */.OZ))
            return token;
        let shown;
        for (const { tokens, values } of rows) {
            const m = tokens[i];
            if (tokens.length !== t.length || !m)
                return token;
            const v = m.token === token || m.token.includes(group_mask/* VAR */.OZ) ? fillToken(m.token, m.at, values) : m.token;
            if (v === undefined || (shown !== undefined && v !== shown))
                return token;
            shown = v;
        }
        return shown ?? token;
    })
        .join(' ');
}
function createSigner(options = {}) {
    const rules = compileRules(options.fingerprints);
    const premask = (0,group_mask/* compileMasks */.zQ)(options.masks);
    const mask = (text) => (0,group_mask/* maskMessage */.I1)(premask(text));
    const defaults = options.params ?? DEFAULT_CLUSTER_PARAMS;
    const V = fingerprint/* SIGNER_VERSION */.IX;
    const forms = new Map();
    const stacks = new Map();
    /** Request, audit and explicit signatures given, so aliases that arrive late reach them in finish. */
    const others = new Map();
    const seeds = new Set(options.knownTemplates ?? []);
    /** Aliases carried by an earlier run's template, by template. */
    const seedAliases = new Map();
    /** Aliases of non-template fingerprints (stack, request, explicit), attached when signing. */
    const carried = new Map();
    /** Forms of older-version groups' entries: the group their form falls in now inherits the old fingerprints. */
    const upgrades = [];
    const addTo = (m, key, values) => m.set(key, [...new Set([...values, ...(m.get(key) ?? [])])].slice(0, MAX_ALIASES));
    function stackSignature(stack) {
        const message = mask(stack.message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp));
        const title = clip(message === '' ? stack.exceptionType : `${stack.exceptionType}: ${message}`);
        // Without any frame, the normalized message has to tell problems of one type apart.
        const detail = [stack.exceptionType, ...(stack.frames.length > 0 ? stack.frames : [message])].join('\n');
        return { kind: 'stack', fingerprint: (0,fingerprint/* fingerprint */.Rj)(V, 'stack', detail), title, detail, exceptionType: stack.exceptionType };
    }
    function templateSignature(form, exceptionType) {
        return { kind: 'template', fingerprint: (0,fingerprint/* fingerprint */.Rj)(V, 'template', form), title: clip(form), detail: form, exceptionType };
    }
    /** The signature of a record before templates are settled; learn=false leaves no trace. */
    const noRules = (options.fingerprints ?? []).length === 0;
    function classify(record, learn) {
        const oneLine = record.stackTrace === undefined && !record.message.includes('\n');
        const stack = oneLine ? undefined : parseStack(record.stackTrace ?? record.message);
        const line = oneLine
            ? (record.message.length > group_mask/* MAX_MASKED_CHARS */.jp ? record.message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp) : record.message).trim()
            : headline(record.message);
        // The common case, a line of a form seen before, with nothing else to decide.
        if (!stack && noRules && record.errorGroups.length === 0 && !(record.kind === 'requests' && record.http) && !record.audit) {
            const known = forms.get(mask(line));
            if (known) {
                if (learn)
                    known.values.see(line);
                return carried.size === 0 ? known.signature : withAliases(known.signature);
            }
        }
        const single = stack ? undefined : SINGLE_EXCEPTION.exec(line);
        const exceptionType = stack?.exceptionType ?? single?.[1];
        const named = rules({ record, exceptionType });
        const explicit = named !== undefined ? `rule:${named}` : (0,request/* errorGroupKey */.Tu)(record);
        let base;
        if (stack) {
            base = stackSignature(stack);
            if (learn && !explicit) {
                let seen = stacks.get(base.fingerprint);
                if (!seen && stacks.size < MAX_FORMS) {
                    const form = mask(stack.message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp));
                    seen = { signature: base, prefix: form === '' ? stack.exceptionType : `${stack.exceptionType}: `, form, values: new SharedValues(form) };
                    stacks.set(base.fingerprint, seen);
                }
                seen?.values.see(stack.message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp));
                if (seen)
                    base = seen.signature;
            }
        }
        else if (record.kind === 'requests' && record.http) {
            base = (0,request/* requestSignature */.Ex)(V, { ...record, http: record.http });
        }
        else if (record.audit) {
            base = auditSignature(V, { ...record, audit: record.audit });
        }
        else {
            const form = mask(line);
            const known = forms.get(form);
            if (known) {
                if (learn)
                    known.values.see(line);
                base = known.signature;
            }
            else {
                base = templateSignature(form, exceptionType);
                if (learn && forms.size < MAX_FORMS) {
                    const values = new SharedValues(form);
                    values.see(line);
                    forms.set(form, { signature: base, values });
                }
            }
        }
        if (explicit)
            base = { ...base, kind: 'explicit', fingerprint: (0,fingerprint/* fingerprint */.Rj)(V, 'explicit', explicit), detail: explicit };
        if (learn && base.kind !== 'template' && base.kind !== 'stack' && others.size < MAX_FORMS)
            others.set(base.fingerprint, base);
        return withAliases(base);
    }
    function withAliases(base) {
        const aliases = carried.get(base.fingerprint);
        return aliases ? { ...base, aliases } : base;
    }
    function addPrevious(previous) {
        for (const g of previous)
            addOne(g);
    }
    function addOne(g) {
        const sig = g.signature;
        const old = [sig.fingerprint, ...(sig.aliases ?? [])];
        if ((0,fingerprint/* fingerprintVersion */.$$)(sig.fingerprint) === V) {
            if (sig.kind === 'template') {
                seeds.add(sig.detail);
                if (sig.aliases?.length)
                    addTo(seedAliases, sig.detail, sig.aliases);
            }
            else if (sig.aliases?.length)
                addTo(carried, sig.fingerprint, sig.aliases);
            return;
        }
        // An older signer made this group: where do its entries go now?
        const records = [
            ...(g.exemplar ? [g.exemplar] : []),
            ...(g.samples ?? []).map((message) => ({
                ...g.exemplar,
                stackTrace: undefined,
                timestamp: '',
                time: 0,
                severity: 'DEFAULT',
                kind: g.exemplar?.kind ?? 'stderr',
                errorGroups: [],
                labels: {},
                message,
            })),
        ];
        for (const r of records) {
            const now = classify(r, false);
            if (now.kind === 'template')
                upgrades.push({ form: now.detail, old });
            else
                addTo(carried, now.fingerprint, old);
        }
    }
    addPrevious(options.previous ?? []);
    function state() {
        return {
            forms: [...forms].map(([form, f]) => [form, f.signature, f.values.seen()]),
            stacks: [...stacks.values()].map((s) => [s.signature, s.prefix, s.form, s.values.seen()]),
            others: [...others.values()],
        };
    }
    // Past the caps, which forms are kept depends on how the records were split, as it does on their order.
    function absorb(other) {
        for (const [form, signature, seen] of other.forms) {
            let f = forms.get(form);
            if (!f && forms.size < MAX_FORMS)
                forms.set(form, (f = { signature, values: new SharedValues(form) }));
            f?.values.merge(seen);
        }
        for (const [signature, prefix, form, seen] of other.stacks) {
            let s = stacks.get(signature.fingerprint);
            if (!s && stacks.size < MAX_FORMS)
                stacks.set(signature.fingerprint, (s = { signature, prefix, form, values: new SharedValues(form) }));
            s?.values.merge(seen);
        }
        for (const o of other.others)
            if (!others.has(o.fingerprint) && others.size < MAX_FORMS)
                others.set(o.fingerprint, o);
    }
    /** Idempotent: settling again (with other parameters) starts from the same forms. */
    function finish(params = defaults) {
        const result = new Map();
        for (const s of stacks.values()) {
            const title = clip(`${s.prefix}${s.values.filled()}`);
            const aliases = carried.get(s.signature.fingerprint);
            if (title !== s.signature.title || aliases)
                result.set(s.signature.fingerprint, { ...s.signature, title, ...(aliases ? { aliases } : {}) });
        }
        for (const [fp, aliases] of carried) {
            const signed = others.get(fp);
            if (signed)
                result.set(fp, { ...signed, aliases });
        }
        const list = [...forms.values()];
        const { clusters, clusterOf } = clusterForms(list.map((f) => f.signature.detail), [...seeds], params);
        const members = clusters.map(() => []);
        list.forEach((f, i) => members[clusterOf[i]].push(f));
        const extra = clusters.map(() => []);
        for (const u of upgrades) {
            const i = list.findIndex((f) => f.signature.detail === u.form);
            const at = i >= 0 ? clusterOf[i] : clusters.findIndex((c) => matches(clusterTokens(c.template, params), clusterTokens(u.form, params), params.variableRuns));
            if (at >= 0)
                extra[at].push(...u.old);
        }
        clusters.forEach((c, k) => {
            const detail = c.seeds[0] ?? c.template;
            const fp = (0,fingerprint/* fingerprint */.Rj)(V, 'template', detail);
            const aliases = [
                ...new Set([...extra[k], ...c.seeds.slice(1).map((s) => (0,fingerprint/* fingerprint */.Rj)(V, 'template', s)), ...c.seeds.flatMap((s) => seedAliases.get(s) ?? [])]),
            ]
                .filter((a) => a !== fp)
                .slice(0, MAX_ALIASES);
            // The smallest form speaks for the cluster, whatever order the entries came in.
            const first = members[k].reduce((a, b) => (b.signature.detail < a.signature.detail ? b : a)).signature;
            const signature = {
                kind: 'template',
                fingerprint: fp,
                title: clip(titleOf(c.template, members[k], params)),
                detail,
                ...(first.exceptionType ? { exceptionType: first.exceptionType } : {}),
                ...(aliases.length ? { aliases } : {}),
            };
            for (const m of members[k])
                result.set(m.signature.fingerprint, signature);
        });
        return result;
    }
    return {
        version: V,
        sign: (record) => classify(record, true),
        finish,
        addPrevious,
        state,
        absorb,
    };
}

;// CONCATENATED MODULE: ./src/group/finalize.ts
// The second stage of the fold: groups made under provisional fingerprints take their settled
// signature (Signer.finish), and groups that now share a fingerprint become one.


const finalize_MAX_SAMPLES = 3;
function finalize_addCounts(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = (out[k] ?? 0) + (v ?? 0);
    return out;
}
function mergeDistributions(a, b) {
    if (!a || !b)
        return a ?? b;
    const byField = new Map(a.map((d) => [d.field, { ...d, values: [...d.values] }]));
    for (const d of b) {
        const into = byField.get(d.field);
        if (!into) {
            byField.set(d.field, d);
            continue;
        }
        const width = Math.max(into.values.length, d.values.length, 1);
        for (const v of d.values) {
            const same = into.values.find((x) => x.value === v.value);
            if (same)
                same.count += v.count;
            else
                into.values.push({ ...v });
        }
        into.values.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : 1));
        const dropped = into.values.splice(width);
        into.other += d.other + dropped.reduce((s, v) => s + v.count, 0);
        into.error += d.error;
    }
    return [...byField.values()];
}
/** b folded into a (both already carrying the settled signature). */
function mergeGroup(a, b) {
    const samples = [...a.samples];
    for (const s of b.samples)
        if (samples.length < finalize_MAX_SAMPLES && !samples.includes(s))
            samples.push(s);
    const earlier = b.firstSeen < a.firstSeen;
    const distributions = mergeDistributions(a.distributions, b.distributions);
    const suspect = !a.suspect ? b.suspect : !b.suspect ? a.suspect : b.suspect.firstSeen < a.suspect.firstSeen ? b.suspect : a.suspect;
    return {
        ...a,
        count: a.count + b.count,
        firstSeen: earlier ? b.firstSeen : a.firstSeen,
        lastSeen: b.lastSeen > a.lastSeen ? b.lastSeen : a.lastSeen,
        exemplar: earlier ? b.exemplar : a.exemplar,
        severities: finalize_addCounts(a.severities, b.severities),
        maxSeverity: (0,types/* severityRank */.qs)(b.maxSeverity) > (0,types/* severityRank */.qs)(a.maxSeverity) ? b.maxSeverity : a.maxSeverity,
        services: finalize_addCounts(a.services, b.services),
        revisions: finalize_addCounts(a.revisions, b.revisions),
        locations: finalize_addCounts(a.locations, b.locations),
        instances: finalize_addCounts(a.instances, b.instances),
        kinds: finalize_addCounts(a.kinds, b.kinds),
        statuses: finalize_addCounts(a.statuses, b.statuses),
        hourly: finalize_addCounts(a.hourly, b.hourly),
        // A lower bound: runs that alternated between the merged forms are not joined.
        maxConsecutive: Math.max(a.maxConsecutive, b.maxConsecutive),
        samples,
        ...(distributions ? { distributions } : {}),
        ...(suspect ? { suspect } : {}),
    };
}
/** Groups under their settled signatures, merged where they now share a fingerprint; order kept. */
function finalizeGroups(groups, settled) {
    if (!settled || settled.size === 0)
        return groups;
    const out = new Map();
    for (const g of groups) {
        const signature = settled.get(g.signature.fingerprint) ?? g.signature;
        const moved = signature === g.signature ? g : { ...g, signature };
        const into = out.get(signature.fingerprint);
        out.set(signature.fingerprint, into ? mergeGroup(into, moved) : moved);
    }
    return [...out.values()].sort(bySeverityThenCount);
}

;// CONCATENATED MODULE: ./src/group/align.ts
// Reads the values of a template's `<*>` slots back out of a text the template was made from, so a
// group can count which values its variables took. Works on any template whose literal parts appear
// in the text in order (the masked message, a stack title, a request line); whitespace runs count
// as one space, as the masks made them. Leftmost match per literal, linear time, no regular
// expression built from log text: a text that does not line up gives nothing.

const NAME_BEFORE = /([A-Za-z_][\w.-]{0,30})[\s=:]*[([{"']?$/;
function slotsOf(template, maxSlots) {
    if (!template.includes(group_mask/* VAR */.OZ) || template.endsWith('…'))
        return undefined;
    const all = template.split(group_mask/* VAR */.OZ);
    const literals = all.slice(0, maxSlots + 1);
    const names = [];
    const used = new Map();
    for (let i = 0; i < literals.length - 1; i += 1) {
        const word = NAME_BEFORE.exec(literals[i])?.[1]?.replace(/[.-]+$/, '');
        const base = word && word.length > 1 ? word.toLowerCase() : `var ${i + 1}`;
        const n = (used.get(base) ?? 0) + 1;
        used.set(base, n);
        names.push(n === 1 ? base : `${base} (${n})`);
    }
    return { literals, names, complete: all.length === literals.length };
}
const SPACE_RUN = /\s+/g;
/** The text as the masks see it: one line's whitespace runs as single spaces, trimmed. */
function squeeze(text) {
    return /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(SPACE_RUN, ' ').trim() : text.trim();
}
/** The values at the slots, or undefined when the text does not line up with the template. */
function align(slots, text) {
    const { literals, complete } = slots;
    if (!text.startsWith(literals[0]))
        return undefined;
    let at = literals[0].length;
    const values = [];
    const last = literals.length - 1;
    for (let i = 1; i <= last; i += 1) {
        const lit = literals[i];
        let end;
        if (i === last && complete) {
            end = text.length - lit.length;
            if (end < at || !text.endsWith(lit))
                return undefined;
        }
        else if (lit === '') {
            // Two slots in a row cannot be told apart; one at the end takes the rest.
            if (i !== last)
                return undefined;
            end = text.length;
        }
        else {
            end = text.indexOf(lit, at);
            if (end === -1)
                return undefined;
        }
        if (end === at)
            return undefined;
        values.push(text.slice(at, end));
        at = end + lit.length;
    }
    return values;
}

;// CONCATENATED MODULE: ./src/group/sketch.ts
// Space-Saving top-k sketch (Metwally, Agrawal, El Abbadi 2005): at most `capacity` counters, so
// memory is bounded whatever the number of distinct values. A value not tracked takes over the
// smallest counter and inherits its count as its possible error. Guarantees: every listed count
// is at least the true count and over-counts it by at most its own error (<= total / capacity),
// and any value occurring more than total / capacity times is listed. While fewer distinct values
// than counters were seen, counts are exact.
/**
 * A copy that holds no reference to the (possibly much longer) string it was cut from: V8 keeps a
 * substring of 13 characters or more as a view of its parent, so a value read out of a message would
 * keep the message alive. Joining two parts makes a flat copy; `(' ' + s).slice(1)` made a view again,
 * of a copy, 32 bytes more a value: 3 MB of the heap at 10,000 groups (heap snapshot after the last record).
 */
function detach(s) {
    return s.length < 13 ? s : [s.slice(0, 1), s.slice(1)].join('');
}
class SpaceSaving {
    capacity;
    counts = new Map();
    /** Made at the first eviction: most sketches never evict (a Map costs ~250 bytes even empty). */
    errors;
    total = 0;
    /** The smallest counter, kept while no counter moved; undefined means "find it again". */
    min;
    constructor(capacity) {
        this.capacity = capacity;
        if (!(capacity >= 1))
            throw new RangeError('capacity must be at least 1');
    }
    get size() {
        return this.total;
    }
    add(value, n = 1) {
        this.total += n;
        const c = this.counts.get(value);
        if (c !== undefined) {
            this.counts.set(value, c + n);
            if (value === this.min)
                this.min = undefined;
            return;
        }
        if (this.counts.size < this.capacity) {
            this.counts.set(detach(value), n);
            this.min = undefined;
            return;
        }
        const victim = this.smallest();
        const floor = this.counts.get(victim);
        this.counts.delete(victim);
        this.errors ??= new Map();
        this.errors.delete(victim);
        const kept = detach(value);
        this.counts.set(kept, floor + n);
        this.errors.set(kept, floor);
        this.min = undefined;
    }
    smallest() {
        if (this.min !== undefined)
            return this.min;
        let best;
        let bestCount = Infinity;
        // forEach, not for-of: no [value, count] pair made per counter (this runs at every eviction).
        this.counts.forEach((c, v) => {
            if (c < bestCount) {
                best = v;
                bestCount = c;
            }
        });
        this.min = best;
        return this.min;
    }
    /** The `limit` most frequent values, most frequent first (ties by value, for determinism). */
    top(limit) {
        const values = [...this.counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .slice(0, limit)
            .map(([value, count]) => ({ value, count }));
        const error = values.reduce((e, v) => Math.max(e, this.errors?.get(v.value) ?? 0), 0);
        const listed = values.reduce((s, v) => s + v.count, 0);
        return { values, error, other: Math.max(0, this.total - listed) };
    }
}

;// CONCATENATED MODULE: ./src/group/accumulate.ts





const accumulate_MAX_SAMPLES = 3;
const accumulate_MAX_SAMPLE_CHARS = 4000;
/** The exemplar's message and stack are cut here: it is context, the samples are the evidence. */
const MAX_EXEMPLAR_CHARS = 8000;
/** Distinct keys per counter (instances, revisions, ...); later keys are not counted there, but
 * still in the distributions. Hourly counts are bounded by the window instead. */
const MAX_KEYS = 200;
/** Counters per field sketch, and values shown: counts are over by at most count / SKETCH_CAPACITY. */
const SKETCH_CAPACITY = 10;
const TOP_VALUES = 5;
const MAX_VARIABLES = 8;
const MAX_LABEL_FIELDS = 6;
const MAX_VALUE_CHARS = 100;
/** A variable whose values never repeat in this many occurrences (ids, timestamps) stops being counted. */
const DISTINCT_AFTER = 50;
/** Revisions remembered for the suspect timeline. */
const MAX_REVISIONS = 1000;
/** Label keys that name the commit a revision was built from. */
const COMMIT_LABEL = /^(?:(?:git|source|vcs|build)[-_.]?)?commit(?:[-_.]?(?:sha|hash|id))?$|^(?:git|source|vcs)[-_.]?(?:sha|hash|ref|revision)$|^(?:commit[-_.]?)?sha$/i;
const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;
/** The group's counters, by their place in `GroupState.sizes`. */
const Counter = { Severities: 0, Services: 1, Revisions: 2, Locations: 3, Instances: 4, Kinds: 5, Statuses: 6 };
/** Counts a key unless the counter already holds MAX_KEYS others; `sizes[counter]` is its number of keys. */
function bump(counts, key, sizes, counter) {
    if (key === undefined || key === '')
        return;
    const n = counts[key];
    if (n !== undefined)
        counts[key] = n + 1;
    else {
        const size = sizes[counter];
        if (size < MAX_KEYS) {
            counts[key] = 1;
            sizes[counter] = size + 1;
        }
    }
}
/**
 * A counter whose keys come in an order of their own in each group (instance ids, hours). Without a
 * prototype, V8 keeps it as a hash table from the start; a plain object got a hidden class chain of its
 * own per group: 72,000 of them (9 MB) at 10,000 groups, and building them cost 8% of the run.
 */
const dictionary = () => Object.create(null);
function cut(s, max) {
    return s.length > max ? detach(s.slice(0, max - 1) + '…') : detach(s);
}
const CONTEXT_FIELDS = new Set(['revision', 'instance', 'location', 'status', 'route', 'method', 'user agent']);
/** The signature's slots, named apart from the context fields ("status" in a message is not the HTTP status). */
function variableSlots(signature) {
    const slots = slotsOf(templateOf(signature), MAX_VARIABLES);
    if (!slots)
        return null;
    return { ...slots, names: slots.names.map((n) => (CONTEXT_FIELDS.has(n) || n.startsWith('label ') ? `${n} (message)` : n)) };
}
function accumulate_headline(message) {
    const nl = message.indexOf('\n');
    if (nl === -1)
        return squeeze(message);
    return squeeze(firstLine(message) ?? '');
}
function lastLine(text) {
    const lines = text.trimEnd().split('\n');
    return squeeze(lines[lines.length - 1] ?? '');
}
/** The template whose slots the record's text fills: request and template details hold the
 * values' places; for stack traces it is the title ("KeyError: <*>"). */
function templateOf(s) {
    return s.kind === 'template' || s.kind === 'request' ? s.detail : s.title;
}
class GroupAccumulator {
    groups = new Map();
    state = new Map();
    /** Current run of one fingerprint per service, for maxConsecutive. */
    runs = new Map();
    revisionsSeen = new Map();
    settled;
    /** Notes a record's revision, grouped or not: when each revision started serving. */
    observe(record) {
        const rev = record.revision;
        if (rev === undefined)
            return;
        const seen = this.revisionsSeen.get(rev);
        if (seen) {
            if (record.timestamp < seen.firstSeen)
                seen.firstSeen = record.timestamp;
            if (!seen.commit)
                seen.commit = this.commitOf(record);
        }
        else if (this.revisionsSeen.size < MAX_REVISIONS) {
            this.revisionsSeen.set(rev, { revision: rev, service: record.service, firstSeen: record.timestamp, commit: this.commitOf(record) });
        }
    }
    commitKeys = new Map();
    isCommitKey(k) {
        let is = this.commitKeys.get(k);
        if (is === undefined) {
            is = COMMIT_LABEL.test(k);
            if (this.commitKeys.size < MAX_KEYS)
                this.commitKeys.set(k, is);
        }
        return is;
    }
    commitOf(record) {
        for (const k in record.labels) {
            if (this.isCommitKey(k)) {
                const v = record.labels[k];
                if (COMMIT_SHA.test(v))
                    return v.toLowerCase();
            }
        }
        return undefined;
    }
    /** Adds a record to its group; call observe() too (for every record, grouped or not). */
    add(record, signature) {
        if (this.settled)
            throw new Error('a record was added after the groups were settled');
        let g = this.groups.get(signature.fingerprint);
        let st = this.state.get(signature.fingerprint);
        if (!g || !st) {
            g = {
                signature,
                count: 0,
                firstSeen: record.timestamp,
                lastSeen: record.timestamp,
                severities: {},
                maxSeverity: record.severity,
                services: {},
                revisions: {},
                locations: {},
                instances: dictionary(),
                kinds: {},
                statuses: {},
                hourly: dictionary(),
                maxConsecutive: 0,
                samples: [],
                exemplar: this.exemplar(record),
            };
            st = { fields: new Map(), slots: undefined, revisionFirst: new Map(), sizes: [0, 0, 0, 0, 0, 0, 0], distinctVariables: 0, labelFields: 0 };
            this.groups.set(signature.fingerprint, g);
            this.state.set(signature.fingerprint, st);
        }
        g.count += 1;
        if (record.timestamp < g.firstSeen) {
            g.firstSeen = record.timestamp;
            g.exemplar = this.exemplar(record);
        }
        if (record.timestamp > g.lastSeen)
            g.lastSeen = record.timestamp;
        bump(g.severities, record.severity, st.sizes, Counter.Severities);
        if ((0,types/* severityRank */.qs)(record.severity) > (0,types/* severityRank */.qs)(g.maxSeverity))
            g.maxSeverity = record.severity;
        bump(g.services, record.service, st.sizes, Counter.Services);
        bump(g.revisions, record.revision, st.sizes, Counter.Revisions);
        bump(g.locations, record.location, st.sizes, Counter.Locations);
        bump(g.instances, record.instance, st.sizes, Counter.Instances);
        bump(g.kinds, record.kind, st.sizes, Counter.Kinds);
        if (record.http?.status !== undefined)
            bump(g.statuses, String(record.http.status), st.sizes, Counter.Statuses);
        const hour = record.timestamp.slice(0, 13);
        g.hourly[hour] = (g.hourly[hour] ?? 0) + 1;
        if (g.samples.length < accumulate_MAX_SAMPLES) {
            const full = record.stackTrace && !record.message.includes(record.stackTrace) ? `${record.message}\n${record.stackTrace}` : record.message;
            // The exemplar already holds this text (the group's first record): shared, not copied.
            const text = full === g.exemplar.message && full.length <= accumulate_MAX_SAMPLE_CHARS ? g.exemplar.message : cut(full, accumulate_MAX_SAMPLE_CHARS);
            if (!g.samples.includes(text))
                g.samples.push(text);
        }
        if (record.revision !== undefined) {
            const first = st.revisionFirst.get(record.revision);
            if (first === undefined ? st.revisionFirst.size < MAX_KEYS : record.timestamp < first)
                st.revisionFirst.set(record.revision, record.timestamp);
        }
        this.count(st, record, signature);
        this.trackRun(record.service ?? '', signature.fingerprint, g);
        return g;
    }
    exemplar(record) {
        if (record.message.length <= MAX_EXEMPLAR_CHARS && (record.stackTrace?.length ?? 0) <= MAX_EXEMPLAR_CHARS)
            return record;
        return { ...record, message: cut(record.message, MAX_EXEMPLAR_CHARS), stackTrace: record.stackTrace && cut(record.stackTrace, MAX_EXEMPLAR_CHARS) };
    }
    count(st, record, signature) {
        const field = (name, value, variable = false) => {
            if (value === undefined || value === '')
                return;
            let sk = st.fields.get(name);
            if (sk === null)
                return;
            if (sk === undefined) {
                st.fields.set(name, (sk = new SpaceSaving(SKETCH_CAPACITY)));
            }
            sk.add(value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS - 1) + '…' : value);
            // Ids and timestamps never repeat: counting them would show nothing and cost the most.
            if (variable && sk.size === DISTINCT_AFTER) {
                const top = sk.top(1);
                if (top.values[0].count - top.error < 2) {
                    st.fields.set(name, null);
                    st.distinctVariables += 1;
                }
            }
        };
        // Revision, instance, location and status come from the group's exact counters (see result()).
        const http = record.http;
        if (http) {
            field('route', http.path);
            field('method', http.method);
            field('user agent', http.userAgent);
        }
        for (const k in record.labels) {
            if (k === 'instanceId' || this.isCommitKey(k))
                continue;
            const name = `label ${k}`;
            if (!st.fields.has(name)) {
                if (st.labelFields >= MAX_LABEL_FIELDS)
                    continue;
                st.labelFields += 1;
            }
            field(name, record.labels[k]);
        }
        if (st.slots === undefined)
            st.slots = variableSlots(signature);
        if (st.slots && st.distinctVariables < st.slots.names.length) {
            const values = this.slotValues(st.slots, record, signature);
            if (values)
                for (let i = 0; i < values.length; i += 1)
                    field(st.slots.names[i], values[i], true);
        }
    }
    /** The texts a signature's template may have been made from, most likely first. */
    slotValues(slots, record, signature) {
        if (signature.kind === 'request' && record.http) {
            const h = record.http;
            return align(slots, `${(h.method ?? 'GET').toUpperCase()} ${h.path ?? '/'} ${h.status === undefined ? 'no status' : `${Math.floor(h.status / 100)}xx`}`);
        }
        const head = accumulate_headline(record.message);
        const found = align(slots, head);
        if (found || signature.kind === 'template')
            return found;
        // A stack's title is "Type: message" from the exception line: the last line for Python, the first for Java and Node.
        const stack = record.stackTrace ?? record.message;
        return align(slots, lastLine(stack)) ?? align(slots, accumulate_headline(stack));
    }
    trackRun(service, fp, g) {
        const run = this.runs.get(service);
        if (run && run.fingerprint === fp)
            run.length += 1;
        else
            this.runs.set(service, { fingerprint: fp, length: 1 });
        const length = this.runs.get(service).length;
        if (length > g.maxConsecutive)
            g.maxConsecutive = length;
    }
    get size() {
        return this.groups.size;
    }
    /** When each revision was first seen, oldest first. */
    revisions() {
        return [...this.revisionsSeen.values()].sort((a, b) => cmp(a.firstSeen, b.firstSeen) || cmp(a.revision, b.revision));
    }
    /**
     * Groups, most severe then most frequent first; ties by fingerprint for determinism. Settles once: each
     * group's counting state is let go as its distributions are read, so that what comes next (templates
     * settled, the report rendered and written) has that memory; later calls return the same groups.
     */
    result() {
        if (this.settled)
            return this.settled;
        const timeline = this.revisions();
        // The newest revision of each service that has served more than one (else no deploy is in sight).
        const newest = new Map();
        const served = new Map();
        for (const r of timeline) {
            newest.set(r.service ?? '', r.revision);
            served.set(r.service ?? '', (served.get(r.service ?? '') ?? 0) + 1);
        }
        for (const [svc, n] of served)
            if (n < 2)
                newest.delete(svc);
        for (const [fp, g] of this.groups) {
            const st = this.state.get(fp);
            this.state.delete(fp);
            // One entry has no distribution to speak of.
            if (g.count > 1)
                g.distributions = distributions(st, g);
            g.suspect = suspectOf(st, g, this.revisionsSeen, newest);
        }
        this.settled = [...this.groups.values()].sort(bySeverityThenCount);
        return this.settled;
    }
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A distribution from exact counts. */
function exact(field, counts) {
    const all = Object.entries(counts);
    if (all.length === 0)
        return undefined;
    const values = all
        .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
        .slice(0, TOP_VALUES)
        .map(([value, count]) => ({ value, count }));
    const total = all.reduce((s, [, n]) => s + n, 0);
    return { field, values, error: 0, other: total - values.reduce((s, v) => s + v.count, 0) };
}
function distributions(st, g) {
    const out = [];
    for (const [field, counts] of [
        ['revision', g.revisions],
        ['instance', g.instances],
        ['location', g.locations],
        ['status', g.statuses],
    ]) {
        const d = exact(field, counts);
        if (d)
            out.push(d);
    }
    for (const [field, sk] of st.fields) {
        if (!sk)
            continue;
        const top = sk.top(TOP_VALUES);
        // A value seen once tells nothing about a field that varies, nor do counts mostly made of error.
        if (top.values.length === 0 || (top.values.length > 1 && (top.values[0].count - top.error < 2 || top.error * 2 > top.values[0].count)))
            continue;
        out.push({ field, values: top.values, error: top.error, other: top.other });
    }
    return out;
}
function suspectOf(st, g, seen, newest) {
    if (st.revisionFirst.size === 0)
        return undefined;
    const order = [...st.revisionFirst].sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]));
    const [revision, firstSeen] = order[0];
    const info = seen.get(revision);
    return {
        revision,
        firstSeen,
        revisionFirstSeen: info?.firstSeen,
        newest: newest.get(info?.service ?? Object.keys(g.services)[0] ?? '') === revision,
        order: order.map(([r]) => r),
        ...(info?.commit ? { commit: { sha: info.commit } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/group/reassemble.ts


const GAP_MS = 1000;
const MAX_LINES = 500;
const MAX_PENDING = 256;
/** Stream keys remembered; past it they are made anew (instances come and go). */
const reassemble_MAX_KEYS = 4096;
function keyOf(r) {
    return `${r.project ?? ''}\u0000${r.instance ?? r.service ?? ''}\u0000${r.logName ?? r.kind}`;
}
/** Entries that are never one line of a split trace. */
function whole(r) {
    return r.message.includes('\n') || r.stackTrace !== undefined || r.http !== undefined || r.kind === 'requests';
}
function join(lines) {
    const first = lines[0];
    const severity = lines.reduce((s, r) => ((0,types/* severityRank */.qs)(r.severity) > (0,types/* severityRank */.qs)(s) ? r.severity : s), first.severity);
    const message = lines
        .map((r) => r.message)
        .join('\n')
        .replace(/^\s*\n|\n\s*$/g, '');
    const errorGroups = [...new Set(lines.flatMap((r) => r.errorGroups))];
    return { ...first, severity, message, errorGroups };
}
/** Lines of a stream mostly come in time order: then there is nothing to sort. */
function inTimeOrder(records) {
    for (let i = 1; i < records.length; i += 1)
        if (records[i].time < records[i - 1].time)
            return false;
    return true;
}
/** A block's records cut into traces and single lines, in the order the block arrived. */
function emit(block, newestFirst, onJoin) {
    const { records } = block;
    if (records.length === 1)
        return records;
    const arrival = newestFirst ? [...records].reverse() : records;
    const ordered = inTimeOrder(arrival)
        ? arrival
        : arrival
            .map((r, i) => ({ r, i }))
            .sort((a, b) => a.r.time - b.r.time || a.i - b.i)
            .map((x) => x.r);
    const out = segmentTraces(ordered.map((r) => r.message)).map(([start, end]) => {
        if (end - start === 1)
            return ordered[start];
        onJoin?.(end - start);
        return join(ordered.slice(start, end));
    });
    return newestFirst ? out.reverse() : out;
}
/** Reassembly fed a record at a time; what each call completes goes to `out`, in order. */
class Reassembler {
    options;
    pending = new Map();
    previousTime;
    drift = 0; // > 0: times decrease (newest first)
    sweptAt;
    // Bounds on the pending blocks' last times (loose after a flush, exact after a sweep): a sweep that could flush
    // nothing is skipped. Sparse logs reach a sweep on almost every line.
    lowest = Infinity;
    highest = -Infinity;
    constructor(options = {}) {
        this.options = options;
    }
    // The last record's stream and key: records of one stream come in runs, and the key is a new string to hash.
    lastProject;
    lastStream;
    lastLog;
    lastKey = '';
    // Each stream's key, by project, stream and log: a record's key is found, not made (and hashed) again.
    keys = new Map();
    keyCount = 0;
    keyOf(r) {
        const stream = r.instance ?? r.service;
        const log = r.logName ?? r.kind;
        if (this.lastKey !== '' && r.project === this.lastProject && stream === this.lastStream && log === this.lastLog)
            return this.lastKey;
        this.lastProject = r.project;
        this.lastStream = stream;
        this.lastLog = log;
        let byStream = this.keys.get(r.project);
        if (!byStream)
            this.keys.set(r.project, (byStream = new Map()));
        let byLog = byStream.get(stream);
        if (!byLog)
            byStream.set(stream, (byLog = new Map()));
        let key = byLog.get(log);
        if (key === undefined) {
            if (this.keyCount >= reassemble_MAX_KEYS) {
                this.keys.clear();
                this.keyCount = 0;
            }
            byLog.set(log, (key = keyOf(r)));
            this.keyCount += 1;
        }
        return (this.lastKey = key);
    }
    flush(key, out) {
        const block = this.pending.get(key);
        if (!block)
            return;
        this.pending.delete(key);
        for (const r of emit(block, this.drift > 0, this.options.onJoin))
            out.push(r);
    }
    push(r, out) {
        const { pending } = this;
        if (this.previousTime !== undefined)
            this.drift += Math.sign(this.previousTime - r.time);
        this.previousTime = r.time;
        // Blocks of other streams that went quiet: swept every quarter gap of log time, not every line.
        if (this.sweptAt === undefined || Math.abs(r.time - this.sweptAt) > GAP_MS / 4) {
            this.sweptAt = r.time;
            if (r.time - this.lowest > GAP_MS || this.highest - r.time > GAP_MS) {
                this.lowest = Infinity;
                this.highest = -Infinity;
                // forEach, not for-of: no [key, block] pair made per block (sparse logs sweep at almost every line).
                pending.forEach((block, key) => {
                    if (Math.abs(r.time - block.lastTime) > GAP_MS)
                        this.flush(key, out);
                    else {
                        this.lowest = Math.min(this.lowest, block.lastTime);
                        this.highest = Math.max(this.highest, block.lastTime);
                    }
                });
            }
        }
        const key = this.keyOf(r);
        if (whole(r)) {
            this.flush(key, out);
            out.push(r);
            return;
        }
        const like = traceLike(r.message);
        let block = pending.get(key);
        if (block && ((!like && block.plainTail) || block.records.length >= MAX_LINES || Math.abs(r.time - block.lastTime) > GAP_MS)) {
            this.flush(key, out);
            block = undefined;
        }
        if (!block) {
            while (pending.size >= MAX_PENDING)
                this.flush(pending.keys().next().value, out);
            // Most blocks hold one line: an array made for one, not grown for many.
            pending.set(key, { records: [r], lastTime: r.time, plainTail: !like });
        }
        else {
            block.records.push(r);
            block.lastTime = r.time;
            block.plainTail = !like;
        }
        this.lowest = Math.min(this.lowest, r.time);
        this.highest = Math.max(this.highest, r.time);
    }
    /** Everything still held, after the last record. */
    end(out) {
        for (const key of [...this.pending.keys()])
            this.flush(key, out);
    }
}

;// CONCATENATED MODULE: ./src/group/index.ts





;// CONCATENATED MODULE: ./src/triage/config.ts

const DEFAULT_CONFIG_PATH = '.github/log-gardener.yml';
function defaultConfig() {
    return { components: [], priorities: [], ignore: [], fingerprints: [], masks: [], redact: { patterns: [], emails: true, ips: true } };
}
/**
 * Every problem in a config file, one line each: "file:line: path: problem". An InputError, so
 * callers report it without a stack; print the whole message, not only its first line.
 */
class ConfigError extends errors/* InputError */.d {
    problems;
    constructor(problems) {
        super(problems[0]?.file ?? 'config', 'invalid configuration', 'correct the lines named');
        this.problems = problems;
        this.message = problems.map((p) => `${p.file}:${p.line}: ${p.path ? p.path + ': ' : ''}${p.message}`).join('\n');
        this.name = 'ConfigError';
    }
}

;// CONCATENATED MODULE: ./src/triage/match.ts
const cache = new Map();
/** Tests a config pattern (validated when the config was parsed) against any of the texts. */
function match_matches(pattern, ...texts) {
    if (pattern === undefined)
        return true;
    let re = cache.get(pattern);
    if (!re) {
        re = new RegExp(pattern);
        cache.set(pattern, re);
    }
    return texts.some((t) => t !== undefined && re.test(t));
}
const FRAME_FILE = /\bFile "([^"]+)"|\bat .*?\(?((?:\/|[A-Za-z]:\\)[^\s():]+)(?::\d+)/g;
function framePaths(text) {
    if (!text)
        return [];
    return Array.from(text.matchAll(FRAME_FILE), (m) => m[1] ?? m[2]);
}
/** "/app/app/ws/handler.py" -> "app.app.ws.handler". */
function dottedModule(path) {
    return path
        .replace(/^[./\\]+/, '')
        .replace(/\.\w+$/, '')
        .replace(/[/\\]/g, '.');
}
/** Source files, stack frame files and HTTP paths a record points at. */
function recordPaths(r) {
    const out = [...framePaths(r.stackTrace), ...framePaths(r.message)];
    if (r.sourceLocation?.file)
        out.push(r.sourceLocation.file);
    if (r.http?.path)
        out.push(r.http.path);
    return out;
}
function recordModules(r) {
    const files = [...framePaths(r.stackTrace), ...framePaths(r.message)];
    if (r.sourceLocation?.file)
        files.push(r.sourceLocation.file);
    const out = files.map(dottedModule);
    if (r.logger)
        out.push(r.logger);
    return out;
}
/** Resource labels by their Cloud Logging names, then the entry's own labels. */
function recordLabels(r) {
    return { project_id: r.project, service_name: r.service, revision_name: r.revision, location: r.location, ...r.labels };
}
/** The texts a "message" pattern looks at for a group. */
function groupTexts(g) {
    return [g.signature.title, ...g.samples, g.exemplar.message];
}
const STARTUP = /\b(startup|start-up|failed to start|cannot start|could not start|boot(?:ing)? failed|container called exit|failed to initiali[sz]e|startup (?:tcp |http )?probe failed|application startup failed)\b/i;
/** The group belongs to the startup phase of an instance. */
function isStartup(g) {
    return STARTUP.test(g.signature.title + '\n' + (g.samples[0] ?? ''));
}
/** Entries per hour, over the hours in which the group occurred. */
function ratePerHour(g) {
    return g.count / Math.max(1, Object.keys(g.hourly).length);
}

;// CONCATENATED MODULE: ./src/triage/builtin.ts



const IMPORT = /^(ImportError|ModuleNotFoundError|Cannot find module|ERR_MODULE_NOT_FOUND|ClassNotFoundException|NoClassDefFoundError)/;
const atLeast = (g, s) => (0,types/* severityRank */.qs)(g.maxSeverity) >= (0,types/* severityRank */.qs)(s);
const serverErrors = (g) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5'));
const BUILTIN_RULES = [
    {
        id: 'critical-severity',
        priority: 'P0',
        test: (g) => atLeast(g, 'CRITICAL'),
        impact: () => 'Entries at CRITICAL or above: the service reports it cannot do its job.',
    },
    {
        id: 'import-error',
        priority: 'P0',
        test: (g) => IMPORT.test(g.signature.exceptionType ?? '') || IMPORT.test(g.signature.title),
        impact: () => 'Code fails to load: every request that reaches this code path fails.',
    },
    {
        id: 'startup-failure',
        priority: 'P0',
        test: (g) => atLeast(g, 'ERROR') && isStartup(g),
        impact: () => 'Instances fail to start: capacity drops and deploys may not roll out.',
    },
    {
        id: 'server-errors',
        priority: 'P1',
        test: (g) => serverErrors(g) && g.count >= 5,
        impact: (g) => `${g.count} requests answered with a server error.`,
    },
    {
        id: 'error',
        priority: 'P1',
        test: (g) => atLeast(g, 'ERROR'),
        impact: (g) => `Errors on ${g.count} occasions: the affected operations fail.`,
    },
    {
        // A traceback printed to stdout/stderr carries no severity, yet it is an unhandled exception;
        // so is an exception head alone, or an entry Error Reporting grouped.
        id: 'uncaught-exception',
        priority: 'P1',
        test: (g) => g.maxSeverity === 'DEFAULT' && (g.signature.kind === 'stack' || g.signature.exceptionType !== undefined || reportsError(g.exemplar)),
        impact: (g) => `An exception escaped to the console ${g.count} time${g.count === 1 ? '' : 's'}: the operation that raised it failed.`,
    },
    {
        id: 'frequent-warning',
        priority: 'P2',
        test: (g) => atLeast(g, 'WARNING') && ratePerHour(g) >= 10,
        impact: (g) => `A warning about ${Math.round(ratePerHour(g))} times an hour: likely a degraded feature.`,
    },
    {
        id: 'server-errors-few',
        priority: 'P2',
        test: serverErrors,
        impact: (g) => `${g.count} requests answered with a server error.`,
    },
    {
        id: 'warning',
        priority: 'P3',
        test: () => true,
        impact: () => 'Warnings that may signal a degraded dependency; watch for growth.',
    },
];
function builtinRule(g) {
    return BUILTIN_RULES.find((r) => r.test(g)) ?? BUILTIN_RULES[BUILTIN_RULES.length - 1];
}

;// CONCATENATED MODULE: ./src/triage/index.ts




function componentOf(g) {
    const r = g.exemplar;
    if (r.logger)
        return r.logger.split(/[./:]/).filter(Boolean).slice(-1)[0] ?? r.logger;
    const file = r.sourceLocation?.file;
    if (file)
        return file
            .split('/')
            .slice(-1)[0]
            .replace(/\.\w+$/, '');
    // A stack signature lists in-app frames outermost first as "path/file.ext:function".
    const frame = g.signature.kind === 'stack' ? g.signature.detail.split('\n').slice(1).pop() : undefined;
    if (frame)
        return frame
            .split(':')[0]
            .split('/')
            .slice(-1)[0]
            .replace(/\.\w+$/, '');
    if (g.signature.kind === 'request')
        return 'http';
    return r.service ?? 'unknown';
}
function componentMatches(rule, f) {
    const m = rule.match;
    return (match_matches(m.logger, f.record.logger) &&
        match_matches(m.service, f.record.service) &&
        match_matches(m.module, ...f.modules) &&
        match_matches(m.path, ...f.paths) &&
        match_matches(m.message, ...f.texts) &&
        Object.entries(m.labels ?? {}).every(([k, p]) => match_matches(p, f.labels[k])));
}
function findComponent(g, config) {
    if (config.components.length === 0)
        return undefined;
    const r = g.exemplar;
    const facts = { record: r, modules: recordModules(r), paths: recordPaths(r), texts: groupTexts(g), labels: recordLabels(r) };
    return config.components.find((c) => componentMatches(c, facts));
}
function priorityMatches(rule, g, component) {
    const w = rule.when;
    return ((w.minSeverity === undefined || (0,types/* severityRank */.qs)(g.maxSeverity) >= (0,types/* severityRank */.qs)(w.minSeverity)) &&
        (w.component === undefined || w.component === component) &&
        (w.minCount === undefined || g.count >= w.minCount) &&
        match_matches(w.exception, g.signature.exceptionType) &&
        match_matches(w.service, ...Object.keys(g.services)) &&
        (w.message === undefined || match_matches(w.message, ...groupTexts(g))) &&
        (w.minRate === undefined || ratePerHour(g) >= w.minRate) &&
        (w.minConsecutive === undefined || g.maxConsecutive >= w.minConsecutive) &&
        (w.startup === undefined || isStartup(g) === w.startup));
}
function triage(g, config = defaultConfig()) {
    const comp = findComponent(g, config);
    const component = comp?.name ?? componentOf(g);
    const builtin = builtinRule(g);
    const index = config.priorities.findIndex((p) => priorityMatches(p, g, component));
    const rule = config.priorities[index];
    const result = {
        priority: rule?.priority ?? builtin.priority,
        reason: rule ? `config: priorities[${index}]${rule.name ? ` ${JSON.stringify(rule.name)}` : ''}` : `builtin: ${builtin.id}`,
        impact: comp?.impact ?? builtin.impact(g),
        component,
        owners: comp?.owners ?? [],
    };
    if (comp?.label)
        result.label = comp.label;
    return result;
}

;// CONCATENATED MODULE: ./src/version.ts
const VERSION = '0.2.0';

;// CONCATENATED MODULE: ./src/pipeline.ts







async function collect(opts) {
    const stats = { entries: 0, malformed: [], ignored: 0 };
    let span;
    const bySeverity = {};
    // Groups an engine already counted (BigQuery) are folded apart; their refined entries come through here.
    const pre = new PreGrouped({ signer: opts.signer, redactor: opts.redactor, ignore: opts.ignore });
    const front = opts.front ?? (0,collect_front/* localFront */.Z$)(pre.expand(opts.source.read()), { redactor: opts.redactor, inScope: opts.inScope });
    const acc = new GroupAccumulator();
    let joinedInto = 0;
    const take = (record) => {
        joinedInto += 1;
        acc.observe(record);
        if (opts.admit && !opts.admit(record)) {
            stats.belowThreshold = (stats.belowThreshold ?? 0) + 1;
            return;
        }
        if (opts.ignore?.(record)) {
            stats.ignored += 1;
            return;
        }
        bySeverity[record.severity] = (bySeverity[record.severity] ?? 0) + 1;
        if (!span)
            span = { first: record.timestamp, last: record.timestamp };
        else if (record.timestamp < span.first)
            span.first = record.timestamp;
        else if (record.timestamp > span.last)
            span.last = record.timestamp;
        acc.add(record, opts.signer.sign(record));
    };
    // Every string of every record was redacted by the front, before grouping: nothing unredacted goes further.
    // Batches go through reassembly without a promise per record.
    const joiner = new Reassembler();
    // Each record joined or let through is grouped at once, while it is young (and no array is emptied and
    // grown again per record).
    const grouped = { push: take };
    for await (const batch of front.batches)
        for (const record of batch)
            joiner.push(record, grouped);
    joiner.end(grouped);
    const { inRange, failures, entries, malformed, truncated, outOfRange } = front.tally();
    stats.entries = entries;
    stats.malformed = malformed;
    if (truncated)
        stats.truncated = truncated;
    if (outOfRange !== undefined)
        stats.outOfRange = outOfRange;
    // Lines that became part of another entry's trace: what went into reassembly and did not come out.
    if (inRange > joinedInto)
        stats.joined = inRange - joinedInto;
    // Templates settle once every record (and every pre-grouped sample) was seen.
    const folded = pre.finish({ groups: acc.result(), stats, bySeverity, failures: [...failures], span, revisions: acc.revisions() });
    await opts.beforeSettle?.(folded.groups);
    return { ...folded, groups: finalizeGroups(folded.groups, opts.signer.finish?.()) };
}
/**
 * Gives each group its Logs Explorer link, made when read and never kept: a link is about 2 KB and
 * most groups' links are never shown (10,000 groups held 19 MB of them). A copy made by spreading a
 * group holds its link as text, so this is done last, on the groups that are written out.
 */
function linkGroups(groups, explorerUrl) {
    // One getter for all groups, reading `this`: a getter per group would put every group object in
    // V8's dictionary mode (about 0.8 KB more each).
    const get = function () {
        return explorerUrl(this);
    };
    for (const g of groups)
        Object.defineProperty(g, 'explorerUrl', { get, enumerable: true, configurable: true });
}
function buildReport(collected, opts) {
    const groups = collected.groups.map((g) => ({ ...g, triage: triage(g, opts.config) }));
    if (opts.explorerUrl)
        linkGroups(groups, opts.explorerUrl);
    groups.sort((a, b) => (0,types/* priorityRank */.Dk)(a.triage.priority) - (0,types/* priorityRank */.Dk)(b.triage.priority) ||
        b.count - a.count ||
        compareFingerprints(a.signature.fingerprint, b.signature.fingerprint));
    const byPriority = Object.fromEntries(types/* PRIORITIES */.BE.map((p) => [p, groups.filter((g) => g.triage.priority === p).length]));
    const highestPriority = types/* PRIORITIES */.BE.find((p) => byPriority[p] > 0) ?? 'none';
    return {
        schemaVersion: 1,
        tool: { name: 'gcp-log-gardener', version: VERSION, signer: opts.signerVersion },
        generatedAt: opts.now.toISOString(),
        source: opts.source,
        query: opts.query,
        stats: collected.stats,
        byPriority,
        bySeverity: collected.bySeverity,
        highestPriority,
        groups,
        resolved: [],
        failures: collected.failures,
    };
}
/** The report with each group's GitHub issue linked, the issue notes and the step's failures. */
function withIssues(report, linked) {
    return {
        ...report,
        groups: report.groups.map((g) => {
            const issue = linked.refs[g.signature.fingerprint];
            return issue ? { ...g, issue } : g;
        }),
        issues: linked.notes,
        failures: [...report.failures, ...linked.failures],
    };
}

// EXTERNAL MODULE: ./src/safety/redact.ts + 3 modules
var redact = __webpack_require__(44941);
// EXTERNAL MODULE: ./src/safety/redact-thread.ts
var redact_thread = __webpack_require__(61254);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/triage/config-parse.ts
// Parses and validates the team's YAML configuration, reporting every problem with its line.



const TOP_KEYS = ['version', 'components', 'priorities', 'ignore', 'fingerprints', 'masks', 'redact'];
const COMPONENT_KEYS = ['name', 'label', 'impact', 'owners', 'match'];
const COMPONENT_MATCH_KEYS = ['logger', 'module', 'path', 'message', 'service', 'labels'];
const PRIORITY_KEYS = ['name', 'priority', 'when'];
const CONDITION_KEYS = ['min-severity', 'exception', 'message', 'component', 'service', 'min-count', 'min-rate', 'min-consecutive', 'startup'];
const IGNORE_KEYS = ['reason', 'expires', 'match'];
const IGNORE_MATCH_KEYS = ['message', 'logger', 'path', 'service', 'max-severity'];
const FINGERPRINT_KEYS = ['match', 'fingerprint'];
const FINGERPRINT_MATCH_KEYS = ['message', 'logger', 'exception'];
const REDACT_KEYS = ['patterns', 'emails', 'ips'];
const FINGERPRINT_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function quote(v) {
    return JSON.stringify(v) ?? String(v);
}
class Reader {
    file;
    lines;
    doc;
    problems = [];
    componentNames = new Set();
    constructor(file, lines, doc) {
        this.file = file;
        this.lines = lines;
        this.doc = doc;
    }
    /** The node an alias (*name) points at. */
    deref(node) {
        return (0,dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
    }
    /** A mapping's pairs with merge keys (<<: *base) spread in; its own keys win. */
    pairs(node, seen = new Set()) {
        if (!(0,dist/* isMap */.jh)(node) || seen.has(node))
            return [];
        seen.add(node);
        const own = [];
        const merged = [];
        for (const pair of node.items) {
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && (key.value === '<<' || typeof key.value === 'symbol')) {
                const v = this.deref(pair.value);
                const sources = (0,dist/* isSeq */.oP)(v) ? v.items.map((i) => this.deref(i)) : [v];
                for (const src of sources)
                    if (src)
                        merged.push(...this.pairs(src, seen));
            }
            else
                own.push(pair);
        }
        // Own keys win over merged ones, and earlier merge sources over later ones.
        const names = new Set();
        return [...own, ...merged].filter((p) => {
            const name = (0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '';
            if (names.has(name))
                return false;
            names.add(name);
            return true;
        });
    }
    lineOf(node) {
        return node?.range ? this.lines.linePos(node.range[0]).line : 1;
    }
    problem(at, path, message, fallback) {
        this.problems.push({ file: this.file, line: this.lineOf(at?.range ? at : fallback), path, message });
        return undefined;
    }
    /** The keys of a mapping, each checked against the allowed ones. */
    fields(at, path, allowed, parent) {
        const node = this.deref(at);
        if (!(0,dist/* isMap */.jh)(node))
            return this.problem(node, path, `must be a mapping of ${allowed.join(', ')}`, parent);
        const out = new Map();
        for (const pair of this.pairs(node)) {
            const key = pair.key;
            const name = (0,dist/* isScalar */.jn)(key) ? String(key.value) : '';
            if (!allowed.includes(name) && !(path === '' && name.startsWith('x-'))) {
                const near = allowed.find((k) => distance(k, name) <= 2);
                const hint = near ? ` (did you mean "${near}"?)` : '';
                this.problem(key, path, `unknown key ${quote(name)}${hint}; allowed: ${allowed.join(', ')}`);
                continue;
            }
            out.set(name, { key, value: this.deref(pair.value) });
        }
        return out;
    }
    list(at, path, parent) {
        const node = this.deref(at);
        if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return [];
        if (!(0,dist/* isSeq */.oP)(node))
            return this.problem(node, path, 'must be a list (items starting with "- ")', parent) ?? [];
        return node.items.map((item) => this.deref(item));
    }
    scalar(f) {
        return (0,dist/* isScalar */.jn)(f?.value) ? f.value.value : undefined;
    }
    string(f, path) {
        if (!f)
            return undefined;
        const v = this.scalar(f);
        if (typeof v === 'number')
            return String(v);
        if (typeof v !== 'string' || v.trim() === '')
            return this.problem(f.value, path, 'must be a non-empty text', f.key);
        return v;
    }
    required(fields, name, path, at, fix) {
        const f = fields.get(name);
        if (!f)
            this.problem(at, path, `missing "${name}". Fix: ${fix}`);
        return f;
    }
    regex(f, path) {
        const s = this.string(f, path);
        if (s === undefined)
            return undefined;
        try {
            new RegExp(s);
        }
        catch (e) {
            const why = e.message.replace(/^Invalid regular expression: /, '');
            return this.problem(f.value, path, `${quote(s)} is not a valid regular expression (${why})`);
        }
        return s;
    }
    oneOf(f, path, allowed) {
        if (!f)
            return undefined;
        const v = this.scalar(f);
        const s = typeof v === 'string' ? v.trim().toUpperCase() : v;
        if (typeof s === 'string' && allowed.includes(s))
            return s;
        return this.problem(f.value, path, `${quote(v ?? null)} is not one of ${allowed.join(', ')}`, f.key);
    }
    count(f, path, integer) {
        if (!f)
            return undefined;
        const v = this.scalar(f);
        if (typeof v === 'number' && v > 0 && Number.isFinite(v) && (!integer || Number.isInteger(v)))
            return v;
        const what = integer ? 'a whole number of at least 1' : 'a number above 0';
        return this.problem(f.value, path, `${quote(v ?? null)} is not ${what}`, f.key);
    }
    bool(f, path) {
        if (!f)
            return undefined;
        const v = this.scalar(f);
        if (typeof v === 'boolean')
            return v;
        return this.problem(f.value, path, `${quote(v ?? null)} is not true or false`, f.key);
    }
    date(f, path) {
        if (!f)
            return undefined;
        const v = this.scalar(f);
        const s = typeof v === 'string' ? v.trim() : '';
        const d = new Date(`${s}T00:00:00Z`);
        if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s))
            return s;
        return this.problem(f.value, path, `${quote(v ?? null)} is not a date; write YYYY-MM-DD, e.g. 2027-03-31`, f.key);
    }
    strings(f, path) {
        if (!f)
            return [];
        if ((0,dist/* isScalar */.jn)(f.value)) {
            const s = this.string(f, path);
            return s === undefined ? [] : [s];
        }
        return this.list(f.value, path, f.key).flatMap((item, i) => {
            const s = this.string({ key: item, value: item }, `${path}[${i}]`);
            return s === undefined ? [] : [s];
        });
    }
    /** Reads regex-valued keys; at least one must be given. */
    patterns(fields, path, keys) {
        if (!fields)
            return undefined;
        const out = {};
        for (const k of keys) {
            const v = this.regex(fields.get(k), `${path}.${k}`);
            if (v !== undefined)
                out[k] = v;
        }
        return out;
    }
    /** A mapping with no keys at all (unknown keys are reported on their own). */
    atLeastOne(node, path, keys) {
        if ((0,dist/* isMap */.jh)(node) && node.items.length === 0)
            this.problem(node, path, `needs at least one of ${keys.join(', ')}`);
    }
}
function readComponent(r, node, path) {
    const f = r.fields(node, path, COMPONENT_KEYS);
    if (!f)
        return undefined;
    const name = r.string(r.required(f, 'name', path, node, 'add name: <component>, e.g. name: websocket'), `${path}.name`);
    const label = r.string(f.get('label'), `${path}.label`);
    const labelField = f.get('label');
    if (label !== undefined && labelField && (label.includes(',') || label.length > 50 || label.trim() === '')) {
        r.problem(labelField.value, `${path}.label`, `${quote(label)} cannot be a GitHub label; use 1 to 50 characters without commas`, labelField.key);
    }
    const impact = r.string(f.get('impact'), `${path}.impact`);
    const owners = r.strings(f.get('owners'), `${path}.owners`).map((o) => o.replace(/^@/, ''));
    const m = r.required(f, 'match', path, node, 'add match: with at least one of ' + COMPONENT_MATCH_KEYS.join(', '));
    const mf = m && r.fields(m.value, `${path}.match`, COMPONENT_MATCH_KEYS, m.key);
    r.atLeastOne(m?.value, `${path}.match`, COMPONENT_MATCH_KEYS);
    const match = r.patterns(mf, `${path}.match`, COMPONENT_MATCH_KEYS.filter((k) => k !== 'labels'));
    const labelsField = mf?.get('labels');
    if (match && labelsField) {
        if (!(0,dist/* isMap */.jh)(labelsField.value))
            r.problem(labelsField.value, `${path}.match.labels`, 'must be a mapping of label name to pattern, e.g. service_name: ^api', labelsField.key);
        else {
            match.labels = {};
            for (const pair of labelsField.value.items) {
                const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
                const v = r.regex({ key: pair.key, value: r.deref(pair.value) }, `${path}.match.labels.${key}`);
                if (v !== undefined)
                    match.labels[key] = v;
            }
        }
    }
    if (name !== undefined && r.componentNames.has(name)) {
        r.problem(f.get('name').value, `${path}.name`, `${quote(name)} is already the name of an earlier component; names must be unique`);
    }
    if (name !== undefined)
        r.componentNames.add(name);
    if (name === undefined || !match)
        return undefined;
    return { name, label, impact, owners, match };
}
function readPriority(r, node, path) {
    const f = r.fields(node, path, PRIORITY_KEYS);
    if (!f)
        return undefined;
    const name = r.string(f.get('name'), `${path}.name`);
    const pf = r.required(f, 'priority', path, node, `add priority: one of ${types/* PRIORITIES */.BE.join(', ')}`);
    const priority = r.oneOf(pf, `${path}.priority`, types/* PRIORITIES */.BE);
    const w = r.required(f, 'when', path, node, 'add when: with at least one condition, e.g. min-severity: ERROR');
    const wf = w && r.fields(w.value, `${path}.when`, CONDITION_KEYS, w.key);
    r.atLeastOne(w?.value, `${path}.when`, CONDITION_KEYS);
    if (!wf)
        return undefined;
    const p = `${path}.when`;
    const when = {
        minSeverity: r.oneOf(wf.get('min-severity'), `${p}.min-severity`, types/* SEVERITIES */.oC),
        exception: r.regex(wf.get('exception'), `${p}.exception`),
        message: r.regex(wf.get('message'), `${p}.message`),
        component: r.string(wf.get('component'), `${p}.component`),
        service: r.regex(wf.get('service'), `${p}.service`),
        minCount: r.count(wf.get('min-count'), `${p}.min-count`, true),
        minRate: r.count(wf.get('min-rate'), `${p}.min-rate`, false),
        minConsecutive: r.count(wf.get('min-consecutive'), `${p}.min-consecutive`, true),
        startup: r.bool(wf.get('startup'), `${p}.startup`),
    };
    for (const k of Object.keys(when))
        if (when[k] === undefined)
            delete when[k];
    if (!priority)
        return undefined;
    return name === undefined ? { priority, when } : { name, priority, when };
}
function readIgnore(r, node, path) {
    const f = r.fields(node, path, IGNORE_KEYS);
    if (!f)
        return undefined;
    const reason = r.string(f.get('reason'), `${path}.reason`);
    const ef = r.required(f, 'expires', path, node, 'add expires: YYYY-MM-DD, the last day this noise rule applies (so it cannot rot)');
    const expires = r.date(ef, `${path}.expires`);
    const m = r.required(f, 'match', path, node, 'add match: with at least one of ' + IGNORE_MATCH_KEYS.join(', '));
    const mf = m && r.fields(m.value, `${path}.match`, IGNORE_MATCH_KEYS, m.key);
    r.atLeastOne(m?.value, `${path}.match`, IGNORE_MATCH_KEYS);
    const match = r.patterns(mf, `${path}.match`, IGNORE_MATCH_KEYS.slice(0, 4));
    const maxSeverity = r.oneOf(mf?.get('max-severity'), `${path}.match.max-severity`, types/* SEVERITIES */.oC);
    if (!match || !expires)
        return undefined;
    if (maxSeverity)
        match.maxSeverity = maxSeverity;
    const rule = { match, expires, source: `${r.file}:${r.lineOf(node)}` };
    if (reason !== undefined)
        rule.reason = reason;
    return rule;
}
function readFingerprint(r, node, path) {
    const f = r.fields(node, path, FINGERPRINT_KEYS);
    if (!f)
        return undefined;
    const ff = r.required(f, 'fingerprint', path, node, 'add fingerprint: <name>, the group these entries join, e.g. fingerprint: redis-connection-lost');
    let fingerprint = r.string(ff, `${path}.fingerprint`);
    if (fingerprint !== undefined && !FINGERPRINT_RE.test(fingerprint)) {
        fingerprint = r.problem(ff.value, `${path}.fingerprint`, `${quote(fingerprint)} must be 1-64 letters, digits, ".", "_", ":" or "-"`);
    }
    const m = r.required(f, 'match', path, node, 'add match: with at least one of ' + FINGERPRINT_MATCH_KEYS.join(', '));
    const mf = m && r.fields(m.value, `${path}.match`, FINGERPRINT_MATCH_KEYS, m.key);
    r.atLeastOne(m?.value, `${path}.match`, FINGERPRINT_MATCH_KEYS);
    const match = r.patterns(mf, `${path}.match`, FINGERPRINT_MATCH_KEYS);
    if (!match || fingerprint === undefined)
        return undefined;
    return { match, fingerprint };
}
function readRedact(r, field, config) {
    const f = r.fields(field.value, 'redact', REDACT_KEYS, field.key);
    if (!f)
        return;
    config.redact.emails = r.bool(f.get('emails'), 'redact.emails') ?? true;
    config.redact.ips = r.bool(f.get('ips'), 'redact.ips') ?? true;
    const pf = f.get('patterns');
    const items = pf ? r.list(pf.value, 'redact.patterns', pf.key) : [];
    items.forEach((item, i) => {
        const path = `redact.patterns[${i}]`;
        const p = r.regex({ key: item, value: item }, path);
        if (p === undefined)
            return;
        if (new RegExp(p).test(''))
            r.problem(item, path, `${quote(p)} matches empty text; make it match the secret itself, e.g. cus_[A-Za-z0-9]{14}`);
        else
            config.redact.patterns.push(p);
    });
}
/** Grouping masks: regular expressions whose matches are variables of a message template. */
function readMasks(r, field, config) {
    r.list(field.value, 'masks', field.key).forEach((item, i) => {
        const path = `masks[${i}]`;
        const p = r.regex({ key: item, value: item }, path);
        if (p === undefined)
            return;
        if (new RegExp(p).test(''))
            r.problem(item, path, `${quote(p)} matches empty text; make it match the variable itself, e.g. order-[0-9]+`);
        else
            config.masks.push(p);
    });
}
function readList(r, field, name, read) {
    if (!field)
        return [];
    return r.list(field.value, name, field.key).flatMap((node, i) => {
        const v = read(r, node, `${name}[${i}]`);
        return v === undefined ? [] : [v];
    });
}
/** Parses a configuration text; throws a ConfigError listing every problem, one per line. */
function parseConfig(text, fileName) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
    const r = new Reader(fileName, lines, doc);
    const config = defaultConfig();
    for (const e of doc.errors) {
        const line = e.linePos?.[0].line ?? lines.linePos(e.pos[0]).line;
        r.problems.push({ file: fileName, line, path: '', message: `not valid YAML: ${e.message.split('\n')[0]}` });
    }
    if (r.problems.length > 0)
        throw new ConfigError(r.problems);
    const root = r.deref(doc.contents);
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return config;
    const top = r.fields(root, '', TOP_KEYS);
    if (top) {
        const v = top.get('version');
        if (v && r.scalar(v) !== 1)
            r.problem(v.value, 'version', `${quote(r.scalar(v) ?? null)} is not a supported version; write version: 1`, v.key);
        config.components = readList(r, top.get('components'), 'components', readComponent);
        config.priorities = readList(r, top.get('priorities'), 'priorities', readPriority);
        config.ignore = readList(r, top.get('ignore'), 'ignore', readIgnore);
        config.fingerprints = readList(r, top.get('fingerprints'), 'fingerprints', readFingerprint);
        const masks = top.get('masks');
        if (masks)
            readMasks(r, masks, config);
        const redact = top.get('redact');
        if (redact)
            readRedact(r, redact, config);
    }
    if (r.problems.length > 0) {
        r.problems.sort((a, b) => a.line - b.line);
        throw new ConfigError(r.problems);
    }
    return config;
}

;// CONCATENATED MODULE: ./src/triage/config-load.ts
// Reads the team's configuration file: a missing default file means the built-in defaults.




async function loadConfig(path, opts) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && !opts.explicit)
            return defaultConfig();
        const problem = code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? e.message})`;
        throw new errors/* InputError */.d(`config ${path}`, problem, 'give the path of an existing YAML file, or leave config empty for .github/log-gardener.yml');
    }
    return parseConfig(text, path);
}

;// CONCATENATED MODULE: ./src/triage/ignore.ts


const DAY_MS = 86_400_000;
/** A rule applies through the whole UTC day of its expiry date. */
function isExpired(rule, now) {
    return now.getTime() >= Date.parse(`${rule.expires}T00:00:00Z`) + DAY_MS;
}
function ignores(rule, r) {
    const m = rule.match;
    return ((0,types/* severityRank */.qs)(r.severity) <= (0,types/* severityRank */.qs)(m.maxSeverity ?? 'WARNING') &&
        match_matches(m.logger, r.logger) &&
        match_matches(m.service, r.service) &&
        match_matches(m.message, r.message) &&
        (m.path === undefined || match_matches(m.path, ...recordPaths(r))));
}
/** For collect()'s `ignore` option: true for records a live (unexpired) ignore rule covers. */
function ignoreMatcher(config, now) {
    const live = config.ignore.filter((rule) => !isExpired(rule, now));
    if (live.length === 0)
        return () => false;
    return (record) => live.some((rule) => ignores(rule, record));
}
/** One warning line per expired ignore rule, naming where it is and what to do. */
function expiredIgnoreWarnings(config, now) {
    return config.ignore.flatMap((rule, i) => {
        if (!isExpired(rule, now))
            return [];
        const where = rule.source ? `${rule.source}: ` : '';
        const what = rule.reason ? ` ${JSON.stringify(rule.reason)}` : '';
        return [
            `${where}ignore[${i}]${what} expired on ${rule.expires} and no longer hides entries. Fix: renew its expires date if the noise is still expected, or delete the rule.`,
        ];
    });
}

// EXTERNAL MODULE: ./src/triage/trend.ts
var trend = __webpack_require__(98119);
// EXTERNAL MODULE: ./src/triage/suspect.ts
var suspect = __webpack_require__(88897);
// EXTERNAL MODULE: ./src/gcp/query.ts
var gcp_query = __webpack_require__(5366);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var markdown = __webpack_require__(31373);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(71509);
;// CONCATENATED MODULE: ./src/render/charts.ts


const HOUR_MS = 3_600_000;
const MAX_BUCKETS = 12;
/** Bucket widths in hours, from which the narrowest giving at most MAX_BUCKETS is chosen. */
const WIDTHS = [1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 168];
const SPARKS = '▁▂▃▄▅▆▇█';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** GitHub's red and blue: ERROR bars and the line below them. */
const COLOURS = ['#cf222e', '#0969da'];
function keyTime(key) {
    return Date.parse(`${key}:00:00Z`);
}
function layout(since, until, hours) {
    const width = hours * HOUR_MS;
    const from = Math.floor(since / width) * width;
    const count = Math.max(1, Math.ceil((until - from) / width));
    const starts = Array.from({ length: count }, (_, i) => from + i * width);
    const last = starts[count - 1];
    const covered = (until - last) / width;
    // A bucket the window barely entered would read as the problem stopping: leave it out, say so.
    if (count > 1 && covered < 0.5)
        return { starts: starts.slice(0, -1), hours, end: until, partialLast: false, leftOut: last };
    return { starts, hours, end: until, partialLast: covered < 1 };
}
/**
 * Buckets aligned on UTC boundaries of the narrowest width that gives at most MAX_BUCKETS, covering
 * the range (or the data when the range is unusable).
 */
function buckets(range, fallbackKeys = []) {
    let since = Date.parse(range.since);
    let until = Date.parse(range.until);
    if (!(Number.isFinite(since) && Number.isFinite(until) && until > since)) {
        const times = fallbackKeys.map(keyTime).filter(Number.isFinite);
        since = times.length ? Math.min(...times) : 0;
        until = times.length ? Math.max(...times) + HOUR_MS : HOUR_MS;
    }
    for (const w of WIDTHS) {
        const b = layout(since, until, w);
        if (b.starts.length <= MAX_BUCKETS)
            return b;
    }
    const weeks = Math.ceil((until - since) / (168 * HOUR_MS * (MAX_BUCKETS - 1)));
    return layout(since, until, 168 * weeks);
}
function fill(b, hourly, into = b.starts.map(() => 0)) {
    const width = b.hours * HOUR_MS;
    for (const [key, n] of Object.entries(hourly)) {
        const i = Math.floor((keyTime(key) - b.starts[0]) / width);
        if (i >= 0 && i < into.length)
            into[i] += n ?? 0;
    }
    return into;
}
/** Short and unique within one chart: "20:00" within a day, "Wed 20h" within a week, else "09-10". */
function bucketLabels(b) {
    return b.starts.map((t) => {
        const d = new Date(t);
        const iso = d.toISOString();
        if (b.hours <= 2)
            return iso.slice(11, 16);
        if (b.hours < 24)
            return `${DAYS[d.getUTCDay()]} ${iso.slice(11, 13)}h`;
        return iso.slice(5, 10);
    });
}
/** "4 h", "1 day" */
function bucketUnit(b) {
    if (b.hours % 24 === 0)
        return b.hours === 24 ? 'day' : `${b.hours / 24} days`;
    return b.hours === 1 ? 'hour' : `${b.hours} h`;
}
function sparkline(values) {
    const max = Math.max(0, ...values);
    return values.map((v) => (v <= 0 ? '·' : SPARKS[Math.min(7, Math.ceil((v / max) * 8) - 1)])).join('');
}
/** A group's occurrences over the window, as a sparkline and its peak. */
function groupTimeline(g, range) {
    const b = buckets(range, Object.keys(g.hourly));
    const values = fill(b, g.hourly);
    const peak = Math.max(0, ...values);
    const at = bucketLabels(b)[values.indexOf(peak)];
    return { spark: sparkline(values), peak: `peak ${peak} per ${bucketUnit(b)} at ${at}`, buckets: b };
}
const isError = (s) => (0,types/* severityRank */.qs)(s) >= (0,types/* severityRank */.qs)('ERROR');
function frontmatter(height) {
    return [
        '---',
        'config:',
        '  xyChart:',
        '    width: 720',
        `    height: ${height}`,
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${COLOURS.join(', ')}"`,
        '---',
    ];
}
/**
 * Entries per bucket over the report's window: red bars for groups whose highest severity is ERROR
 * or above, a blue line for the rest (a group counts at its highest severity), a legend, and the
 * same numbers as text. Empty text when there are no entries.
 */
function severityChart(report) {
    const b = buckets(report.query, report.groups.flatMap((g) => Object.keys(g.hourly)));
    const errors = b.starts.map(() => 0);
    const others = b.starts.map(() => 0);
    for (const g of report.groups)
        fill(b, g.hourly, isError(g.maxSeverity) ? errors : others);
    if ([...errors, ...others].every((v) => v === 0))
        return '';
    const labels = bucketLabels(b).map((l, i) => (b.partialLast && i === b.starts.length - 1 ? `${l}*` : l));
    // d3 draws fractional ticks below a range of 10; an axis to at least 10 keeps them whole numbers.
    const top = Math.max(10, ...errors, ...others);
    const chart = (0,markdown/* fenced */.OF)([
        ...frontmatter(260),
        'xychart-beta',
        `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis "Entries per ${bucketUnit(b)}" 0 --> ${top}`,
        `    bar [${errors.join(', ')}]`,
        `    line [${others.join(', ')}]`,
    ].join('\n'), 'mermaid');
    const endsAt = new Date(b.end).toISOString().slice(11, 16);
    const notDrawn = (hourly) => Object.entries(hourly).reduce((n, [k, v]) => n + (b.leftOut !== undefined && keyTime(k) >= b.leftOut ? (v ?? 0) : 0), 0);
    const leftOut = b.leftOut !== undefined ? report.groups.reduce((n, g) => n + notDrawn(g.hourly), 0) : 0;
    const legend = `🟥 bars: groups at ERROR or above · 🟦 line: groups below ERROR · UTC, per ${bucketUnit(b)}` +
        (b.partialLast ? ` · \\* partial: the window ends at ${endsAt}` : '') +
        (b.leftOut !== undefined
            ? ` · not drawn: the window's last ${Math.round((b.end - b.leftOut) / 60_000)} minutes (${leftOut} entries), too short for a bar`
            : '');
    const sum = (v) => v.reduce((a, n) => a + n, 0);
    const text = [
        `ERROR and above  ${sparkline(errors)}  ${sum(errors)} entries drawn, at most ${Math.max(...errors)} per ${bucketUnit(b)}`,
        `below ERROR      ${sparkline(others)}  ${sum(others)} entries drawn, at most ${Math.max(...others)} per ${bucketUnit(b)}`,
    ].join('\n');
    return `${chart}\n\n${legend}\n\n${(0,markdown/* fenced */.OF)(text)}\n`;
}

;// CONCATENATED MODULE: ./src/render/next-step.ts


const next_step_name = (s) => (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(s, 60));
const GRPC_STEP = {
    NOT_FOUND: 'the call names something that does not exist: check the id in the first example and whether it is created before use',
    PERMISSION_DENIED: "grant the service's account the role this call needs",
    UNAVAILABLE: 'check the backend the call reaches and whether its client retries',
    DEADLINE_EXCEEDED: 'check the backend the call reaches and the deadline set for it',
    RESOURCE_EXHAUSTED: 'a quota or rate limit was hit: check the quotas of the API it calls',
    UNAUTHENTICATED: 'check the credentials the service calls with',
    ALREADY_EXISTS: 'make the create idempotent, or look the object up first',
    FAILED_PRECONDITION: 'check the state the call expects (an index, a setting, an earlier step)',
};
const RULES = [
    {
        test: /cannot import name ['"]?([\w.]+)['"]? from ['"]?([\w.]+)['"]?/,
        read: (m) => ({ fact: `${next_step_name(m[1])} missing`, step: `add ${next_step_name(m[1])} to ${next_step_name(m[2])}, or import it from where it now lives` }),
    },
    {
        test: /No module named ['"]?([\w.]+)['"]?/,
        read: (m) => ({ fact: `module ${next_step_name(m[1])} missing`, step: `add ${next_step_name(m[1].split('.')[0])} to the image's dependencies, or fix the import` }),
    },
    {
        test: /['"]?(\w+)['"]? object has no attribute ['"]?(\w+)['"]?/,
        read: (m) => ({ fact: `${next_step_name(m[1])} has no ${next_step_name(m[2])}`, step: `add ${next_step_name(m[2])} to ${next_step_name(m[1])}, or fix the caller that expects it` }),
    },
    {
        test: /(\w+) must be installed/,
        read: (m) => ({ fact: `${next_step_name(m[1])} not installed`, step: `install ${next_step_name(m[1])} in the app, ahead of the code that needs it` }),
    },
    {
        test: /too many (?:clients|connections)|TooManyConnections|remaining connection slots/i,
        read: () => ({
            fact: 'database connection limit reached',
            step: 'size the connection pool so instances × pool size stays under the database limit, or raise the limit',
        }),
    },
    {
        test: /Connection is not available, request timed out|pool (?:is )?exhausted|HikariPool-\d+ - Connection/i,
        read: () => ({
            fact: 'connection pool exhausted',
            step: 'find what holds connections (slow queries, leaks, long transactions), or grow the pool within the database limit',
        }),
    },
    {
        test: /request to (https?:\/\/[^\s/]+)\S* failed, reason: ([^\n]{1,60})/,
        read: (m) => ({ fact: `${next_step_name(m[1])} ${(0,markdown/* shorten */.ml)(m[2].trim(), 30)}`, step: `check ${next_step_name(m[1])}: requests to it fail (${(0,markdown/* shorten */.ml)(m[2].trim(), 40)})` }),
    },
    {
        test: /\b(NOT_FOUND|PERMISSION_DENIED|UNAVAILABLE|DEADLINE_EXCEEDED|RESOURCE_EXHAUSTED|UNAUTHENTICATED|ALREADY_EXISTS|FAILED_PRECONDITION): /,
        read: (m) => ({ fact: `gRPC ${next_step_name(m[1])}`, step: GRPC_STEP[m[1]] }),
    },
    {
        test: /Failed services?:\s*([\w.-]+(?:,\s*[\w.-]+)*)/,
        read: (m) => ({ fact: `${next_step_name(m[1])} failing`, step: `check ${next_step_name(m[1])}: the check names it as the dependency that failed` }),
    },
    {
        test: /(?:timed? ?out|deadline exceeded)[^\n]*?\b(?:to|from|calling|connecting to|waiting for)\s+['"]?([\w.:/-]*\w)/i,
        read: (m) => ({ fact: `timeout on ${next_step_name(m[1])}`, step: `check ${next_step_name(m[1])}, the dependency that timed out, and the timeout set for it` }),
    },
    {
        test: /^.*(?:connection refused|ECONNREFUSED).*$/im,
        read: (m) => {
            const at = /\d{1,3}(?:\.\d{1,3}){3}:\d+|[\w-]+(?:\.[\w-]+)+:\d+/.exec(m[0])?.[0];
            return {
                fact: at ? `${next_step_name(at)} refused` : 'connection refused',
                step: at ? `check that ${next_step_name(at)} is up and reachable from the service` : 'check that the dependency is up and reachable from the service',
            };
        },
    },
];
function requestEvidence(g) {
    if (g.signature.kind !== 'request')
        return undefined;
    const statuses = Object.entries(g.statuses)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .slice(0, 3)
        .map(([status, n]) => `${(0,markdown/* inline */.mG)(status)} ×${n}`)
        .join(', ');
    const route = /^HTTP (\S+ \S+)/.exec((0,format/* displayTitle */.xU)(g.signature.title))?.[1] ?? (0,format/* displayTitle */.xU)(g.signature.title);
    return {
        fact: statuses || undefined,
        step: `open the application logs of these requests (same trace ids) to find the error behind ${(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(route, 80))}`,
    };
}
function rollback(g) {
    const s = g.suspect;
    if (!s?.newest)
        return undefined;
    return `roll back ${(0,markdown/* code */.aY)(s.revision)}, the newest revision, where it first appeared`;
}
/** The group's key fact and next step, from the strongest evidence found. */
function evidence(g) {
    const text = [g.samples[0] ?? '', g.exemplar.stackTrace ?? '', g.signature.title].join('\n');
    let found;
    for (const rule of RULES) {
        const m = text.match(rule.test);
        if (m) {
            found = rule.read(m, g);
            break;
        }
    }
    found ??= requestEvidence(g);
    const back = rollback(g);
    if (found)
        return { ...found, step: back ? `${back}; then ${found.step}` : found.step };
    if (back)
        return { step: back };
    const where = topRevision(g);
    const start = `start from the first example, seen ${g.firstSeen.slice(0, 16).replace('T', ' ')} UTC${where ? ` on ${(0,markdown/* code */.aY)(where)}` : ''}`;
    return { step: g.triage.priority === 'P3' ? `watch it; if it grows, ${start}` : start };
}
function topRevision(g) {
    return g.suspect?.revision ?? Object.entries(g.revisions).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0];
}

;// CONCATENATED MODULE: ./src/render/query-text.ts
// The filter and the gcloud command, wrapped for a page: broken only before AND / OR outside quotes,
// where a line break means the same to Cloud Logging as a space, so the text still runs as it is.
/** Splits a filter before each AND / OR that is outside a quoted string. */
function clauses(filter) {
    const out = [];
    let start = 0;
    let quoted = false;
    for (let i = 0; i < filter.length; i++) {
        const c = filter[i];
        if (c === '\\' && quoted)
            i++;
        else if (c === '"')
            quoted = !quoted;
        else if (!quoted && c === ' ' && /^ (AND|OR) /.test(filter.slice(i, i + 5))) {
            out.push(filter.slice(start, i));
            start = i + 1;
        }
    }
    out.push(filter.slice(start));
    return out;
}
/** Clauses packed into lines of about `width` characters; the first line may have less room. */
function wrapFilter(filter, width = 100, firstWidth = width) {
    const lines = [];
    let line = '';
    for (const c of clauses(filter)) {
        if (line && line.length + 1 + c.length > (lines.length ? width : firstWidth)) {
            lines.push(line);
            line = c;
        }
        else
            line = line ? `${line} ${c}` : c;
    }
    if (line)
        lines.push(line);
    return lines.join('\n');
}
/**
 * A `gcloud logging read '<filter>' --flag ...` command with the filter wrapped inside its quotes
 * and one flag a line after a backslash. Anything else is returned as it is.
 */
function wrapCommand(command, width = 100) {
    return command
        .split('\n')
        .map((one) => {
        const m = /^(gcloud logging read )'((?:[^']|'\\'')*)'((?: --\S+)*)$/.exec(one);
        if (!m)
            return one;
        const flags = m[3].trim().split(' ').filter(Boolean);
        return [`${m[1]}'${wrapFilter(m[2], width, width - m[1].length - 1)}'`, ...flags].join(' \\\n  ');
    })
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/triage/health.ts
// Service health per component, from its worst group, in one vocabulary tied to priority.

const health_HOUR_MS = 3_600_000;
const STATUS_ORDER = ['failing', 'degraded', 'minor', 'operational'];
const rank = (p) => types/* PRIORITIES */.BE.indexOf(p);
const STATUS_OF = { P0: 'failing', P1: 'degraded', P2: 'minor', P3: 'minor' };
/** Triage falls back to the service name (or "unknown") when nothing names a component. */
function isFallbackComponent(g, configured = []) {
    const c = g.triage.component;
    if (configured.includes(c))
        return false;
    return c === 'unknown' || c in g.services || c === g.exemplar.service;
}
function lastSeenNote(worst, until) {
    const last = Date.parse(worst.lastSeen);
    if (Number.isFinite(until) && last >= until - health_HOUR_MS)
        return 'still seen in the last hour of the window';
    return `last seen ${worst.lastSeen.slice(0, 16).replace('T', ' ')} UTC`;
}
/**
 * One row per named component, worst first, then by name; configured components without groups are
 * operational. Groups under the fallback component are returned apart: a service is not a component.
 */
function serviceHealth(report, components = []) {
    const until = Date.parse(report.query.until);
    const byComponent = new Map(components.map((c) => [c, []]));
    const unattributed = [];
    for (const g of report.groups) {
        if (isFallbackComponent(g, components)) {
            unattributed.push(g);
            continue;
        }
        const list = byComponent.get(g.triage.component) ?? [];
        list.push(g);
        byComponent.set(g.triage.component, list);
    }
    const rows = [...byComponent].map(([component, groups]) => {
        const worst = [...groups].sort((a, b) => rank(a.triage.priority) - rank(b.triage.priority) || b.count - a.count)[0];
        if (!worst)
            return { component, status: 'operational', worst: undefined, groups, note: 'no problems in this window' };
        const entries = groups.reduce((n, g) => n + g.count, 0);
        const note = `${groups.length} group${groups.length === 1 ? '' : 's'}, ${entries} entr${entries === 1 ? 'y' : 'ies'}; worst ${worst.triage.priority} ${lastSeenNote(worst, until)}`;
        return { component, status: STATUS_OF[worst.triage.priority], worst: worst.triage.priority, groups, note };
    });
    rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (0,types/* compareText */.n6)(a.component, b.component));
    return { components: rows, unattributed };
}

;// CONCATENATED MODULE: ./src/render/entry-counts.ts


function entryAccount(r) {
    const s = r.stats;
    const outOfRange = s.outOfRange ?? 0;
    return {
        read: s.entries,
        outOfRange,
        inRange: s.entries - outOfRange,
        grouped: r.groups.reduce((n, g) => n + g.count, 0),
        belowThreshold: s.belowThreshold ?? 0,
        ignored: s.ignored,
        joined: s.joined ?? 0,
    };
}
const n = format/* thousands */.oh;
/** "1,160 read = 1,100 in range + 60 outside the filter; in range = 900 in 7 groups + 150 below WARNING + 50 lines joined into traces" */
function entryAccountText(r) {
    const a = entryAccount(r);
    const parts = [`${n(a.grouped)} in ${n(r.groups.length)} group${r.groups.length === 1 ? '' : 's'}`];
    if (a.belowThreshold)
        parts.push(`${n(a.belowThreshold)} below ${r.query.minSeverity}`);
    if (a.ignored)
        parts.push(`${n(a.ignored)} ignored by rules`);
    if (a.joined)
        parts.push(`${n(a.joined)} line${a.joined === 1 ? '' : 's'} joined into traces`);
    const inRange = parts.join(' + ');
    if (!a.outOfRange)
        return `${n(a.read)} read = ${inRange}`;
    return `${n(a.read)} read = ${n(a.inRange)} in range + ${n(a.outOfRange)} outside the filter; in range = ${inRange}`;
}
/** The quiet result of a run that read nothing in range, "0 entries read for <filter>"; else undefined. */
function nothingInRange(r) {
    const a = entryAccount(r);
    if (a.inRange > 0)
        return undefined;
    const what = r.query.filter ? (0,markdown/* code */.aY)(r.query.filter) : 'the whole file';
    const file = a.outOfRange ? ` (the file holds ${n(a.outOfRange)}, all outside it)` : '';
    const range = `from ${r.query.since} to ${r.query.until}`;
    return `0 entries read for ${what}${file}, ${range}: nothing to report, and no sign either way of how the services are doing.`;
}

;// CONCATENATED MODULE: ./src/render/worklog.ts









/** Groups shown with a full section; the rest go to one compact table. */
const DEFAULT_MAX_GROUPS = 50;
/** The compact table stops before the worklog passes this size (the JSON report keeps every group). */
const MAX_WORKLOG_BYTES = 1_950_000;
const PRIORITY_HEADINGS = {
    P0: 'Immediate (P0 - Critical)',
    P1: 'High Priority (P1)',
    P2: 'Medium Priority (P2)',
    P3: 'Low Priority (P3)',
};
const STATUS_WORD = {
    failing: '❌ FAILING',
    degraded: '⚠️ DEGRADED',
    minor: '🔸 MINOR',
    operational: '✅ OPERATIONAL',
};
/** The services a report is about, for headings. */
function servicesShown(report) {
    return report.query.services.join(', ') || (0,format/* topKeys */.sb)(Object.assign({}, ...report.groups.map((g) => g.services))).join(', ') || 'all services';
}
const worklog_anchor = (i) => `g${i + 1}`;
const grouped = (r) => r.groups.reduce((n, g) => n + g.count, 0);
/** "ImportError: cannot import name … from …", cut for a table or a line. */
function shortTitle(g, max = 70) {
    return (0,markdown/* inline */.mG)((0,format/* shortDisplay */.tk)(g.signature.title, max));
}
function issueLink(g) {
    return g.issue ? (0,markdown/* link */.nf)(String(g.issue.number), g.issue.url) : '';
}
function stillSeen(g, r) {
    const until = Date.parse(r.query.until);
    return Number.isFinite(until) && Date.parse(g.lastSeen) >= until - 3_600_000;
}
/** Every entry read, accounted for: the parts add up to the total. */
function accounting(r) {
    const malformed = r.stats.malformed.length ? `; ${(0,format/* plural */.LS)(r.stats.malformed.length, 'entry', 'entries')} could not be read` : '';
    return `**Entries:** ${entryAccountText(r)}${malformed}`;
}
function changeLine(r, shown) {
    const hasTrends = r.groups.some((g) => g.trend) || r.resolved.length > 0;
    if (!hasTrends)
        return '**Since the last run:** no earlier report to compare with, so every group is listed without a trend.';
    const c = (0,trend/* trendCounts */.Ql)(r);
    // New and rising groups are what a reader looks for first: name the most urgent ones, linked.
    const named = (t) => {
        const gs = r.groups.map((g, i) => ({ g, i })).filter(({ g }) => g.trend === t);
        if (gs.length === r.groups.length || !gs.length)
            return '';
        const links = gs
            .slice(0, 3)
            .map(({ g, i }) => (i < shown ? `[${g.triage.priority} ${shortName(g, 30)}](#${worklog_anchor(i)})` : `${g.triage.priority} ${shortName(g, 30)}`));
        return ` (${links.join(', ')}${gs.length > 3 ? ', …' : ''})`;
    };
    const parts = ['new', 'rising', 'falling', 'ongoing']
        .filter((t) => c[t])
        .map((t) => `${c[t]} ${t}${t === 'new' || t === 'rising' ? named(t) : ''}`);
    if (r.resolved.length) {
        const names = r.resolved
            .slice(0, 3)
            .map((g) => `${g.priority} ${(0,markdown/* inline */.mG)((0,format/* shortDisplay */.tk)(g.title, 50))}`)
            .join('; ');
        parts.push(`${r.resolved.length} resolved (${names}${r.resolved.length > 3 ? '; …' : ''})`);
    }
    return `**Since the last run:** ${parts.join(', ') || 'nothing changed'}.`;
}
function callouts(r) {
    const lines = [];
    if (r.stats.truncated)
        lines.push('', `> [!WARNING]`, `> Collection stopped at the max-entries budget (${r.stats.truncated.limit}): ${(0,markdown/* inline */.mG)(r.stats.truncated.note)}`);
    if (r.notes?.length) {
        lines.push('', '> [!NOTE]');
        for (const n of r.notes)
            lines.push(`> ${(0,markdown/* inline */.mG)(n)}`);
    }
    if (r.failures.length) {
        lines.push('', '> [!CAUTION]', '> Part of this run failed; everything collected before the failure is below.');
        for (const f of r.failures)
            lines.push(`> - ${(0,markdown/* inline */.mG)(f)}`);
    }
    return lines;
}
function header(r, shown) {
    const q = r.query;
    const hours = Math.round((Date.parse(q.until) - Date.parse(q.since)) / 3_600_000);
    const projects = q.projects.length ? ` · project ${q.projects.map((p) => (0,markdown/* inline */.mG)(p)).join(', ')}` : '';
    const lines = [
        `# GCP Log Gardener Worklog - ${(0,markdown/* inline */.mG)(servicesShown(r))}`,
        `**${(0,format/* minute */.Vc)(q.since)} → ${(0,format/* minute */.Vc)(q.until)} UTC**${Number.isFinite(hours) ? ` (${hours} h)` : ''}${projects} · generated ${(0,format/* minute */.Vc)(r.generatedAt)} UTC  `,
    ];
    if (r.groups.length) {
        const count = (p) => r.groups.filter((g) => g.triage.priority === p).length;
        const byP = types/* PRIORITIES */.BE.filter((p) => count(p))
            .map((p) => `${(0,format/* thousands */.oh)(count(p))} ${p}`)
            .join(', ');
        const entries = `${(0,format/* thousands */.oh)(grouped(r))} of ${(0,format/* thousands */.oh)(entryAccount(r).read)} entries read ([how they add up](#summary))`;
        lines.push(`**${(0,format/* plural */.LS)(r.groups.length, 'problem')}** (${byP}) in ${entries}  `);
    }
    else
        lines.push(`${accounting(r)}  `);
    lines.push(changeLine(r, shown), ...callouts(r), '');
    // Nothing read says nothing about health: no "all clear" on no evidence.
    if (!r.groups.length)
        return [...lines, nothingInRange(r) ?? `✅ No entries at ${q.minSeverity} or above in the window.`, ''];
    if (r.groups.length > shown)
        lines.push(`The first ${shown} have a section below; the other ${(0,format/* thousands */.oh)(r.groups.length - shown)} are in [the compact table](#more).`, '');
    return lines;
}
const worklog_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Wed 20:08" within a window of up to 6 days, else "Sep 10": short, and kept on one line (no-break space). */
function cellTime(iso, r) {
    const d = new Date(iso);
    if (!Number.isFinite(d.getTime()))
        return (0,markdown/* inline */.mG)(iso);
    const days = (Date.parse(r.query.until) - Date.parse(r.query.since)) / 86_400_000;
    const text = days <= 6 ? `${worklog_DAYS[d.getUTCDay()]} ${iso.slice(11, 16)}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    return text.replace(' ', '\u00a0');
}
/** A short name for a group: its exception type when the title starts with one, else the title cut short. */
function shortName(g, max = 44) {
    const type = /^(?:\w+\.)*(\w+(?:Error|Exception|Failure|Warning)):/.exec(g.signature.title)?.[1];
    return type && evidence(g).fact ? (0,markdown/* inline */.mG)(type) : shortTitle(g, max);
}
/** The title with its key fact: "ImportError · `charge_card` missing", or the title cut short, then the fact. */
function problemCell(g, i) {
    const fact = evidence(g).fact;
    return `[${shortName(g)}](#${worklog_anchor(i)})${fact ? ` · ${fact}` : ''}`;
}
function overview(r, shown) {
    if (!shown.length)
        return [];
    const unit = bucketUnit(groupTimeline(shown[0], r.query).buckets);
    // Columns that would be empty on every row (a first run has no trends, the CLI no issues) are left out.
    const withTrend = shown.some((g) => g.trend);
    const withIssue = shown.some((g) => g.issue);
    const extra = (t, i) => `${withTrend ? ` ${t} |` : ''}${withIssue ? ` ${i} |` : ''}`;
    const lines = [`| P | Problem | Count | Seen (UTC) | Per ${unit} |${extra('Trend', 'Issue')}`, `|---|---|--:|---|---|${extra('---', '---')}`];
    shown.forEach((g, i) => {
        const title = problemCell(g, i);
        const seen = g.firstSeen.slice(0, 16) === g.lastSeen.slice(0, 16) ? cellTime(g.firstSeen, r) : `${cellTime(g.firstSeen, r)}\u00a0→\u00a0${cellTime(g.lastSeen, r)}`;
        lines.push(`| ${g.triage.priority} | ${title} | ${g.count} | ${seen} | ${(0,markdown/* code */.aY)(groupTimeline(g, r.query).spark)} |${extra(g.trend ?? '', issueLink(g))}`);
    });
    lines.push('', 'Jump to: [summary metrics](#summary) · [recommended actions](#actions) · [the query](#query)', '');
    return lines;
}
function severityLabel(g) {
    return types/* SEVERITIES */.oC.filter((s) => g.severities[s])
        .reverse()
        .map((s) => `${s} ${g.severities[s]}`)
        .join(', ');
}
/** "~14 an hour" only where a rate means something: enough entries over enough time. */
function rate(g) {
    const hours = (Date.parse(g.lastSeen) - Date.parse(g.firstSeen)) / 3_600_000;
    if (!(hours >= 2 && g.count >= 10))
        return '';
    const perHour = g.count / hours;
    return `, ~${perHour < 10 ? perHour.toFixed(1) : Math.round(perHour)} an hour`;
}
function seenLine(g, r) {
    const t = groupTimeline(g, r.query);
    const sameDay = g.firstSeen.slice(0, 10) === g.lastSeen.slice(0, 10);
    const sameMinute = g.firstSeen.slice(0, 16) === g.lastSeen.slice(0, 16);
    const last = sameMinute ? (0,format/* utc */.n$)(g.lastSeen).slice(11, 19) : sameDay ? g.lastSeen.slice(11, 16) : (0,format/* minute */.Vc)(g.lastSeen);
    const first = sameMinute ? (0,format/* utc */.n$)(g.firstSeen).slice(0, 19).replace('T', ' ') : (0,format/* minute */.Vc)(g.firstSeen);
    const span = g.count === 1 ? `${(0,format/* minute */.Vc)(g.firstSeen)} UTC, once` : `${first} → ${last} UTC, ${(0,format/* plural */.LS)(g.count, 'time')}${rate(g)}`;
    const still = stillSeen(g, r) ? ', still happening at the end of the window' : '';
    const shape = g.count > 2 ? ` · ${(0,markdown/* code */.aY)(t.spark)} ${t.peak}` : '';
    return `**Seen:** ${span}${still}${shape}  `;
}
function whereLine(g) {
    const e = g.exemplar;
    const instances = Object.keys(g.instances).length;
    const parts = [
        Object.keys(g.revisions).length ? `revisions ${(0,format/* countList */.AF)(g.revisions, 3, markdown/* inline */.mG)}` : '',
        instances ? (0,format/* plural */.LS)(instances, 'instance') : '',
        (0,format/* countList */.AF)(g.kinds, 3),
        Object.keys(g.statuses).length ? `HTTP ${(0,format/* countList */.AF)(g.statuses, 4)}` : '',
        e.logger ? `logger ${(0,markdown/* code */.aY)(e.logger)}` : '',
        e.sourceLocation?.file
            ? (0,markdown/* code */.aY)(`${e.sourceLocation.file}${e.sourceLocation.line ? `:${e.sourceLocation.line}` : ''}${e.sourceLocation.function ? ` (${e.sourceLocation.function})` : ''}`)
            : '',
        Object.keys(g.locations).length > 1 ? (0,format/* countList */.AF)(g.locations, 3, markdown/* inline */.mG) : '',
    ].filter(Boolean);
    return parts.length ? `**Where:** ${parts.join(' · ')}  ` : '';
}
function suspectLine(g) {
    const s = g.suspect;
    if (!s)
        return '';
    const since = s.revisionFirstSeen ? `, serving since ${(0,format/* minute */.Vc)(s.revisionFirstSeen)} UTC` : '';
    const commit = s.commit
        ? ` · commit ${s.commit.url ? (0,markdown/* link */.nf)(s.commit.sha.slice(0, 7), s.commit.url) : (0,markdown/* code */.aY)(s.commit.sha.slice(0, 7))}${s.commit.compareUrl ? ` (${(0,markdown/* link */.nf)('changes since the previous revision', s.commit.compareUrl)})` : ''}`
        : '';
    const order = s.order.length > 1
        ? ` · appeared on ${s.order
            .slice(0, 4)
            .map((o) => (0,markdown/* code */.aY)(o))
            .join(' → ')}${s.order.length > 4 ? ' → …' : ''}`
        : '';
    return `**Suspect deploy:** ${(0,markdown/* code */.aY)(s.revision)}${s.newest ? ' (newest revision)' : ''}, first seen there ${(0,format/* minute */.Vc)(s.firstSeen)} UTC${since}${commit}${order}  `;
}
function groupSection(g, i, r) {
    const ev = evidence(g);
    const links = [
        g.issue ? `${(0,markdown/* link */.nf)(`issue ${g.issue.number}`, g.issue.url)} (${g.issue.state})` : '',
        g.explorerUrl ? (0,markdown/* link */.nf)('Logs Explorer', g.explorerUrl) : '',
    ].filter(Boolean);
    const lines = [
        `<a name="${worklog_anchor(i)}"></a>`,
        '',
        `### ${i + 1}. [${g.triage.priority}] ${(0,markdown/* inline */.mG)(g.triage.component)}: ${(0,markdown/* inline */.mG)((0,format/* shortDisplay */.tk)(g.signature.title, 100))}`,
        `**Impact:** ${(0,markdown/* inline */.mG)(g.triage.impact)}  `,
        `**Next step:** ${ev.step}.  `,
        `**Severity:** ${severityLabel(g)} · **Priority:** ${g.triage.priority}, set by ${(0,markdown/* code */.aY)(g.triage.reason)}${g.trend ? ` · **Trend:** ${g.trend}` : ''}${links.length ? ` · ${links.join(' · ')}` : ''}  `,
        seenLine(g, r),
        whereLine(g),
        g.distributions?.length ? `**Values:** ${g.distributions.map((d) => (0,format/* distributionLine */.J)(d)).join(' · ')}  ` : '',
        suspectLine(g),
        g.triage.owners.length ? `**Owners:** ${g.triage.owners.map((o) => (0,markdown/* inline */.mG)(o)).join(', ')}  ` : '',
    ].filter(Boolean);
    lines.push('', (0,markdown/* fenced */.OF)((0,format/* wrapLines */.MT)(g.samples[0] ?? g.signature.title)), '');
    const more = g.samples.slice(1);
    const ids = [
        g.exemplar.trace ? `- Trace: ${(0,markdown/* code */.aY)(g.exemplar.trace)}` : '',
        g.exemplar.errorGroups[0] ? `- Error Reporting group: ${(0,markdown/* code */.aY)(g.exemplar.errorGroups[0])}` : '',
        `- Signature: ${g.signature.kind} ${(0,markdown/* code */.aY)(g.signature.fingerprint)}`,
    ].filter(Boolean);
    const summary = more.length ? `${(0,format/* plural */.LS)(more.length, 'more example')}, trace and signature` : 'Trace and signature';
    lines.push(`<details><summary>${summary}</summary>`, '');
    for (const s of more)
        lines.push((0,markdown/* fenced */.OF)((0,format/* wrapLines */.MT)(s)), '');
    lines.push(...ids, '', '</details>', '', '---', '');
    return lines;
}
/** The groups past the limit, one row each, until the byte budget; what did not fit is counted. */
function compactTable(rest, offset, budget) {
    if (!rest.length)
        return [];
    const lines = [
        '<a name="more"></a>',
        '',
        `## 📋 MORE GROUPS (${(0,format/* thousands */.oh)(rest.length)}, one line each)`,
        '',
        '| # | P | Component | Problem | Count | Last seen (UTC) | Issue |',
        '|--:|---|---|---|--:|---|---|',
    ];
    let bytes = 0;
    let shown = 0;
    for (const g of rest) {
        const row = `| ${offset + shown + 1} | ${g.triage.priority} | ${(0,markdown/* cell */.Hn)((0,markdown/* shorten */.ml)(g.triage.component, 24))} | ${(0,markdown/* cell */.Hn)((0,format/* shortDisplay */.tk)(g.signature.title, 60))} | ${g.count} | ${(0,format/* shortTime */.Mj)(g.lastSeen)} | ${issueLink(g)} |`;
        bytes += Buffer.byteLength(row) + 1;
        if (bytes > budget)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < rest.length)
        lines.push('', `${(0,format/* thousands */.oh)(rest.length - shown)} more groups are left out to keep this page readable; the JSON report lists every group.`);
    return [...lines, '', '---', ''];
}
function metrics(r, components, limit) {
    const lines = [
        '<a name="summary"></a>',
        '',
        '## 📊 SUMMARY METRICS',
        '',
        `${accounting(r)}.`,
        '',
        '### Error Distribution',
        '| Severity | Entries | Groups | Primary Component |',
        '|---|--:|--:|---|',
    ];
    for (const s of [...types/* SEVERITIES */.oC].reverse()) {
        const count = r.bySeverity[s];
        if (!count)
            continue;
        const comps = {};
        let groups = 0;
        for (const g of r.groups) {
            if (!g.severities[s])
                continue;
            groups++;
            comps[g.triage.component] = (comps[g.triage.component] ?? 0) + (g.severities[s] ?? 0);
        }
        lines.push(`| **${s}** | ${count} | ${groups} | ${(0,format/* topKeys */.sb)(comps, 3)
            .map((c) => (0,markdown/* cell */.Hn)(c))
            .join(', ') || 'None identified'} |`);
    }
    lines.push(`| **Total** | ${grouped(r)} | ${r.groups.length} | |`);
    lines.push('', '### Groups by Priority', '| Priority | Groups | Entries |', '|---|--:|--:|');
    for (const p of types/* PRIORITIES */.BE) {
        const gs = r.groups.filter((g) => g.triage.priority === p);
        lines.push(`| ${p} | ${gs.length} | ${gs.reduce((n, g) => n + g.count, 0)} |`);
    }
    lines.push(`| **Total** | ${r.groups.length} | ${grouped(r)} |`);
    const chart = severityChart(r);
    if (chart)
        lines.push('', '### Severity Over Time', '', chart);
    lines.push('', '### Service Health Status');
    const quiet = nothingInRange(r);
    const health = quiet ? { components: [], unattributed: [] } : serviceHealth(r, components);
    if (quiet)
        lines.push('- Unknown: 0 entries in range.');
    for (const h of health.components)
        lines.push(`- **${(0,markdown/* inline */.mG)(h.component)}:** ${STATUS_WORD[h.status]} (${h.note})`);
    if (health.unattributed.length) {
        const worst = health.unattributed[0].triage.priority;
        const index = new Map(r.groups.map((g, i) => [g, i]));
        const named = health.unattributed.slice(0, 3).map((g) => {
            const i = index.get(g) ?? limit;
            return i < limit ? `[${shortName(g, 30)}](#${worklog_anchor(i)})` : shortName(g, 30);
        });
        lines.push(`- Not tied to a component (${(0,format/* plural */.LS)(health.unattributed.length, 'group')}, worst ${worst}: ${named.join(', ')}${health.unattributed.length > 3 ? ', …' : ''}): ` +
            "name one in the config's `components` to track it here.");
    }
    if (!r.groups.length && !components.length && !quiet)
        lines.push(`- All components: ${STATUS_WORD.operational} (no warnings or errors in the window)`);
    if (!quiet)
        lines.push(`- Scale: ${STATUS_WORD.failing} a P0 problem · ${STATUS_WORD.degraded} P1 · ${STATUS_WORD.minor} P2 or P3 only`);
    lines.push('', '---', '');
    return lines;
}
function actions(shown, total) {
    const lines = ['<a name="actions"></a>', '', '## 🎯 RECOMMENDED ACTIONS', ''];
    for (const p of types/* PRIORITIES */.BE) {
        const here = shown.map((g, i) => ({ g, i })).filter(({ g }) => g.triage.priority === p);
        if (!here.length)
            continue;
        lines.push(`### ${PRIORITY_HEADINGS[p]}`);
        for (const { g, i } of here)
            lines.push(`- [${shortName(g, 40)}](#${worklog_anchor(i)}): ${evidence(g).step}.${g.issue ? ` Issue ${issueLink(g)}.` : ''}`);
        lines.push('');
    }
    if (!shown.length)
        lines.push('Nothing to do: no groups in this window.', '');
    if (total > shown.length)
        lines.push(`The ${total - shown.length} groups in [the compact table](#more) get no action line: open their issues or rerun with a narrower window.`, '');
    lines.push('---', '');
    return lines;
}
function issueNotes(r) {
    const n = r.issues;
    if (!n || (!n.notFiled.length && !n.possibleDuplicates.length))
        return [];
    const lines = ['## 🗂️ GITHUB ISSUES LEFT FOR A PERSON', ''];
    if (n.notFiled.length) {
        lines.push('**Not filed this run:**');
        for (const g of n.notFiled)
            lines.push(`- [${g.priority}] ${(0,markdown/* inline */.mG)((0,format/* displayTitle */.xU)(g.title))}${g.note ? ` (${(0,markdown/* inline */.mG)(g.note)})` : ''}`);
        lines.push('');
    }
    if (n.possibleDuplicates.length) {
        lines.push('**Possibly already filed by someone (not acted on: check them by hand):**');
        for (const g of n.possibleDuplicates) {
            const candidates = g.candidates.map((c) => (0,markdown/* link */.nf)(`issue ${c.number}: ${c.title}`, c.url)).join('; ');
            lines.push(`- [${g.priority}] ${(0,markdown/* inline */.mG)((0,format/* displayTitle */.xU)(g.title))}: ${candidates}`);
        }
        lines.push('');
    }
    return [...lines, '---', ''];
}
function issueStep(r, mode) {
    const filed = r.groups.filter((g) => g.issue && g.issue.state !== 'skipped').length;
    if (filed)
        return `GitHub issues: ${(0,format/* plural */.LS)(filed, 'group')} linked to issues (links in the table above).`;
    if (mode === 'dry-run')
        return 'GitHub issues: this was a dry run, so nothing was filed; run without `dry-run` to file them.';
    if (mode === 'on')
        return 'GitHub issues: none were filed or updated this run (see the notes above).';
    if (mode === 'off')
        return 'GitHub issues: the action files one issue per group when its `create-issues` input is `true`.';
    if (mode === 'unavailable')
        return 'GitHub issues: none filed: this run had no `github-token` or repository to file them in.';
    return 'GitHub issues: none filed by this run (the command line only writes files; the GitHub Action files them).';
}
function nextSteps(r, mode) {
    const steps = [];
    const top = r.groups[0];
    if (top)
        steps.push(`Start with [${top.triage.priority} ${shortName(top, 40)}](#${worklog_anchor(0)}): ${evidence(top).step}.`);
    if (r.groups.length)
        steps.push(issueStep(r, mode), 'Re-run after a fix: a group absent from the next window is reported as resolved.');
    if (r.stats.malformed.length)
        steps.push(`Check the export: ${r.stats.malformed.length} entries could not be read (first at position ${r.stats.malformed[0].position}: ${(0,markdown/* inline */.mG)(r.stats.malformed[0].reason)}).`);
    if (!steps.length)
        return [];
    return ['## 📋 NEXT STEPS', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', '---', ''];
}
function footer(r) {
    return [
        '<a name="query"></a>',
        '',
        `**Generated by:** GCP Log Gardener v${r.tool.version} (signatures ${r.tool.signer}) at ${(0,format/* utc */.n$)(r.generatedAt)}  `,
        `**Analysis Status:** ${r.failures.length ? 'PARTIAL: see the failures at the top' : 'COMPLETE'}  `,
        `**Source:** ${r.source.kind === 'file' ? `file ${(0,markdown/* code */.aY)(r.source.path ?? '-')}` : r.source.kind === 'bigquery' ? `BigQuery ${(0,markdown/* code */.aY)(r.source.path ?? '')}` : 'Cloud Logging API'}, ${(0,format/* utc */.n$)(r.query.since)} to ${(0,format/* utc */.n$)(r.query.until)}`,
        '',
        '**Filter:**',
        '',
        (0,markdown/* fenced */.OF)(wrapFilter(r.query.filter)),
        '',
        '**Collection Command:**',
        '',
        (0,markdown/* fenced */.OF)(wrapCommand(r.query.gcloudCommand), 'sh'),
        '',
    ];
}
function renderWorklog(r, options = {}) {
    const limit = Math.max(0, options.maxGroups ?? DEFAULT_MAX_GROUPS);
    const shown = r.groups.slice(0, limit);
    const head = [...header(r, shown.length), ...overview(r, shown), '---', ''];
    if (shown.length)
        head.push('## 🚨 ISSUES DISCOVERED', '');
    shown.forEach((g, i) => head.push(...groupSection(g, i, r)));
    const tail = [
        ...metrics(r, options.components ?? [], limit),
        ...actions(shown, r.groups.length),
        ...issueNotes(r),
        ...nextSteps(r, options.issues),
        ...footer(r),
    ];
    const used = Buffer.byteLength(head.join('\n')) + Buffer.byteLength(tail.join('\n'));
    // What the other parts leave of the size cap, less room for the table's heading and its closing note.
    const budget = MAX_WORKLOG_BYTES - used - 1_000;
    return [...head, ...compactTable(r.groups.slice(limit), limit, budget), ...tail].join('\n');
}

;// CONCATENATED MODULE: ./src/gate.ts




/** The previous report's groups as known groups (source "none" without a previous report). */
function knownFromReport(previous) {
    if (!previous)
        return { source: 'none', fingerprints: new Set() };
    return { source: 'previous report', fingerprints: new Set(previous.groups.flatMap((g) => [g.signature.fingerprint, ...(g.signature.aliases ?? [])])) };
}
function knownLine(known) {
    const n = known.fingerprints.size;
    if (known.source === 'none')
        return 'Nothing is known yet (no readable issues of the action, no previous report): every group counts as new.';
    const from = known.source === 'issues' ? "action's issues (open and closed)" : 'previous report';
    return `Known groups from the ${from}: ${n} fingerprint${n === 1 ? '' : 's'}${n ? '' : ', so every group counts as new'}.`;
}
const isKnown = (g, known) => [g.signature.fingerprint, ...(g.signature.aliases ?? [])].some((fp) => known.fingerprints.has(fp));
function evaluateGate(report, failOn, newOnly = false, known) {
    if (failOn === 'none')
        return { failed: false, groups: [], text: 'Gate off (fail-on: none).' };
    const atOrAbove = report.groups.filter((g) => (0,types/* priorityRank */.Dk)(g.triage.priority) <= (0,types/* priorityRank */.Dk)(failOn));
    const groups = !newOnly ? atOrAbove : known ? atOrAbove.filter((g) => !isKnown(g, known)) : (0,trend/* newGroupsAtOrAbove */.AS)(report, failOn);
    const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
    const source = newOnly && known ? ` ${knownLine(known)}` : '';
    if (!groups.length)
        return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.${source}` };
    const names = groups
        .slice(0, 10)
        .map((g) => `[${g.triage.priority}] ${(0,markdown/* shorten */.ml)(g.signature.title, 120)}${(0,suspect/* suspectText */.nx)(g) ? ` (${(0,markdown/* shorten */.ml)((0,suspect/* suspectText */.nx)(g), 200)})` : ''}`)
        .join('; ');
    const more = groups.length > 10 ? '; ...' : '';
    const text = `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${more}${source ? `.${source}` : ''}`;
    return { failed: true, groups, text };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/publish/files.ts
// Writes the worklog and the JSON report to a local folder. The report is written group by group
// through one buffer, so its text never exists whole beside the report object; groups past the first
// DETAILED_GROUPS keep bounded detail there, and the report says so.



/** Groups (in report order: priority, then count) written with all their detail. */
const DETAILED_GROUPS = 200;
const COMPACT_CHARS = 300;
const COMPACT_VALUES = 3;
const files_clip = (s) => (s.length > COMPACT_CHARS ? `${s.slice(0, COMPACT_CHARS - 1)}…` : s);
/** A group with bounded detail: one short sample, a short exemplar, the top values of each field, no
 * Logs Explorer link (the worklog has it); every count and what a later run reads back stays. */
function compactGroup(g) {
    const e = g.exemplar;
    // Copied key by key: a rest pattern would read the link (made anew on every read) only to drop it.
    const rest = {};
    for (const k of Object.keys(g))
        if (k !== 'explorerUrl')
            rest[k] = g[k];
    return {
        ...rest,
        samples: g.samples.slice(0, 1).map(files_clip),
        exemplar: { ...e, message: files_clip(e.message), ...(e.stackTrace === undefined ? {} : { stackTrace: files_clip(e.stackTrace) }) },
        ...(g.distributions
            ? {
                distributions: g.distributions.map((d) => {
                    const values = d.values.slice(0, COMPACT_VALUES);
                    return { ...d, values, other: d.other + d.values.slice(COMPACT_VALUES).reduce((n, v) => n + v.count, 0) };
                }),
            }
            : {}),
    };
}
function cutNote(report) {
    const cut = report.groups.length - DETAILED_GROUPS;
    if (cut <= 0)
        return undefined;
    return (`This report keeps full detail for the first ${DETAILED_GROUPS} groups (by priority, then count); the other ${cut}, one a line, keep one sample, ` +
        `the first ${COMPACT_CHARS} characters of their exemplar, the top ${COMPACT_VALUES} values of each field and no Logs Explorer link.`);
}
/** The report's JSON text in pieces, laid out as JSON.stringify(report, null, 2) + "\n" would be, but
 * for compact groups on one line each. */
function* reportChunks(report) {
    const note = cutNote(report);
    const shown = note ? { ...report, notes: [...(report.notes ?? []), note] } : report;
    const keys = Object.keys(shown).filter((k) => shown[k] !== undefined);
    yield '{';
    for (const [i, key] of keys.entries()) {
        const comma = i < keys.length - 1 ? ',' : '';
        yield `\n  ${JSON.stringify(key)}: `;
        if (key !== 'groups') {
            yield JSON.stringify(shown[key], null, 2).replace(/\n/g, '\n  ') + comma;
            continue;
        }
        if (shown.groups.length === 0) {
            yield '[]' + comma;
            continue;
        }
        yield '[';
        for (const [j, g] of shown.groups.entries()) {
            const text = j < DETAILED_GROUPS ? JSON.stringify(g, null, 2).replace(/\n/g, '\n    ') : JSON.stringify(compactGroup(g));
            yield `\n    ${text}${j < shown.groups.length - 1 ? ',' : ''}`;
        }
        yield '\n  ]' + comma;
    }
    yield '\n}\n';
}
/** The report's JSON text whole, for where a string is needed (a commit through the API). */
function reportText(report) {
    let out = '';
    for (const piece of reportChunks(report))
        out += piece;
    return out;
}
/** Bytes written at a time; a piece is copied in whole, up to 3 bytes a character. */
const WRITE_BUFFER = 1 << 17;
/** `bytes[0, length)` to the file, however many writes the system takes. */
function writeAll(fd, bytes, length = bytes.length) {
    for (let at = 0; at < length;)
        at += (0,external_node_fs_.writeSync)(fd, bytes, at, length - at);
}
/**
 * The report's pieces copied into one buffer and written from it, synchronously: a stream turned each
 * piece into a Buffer of its own, freed only by a collection, 6 to 11 MiB at the end of a 10,000-group
 * run, where its memory peaks. The run has nothing else to do meanwhile.
 */
function writeReport(path, report) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    try {
        const buf = Buffer.allocUnsafe(WRITE_BUFFER);
        let used = 0;
        for (const piece of reportChunks(report)) {
            if (used + 3 * piece.length > WRITE_BUFFER) {
                writeAll(fd, buf, used);
                used = 0;
                if (3 * piece.length > WRITE_BUFFER) {
                    writeAll(fd, Buffer.from(piece));
                    continue;
                }
            }
            used += buf.write(piece, used);
        }
        writeAll(fd, buf, used);
    }
    catch (e) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
            // The write's error is the one that says what went wrong.
        }
        throw e;
    }
    (0,external_node_fs_.closeSync)(fd);
}
/** Writes both files; `json` is the report (streamed) or its text when it was already made. */
async function writeOutputs(outputDir, paths, markdown, json) {
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const worklog = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.markdown));
    const report = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.json));
    await (0,promises_.writeFile)(worklog, markdown);
    if (typeof json === 'string')
        await (0,promises_.writeFile)(report, json);
    else
        writeReport(report, json);
    return { worklog, report };
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/run.ts




















const quiet = { info: () => { }, warning: () => { } };
const servicesOf = (groups) => [...new Set(groups.flatMap((g) => Object.keys(g.services)))].sort();
const EXPORT_FIX = 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line';
async function build(settings, options = {}) {
    // A file (or standard input) is read, parsed and redacted on a thread of its own (started with this worker)
    // while this one groups.
    const thread = settings.inputFile ? (0,front_thread.startFrontThread)() : undefined;
    try {
        return await buildWith(settings, options, thread);
    }
    finally {
        thread?.stop();
    }
}
async function buildWith(settings, options, thread) {
    const now = options.now ?? new Date();
    const env = options.env ?? process.env;
    const log = options.log ?? quiet;
    const config = await loadConfig(settings.configPath, { explicit: settings.configPath !== DEFAULT_CONFIG_PATH });
    for (const w of expiredIgnoreWarnings(config, now))
        log.warning(w);
    // In file mode the services are known only once the export is read (see below).
    let previous = settings.previousReport
        ? await (0,trend/* loadPreviousReport */.ap)(settings.previousReport)
        : settings.inputFile
            ? undefined
            : await options.findPrevious?.(settings.services);
    // The previous run's groups seed this run's templates (same fingerprints) and, from an older
    // signer version, become aliases of the groups their entries fall into now.
    const signer = createSigner({ fingerprints: config.fingerprints, masks: config.masks, previous: previous?.groups });
    let source;
    const scope = settings.inputFile ? (0,file_scope/* fileScope */.t)(settings, now) : undefined;
    if (settings.inputFile) {
        await (0,file_source/* checkReadable */.ro)(settings.inputFile, 'input');
        source = (0,file_source/* fileSource */.IO)(settings.inputFile, options.stdin);
    }
    else {
        if (!options.openCloudSource)
            throw new errors/* InputError */.d('input', 'no log file given and Cloud Logging is not available here', 'set input to a `gcloud logging read --format=json` export');
        source = await options.openCloudSource(settings, env);
    }
    const redaction = {
        emails: config.redact.emails,
        ips: config.redact.ips,
        extraPatterns: config.redact.patterns,
        extraPatternsInput: `${settings.configPath}: redact.patterns`,
    };
    // Built here in any case: it checks the user's patterns, screens every text and redacts what is not answered.
    const local = (0,redact/* createRedactor */.lY)(redaction);
    const redactor = (0,redact_thread.portRedactor)((0,redact_thread.servingParent)(), redaction, local);
    const collected = await collect({
        source,
        front: thread && scope ? thread.front({ settings, now, redaction }, local) : undefined,
        signer,
        redactor,
        ignore: ignoreMatcher(config, now),
        // Cloud Logging applies the time range and services server-side; a file run applies what was asked for.
        inScope: scope?.inScope,
        // Cloud Logging's severity filter is wider on purpose (plain stderr lines, so that split tracebacks
        // can be joined): the same rule applies to both sources after joining.
        admit: (r) => atOrAbove(r, settings.minSeverity),
        // A file run finds its previous report by the services the export holds, known only now; the
        // signer takes its groups before templates settle, as it does when the previous report comes first.
        beforeSettle: scope && !settings.previousReport && options.findPrevious
            ? async (groups) => {
                previous = await options.findPrevious?.(settings.services.length ? settings.services : servicesOf(groups));
                if (previous)
                    signer.addPrevious(previous.groups);
            }
            : undefined,
    }).finally(() => redactor.close());
    const { stats } = collected;
    if (scope && stats.entries === 0 && collected.failures.length === 0) {
        if (stats.malformed.length > 0) {
            const first = stats.malformed[0];
            throw new errors/* InputError */.d('input', `no log entry could be read from ${settings.inputFile} (${stats.malformed.length} malformed; entry ${first.position}: ${first.reason})`, EXPORT_FIX);
        }
        if (!settings.allowEmpty) {
            const problem = `${settings.inputFile} holds no log entries, which is what a failed export leaves (\`gcloud logging read ... > logs.json\` writes nothing when gcloud fails)`;
            throw new errors/* InputError */.d('input', problem, "check the export command's output and re-run it; set allow-empty: true when an empty export is expected");
        }
    }
    for (const m of stats.malformed.slice(0, 5))
        log.warning(`input: entry ${m.position} skipped: ${m.reason}`);
    if (stats.malformed.length > 5)
        log.warning(`input: ${stats.malformed.length - 5} more malformed entries skipped`);
    for (const f of collected.failures)
        log.warning(f);
    // A file run describes what it applied: the range asked for, or else what the export holds.
    const span = collected.span;
    const seenServices = servicesOf(collected.groups);
    const seenProjects = [...new Set(collected.groups.map((g) => g.exemplar.project).filter((p) => Boolean(p)))].sort();
    const described = scope
        ? {
            ...settings,
            services: settings.services.length ? settings.services : seenServices,
            projects: settings.projects.length ? settings.projects : seenProjects,
            since: scope.since ?? (span ? new Date(span.first) : undefined),
            until: scope.until ?? (span ? new Date(Date.parse(span.last) + 1000) : undefined),
        }
        : settings;
    const cloudQuery = (0,gcp_query/* buildQuery */.Zq)(described, now);
    // A source that ran something else than the Cloud Logging filter (BigQuery SQL) describes it itself.
    const query = scope ? { ...cloudQuery, filter: scope.filter } : (source.query ?? cloudQuery);
    // Cloud Logging keeps 30 days in the _Default bucket: a longer window reads less than it says.
    const retention = scope || source.kind === 'bigquery' ? undefined : retentionWarning(new Date(query.since), now);
    const built = buildReport(collected, {
        query,
        source: scope
            ? { kind: 'file', path: settings.inputFile }
            : source.kind === 'bigquery'
                ? { kind: 'bigquery', path: source.path }
                : { kind: 'cloud-logging' },
        config,
        signerVersion: signer.version,
        now,
    });
    const compared = (0,trend/* compareWithPrevious */.RK)(retention ? { ...built, notes: [...(built.notes ?? []), retention] } : built, previous);
    const report = (0,suspect/* settleSuspects */.UN)(compared, collected.revisions ?? [], previous, (0,suspect/* repositoryUrl */.Ek)(env));
    linkGroups(report.groups, (g) => (0,gcp_query/* explorerUrl */.fE)(cloudQuery, g));
    for (const n of report.notes ?? [])
        log.warning(n);
    // What the source says about itself (a dry run's estimate) is information, not a warning.
    for (const n of source.notes ?? [])
        log.info(n);
    if (source.notes?.length)
        report.notes = [...(report.notes ?? []), ...source.notes];
    const known = settings.failOnNewOnly && settings.failOn !== 'none' ? ((await options.knownGroups?.()) ?? knownFromReport(previous)) : undefined;
    return {
        report,
        gate: evaluateGate(report, settings.failOn, settings.failOnNewOnly, known),
        // The name the worklog is committed under (the run in it), so the local file bears it too.
        repoPaths: (0,paths/* worklogPaths */.AK)(settings.worklogPath, report, (0,paths/* runName */.rt)(env)),
        components: config.components.map((c) => c.name),
    };
}
/**
 * The worklog and the JSON report of the final report, rendered once and written to output-dir under
 * `paths` (the name the GitHub step found free on the branch, else the built one).
 */
async function finish(built, report, outputDir, issues, paths = built.repoPaths) {
    const markdown = renderWorklog(report, { components: built.components, issues });
    // The report is streamed to its file; its whole text is made only when asked for (a commit through the API).
    const files = await writeOutputs(outputDir, paths, markdown, report);
    let json;
    return {
        report,
        markdown,
        get json() {
            return (json ??= reportText(report));
        },
        files,
    };
}
/** build() then finish(): the CLI's run, and the action's when GitHub is left out. */
async function run(settings, options = {}) {
    const built = await build(settings, options);
    // Not spread: that would make the report's text, which finish() leaves unmade until asked for.
    return Object.assign(await finish(built, built.report, settings.outputDir), { gate: built.gate });
}

;// CONCATENATED MODULE: ./src/render/summary.ts




const MAX_ROWS = 50;
function renderSummary(r, gate, paths) {
    const lines = [
        `## GCP Log Gardener: ${(0,markdown/* inline */.mG)(servicesShown(r))}`,
        '',
        `${r.stats.entries} entries, ${r.groups.length} groups, ${r.query.since} to ${r.query.until}. ` +
            types/* PRIORITIES */.BE.map((p) => `${p}: ${r.byPriority[p]}`).join(' · '),
        '',
    ];
    if (gate.failed)
        lines.push(`> [!CAUTION]`, `> ${(0,markdown/* inline */.mG)(gate.text)}`, '');
    else
        lines.push(`${(0,markdown/* inline */.mG)(gate.text)}`, '');
    for (const f of r.failures)
        lines.push(`- ❌ ${(0,markdown/* inline */.mG)(f)}`);
    if (r.failures.length)
        lines.push('');
    if (r.groups.length) {
        lines.push('| Priority | Component | Problem | Count | Last seen | Issue |', '|---|---|---|---|---|---|');
        for (const g of r.groups.slice(0, MAX_ROWS)) {
            const issue = g.issue ? `[${g.issue.number}](${g.issue.url}) ${g.issue.state}` : '';
            lines.push(`| ${g.triage.priority} | ${(0,markdown/* cell */.Hn)(g.triage.component)} | ${(0,markdown/* cell */.Hn)((0,format/* displayTitle */.xU)(g.signature.title), 140)} | ${g.count} | ${g.lastSeen} | ${issue} |`);
        }
        if (r.groups.length > MAX_ROWS) {
            lines.push('', `This table shows the ${MAX_ROWS} most urgent of ${r.groups.length} groups; the other ${r.groups.length - MAX_ROWS} are in the worklog ` +
                `(a section for each of its first ${DEFAULT_MAX_GROUPS}, then one line each, as many as fit in 2 MB) and every group in the JSON report.`);
        }
    }
    lines.push('', `Worklog: ${(0,markdown/* code */.aY)(paths.worklog)} · report: ${(0,markdown/* code */.aY)(paths.report)}`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/conclude.ts
// What a finished run amounts to: the action's outputs, the job summary, the messages, the failure
// line and the exit code. Pure, so the action, the CLI and the tests agree by construction.



/** The job summary holds at most 1 MiB; 349,525 UTF-16 units stay under it even at 3 bytes each. */
const SUMMARY_LIMIT = 349_525;
function conclude(o) {
    const r = o.report;
    const gh = o.github;
    const failures = [...r.failures, ...(gh?.failures ?? [])];
    const outputs = [
        ['entry-count', r.stats.entries],
        ['group-count', r.groups.length],
        ...types/* PRIORITIES */.BE.map((p) => [`${p.toLowerCase()}-count`, r.byPriority[p]]),
        ['highest-priority', r.highestPriority],
        ['worklog-path', o.files.worklog],
        ['report-path', o.files.report],
        ['gate-failed', o.gate.failed],
        ['failures', failures.length],
        ['issues-created', gh?.created ?? 0],
        ['issues-updated', gh ? gh.updated + gh.reopened + gh.adopted : 0],
        ['worklog-url', gh?.worklogUrl ?? ''],
        ['comment-url', gh?.commentUrl ?? ''],
    ];
    const outside = r.stats.outOfRange ? ` (${r.stats.outOfRange} outside the filter)` : '';
    const tally = types/* PRIORITIES */.BE.map((p) => `${p}: ${r.byPriority[p]}`).join(', ');
    const messages = [{ level: 'info', text: `Read ${r.stats.entries} entries${outside} into ${r.groups.length} groups (${tally}).` }];
    if (gh) {
        messages.push(...gh.notices.map((text) => ({ level: 'notice', text })));
        const verb = gh.dryRun ? 'would file' : 'filed';
        const did = `${verb} ${gh.created}, updated ${gh.updated}, reopened ${gh.reopened}, adopted ${gh.adopted}, left ${gh.skipped}`;
        // No plan from issues that were never read (GitHub down): the failure line says why.
        if (gh.read !== false)
            messages.push({ level: 'info', text: `GitHub: ${did}.` });
    }
    messages.push({ level: 'info', text: `Worklog: ${o.files.worklog}` });
    messages.push(...failures.map((text) => ({ level: 'error', text })));
    let failure;
    if (failures.length) {
        const parts = `${failures.length} part${failures.length === 1 ? '' : 's'}`;
        failure = `Partial failure: ${parts} of the run failed (listed above); the worklog holds everything collected.${o.gate.failed ? ` ${o.gate.text}` : ''}`;
    }
    else if (o.gate.failed)
        failure = o.gate.text;
    else
        messages.push({ level: 'info', text: o.gate.text });
    const shown = gh?.failures.length ? { ...r, failures } : r;
    return {
        outputs,
        summary: (0,truncate/* truncateBody */.N)(renderSummary(shown, o.gate, o.files), SUMMARY_LIMIT).body,
        messages,
        failure,
        exitCode: failures.length ? 1 : o.gate.failed ? 2 : 0,
    };
}

// EXTERNAL MODULE: ./src/safety/unicode.ts
var unicode = __webpack_require__(9489);
;// CONCATENATED MODULE: ./src/main.ts








/** Config problems come one to a line; every other error is one line. */
function errorText(e) {
    if (e instanceof errors/* InputError */.d)
        return e.message;
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
}
const wantsGitHub = (s) => s.createIssues || s.commitWorklog || s.prComment;
/** A local run (no token or repository) never loads the GitHub client. */
async function defaultTarget(settings, env, notice) {
    if (!wantsGitHub(settings))
        return undefined;
    if (!settings.githubToken || !(env.GITHUB_REPOSITORY ?? '').includes('/')) {
        notice('GitHub step skipped: no github-token or GITHUB_REPOSITORY (local run). The worklog is written locally only.');
        return undefined;
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 75439))).githubTarget(settings, env, notice);
}
/** One action run, in stages; what it amounts to reaches `core` through conclude(). */
async function garden(settings, deps) {
    const { core } = deps;
    const env = deps.env ?? process.env;
    const now = deps.now ?? new Date();
    const target = await (deps.githubTarget ?? defaultTarget)(settings, env, (m) => core.info(m));
    const step = target ? await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 75439)) : undefined;
    const built = await build(settings, {
        env,
        now,
        log: { info: (m) => core.info(m), warning: (m) => core.warning((0,unicode/* cleanText */.X)(m)) },
        openCloudSource: deps.openCloudSource ?? (async (s, e) => (await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 75930))).openGoogleSource(s, e, now, { clock: (0,clock/* clockFromEnv */.iQ)(e) })),
        findPrevious: target && step ? (services) => step.previousFromRepository(target, settings, services, (m) => core.warning((0,unicode/* cleanText */.X)(m))) : undefined,
        knownGroups: target && step ? () => step.knownFromIssues(target, settings, (m) => core.warning((0,unicode/* cleanText */.X)(m))) : undefined,
    });
    // Object.assign, not a spread: a spread would make the report's text, which finish() leaves unmade.
    if (!target || !step)
        return Object.assign(await finish(built, built.report, settings.outputDir, settings.createIssues ? 'unavailable' : 'off'), { gate: built.gate });
    const published = await step.publishStep(built, settings, target, env, (issues, paths) => finish(built, withIssues(built.report, issues), settings.outputDir, settings.dryRun ? 'dry-run' : settings.createIssues ? 'on' : 'off', paths));
    if (settings.errorReportingLink && !settings.dryRun)
        await linkErrorGroups(published.finished.report, settings, env, core);
    return Object.assign(published.finished, { gate: built.gate, github: published.github, published: published.result });
}
/** Error Reporting's console links each filed issue; a failure there is a warning, never a failed run. */
async function linkErrorGroups(report, settings, env, core) {
    const linked = await (await __webpack_require__.e(/* import() */ 239).then(__webpack_require__.bind(__webpack_require__, 52239))).linkErrorGroups(report, settings, env);
    for (const f of linked.failures)
        core.warning((0,unicode/* cleanText */.X)(f));
    if (linked.linked.length)
        core.info(`Error Reporting: linked ${linked.linked.length} error group${linked.linked.length === 1 ? '' : 's'} to their issues.`);
}
/** Tells the runner what the run amounted to: outputs, summary, messages, failure. */
async function report(core, outcome) {
    const c = conclude(outcome);
    for (const [name, value] of c.outputs)
        core.setOutput(name, value);
    await core.summary.addRaw((0,unicode/* cleanText */.X)(c.summary)).write();
    // Workflow commands carry log text: well-formed, no bidi or C1 controls (src/safety/unicode.ts).
    for (const m of c.messages)
        core[m.level]((0,unicode/* cleanText */.X)(m.text));
    if (c.failure)
        core.setFailed((0,unicode/* cleanText */.X)(c.failure));
}
async function main(deps) {
    const { core } = deps;
    try {
        const settings = readSettings((name) => core.getInput(name), deps.env ?? process.env);
        if (settings.githubToken)
            for (const s of (0,redact/* maskForActions */.PA)(settings.githubToken))
                core.setSecret(s);
        await report(core, await garden(settings, deps));
    }
    catch (e) {
        if (!(e instanceof errors/* InputError */.d))
            core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
        core.setFailed(errorText(e));
    }
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ worklogPaths),
/* harmony export */   jq: () => (/* binding */ serviceKey),
/* harmony export */   rt: () => (/* binding */ runName)
/* harmony export */ });
/** A value made safe for one path segment. */
const pathPart = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'x';
/** What {service} stands for: the one service, or "multi", or "all". */
function serviceKey(services) {
    return services.length === 1 ? pathPart(services[0]) : services.length ? 'multi' : 'all';
}
/** The workflow run of this process (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), if any. */
function runName(env) {
    return env.GITHUB_RUN_ID ? { id: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT } : undefined;
}
/**
 * Fills {service}, {timestamp} and {date} from the report; each value made safe for a path. With a
 * run, "-run<id>.<attempt>" goes after the name (names still sort by their timestamp).
 */
function worklogPaths(template, report, run) {
    const at = new Date(report.generatedAt);
    const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
    const named = template
        .replace(/\{service\}/g, serviceKey(report.query.services))
        .replace(/\{timestamp\}/g, iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'))
        .replace(/\{date\}/g, iso.slice(0, 10))
        .replace(/^\/+/, '');
    const suffix = run ? `-run${pathPart(run.id)}.${pathPart(run.attempt ?? '1')}` : '';
    const markdown = /\.md$/i.test(named) ? named.replace(/\.md$/i, `${suffix}.md`) : `${named}${suffix}`;
    const json = /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
    return { markdown, json };
}


/***/ }),

/***/ 71509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ countList),
/* harmony export */   J: () => (/* binding */ distributionLine),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MT: () => (/* binding */ wrapLines),
/* harmony export */   Mj: () => (/* binding */ shortTime),
/* harmony export */   Vc: () => (/* binding */ minute),
/* harmony export */   n$: () => (/* binding */ utc),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   sb: () => (/* binding */ topKeys),
/* harmony export */   tk: () => (/* binding */ shortDisplay),
/* harmony export */   xU: () => (/* binding */ displayTitle)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31373);
// Small formatting helpers shared by the renderers.


/** Keys sorted by count, at most `max`. */
function topKeys(counts, max = 5) {
    return Object.entries(counts)
        .filter((e) => e[1] !== undefined)
        .sort((a, b) => b[1] - a[1] || (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a[0], b[0]))
        .slice(0, max)
        .map(([k]) => k);
}
/** "a 3, b 1, 2 more" sorted by count, at most `max` keys. */
function countList(counts, max = 5, fmt = (k) => k) {
    const keys = topKeys(counts, max);
    const rest = Object.keys(counts).length - keys.length;
    const parts = keys.map((k) => `${fmt(k)} ${counts[k]}`);
    if (rest > 0)
        parts.push(`${rest} more`);
    return parts.join(', ');
}
/**
 * A template's placeholders as an ellipsis: "<*>" reads as noise raw and as "&lt;\*&gt;" in the
 * markdown source, "…" reads the same both ways.
 */
function displayTitle(title) {
    return title.replace(/<\*>/g, '…').replace(/…(\s*…)+/g, '…');
}
/** A display title cut to `max` characters, without a dangling separator before the ellipsis. */
function shortDisplay(title, max) {
    return (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(displayTitle(title), max)
        .replace(/[\s:;,.…]*…$/, '…')
        .replace(/…+/g, '…');
}
/** "2025-09-10 20:08" */
function minute(iso) {
    return iso.slice(0, 16).replace('T', ' ');
}
/** "09-10 20:08": enough for a table of one window. */
function shortTime(iso) {
    return iso.slice(5, 16).replace('T', ' ');
}
function utc(iso) {
    return iso.replace(/\.\d{3}Z$/, 'Z');
}
/**
 * A count with commas between thousands, as toLocaleString('en-US') writes it. Written out because the
 * first toLocaleString of a thread loads ICU's number data, about 10 ms in the run's end.
 */
function thousands(n) {
    if (!Number.isSafeInteger(n) || Object.is(n, -0))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
}
function plural(n, one, many = `${one}s`) {
    return `${thousands(n)} ${n === 1 ? one : many}`;
}
/** "method: POST 52, GET 48, other 3 (counts ±2)": a group's field distribution on one line. */
function distributionLine(d, maxValues = 4) {
    const values = d.values.slice(0, maxValues).map((v) => `${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)((0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(v.value, 40))} ${v.count}`);
    const other = d.other + d.values.slice(maxValues).reduce((n, v) => n + v.count, 0);
    if (other > 0)
        values.push(`other ${other}`);
    return `${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(d.field)}: ${values.join(', ')}${d.error > 0 ? ` (counts ±${d.error})` : ''}`;
}
/**
 * Log lines longer than `width` broken at a space or after a slash, continuation lines indented, so a
 * code block does not run off the side of the page (GitHub's column holds about 96 monospace
 * characters). A word longer than the width is cut where it must be.
 */
function wrapLines(text, width = 100) {
    const out = [];
    for (const line of text.split('\n')) {
        if (line.length <= width) {
            out.push(line);
            continue;
        }
        const indent = (/^\s*/.exec(line)?.[0] ?? '').slice(0, 40) + '    ';
        let rest = line;
        let first = true;
        while (rest.length > (first ? width : width - indent.length)) {
            const room = first ? width : width - indent.length;
            const space = rest.lastIndexOf(' ', room);
            const slash = rest.lastIndexOf('/', room - 1) + 1;
            let cut = Math.max(space, slash);
            if (cut < room * 0.3)
                cut = /[\ud800-\udbff]/.test(rest[room - 1]) ? room - 1 : room;
            out.push((first ? '' : indent) + rest.slice(0, cut).trimEnd());
            rest = rest.slice(cut).trimStart();
            first = false;
        }
        if (rest)
            out.push((first ? '' : indent) + rest);
    }
    return out.join('\n');
}


/***/ }),

/***/ 31373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export singleLine */
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10622);
// Log content is hostile text. These helpers make it inert in GitHub-flavoured markdown:
// no mentions, no issue references or closing keywords, no autolinks, no HTML, no forged hidden
// markers, no escape from a code span, a fenced block or a table cell. Hostile text stays readable:
// references are broken with an invisible zero-width space, markup with backslashes and entities.

const ZWSP = '\u200b';
// C0 controls (tab, CR, LF included), DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
// Bidirectional overrides and isolates ("Trojan Source"): shown as U+FFFD, never obeyed.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
function oneLine(text) {
    return text.replace(BIDI, '\ufffd').replace(CONTROLS, ' ');
}
/** Cuts to at most max code points, ending with "…" when cut. */
function clip(text, max) {
    return max === undefined ? text : (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .cutText */ .I)(text, max, { codePoints: true });
}
/** Breaks everything GitHub would turn into a link, a notification or a cross-reference. */
function defuseReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9_])/g, `@${ZWSP}`) // @user, @org/team, emails
        .replace(/#(?=\d)/g, `#${ZWSP}`) // #123, owner/repo#123, "fixes #123"
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`) // GH-123
        .replace(/:\/\//g, `:${ZWSP}//`) // https://github.com/o/r/issues/1 and every other autolink
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
}
/** Log text for a terminal: one line (so it cannot pass for a workflow command), no bidi overrides. */
function singleLine(text) {
    return oneLine(text).replace(/ {2,}/g, ' ').trim();
}
/** Log text where no markdown is rendered (issue titles): one line, mentions and references broken. */
function plainText(text) {
    return defuseReferences(singleLine(text));
}
/** Text for running prose or a heading: inert, on one line. `max` caps its length (code points). */
function inline(text, max) {
    const escaped = clip(oneLine(text).trim(), max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        // What would start a block if the text lands at the start of a line: heading, list, setext.
        .replace(/^[#+=-]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2');
    return defuseReferences(escaped);
}
/** Text as a table cell: inert, on one line, pipes escaped. */
function cell(text, max) {
    return inline(text, max);
}
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/** "<!--" cannot appear in any output, even inside code where it is shown literally. */
function breakComments(text) {
    return text.replace(/<!--/g, `<!${ZWSP}--`);
}
/**
 * Text as inline code: a delimiter longer than any backtick run inside, so it cannot close early.
 * Pipes are escaped so it is also safe in a table cell (GitHub shows "\|" as "|" there).
 */
function code(text) {
    const t = breakComments(oneLine(text)).replace(/\|/g, '\\|');
    if (t === '')
        return '` `';
    const ticks = '`'.repeat(longestRun(t, '`') + 1);
    const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
    return `${ticks}${pad}${t}${pad}${ticks}`;
}
/**
 * Text as a fenced code block. The fence is longer than any run of its character inside, so no
 * line of the text can close it; put it at the start of a line (or pass `indent`).
 */
function fenced(text, lang = 'text', options = {}) {
    const char = options.fence ?? '`';
    const indent = options.indent ?? '';
    const body = breakComments(text.replace(/\r\n?/g, '\n').replace(BIDI, '\ufffd').replaceAll('\u0000', '\ufffd')).replace(/\n$/, '');
    const fence = char.repeat(Math.max(3, longestRun(body, char) + 1));
    const info = lang.replace(/[^\w+.#-]/g, '');
    const lines = [fence + info, ...body.split('\n'), fence];
    return lines.map((l) => indent + l).join('\n');
}
/**
 * A markdown link to an http(s) URL with inert text. Any other URL (javascript:, data:, relative,
 * unparsable) gives the text alone.
 */
function link(text, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return inline(text);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return inline(text);
    const href = parsed.href.replace(/[()\s<>\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    const label = inline(text) || inline(parsed.host);
    return `[${label}](${href})`;
}
/** Cut at a word boundary when one is near, never inside a surrogate pair, with an ellipsis. */
function shorten(text, max) {
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .cutText */ .I)(text, max, { atWord: true });
}


/***/ }),

/***/ 68045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ stateMarker),
/* harmony export */   Cx: () => (/* binding */ rememberedRevision),
/* harmony export */   Jb: () => (/* binding */ noticeMarker),
/* harmony export */   PU: () => (/* binding */ MARKER_TEXT),
/* harmony export */   S1: () => (/* binding */ readMemory),
/* harmony export */   U5: () => (/* binding */ PR_COMMENT_MARKER),
/* harmony export */   Z3: () => (/* binding */ wrapStatus),
/* harmony export */   bi: () => (/* binding */ readFingerprint),
/* harmony export */   di: () => (/* binding */ readNotice),
/* harmony export */   nn: () => (/* binding */ fingerprintMarker),
/* harmony export */   zF: () => (/* binding */ statusBlockOf)
/* harmony export */ });
/* unused harmony exports marker, readMarkers, STATE_LIMIT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The action's own hidden markers, e.g. "<!-- log-gardener:fingerprint=v2:3f9a0c1e2b4d5a6c -->",
// one module for every reader and writer. Log text can never produce one: every markdown helper
// breaks "<!--" (see markdown.ts).

const MARKER_PREFIX = '<!-- log-gardener:';
const NAME = /^[a-z][a-z0-9-]{0,40}$/;
/** Matches one marker (global). */
const MARKER_TEXT = /<!-- log-gardener:([a-z][a-z0-9-]{0,40})=([^\s<>]*) -->/g;
/** Percent-encodes what could end or corrupt an HTML comment ("--", ">", spaces) and "%" itself. */
function encodeValue(value) {
    return value.replace(/[^A-Za-z0-9._:/+=,@~-]|-(?=-)|(?<=-)-/gu, (c) => Array.from(new TextEncoder().encode(c), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''));
}
/** A hidden marker for an issue or comment body. Throws on a name outside [a-z][a-z0-9-]*. */
function marker(name, value) {
    if (!NAME.test(name))
        throw new Error(`marker name ${JSON.stringify(name)} must match ${NAME.source}`);
    return `${MARKER_PREFIX}${name}=${encodeValue(value)} -->`;
}
/** Every well-formed marker in a body, in order, values decoded. */
function readMarkers(body) {
    const found = [];
    for (const m of body.matchAll(MARKER_TEXT)) {
        try {
            found.push({ name: m[1], value: decodeURIComponent(m[2]) });
        }
        catch {
            // a malformed %-sequence is not one of ours
        }
    }
    return found;
}
// The markers the GitHub publisher writes. Believed only on a line of their own: log text reaches
// bodies through markdown.ts, which never leaves `<!--` at the start of a line.
const STATUS_START = '<!-- log-gardener:status:start -->';
const STATUS_END = '<!-- log-gardener:status:end -->';
const PR_COMMENT_MARKER = '<!-- log-gardener:pr-comment -->';
const FINGERPRINT = /^v\d+:[0-9a-f]{6,64}$/;
/** The markers named `name` that stand on a line of their own. */
function onOwnLine(body, name) {
    return body
        .split('\n')
        .filter((line) => line.startsWith(`${MARKER_PREFIX}${name}=`))
        .flatMap((line) => readMarkers(line).filter((m) => m.name === name && marker(m.name, m.value) === line))
        .map((m) => m.value);
}
function fingerprintMarker(fingerprint) {
    if (!FINGERPRINT.test(fingerprint))
        throw new Error(`not a fingerprint: ${fingerprint}`);
    return marker('fingerprint', fingerprint);
}
function readFingerprint(body) {
    return body ? onOwnLine(body, 'fingerprint').find((v) => FINGERPRINT.test(v)) : undefined;
}
/** Marks a comment as the notice `id`, so a later run can tell whether it was posted. */
function noticeMarker(id) {
    return marker('notice', id);
}
function readNotice(body) {
    return body ? onOwnLine(body, 'notice')[0] : undefined;
}
/** The state marker's value never exceeds what its reader accepts. */
const STATE_LIMIT = 4000;
const REVISION_MAX = 63;
const encodeState = (m) => Buffer.from(JSON.stringify(m)).toString('base64url');
/** A revision name as remembered: as it is up to 63 characters (Cloud Run's limit), else hashed. */
function rememberedRevision(name) {
    return name.length <= REVISION_MAX ? name : `#${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 16)}`;
}
function stateMarker(memory) {
    const m = {
        priority: memory.priority,
        revisions: [...new Set(memory.revisions.map(rememberedRevision))],
        lastSeen: memory.lastSeen.slice(0, 40),
        ...(memory.services?.length ? { services: memory.services.slice(0, 5).map((x) => x.slice(0, 63)) } : {}),
        ...(memory.owed?.length ? { owed: memory.owed.slice(-5).map((o) => o.slice(0, 80)) } : {}),
    };
    while (encodeState(m).length > STATE_LIMIT && m.revisions.length)
        m.revisions.splice(0, Math.max(1, m.revisions.length >> 3));
    return marker('state', encodeState(m));
}
function readMemory(body) {
    const block = body && statusBlockOf(body);
    const raw = block && onOwnLine(block, 'state')[0];
    if (!raw || raw.length > STATE_LIMIT)
        return undefined;
    try {
        const m = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
        if (typeof m.priority !== 'string' || !Array.isArray(m.revisions) || typeof m.lastSeen !== 'string')
            return undefined;
        const owed = Array.isArray(m.owed) ? m.owed.map(String) : [];
        const services = Array.isArray(m.services) ? m.services.map(String) : [];
        return {
            priority: m.priority,
            revisions: m.revisions.map(String),
            lastSeen: m.lastSeen,
            ...(services.length ? { services } : {}),
            ...(owed.length ? { owed } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/** The status block of a body, markers included, or undefined. */
function statusBlockOf(body) {
    const a = body.indexOf(`\n${STATUS_START}\n`);
    const start = body.startsWith(`${STATUS_START}\n`) ? 0 : a < 0 ? -1 : a + 1;
    if (start < 0)
        return undefined;
    const end = body.indexOf(`\n${STATUS_END}`, start);
    return end < 0 ? undefined : body.slice(start, end + STATUS_END.length + 1);
}
function wrapStatus(lines) {
    return [STATUS_START, ...lines, STATUS_END].join('\n');
}


/***/ }),

/***/ 61254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   portRedactor: () => (/* binding */ portRedactor),
/* harmony export */   serveRedaction: () => (/* binding */ serveRedaction),
/* harmony export */   servingParent: () => (/* binding */ servingParent)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44941);
// Redaction served by the thread that started the run: the action and the CLI run in a worker
// thread (src/worker.ts) while their first thread only waits, so that thread redacts the batches the
// run sends it, a batch ahead of grouping (redact-record.ts), and the two overlap without a third
// JavaScript engine in the process. It runs the same redactor with the same options, so what comes
// back is what the run's own redactor would have made; the screen runs on the run's side, so only the
// texts it does not clear cross. If an answer fails, the run's redactor redacts those texts itself.



/** The parent's channel when this run is a worker whose parent serves redaction and a second core is there to run it. */
function servingParent() {
    const served = !node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.servesRedaction === true;
    return served && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort && (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() >= 2 ? node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort : undefined;
}
/**
 * A redactor that sends its batches through `port` to be redacted on the other side; without a port,
 * `local` itself. `local` is the same redactor built on this side: building it checks the user's
 * patterns, its screen decides what crosses, and it redacts whatever the other side does not answer.
 */
function portRedactor(port, options, local = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)(options)) {
    if (!port)
        return { ...local, close: async () => { } };
    let closed = false;
    let next = 0;
    const pending = new Map();
    const listener = (message) => {
        const a = message?.redacted;
        const p = a && pending.get(a.id);
        if (!a || !p)
            return;
        pending.delete(a.id);
        // The port keeps the thread alive only while answers are owed.
        if (pending.size === 0)
            port.unref();
        if (a.out)
            p.resolve(a.out);
        else
            local.redactAll(p.texts).then(p.resolve, p.reject);
    };
    const redactAll = (texts) => {
        if (closed || texts.length === 0)
            return local.redactAll(texts);
        if (next === 0)
            port.on('message', listener);
        const id = next++;
        const answer = new Promise((resolve, reject) => pending.set(id, { texts, resolve, reject }));
        port.ref();
        port.postMessage({ redact: { id, texts, options } });
        return answer;
    };
    return {
        redactAll,
        redact: async (text) => (await redactAll([text]))[0],
        ...(local.screen ? { screen: local.screen } : {}),
        close: async () => {
            closed = true;
            port.off('message', listener);
            port.unref();
            for (const [id, p] of [...pending]) {
                pending.delete(id);
                local.redactAll(p.texts).then(p.resolve, p.reject);
            }
        },
    };
}
/** The serving side: redacts what the run sends (first the messages that came before it was ready),
 * with a redactor per set of options, built once. */
function serveRedaction(port, early = []) {
    const redactors = new Map();
    const serve = (message) => {
        const r = message?.redact;
        if (!r)
            return;
        const key = JSON.stringify(r.options);
        let redactor = redactors.get(key);
        const answer = (redacted) => port.postMessage({ redacted });
        try {
            if (!redactor)
                redactors.set(key, (redactor = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)(r.options)));
        }
        catch (e) {
            answer({ id: r.id, error: e instanceof Error ? e.message : String(e) });
            return;
        }
        redactor.redactAll(r.texts).then((out) => answer({ id: r.id, out }), (e) => answer({ id: r.id, error: e instanceof Error ? e.message : String(e) }));
    };
    for (const m of early)
        serve(m);
    port.on('message', serve);
}


/***/ }),

/***/ 10622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ cutText),
/* harmony export */   N: () => (/* binding */ truncateBody)
/* harmony export */ });
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68045);
// The one place text is cut. cutText: a line or a title, ending in "…", never inside a surrogate pair.
// truncateBody: issue and comment bodies under GitHub's limit (65,536 characters) without breaking them:
// the cut closes an open fenced block and <details>, never splits a marker, carries the action's
// markers from the cut part to the end, and says what was cut.

const GITHUB_BODY_LIMIT = 65_536;
/** `text` when it fits `max`; else cut to `max` including the "…", never inside a surrogate pair. */
function cutText(text, max, options = {}) {
    const units = options.codePoints ? Array.from(text) : undefined;
    if ((units?.length ?? text.length) <= max)
        return text;
    let cut = units ? units.slice(0, Math.max(0, max - 1)).join('') : text.slice(0, Math.max(0, max - 1));
    if (options.atWord) {
        const space = cut.lastIndexOf(' ');
        if (space > max * 0.7)
            cut = cut.slice(0, space);
    }
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
}
const OPEN_FENCE = /^([\s>]*)(`{3,}|~{3,})(.*)$/;
/** The state (open fence, open <details>) before each line. */
function boundaries(lines) {
    const out = [];
    let fence;
    let details = 0;
    let at = 0;
    for (const line of lines) {
        out.push({ at, fence, details });
        at += line.length + 1;
        if (fence) {
            const close = new RegExp(`^[\\s>]*${fence.char === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
            if (close.test(line))
                fence = undefined;
            continue;
        }
        const open = OPEN_FENCE.exec(line);
        if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
            fence = { prefix: open[1], char: open[2][0], length: open[2].length };
            continue;
        }
        details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
        if (details < 0)
            details = 0;
    }
    out.push({ at, fence, details });
    return out;
}
function closers(b) {
    return (b.fence ? `${b.fence.prefix}${b.fence.char.repeat(b.fence.length)}\n` : '') + '</details>\n'.repeat(b.details);
}
function note(removed, lines, limit, seeAlso) {
    const what = `${removed.toLocaleString('en-US')} characters (${lines.toLocaleString('en-US')} lines)`;
    const text = `Cut ${what} from the end to stay under GitHub's limit of ${limit.toLocaleString('en-US')} characters.`;
    return `\n> [!NOTE]\n> ${text}${seeAlso ? ` ${seeAlso}` : ''}\n`;
}
/** Where a cut inside one line is safe outside code: not in a comment, an entity, or after "\\". */
function safeCutInLine(line, max) {
    let cut = max;
    const space = line.lastIndexOf(' ', cut);
    if (space > cut - 200 && space > 0)
        cut = space;
    const part = line.slice(0, cut);
    const openComment = part.lastIndexOf('<!--');
    if (openComment > part.lastIndexOf('-->'))
        cut = openComment;
    const entity = /&[#\w]*$/.exec(line.slice(0, cut));
    if (entity)
        cut = entity.index;
    while (cut > 0 && line[cut - 1] === '\\')
        cut--;
    return cut;
}
function cutAtCodePoint(text, at) {
    const c = text.charCodeAt(at - 1);
    return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
/** The body as is when it fits `limit` (UTF-16 units, a safe bound on GitHub's count); else cut. */
function truncateBody(body, limit = GITHUB_BODY_LIMIT, options = {}) {
    if (body.length <= limit)
        return { body, cut: false, removedChars: 0 };
    const lines = body.split('\n');
    const bounds = boundaries(lines);
    const reserve = note(body.length, lines.length, limit, options.seeAlso).length;
    // The last line boundary whose kept part, closers, note and carried markers fit.
    const markers = Array.from(body.matchAll(_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_TEXT */ .PU), (m) => ({ at: m.index, text: m[0] }));
    const carriedFrom = (at) => markers
        .filter((m) => m.at >= at)
        .map((m) => m.text)
        .join('\n');
    let chosen = 0;
    for (let i = bounds.length - 1; i >= 0; i--) {
        const b = bounds[i];
        if (b.at + closers(b).length + reserve + 1 > limit)
            continue;
        if (b.at + closers(b).length + reserve + carriedFrom(b.at).length + 1 <= limit) {
            chosen = i;
            break;
        }
    }
    const tail = carriedFrom(bounds[chosen].at);
    // Room left: take part of the next line too (any cut is safe inside a code block).
    const b = bounds[chosen];
    let partial = '';
    const next = lines[chosen];
    const room = limit - b.at - closers(b).length - reserve - tail.length - 2;
    // Never part of a fence line or a <details> line: the closers would no longer match.
    if (next !== undefined && room > 0 && !/^[\s>]*(`{3,}|~{3,})|<\/?details/i.test(next)) {
        const max = Math.min(room, next.length);
        const at = cutAtCodePoint(next, b.fence ? max : safeCutInLine(next, max));
        const candidate = next.slice(0, at);
        const splitsMarker = markers.some((m) => m.at < b.at + at && m.at + m.text.length > b.at + at);
        if (!/^[\s>]*(`{3,}|~{3,})/.test(candidate) && !splitsMarker)
            partial = candidate;
    }
    const kept = body.slice(0, b.at) + partial;
    const removed = body.length - kept.length;
    const removedLines = body.slice(kept.length).split('\n').length;
    const carried = carriedFrom(kept.length);
    const out = kept + (partial ? '\n' : '') + closers(b) + note(removed, removedLines, limit, options.seeAlso) + (carried ? carried + '\n' : '');
    return { body: out, cut: true, removedChars: removed };
}


/***/ }),

/***/ 9489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cleanDeep),
/* harmony export */   X: () => (/* binding */ cleanText)
/* harmony export */ });
// Text that leaves the process (GitHub requests, workflow commands) is normalised once, here: log
// text may hold unpaired UTF-16 surrogates, bidi controls that make a line read differently from
// what it says (a right-to-left override in an ::error:: line), and C1 controls such as U+0085.
/** Bidi embedding, override, isolate and mark controls; C1 controls (U+0080-U+009F). */
const UNSAFE = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Well-formed Unicode (lone surrogates become U+FFFD) without bidi or C1 controls. */
function cleanText(text) {
    return text.toWellFormed().replace(UNSAFE, '');
}
/** Every string in a JSON-like value cleaned; other values as they are. Keys are left alone. */
function cleanDeep(value) {
    if (typeof value === 'string')
        return cleanText(value);
    if (Array.isArray(value))
        return value.map((v) => cleanDeep(v));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)]));
    }
    return value;
}


/***/ }),

/***/ 58750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ DEFAULT_MAX_RUN_TIME_MS)
/* harmony export */ });
/** The default run budget: well under GitHub's 6-hour job limit and the lock's 10-minute lease plus its wait. */
const DEFAULT_MAX_RUN_TIME_MS = 15 * 60_000;


/***/ }),

/***/ 88897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   UN: () => (/* binding */ settleSuspects),
/* harmony export */   Vl: () => (/* binding */ suspectMarkdown),
/* harmony export */   nx: () => (/* binding */ suspectText)
/* harmony export */ });
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31373);

/** The repository's web URL from the Actions environment, when it can be told. */
function repositoryUrl(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repo = env.GITHUB_REPOSITORY;
    if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^https?:\/\/[^\s/]+$/.test(server))
        return undefined;
    return `${server}/${repo}`;
}
const earlier = (a, b) => (a === undefined ? b : b === undefined || a <= b ? a : b);
const SHA = /^[0-9a-f]{7,40}$/i;
/** A previous report is a file from the repository: its suspect is used only when well formed. */
function wellFormed(s) {
    const x = s;
    return (typeof x?.revision === 'string' &&
        typeof x.firstSeen === 'string' &&
        (x.revisionFirstSeen === undefined || typeof x.revisionFirstSeen === 'string') &&
        Array.isArray(x.order) &&
        x.order.every((r) => typeof r === 'string') &&
        (x.commit === undefined || (typeof x.commit?.sha === 'string' && SHA.test(x.commit.sha))));
}
/**
 * Settles each group's suspect revision: the window's first revision unless the previous report
 * saw the group earlier (then its suspect stands), revisions in the order they showed the problem,
 * when the revision started serving (the earliest of this window and the previous report), whether
 * it is the newest revision of its service, and links to its commit and to the compare view from
 * the revision that served before it.
 */
function settleSuspects(report, timeline, previous, repoUrl) {
    const started = new Map();
    const commits = new Map();
    const service = new Map();
    for (const g of previous?.groups ?? []) {
        const s = g.suspect;
        if (!wellFormed(s))
            continue;
        started.set(s.revision, earlier(started.get(s.revision), s.revisionFirstSeen) ?? s.firstSeen);
        if (s.commit?.sha)
            commits.set(s.revision, s.commit.sha);
        const svc = Object.keys(g.services ?? {})[0];
        if (svc !== undefined)
            service.set(s.revision, svc);
    }
    for (const r of timeline) {
        service.set(r.revision, r.service ?? '');
        started.set(r.revision, earlier(started.get(r.revision), r.firstSeen));
        if (r.commit && !commits.has(r.revision))
            commits.set(r.revision, r.commit);
    }
    // Per service, revisions in the order they started serving: the newest last.
    const byService = new Map();
    for (const [rev] of [...started].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1))) {
        const svc = service.get(rev);
        if (svc === undefined)
            continue;
        byService.set(svc, [...(byService.get(svc) ?? []), rev]);
    }
    const before = new Map((previous?.groups ?? []).map((g) => [g.signature.fingerprint, g]));
    return { ...report, groups: report.groups.map((g) => ({ ...g, suspect: settle(g) })) };
    function settle(g) {
        const now = g.suspect;
        const old = before.get(g.signature.fingerprint);
        let s = now && { ...now };
        if (old && wellFormed(old.suspect)) {
            s = { ...old.suspect, order: [...old.suspect.order, ...(now?.order ?? []).filter((r) => !old.suspect.order.includes(r))] };
        }
        else if (old) {
            // Seen before, but by a report that did not say where it started: only one revision then tells.
            const revs = Object.keys(old.revisions ?? {});
            s =
                revs.length === 1
                    ? { revision: revs[0], firstSeen: old.firstSeen, newest: false, order: [revs[0], ...(now?.order ?? []).filter((r) => r !== revs[0])] }
                    : undefined;
        }
        if (!s)
            return undefined;
        s.revisionFirstSeen = earlier(started.get(s.revision), s.revisionFirstSeen);
        const svc = service.get(s.revision) ?? service.get(s.order[s.order.length - 1]);
        const revs = svc === undefined ? [] : (byService.get(svc) ?? []);
        // Newest means a deploy brought it: some earlier revision served without it.
        s.newest = revs.length > 1 && revs[revs.length - 1] === s.revision;
        const sha = commits.get(s.revision) ?? s.commit?.sha;
        if (sha) {
            const i = revs.indexOf(s.revision);
            const prevSha = i > 0 ? commits.get(revs[i - 1]) : undefined;
            s.commit = {
                sha,
                ...(repoUrl ? { url: `${repoUrl}/commit/${sha}` } : {}),
                ...(repoUrl && prevSha && prevSha !== sha ? { compareUrl: `${repoUrl}/compare/${prevSha}...${sha}` } : {}),
            };
        }
        else
            delete s.commit;
        return s;
    }
}
/** For the gate: the newest revision brought this group (empty otherwise). */
function suspectText(g) {
    const s = g.suspect;
    if (!s?.newest)
        return '';
    const commit = s.commit ? ` (commit ${s.commit.sha.slice(0, 12)})` : '';
    return `new on the newest revision ${s.revision}${commit} at ${s.firstSeen}: roll it back`;
}
/** Markdown lines about the suspect revision, for an issue body or a worklog section. */
function suspectMarkdown(g) {
    const s = g.suspect;
    if (!s)
        return [];
    const started = s.revisionFirstSeen ? `, serving since ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(s.revisionFirstSeen)}` : '';
    const commit = s.commit
        ? `; built from ${s.commit.url ? (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(s.commit.sha.slice(0, 12), s.commit.url) : (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.commit.sha.slice(0, 12))}${s.commit.compareUrl ? ` (${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('changes since the previous revision', s.commit.compareUrl)})` : ''}`
        : '';
    const lines = [`First appeared on revision ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.revision)} at ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(s.firstSeen)}${started}${commit}.`];
    if (s.order.length > 1)
        lines.push(`Revisions in the order they showed it: ${s.order
            .slice(0, 10)
            .map((r) => (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r))
            .join(' → ')}${s.order.length > 10 ? ' …' : ''}.`);
    lines.push(s.newest
        ? 'It first appeared on the newest revision: rolling back to the previous revision is the quickest way to stop it.'
        : 'It predates the newest revision, so rolling back would not remove it.');
    return lines;
}


/***/ }),

/***/ 98119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ newGroupsAtOrAbove),
/* harmony export */   Ql: () => (/* binding */ trendCounts),
/* harmony export */   RK: () => (/* binding */ compareWithPrevious),
/* harmony export */   ap: () => (/* binding */ loadPreviousReport),
/* harmony export */   jn: () => (/* binding */ shapeProblem)
/* harmony export */ });
/* unused harmony export trendOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);
// Change over time: each group against the previous run's report, rates normalised by window length.



/** Rising: the hourly rate grew to at least this multiple of the previous one. */
const RISING_RATIO = 1.5;
/** Falling: the hourly rate shrank to at most this fraction of the previous one. */
const FALLING_RATIO = 0.5;
/** ...and the change amounts to at least this many entries over the current window. */
const MIN_CHANGE = 5;
const HOUR_MS = 3_600_000;
function windowHours(r) {
    const ms = Date.parse(r.query.until) - Date.parse(r.query.since);
    return Number.isFinite(ms) && ms > 0 ? Math.max(1, ms / HOUR_MS) : undefined;
}
/** Hours covered by the groups themselves, when a report lacks a usable window. */
function observedHours(r) {
    const hours = new Set(r.groups.flatMap((g) => Object.keys(g.hourly)));
    return Math.max(1, hours.size);
}
function trendOf(count, hours, previousCount, previousHours) {
    const rate = count / hours;
    const before = previousCount / previousHours;
    const change = (rate - before) * hours;
    if (rate >= before * RISING_RATIO && change >= MIN_CHANGE)
        return 'rising';
    if (rate <= before * FALLING_RATIO && -change >= MIN_CHANGE)
        return 'falling';
    return 'ongoing';
}
/**
 * The report with each group's trend (new, ongoing, rising, falling) and the previous report's
 * groups absent now as resolved. Without a comparable previous report, trends stay unset.
 */
function compareWithPrevious(report, previous) {
    if (!previous)
        return report;
    const before = new Map(previous.groups.map((g) => [g.signature.fingerprint, g]));
    const sameSigner = previous.tool.signer === report.tool.signer;
    // A group answers to its fingerprint and to its aliases (what an older signer version called it).
    const oldOf = (g) => (sameSigner ? before.get(g.signature.fingerprint) : undefined) ?? g.signature.aliases?.map((a) => before.get(a)).find((o) => o !== undefined);
    if (!sameSigner && !report.groups.some((g) => oldOf(g))) {
        const note = `The previous report grouped entries with signer ${previous.tool.signer}, this run with ${report.tool.signer}: groups cannot be compared, so change over time is not shown this once.`;
        return { ...report, notes: [...(report.notes ?? []), note] };
    }
    const hours = windowHours(report) ?? observedHours(report);
    const previousHours = windowHours(previous) ?? observedHours(previous);
    const matched = new Set();
    const groups = report.groups.map((g) => {
        const old = oldOf(g);
        if (old)
            matched.add(old.signature.fingerprint);
        return { ...g, trend: old ? trendOf(g.count, hours, old.count, previousHours) : 'new' };
    });
    const resolved = previous.groups
        .filter((g) => !matched.has(g.signature.fingerprint))
        .map((g) => ({ fingerprint: g.signature.fingerprint, title: g.signature.title, priority: g.triage.priority }));
    return { ...report, groups, resolved };
}
/** How many groups changed which way; resolved counts report.resolved. */
function trendCounts(report) {
    const counts = { new: 0, rising: 0, ongoing: 0, falling: 0, resolved: report.resolved.length };
    for (const g of report.groups)
        if (g.trend)
            counts[g.trend] += 1;
    return counts;
}
/**
 * Groups at `priority` or more urgent that are new since the previous report, for the gate's
 * fail-on-new-only mode. Without a previous report every group counts as new (fail closed).
 */
function newGroupsAtOrAbove(report, priority) {
    const limit = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.indexOf(priority);
    return report.groups.filter((g) => _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.indexOf(g.triage.priority) <= limit && (g.trend === undefined || g.trend === 'new'));
}
/** Why a parsed JSON value is not a report this version can compare with, or undefined. */
function shapeProblem(value) {
    if (typeof value !== 'object' || value === null)
        return 'it is not a JSON object';
    const r = value;
    if (r.schemaVersion !== 1)
        return `schemaVersion is ${JSON.stringify(r.schemaVersion ?? null)}, expected 1`;
    if (typeof r.tool?.signer !== 'string')
        return 'tool.signer is missing';
    if (typeof r.query?.since !== 'string' || typeof r.query?.until !== 'string')
        return 'query.since / query.until are missing';
    if (!Array.isArray(r.groups))
        return 'groups is not a list';
    for (const [i, g] of r.groups.entries()) {
        const ok = typeof g?.signature?.fingerprint === 'string' &&
            typeof g.signature.title === 'string' &&
            typeof g.count === 'number' &&
            typeof g.hourly === 'object' &&
            _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.includes(g.triage?.priority);
        if (!ok)
            return `groups[${i}] lacks signature.fingerprint, signature.title, count, hourly or triage.priority`;
    }
    return undefined;
}
const FIX = 'give the report.json an earlier run wrote (in its output-dir), or leave previous-report empty';
async function loadPreviousReport(path, opts = {}) {
    const input = `previous-report ${path}`;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && opts.missingOk)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? e.message})`, FIX);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `not valid JSON (${e.message.split('\n')[0]})`, FIX);
    }
    const problem = shapeProblem(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `not a Log Gardener report: ${problem}`, FIX);
    return value;
}


/***/ })

};
;
//# sourceMappingURL=753.index.js.map