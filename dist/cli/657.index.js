"use strict";
exports.id = 657;
exports.ids = [657,593];
exports.modules = {

/***/ 60593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGroupCommand: () => (/* binding */ runGroupCommand),
/* harmony export */   runGroupPart: () => (/* binding */ runGroupPart)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _group_signer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31250);
// `group --input FILE`: one message per line in, one {"line_id", "group_id"} JSON object per line out.
// The same signer as `run` and the action, each line signed as a textPayload entry would be; the
// group id is the settled fingerprint. Two passes so that memory grows with templates, not lines:
// the first signs and spools each line's provisional group number to a temporary file, the
// second prints settled fingerprints. A large file is cut at line ends into parts signed on as many
// threads; the main thread's signer absorbs what the others learned before templates settle, so the
// grouping is the one a single thread makes.









const BATCH = 8192;
/** Bytes read at a time: the lines of a chunk are signed in one synchronous loop, with no promise per line. */
const CHUNK = 1 << 20;
/** A part smaller than this is not worth a thread: starting one costs about what signing 20,000 lines does. */
const MIN_PART_BYTES = 8 << 20;
const MAX_THREADS = 8;
/** A line as readline gives it: `\r\n` and a lone `\r` end a line too. */
function pushLine(line, into) {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    // A loop, not push(...parts): a hostile line of a million carriage returns is a million lines.
    if (text.includes('\r'))
        for (const part of text.split('\r'))
            into.push(part);
    else
        into.push(text);
}
/** The stream options reading a part; a pipe is read from where it is, without seeking. */
const range = (part) => (part.end === undefined ? {} : { start: part.start, end: part.end - 1 });
/** The file's lines, a chunk's worth at a time. */
async function* lineBatches(path, part) {
    if (part.end !== undefined && part.end <= part.start)
        return;
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder('utf8');
    let rest = '';
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: CHUNK, ...range(part) })) {
        const text = rest + decoder.write(chunk);
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
            rest = text;
            continue;
        }
        const whole = text.slice(0, cut).split('\n');
        rest = text.slice(cut + 1);
        if (!text.includes('\r')) {
            yield whole;
            continue;
        }
        const lines = [];
        for (const line of whole)
            pushLine(line, lines);
        yield lines;
    }
    const tail = rest + decoder.end();
    if (tail !== '') {
        const lines = [];
        pushLine(tail, lines);
        yield lines;
    }
}
async function write(out, chunk) {
    if (!out.write(chunk))
        await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(out, 'drain');
}
async function learn(inputPath, part, signer, spoolPath, provisional) {
    const ids = new Map();
    // The record `run` makes of a textPayload entry without severity; one object, reused (sign keeps no record).
    const record = { timestamp: '', time: 0, severity: 'DEFAULT', kind: 'stdout', message: '', errorGroups: [], labels: {} };
    const spool = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(spoolPath);
    let batch = new Uint32Array(BATCH);
    let n = 0;
    for await (const lines of lineBatches(inputPath, part)) {
        for (const line of lines) {
            record.message = line;
            const fp = signer.sign(record).fingerprint;
            let id = ids.get(fp);
            if (id === undefined) {
                id = provisional.length;
                ids.set(fp, id);
                provisional.push(fp);
            }
            batch[n++] = id;
            if (n === BATCH) {
                await write(spool, Buffer.from(batch.buffer));
                batch = new Uint32Array(BATCH);
                n = 0;
            }
        }
    }
    if (n > 0)
        await write(spool, Buffer.from(batch.buffer, 0, n * 4));
    spool.end();
    await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(spool, 'close');
}
const LINE_HEAD = Buffer.from('{"line_id":');
/** Bytes printed at a time; a line takes at most LINE_HEAD, 16 digits and the longest tail. */
const OUT_CHUNK = 1 << 20;
/** Prints the lines of one part, numbered on from `line`; returns the last number. The bytes are
 * put together directly: a million lines as strings cost four times as much, and this runs on the
 * main thread after the parts were signed in parallel. */
async function print(spoolPath, groupIds, out, line) {
    const tails = groupIds.map((g) => Buffer.from(`,"group_id":${JSON.stringify(g)}}\n`));
    // A loop, not Math.max(...): past the form cap a part can have a group id per line.
    let longest = 0;
    for (const t of tails)
        longest = Math.max(longest, t.length);
    const room = LINE_HEAD.length + 16 + longest;
    const digits = Buffer.alloc(16);
    let buf = Buffer.allocUnsafe(Math.max(OUT_CHUNK, room));
    let o = 0;
    let rest = Buffer.alloc(0);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(spoolPath)) {
        const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
        const whole = data.length - (data.length % 4);
        for (let at = 0; at < whole; at += 4) {
            if (o > buf.length - room) {
                // A written buffer may still be queued: the next lines go into a new one.
                await write(out, buf.subarray(0, o));
                buf = Buffer.allocUnsafe(buf.length);
                o = 0;
            }
            o += LINE_HEAD.copy(buf, o);
            let v = ++line;
            let d = digits.length;
            do {
                digits[--d] = 48 + (v % 10);
                v = Math.floor(v / 10);
            } while (v > 0);
            o += digits.copy(buf, o, d);
            o += tails[data.readUInt32LE(at)].copy(buf, o);
        }
        rest = data.subarray(whole);
    }
    if (o > 0)
        await write(out, buf.subarray(0, o));
    return line;
}
/** Cuts the file into about n parts of whole lines (after a newline byte); fewer when lines are long. */
async function cutParts(path, size, n) {
    const cuts = [0];
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const window = Buffer.alloc(1 << 16);
        for (let k = 1; k < n; k += 1) {
            let at = Math.max(Math.floor((size * k) / n), cuts[cuts.length - 1]);
            for (;;) {
                const { bytesRead } = await file.read(window, 0, window.length, at);
                if (bytesRead === 0)
                    break;
                const nl = window.subarray(0, bytesRead).indexOf(10);
                if (nl >= 0) {
                    if (at + nl + 1 < size)
                        cuts.push(at + nl + 1);
                    break;
                }
                at += bytesRead;
            }
        }
    }
    finally {
        await file.close();
    }
    return [...new Set(cuts)].map((start, i, all) => ({ start, end: all[i + 1] ?? size }));
}
function threadsFor(size, t) {
    if (!t.workerScript)
        return 1;
    return t.threads ?? Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_3__.availableParallelism)(), MAX_THREADS, Math.floor(size / MIN_PART_BYTES)));
}
/** Signs one part on a thread of its own. */
function signElsewhere(script, data) {
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_6__.Worker(script, { workerData: data });
        let result;
        worker.once('message', (m) => (result = m));
        worker.once('error', reject);
        worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`a grouping thread stopped (exit code ${code}) before handing back its part`))));
    });
}
async function signPart(input, part, spool, signer) {
    const provisional = [];
    await learn(input, part, signer, spool, provisional);
    return { provisional };
}
/** A thread's work: sign its part, spool the provisional ids, hand back what its signer learned. */
async function runGroupPart({ groupPart: { input, part, spool, options } }) {
    const signer = (0,_group_signer_js__WEBPACK_IMPORTED_MODULE_8__/* .createSigner */ .r)(options);
    const { provisional } = await signPart(input, part, spool, signer);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_6__.parentPort?.postMessage({ provisional, state: signer.state() });
}
async function runGroupCommand(inputPath, out, options = {}, threading = {}) {
    let size;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(inputPath);
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(inputPath);
        // A pipe (`--input <(zcat logs.gz)`) has no size to cut: it is read to its end on one thread.
        size = s.isFile() ? s.size : undefined;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`--input ${inputPath}`, 'the file cannot be read', 'pass a readable text file with one log message per line');
    }
    const signer = (0,_group_signer_js__WEBPACK_IMPORTED_MODULE_8__/* .createSigner */ .r)(options);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'log-gardener-group-'));
    try {
        const threads = size === undefined ? 1 : threadsFor(size, threading);
        const parts = size !== undefined && threads > 1 ? await cutParts(inputPath, size, threads) : [{ start: 0, end: size }];
        const spools = parts.map((_, i) => (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, `templates-${i}.u32`));
        const results = await Promise.all(parts.map((part, i) => i === 0
            ? signPart(inputPath, part, spools[0], signer)
            : signElsewhere(threading.workerScript, { groupPart: { input: inputPath, part, spool: spools[i], options } })));
        for (const r of results)
            if (r.state)
                signer.absorb(r.state);
        const settled = signer.finish();
        let line = 0;
        for (const [i, r] of results.entries()) {
            line = await print(spools[i], r.provisional.map((fp) => settled.get(fp)?.fingerprint ?? fp), out, line);
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
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


/***/ })

};
;