"use strict";
exports.id = 449;
exports.ids = [449];
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

/***/ 82449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/settings.ts
/** The default run budget: well under GitHub's 6-hour job limit and the lock's 10-minute lease plus its wait. */
const DEFAULT_MAX_RUN_TIME_MS = 15 * 60_000;

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(77607);
// EXTERNAL MODULE: ./src/collect/resources.ts
var resources = __webpack_require__(95359);
// EXTERNAL MODULE: ./src/gcp/provider.ts
var provider = __webpack_require__(1857);
// EXTERNAL MODULE: ./src/bigquery/table.ts
var table = __webpack_require__(3630);
;// CONCATENATED MODULE: ./src/github/settings-check.ts

/** Settings the GitHub API would reject later, refused up front with the input's name and the fix. */
function validateGitHubSettings(settings) {
    const label = settings.issueLabel;
    if (!label.trim() || label.includes(',') || label.length > 50) {
        throw new errors/* InputError */.d('issue-label', `"${label}" cannot be a GitHub label used as a filter`, 'use 1 to 50 characters without commas, e.g. log-gardener');
    }
    if (/^\/|\.\.(\/|$)|\/$/.test(settings.worklogPath)) {
        throw new errors/* InputError */.d('worklog-path', `"${settings.worklogPath}" is not a file path inside the repository`, 'use a relative path such as gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md');
    }
}

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
    const ms = (0,duration/* parseDuration */.E9)(v);
    if (ms === undefined)
        throw new errors/* InputError */.d(name, `"${v}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
    return ms;
}
function date(get, name) {
    const v = get(name).trim();
    if (v === '')
        return undefined;
    const ms = (0,duration/* parseDuration */.E9)(v);
    if (ms !== undefined) {
        if (ms > duration/* MAX_RANGE_MS */.sd)
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
    const windowMs = (0,duration/* parseDuration */.E9)(window);
    if (windowMs === undefined)
        throw new errors/* InputError */.d('window', `"${window}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
    if (windowMs > duration/* MAX_RANGE_MS */.sd)
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
        maxRunTimeMs: optionalDuration(get, 'max-run-time') ?? DEFAULT_MAX_RUN_TIME_MS,
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
    validateGitHubSettings(settings);
    if (/[{}]/.test(settings.worklogPath.replace(/\{(service|timestamp|date)\}/g, ''))) {
        throw new errors/* InputError */.d('worklog-path', `"${settings.worklogPath}" has an unknown placeholder`, 'use only {service}, {timestamp} and {date}');
    }
    return settings;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(60776);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var markdown = __webpack_require__(31373);
// EXTERNAL MODULE: ./src/render/worklog.ts + 5 modules
var worklog = __webpack_require__(11895);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(71509);
;// CONCATENATED MODULE: ./src/render/summary.ts




const MAX_ROWS = 50;
function renderSummary(r, gate, paths) {
    const lines = [
        `## GCP Log Gardener: ${(0,markdown/* inline */.mG)((0,worklog/* servicesShown */.O3)(r))}`,
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
                `(a section for each of its first ${worklog/* DEFAULT_MAX_GROUPS */.Ih}, then one line each, as many as fit in 2 MB) and every group in the JSON report.`);
        }
    }
    lines.push('', `Worklog: ${(0,markdown/* code */.aY)(paths.worklog)} · report: ${(0,markdown/* code */.aY)(paths.report)}`, '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/safety/truncate.ts + 1 modules
var truncate = __webpack_require__(97537);
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

;// CONCATENATED MODULE: ./src/cli/cli.ts
// The command line: the same stages as the action, on a log export or on Cloud Logging.








const HELP = `gcp-log-gardener ${version/* VERSION */.x}: group Google Cloud warnings and errors into issues, triage them, write a worklog.

Usage:
  gcp-log-gardener run --input logs.json [options]   worklog from a \`gcloud logging read --format=json\` export ('-' = stdin)
  gcp-log-gardener run --project-id P --service S    worklog from Cloud Logging (Application Default Credentials)
  gcp-log-gardener group --input messages.txt         one message a line in, {"line_id","group_id"} a line out
                  [--threads N]                      sign on N threads (default: one per core for files over 16 MB)

Options of run (same names and defaults as the action's inputs; see the README):
  ${options/* RUN_OPTIONS */.p7.map((o) => `--${o}`).join('  ')}

Exit status: 0 done, 1 bad input or failure, 2 the fail-on gate failed.`;
function threadsOption(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* InputError */.d('--threads', `${JSON.stringify(value)} is not a whole number of threads`, 'give 1 or more, or leave it out');
    return n;
}
async function cli(argv, out = process.stdout, err = process.stderr, entry = {}) {
    try {
        const { command, flags } = (0,args/* parseArgs */.Z)(argv, options/* KNOWN */.cR, options/* BOOLEANS */.sV);
        if (flags.has('version')) {
            out.write(`${version/* VERSION */.x}\n`);
            return 0;
        }
        if (flags.has('help') || command === undefined || command === 'help') {
            out.write(HELP + '\n');
            return command === undefined && !flags.has('help') ? 1 : 0;
        }
        if (command === 'group') {
            const input = flags.get('input');
            if (!input)
                throw new errors/* InputError */.d('--input', 'missing', 'give the file of messages, one a line: group --input FILE');
            // Loaded when needed: the entry point reads the command in a thread that only waits for the run.
            const { runGroupCommand } = await Promise.all(/* import() */[__webpack_require__.e(250), __webpack_require__.e(593)]).then(__webpack_require__.bind(__webpack_require__, 60593));
            await runGroupCommand(input, out, {}, { ...entry, threads: threadsOption(flags.get('threads')) });
            return 0;
        }
        if (flags.has('threads'))
            throw new errors/* InputError */.d('--threads', 'is an option of group', 'drop it from run');
        if (command !== 'run')
            throw new errors/* InputError */.d(command, 'unknown command', 'use run or group (see --help)');
        const settings = readSettings((name) => flags.get(name) ?? '', process.env);
        if (!flags.has('output-dir'))
            settings.outputDir = '.';
        const now = new Date();
        const { run } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(387), __webpack_require__.e(815), __webpack_require__.e(250), __webpack_require__.e(941), __webpack_require__.e(366), __webpack_require__.e(327), __webpack_require__.e(319)]).then(__webpack_require__.bind(__webpack_require__, 30319));
        const outcome = await run(settings, {
            now,
            // Loaded only for Cloud Logging runs, so file runs and `group` start fast.
            openCloudSource: async (s, env) => (await Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(53)]).then(__webpack_require__.bind(__webpack_require__, 75930))).openGoogleSource(s, env, now, { clock: (0,clock/* clockFromEnv */.iQ)(env) }),
            log: { info: (m) => err.write(`${(0,markdown/* singleLine */.pF)(m)}\n`), warning: (m) => err.write(`warning: ${(0,markdown/* singleLine */.pF)(m)}\n`) },
        });
        // Messages quote log text: one line each, so none can pass for a workflow command.
        const c = conclude(outcome);
        for (const m of c.messages)
            err.write(`${m.level === 'error' ? 'failed: ' : ''}${(0,markdown/* singleLine */.pF)(m.text)}\n`);
        if (c.failure)
            err.write(`${(0,markdown/* singleLine */.pF)(c.failure)}\n`);
        out.write(`Worklog written to ${outcome.files.worklog}\nReport written to ${outcome.files.report}\n`);
        return c.exitCode;
    }
    catch (e) {
        err.write(`error: ${(0,markdown/* singleLine */.pF)((0,errors/* errorLine */.B)(e))}\n`);
        return 1;
    }
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

/***/ 95359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ REVISION_LABEL),
/* harmony export */   f: () => (/* binding */ SERVICE_LABEL)
/* harmony export */ });
// Which resource label names "the service" and "the revision" of each monitored resource type,
// shared by the reader (normalize.ts) and the query and Logs Explorer links (src/gcp/query.ts),
// so a link never filters another resource type on a Cloud Run label. Only labels that name a
// service-like scope: resource ids (a firewall rule, a disk) are context, not services.
const SERVICE_LABEL = {
    cloud_run_revision: 'service_name',
    cloud_run_job: 'job_name',
    cloud_function: 'function_name',
    gae_app: 'module_id',
    k8s_container: 'container_name',
    k8s_pod: 'pod_name',
    gce_instance: 'instance_id',
    http_load_balancer: 'backend_service_name',
    cloudsql_database: 'database_id',
    gcs_bucket: 'bucket_name',
    pubsub_topic: 'topic_id',
    pubsub_subscription: 'subscription_id',
    cloud_scheduler_job: 'job_id',
    cloud_tasks_queue: 'queue_id',
    gce_subnetwork: 'subnetwork_name',
    k8s_cluster: 'cluster_name',
    dataflow_step: 'job_name',
    cloud_composer_environment: 'environment_name',
    audited_resource: 'service',
};
const REVISION_LABEL = {
    cloud_run_revision: 'revision_name',
    gae_app: 'version_id',
};


/***/ }),

/***/ 77607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   sd: () => (/* binding */ MAX_RANGE_MS),
/* harmony export */   xl: () => (/* binding */ retentionWarning)
/* harmony export */ });
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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
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

/***/ 11895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ih: () => (/* binding */ DEFAULT_MAX_GROUPS),
  yP: () => (/* binding */ renderWorklog),
  O3: () => (/* binding */ servicesShown)
});

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
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

// EXTERNAL MODULE: ./src/triage/trend.ts
var trend = __webpack_require__(98119);
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
/* harmony export */   pF: () => (/* binding */ singleLine)
/* harmony export */ });
/* unused harmony export plainText */
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97537);
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

/***/ 97537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ cutText),
  N: () => (/* binding */ truncateBody)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/safety/markers.ts
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
    return name.length <= REVISION_MAX ? name : `#${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
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

;// CONCATENATED MODULE: ./src/safety/truncate.ts
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
    const markers = Array.from(body.matchAll(MARKER_TEXT), (m) => ({ at: m.index, text: m[0] }));
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

/***/ 98119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ newGroupsAtOrAbove),
/* harmony export */   Ql: () => (/* binding */ trendCounts),
/* harmony export */   RK: () => (/* binding */ compareWithPrevious),
/* harmony export */   ap: () => (/* binding */ loadPreviousReport)
/* harmony export */ });
/* unused harmony exports trendOf, shapeProblem */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
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


/***/ }),

/***/ 38522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   Dk: () => (/* binding */ priorityRank),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
// The typed seams of the pipeline: collect -> group -> triage -> render -> publish.
const SEVERITIES = ['DEFAULT', 'DEBUG', 'INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'];
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];
/**
 * Texts in one order whatever the runner's locale: case-insensitive, then by code point. localeCompare
 * followed the locale, and its first call loaded ICU's collation data (~5 ms at the run's end).
 */
function compareText(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
/** Higher is more severe: DEFAULT 0 ... EMERGENCY 8. */
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
/** Lower is more urgent: P0 0 ... P3 3. */
function priorityRank(p) {
    return PRIORITIES.indexOf(p);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.2.0';


/***/ })

};
;