"use strict";
exports.id = 327;
exports.ids = [327];
exports.modules = {

/***/ 59849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ro: () => (/* binding */ checkReadable),
  IO: () => (/* binding */ fileSource),
  yu: () => (/* binding */ inputName)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/collect/json-stream.ts
// Splits a stream of text holding either a JSON array of objects or NDJSON (one value a line)
// into one string per element, without holding more than one element in memory.
// Elements that do not parse are reported with their 1-based position; the rest go on.
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
/** `},` tried as the end of an element that shares its line with others (see JsonSplitter.compact). */
const COMPACT_TRIES = 4;
/** JSON's whitespace. */
const isBlank = (c) => c === 32 || c === 10 || c === 13 || c === 9;
/** Backslashes just before `end`, not looking before `from`. */
function backslashesBefore(text, end, from) {
    let k = 0;
    while (end - 1 - k >= from && text.charCodeAt(end - 1 - k) === BACKSLASH)
        k += 1;
    return k;
}
/** The quote that closes a string whose text continues at `from`, or -1 when not in this chunk. */
function closingQuote(text, from) {
    let q = text.indexOf('"', from);
    while (q !== -1 && backslashesBefore(text, q, from) % 2 === 1)
        q = text.indexOf('"', q + 1);
    return q;
}
/** The element text[p..close] parsed, when `close` is a `}` followed by a comma and the text parses whole. */
function parsedTo(text, p, close) {
    if (close <= p || text.charCodeAt(close) !== CLOSE_BRACE || text.charCodeAt(close + 1) !== COMMA)
        return undefined;
    const element = text.slice(p, close + 1);
    try {
        return [close, element, JSON.parse(element)];
    }
    catch {
        return undefined;
    }
}
/**
 * The splitter, fed one chunk at a time: push returns the elements a chunk completed, end those left at the
 * end. A syntax error is thrown only after the elements before it were returned (by the next push or end, or by
 * check): whoever reads the elements gets every one that came before the error.
 */
class JsonSplitter {
    mode = 'unknown';
    buf = '';
    depth = 0;
    inString = false;
    escaped = false;
    position = 0;
    ended = false; // saw the closing ] of the array
    error;
    /** Throws the syntax error found after the elements already returned, if any. */
    check() {
        if (this.error)
            throw this.error;
    }
    atBoundary() {
        return this.mode === 'array' && this.depth === 0 && !this.inString && !this.ended && this.buf.trim() === '';
    }
    /** The last pretty-printed element's indentation, and the line that closes such an element. */
    indent = '';
    closing = '\n}';
    /** Parses tried on elements that share their line (see compact), and elements found by them. */
    compactParses = 0;
    compactFound = 0;
    /**
     * At an element boundary of an array: the elements that can be cut without reading them character by
     * character, each parsed once here, and where the character scan must take over. An element alone on
     * its line (`{...},`) ends at that line's end; a pretty-printed one (`{` ending its line, as gcloud
     * prints) at the first `}` on a line of its own at the element's indentation; one of several on a line
     * (`JSON.stringify` of the whole array) at one of the next few `},`. Whichever it is, JSON.parse
     * accepting the text is what proves it one whole element: JSON is read left to right, so a text that
     * parses whole up to a `}` ends where the element does. Anything else (the last element, one this chunk
     * cuts, one that does not parse) is left to the scan.
     */
    wholeElements(chunk, from, out) {
        let at = from;
        for (;;) {
            let p = at;
            while (p < chunk.length && isBlank(chunk.charCodeAt(p)))
                p++;
            if (chunk.charCodeAt(p) !== OPEN_BRACE)
                return at;
            const next = chunk.charCodeAt(p + 1);
            let found;
            if (next === 10 || next === 13) {
                const lineStart = chunk.lastIndexOf('\n', p - 1) + 1;
                if (lineStart === 0)
                    return at; // the line began in an earlier chunk: its indentation is unknown here
                const indent = chunk.slice(lineStart, p);
                for (let k = 0; k < indent.length; k++)
                    if (!isBlank(indent.charCodeAt(k)))
                        return at;
                // Elements of one file share their indentation: the pattern is made once, not per element.
                if (indent !== this.indent)
                    this.closing = `\n${(this.indent = indent)}}`;
                const mark = chunk.indexOf(this.closing, p);
                if (mark === -1)
                    return at;
                found = parsedTo(chunk, p, mark + 1 + indent.length);
            }
            else {
                const nl = chunk.indexOf('\n', p);
                if (nl !== -1)
                    found = parsedTo(chunk, p, chunk.charCodeAt(nl - 1) === 13 ? nl - 3 : nl - 2);
                if (!found)
                    found = this.compact(chunk, p, nl === -1 ? chunk.length : nl);
            }
            if (!found)
                return at;
            const [close, text, value] = found;
            this.position += 1;
            out.push({ position: this.position, text, value });
            at = close + 2;
        }
    }
    /**
     * The element at p that ends at one of the next few `},` followed by `{` before `limit`, parsed.
     * Elements that hold arrays of objects (`},{` inside) cost a parse per such candidate: once 64 parses
     * were tried, a file that needs more than two per element found is left to the scan.
     */
    compact(chunk, p, limit) {
        if (this.compactParses >= 64 && this.compactParses > 2 * this.compactFound)
            return undefined;
        let tries = 0;
        for (let close = chunk.indexOf('},', p); close !== -1 && close < limit && tries < COMPACT_TRIES; close = chunk.indexOf('},', close + 2)) {
            // The next element starts with `{`: a `},` followed by a key (`},"`) closes an object inside this one.
            let q = close + 2;
            while (q < limit && isBlank(chunk.charCodeAt(q)))
                q++;
            if (chunk.charCodeAt(q) !== OPEN_BRACE)
                continue;
            tries += 1;
            this.compactParses += 1;
            const found = parsedTo(chunk, p, close);
            if (found) {
                this.compactFound += 1;
                return found;
            }
        }
        return undefined;
    }
    push(chunk) {
        this.check();
        const out = [];
        let start = 0;
        let i = 0;
        if (this.mode === 'unknown') {
            const trimmed = chunk.replace(/^\uFEFF/, '');
            const first = trimmed.search(/\S/);
            if (first === -1)
                return out;
            this.mode = trimmed[first] === '[' ? 'array' : 'lines';
            if (this.mode === 'array') {
                this.buf = '';
                start = i = chunk.indexOf('[') + 1;
            }
        }
        if (this.mode === 'lines') {
            // One scan over the buffer from a moving start: no copy of the rest per line.
            const buf = this.buf + chunk;
            let from = 0;
            let nl;
            while ((nl = buf.indexOf('\n', from)) !== -1) {
                const line = buf.slice(from, nl);
                from = nl + 1;
                this.position += 1;
                if (line.trim() !== '')
                    out.push({ position: this.position, text: line });
            }
            this.buf = buf.slice(from);
            return out;
        }
        // Strings (most of an entry) are skipped with indexOf; only the rest is read char by char.
        const n = chunk.length;
        if (this.atBoundary()) {
            const next = this.wholeElements(chunk, start, out);
            if (next !== start)
                this.buf = '';
            i = start = next;
        }
        for (; i < n; i++) {
            if (this.ended) {
                if (/\S/.test(chunk.slice(i))) {
                    this.error = new SyntaxError(`unexpected text after the closing ] of the array`);
                    return out;
                }
                break;
            }
            if (this.inString) {
                if (this.escaped) {
                    this.escaped = false;
                    continue;
                }
                const q = closingQuote(chunk, i);
                if (q === -1) {
                    this.escaped = backslashesBefore(chunk, n, i) % 2 === 1;
                    break;
                }
                this.inString = false;
                i = q;
                continue;
            }
            const c = chunk.charCodeAt(i);
            if (c === QUOTE)
                this.inString = true;
            else if (c === OPEN_BRACE || c === OPEN_BRACKET)
                this.depth += 1;
            else if (c === CLOSE_BRACE)
                this.depth -= 1;
            else if (c === CLOSE_BRACKET && this.depth > 0)
                this.depth -= 1;
            else if ((c === COMMA || c === CLOSE_BRACKET) && this.depth === 0) {
                const text = (this.buf + chunk.slice(start, i)).trim();
                this.buf = '';
                start = i + 1;
                if (text !== '' || c === COMMA) {
                    this.position += 1;
                    out.push({ position: this.position, text });
                }
                if (c === CLOSE_BRACKET)
                    this.ended = true;
                else {
                    start = this.wholeElements(chunk, start, out);
                    i = start - 1;
                }
            }
        }
        if (!this.ended)
            this.buf += chunk.slice(start);
        return out;
    }
    end() {
        this.check();
        const out = [];
        if (this.mode === 'lines' && this.buf.trim() !== '')
            out.push({ position: this.position + 1, text: this.buf });
        if (this.mode === 'array' && !this.ended) {
            if (this.buf.trim() !== '')
                out.push({ position: this.position + 1, text: this.buf.trim() });
            this.error = new SyntaxError('the JSON array is not closed (the file may be cut short)');
        }
        return out;
    }
}
async function* splitJson(chunks) {
    const splitter = new JsonSplitter();
    for await (const chunk of chunks) {
        for (const piece of splitter.push(chunk))
            yield piece;
        splitter.check();
    }
    for (const piece of splitter.end())
        yield piece;
    splitter.check();
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/collect/file-source.ts
// Reads what `gcloud logging read --format=json` prints (a JSON array), or NDJSON, from a file
// or standard input.





async function checkReadable(path, inputName) {
    if (path === '-')
        return;
    try {
        const s = await (0,promises_.stat)(path);
        if (!s.isFile())
            throw new errors/* InputError */.d(inputName, `${path} is not a file`, 'point it at a file written by `gcloud logging read --format=json`');
    }
    catch (e) {
        if (e instanceof errors/* InputError */.d)
            throw e;
        throw new errors/* InputError */.d(inputName, `cannot read ${path}`, 'check the path; export logs with `gcloud logging read --format=json > logs.json`');
    }
}
/** How messages name the input: a path, or standard input for -. */
const inputName = (path) => (path === '-' ? 'standard input' : path);
/** Bytes read at a time: the entries of a chunk are alive together, so it stays small. */
const CHUNK_BYTES = 65_536;
function item(piece) {
    if (piece.value !== undefined)
        return { kind: 'entry', position: piece.position, value: piece.value };
    try {
        return { kind: 'entry', position: piece.position, value: JSON.parse(piece.text) };
    }
    catch (e) {
        return { kind: 'malformed', position: piece.position, reason: `invalid JSON: ${e.message}` };
    }
}
/**
 * A file's text, a chunk at a time. Read synchronously: a regular file's read is a copy from the page cache,
 * and a promise per read cost three times the copy (the reader yields to its event loop between chunks).
 */
async function* fileText(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        for (;;) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buf, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                break;
            yield decoder.write(buf.subarray(0, bytesRead));
        }
        const rest = decoder.end();
        if (rest)
            yield rest;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function* streamText(stream) {
    stream.setEncoding('utf8');
    for await (const chunk of stream)
        yield chunk;
}
function fileSource(path, stdin = process.stdin) {
    async function* chunks() {
        // The splitter is fed here, chunk by chunk: no generator (and no promise) per entry between the file and us.
        const splitter = new JsonSplitter();
        try {
            for await (const chunk of path === '-' ? streamText(stdin) : fileText(path)) {
                yield splitter.push(chunk).map(item);
                splitter.check();
            }
            yield splitter.end().map(item);
            splitter.check();
        }
        catch (e) {
            yield [{ kind: 'failure', message: `${inputName(path)}: ${e.message}` }];
        }
    }
    return {
        kind: 'file',
        path,
        chunks,
        async *read() {
            for await (const items of chunks())
                for (const i of items)
                    yield i;
        },
    };
}


/***/ }),

/***/ 34973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ normalizeItem),
/* harmony export */   CK: () => (/* binding */ emptyTally),
/* harmony export */   Z$: () => (/* binding */ localFront)
/* harmony export */ });
/* unused harmony export normalizedRecords */
/* harmony import */ var _safety_redact_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62783);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59705);


const emptyTally = () => ({ entries: 0, malformed: [], inRange: 0, failures: [] });
/** Runs the front over a source's items on this thread. */
function localFront(items, opts) {
    const tally = emptyTally();
    return { batches: (0,_safety_redact_record_js__WEBPACK_IMPORTED_MODULE_0__/* .redactBatches */ .yM)(normalizedRecords(items, opts.inScope, tally), opts.redactor), tally: () => tally };
}
/** The source's entries normalized and scoped, not yet redacted; `tally` counts what was read. */
async function* normalizedRecords(items, inScope, tally) {
    for await (const item of items) {
        const record = normalizeItem(item, inScope, tally);
        if (record)
            yield record;
    }
}
/** One item: its record when it is an entry in scope; anything else is counted in `tally`. */
function normalizeItem(item, inScope, tally) {
    switch (item.kind) {
        case 'entry':
            try {
                const record = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeEntry */ .YT)(item.value);
                tally.entries += 1;
                if (inScope && !inScope(record)) {
                    tally.outOfRange = (tally.outOfRange ?? 0) + 1;
                    return undefined;
                }
                tally.inRange += 1;
                return record;
            }
            catch (e) {
                if (!(e instanceof _normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .EntryError */ .jm))
                    throw e;
                tally.malformed.push({ position: item.position, reason: e.message });
            }
            return undefined;
        case 'malformed':
            tally.malformed.push({ position: item.position, reason: item.reason });
            return undefined;
        case 'truncated':
            tally.truncated = { limit: item.limit, note: item.note };
            return undefined;
        case 'failure':
            tally.failures.push(item.message);
            return undefined;
        case 'group':
            return undefined; // consumed by PreGrouped.expand before the front
    }
}


/***/ }),

/***/ 38088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ fileScope)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _gcp_query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5366);


/** Resource types whose service label is the record's service (see collect/normalize.ts). */
const SERVICE_TYPES = new Set(['cloud_run_revision', 'cloud_run_job', 'cloud_function', 'gae_app', 'k8s_container']);
const anyOf = (clauses) => (clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`);
/** The settings as a file run applies them; `now` ends a window given without `until`. */
function fileScope(settings, now) {
    if (settings.extraFilter) {
        const fix = 'filter the export when you make it (`gcloud logging read FILTER --format=json`), or leave filter empty';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('filter', 'cannot be applied to a file (it is Cloud Logging query language)', fix);
    }
    const given = (name) => settings.given?.has(name) ?? false;
    const clauses = [];
    const tests = [];
    // A service name means something only within a resource type: the query always names one.
    const resourceType = given('resource-type') || settings.services.length ? settings.resourceType : undefined;
    if (resourceType) {
        clauses.push(`resource.type=${(0,_gcp_query_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(resourceType)}`);
        tests.push((r) => r.resourceType === resourceType);
    }
    if (settings.services.length) {
        if (!SERVICE_TYPES.has(resourceType)) {
            const problem = `cannot be applied to a file of resource type ${resourceType} (its entries name no service)`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('service', problem, `leave service empty, or use resource-type ${[...SERVICE_TYPES].join(', ')}`);
        }
        const wanted = new Set(settings.services);
        clauses.push(anyOf(settings.services.map((s) => `resource.labels.${(0,_gcp_query_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceLabel */ .uZ)(resourceType)}=${(0,_gcp_query_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(s)}`)));
        tests.push((r) => r.service !== undefined && wanted.has(r.service));
    }
    if (settings.projects.length) {
        const wanted = new Set(settings.projects);
        tests.push((r) => r.project !== undefined && wanted.has(r.project));
    }
    const severity = (0,_gcp_query_js__WEBPACK_IMPORTED_MODULE_1__/* .severityClause */ .FD)(settings.minSeverity);
    if (severity)
        clauses.push(severity);
    let since;
    let until;
    if (given('window') || settings.since || settings.until) {
        until = settings.until ?? now;
        since = settings.since ?? new Date(until.getTime() - settings.windowMs);
        if (since >= until) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'give a since earlier than until, or a window such as 6h');
        }
        const from = since.getTime();
        const to = until.getTime();
        clauses.push(`timestamp>=${(0,_gcp_query_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(since.toISOString())} AND timestamp<${(0,_gcp_query_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(until.toISOString())}`);
        tests.push((r) => r.time >= from && r.time < to);
    }
    return { inScope: (r) => tests.every((t) => t(r)), filter: clauses.join(' AND '), since, until };
}


/***/ }),

/***/ 26327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_AHEAD: () => (/* binding */ MAX_AHEAD),
  MAX_AHEAD_CHARS: () => (/* binding */ MAX_AHEAD_CHARS),
  remoteFront: () => (/* binding */ remoteFront),
  serveFront: () => (/* binding */ serveFront),
  startFrontThread: () => (/* binding */ startFrontThread)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/file-scope.ts
var file_scope = __webpack_require__(38088);
// EXTERNAL MODULE: ./src/safety/redact.ts + 3 modules
var redact = __webpack_require__(44941);
// EXTERNAL MODULE: ./src/safety/redact-record.ts
var redact_record = __webpack_require__(62783);
// EXTERNAL MODULE: ./src/collect/front.ts
var front = __webpack_require__(34973);
// EXTERNAL MODULE: ./src/collect/file-source.ts + 1 modules
var file_source = __webpack_require__(59849);
;// CONCATENATED MODULE: ./src/collect/record-codec.ts
/** Strings each table holds at most; past it, values cross as text (memory stays bounded). */
const TABLE_LIMIT = 16_384;
/** Longer strings are not worth a table entry (a repeating field is short). */
const TABLE_MAX_CHARS = 256;
class RecordEncoder {
    ids = new Map();
    /** Per field, the last value and its number: most fields repeat the record before. */
    lastText = [];
    lastId = [];
    t(field, s, out) {
        if (s === undefined) {
            out.push(undefined);
            return;
        }
        if (s === this.lastText[field]) {
            out.push(this.lastId[field]);
            return;
        }
        let id = this.ids.get(s);
        if (id === undefined) {
            if (this.ids.size >= TABLE_LIMIT || s.length > TABLE_MAX_CHARS) {
                out.push(s);
                return;
            }
            this.ids.set(s, (id = this.ids.size));
            out.push(s);
        }
        else
            out.push(id);
        this.lastText[field] = s;
        this.lastId[field] = id;
    }
    /** The records as values, in order. */
    encode(records) {
        const out = [];
        for (const r of records)
            this.encodeOne(r, out);
        return out;
    }
    encodeOne(r, out) {
        out.push(r.insertId, r.timestamp, r.time);
        this.t(0, r.severity, out);
        this.t(1, r.project, out);
        this.t(2, r.resourceType, out);
        this.t(3, r.service, out);
        this.t(4, r.revision, out);
        this.t(5, r.location, out);
        this.t(6, r.instance, out);
        this.t(7, r.logName, out);
        this.t(8, r.kind, out);
        out.push(r.message, r.stackTrace);
        this.t(9, r.logger, out);
        // Most records have no Error Reporting group: 0 crosses for the empty list.
        out.push(r.http, r.trace, r.spanId, r.sourceLocation, r.errorGroups.length === 0 ? 0 : r.errorGroups, r.audit);
        let n = 0;
        for (const _ in r.labels)
            n += 1;
        out.push(n);
        let f = 10;
        for (const k in r.labels) {
            // Label keys come in the same order record after record; a field per position.
            this.t(f++, k, out);
            this.t(f++, r.labels[k], out);
        }
    }
}
const groupsOf = (v) => (v === 0 ? [] : v);
class RecordDecoder {
    table = [];
    /** The records encoded into `values`, in order. */
    decode(values) {
        const table = this.table;
        const records = [];
        let i = 0;
        const t = () => {
            const v = values[i++];
            if (typeof v === 'number')
                return table[v];
            if (typeof v === 'string' && table.length < TABLE_LIMIT && v.length <= TABLE_MAX_CHARS)
                table.push(v);
            return v;
        };
        const v = () => values[i++];
        while (i < values.length) {
            // Fields in the order normalizeEntry writes them, so the record prints the same.
            const record = {
                insertId: v(),
                timestamp: v(),
                time: v(),
                severity: t(),
                project: t(),
                resourceType: t(),
                service: t(),
                revision: t(),
                location: t(),
                instance: t(),
                logName: t(),
                kind: t(),
                message: v(),
                stackTrace: v(),
                logger: t(),
                http: v(),
                trace: v(),
                spanId: v(),
                sourceLocation: v(),
                errorGroups: groupsOf(v()),
                labels: {},
            };
            const audit = v();
            const n = v();
            for (let k = 0; k < n; k += 1) {
                const key = t();
                record.labels[key] = t();
            }
            if (audit)
                record.audit = audit;
            records.push(record);
        }
        return records;
    }
}

;// CONCATENATED MODULE: ./src/front-thread.ts
// The front of collection (collect/front.ts) for a file or standard input, on a thread of its own: it reads,
// parses, normalizes, scopes and redacts the export while the run's thread joins traces, signs and groups.
//
// - The first thread starts it beside the run's worker, with a small young generation (src/worker.ts):
//   it makes most of the garbage, and the run's first thread, which only waits, would let its own
//   grow to 128 MB.
// - Records cross in order, in batches of BATCH, encoded by collect/record-codec.ts. The run acknowledges each
//   batch as it takes it, and the front stays at most MAX_AHEAD batches ahead: memory stays bounded
//   whichever side is slower.
// - Redaction is shared: the front redacts a batch while the run has a few queued; one the run would
//   soon wait for goes as it is, and the run redacts it with the same options. Both are the same
//   deterministic redactor, so the result does not depend on which side did it.
// - Both sides build the same front from the same settings, so the records are the ones the run would
//   have made itself (src/run.ts does that with one core).







/** Records per batch: small, so that a batch's records die young on both sides. */
const BATCH = 100;
/**
 * Batches sent and not yet taken: enough to ride out a pause of either side (a collection), and the run's
 * slow start (its code still cold), during which the front used to wait at 16 and the run later for the
 * front: idle time on gcloud's array fell from ~60 to ~25 ms on the front's thread (CPU profiles), wall
 * 0.96x (9 alternated pairs). 6,400 records at most, and MAX_AHEAD_CHARS.
 */
const MAX_AHEAD = 64;
/**
 * Characters of message and stack in the batches sent and not yet taken: with large entries (long
 * traces), fewer batches ahead, so what waits between the threads stays a few MB whatever the entries.
 * 64 batches of the scale benchmark's entries (194 characters each) hold about 1.2 million.
 */
const MAX_AHEAD_CHARS = 4_000_000;
/** The characters of a batch that vary with its entries: their messages and stacks. */
function textChars(records) {
    let n = 0;
    for (const r of records)
        n += r.message.length + (r.stackTrace?.length ?? 0);
    return n;
}
/** With fewer batches than this queued, the run redacts the next one itself. */
const RUN_REDACTS_BELOW = 4;
let portTaken = false;
/**
 * The front's thread the first thread started beside this run's worker, when it knew the input was a
 * file or stdin and a second core was there to run it (src/worker.ts); else undefined, and the run reads
 * the input itself. Given once.
 */
function startFrontThread() {
    const given = external_node_worker_threads_.isMainThread ? undefined : external_node_worker_threads_.workerData?.frontPort;
    if (!given || portTaken)
        return undefined;
    portTaken = true;
    return besideThread(given);
}
/** The thread the first thread started: it reports the thread's end to this one (worker.ts). */
function besideThread(port) {
    let listener;
    const stop = () => {
        if (listener)
            external_node_worker_threads_.parentPort?.off('message', listener);
        port.close();
    };
    return {
        stop,
        front: (request, redactor) => remoteFront(port, request, redactor, {
            close: stop,
            watch: (fail) => {
                listener = (m) => {
                    const failed = m?.frontFailed;
                    if (failed !== undefined)
                        fail(failed);
                };
                external_node_worker_threads_.parentPort?.on('message', listener);
            },
        }),
    };
}
let nextId = 0;
/**
 * The front of a file run, served on the other side of `port` (serveFront). `redactor` redacts the
 * batches that come unredacted: it has the request's options.
 */
function remoteFront(port, request, redactor, hooks = {}) {
    const id = nextId++;
    let tally;
    const queue = [];
    const decoder = new RecordDecoder();
    const redactions = new redact_record/* RecordRedactor */.oZ(redactor);
    let ended;
    let wake;
    /** What the front had counted by its last batch: the tally, should it never send its own. */
    const counted = (0,front/* emptyTally */.CK)();
    hooks.watch?.((error) => {
        ended ??= { error };
        wake?.();
    });
    const listener = (message) => {
        const m = message;
        if (m?.frontBatch?.id === id)
            queue.push(m.frontBatch);
        else if (m?.frontEnd?.id === id) {
            // After a failure, nothing the front says changes what the run reports.
            if (ended)
                return;
            tally = m.frontEnd.tally;
            ended = { error: m.frontEnd.error };
        }
        else
            return;
        wake?.();
    };
    async function* batches() {
        port.on('message', listener);
        port.ref();
        let done = false;
        try {
            port.postMessage({ front: { id, ...request } });
            for (;;) {
                const batch = queue.shift();
                if (batch) {
                    port.postMessage({ frontAck: { id } });
                    const { entries, inRange, outOfRange, malformed, failures } = batch.counts;
                    Object.assign(counted, { entries, inRange, outOfRange });
                    counted.malformed.push(...malformed);
                    counted.failures.push(...failures);
                    const records = decoder.decode(batch.values);
                    yield batch.redacted ? records : await redactions.redactBatch(records);
                    continue;
                }
                if (ended) {
                    // A front that failed or died: what it sent is kept, and the run says what failed.
                    if (ended.error !== undefined)
                        tally ??= {
                            ...counted,
                            failures: [...counted.failures, `${ended.error}; the rest of ${(0,file_source/* inputName */.yu)(request.settings.inputFile ?? '')} was not read`],
                        };
                    done = true;
                    return;
                }
                await new Promise((resolve) => (wake = resolve));
                wake = undefined;
            }
        }
        finally {
            if (!done)
                port.postMessage({ frontStop: { id } });
            port.off('message', listener);
            port.unref();
            hooks.close?.();
        }
    }
    return { batches: batches(), tally: () => tally ?? (0,front/* emptyTally */.CK)() };
}
/** The serving side: runs each front asked for. The function returned stops them all. */
function serveFront(port, options = {}) {
    const runRedactsBelow = options.runRedactsBelow ?? RUN_REDACTS_BELOW;
    const maxAheadChars = options.maxAheadChars ?? MAX_AHEAD_CHARS;
    const running = new Map();
    async function run(req) {
        /** The characters of each batch sent and not yet taken, oldest first (as many as are ahead), and their sum. */
        const ahead = [];
        let aheadChars = 0;
        let stopped = false;
        let wake;
        running.set(req.id, {
            taken: () => {
                aheadChars -= ahead.shift() ?? 0;
                wake?.();
            },
            stop: () => {
                stopped = true;
                wake?.();
            },
        });
        const encoder = new RecordEncoder();
        const redactions = new redact_record/* RecordRedactor */.oZ((0,redact/* createRedactor */.lY)(req.redaction));
        const tally = (0,front/* emptyTally */.CK)();
        let sent = { malformed: 0, failures: 0 };
        let batch = [];
        const ship = async () => {
            // The run has enough queued to keep it busy: as many batches, or their characters' worth (large entries).
            const redacted = ahead.length >= runRedactsBelow || aheadChars >= runRedactsBelow * (maxAheadChars / MAX_AHEAD);
            const records = redacted ? await redactions.redactBatch(batch) : batch;
            batch = [];
            const chars = textChars(records);
            const counts = {
                entries: tally.entries,
                inRange: tally.inRange,
                outOfRange: tally.outOfRange,
                malformed: tally.malformed.slice(sent.malformed),
                failures: tally.failures.slice(sent.failures),
            };
            sent = { malformed: tally.malformed.length, failures: tally.failures.length };
            port.postMessage({ frontBatch: { id: req.id, values: encoder.encode(records), redacted, counts } });
            ahead.push(chars);
            aheadChars += chars;
            // A batch larger than the bound still goes, alone.
            while ((ahead.length >= MAX_AHEAD || (ahead.length > 0 && aheadChars >= maxAheadChars)) && !stopped) {
                await new Promise((resolve) => (wake = resolve));
                wake = undefined;
            }
        };
        try {
            const { inScope } = (0,file_scope/* fileScope */.t)(req.settings, req.now);
            for await (const items of (0,file_source/* fileSource */.IO)(req.settings.inputFile).chunks()) {
                for (const item of items) {
                    if (stopped)
                        return;
                    const r = (0,front/* normalizeItem */.Bf)(item, inScope, tally);
                    if (!r)
                        continue;
                    batch.push(r);
                    if (batch.length === BATCH)
                        await ship();
                }
                // The file is read without waiting: the run's acknowledgements (how far ahead this is) are taken here.
                await new Promise((resolve) => setImmediate(resolve));
            }
            if (batch.length > 0)
                await ship();
            if (!stopped)
                port.postMessage({ frontEnd: { id: req.id, tally } });
        }
        catch (e) {
            port.postMessage({ frontEnd: { id: req.id, error: e instanceof Error ? e.message : String(e) } });
        }
        finally {
            running.delete(req.id);
            options.onEnd?.();
        }
    }
    port.on('message', (message) => {
        const m = message;
        if (m?.front)
            void run(m.front);
        else if (m?.frontAck)
            running.get(m.frontAck.id)?.taken();
        else if (m?.frontStop)
            running.get(m.frontStop.id)?.stop();
    });
    return () => {
        for (const r of running.values())
            r.stop();
    };
}


/***/ }),

/***/ 62783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oZ: () => (/* binding */ RecordRedactor),
/* harmony export */   yM: () => (/* binding */ redactBatches)
/* harmony export */ });
/* unused harmony export BATCH_RECORDS */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44941);
/* harmony import */ var _secret_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64625);


/** Records per batch: large enough to amortise the ruleset's calls, small enough to stream. */
const BATCH_RECORDS = 1000;
/** Distinct constant-field values remembered; past this the cache starts over (never grows). */
const CACHE_LIMIT = 4096;
/** Longer values are not cached: a constant field is short. */
const CACHE_MAX_CHARS = 512;
class RecordRedactor {
    redactor;
    /** Replaced, never cleared, when full: a batch keeps reading the map it started with. */
    cache = new Map();
    /** Whether each label key seen names a secret (few distinct keys; bounded like the cache). */
    secretKeys = new Map();
    constructor(redactor) {
        this.redactor = redactor;
    }
    /** The records, each with every log-derived string redacted; same order. */
    async redactBatch(records) {
        const screen = this.redactor.screen;
        return screen ? ((await this.screened(records, screen)) ?? this.everyString(records)) : this.everyString(records);
    }
    isSecretKey(k) {
        let secret = this.secretKeys.get(k);
        if (secret === undefined) {
            if (this.secretKeys.size >= CACHE_LIMIT)
                this.secretKeys = new Map();
            this.secretKeys.set(k, (secret = (0,_secret_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(k)));
        }
        return secret;
    }
    /**
     * Only the strings the screen does not clear go to the redactor; a record none of whose strings changes is
     * passed on as it is. Undefined when a string may start a match that runs into the next one: such a batch is
     * redacted whole, every string of it in one redactAll, as before.
     */
    async screened(records, screen) {
        const cache = this.cache;
        const texts = [];
        const slots = new Map();
        /** Constant-field values not in the cache yet: remembered after this batch. */
        const fresh = [];
        /** The records with a string to redact or a label to mask. */
        const touched = new Uint8Array(records.length);
        let whole = false;
        let mark;
        // Screened before any map lookup: hashing every long string would cost more than the screen.
        const want = (v) => {
            if (v === undefined || v === '')
                return;
            const s = screen(v);
            if (s === 'clean')
                return;
            if (s === 'batch')
                whole = true;
            mark = 1;
            if (slots.has(v))
                return;
            slots.set(v, texts.length);
            texts.push(v);
        };
        // Each constant field's last value and whether it changes: neighbouring records mostly repeat them, and
        // comparing with the last one costs less than a lookup (these strings are new objects, hashed afresh).
        const lastValue = [];
        const lastChanges = [];
        const wantConstant = (v, field) => {
            if (v === undefined || v === '')
                return;
            if (v === lastValue[field]) {
                if (lastChanges[field])
                    mark = 1;
                return;
            }
            lastValue[field] = v;
            lastChanges[field] = true;
            const known = cache.get(v);
            if (known !== undefined) {
                if (known !== v)
                    mark = 1;
                else
                    lastChanges[field] = false;
                return;
            }
            if (slots.has(v)) {
                mark = 1;
                return;
            }
            const s = screen(v);
            // A cached value is one that cannot reach into another string ("batch" ones are screened every time).
            if (s !== 'batch' && v.length <= CACHE_MAX_CHARS)
                fresh.push(v);
            if (s === 'clean') {
                lastChanges[field] = false;
                return;
            }
            if (s === 'batch')
                whole = true;
            mark = 1;
            slots.set(v, texts.length);
            texts.push(v);
        };
        for (let i = 0; i < records.length; i++) {
            const r = records[i];
            mark = 0;
            constantFields(r, wantConstant);
            let field = CONSTANT_FIELDS;
            for (const k in r.labels) {
                if (this.isSecretKey(k))
                    mark = 1;
                else
                    wantConstant(r.labels[k], field);
                if (field < CONSTANT_FIELDS + 8)
                    field++;
            }
            varyingFields(r, want);
            touched[i] = mark;
        }
        if (whole)
            return undefined;
        const done = texts.length > 0 ? await this.redactor.redactAll(texts) : [];
        const red = (v) => {
            if (v === undefined || v === '')
                return v;
            const slot = slots.get(v);
            return slot === undefined ? (cache.get(v) ?? v) : done[slot];
        };
        const out = records.map((r, i) => (touched[i] === 1 ? redactedRecord(r, red, (k) => this.isSecretKey(k)) : r));
        for (const v of fresh) {
            if (this.cache.size >= CACHE_LIMIT)
                this.cache = new Map();
            const slot = slots.get(v);
            this.cache.set(v, slot === undefined ? v : done[slot]);
        }
        return out;
    }
    /** Every string of every record through the redactor, each distinct one once per batch (constants once per run). */
    async everyString(records) {
        const cache = this.cache;
        const texts = [];
        const slots = new Map();
        /** Constant-field values not in the cache yet: remembered after this batch. */
        const fresh = [];
        const want = (v) => {
            if (v === undefined || v === '' || slots.has(v))
                return;
            slots.set(v, texts.length);
            texts.push(v);
        };
        const wantConstant = (v) => {
            if (v === undefined || v === '' || cache.has(v) || slots.has(v))
                return;
            if (v.length <= CACHE_MAX_CHARS)
                fresh.push(v);
            slots.set(v, texts.length);
            texts.push(v);
        };
        for (const r of records) {
            constantFields(r, wantConstant);
            for (const k in r.labels)
                if (!this.isSecretKey(k))
                    wantConstant(r.labels[k]);
            varyingFields(r, want);
        }
        const done = await this.redactor.redactAll(texts);
        // The same text redacts the same way wherever it appears, so a cached constant serves any field.
        const red = (v) => {
            if (v === undefined || v === '')
                return v;
            const slot = slots.get(v);
            return slot === undefined ? cache.get(v) : done[slot];
        };
        const out = records.map((r) => redactedRecord(r, red, (k) => this.isSecretKey(k)));
        for (const v of fresh) {
            if (this.cache.size >= CACHE_LIMIT)
                this.cache = new Map();
            this.cache.set(v, done[slots.get(v)]);
        }
        return out;
    }
}
/** The fields that vary from record to record: each distinct value redacted once per batch. */
function varyingFields(r, f) {
    f(r.message);
    f(r.insertId);
    f(r.instance);
    f(r.stackTrace);
    f(r.logger);
    f(r.trace);
    f(r.spanId);
    if (r.http) {
        f(r.http.url);
        f(r.http.path);
        f(r.http.userAgent);
    }
    if (r.sourceLocation) {
        f(r.sourceLocation.file);
        f(r.sourceLocation.line);
        f(r.sourceLocation.function);
    }
    for (const g of r.errorGroups)
        f(g);
}
/** The fields that take few distinct values in a run: redacted once per value, through the cache. */
function constantFields(r, f) {
    f(r.project, 0);
    f(r.resourceType, 1);
    f(r.service, 2);
    f(r.revision, 3);
    f(r.location, 4);
    f(r.logName, 5);
    f(r.http?.method, 6);
}
const CONSTANT_FIELDS = 7;
function redactedRecord(r, red, secretKey) {
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
        message: red(r.message),
        stackTrace: red(r.stackTrace),
        logger: red(r.logger),
        http,
        trace: red(r.trace),
        spanId: red(r.spanId),
        sourceLocation,
        errorGroups: r.errorGroups.map((g) => red(g)),
        // A label is redacted with its key, so "token: abc" is caught like "token=abc".
        labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, secretKey(k) ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)('secret') : red(v)])),
    };
}
/** Redacts a stream of records in batches of BATCH_RECORDS, keeping their order. A batch is sent
 * off before the one ahead of it is handed on, so a redactor on another thread works while this one
 * groups. */
async function* redactBatches(records, redactor) {
    const rr = new RecordRedactor(redactor);
    let batch = [];
    let ahead;
    const send = (b) => {
        const p = rr.redactBatch(b);
        // Awaited below; until then a failure must not count as unhandled.
        p.catch(() => { });
        return p;
    };
    for await (const r of records) {
        batch.push(r);
        if (batch.length >= BATCH_RECORDS) {
            const sent = send(batch);
            batch = [];
            if (ahead)
                yield await ahead;
            ahead = sent;
        }
    }
    const last = batch.length > 0 ? send(batch) : undefined;
    if (ahead)
        yield await ahead;
    if (last)
        yield await last;
}


/***/ })

};
;