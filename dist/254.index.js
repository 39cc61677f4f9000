"use strict";
exports.id = 254;
exports.ids = [254];
exports.modules = {

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


/***/ })

};
;
//# sourceMappingURL=254.index.js.map