"use strict";
exports.id = 593;
exports.ids = [593];
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


/***/ })

};
;