#!/usr/bin/env node
require('./sourcemap-register.js');/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/types.ts
// The typed seams of the pipeline: collect -> group -> triage -> render -> publish.
const SEVERITIES = [
    'DEFAULT',
    'DEBUG',
    'INFO',
    'NOTICE',
    'WARNING',
    'ERROR',
    'CRITICAL',
    'ALERT',
    'EMERGENCY',
];
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];

;// CONCATENATED MODULE: ./src/errors.ts
/** A problem with what the user gave us: reported as one line naming the input and the fix. */
class InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(`${input}: ${problem}. Fix: ${fix}.`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}
/** The one-line text for any error: ours verbatim, others without a stack. */
function errorLine(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0];
    return String(e);
}

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
    throw new InputError(name, `"${get(name)}" is not a boolean`, 'use true or false');
}
function inputs_int(get, name, def, min, max) {
    const v = get(name).trim();
    if (v === '')
        return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new InputError(name, `"${v}" is not a whole number from ${min} to ${max}`, `give a number such as ${def}`);
    return n;
}
function oneOf(get, name, allowed, def, normalize = (s) => s.toLowerCase()) {
    const raw = get(name).trim();
    if (raw === '')
        return def;
    const v = normalize(raw);
    if (!allowed.includes(v))
        throw new InputError(name, `"${raw}" is not one of ${allowed.join(', ')}`, `use one of ${allowed.join(', ')}`);
    return v;
}
function date(get, name) {
    const v = get(name).trim();
    if (v === '')
        return undefined;
    const ms = parseDuration(v);
    if (ms !== undefined)
        return new Date(Date.now() - ms);
    if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) {
        throw new InputError(name, `"${v}" is not a time`, 'give an ISO 8601 UTC time such as 2025-09-11T00:00:00Z, or a duration ago such as 6h');
    }
    return new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(v) || v.length === 10 ? v : `${v}Z`);
}
function parseSeverityInput(get, name) {
    const upper = (s) => {
        const u = s.toUpperCase();
        return u === 'WARN' ? 'WARNING' : u;
    };
    return oneOf(get, name, SEVERITIES, 'WARNING', upper);
}
function readSettings(get, env = process.env) {
    const window = get('window').trim() || '24h';
    const windowMs = parseDuration(window);
    if (windowMs === undefined)
        throw new InputError('window', `"${window}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
    const since = date(get, 'since');
    const until = date(get, 'until');
    if (since && until && since >= until)
        throw new InputError('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'swap since and until, or drop one');
    const failOn = oneOf(get, 'fail-on', [...PRIORITIES, 'none'], 'none', (s) => (s.toLowerCase() === 'none' ? 'none' : s.toUpperCase()));
    const authMode = oneOf(get, 'auth-mode', ['auto', 'workload-identity', 'adc'], 'auto');
    const onRegression = oneOf(get, 'on-regression', ['reopen', 'new-issue'], 'reopen');
    const prNumber = get('pr-number').trim() === '' ? undefined : inputs_int(get, 'pr-number', 0, 1, Number.MAX_SAFE_INTEGER);
    const input = get('input').trim();
    const settings = {
        inputFile: input || undefined,
        projects: list(get('project-id')),
        services: list(get('service')),
        resourceType: get('resource-type').trim() || 'cloud_run_revision',
        minSeverity: parseSeverityInput(get, 'min-severity'),
        windowMs,
        since,
        until,
        extraFilter: get('filter').trim() || undefined,
        maxEntries: inputs_int(get, 'max-entries', 10000, 1, 1_000_000),
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
    };
    if (!settings.inputFile && settings.projects.length === 0) {
        const guess = env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT;
        if (guess)
            settings.projects = [guess];
        else
            throw new InputError('project-id', 'no Google Cloud project given and no log file to read', 'set project-id (or GOOGLE_CLOUD_PROJECT), or set input to a `gcloud logging read --format=json` export');
    }
    if (settings.workloadIdentityProvider && !/^projects\/\d+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/.test(settings.workloadIdentityProvider)) {
        throw new InputError('workload-identity-provider', `"${settings.workloadIdentityProvider}" is not a provider name`, 'use projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER (the project NUMBER, not its id)');
    }
    if (/[{}]/.test(settings.worklogPath.replace(/\{(service|timestamp|date)\}/g, ''))) {
        throw new InputError('worklog-path', `"${settings.worklogPath}" has an unknown placeholder`, 'use only {service}, {timestamp} and {date}');
    }
    return settings;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
;// CONCATENATED MODULE: ./src/collect/json-stream.ts
// Splits a stream of text holding either a JSON array of objects or NDJSON (one value a line)
// into one string per element, without holding more than one element in memory.
// Elements that do not parse are reported with their 1-based position; the rest go on.
async function* splitJson(chunks) {
    let mode = 'unknown';
    let buf = '';
    let depth = 0;
    let inString = false;
    let escaped = false;
    let position = 0;
    let ended = false; // saw the closing ] of the array
    for await (const chunk of chunks) {
        let start = 0;
        let i = 0;
        if (mode === 'unknown') {
            const trimmed = chunk.replace(/^\uFEFF/, '');
            const first = trimmed.search(/\S/);
            if (first === -1)
                continue;
            mode = trimmed[first] === '[' ? 'array' : 'lines';
            if (mode === 'array') {
                buf = '';
                start = i = chunk.indexOf('[') + 1;
            }
        }
        if (mode === 'lines') {
            buf += chunk;
            let nl;
            while ((nl = buf.indexOf('\n')) !== -1) {
                const line = buf.slice(0, nl);
                buf = buf.slice(nl + 1);
                position += 1;
                if (line.trim() !== '')
                    yield { position, text: line };
            }
            continue;
        }
        for (; i < chunk.length; i++) {
            const c = chunk[i];
            if (ended) {
                if (/\S/.test(c))
                    throw new SyntaxError(`unexpected text after the closing ] of the array`);
                continue;
            }
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c === '\\')
                    escaped = true;
                else if (c === '"')
                    inString = false;
                continue;
            }
            if (c === '"')
                inString = true;
            else if (c === '{' || c === '[')
                depth += 1;
            else if (c === '}')
                depth -= 1;
            else if (c === ']' && depth > 0)
                depth -= 1;
            else if ((c === ',' || c === ']') && depth === 0) {
                const text = (buf + chunk.slice(start, i)).trim();
                buf = '';
                start = i + 1;
                if (text !== '' || c === ',') {
                    position += 1;
                    yield { position, text };
                }
                if (c === ']')
                    ended = true;
            }
        }
        if (!ended)
            buf += chunk.slice(start);
    }
    if (mode === 'lines' && buf.trim() !== '')
        yield { position: position + 1, text: buf };
    if (mode === 'array' && !ended) {
        if (buf.trim() !== '')
            yield { position: position + 1, text: buf.trim() };
        throw new SyntaxError('the JSON array is not closed (the file may be cut short)');
    }
}

;// CONCATENATED MODULE: ./src/collect/file-source.ts
// Reads what `gcloud logging read --format=json` prints (a JSON array), or NDJSON, from a file
// or standard input.




async function* decode(stream) {
    stream.setEncoding('utf8');
    for await (const chunk of stream)
        yield chunk;
}
async function checkReadable(path, inputName) {
    if (path === '-')
        return;
    try {
        const s = await (0,promises_namespaceObject.stat)(path);
        if (!s.isFile())
            throw new InputError(inputName, `${path} is not a file`, 'point it at a file written by `gcloud logging read --format=json`');
    }
    catch (e) {
        if (e instanceof InputError)
            throw e;
        throw new InputError(inputName, `cannot read ${path}`, 'check the path; export logs with `gcloud logging read --format=json > logs.json`');
    }
}
function fileSource(path, stdin = process.stdin) {
    return {
        kind: 'file',
        path,
        async *read() {
            const stream = path === '-' ? stdin : (0,external_node_fs_namespaceObject.createReadStream)(path);
            try {
                for await (const piece of splitJson(decode(stream))) {
                    let value;
                    try {
                        value = JSON.parse(piece.text);
                    }
                    catch (e) {
                        yield { kind: 'malformed', position: piece.position, reason: `invalid JSON: ${e.message}` };
                        continue;
                    }
                    yield { kind: 'entry', position: piece.position, value };
                }
            }
            catch (e) {
                yield { kind: 'failure', message: `${path === '-' ? 'standard input' : path}: ${e.message}` };
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/group/accumulate.ts

const MAX_SAMPLES = 3;
const MAX_SAMPLE_CHARS = 4000;
function bump(counts, key) {
    if (key === undefined || key === '')
        return;
    counts[key] = (counts[key] ?? 0) + 1;
}
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
class GroupAccumulator {
    groups = new Map();
    /** Current run of one fingerprint per service, for maxConsecutive. */
    runs = new Map();
    add(record, signature) {
        let g = this.groups.get(signature.fingerprint);
        if (!g) {
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
                instances: {},
                kinds: {},
                statuses: {},
                hourly: {},
                maxConsecutive: 0,
                samples: [],
                exemplar: record,
            };
            this.groups.set(signature.fingerprint, g);
        }
        g.count += 1;
        if (record.timestamp < g.firstSeen) {
            g.firstSeen = record.timestamp;
            g.exemplar = record;
        }
        if (record.timestamp > g.lastSeen)
            g.lastSeen = record.timestamp;
        bump(g.severities, record.severity);
        if (severityRank(record.severity) > severityRank(g.maxSeverity))
            g.maxSeverity = record.severity;
        bump(g.services, record.service);
        bump(g.revisions, record.revision);
        bump(g.locations, record.location);
        bump(g.instances, record.instance);
        bump(g.kinds, record.kind);
        if (record.http?.status !== undefined)
            bump(g.statuses, String(record.http.status));
        bump(g.hourly, record.timestamp.slice(0, 13));
        if (g.samples.length < MAX_SAMPLES) {
            const full = record.stackTrace && !record.message.includes(record.stackTrace) ? `${record.message}\n${record.stackTrace}` : record.message;
            const text = full.slice(0, MAX_SAMPLE_CHARS);
            if (!g.samples.includes(text))
                g.samples.push(text);
        }
        this.trackRun(record.service ?? '', signature.fingerprint, g);
        return g;
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
    /** Groups, most severe then most frequent first; ties by fingerprint for determinism. */
    result() {
        return [...this.groups.values()].sort((a, b) => severityRank(b.maxSeverity) - severityRank(a.maxSeverity) ||
            b.count - a.count ||
            a.signature.fingerprint.localeCompare(b.signature.fingerprint));
    }
}

;// CONCATENATED MODULE: ./src/collect/threshold.ts

const TRACEBACK = /Traceback \(most recent call last\)|^\s+at .+\(.+:\d+:\d+\)|Exception in thread|panic: /m;
function atOrAbove(record, min) {
    if (severityRank(record.severity) >= severityRank(min))
        return true;
    if ((record.http?.status ?? 0) >= 500)
        return true;
    return record.severity === 'DEFAULT' && (record.errorGroups.length > 0 || TRACEBACK.test(record.message));
}

;// CONCATENATED MODULE: ./src/collect/normalize.ts

class EntryError extends Error {
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** Numeric severities of the LogSeverity enum, as the API sends them with enum-encoding=int. */
const SEVERITY_NUMBERS = {
    0: 'DEFAULT', 100: 'DEBUG', 200: 'INFO', 300: 'NOTICE', 400: 'WARNING', 500: 'ERROR', 600: 'CRITICAL', 700: 'ALERT', 800: 'EMERGENCY',
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
    if (SEVERITIES.includes(s))
        return s;
    throw new EntryError(`unknown severity ${JSON.stringify(v)} (expected one of ${SEVERITIES.join(', ')})`);
}
function logKind(logName) {
    if (!logName)
        return 'other';
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
    return {
        method: str(h.requestMethod),
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
const MESSAGE_KEYS = ['message', 'msg', 'textPayload', 'text', 'event', 'error_message', 'log'];
const STACK_KEYS = ['stack_trace', 'stackTrace', 'stack', 'exception', 'exc_info', 'error', 'err', 'traceback'];
const LOGGER_KEYS = ['logger', 'logger_name', 'loggerName', 'name', 'module', 'component'];
function textOf(v) {
    if (typeof v === 'string')
        return v;
    if (isObject(v)) {
        const inner = str(v.stack) ?? str(v.message) ?? str(v.stack_trace);
        if (inner)
            return inner;
        return JSON.stringify(v);
    }
    return undefined;
}
function fromJsonPayload(p) {
    const message = MESSAGE_KEYS.map((k) => textOf(p[k])).find((v) => v !== undefined);
    const stackTrace = STACK_KEYS.map((k) => textOf(p[k])).find((v) => v !== undefined && v !== message);
    const logger = LOGGER_KEYS.map((k) => str(p[k])).find(Boolean);
    if (message !== undefined)
        return { message, stackTrace, logger };
    if (stackTrace !== undefined)
        return { message: stackTrace, logger };
    const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('@') && k !== 'severity'));
    return { message: JSON.stringify(rest), logger };
}
function fromProtoPayload(p) {
    const parts = [str(p.methodName), str(p.resourceName), isObject(p.status) ? str(p.status.message) : undefined];
    const line = parts.filter(Boolean).join(' ');
    return line || JSON.stringify(p);
}
function stringMap(v) {
    if (!isObject(v))
        return {};
    const out = {};
    for (const [k, val] of Object.entries(v))
        if (typeof val === 'string')
            out[k] = val;
    return out;
}
function normalizeEntry(raw) {
    if (!isObject(raw))
        throw new EntryError('entry is not a JSON object');
    const timestamp = str(raw.timestamp) ?? str(raw.receiveTimestamp);
    if (!timestamp)
        throw new EntryError('entry has no timestamp');
    const time = Date.parse(timestamp);
    if (Number.isNaN(time))
        throw new EntryError(`timestamp ${JSON.stringify(timestamp)} is not a date`);
    const resource = isObject(raw.resource) ? raw.resource : {};
    const rl = stringMap(resource.labels);
    const labels = stringMap(raw.labels);
    const logName = str(raw.logName);
    const http = httpInfo(raw.httpRequest);
    let message;
    let stackTrace;
    let logger;
    let severity = parseSeverity(raw.severity);
    if (typeof raw.textPayload === 'string') {
        message = raw.textPayload;
    }
    else if (isObject(raw.jsonPayload)) {
        ({ message, stackTrace, logger } = fromJsonPayload(raw.jsonPayload));
        if (raw.severity === undefined && raw.jsonPayload.severity !== undefined) {
            try {
                severity = parseSeverity(raw.jsonPayload.severity);
            }
            catch {
                /* an app's own severity field is advisory */
            }
        }
    }
    else if (isObject(raw.protoPayload)) {
        message = fromProtoPayload(raw.protoPayload);
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
    const sourceLocation = sl
        ? { file: str(sl.file), line: str(sl.line), function: str(sl.function) }
        : undefined;
    const errorGroups = Array.isArray(raw.errorGroups)
        ? raw.errorGroups.map((g) => (isObject(g) ? str(g.id) : undefined)).filter((x) => Boolean(x))
        : [];
    const project = rl.project_id ?? (logName?.startsWith('projects/') ? logName.split('/')[1] : undefined);
    return {
        insertId: str(raw.insertId),
        timestamp: new Date(time).toISOString(),
        time,
        severity,
        project,
        resourceType: str(resource.type),
        service: rl.service_name ?? rl.job_name ?? rl.function_name ?? rl.module_id ?? rl.container_name,
        revision: rl.revision_name ?? rl.version_id,
        location: rl.location ?? rl.region ?? rl.zone,
        instance: labels.instanceId ?? labels['compute.googleapis.com/resource_name'],
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
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: ./src/group/fingerprint.ts

/** Short stable hash of a signature's parts, prefixed with the signer version. */
function fingerprint(version, ...parts) {
    const h = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
    return `${version}:${h}`;
}

;// CONCATENATED MODULE: ./src/group/basic-signer.ts

const VERSION = 'v1';
function maskValues(text) {
    return text
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<*>')
        .replace(/\b\d+(\.\d+)?(ms|s|m|h)\b/g, '<*>')
        .replace(/\b0x[0-9a-f]+\b/gi, '<*>')
        .replace(/\b[0-9a-f]{12,}\b/gi, '<*>')
        .replace(/\d+(\.\d+)?/g, '<*>')
        .replace(/'[^']*'|"[^"]*"/g, (m) => (m.length > 40 ? '<*>' : m))
        .replace(/\s+/g, ' ')
        .trim();
}
function createBasicSigner() {
    return {
        version: VERSION,
        sign(record) {
            if (record.errorGroups.length > 0) {
                const title = record.message.split('\n')[0].slice(0, 200);
                return { kind: 'explicit', fingerprint: fingerprint(VERSION, 'eg', record.errorGroups[0]), title, detail: record.errorGroups[0] };
            }
            if (record.kind === 'requests' && record.http) {
                const { method = 'GET', path = '/', status = 0 } = record.http;
                const detail = `${method} ${maskValues(path)} ${Math.floor(status / 100)}xx`;
                return { kind: 'request', fingerprint: fingerprint(VERSION, 'req', detail), title: `HTTP ${detail}`, detail };
            }
            const lines = record.message.split('\n');
            const exc = lines.map((l) => /^(\w[\w.]*(?:Error|Exception|Exit|Interrupt))\b:?/.exec(l.trim())).find(Boolean);
            const headline = exc ? exc.input.trim() : lines[0];
            const detail = maskValues(headline);
            return {
                kind: 'template',
                fingerprint: fingerprint(VERSION, 'tpl', detail),
                title: detail.slice(0, 200),
                detail,
                exceptionType: exc ? exc[1] : undefined,
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/group/template-miner.ts
// Online template mining for free-text messages, one message a line (the CLI `group` contract).
// Foundation stub: masked-values key; the grouping engine issue replaces it.

function createTemplateMiner() {
    const ids = new Map();
    return {
        add(message) {
            const key = maskValues(message);
            let id = ids.get(key);
            if (id === undefined) {
                id = `g${ids.size + 1}`;
                ids.set(key, id);
            }
            return id;
        },
    };
}

;// CONCATENATED MODULE: ./src/group/reassemble.ts
async function* reassemble(records) {
    yield* records;
}

;// CONCATENATED MODULE: ./src/group/index.ts





;// CONCATENATED MODULE: ./src/triage/index.ts

const STARTUP = /\b(startup|start-up|failed to start|cannot start|could not start|boot(?:ing)? failed|container called exit|failed to initiali[sz]e)\b/i;
const IMPORT = /^(ImportError|ModuleNotFoundError|Cannot find module|ERR_MODULE_NOT_FOUND|ClassNotFoundException|NoClassDefFoundError)/;
function hours(g) {
    return Math.max(1, Object.keys(g.hourly).length);
}
const BUILTIN_RULES = [
    {
        id: 'builtin:critical-severity',
        priority: 'P0',
        test: (g) => severityRank(g.maxSeverity) >= severityRank('CRITICAL'),
        impact: () => 'Entries at CRITICAL or above: the service reports it cannot do its job.',
    },
    {
        id: 'builtin:import-error',
        priority: 'P0',
        test: (g) => IMPORT.test(g.signature.exceptionType ?? '') || IMPORT.test(g.signature.title),
        impact: () => 'Code fails to load: every request that reaches this code path fails.',
    },
    {
        id: 'builtin:startup-failure',
        priority: 'P0',
        test: (g) => severityRank(g.maxSeverity) >= severityRank('ERROR') && STARTUP.test(g.signature.title + '\n' + g.samples[0]),
        impact: () => 'Instances fail to start: capacity drops and deploys may not roll out.',
    },
    {
        id: 'builtin:server-errors',
        priority: 'P1',
        test: (g) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5')) && g.count >= 5,
        impact: (g) => `${g.count} requests answered with a server error.`,
    },
    {
        id: 'builtin:error',
        priority: 'P1',
        test: (g) => severityRank(g.maxSeverity) >= severityRank('ERROR'),
        impact: (g) => `Errors on ${g.count} occasions: the affected operations fail.`,
    },
    {
        id: 'builtin:frequent-warning',
        priority: 'P2',
        test: (g) => severityRank(g.maxSeverity) >= severityRank('WARNING') && g.count / hours(g) >= 10,
        impact: (g) => `A warning about ${Math.round(g.count / hours(g))} times an hour: likely a degraded feature.`,
    },
    {
        id: 'builtin:server-errors-few',
        priority: 'P2',
        test: (g) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5')),
        impact: (g) => `${g.count} requests answered with a server error.`,
    },
    {
        id: 'builtin:warning',
        priority: 'P3',
        test: () => true,
        impact: () => 'Warnings that may signal a degraded dependency; watch for growth.',
    },
];
function componentOf(g) {
    const r = g.exemplar;
    if (r.logger)
        return r.logger.split(/[./:]/).filter(Boolean).slice(-1)[0] ?? r.logger;
    const file = r.sourceLocation?.file;
    if (file)
        return file.split('/').slice(-1)[0].replace(/\.\w+$/, '');
    if (g.signature.kind === 'request')
        return 'http';
    return r.service ?? 'unknown';
}
function triage(g, _config) {
    const rule = BUILTIN_RULES.find((r) => r.test(g));
    return { priority: rule.priority, reason: rule.id, impact: rule.impact(g), component: componentOf(g), owners: [] };
}

;// CONCATENATED MODULE: ./src/version.ts
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/pipeline.ts





function redactRecord(r, redactor) {
    const http = r.http && { ...r.http, url: r.http.url && redactor.redact(r.http.url), path: r.http.path && redactor.redact(r.http.path) };
    return {
        ...r,
        message: redactor.redact(r.message),
        stackTrace: r.stackTrace && redactor.redact(r.stackTrace),
        http,
        labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, redactor.redact(v)])),
    };
}
async function collect(opts) {
    const stats = { entries: 0, malformed: [], ignored: 0 };
    let span;
    const failures = [];
    const bySeverity = {};
    async function* records() {
        for await (const item of opts.source.read()) {
            switch (item.kind) {
                case 'entry':
                    try {
                        const record = redactRecord(normalizeEntry(item.value), opts.redactor);
                        stats.entries += 1;
                        yield record;
                    }
                    catch (e) {
                        if (!(e instanceof EntryError))
                            throw e;
                        stats.malformed.push({ position: item.position, reason: e.message });
                    }
                    break;
                case 'malformed':
                    stats.malformed.push({ position: item.position, reason: item.reason });
                    break;
                case 'truncated':
                    stats.truncated = { limit: item.limit, note: item.note };
                    break;
                case 'failure':
                    failures.push(item.message);
                    break;
            }
        }
    }
    const acc = new GroupAccumulator();
    for await (const record of reassemble(records())) {
        if (opts.admit && !opts.admit(record)) {
            stats.belowThreshold = (stats.belowThreshold ?? 0) + 1;
            continue;
        }
        if (opts.ignore?.(record)) {
            stats.ignored += 1;
            continue;
        }
        bySeverity[record.severity] = (bySeverity[record.severity] ?? 0) + 1;
        if (!span)
            span = { first: record.timestamp, last: record.timestamp };
        else if (record.timestamp < span.first)
            span.first = record.timestamp;
        else if (record.timestamp > span.last)
            span.last = record.timestamp;
        acc.add(record, opts.signer.sign(record));
    }
    return { groups: acc.result(), stats, bySeverity, failures, span };
}
function buildReport(collected, opts) {
    const groups = collected.groups.map((g) => ({ ...g, triage: triage(g, opts.config), explorerUrl: opts.explorerUrl?.(g) }));
    const order = (p) => PRIORITIES.indexOf(p);
    groups.sort((a, b) => order(a.triage.priority) - order(b.triage.priority) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
    const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, groups.filter((g) => g.triage.priority === p).length]));
    const highestPriority = PRIORITIES.find((p) => byPriority[p] > 0) ?? 'none';
    return {
        schemaVersion: 1,
        tool: { name: 'gcp-log-gardener', version: version_VERSION, signer: opts.signerVersion },
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

;// CONCATENATED MODULE: ./src/safety/redact.ts
// Redaction of secrets and personal data from log text, before it reaches any output.
// Placeholders are stable tokens such as "<redacted:jwt>" so grouping sees one shape.
// Foundation stub: the trust issue replaces this with the full pattern set.
function createRedactor(options = {}) {
    const patterns = [
        [/\b(Bearer)\s+[A-Za-z0-9\-._~+/]+=*/g, '$1 <redacted:token>'],
        [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '<redacted:jwt>'],
        [/\b(password|passwd|secret|token|api[_-]?key)=([^\s&"']+)/gi, '$1=<redacted:secret>'],
    ];
    if (options.emails !== false)
        patterns.push([/[\w.+-]+@[\w-]+\.[\w.-]+/g, '<redacted:email>']);
    for (const p of options.extraPatterns ?? [])
        patterns.push([new RegExp(p, 'g'), '<redacted:custom>']);
    return {
        redact(text) {
            let out = text;
            for (const [re, to] of patterns)
                out = out.replace(re, to);
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/triage/config.ts
function defaultConfig() {
    return { components: [], priorities: [], ignore: [], fingerprints: [], redact: { patterns: [], emails: true, ips: true } };
}

;// CONCATENATED MODULE: ./src/gcp/query.ts
function quote(v) {
    return JSON.stringify(v);
}
function buildQuery(settings, now) {
    const until = settings.until ?? now;
    const since = settings.since ?? new Date(until.getTime() - settings.windowMs);
    const clauses = [`resource.type=${quote(settings.resourceType)}`];
    if (settings.services.length === 1)
        clauses.push(`resource.labels.service_name=${quote(settings.services[0])}`);
    else if (settings.services.length > 1)
        clauses.push(`(${settings.services.map((s) => `resource.labels.service_name=${quote(s)}`).join(' OR ')})`);
    clauses.push(`severity>=${settings.minSeverity}`);
    clauses.push(`timestamp>=${quote(since.toISOString())}`, `timestamp<${quote(until.toISOString())}`);
    if (settings.extraFilter)
        clauses.push(`(${settings.extraFilter})`);
    const filter = clauses.join(' AND ');
    const project = settings.projects[0] ? `--project=${settings.projects[0]} ` : '';
    return {
        projects: settings.projects,
        services: settings.services,
        resourceType: settings.resourceType,
        minSeverity: settings.minSeverity,
        since: since.toISOString(),
        until: until.toISOString(),
        filter,
        gcloudCommand: `gcloud logging read ${project}--format=json --limit=${settings.maxEntries} '${filter.replace(/'/g, "'\\''")}'`,
    };
}

;// CONCATENATED MODULE: ./src/safety/markdown.ts
// Log content is hostile text. These helpers make it inert in GitHub-flavoured markdown:
// no mentions, no issue references or closing keywords, no HTML, no forged hidden markers,
// no escape from a fenced block or a table cell.
const ZWSP = '\u200b';
/** Text for running prose or a heading: inert, on one line. */
function inline(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[\w-])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/([`*_[\]|\\])/g, '\\$1');
}
/** Text as a table cell. */
function cell(text) {
    return inline(text);
}
/** Text as inline code: cannot break out of its backticks. */
function code(text) {
    const t = text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
    return '`' + t + '`';
}
/** Text as a fenced code block, with a fence longer than any backtick run inside. */
function fenced(text, lang = 'text') {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+|~+/g), (m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const body = text.replace(/<!--/g, '<!-\u200b-');
    return `${fence}${lang}\n${body}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/render/format.ts
/** "a (3), b (1)" sorted by count, at most `max` keys. */
function topKeys(counts, max = 5) {
    return Object.entries(counts)
        .filter((e) => e[1] !== undefined)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, max)
        .map(([k]) => k);
}
function countList(counts, max = 5, fmt = (k) => k) {
    const keys = topKeys(counts, max);
    const rest = Object.keys(counts).length - keys.length;
    const parts = keys.map((k) => `${fmt(k)} (${counts[k]})`);
    if (rest > 0)
        parts.push(`${rest} more`);
    return parts.join(', ');
}
/** Entries per hour over the hours the group was active. */
function ratePerHour(count, firstSeen, lastSeen) {
    const hours = Math.max(1, (Date.parse(lastSeen) - Date.parse(firstSeen)) / 3_600_000);
    return count / hours;
}
function utc(iso) {
    return iso.replace(/\.\d{3}Z$/, 'Z');
}
/** Text histogram of hourly counts, oldest first, one block per hour in the range. */
function sparkline(hourly, since, until, maxHours = 96) {
    const bars = '▁▂▃▄▅▆▇█';
    const start = Math.floor(Date.parse(since) / 3_600_000);
    const end = Math.max(start, Math.ceil(Date.parse(until) / 3_600_000) - 1);
    const from = Math.max(start, end - maxHours + 1);
    const values = [];
    for (let h = from; h <= end; h++)
        values.push(hourly[new Date(h * 3_600_000).toISOString().slice(0, 13)] ?? 0);
    const max = Math.max(1, ...values);
    return values.map((v) => (v === 0 ? '·' : bars[Math.min(7, Math.floor((v / max) * 7.999))])).join('');
}

;// CONCATENATED MODULE: ./src/render/recommend.ts


function recommendation(g) {
    const revisions = topKeys(g.revisions, 2).map(code).join(', ');
    const where = revisions ? ` (seen in ${revisions})` : '';
    const reason = g.triage.reason;
    if (reason.includes('import-error'))
        return `Restore the missing import or module${where}; check the last deploy's dependencies and renamed symbols.`;
    if (reason.includes('startup'))
        return `Fix the startup failure${where}; instances that cannot start drop capacity and block rollouts.`;
    if (reason.includes('critical'))
        return `Investigate now${where}: the service logged CRITICAL or above.`;
    if (reason.includes('server-errors'))
        return `Find the handler behind the failing requests${where} and its upstream errors in the same trace.`;
    if (g.signature.exceptionType)
        return `Handle or fix ${code(g.signature.exceptionType)}${where}.`;
    if (reason.includes('frequent'))
        return `Find why ${inline(g.triage.component)} warns this often${where}; fix the cause or lower the level if it is expected.`;
    return `Review ${inline(g.triage.component)}${where} and decide: fix, or add an ignore rule with an expiry.`;
}

;// CONCATENATED MODULE: ./src/render/worklog.ts




const PRIORITY_HEADINGS = {
    P0: 'Immediate (P0 - Critical)',
    P1: 'High Priority (P1)',
    P2: 'Medium Priority (P2)',
    P3: 'Low Priority (P3)',
};
const STATUS_ICON = { P0: '❌ FAILING', P1: '⚠️ DEGRADED', P2: '⚠️ INTERMITTENT', P3: 'ℹ️ WATCH', none: '✅ OPERATIONAL' };
function serviceLabel(report) {
    return report.query.services.join(', ') || topKeys(Object.assign({}, ...report.groups.map((g) => g.services))).join(', ') || 'all services';
}
function header(r) {
    const q = r.query;
    const lines = [
        `# GCP Log Gardener Worklog - ${inline(serviceLabel(r))}`,
        `**Generated:** ${utc(r.generatedAt)}  `,
        `**Service:** ${inline(serviceLabel(r))}${q.projects.length ? ` (project ${q.projects.map(inline).join(', ')})` : ''}  `,
        `**Time Range:** ${utc(q.since)} to ${utc(q.until)} (UTC)  `,
        `**Source:** ${r.source.kind === 'file' ? `file ${code(r.source.path ?? '-')}` : 'Cloud Logging API'}  `,
        `**Entries:** ${r.stats.entries} read, ${r.groups.length} groups${r.stats.ignored ? `, ${r.stats.ignored} ignored by rules` : ''}${r.stats.belowThreshold ? `, ${r.stats.belowThreshold} below ${q.minSeverity}` : ''}${r.stats.malformed.length ? `, ${r.stats.malformed.length} malformed` : ''}  `,
        `**Filter:**`,
        '',
        fenced(q.filter),
    ];
    if (r.stats.truncated)
        lines.push('', `> [!WARNING]`, `> Collection stopped at the max-entries budget (${r.stats.truncated.limit}): ${inline(r.stats.truncated.note)}`);
    if (r.failures.length) {
        lines.push('', '> [!CAUTION]', '> Part of this run failed; everything collected before the failure is below.');
        for (const f of r.failures)
            lines.push(`> - ${inline(f)}`);
    }
    return lines;
}
function changes(r) {
    const trended = r.groups.filter((g) => g.trend && g.trend !== 'ongoing');
    if (!trended.length && !r.resolved.length)
        return [];
    const lines = ['## 🔄 WHAT CHANGED SINCE THE LAST RUN', ''];
    for (const t of ['new', 'rising', 'falling']) {
        const gs = trended.filter((g) => g.trend === t);
        if (gs.length)
            lines.push(`- **${t[0].toUpperCase()}${t.slice(1)}:** ${gs.map((g) => `[${g.triage.priority}] ${inline(g.signature.title)}`).join('; ')}`);
    }
    if (r.resolved.length)
        lines.push(`- **Resolved (absent from this window):** ${r.resolved.map((g) => `[${g.priority}] ${inline(g.title)}`).join('; ')}`);
    lines.push('', '---', '');
    return lines;
}
function severityLabel(g) {
    return SEVERITIES.filter((s) => g.severities[s]).reverse().map((s) => `${s} (${g.severities[s]})`).join(', ');
}
function context(g) {
    const r = g.exemplar;
    const items = [
        ['Component', inline(g.triage.component)],
        ['Services', countList(g.services, 5, inline) || undefined],
        ['Revisions', countList(g.revisions, 5, inline) || undefined],
        ['Locations', countList(g.locations, 5, inline) || undefined],
        ['Instances', Object.keys(g.instances).length ? String(Object.keys(g.instances).length) : undefined],
        ['Log streams', countList(g.kinds, 5) || undefined],
        ['HTTP statuses', countList(g.statuses, 5) || undefined],
        ['Logger', r.logger && code(r.logger)],
        ['Source location', r.sourceLocation?.file && code(`${r.sourceLocation.file}${r.sourceLocation.line ? `:${r.sourceLocation.line}` : ''}${r.sourceLocation.function ? ` (${r.sourceLocation.function})` : ''}`)],
        ['Trace', r.trace && code(r.trace)],
        ['Error Reporting group', r.errorGroups[0] && code(r.errorGroups[0])],
        ['Signature', `${g.signature.kind} ${code(g.signature.fingerprint)}`],
        ['Owners', g.triage.owners.length ? g.triage.owners.map(inline).join(', ') : undefined],
    ];
    return items.filter(([, v]) => v).map(([k, v]) => `- ${k}: ${v}`);
}
function groupSection(g, n, r) {
    const rate = ratePerHour(g.count, g.firstSeen, g.lastSeen);
    const lines = [
        `### ${n}. [${g.triage.priority}] ${inline(g.triage.component)}: ${inline(g.signature.title)}`,
        `**Impact:** ${inline(g.triage.impact)}  `,
        `**Severity:** ${severityLabel(g)}  `,
        `**Priority:** ${g.triage.priority}, set by ${code(g.triage.reason)}  `,
        `**First Occurrence:** ${utc(g.firstSeen)}  `,
        `**Last Occurrence:** ${utc(g.lastSeen)}  `,
        `**Pattern:** ${g.count} occurrence${g.count === 1 ? '' : 's'}, ~${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/hour while active, up to ${g.maxConsecutive} in a row${g.trend ? `, ${g.trend}` : ''}  `,
        `**Hourly:** ${code(sparkline(g.hourly, r.query.since, r.query.until))}  `,
    ];
    if (g.issue)
        lines.push(`**GitHub issue:** [issue ${g.issue.number}](${g.issue.url}) (${g.issue.state})  `);
    if (g.explorerUrl)
        lines.push(`**Logs Explorer:** [open the query](${g.explorerUrl})  `);
    lines.push('', '**Error Details:**', '', fenced(g.samples[0] ?? g.signature.title));
    if (g.samples.length > 1) {
        lines.push('', `<details><summary>${g.samples.length - 1} more example${g.samples.length > 2 ? 's' : ''}</summary>`, '');
        for (const s of g.samples.slice(1))
            lines.push(fenced(s), '');
        lines.push('</details>');
    }
    lines.push('', '**Technical Context:**', ...context(g), '', '---', '');
    return lines;
}
function metrics(r) {
    const lines = ['## 📊 SUMMARY METRICS', '', '### Error Distribution', '| Severity | Count | Primary Component |', '|----------|-------|------------------|'];
    for (const s of [...SEVERITIES].reverse()) {
        const count = r.bySeverity[s];
        if (!count)
            continue;
        const comps = {};
        for (const g of r.groups)
            if (g.severities[s])
                comps[g.triage.component] = (comps[g.triage.component] ?? 0) + (g.severities[s] ?? 0);
        lines.push(`| **${s}** | ${count} | ${topKeys(comps, 3).map(cell).join(', ') || 'None identified'} |`);
    }
    lines.push('', '### Groups by Priority', '| Priority | Groups | Entries |', '|----------|--------|---------|');
    for (const p of PRIORITIES) {
        const gs = r.groups.filter((g) => g.triage.priority === p);
        lines.push(`| ${p} | ${gs.length} | ${gs.reduce((n, g) => n + g.count, 0)} |`);
    }
    lines.push('', '### Service Health Status');
    const worst = new Map();
    for (const g of r.groups) {
        const w = worst.get(g.triage.component);
        if (!w || PRIORITIES.indexOf(g.triage.priority) < PRIORITIES.indexOf(w))
            worst.set(g.triage.component, g.triage.priority);
    }
    if (!worst.size)
        lines.push('- All components: ✅ OPERATIONAL (no warnings or errors in the window)');
    for (const [component, p] of [...worst].sort((a, b) => PRIORITIES.indexOf(a[1]) - PRIORITIES.indexOf(b[1]) || a[0].localeCompare(b[0]))) {
        const titles = r.groups.filter((g) => g.triage.component === component && g.triage.priority === p).map((g) => g.signature.title);
        lines.push(`- **${inline(component)}:** ${STATUS_ICON[p]} (${inline(titles[0].slice(0, 100))}${titles.length > 1 ? ` and ${titles.length - 1} more` : ''})`);
    }
    lines.push('', '---', '');
    return lines;
}
function actions(r) {
    const lines = ['## 🎯 RECOMMENDED ACTIONS', ''];
    let n = 0;
    for (const p of PRIORITIES) {
        const gs = r.groups.filter((g) => g.triage.priority === p);
        if (!gs.length)
            continue;
        lines.push(`### ${PRIORITY_HEADINGS[p]}`);
        for (const g of gs) {
            n += 1;
            const link = g.issue ? ` ([issue ${g.issue.number}](${g.issue.url}))` : '';
            lines.push(`${n}. **${inline(g.triage.component)}: ${inline(g.signature.title.slice(0, 120))}**${link}`, `   - ${recommendation(g)}`);
        }
        lines.push('');
    }
    if (!n)
        lines.push('Nothing to do: no groups in this window.', '');
    lines.push('---', '');
    return lines;
}
function nextSteps(r) {
    const filed = r.groups.filter((g) => g.issue).length;
    const steps = [
        filed
            ? `GitHub issues: ${filed} group${filed === 1 ? '' : 's'} linked to issues (new, updated or reopened above).`
            : 'GitHub issues: run with `create-issues: true` and a `github-token` to file or update one issue per group.',
        'Fix P0 groups first; each section above names the revisions and the first occurrence to start from.',
        'Re-run after the fix: a group absent from the next window is reported as resolved.',
    ];
    if (r.stats.malformed.length)
        steps.push(`Check the export: ${r.stats.malformed.length} entries could not be read (first at position ${r.stats.malformed[0].position}: ${inline(r.stats.malformed[0].reason)}).`);
    return ['## 📋 NEXT STEPS', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', '---', ''];
}
function renderWorklog(r) {
    const lines = [...header(r), '', '---', '', ...changes(r)];
    lines.push(r.groups.length ? '## 🚨 ISSUES DISCOVERED' : '## ✅ NO ISSUES DISCOVERED', '');
    if (!r.groups.length)
        lines.push(`No entries at ${r.query.minSeverity} or above in the window.`, '', '---', '');
    r.groups.forEach((g, i) => lines.push(...groupSection(g, i + 1, r)));
    lines.push(...metrics(r), ...actions(r), ...nextSteps(r));
    lines.push(`**Generated by:** GCP Log Gardener v${r.tool.version} (signatures ${r.tool.signer})  `, `**Collection Command:** ${code(r.query.gcloudCommand)}  `, `**Analysis Status:** ${r.failures.length ? 'PARTIAL: see the failures at the top' : 'COMPLETE'}`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/gate.ts

function evaluateGate(report, failOn, newOnly = false) {
    if (failOn === 'none')
        return { failed: false, groups: [], text: 'Gate off (fail-on: none).' };
    const limit = PRIORITIES.indexOf(failOn);
    const groups = report.groups.filter((g) => PRIORITIES.indexOf(g.triage.priority) <= limit && (!newOnly || g.trend === undefined || g.trend === 'new'));
    const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
    if (!groups.length)
        return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.` };
    const names = groups.slice(0, 10).map((g) => `[${g.triage.priority}] ${g.signature.title.slice(0, 120)}`).join('; ');
    return { failed: true, groups, text: `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${groups.length > 10 ? '; ...' : ''}` };
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./src/publish/paths.ts
// Expands the worklog path template: {service}, {timestamp}, {date}.
function expandPathTemplate(template, service, at) {
    const iso = at.toISOString();
    const timestamp = iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const safeService = service.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'all-services';
    return template.replace(/\{service\}/g, safeService).replace(/\{timestamp\}/g, timestamp).replace(/\{date\}/g, iso.slice(0, 10));
}
/** The JSON report's path beside a worklog path. */
function reportPathFor(worklogPath) {
    return worklogPath.replace(/\.md$/i, '') + '.json';
}

;// CONCATENATED MODULE: ./src/publish/files.ts
// Writes the worklog and the JSON report to a local folder.



async function writeOutputs(outputDir, worklogPath, markdown, json) {
    await (0,promises_namespaceObject.mkdir)(outputDir, { recursive: true });
    const worklog = (0,external_node_path_namespaceObject.join)(outputDir, (0,external_node_path_namespaceObject.basename)(worklogPath));
    const report = reportPathFor(worklog);
    await (0,promises_namespaceObject.writeFile)(worklog, markdown);
    await (0,promises_namespaceObject.writeFile)(report, json);
    return { worklog, report };
}

;// CONCATENATED MODULE: ./src/run.ts













const quiet = { info: () => { }, warning: () => { } };
async function loadConfig(_settings) {
    return defaultConfig();
}
async function run(settings, options = {}) {
    const now = options.now ?? new Date();
    const env = options.env ?? process.env;
    const log = options.log ?? quiet;
    const config = await loadConfig(settings);
    let source;
    if (settings.inputFile) {
        await checkReadable(settings.inputFile, 'input');
        source = fileSource(settings.inputFile, options.stdin);
    }
    else {
        if (!options.openCloudSource)
            throw new InputError('input', 'no log file given and Cloud Logging is not available here', 'set input to a `gcloud logging read --format=json` export');
        source = await options.openCloudSource(settings, env);
    }
    const fileMode = source.kind === 'file';
    const since = settings.since?.getTime() ?? -Infinity;
    const until = settings.until?.getTime() ?? Infinity;
    const collected = await collect({
        source,
        signer: createBasicSigner(),
        redactor: createRedactor(config.redact),
        admit: fileMode ? (r) => atOrAbove(r, settings.minSeverity) && r.time >= since && r.time < until : undefined,
    });
    const { stats } = collected;
    if (fileMode && stats.entries === 0 && stats.malformed.length > 0) {
        const first = stats.malformed[0];
        throw new InputError('input', `no log entry could be read from ${settings.inputFile} (${stats.malformed.length} malformed; entry ${first.position}: ${first.reason})`, 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line');
    }
    for (const m of stats.malformed.slice(0, 5))
        log.warning(`input: entry ${m.position} skipped: ${m.reason}`);
    if (stats.malformed.length > 5)
        log.warning(`input: ${stats.malformed.length - 5} more malformed entries skipped`);
    for (const f of collected.failures)
        log.warning(f);
    // In file mode the range is what the export holds, unless since/until narrowed it.
    const span = collected.span;
    const seenServices = [...new Set(collected.groups.flatMap((g) => Object.keys(g.services)))].sort();
    const seenProjects = [...new Set(collected.groups.map((g) => g.exemplar.project).filter((p) => Boolean(p)))].sort();
    const querySettings = fileMode
        ? { ...settings, services: settings.services.length ? settings.services : seenServices, projects: settings.projects.length ? settings.projects : seenProjects, since: settings.since ?? (span ? new Date(span.first) : undefined), until: settings.until ?? (span ? new Date(Date.parse(span.last) + 1000) : undefined) }
        : settings;
    const query = buildQuery(querySettings, now);
    const report = buildReport(collected, {
        query,
        source: fileMode ? { kind: 'file', path: settings.inputFile } : { kind: 'cloud-logging' },
        config,
        signerVersion: createBasicSigner().version,
        now,
    });
    const markdown = renderWorklog(report);
    const json = JSON.stringify(report, null, 2) + '\n';
    const repoPath = expandPathTemplate(settings.worklogPath, serviceLabel(report).split(',')[0], now);
    const files = await writeOutputs(settings.outputDir, repoPath, markdown, json);
    const gate = evaluateGate(report, settings.failOn, settings.failOnNewOnly);
    return { report, markdown, json, files, repoPath, gate };
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Minimal flag parsing: `--name value`, `--name=value`, and bare `--flag` for booleans.

function parseArgs(argv, known, booleans) {
    const flags = new Map();
    let command;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (!a.startsWith('--')) {
            if (command === undefined) {
                command = a;
                continue;
            }
            throw new InputError(a, 'unexpected argument', 'give options as --name value; see --help');
        }
        const eq = a.indexOf('=');
        const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
        if (!known.has(name))
            throw new InputError(`--${name}`, 'unknown option', 'see --help for the options');
        if (eq !== -1)
            flags.set(name, a.slice(eq + 1));
        else if (booleans.has(name) && (i + 1 >= argv.length || argv[i + 1].startsWith('--') || !/^(true|false|yes|no|1|0|on|off)$/i.test(argv[i + 1])))
            flags.set(name, 'true');
        else if (i + 1 < argv.length)
            flags.set(name, argv[++i]);
        else
            throw new InputError(`--${name}`, 'needs a value', `give it as --${name} VALUE`);
    }
    return { command, flags };
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = require("node:readline");
;// CONCATENATED MODULE: ./src/cli/group.ts
// `group --input FILE`: one message a line in, one {"line_id","group_id"} object a line out.



async function runGroupCommand(inputPath, out) {
    const miner = createTemplateMiner();
    const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: (0,external_node_fs_namespaceObject.createReadStream)(inputPath), crlfDelay: Infinity });
    let n = 0;
    let buf = [];
    for await (const line of lines) {
        n += 1;
        buf.push(`{"line_id":${n},"group_id":${JSON.stringify(miner.add(line))}}`);
        if (buf.length === 8192) {
            out.write(buf.join('\n') + '\n');
            buf = [];
        }
    }
    if (buf.length)
        out.write(buf.join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
// The command line: the same stages as the action, on a log export or on Cloud Logging.







const RUN_OPTIONS = [
    'input', 'project-id', 'service', 'resource-type', 'min-severity', 'window', 'since', 'until', 'filter', 'max-entries',
    'auth-mode', 'workload-identity-provider', 'service-account', 'audience', 'config', 'previous-report', 'output-dir',
    'worklog-path', 'dry-run', 'fail-on', 'fail-on-new-only',
];
const BOOLEANS = new Set(['dry-run', 'fail-on-new-only', 'help', 'version']);
const HELP = `gcp-log-gardener ${version_VERSION}: group Google Cloud warnings and errors into issues, triage them, write a worklog.

Usage:
  gcp-log-gardener run --input logs.json [options]   worklog from a \`gcloud logging read --format=json\` export ('-' = stdin)
  gcp-log-gardener run --project-id P --service S    worklog from Cloud Logging (Application Default Credentials)
  gcp-log-gardener group --input messages.txt         one message a line in, {"line_id","group_id"} a line out

Options of run (same names and defaults as the action's inputs; see the README):
  ${RUN_OPTIONS.map((o) => `--${o}`).join('  ')}

Exit status: 0 done, 1 bad input or failure, 2 the fail-on gate failed.`;
async function cli(argv, out = process.stdout, err = process.stderr) {
    try {
        const known = new Set([...RUN_OPTIONS, 'help', 'version']);
        const { command, flags } = parseArgs(argv, known, BOOLEANS);
        if (flags.has('version')) {
            out.write(`${version_VERSION}\n`);
            return 0;
        }
        if (flags.has('help') || command === undefined || command === 'help') {
            out.write(HELP + '\n');
            return command === undefined && !flags.has('help') ? 1 : 0;
        }
        if (command === 'group') {
            const input = flags.get('input');
            if (!input)
                throw new InputError('--input', 'missing', 'give the file of messages, one a line: group --input FILE');
            await runGroupCommand(input, out);
            return 0;
        }
        if (command !== 'run')
            throw new InputError(command, 'unknown command', 'use run or group (see --help)');
        const settings = readSettings((name) => flags.get(name) ?? '', process.env);
        if (!flags.has('output-dir'))
            settings.outputDir = '.';
        const outcome = await run(settings, {
            log: { info: (m) => err.write(`${m}\n`), warning: (m) => err.write(`warning: ${m}\n`) },
        });
        const r = outcome.report;
        err.write(`Read ${r.stats.entries} entries into ${r.groups.length} groups (${PRIORITIES.map((p) => `${p}: ${r.byPriority[p]}`).join(', ')}).\n`);
        for (const f of r.failures)
            err.write(`failed: ${f}\n`);
        err.write(`${outcome.gate.text}\n`);
        out.write(`Worklog written to ${outcome.files.worklog}\nReport written to ${outcome.files.report}\n`);
        if (r.failures.length)
            return 1;
        return outcome.gate.failed ? 2 : 0;
    }
    catch (e) {
        err.write(`error: ${errorLine(e)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts

void cli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map