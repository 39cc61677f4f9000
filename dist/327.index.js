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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16141);
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


/***/ }),

/***/ 86375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ fingerprintVersion),
/* harmony export */   IX: () => (/* binding */ SIGNER_VERSION),
/* harmony export */   Rj: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The grouping algorithm's version; part of every fingerprint it makes. See docs/grouping.md. */
const SIGNER_VERSION = 'v3';
/** Fingerprints made lately: most records sign to a signature seen just before (one hash per group, not per record). */
let made = new Map();
const MADE_LIMIT = 1024;
/** Short stable hash of a signature's parts, prefixed with the signer version. */
function fingerprint(version, ...parts) {
    const text = parts.join('\u0000');
    const key = `${version}\u0001${text}`;
    const known = made.get(key);
    if (known !== undefined)
        return known;
    const fp = `${version}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16)}`;
    if (made.size >= MADE_LIMIT)
        made = new Map();
    made.set(key, fp);
    return fp;
}
/** The version a fingerprint was made by ("v1" for "v1:3f9a..."), or undefined. */
function fingerprintVersion(fp) {
    return /^(v\d+):/.exec(fp)?.[1];
}


/***/ }),

/***/ 20706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jp: () => (/* binding */ MAX_MASKED_CHARS),
  OZ: () => (/* binding */ mask_VAR),
  zQ: () => (/* binding */ compileMasks),
  I1: () => (/* binding */ maskMessage)
});

// UNUSED EXPORTS: MASK_RULES

;// CONCATENATED MODULE: ./src/group/mask-scan.ts
// Hand-written forms of the two mask rules most messages hit (key=value and paths): the same result
// as their regular expressions in mask.ts, which stay the specification (BigQuery runs them, and a
// test compares the two on generated text), at a third of the cost. A replace with a regular
// expression that starts with (^|\s) tries every position of the message; these jump from one `=`
// or `/` to the next.
/** mask.ts's VAR (imported from there it would make a cycle; the test compares the two). */
const VAR = '<*>';
/** JavaScript's \s: ASCII tab to carriage return and space, and the Unicode spaces. */
function isSpace(c) {
    if (c < 128)
        return c === 32 || (c >= 9 && c <= 13);
    return (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}
/** [\w.-] */
function isKeyChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
function tokenEnd(text, from) {
    let e = from;
    while (e < text.length && !isSpace(text.charCodeAt(e)))
        e += 1;
    return e;
}
/** `(^|\s)([\w.-]+)=(?:"[^"]*"|'[^']*'|[^\s])[^\s]*` replaced by `$1$2=<*>`. */
function maskKeyValues(text) {
    let out = '';
    let copied = 0;
    for (let q = text.indexOf('='); q >= 0;) {
        // The key is the run of key characters just before `=`, and starts the text or follows a space
        // (a match ends at a space, so a key found after it starts after it).
        let s = q;
        while (s > 0 && isKeyChar(text.charCodeAt(s - 1)))
            s -= 1;
        const starts = s === 0 || isSpace(text.charCodeAt(s - 1));
        if (s === q || !starts || q + 1 >= text.length || isSpace(text.charCodeAt(q + 1))) {
            q = text.indexOf('=', q + 1);
            continue;
        }
        let v = q + 1;
        const quote = text.charCodeAt(v);
        const close = quote === 34 || quote === 39 ? text.indexOf(quote === 34 ? '"' : "'", v + 1) : -1;
        v = tokenEnd(text, close >= 0 ? close + 1 : v + 1);
        out += text.slice(copied, q + 1) + VAR;
        copied = v;
        q = text.indexOf('=', v);
    }
    return copied === 0 ? text : out + text.slice(copied);
}
/** `(^|\s)(?:~|\.{1,2})?/[^\s/]*\/\S*` replaced by `$1<*>`: a token with two slashes, starting with one
 * (or ~/, ./, ../). */
function maskPaths(text) {
    let out = '';
    let copied = 0;
    for (let q = text.indexOf('/'); q >= 0;) {
        let t = q;
        while (t > 0 && !isSpace(text.charCodeAt(t - 1)))
            t -= 1;
        const end = tokenEnd(text, q + 1);
        const lead = q - t;
        const c0 = text.charCodeAt(t);
        const prefixed = lead === 0 || (lead === 1 && (c0 === 126 || c0 === 46)) || (lead === 2 && c0 === 46 && text.charCodeAt(t + 1) === 46);
        const second = text.indexOf('/', q + 1);
        if (prefixed && second >= 0 && second < end) {
            out += text.slice(copied, t) + VAR;
            copied = end;
        }
        q = text.indexOf('/', end);
    }
    return copied === 0 ? text : out + text.slice(copied);
}

// EXTERNAL MODULE: ./src/group/pattern.ts
var pattern = __webpack_require__(90221);
;// CONCATENATED MODULE: ./src/group/mask.ts
// Masks the variable parts of a free-text message by their lexical shape, so that messages
// from one print statement look alike: URLs, e-mails, quoted values, paths, key=value values,
// anything holding a digit (numbers, hex, ids, IPs, sizes and durations with their unit, dates, times), lowercase dotted
// names (hostnames), month and day names next to a number. No per-source settings.
// Variables that may hold delimiters go first, each one regular expression over the message;
// then the parts (runs between delimiters) holding a digit or a dot are masked.


const mask_VAR = '<*>';
const CALENDAR = new Set([
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'january',
    'february',
    'march',
    'april',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]));
/** Variables that hold delimiters or spaces, replaced before the message is cut into parts. */
const MASK_RULES = [
    // What redaction left of a secret, an e-mail or an address (src/safety) is a value like the one it replaced.
    { name: 'redacted', source: String.raw `<redacted:[\w-]+>`, flags: 'g', replacement: mask_VAR, hint: ['<redacted:'] },
    { name: 'url', source: String.raw `\b[a-z][a-z0-9+.-]*://\S+`, flags: 'gi', replacement: mask_VAR, hint: ['://'] },
    { name: 'email', source: String.raw `[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, flags: 'g', replacement: mask_VAR, hint: ['@'] },
    // Quoted single values; a quoted phrase with spaces is text and is masked part by part.
    {
        name: 'quoted',
        source: String.raw `(^|[\s=:(\[,])(?:'[^'\s]*'|"[^"\s]*"|\`[^\`\s]*\`)($|[\s,.;:)\]])`,
        flags: 'g',
        replacement: `$1${mask_VAR}$2`,
        hint: ["'", '"', '`'],
    },
    { name: 'path', source: String.raw `(^|\s)(?:~|\.{1,2})?/[^\s/]*/\S*`, flags: 'g', replacement: `$1${mask_VAR}`, hint: ['/'] },
    { name: 'windows-path', source: String.raw `(^|\s)[A-Za-z]:\\\S*`, flags: 'g', replacement: `$1${mask_VAR}`, hint: [':\\'] },
    // A quoted value may hold spaces: tag="View Lock" is one value.
    { name: 'key-value', source: String.raw `(^|\s)([\w.-]+)=(?:"[^"]*"|'[^']*'|[^\s])[^\s]*`, flags: 'g', replacement: `$1$2=${mask_VAR}`, hint: ['='] },
];
/** Only this much of a message is examined, so one huge line costs what a long one does. */
const MAX_MASKED_CHARS = 2000;
/** The rules that hand-written scans run instead of their expressions (mask-scan.ts). */
const SCANS = { path: maskPaths, 'key-value': maskKeyValues };
const COMPILED = MASK_RULES.map((r) => {
    const pattern = new RegExp(r.source, r.flags);
    return { hint: r.hint, apply: SCANS[r.name] ?? ((text) => text.replace(pattern, r.replacement)) };
});
const escapeHint = (h) => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Whether a message holds any rule's hint: most hold none, and one scan rules them all out. */
const ANY_HINT = new RegExp(MASK_RULES.flatMap((r) => r.hint.map(escapeHint)).join('|'));
/** Runs of variables joined by spaces or delimiters are one variable of any length. */
const VAR_RUN = /<\*>(?:[\s,;:|/@.\-_#]*<\*>)+/g;
/** A unit after a number belongs to the value: humanized sizes and durations pick their unit per value. */
const UNITS = new Set([
    'B',
    'bytes',
    'KB',
    'MB',
    'GB',
    'TB',
    'PB',
    'KiB',
    'MiB',
    'GiB',
    'TiB',
    'ns',
    'us',
    'µs',
    'ms',
    's',
    'sec',
    'secs',
    'second',
    'seconds',
    'min',
    'mins',
    'minute',
    'minutes',
    'h',
    'hour',
    'hours',
    'day',
    'days',
]);
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
for (const c of ' \t\n\r\f\v=:,;|()[]{}<>@#"\'/\\+')
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
/** A name in code with one run of digits inside letters (`AirPort_Brcm43xx`, `IO80211Controller`), not hex. */
const CODE_NAME = /^[A-Za-z][A-Za-z_]+[0-9]+[A-Za-z_]*[A-Za-z]{2}$/;
const HEX = /^[0-9a-fA-F]+$/;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function isCodeName(text, start, end) {
    if (end - start > 32 || !isLetter(text.charCodeAt(start)) || !isLetter(text.charCodeAt(start + 1)) || !isLetter(text.charCodeAt(end - 1)))
        return false;
    const part = text.slice(start, end);
    return CODE_NAME.test(part) && !HEX.test(part);
}
/** Whether text[start, end) (a part holding a digit or a dot) is a value: a digit, or a hostname. */
function isValuePart(text, start, end) {
    let host = true; // [a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+
    for (let i = start; i < end; i += 1) {
        const k = CLASS[text.charCodeAt(i)];
        if (k === Char.Digit)
            return !isCodeName(text, start, end);
        if (k === Char.Other || k === undefined || (k === Char.Dot && text.charCodeAt(i - 1) === 46))
            host = false;
    }
    return host && CLASS[text.charCodeAt(start)] === Char.Label && text.charCodeAt(end - 1) !== 46;
}
/** Whether a word's first character is one some word of words starts with. */
function firstChars(words) {
    const codes = new Set([...words].map((w) => w.charCodeAt(0)));
    return (code) => codes.has(code);
}
// Most words next to a number start otherwise: the first character saves slicing them for the set lookup.
const calendarFirst = firstChars(CALENDAR);
const unitFirst = firstChars(UNITS);
/** A calendar word or unit next to a number, separated by one space. */
const isCalendar = (text, start, end) => end - start >= 3 && end - start <= 9 && calendarFirst(text.charCodeAt(start)) && CALENDAR.has(text.slice(start, end));
const isUnit = (text, start, end) => end > start && end - start <= 7 && unitFirst(text.charCodeAt(start)) && UNITS.has(text.slice(start, end));
/** Parts (runs between delimiters) that may be values: they hold a digit or a dot. */
const CANDIDATE = /[\d.]/g;
/** Whitespace that normalizing would change. */
const ODD_SPACE = / {2}|[\t\n\r\f\v]/;
/**
 * Replaces each value part by VAR, copying the rest as it is. The regular expression jumps from
 * candidate to candidate, so plain words cost no JavaScript per character. A month or day name
 * just before a number and a unit just after one belong to the value ("Nov 27", "5.2 KB").
 */
function maskParts(text) {
    // Whitespace is never part of a value, so the text has odd whitespace exactly when the result does.
    const odd = ODD_SPACE.test(text);
    let out = '';
    let copied = 0;
    CANDIDATE.lastIndex = 0;
    // test, not exec: no match object per candidate; a match is one character, just before lastIndex.
    while (CANDIDATE.test(text)) {
        const at = CANDIDATE.lastIndex - 1;
        let start = partStart(text, at);
        let end = partEnd(text, at + 1);
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
        out += text.slice(copied, start) + mask_VAR;
        copied = CANDIDATE.lastIndex = end;
    }
    const masked = copied === 0 ? text : out + text.slice(copied);
    return odd ? masked.replace(SPACES, ' ') : masked;
}
/** Characters that may join two variables into one run (VAR_RUN's class, ASCII part). */
const JOINS = new Uint8Array(128);
for (const c of ' \t\n\r\f\v,;:|/@.-_#')
    JOINS[c.charCodeAt(0)] = 1;
const UNICODE_SPACE = /\s/;
const joins = (c) => (c < 128 ? JOINS[c] === 1 : UNICODE_SPACE.test(String.fromCharCode(c)));
/** Whether VAR_RUN would match: two variables with only joining characters between. Most messages have
 * none, and a look at the characters between neighbouring variables is cheaper than the replace. */
function hasVarRun(text) {
    let i = text.indexOf(mask_VAR);
    while (i >= 0) {
        const j = text.indexOf(mask_VAR, i + mask_VAR.length);
        if (j < 0)
            return false;
        let k = i + mask_VAR.length;
        while (k < j && joins(text.charCodeAt(k)))
            k += 1;
        if (k === j)
            return true;
        i = j;
    }
    return false;
}
/** The message with variables replaced by `<*>` and whitespace normalized. */
function maskMessage(message) {
    let text = message.length > MAX_MASKED_CHARS ? message.slice(0, MAX_MASKED_CHARS) : message;
    for (let r = ANY_HINT.test(text) ? 0 : COMPILED.length; r < COMPILED.length; r += 1) {
        const { hint, apply } = COMPILED[r];
        let hinted = false;
        for (let h = 0; h < hint.length && !hinted; h += 1)
            hinted = text.includes(hint[h]);
        if (hinted)
            text = apply(text);
    }
    text = maskParts(text.trim());
    return hasVarRun(text) ? text.replace(VAR_RUN, mask_VAR) : text;
}
/** User-supplied masks (regular expression sources), applied before the built-in ones. */
function compileMasks(sources = []) {
    const res = sources.map((s, i) => (0,pattern/* userPattern */.S)(s, `masks[${i}]`, 'g'));
    if (res.length === 0)
        return (text) => text;
    return (text) => res.reduce((t, re) => t.replace(re, mask_VAR), text);
}


/***/ }),

/***/ 90221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ userPattern)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A user's regular expression, or a one-line error naming where it came from. */
function userPattern(source, where, flags = '') {
    try {
        return new RegExp(source, flags);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(where, `${JSON.stringify(source)} is not a valid regular expression (${reason})`, 'correct the pattern (JavaScript RegExp syntax)');
    }
}


/***/ }),

/***/ 40010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ requestSignature),
/* harmony export */   Mt: () => (/* binding */ pathTemplate),
/* harmony export */   Tu: () => (/* binding */ errorGroupKey)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86375);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20706);


/** A path segment that is data, not route: numbers, uuids, hex and opaque ids, e-mails, file names. */
const ID_SEGMENT = /^\d+$|^[0-9a-f]{8}-[0-9a-f]{4}-|^(?=.*\d)[0-9a-f]{8,}$|^[A-Za-z0-9_-]{24,}$|@|\.[a-z0-9]{2,4}$/i;
/** API versions stay literal: /v1/, /v2beta1/. */
const VERSION = /^v\d+(?:(?:alpha|beta)\d*)?$/i;
function idSegment(s) {
    if (s === '' || VERSION.test(s))
        return false;
    // Anything else with a digit in it: "order-1234", "2025-09-11", "a1b2c3".
    return ID_SEGMENT.test(s) || /\d/.test(s);
}
function pathTemplate(path) {
    return path
        .split('?')[0]
        .split('/')
        .map((s) => (idSegment(s) ? _mask_js__WEBPACK_IMPORTED_MODULE_1__/* .VAR */ .OZ : s))
        .join('/');
}
function requestDetail(http) {
    const method = (http.method ?? 'GET').toUpperCase();
    const status = http.status === undefined ? 'no status' : `${Math.floor(http.status / 100)}xx`;
    return `${method} ${pathTemplate(http.path ?? '/') || '/'} ${status}`;
}
function requestSignature(version, record) {
    const detail = requestDetail(record.http);
    const scope = [record.project ?? '', record.resourceType ?? '', record.service ?? ''];
    const title = `HTTP ${detail}${record.service ? ` (${record.service})` : ''}`;
    return { kind: 'request', fingerprint: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(version, 'request', ...scope, detail), title, detail };
}
/** An Error Reporting group id means something only within its project. */
function errorGroupKey(record) {
    const id = record.errorGroups[0];
    if (!id)
        return undefined;
    return record.project ? `errorGroup:${record.project}/${id}` : `errorGroup:${id}`;
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


/***/ }),

/***/ 16141:
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


/***/ })

};
;
//# sourceMappingURL=327.index.js.map