#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ errorLine),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
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


/***/ }),

/***/ 1857:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ parseProvider)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
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

/***/ 5366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zq: () => (/* binding */ buildQuery),
/* harmony export */   fE: () => (/* binding */ explorerUrl)
/* harmony export */ });
/* unused harmony exports MAX_FILTER_LENGTH, quote, serviceLabel, severityClause, gcloudCommand, titleSearchTerm */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);


/** The API refuses longer filters. */
const MAX_FILTER_LENGTH = 20_000;
/** Resource label that names "the service" of each resource type. */
const SERVICE_LABEL = {
    cloud_run_revision: 'service_name',
    cloud_run_job: 'job_name',
    cloud_function: 'function_name',
    gae_app: 'module_id',
    k8s_container: 'container_name',
    gce_instance: 'instance_id',
};
/** Text that marks a stack trace in an entry written without a severity (plain stdout/stderr). */
const TRACE_MARKERS = ['Traceback (most recent call last)', 'Exception', 'panic:'];
function quote(v) {
    return JSON.stringify(v);
}
function anyOf(clauses) {
    return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}
function serviceLabel(resourceType) {
    return SERVICE_LABEL[resourceType] ?? 'service_name';
}
function serviceClause(resourceType, services) {
    if (services.length === 0)
        return undefined;
    const key = `resource.labels.${serviceLabel(resourceType)}`;
    return anyOf(services.map((s) => `${key}=${quote(s)}`));
}
/**
 * Severity, widened to what the severity alone would miss: 5xx request logs, and entries written
 * without a severity that Error Reporting grouped or that carry a stack trace. Plain stderr lines
 * come too: a traceback printed line by line arrives as one entry a line, and only its first line
 * says "Traceback"; the run joins the lines and drops what is still below the severity.
 */
function severityClause(min) {
    if (min === 'DEFAULT')
        return undefined;
    const traces = [
        'errorGroups.id:*',
        ...TRACE_MARKERS.map((m) => `textPayload:${quote(m)}`),
        'jsonPayload.stack_trace:*',
        'jsonPayload.exception:*',
        'logName:"stderr"',
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
    if (!_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .o.includes(settings.minSeverity)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('min-severity', `unknown severity ${quote(settings.minSeverity)}`, `use one of ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .o.join(', ')}`);
    }
    const extraFilter = settings.extraFilter?.trim() || undefined;
    const parts = {
        resourceType: settings.resourceType || 'cloud_run_revision',
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
/** Narrowing clauses that pick out one group's entries as far as the query language allows. */
function groupNarrowing(group) {
    const e = group.exemplar;
    if (e.errorGroups.length > 0)
        return [`errorGroups.id=${quote(e.errorGroups[0])}`];
    if (group.signature.kind === 'request' || e.kind === 'requests') {
        const statuses = Object.keys(group.statuses).filter((s) => /^\d{3}$/.test(s));
        const clauses = [statuses.length > 0 ? anyOf(statuses.map((s) => `httpRequest.status=${s}`)) : undefined];
        if (e.http?.path)
            clauses.push(`httpRequest.requestUrl:${quote(e.http.path)}`);
        return clauses.filter((c) => Boolean(c));
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


/***/ }),

/***/ 38522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ PRIORITIES),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
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


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 90290:
/***/ ((module) => {

module.exports = require("async_hooks");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = require("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = require("node:stream/web");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 16141:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			id: moduleId,
/******/ 			loaded: false,
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(38522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
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

// EXTERNAL MODULE: ./src/gcp/provider.ts
var provider = __nccwpck_require__(1857);
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
function date(get, name) {
    const v = get(name).trim();
    if (v === '')
        return undefined;
    const ms = parseDuration(v);
    if (ms !== undefined)
        return new Date(Date.now() - ms);
    if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) {
        throw new errors/* InputError */.d(name, `"${v}" is not a time`, 'give an ISO 8601 UTC time such as 2025-09-11T00:00:00Z, or a duration ago such as 6h');
    }
    return new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(v) || v.length === 10 ? v : `${v}Z`);
}
function parseSeverityInput(get, name) {
    const upper = (s) => {
        const u = s.toUpperCase();
        return u === 'WARN' ? 'WARNING' : u;
    };
    return oneOf(get, name, types/* SEVERITIES */.o, 'WARNING', upper);
}
function readSettings(get, env = process.env) {
    const window = get('window').trim() || '24h';
    const windowMs = parseDuration(window);
    if (windowMs === undefined)
        throw new errors/* InputError */.d('window', `"${window}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
    const since = date(get, 'since');
    const until = date(get, 'until');
    if (since && until && since >= until)
        throw new errors/* InputError */.d('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'swap since and until, or drop one');
    const failOn = oneOf(get, 'fail-on', [...types/* PRIORITIES */.B, 'none'], 'none', (s) => (s.toLowerCase() === 'none' ? 'none' : s.toUpperCase()));
    const authMode = oneOf(get, 'auth-mode', ['auto', 'workload-identity', 'adc'], 'auto');
    const onRegression = oneOf(get, 'on-regression', ['reopen', 'new-issue'], 'reopen');
    const prNumber = get('pr-number').trim() === '' ? undefined : inputs_int(get, 'pr-number', 0, 1, Number.MAX_SAFE_INTEGER, 42);
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
            throw new errors/* InputError */.d('project-id', 'no Google Cloud project given and no log file to read', 'set project-id (or GOOGLE_CLOUD_PROJECT), or set input to a `gcloud logging read --format=json` export');
    }
    if (settings.workloadIdentityProvider)
        (0,provider/* parseProvider */.t)(settings.workloadIdentityProvider);
    validateGitHubSettings(settings);
    if (/[{}]/.test(settings.worklogPath.replace(/\{(service|timestamp|date)\}/g, ''))) {
        throw new errors/* InputError */.d('worklog-path', `"${settings.worklogPath}" has an unknown placeholder`, 'use only {service}, {timestamp} and {date}');
    }
    return settings;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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
            throw new errors/* InputError */.d(inputName, `${path} is not a file`, 'point it at a file written by `gcloud logging read --format=json`');
    }
    catch (e) {
        if (e instanceof errors/* InputError */.d)
            throw e;
        throw new errors/* InputError */.d(inputName, `cannot read ${path}`, 'check the path; export logs with `gcloud logging read --format=json > logs.json`');
    }
}
function fileSource(path, stdin = process.stdin) {
    return {
        kind: 'file',
        path,
        async *read() {
            const stream = path === '-' ? stdin : (0,external_node_fs_.createReadStream)(path);
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
    return types/* SEVERITIES */.o.indexOf(s);
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

/** Python, Node.js, Java and Go stack traces, and the words the server filter looks for. */
const TRACE = /Traceback \(most recent call last\)|^\s+at .+\(.+:\d+(?::\d+)?\)|^\s+at \S+ \(|exception|panic: |^goroutine \d+ \[/im;
function atOrAbove(record, min) {
    if (severityRank(record.severity) >= severityRank(min))
        return true;
    if ((record.http?.status ?? 0) >= 500)
        return true;
    if (record.severity !== 'DEFAULT')
        return false;
    return record.errorGroups.length > 0 || record.stackTrace !== undefined || TRACE.test(record.message);
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
    if (types/* SEVERITIES */.o.includes(s))
        return s;
    throw new EntryError(`unknown severity ${JSON.stringify(v)} (expected one of ${types/* SEVERITIES */.o.join(', ')})`);
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
const MESSAGE_KEYS = ['message', 'msg', 'textPayload', 'text', 'event', 'error_message', 'log'];
const STACK_KEYS = ['stack_trace', 'stackTrace', 'stack', 'exception', 'exc_info', 'error', 'err', 'traceback'];
// Not `name`: applications put people's names and emails there as often as a logger's.
const LOGGER_KEYS = ['logger', 'logger_name', 'loggerName', 'module', 'component'];
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/group/fingerprint.ts

/** The grouping algorithm's version; part of every fingerprint it makes. See docs/grouping.md. */
const SIGNER_VERSION = 'v2';
/** Short stable hash of a signature's parts, prefixed with the signer version. */
function fingerprint(version, ...parts) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
    return `${version}:${h}`;
}
/** The version a fingerprint was made by ("v1" for "v1:3f9a..."), or undefined. */
function fingerprintVersion(fp) {
    return /^(v\d+):/.exec(fp)?.[1];
}

;// CONCATENATED MODULE: ./src/group/pattern.ts

/** A user's regular expression, or a one-line error naming where it came from. */
function userPattern(source, where, flags = '') {
    try {
        return new RegExp(source, flags);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new errors/* InputError */.d(where, `${JSON.stringify(source)} is not a valid regular expression (${reason})`, 'correct the pattern (JavaScript RegExp syntax)');
    }
}

;// CONCATENATED MODULE: ./src/group/mask.ts
// Masks the variable parts of a free-text message by their lexical shape, so that messages
// from one print statement look alike: URLs, e-mails, quoted values, paths, key=value values,
// anything holding a digit (numbers, hex, ids, IPs, sizes and durations with their unit, dates, times), lowercase dotted
// names (hostnames), month and day names next to a number. No per-source settings.
// Variables that may hold delimiters go first, each one regular expression over the message;
// then the parts (runs between delimiters) holding a digit or a dot are masked.

const VAR = '<*>';
const CALENDAR = new Set([
    'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]));
/** Variables that hold delimiters or spaces, replaced before the message is cut into parts. */
const RULES = [
    { hint: ['://'], pattern: /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, replacement: VAR }, // URLs
    { hint: ['@'], pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, replacement: VAR }, // e-mails
    // Quoted single values; a quoted phrase with spaces is text and is masked part by part.
    { hint: ["'", '"', '`'], pattern: /(?<=^|[\s=:([,])(?:'[^'\s]*'|"[^"\s]*"|`[^`\s]*`)(?=$|[\s,.;:)\]])/g, replacement: VAR },
    { hint: ['/'], pattern: /(?<!\S)(?:~|\.{1,2})?\/[^\s/]*\/\S*/g, replacement: VAR }, // paths with a folder
    { hint: [':\\'], pattern: /(?<!\S)[A-Za-z]:\\\S*/g, replacement: VAR }, // Windows paths
    { hint: ['='], pattern: /(?<!\S)([\w.-]+)=(?!\s)\S+/g, replacement: `$1=${VAR}` }, // key=value
];
/** Runs of variables joined by spaces or delimiters are one variable of any length. */
const VAR_RUN = /<\*>(?:[\s,;:|/@.\-_#]*<\*>)+/g;
/** A unit after a number belongs to the value: humanized sizes and durations pick their unit per value. */
const UNITS = new Set(['B', 'bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'ns', 'us', 'µs', 'ms', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hour', 'hours', 'day', 'days']);
const SPACES = /\s+/g;
var Char;
(function (Char) {
    Char[Char["Other"] = 0] = "Other";
    Char[Char["Delimiter"] = 1] = "Delimiter";
    Char[Char["Digit"] = 2] = "Digit";
    /** May appear in a hostname label: a-z, _ and -. */
    Char[Char["Label"] = 3] = "Label";
    Char[Char["Dot"] = 4] = "Dot";
})(Char || (Char = {}));
/** Class of each ASCII character; everything else is Other. Delimiters separate the parts of a
 * token ("10.0.0.1:8080", "key=value", "(12)"). */
const CLASS = new Uint8Array(128);
for (const c of ' \t\n\r\f\v=:,;|()[]{}<>@#"\'/\\')
    CLASS[c.charCodeAt(0)] = Char.Delimiter;
for (let c = 48; c <= 57; c += 1)
    CLASS[c] = Char.Digit;
for (let c = 97; c <= 122; c += 1)
    CLASS[c] = Char.Label;
CLASS[95] = CLASS[45] = Char.Label;
CLASS[46] = Char.Dot;
const isDelimiter = (c) => c < 128 && CLASS[c] === Char.Delimiter;
function partStart(text, from) {
    let i = from;
    while (i > 0 && !isDelimiter(text.charCodeAt(i - 1)))
        i -= 1;
    return i;
}
function partEnd(text, from) {
    let j = from;
    while (j < text.length && !isDelimiter(text.charCodeAt(j)))
        j += 1;
    return j;
}
/** Whether text[start, end) (a part holding a digit or a dot) is a value: a digit, or a hostname. */
function isValuePart(text, start, end) {
    let host = true; // [a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+
    for (let i = start; i < end; i += 1) {
        const k = CLASS[text.charCodeAt(i)];
        if (k === Char.Digit)
            return true;
        if (k === Char.Other || k === undefined || (k === Char.Dot && text.charCodeAt(i - 1) === 46))
            host = false;
    }
    return host && CLASS[text.charCodeAt(start)] === Char.Label && text.charCodeAt(end - 1) !== 46;
}
/** A calendar word or unit next to a number, separated by one space. */
const isCalendar = (text, start, end) => end - start >= 3 && end - start <= 9 && CALENDAR.has(text.slice(start, end));
const isUnit = (text, start, end) => end - start <= 7 && UNITS.has(text.slice(start, end));
/** Parts (runs between delimiters) that may be values: they hold a digit or a dot. */
const CANDIDATE = /[\d.]/g;
const CONTROL_SPACE = /[\t\n\r\f\v]/;
/**
 * Replaces each value part by VAR, copying the rest as it is. The regular expression jumps from
 * candidate to candidate, so plain words cost no JavaScript per character. A month or day name
 * just before a number and a unit just after one belong to the value ("Nov 27", "5.2 KB").
 */
function maskParts(text) {
    let out = '';
    let copied = 0;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
        let start = partStart(text, m.index);
        let end = partEnd(text, m.index + 1);
        CANDIDATE.lastIndex = end;
        if (!isValuePart(text, start, end))
            continue;
        while (start - 2 >= copied && text.charCodeAt(start - 1) === 32) {
            const before = partStart(text, start - 1);
            if (before >= copied && isCalendar(text, before, start - 1))
                start = before;
            else
                break;
        }
        while (text.charCodeAt(end) === 32) {
            const after = partEnd(text, end + 1);
            if (isUnit(text, end + 1, after) || isCalendar(text, end + 1, after))
                end = after;
            else
                break;
        }
        out += text.slice(copied, start) + VAR;
        copied = CANDIDATE.lastIndex = end;
    }
    const masked = copied === 0 ? text : out + text.slice(copied);
    return masked.includes('  ') || CONTROL_SPACE.test(masked) ? masked.replace(SPACES, ' ') : masked;
}
/** The message with variables replaced by `<*>` and whitespace normalized. */
function maskMessage(message) {
    let text = message;
    for (const { hint, pattern, replacement } of RULES)
        if (hint.some((h) => text.includes(h)))
            text = text.replace(pattern, replacement);
    text = maskParts(text.trim());
    return text.includes(VAR) ? text.replace(VAR_RUN, VAR) : text;
}
/** User-supplied masks (regular expression sources), applied before the built-in ones. */
function compileMasks(sources = []) {
    const res = sources.map((s, i) => userPattern(s, `masks[${i}]`, 'g'));
    return (text) => res.reduce((t, re) => t.replace(re, VAR), text);
}

;// CONCATENATED MODULE: ./src/group/request.ts

const ID_SEGMENT = /\d|^[0-9a-f]{16,}$|^[A-Za-z0-9_-]{24,}$|@|\.[a-z0-9]{2,4}$/i;
function pathTemplate(path) {
    return path
        .split('?')[0]
        .split('/')
        .map((s) => (ID_SEGMENT.test(s) ? VAR : s))
        .join('/');
}
function requestDetail(http) {
    const method = (http.method ?? 'GET').toUpperCase();
    const status = http.status === undefined ? 'no status' : `${Math.floor(http.status / 100)}xx`;
    return `${method} ${pathTemplate(http.path ?? '/') || '/'} ${status}`;
}

;// CONCATENATED MODULE: ./src/group/rules.ts

function compileRules(rules = []) {
    const compiled = rules.map((r, i) => {
        const field = (name) => {
            const source = r.match[name];
            return source === undefined ? undefined : userPattern(source, `fingerprints[${i}].match.${name}`);
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

;// CONCATENATED MODULE: ./src/group/slots.ts
// Online slot learning for the signer: the rule of the template miner's merge step, applied as
// records arrive. A position of a masked form becomes a variable once MIN_WORDS distinct words
// were seen there (all else equal), or once the form with a masked value there was seen. From
// then on, forms with a word there sign as the generalized template. Seeding with templates of
// earlier runs makes what was learned before apply from the first record.

const MIN_WORDS = 5;
/** Learning stops beyond this many slot keys, so memory stays bounded. */
const MAX_KEYS = 200_000;
function withVariable(tokens, i) {
    const k = tokens.slice();
    k[i] = VAR;
    return k.join(' ');
}
class SlotLearner {
    /** Generalized templates: a form equal to one of these with a word at a variable position joins it. */
    variable = new Set();
    /** Distinct words seen per slot key, up to MIN_WORDS. */
    words = new Map();
    forms = new Set();
    /** Last result per form, valid while no slot became a variable since (a form seen before teaches nothing new). */
    recent = new Map();
    /** Templates known to be generalized (from an earlier run's report). */
    seed(templates) {
        for (const t of templates)
            if (t.includes(VAR))
                this.variable.add(t);
    }
    /** The template a masked form signs as, learning from it. */
    generalize(form) {
        const hit = this.recent.get(form);
        if (hit && hit.learned === this.variable.size)
            return hit.template;
        const template = this.learn(form);
        if (this.recent.size >= MAX_KEYS)
            this.recent.clear();
        this.recent.set(form, { learned: this.variable.size, template });
        return template;
    }
    learn(form) {
        this.learnForm(form);
        let tokens = form.split(' ');
        if (tokens.filter((t) => t !== VAR).length < 2)
            return form;
        for (let changed = true; changed;) {
            changed = false;
            for (let i = 0; i < tokens.length; i += 1) {
                if (tokens[i] === VAR)
                    continue;
                const key = withVariable(tokens, i);
                if (this.variable.has(key) || this.learnWord(key, tokens[i])) {
                    tokens = key.split(' ');
                    changed = true;
                }
            }
        }
        return tokens.join(' ');
    }
    learnForm(form) {
        if (this.forms.has(form) || this.forms.size >= MAX_KEYS)
            return;
        this.forms.add(form);
        // The masked form itself shows its variable positions hold values.
        if (this.words.has(form))
            this.variable.add(form);
    }
    /** Records a word at a slot; true when the slot has just become a variable. */
    learnWord(key, word) {
        let seen = this.words.get(key);
        if (!seen) {
            if (this.words.size >= MAX_KEYS)
                return false;
            this.words.set(key, (seen = new Set()));
        }
        if (seen.size < MIN_WORDS)
            seen.add(word);
        if (seen.size >= MIN_WORDS || this.forms.has(key)) {
            this.variable.add(key);
            return true;
        }
        return false;
    }
}

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
const EXC_LINE = /^(?:Caused by: |\[cause\]: |Uncaught |Exception in thread "[^"]*" )?((?:[A-Za-z_$][\w$]*[.])*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Warning|Failure|Fault|Panic)|Error)(?::\s?(.*))?$/;
/** Last two path segments: stable across deploy roots, distinct across packages. */
function shortFile(path) {
    return path.split(/[/\\]/).slice(-2).join('/');
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
    const frames = [];
    for (let i = first; i < lines.length; i += 1) {
        const m = NODE_FRAME.exec(lines[i]);
        if (!m)
            break;
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
/** The stack trace in a text, when it holds one. */
function parseStack(text) {
    if (!text.includes('\n'))
        return undefined;
    const lines = text.split(/\r?\n/);
    return parsePython(lines) ?? parseGo(lines) ?? parseJava(lines) ?? parseNode(lines);
}

;// CONCATENATED MODULE: ./src/group/signer.ts






const MAX_TITLE = 200;
const SINGLE_EXCEPTION = /^((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Failure|Fault)):\s?(.*)$/;
function clip(text) {
    return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}
function headline(message) {
    return message.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
function createSigner(options = {}) {
    const rules = compileRules(options.fingerprints);
    const premask = compileMasks(options.masks);
    const mask = (text) => maskMessage(premask(text));
    const slots = new SlotLearner();
    slots.seed(options.knownTemplates ?? []);
    const V = SIGNER_VERSION;
    function stackSignature(stack) {
        const message = mask(stack.message);
        const title = clip(message === '' ? stack.exceptionType : `${stack.exceptionType}: ${message}`);
        // Without any frame, the normalized message has to tell problems of one type apart.
        const detail = [stack.exceptionType, ...(stack.frames.length > 0 ? stack.frames : [message])].join('\n');
        return { kind: 'stack', fingerprint: fingerprint(V, 'stack', detail), title, detail, exceptionType: stack.exceptionType };
    }
    return {
        version: V,
        sign(record) {
            const stack = parseStack(record.stackTrace ?? record.message);
            const line = headline(record.message);
            const single = stack ? undefined : SINGLE_EXCEPTION.exec(line);
            const exceptionType = stack?.exceptionType ?? single?.[1];
            const named = rules({ record, exceptionType });
            const explicit = named !== undefined ? `rule:${named}` : record.errorGroups[0] && `errorGroup:${record.errorGroups[0]}`;
            const base = stack
                ? stackSignature(stack)
                : record.kind === 'requests' && record.http
                    ? (() => {
                        const detail = requestDetail(record.http);
                        return { kind: 'request', fingerprint: fingerprint(V, 'request', detail), title: `HTTP ${detail}`, detail };
                    })()
                    : (() => {
                        const detail = slots.generalize(mask(line));
                        return { kind: 'template', fingerprint: fingerprint(V, 'template', detail), title: clip(detail), detail, exceptionType };
                    })();
            if (!explicit)
                return base;
            return { ...base, kind: 'explicit', fingerprint: fingerprint(V, 'explicit', explicit), detail: explicit };
        },
    };
}

;// CONCATENATED MODULE: ./src/group/template-miner.ts
// Template mining in two steps, both bounded by the number of templates, not messages:
// 1. online: a message's masked form (see mask.ts) is its template; equal forms share an id;
// 2. on demand (`groupOf`): templates that differ in one word only, where that position has
//    taken many distinct words or also a masked value, are one template with a variable there
//    (an identifier the masks could not recognize, e.g. a user name). A position with a few
//    distinct words only is an enumeration (VM Started / Stopped) and stays apart. Repeated
//    until nothing merges.

/** Beyond a handful of alternatives a word is a value, not a different event. */
const DEFAULT_SLOT_VALUES = 5;
function root(n) {
    while (n.parent)
        n = n.parent;
    return n;
}
/** The template with position i replaced by a variable, when that leaves at least one other constant. */
function slotKey(n, i) {
    if (i >= n.tokens.length || n.tokens[i] === VAR)
        return undefined;
    let constants = 0;
    for (const t of n.tokens)
        if (t !== VAR)
            constants += 1;
    if (constants < 2)
        return undefined;
    const k = n.tokens.slice();
    k[i] = VAR;
    return k.join(' ');
}
class Miner {
    byForm = new Map();
    byId = new Map();
    slotValues;
    premask;
    merged = 0;
    constructor(options = {}) {
        this.slotValues = options.slotValues ?? DEFAULT_SLOT_VALUES;
        this.premask = options.premask ?? ((t) => t);
    }
    add(message) {
        return this.template(message).id;
    }
    /** Like add, as the template's number (ids are `t<number>`). */
    addNumbered(message) {
        return this.template(message).index;
    }
    /** The masked form of a message and its template node. */
    template(message) {
        const form = maskMessage(this.premask(message));
        let node = this.byForm.get(form);
        if (!node) {
            const index = this.byForm.size + 1;
            node = { id: `t${index}`, index, tokens: form === '' ? [] : form.split(' '), parent: null };
            this.byForm.set(form, node);
            this.byId.set(node.id, node);
        }
        return { id: node.id, index: node.index, form };
    }
    groupOf(id) {
        if (this.merged !== this.byForm.size)
            this.mergeSlots();
        const node = this.byId.get(id);
        return node ? root(node).id : id;
    }
    /** The generalized template text of a group. */
    templateOf(id) {
        const node = this.byId.get(this.groupOf(id));
        return node ? node.tokens.join(' ') : '';
    }
    /** One position at a time, so that memory holds one slot key per template at most. */
    mergeSlots() {
        for (let changed = true; changed;) {
            changed = false;
            let longest = 0;
            for (const n of this.byId.values())
                longest = Math.max(longest, n.tokens.length);
            for (let i = 0; i < longest; i += 1) {
                const slots = new Map();
                for (const n of this.byId.values()) {
                    const key = n.parent ? undefined : slotKey(n, i);
                    if (key === undefined)
                        continue;
                    const list = slots.get(key);
                    if (list)
                        list.push(n);
                    else
                        slots.set(key, [n]);
                }
                for (const [key, list] of slots)
                    changed = this.mergeSlot(key, list) || changed;
            }
        }
        this.merged = this.byForm.size;
    }
    mergeSlot(key, list) {
        const alive = list.filter((n) => !n.parent);
        // A template with a masked value at the position shows it is a variable: words there join it.
        const masked = this.byForm.get(key);
        const head = masked ? root(masked) : alive[0];
        if (!masked && alive.length < this.slotValues)
            return false;
        for (const n of alive)
            if (n !== head)
                n.parent = head;
        head.tokens = key.split(' ');
        return true;
    }
    get size() {
        return this.byForm.size;
    }
}
function createTemplateMiner(options) {
    return new Miner(options);
}

;// CONCATENATED MODULE: ./src/group/reassemble.ts

const GAP_MS = 1000;
const MAX_LINES = 500;
const MAX_PENDING = 256;
/** Lines that only ever continue a trace. */
const CONTINUATION = [
    /^\s+\S/, // indented frames and source lines
    /^Caused by: /,
    /^\[cause\]: /,
    /^During handling of the above exception/,
    /^The above exception was the direct cause/,
    /^goroutine \d+ \[/,
    /^created by /,
];
/** Go frame function lines ("main.(*Server).handle(0xc0, 0x1)"): continue a trace, never start one. */
const GO_FUNCTION = /^[\w-]+(?:\/[\w.-]+)*\.[\w.*()]+\([^()]*\)$/;
/** Lines at a trace's edge: its first line in one order, its last in the other. */
const EDGE = [/^Traceback \(most recent call last\):/, /^panic: /, /^Exception in thread /, /^(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt)(?::|$)/];
function role(r) {
    const m = r.message;
    if (m.includes('\n'))
        return 'plain';
    if (m.trim() === '' || GO_FUNCTION.test(m))
        return 'inner';
    if (CONTINUATION.some((re) => re.test(m)))
        return 'continuation';
    if (EDGE.some((re) => re.test(m)))
        return 'edge';
    return 'plain';
}
function keyOf(r) {
    return `${r.instance ?? r.service ?? ''}\u0000${r.logName ?? r.kind}`;
}
function join(run, newestFirst) {
    const { records } = run;
    if (records.length === 1)
        return records[0];
    const ordered = newestFirst ? [...records].reverse() : records;
    const first = ordered[0];
    const severity = records.reduce((s, r) => (severityRank(r.severity) > severityRank(s) ? r.severity : s), first.severity);
    const earliest = records.reduce((a, b) => (b.time < a.time ? b : a));
    const message = ordered
        .map((r) => r.message)
        .join('\n')
        .replace(/^\s*\n|\n\s*$/g, '');
    return { ...first, severity, timestamp: earliest.timestamp, time: earliest.time, message };
}
async function* reassemble(records) {
    const pending = new Map();
    let previousTime;
    let drift = 0; // > 0: times decrease (newest first)
    const flush = (key) => {
        const run = pending.get(key);
        if (!run)
            return undefined;
        pending.delete(key);
        return join(run, drift > 0);
    };
    for await (const r of records) {
        if (previousTime !== undefined)
            drift += Math.sign(previousTime - r.time);
        previousTime = r.time;
        for (const [key, run] of pending) {
            if (Math.abs(r.time - run.lastTime) > GAP_MS || pending.size > MAX_PENDING)
                yield flush(key);
        }
        const key = keyOf(r);
        const kind = role(r);
        const run = pending.get(key);
        const inner = (k) => k === 'continuation' || k === 'inner';
        const joins = run !== undefined && kind !== 'plain' && run.records.length < MAX_LINES && (inner(kind) || inner(run.last));
        if (joins) {
            run.records.push(r);
            run.last = kind;
            run.lastTime = r.time;
            continue;
        }
        if (run)
            yield flush(key);
        if (kind === 'plain' || kind === 'inner')
            yield r;
        else
            pending.set(key, { records: [r], last: kind, lastTime: r.time });
    }
    for (const key of [...pending.keys()])
        yield flush(key);
}

;// CONCATENATED MODULE: ./src/group/index.ts






;// CONCATENATED MODULE: ./src/safety/secret-keys.ts
// Which key names in key=value / "key": "value" / header pairs hold secrets.
// Decided on the key's words (split on _ - . and camelCase), so "db_password", "X-Api-Key" and
// "clientSecret" count while "tokenizer", "max_tokens", "token_type" and "password_reset" do not.
const SECRET_LAST_WORDS = new Set([
    'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'apikey', 'authorization', 'auth',
    'cookie', 'cookies', 'credential', 'credentials', 'creds', 'signature', 'sig', 'sessionid', 'session',
    'jwt', 'bearer', 'privatekey', 'otp', 'psk', 'sas', 'accesskey', 'secretkey', 'clientsecret',
]);
/** Words that, followed by "key" (or "id" for session), name a secret. */
const KEY_QUALIFIERS = new Set([
    'api', 'access', 'secret', 'private', 'signing', 'encryption', 'master', 'account', 'auth', 'app',
    'consumer', 'license', 'storage', 'subscription', 'ssh', 'gpg', 'pgp', 'shared', 'hmac', 'client', 'session',
]);
/** Tokens that are cursors, not credentials: "pageToken", "next_page_token". */
const PUBLIC_TOKENS = new Set(['page', 'continuation', 'sync', 'resume', 'cancellation']);
/** Trailing words that only describe the encoding of the secret before them ("password_hash"). */
const ENCODING_SUFFIXES = new Set(['value', 'val', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'enc', 'encoded', 'encrypted', 'hash', 'plain', 'header']);
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
}
/** Every secret key name contains one of these. */
const SECRET_KEY_HINT = /pass|pwd|secret|token|key|auth|cookie|session|cred|sig|jwt|bearer|otp|psk|sas/i;
function isSecretKey(key) {
    if (!SECRET_KEY_HINT.test(key))
        return false;
    const w = words(key);
    while (w.length > 1 && ENCODING_SUFFIXES.has(w[w.length - 1]))
        w.pop();
    const last = w[w.length - 1];
    if (last === undefined)
        return false;
    const before = w[w.length - 2];
    if (SECRET_LAST_WORDS.has(last))
        return !(last === 'token' && before !== undefined && PUBLIC_TOKENS.has(before));
    // Run-together names: PGPASSWORD, MYSQL_ROOTPASSWORD, appsecret.
    if (/(password|passwd|secret)$/.test(last))
        return true;
    if (before === undefined)
        return false;
    if (last === 'key')
        return KEY_QUALIFIERS.has(before);
    if (last === 'id')
        return before === 'session';
    return false;
}
// Values that say something about a secret without being one: "token: expired", "password=***".
const NON_SECRET_VALUES = new Set([
    'true', 'false', 'null', 'nil', 'none', 'undefined', 'yes', 'no', 'on', 'off', 'expired', 'invalid', 'missing',
    'required', 'empty', 'present', 'absent', 'valid', 'revoked', 'malformed', 'unknown', 'unset', 'set', 'redacted',
    'filtered', 'hidden', 'masked', 'omitted', 'provided', 'rotated', 'refreshed', 'ok', 'not',
]);
function isNonSecretValue(key, value) {
    const v = value.replace(/^\\?["']|\\?["']$/g, '');
    if (v === '' || /^\*+$/.test(v) || /^\d{1,3}$/.test(v) || /^\[\w+\]$/.test(v))
        return true;
    if (NON_SECRET_VALUES.has(v.toLowerCase()))
        return true;
    // PWD / OLDPWD hold the working directory, not a password.
    if (/^(old)?pwd$/i.test(key) && /^(\/|~|[A-Za-z]:\\)/.test(v))
        return true;
    return false;
}

;// CONCATENATED MODULE: ./src/safety/patterns.ts
// The secret shapes, in the order they run. Context rules (PEM blocks, URL credentials, secret
// key=value pairs, Bearer) run before shape rules, so "token=<any secret>" always becomes
// "token=<redacted:secret>" whatever the secret looks like: one shape for grouping.
//
// Every pattern is linear-time on hostile input: a pattern that starts with a repeated class has a
// negative lookbehind on that class (so it is tried once per run, not at every position), repeated
// groups are separated by a character their body cannot match, and the rest is bounded.

const mask = (kind) => `<redacted:${kind}>`;
function applyRule(rule, text) {
    if (rule.hint && !rule.hint.test(text))
        return text;
    if ('apply' in rule)
        return rule.apply(text);
    return text.replace(rule.re, rule.to);
}
const PLACEHOLDER = /^(\\?["'])?<redacted:[a-z-]+>\1$/;
// Value forms after a key: "double" (with \" escapes), \"escaped JSON\", 'single', or bare.
const VALUE = String.raw `"(?:[^"\\\r\n]|\\.)*"` +
    String.raw `|\\"(?:[^"\\\r\n]|\\[^"\r\n])*\\"` +
    String.raw `|'[^'\r\n]*'` +
    String.raw `|(?:\\?["'])?(?:[^\s"'\\,;&<>(){}\[\]]|\\(?!["']))+`;
const AUTH_SCHEMES = 'Bearer|Basic|Token|Digest|Bot|Negotiate';
const AUTH_SCHEME = String.raw `(?:(?:${AUTH_SCHEMES})\s+)?`;
const AUTH_SCHEME_WORD = new RegExp(`^(?:${AUTH_SCHEMES})$`, 'i');
// A key and its separator; the value is only read (sticky, at the separator's end) when the key
// names a secret, so non-secret pairs cost no more than their key.
const KEY_SEP = /(?<![\w.-])(-{0,2}(?:\\?["'])?)([A-Za-z_][\w.-]{0,80})((?:\\?["'])?\s*(?:=>?|:)\s*)/gi;
const VALUE_AT = new RegExp(`(${AUTH_SCHEME})(${VALUE})`, 'iy');
function quoteOf(value) {
    const m = /^(\\?["'])/.exec(value);
    if (!m)
        return ['', ''];
    const closed = value.length > m[1].length && value.endsWith(m[1]);
    return [m[1], closed ? m[1] : ''];
}
/** Masks the values of secret keys in key=value, key: value, "key": "value" and header pairs. */
function redactPairs(text) {
    let out = '';
    let done = 0;
    KEY_SEP.lastIndex = 0;
    for (let m = KEY_SEP.exec(text); m; m = KEY_SEP.exec(text)) {
        const key = m[2];
        if (!isSecretKey(key))
            continue;
        const valueStart = m.index + m[0].length;
        VALUE_AT.lastIndex = valueStart;
        const v = VALUE_AT.exec(text);
        if (!v)
            continue;
        const [whole, scheme, value] = v;
        const valueEnd = valueStart + whole.length;
        if (PLACEHOLDER.test(value) || (!scheme && isNonSecretValue(key, value)))
            continue;
        // "Authorization: Bearer <redacted:secret>" seen again: the scheme is not the secret.
        if (!scheme && AUTH_SCHEME_WORD.test(value) && /^\s+<redacted:/.test(text.slice(valueEnd, valueEnd + 12)))
            continue;
        const [open, close] = quoteOf(value);
        out += text.slice(done, valueStart) + scheme + open + mask('secret') + close;
        done = valueEnd;
        KEY_SEP.lastIndex = valueEnd;
    }
    return done === 0 ? text : out + text.slice(done);
}
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
function looksLikeToken(tok) {
    if (!BEARER_TOKEN.test(tok) || tok.length < 8)
        return false;
    return /\d/.test(tok) || /[._~+/=-]/.test(tok) || (tok.length >= 16 && /[A-Z]/.test(tok) && /[a-z]/.test(tok));
}
function hasMixedCharacters(s) {
    return (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s)) || /[/+]/.test(s);
}
const PEM_BODY_LINE = /^(?=[A-Za-z0-9+/]{0,63}[A-Z])[A-Za-z0-9+/]{64}$/gm;
const PEM_HEADER = String.raw `[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----`;
const BUILTIN_RULES = [
    {
        kind: 'private-key',
        hint: /-----BEGIN/,
        // Body up to the next "-----" (so an unterminated key masks the rest rather than leaking it).
        re: new RegExp(String.raw `-----BEGIN ${PEM_HEADER}[^-]*(?:-(?!----)[^-]*)*(?:-----END ${PEM_HEADER})?`, 'g'),
        to: mask('private-key'),
    },
    {
        kind: 'private-key',
        hint: /MII/,
        // DER key material without its PEM header (e.g. the first body line of a key printed line by line).
        re: /(?<![A-Za-z0-9+/])MII[A-Za-z0-9+/]{60,}={0,2}/g,
        to: mask('private-key'),
    },
    {
        kind: 'private-key',
        // A line that is exactly one 64-character base64 run: a PEM body line logged on its own.
        apply: (text) => (text.length < 64 ? text : text.replace(PEM_BODY_LINE, mask('private-key'))),
    },
    {
        kind: 'credentials',
        hint: /:\/\//,
        re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)[^\s/?#@:"'<>]+:[^\s/?#"'<>]*@/g,
        to: `$1${mask('credentials')}@`,
    },
    {
        kind: 'cookie',
        hint: /cookie/i,
        re: /(?<![\w-])((?:set-)?cookie\s*[:=]\s*)(?!<redacted)([^\s"'][^\r\n"']*)/gi,
        to: (all, pre, value) => (isNonSecretValue('cookie', value.split(/\s/)[0]) ? all : pre + mask('cookie')),
    },
    { kind: 'secret', hint: SECRET_KEY_HINT, apply: redactPairs },
    {
        kind: 'token',
        hint: /bearer/i,
        // Not followed by a letter, digit or "=": "token_type=Bearer expires_in=3599" holds no token.
        re: /\b(bearer\s+)([A-Za-z0-9\-._~+/]+=*)(?![A-Za-z0-9=])/gi,
        to: (all, pre, tok) => (looksLikeToken(tok) ? pre + mask('token') : all),
    },
    {
        kind: 'jwt',
        hint: /eyJ/,
        re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g,
        to: mask('jwt'),
    },
    {
        kind: 'github-token',
        hint: /gh[pousr]_|github_pat_/,
        re: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,251}|github_pat_[A-Za-z0-9_]{22,247})/g,
        to: mask('github-token'),
    },
    { kind: 'google-api-key', hint: /AIza/, re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,60}/g, to: mask('google-api-key') },
    {
        kind: 'google-oauth-token',
        hint: /ya29\./,
        re: /(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{10,}(?:\.[0-9A-Za-z_-]+)*/g,
        to: mask('google-oauth-token'),
    },
    { kind: 'google-refresh-token', hint: /1\/\//, re: /(?<![\w/])1\/\/0[0-9A-Za-z_-]{20,}/g, to: mask('google-refresh-token') },
    { kind: 'google-client-secret', hint: /GOCSPX-/, re: /GOCSPX-[0-9A-Za-z_-]{20,}/g, to: mask('google-client-secret') },
    {
        kind: 'aws-secret',
        // A 40-character secret access key is only recognisable next to its access key id.
        hint: /(?:AKIA|ASIA)[A-Z0-9]{16}/,
        re: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g,
        to: (all) => (hasMixedCharacters(all) ? mask('aws-secret') : all),
    },
    {
        kind: 'aws-access-key',
        hint: /A[BCGIKNPRS][A-Z]{2}[A-Z0-9]{16}/,
        re: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}/g,
        to: mask('aws-access-key'),
    },
    { kind: 'slack-token', hint: /xox|xapp-/, re: /(?<![A-Za-z0-9])(?:xox[abposre]|xapp)-[0-9A-Za-z-]{10,}/g, to: mask('slack-token') },
    {
        kind: 'slack-webhook',
        hint: /hooks\.slack\.com/,
        re: /(hooks\.slack\.com\/)(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g,
        to: `$1${mask('slack-webhook')}`,
    },
    {
        kind: 'discord-webhook',
        hint: /discord/,
        re: /(discord(?:app)?\.com\/api\/webhooks\/)\d+\/[\w-]+/g,
        to: `$1${mask('discord-webhook')}`,
    },
    { kind: 'stripe-key', hint: /_live_|_test_/, re: /(?<![A-Za-z0-9])[sr]k_(?:live|test)_[0-9A-Za-z]{16,}/g, to: mask('stripe-key') },
    {
        kind: 'ai-api-key',
        hint: /sk-/,
        re: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[A-Za-z0-9_-]{20,}/g,
        to: mask('ai-api-key'),
    },
    { kind: 'npm-token', hint: /npm_/, re: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}/g, to: mask('npm-token') },
    { kind: 'gitlab-token', hint: /glpat-/, re: /glpat-[0-9A-Za-z_-]{20,}/g, to: mask('gitlab-token') },
    { kind: 'sendgrid-key', hint: /SG\./, re: /(?<![A-Za-z0-9])SG\.[\w-]{16,}\.[\w-]{16,}/g, to: mask('sendgrid-key') },
];
const EMAIL_RULE = {
    kind: 'email',
    hint: /@/,
    re: /(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
    to: mask('email'),
};
const OCTET = String.raw `(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const H16 = '[0-9A-Fa-f]{1,4}';
const IP_RULES = [
    {
        kind: 'ip',
        hint: /\d\.\d/,
        re: new RegExp(String.raw `(?<![\w.])(?:${OCTET}\.){3}${OCTET}(?!\w|\.\d)`, 'g'),
        to: mask('ip'),
    },
    {
        kind: 'ip',
        hint: /:[0-9A-Fa-f]*:/,
        re: new RegExp(String.raw `(?<![\w:.])(?:(?:${H16}:){7}${H16}|(?:${H16}:){1,7}:(?:${H16}(?::${H16}){0,6})?|::${H16}(?::${H16}){0,6})(?![\w:])`, 'g'),
        to: mask('ip'),
    },
];

;// CONCATENATED MODULE: ./src/safety/redact.ts
// Redaction of secrets and personal data from log text, before it reaches any output.
// Placeholders are stable tokens such as "<redacted:jwt>" so grouping sees one shape.



function compileUserPattern(source, input) {
    const literal = /^\/(.+)\/([imsu]*)$/s.exec(source);
    const [body, flags] = literal ? [literal[1], literal[2]] : [source, ''];
    let re;
    try {
        re = new RegExp(body, flags + 'g');
    }
    catch (e) {
        throw new errors/* InputError */.d(input, `invalid regular expression ${JSON.stringify(source)} (${e.message})`, 'write a JavaScript regular expression, e.g. "ACME-[0-9]{6}"');
    }
    const matchesEmpty = re.test('');
    re.lastIndex = 0;
    if (matchesEmpty)
        throw new errors/* InputError */.d(input, `the pattern ${JSON.stringify(source)} matches the empty string`, 'make it match at least one character');
    return re;
}
/**
 * Builds the redactor for a run. User patterns run first (they know their own formats), then the
 * built-in secret rules, then emails and IP addresses unless switched off.
 * Throws InputError for an invalid user pattern.
 */
function createRedactor(options = {}) {
    const input = options.extraPatternsInput ?? 'redact.patterns';
    const custom = (options.extraPatterns ?? []).map((p, i) => ({
        kind: 'custom',
        re: compileUserPattern(p, `${input}[${i}]`),
        to: (m) => (m === '' ? m : mask('custom')),
    }));
    const rules = [
        ...custom,
        ...BUILTIN_RULES,
        ...(options.emails === false ? [] : [EMAIL_RULE]),
        ...(options.ips === false ? [] : IP_RULES),
    ];
    return {
        redact(text) {
            let out = text;
            for (const rule of rules)
                out = applyRule(rule, out);
            return out;
        },
    };
}
/**
 * The strings to register with the Actions log masker for one secret value: the value, each of
 * its lines (the runner masks line by line, so a multi-line secret must be registered per line)
 * and its URL-encoded form. Parts shorter than 4 characters are skipped: masking them would
 * blank out ordinary log text. Use as `for (const s of maskForActions(token)) core.setSecret(s)`.
 */
function maskForActions(value) {
    const parts = new Set();
    const add = (s) => {
        const t = s.trim();
        if (t.length >= 4)
            parts.add(t);
    };
    add(value);
    for (const line of value.split(/\r?\n|\\n/))
        add(line);
    add(encodeURIComponent(value));
    return [...parts];
}

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
function matches(pattern, ...texts) {
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
    return path.replace(/^[./\\]+/, '').replace(/\.\w+$/, '').replace(/[/\\]/g, '.');
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
const atLeast = (g, s) => severityRank(g.maxSeverity) >= severityRank(s);
const serverErrors = (g) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5'));
const builtin_BUILTIN_RULES = [
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
        // A traceback printed to stdout/stderr carries no severity, yet it is an unhandled exception.
        id: 'uncaught-exception',
        priority: 'P1',
        test: (g) => g.signature.kind === 'stack' && g.maxSeverity === 'DEFAULT',
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
    return builtin_BUILTIN_RULES.find((r) => r.test(g)) ?? builtin_BUILTIN_RULES[builtin_BUILTIN_RULES.length - 1];
}

;// CONCATENATED MODULE: ./src/triage/index.ts





function componentOf(g) {
    const r = g.exemplar;
    if (r.logger)
        return r.logger.split(/[./:]/).filter(Boolean).slice(-1)[0] ?? r.logger;
    const file = r.sourceLocation?.file;
    if (file)
        return file.split('/').slice(-1)[0].replace(/\.\w+$/, '');
    // A stack signature lists in-app frames outermost first as "path/file.ext:function".
    const frame = g.signature.kind === 'stack' ? g.signature.detail.split('\n').slice(1).pop() : undefined;
    if (frame)
        return frame.split(':')[0].split('/').slice(-1)[0].replace(/\.\w+$/, '');
    if (g.signature.kind === 'request')
        return 'http';
    return r.service ?? 'unknown';
}
function componentMatches(rule, f) {
    const m = rule.match;
    return (matches(m.logger, f.record.logger) &&
        matches(m.service, f.record.service) &&
        matches(m.module, ...f.modules) &&
        matches(m.path, ...f.paths) &&
        matches(m.message, ...f.texts) &&
        Object.entries(m.labels ?? {}).every(([k, p]) => matches(p, f.labels[k])));
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
    return ((w.minSeverity === undefined || severityRank(g.maxSeverity) >= severityRank(w.minSeverity)) &&
        (w.component === undefined || w.component === component) &&
        (w.minCount === undefined || g.count >= w.minCount) &&
        matches(w.exception, g.signature.exceptionType) &&
        matches(w.service, ...Object.keys(g.services)) &&
        (w.message === undefined || matches(w.message, ...groupTexts(g))) &&
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
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/pipeline.ts







/** Every string of a record that came from the log, redacted: nothing unredacted goes further. */
function redactRecord(r, redactor) {
    const red = (v) => (v === undefined ? undefined : redactor.redact(v));
    const http = r.http && { ...r.http, method: red(r.http.method), url: red(r.http.url), path: red(r.http.path), userAgent: red(r.http.userAgent) };
    const sourceLocation = r.sourceLocation && { file: red(r.sourceLocation.file), line: red(r.sourceLocation.line), function: red(r.sourceLocation.function) };
    return {
        ...r,
        insertId: red(r.insertId),
        project: red(r.project),
        resourceType: red(r.resourceType),
        service: red(r.service),
        revision: red(r.revision),
        location: red(r.location),
        instance: red(r.instance),
        logName: red(r.logName),
        message: redactor.redact(r.message),
        stackTrace: red(r.stackTrace),
        logger: red(r.logger),
        http,
        trace: red(r.trace),
        spanId: red(r.spanId),
        sourceLocation,
        errorGroups: r.errorGroups.map((g) => redactor.redact(g)),
        // A label is redacted with its key, so "token: abc" is caught like "token=abc".
        labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, isSecretKey(k) ? mask('secret') : redactor.redact(v)])),
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
    const order = (p) => types/* PRIORITIES */.B.indexOf(p);
    groups.sort((a, b) => order(a.triage.priority) - order(b.triage.priority) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
    const byPriority = Object.fromEntries(types/* PRIORITIES */.B.map((p) => [p, groups.filter((g) => g.triage.priority === p).length]));
    const highestPriority = types/* PRIORITIES */.B.find((p) => byPriority[p] > 0) ?? 'none';
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
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
    const pf = r.required(f, 'priority', path, node, `add priority: one of ${types/* PRIORITIES */.B.join(', ')}`);
    const priority = r.oneOf(pf, `${path}.priority`, types/* PRIORITIES */.B);
    const w = r.required(f, 'when', path, node, 'add when: with at least one condition, e.g. min-severity: ERROR');
    const wf = w && r.fields(w.value, `${path}.when`, CONDITION_KEYS, w.key);
    r.atLeastOne(w?.value, `${path}.when`, CONDITION_KEYS);
    if (!wf)
        return undefined;
    const p = `${path}.when`;
    const when = {
        minSeverity: r.oneOf(wf.get('min-severity'), `${p}.min-severity`, types/* SEVERITIES */.o),
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
    const maxSeverity = r.oneOf(mf?.get('max-severity'), `${path}.match.max-severity`, types/* SEVERITIES */.o);
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
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
    return (severityRank(r.severity) <= severityRank(m.maxSeverity ?? 'WARNING') &&
        matches(m.logger, r.logger) &&
        matches(m.service, r.service) &&
        matches(m.message, r.message) &&
        (m.path === undefined || matches(m.path, ...recordPaths(r))));
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
        return [`${where}ignore[${i}]${what} expired on ${rule.expires} and no longer hides entries. Fix: renew its expires date if the noise is still expected, or delete the rule.`];
    });
}

;// CONCATENATED MODULE: ./src/triage/trend.ts
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
 * Sets each group's trend (new, ongoing, rising, falling) and fills report.resolved with the
 * previous report's groups absent now. Without a comparable previous report, trends stay unset.
 */
function compareWithPrevious(report, previous) {
    if (!previous)
        return;
    if (previous.tool.signer !== report.tool.signer) {
        (report.notes ??= []).push(`The previous report grouped entries with signer ${previous.tool.signer}, this run with ${report.tool.signer}: groups cannot be compared, so change over time is not shown this once.`);
        return;
    }
    const hours = windowHours(report) ?? observedHours(report);
    const previousHours = windowHours(previous) ?? observedHours(previous);
    const before = new Map(previous.groups.map((g) => [g.signature.fingerprint, g]));
    const now = new Set();
    for (const g of report.groups) {
        now.add(g.signature.fingerprint);
        const old = before.get(g.signature.fingerprint);
        g.trend = old ? trendOf(g.count, hours, old.count, previousHours) : 'new';
    }
    report.resolved = previous.groups
        .filter((g) => !now.has(g.signature.fingerprint))
        .map((g) => ({ fingerprint: g.signature.fingerprint, title: g.signature.title, priority: g.triage.priority }));
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
    const limit = types/* PRIORITIES */.B.indexOf(priority);
    return report.groups.filter((g) => types/* PRIORITIES */.B.indexOf(g.triage.priority) <= limit && (g.trend === undefined || g.trend === 'new'));
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
            types/* PRIORITIES */.B.includes(g.triage?.priority);
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
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && opts.missingOk)
            return undefined;
        throw new errors/* InputError */.d(input, code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? e.message})`, FIX);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.d(input, `not valid JSON (${e.message.split('\n')[0]})`, FIX);
    }
    const problem = shapeProblem(value);
    if (problem)
        throw new errors/* InputError */.d(input, `not a Log Gardener report: ${problem}`, FIX);
    return value;
}

// EXTERNAL MODULE: ./src/gcp/query.ts
var gcp_query = __nccwpck_require__(5366);
;// CONCATENATED MODULE: ./src/safety/markdown.ts
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
function markdown_clip(text, max) {
    if (max === undefined)
        return text;
    const points = Array.from(text);
    return points.length <= max ? text : points.slice(0, Math.max(0, max - 1)).join('') + '…';
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
    const escaped = markdown_clip(oneLine(text).trim(), max)
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
function markdown_link(text, url) {
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
/**
 * Text for a Mermaid label inside double quotes, e.g. `A["${mermaidText(t)}"]`: Mermaid entity codes
 * for every character that could end the label, start markup or close the code fence.
 */
function mermaidText(text) {
    return oneLine(text).replace(/[#"<>&`~%|[\]{}();\\]/g, (c) => {
        if (c === '"')
            return '#quot;';
        return `#${c.charCodeAt(0)};`;
    });
}
/** Cut at a word boundary when one is near, never inside a surrogate pair, with an ellipsis. */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    let cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.7)
        cut = cut.slice(0, space);
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}…`;
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
function format_ratePerHour(count, firstSeen, lastSeen) {
    const hours = Math.max(1, (Date.parse(lastSeen) - Date.parse(firstSeen)) / 3_600_000);
    return count / hours;
}
function utc(iso) {
    return iso.replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/render/charts.ts


const charts_HOUR_MS = 3_600_000;
/** More hours than this are folded into wider bars. */
const MAX_BARS = 48;
const SPARKS = '▁▂▃▄▅▆▇█';
/** A label for Mermaid: only letters, digits and plain punctuation, so it cannot break the chart. */
function mermaidLabel(text, max = 60) {
    const clean = text.replace(/[^\p{L}\p{N} .,:_/+-]+/gu, ' ').replace(/\s+/g, ' ').trim();
    return clean.length > max ? clean.slice(0, max - 1).trimEnd() + '…' : clean;
}
function hourKey(ms) {
    return new Date(ms).toISOString().slice(0, 13);
}
function keyTime(key) {
    return Date.parse(`${key}:00:00Z`);
}
function bins(range, fallbackKeys) {
    let from = Math.floor(Date.parse(range.since) / charts_HOUR_MS) * charts_HOUR_MS;
    let to = Math.floor((Date.parse(range.until) - 1) / charts_HOUR_MS) * charts_HOUR_MS;
    if (!(Number.isFinite(from) && Number.isFinite(to) && to >= from)) {
        const times = fallbackKeys.map(keyTime).filter(Number.isFinite);
        from = times.length ? Math.min(...times) : 0;
        to = times.length ? Math.max(...times) : 0;
    }
    const hours = (to - from) / charts_HOUR_MS + 1;
    const hoursPerBar = Math.ceil(hours / MAX_BARS);
    const starts = [];
    for (let t = from; t <= to; t += hoursPerBar * charts_HOUR_MS)
        starts.push(t);
    return { starts, hoursPerBar };
}
function fill(b, hourly, into = b.starts.map(() => 0)) {
    const first = b.starts[0];
    for (const [key, n] of Object.entries(hourly)) {
        const i = Math.floor((keyTime(key) - first) / (b.hoursPerBar * charts_HOUR_MS));
        if (i >= 0 && i < into.length)
            into[i] += n ?? 0;
    }
    return into;
}
function labels(b) {
    const oneDay = b.starts.length > 0 && hourKey(b.starts[0]).slice(0, 10) === hourKey(b.starts[b.starts.length - 1]).slice(0, 10);
    return b.starts.map((t) => {
        const iso = new Date(t).toISOString();
        return oneDay ? iso.slice(11, 16) : `${iso.slice(5, 10)} ${iso.slice(11, 13)}h`;
    });
}
function when(t) {
    return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}
function sparkline(values) {
    const max = Math.max(0, ...values);
    return values.map((v) => (v <= 0 ? '·' : SPARKS[Math.min(7, Math.ceil((v / max) * 8) - 1)])).join('');
}
function unit(b) {
    return b.hoursPerBar === 1 ? 'hour' : `${b.hoursPerBar} hours`;
}
function xychart(title, b, series) {
    const peak = Math.max(1, ...series.flatMap((s) => s.values));
    const lines = [
        'xychart-beta',
        `    title "${mermaidLabel(title, 100)}"`,
        `    x-axis [${labels(b).map((l) => `"${mermaidLabel(l)}"`).join(', ')}]`,
        `    y-axis "Entries" 0 --> ${peak}`,
        ...series.map((s) => `    ${s.kind} [${s.values.join(', ')}]`),
    ];
    return fenced(lines.join('\n'), 'mermaid');
}
function summary(b, values) {
    const total = values.reduce((a, v) => a + v, 0);
    const peak = Math.max(0, ...values);
    const at = b.starts[values.indexOf(peak)];
    return `total ${total}, peak ${peak} at ${when(at)}`;
}
/** Occurrences of one group per hour (or wider bars for long windows), with a sparkline after it. */
function timelineChart(group, range) {
    const b = bins(range, Object.keys(group.hourly));
    const values = fill(b, group.hourly);
    const chart = xychart(`Occurrences per ${unit(b)}, UTC`, b, [{ kind: 'bar', values }]);
    const span = `${when(b.starts[0])} to ${when(b.starts[b.starts.length - 1] + b.hoursPerBar * charts_HOUR_MS)} UTC`;
    return `${chart}\n\nPer ${unit(b)}, ${span}: ${code(sparkline(values))} (${summary(b, values)})\n`;
}
const isError = (s) => severityRank(s) >= severityRank('ERROR');
/**
 * Entries per hour over the report's window: bars for groups whose highest severity is ERROR or
 * above, a line for the rest (a group counts at its highest severity). Empty text when no entries.
 */
function severityChart(report) {
    const b = bins(report.query, report.groups.flatMap((g) => Object.keys(g.hourly)));
    const errors = b.starts.map(() => 0);
    const others = b.starts.map(() => 0);
    for (const g of report.groups)
        fill(b, g.hourly, isError(g.maxSeverity) ? errors : others);
    if ([...errors, ...others].every((v) => v === 0))
        return '';
    const chart = xychart(`Entries per ${unit(b)}, UTC: bars ERROR and above, line below ERROR`, b, [
        { kind: 'bar', values: errors },
        { kind: 'line', values: others },
    ]);
    const text = [
        `ERROR and above  ${sparkline(errors)}  ${summary(b, errors)}`,
        `below ERROR      ${sparkline(others)}  ${summary(b, others)}`,
        `(per ${unit(b)}, from ${when(b.starts[0])} UTC)`,
    ].join('\n');
    return `${chart}\n\n${fenced(text)}\n`;
}

;// CONCATENATED MODULE: ./src/triage/health.ts
// Service health per component from its worst group, and recommended actions from P0 to P3.


const health_HOUR_MS = 3_600_000;
const STATUS_ORDER = ['failing', 'critical', 'degraded', 'intermittent', 'operational'];
const rank = (p) => types/* PRIORITIES */.B.indexOf(p);
/** Still happening: seen in the last hour of the window. */
function active(g, until) {
    return Number.isFinite(until) && Date.parse(g.lastSeen) >= until - health_HOUR_MS;
}
function statusOf(worst, until) {
    if (!worst)
        return 'operational';
    switch (worst.triage.priority) {
        case 'P0':
            return active(worst, until) ? 'failing' : 'critical';
        case 'P1':
            return 'degraded';
        default:
            return 'intermittent';
    }
}
/**
 * One row per component: failing (a P0 group still seen in the window's last hour), critical
 * (a P0 group that stopped), degraded (worst is P1), intermittent (P2/P3 only), operational
 * (a configured component with no groups). Worst first, then by name.
 */
function serviceHealth(report, components = []) {
    const until = Date.parse(report.query.until);
    const byComponent = new Map(components.map((c) => [c, []]));
    for (const g of report.groups) {
        const list = byComponent.get(g.triage.component) ?? [];
        list.push(g);
        byComponent.set(g.triage.component, list);
    }
    const rows = [...byComponent].map(([component, groups]) => {
        const worst = [...groups].sort((a, b) => rank(a.triage.priority) - rank(b.triage.priority) || b.count - a.count)[0];
        const status = statusOf(worst, until);
        if (!worst)
            return { component, status, worst: undefined, note: 'No problems in this window.' };
        const entries = groups.reduce((n, g) => n + g.count, 0);
        const last = worst.lastSeen.slice(0, 16).replace('T', ' ');
        const note = `${groups.length} group${groups.length === 1 ? '' : 's'}, ${entries} entr${entries === 1 ? 'y' : 'ies'}; worst ${worst.triage.priority} last seen ${last} UTC.`;
        return { component, status, worst: worst.triage.priority, note };
    });
    return rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.component.localeCompare(b.component));
}
const VERB = {
    P0: 'Fix now',
    P1: 'Fix this week',
    P2: 'Schedule a fix',
    P3: 'Watch',
};
const RULE_ACTION = {
    'builtin: import-error': 'roll back or fix the missing import',
    'builtin: startup-failure': 'check the startup of the revision',
    'builtin: server-errors': 'find the failing handler behind the 5xx answers',
    'builtin: server-errors-few': 'find the failing handler behind the 5xx answers',
    'builtin: frequent-warning': 'find the degraded dependency',
};
function revisions(g) {
    const names = Object.keys(g.revisions);
    if (names.length === 0)
        return '';
    const shown = names.slice(0, 2).join(', ') + (names.length > 2 ? ` +${names.length - 2}` : '');
    return `, in ${inline(shown)}`;
}
function actionLine(g) {
    const t = g.triage;
    const what = RULE_ACTION[t.reason] ? ` — ${RULE_ACTION[t.reason]}` : '';
    const trend = g.trend ? ` (${g.trend})` : '';
    const owners = t.owners.length ? `; owners: ${t.owners.map((o) => inline(o)).join(', ')}` : '';
    const issue = g.issue ? ` — [issue ${g.issue.number}](${g.issue.url})` : '';
    return `- **${VERB[t.priority]}**${what}: ${inline(g.signature.title)} in ${inline(t.component)}${trend}, ${g.count}×${revisions(g)}${owners}${issue}`;
}
/** Recommended actions grouped P0 -> P3 (priorities without groups are left out). */
function recommendedActions(report) {
    return types/* PRIORITIES */.B.map((priority) => ({
        priority,
        lines: report.groups.filter((g) => g.triage.priority === priority).map(actionLine),
    })).filter((a) => a.lines.length > 0);
}

;// CONCATENATED MODULE: ./src/render/worklog.ts





const PRIORITY_HEADINGS = {
    P0: 'Immediate (P0 - Critical)',
    P1: 'High Priority (P1)',
    P2: 'Medium Priority (P2)',
    P3: 'Low Priority (P3)',
};
const STATUS_ICON = {
    failing: '❌ FAILING',
    critical: '🚨 CRITICAL',
    degraded: '⚠️ DEGRADED',
    intermittent: '⚠️ INTERMITTENT',
    operational: '✅ OPERATIONAL',
};
/** The services a report is about, for headings. */
function servicesShown(report) {
    return report.query.services.join(', ') || topKeys(Object.assign({}, ...report.groups.map((g) => g.services))).join(', ') || 'all services';
}
function header(r) {
    const q = r.query;
    const lines = [
        `# GCP Log Gardener Worklog - ${inline(servicesShown(r))}`,
        `**Generated:** ${utc(r.generatedAt)}  `,
        `**Service:** ${inline(servicesShown(r))}${q.projects.length ? ` (project ${q.projects.map((p) => inline(p)).join(', ')})` : ''}  `,
        `**Time Range:** ${utc(q.since)} to ${utc(q.until)} (UTC)  `,
        `**Source:** ${r.source.kind === 'file' ? `file ${code(r.source.path ?? '-')}` : 'Cloud Logging API'}  `,
        `**Entries:** ${r.stats.entries} read, ${r.groups.length} groups${r.stats.ignored ? `, ${r.stats.ignored} ignored by rules` : ''}${r.stats.belowThreshold ? `, ${r.stats.belowThreshold} below ${q.minSeverity}` : ''}${r.stats.malformed.length ? `, ${r.stats.malformed.length} malformed` : ''}  `,
        `**Filter:**`,
        '',
        fenced(q.filter),
    ];
    if (r.stats.truncated)
        lines.push('', `> [!WARNING]`, `> Collection stopped at the max-entries budget (${r.stats.truncated.limit}): ${inline(r.stats.truncated.note)}`);
    if (r.notes?.length) {
        lines.push('', '> [!NOTE]');
        for (const n of r.notes)
            lines.push(`> ${inline(n)}`);
    }
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
    return types/* SEVERITIES */.o.filter((s) => g.severities[s]).reverse().map((s) => `${s} (${g.severities[s]})`).join(', ');
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
        ['Owners', g.triage.owners.length ? g.triage.owners.map((o) => inline(o)).join(', ') : undefined],
    ];
    return items.filter(([, v]) => v).map(([k, v]) => `- ${k}: ${v}`);
}
function groupSection(g, n, r) {
    const rate = format_ratePerHour(g.count, g.firstSeen, g.lastSeen);
    const lines = [
        `### ${n}. [${g.triage.priority}] ${inline(g.triage.component)}: ${inline(g.signature.title)}`,
        `**Impact:** ${inline(g.triage.impact)}  `,
        `**Severity:** ${severityLabel(g)}  `,
        `**Priority:** ${g.triage.priority}, set by ${code(g.triage.reason)}  `,
        `**First Occurrence:** ${utc(g.firstSeen)}  `,
        `**Last Occurrence:** ${utc(g.lastSeen)}  `,
        `**Pattern:** ${g.count} occurrence${g.count === 1 ? '' : 's'}, ~${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/hour while active, up to ${g.maxConsecutive} in a row${g.trend ? `, ${g.trend}` : ''}  `,
    ];
    if (g.issue)
        lines.push(`**GitHub issue:** [issue ${g.issue.number}](${g.issue.url}) (${g.issue.state})  `);
    if (g.explorerUrl)
        lines.push(`**Logs Explorer:** ${markdown_link('open the query', g.explorerUrl)}  `);
    lines.push('', '**Error Details:**', '', fenced(g.samples[0] ?? g.signature.title));
    if (g.samples.length > 1) {
        lines.push('', `<details><summary>${g.samples.length - 1} more example${g.samples.length > 2 ? 's' : ''}</summary>`, '');
        for (const s of g.samples.slice(1))
            lines.push(fenced(s), '');
        lines.push('</details>');
    }
    lines.push('', '**Technical Context:**', ...context(g), '', '**Timeline:**', '', timelineChart(g, r.query), '---', '');
    return lines;
}
function metrics(r, components) {
    const lines = ['## 📊 SUMMARY METRICS', '', '### Error Distribution', '| Severity | Count | Primary Component |', '|----------|-------|------------------|'];
    for (const s of [...types/* SEVERITIES */.o].reverse()) {
        const count = r.bySeverity[s];
        if (!count)
            continue;
        const comps = {};
        for (const g of r.groups)
            if (g.severities[s])
                comps[g.triage.component] = (comps[g.triage.component] ?? 0) + (g.severities[s] ?? 0);
        lines.push(`| **${s}** | ${count} | ${topKeys(comps, 3).map((c) => cell(c)).join(', ') || 'None identified'} |`);
    }
    lines.push('', '### Groups by Priority', '| Priority | Groups | Entries |', '|----------|--------|---------|');
    for (const p of types/* PRIORITIES */.B) {
        const gs = r.groups.filter((g) => g.triage.priority === p);
        lines.push(`| ${p} | ${gs.length} | ${gs.reduce((n, g) => n + g.count, 0)} |`);
    }
    const chart = severityChart(r);
    if (chart)
        lines.push('', '### Severity Over Time', '', chart);
    lines.push('', '### Service Health Status');
    for (const h of serviceHealth(r, components))
        lines.push(`- **${inline(h.component)}:** ${STATUS_ICON[h.status]} (${h.note})`);
    if (!r.groups.length && !components.length)
        lines.push('- All components: ✅ OPERATIONAL (no warnings or errors in the window)');
    lines.push('', '---', '');
    return lines;
}
function actions(r) {
    const lines = ['## 🎯 RECOMMENDED ACTIONS', ''];
    const byPriority = recommendedActions(r);
    for (const a of byPriority)
        lines.push(`### ${PRIORITY_HEADINGS[a.priority]}`, ...a.lines, '');
    if (!byPriority.length)
        lines.push('Nothing to do: no groups in this window.', '');
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
            lines.push(`- [${g.priority}] ${inline(g.title)}${g.note ? ` (${inline(g.note)})` : ''}`);
        lines.push('');
    }
    if (n.possibleDuplicates.length) {
        lines.push('**Possibly already filed by someone (not acted on: check them by hand):**');
        for (const g of n.possibleDuplicates) {
            const candidates = g.candidates.map((c) => markdown_link(`issue ${c.number}: ${c.title}`, c.url)).join('; ');
            lines.push(`- [${g.priority}] ${inline(g.title)}: ${candidates}`);
        }
        lines.push('');
    }
    return [...lines, '---', ''];
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
function renderWorklog(r, options = {}) {
    const lines = [...header(r), '', '---', '', ...changes(r)];
    lines.push(r.groups.length ? '## 🚨 ISSUES DISCOVERED' : '## ✅ NO ISSUES DISCOVERED', '');
    if (!r.groups.length)
        lines.push(`No entries at ${r.query.minSeverity} or above in the window.`, '', '---', '');
    r.groups.forEach((g, i) => lines.push(...groupSection(g, i + 1, r)));
    lines.push(...metrics(r, options.components ?? []), ...actions(r), ...issueNotes(r), ...nextSteps(r));
    lines.push(`**Generated by:** GCP Log Gardener v${r.tool.version} (signatures ${r.tool.signer})  `, `**Analysis Status:** ${r.failures.length ? 'PARTIAL: see the failures at the top' : 'COMPLETE'}  `, '**Collection Command:**', '', fenced(r.query.gcloudCommand, 'sh'), '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/gate.ts



function evaluateGate(report, failOn, newOnly = false) {
    if (failOn === 'none')
        return { failed: false, groups: [], text: 'Gate off (fail-on: none).' };
    const limit = types/* PRIORITIES */.B.indexOf(failOn);
    const groups = newOnly ? newGroupsAtOrAbove(report, failOn) : report.groups.filter((g) => types/* PRIORITIES */.B.indexOf(g.triage.priority) <= limit);
    const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
    if (!groups.length)
        return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.` };
    const names = groups.slice(0, 10).map((g) => `[${g.triage.priority}] ${shorten(g.signature.title, 120)}`).join('; ');
    return { failed: true, groups, text: `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${groups.length > 10 ? '; ...' : ''}` };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/publish/files.ts
// Writes the worklog and the JSON report to a local folder.


async function writeOutputs(outputDir, paths, markdown, json) {
    await (0,promises_namespaceObject.mkdir)(outputDir, { recursive: true });
    const worklog = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.markdown));
    const report = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.json));
    await (0,promises_namespaceObject.writeFile)(worklog, markdown);
    await (0,promises_namespaceObject.writeFile)(report, json);
    return { worklog, report };
}

;// CONCATENATED MODULE: ./src/publish/paths.ts
/** A value made safe for one path segment. */
const pathPart = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'x';
/** What {service} stands for: the one service, or "multi", or "all". */
function serviceKey(services) {
    return services.length === 1 ? pathPart(services[0]) : services.length ? 'multi' : 'all';
}
/** Fills {service}, {timestamp} and {date} from the report; each value made safe for a path. */
function worklogPaths(template, report) {
    const at = new Date(report.generatedAt);
    const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
    const markdown = template
        .replace(/\{service\}/g, serviceKey(report.query.services))
        .replace(/\{timestamp\}/g, iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'))
        .replace(/\{date\}/g, iso.slice(0, 10))
        .replace(/^\/+/, '');
    const json = /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
    return { markdown, json };
}

;// CONCATENATED MODULE: ./src/run.ts















const quiet = { info: () => { }, warning: () => { } };
async function run(settings, options = {}) {
    const now = options.now ?? new Date();
    const env = options.env ?? process.env;
    const log = options.log ?? quiet;
    const config = await loadConfig(settings.configPath, { explicit: settings.configPath !== DEFAULT_CONFIG_PATH });
    for (const w of expiredIgnoreWarnings(config, now))
        log.warning(w);
    // In file mode the services are known only once the export is read (see below).
    let previous = settings.previousReport
        ? await loadPreviousReport(settings.previousReport)
        : settings.inputFile
            ? undefined
            : await options.findPrevious?.(settings.services);
    // Templates the previous run learned keep this run's fingerprints the same as its.
    const knownTemplates = previous?.groups.filter((g) => g.signature.kind === 'template').map((g) => g.signature.detail);
    const signer = createSigner({ fingerprints: config.fingerprints, masks: config.masks, knownTemplates });
    let source;
    if (settings.inputFile) {
        await checkReadable(settings.inputFile, 'input');
        source = fileSource(settings.inputFile, options.stdin);
    }
    else {
        if (!options.openCloudSource)
            throw new errors/* InputError */.d('input', 'no log file given and Cloud Logging is not available here', 'set input to a `gcloud logging read --format=json` export');
        source = await options.openCloudSource(settings, env);
    }
    const fileMode = source.kind === 'file';
    const since = settings.since?.getTime() ?? -Infinity;
    const until = settings.until?.getTime() ?? Infinity;
    const collected = await collect({
        source,
        signer,
        redactor: createRedactor({ emails: config.redact.emails, ips: config.redact.ips, extraPatterns: config.redact.patterns, extraPatternsInput: `${settings.configPath}: redact.patterns` }),
        ignore: ignoreMatcher(config, now),
        // Cloud Logging filters server-side too, but its filter is wider on purpose (plain stderr lines,
        // so that split tracebacks can be joined): the same rule applies to both sources after joining.
        admit: (r) => atOrAbove(r, settings.minSeverity) && r.time >= since && r.time < until,
    });
    const { stats } = collected;
    if (fileMode && stats.entries === 0 && stats.malformed.length > 0) {
        const first = stats.malformed[0];
        throw new errors/* InputError */.d('input', `no log entry could be read from ${settings.inputFile} (${stats.malformed.length} malformed; entry ${first.position}: ${first.reason})`, 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line');
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
    const query = (0,gcp_query/* buildQuery */.Zq)(querySettings, now);
    if (fileMode && !settings.previousReport)
        previous = await options.findPrevious?.(query.services);
    const report = buildReport(collected, {
        query,
        source: fileMode ? { kind: 'file', path: settings.inputFile } : { kind: 'cloud-logging' },
        config,
        signerVersion: signer.version,
        now,
        explorerUrl: (g) => (0,gcp_query/* explorerUrl */.fE)(query, g),
    });
    compareWithPrevious(report, previous);
    for (const n of report.notes ?? [])
        log.warning(n);
    const components = config.components.map((c) => c.name);
    const markdown = renderWorklog(report, { components });
    const json = JSON.stringify(report, null, 2) + '\n';
    const repoPaths = worklogPaths(settings.worklogPath, report);
    const files = await writeOutputs(settings.outputDir, repoPaths, markdown, json);
    const gate = evaluateGate(report, settings.failOn, settings.failOnNewOnly);
    return { report, markdown, json, files, repoPaths, gate, components };
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
            throw new errors/* InputError */.d(a, 'unexpected argument', 'give options as --name value; see --help');
        }
        const eq = a.indexOf('=');
        const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
        if (!known.has(name))
            throw new errors/* InputError */.d(`--${name}`, 'unknown option', 'see --help for the options');
        if (eq !== -1)
            flags.set(name, a.slice(eq + 1));
        else if (booleans.has(name) && (i + 1 >= argv.length || argv[i + 1].startsWith('--') || !/^(true|false|yes|no|1|0|on|off)$/i.test(argv[i + 1])))
            flags.set(name, 'true');
        else if (i + 1 < argv.length)
            flags.set(name, argv[++i]);
        else
            throw new errors/* InputError */.d(`--${name}`, 'needs a value', `give it as --${name} VALUE`);
    }
    return { command, flags };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = require("node:readline");
;// CONCATENATED MODULE: ./src/cli/group.ts
// `group --input FILE`: one message per line in, one {"line_id", "group_id"} JSON object per line out.
// Two passes so that memory grows with templates, not lines: the first learns templates and
// spools each line's template number to a temporary file; the second prints final group ids.








const BATCH = 8192;
async function write(out, chunk) {
    if (!out.write(chunk))
        await (0,external_node_events_.once)(out, 'drain');
}
async function learn(inputPath, miner, spoolPath) {
    const spool = (0,external_node_fs_.createWriteStream)(spoolPath);
    const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: (0,external_node_fs_.createReadStream)(inputPath, { encoding: 'utf8' }), crlfDelay: Infinity });
    let batch = new Uint32Array(BATCH);
    let n = 0;
    for await (const line of lines) {
        batch[n++] = miner.addNumbered(line);
        if (n === BATCH) {
            await write(spool, Buffer.from(batch.buffer));
            batch = new Uint32Array(BATCH);
            n = 0;
        }
    }
    if (n > 0)
        await write(spool, Buffer.from(batch.buffer, 0, n * 4));
    spool.end();
    await (0,external_node_events_.once)(spool, 'close');
}
async function print(spoolPath, miner, out) {
    const groupIds = [];
    let line = 0;
    let rest = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(spoolPath)) {
        const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
        const whole = data.length - (data.length % 4);
        const text = [];
        for (let at = 0; at < whole; at += 4) {
            const t = data.readUInt32LE(at);
            const g = (groupIds[t] ??= miner.groupOf(`t${t}`));
            text.push(`{"line_id":${++line},"group_id":"${g}"}`);
        }
        rest = data.subarray(whole);
        if (text.length > 0)
            await write(out, text.join('\n') + '\n');
    }
}
async function runGroupCommand(inputPath, out) {
    try {
        await (0,promises_namespaceObject.access)(inputPath);
    }
    catch {
        throw new errors/* InputError */.d(`--input ${inputPath}`, 'the file cannot be read', 'pass a readable text file with one log message per line');
    }
    const miner = createTemplateMiner();
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'log-gardener-group-'));
    try {
        const spool = (0,external_node_path_.join)(dir, 'templates.u32');
        await learn(inputPath, miner, spool);
        await print(spool, miner, out);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
// The command line: the same stages as the action, on a log export or on Cloud Logging.








const RUN_OPTIONS = [
    'input', 'project-id', 'service', 'resource-type', 'min-severity', 'window', 'since', 'until', 'filter', 'max-entries',
    'auth-mode', 'workload-identity-provider', 'service-account', 'audience', 'config', 'previous-report', 'output-dir',
    'worklog-path', 'dry-run', 'fail-on', 'fail-on-new-only',
];
const BOOLEANS = new Set(['dry-run', 'fail-on-new-only', 'help', 'version']);
const HELP = `gcp-log-gardener ${VERSION}: group Google Cloud warnings and errors into issues, triage them, write a worklog.

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
            out.write(`${VERSION}\n`);
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
            await runGroupCommand(input, out);
            return 0;
        }
        if (command !== 'run')
            throw new errors/* InputError */.d(command, 'unknown command', 'use run or group (see --help)');
        const settings = readSettings((name) => flags.get(name) ?? '', process.env);
        if (!flags.has('output-dir'))
            settings.outputDir = '.';
        const now = new Date();
        const outcome = await run(settings, {
            now,
            // Loaded only for Cloud Logging runs, so file runs and `group` start fast.
            openCloudSource: async (s, env) => (await Promise.all(/* import() */[__nccwpck_require__.e(95), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94142))).openCloudLoggingSource(s, env, now),
            log: { info: (m) => err.write(`${singleLine(m)}\n`), warning: (m) => err.write(`warning: ${singleLine(m)}\n`) },
        });
        const r = outcome.report;
        err.write(`Read ${r.stats.entries} entries into ${r.groups.length} groups (${types/* PRIORITIES */.B.map((p) => `${p}: ${r.byPriority[p]}`).join(', ')}).\n`);
        // Failures and the gate's verdict quote log text: one line each, so none can pass for a workflow command.
        for (const f of r.failures)
            err.write(`failed: ${singleLine(f)}\n`);
        err.write(`${singleLine(outcome.gate.text)}\n`);
        out.write(`Worklog written to ${outcome.files.worklog}\nReport written to ${outcome.files.report}\n`);
        if (r.failures.length)
            return 1;
        return outcome.gate.failed ? 2 : 0;
    }
    catch (e) {
        err.write(`error: ${singleLine((0,errors/* errorLine */.B)(e))}\n`);
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