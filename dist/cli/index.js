#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(a, 'unexpected argument', 'give options as --name value; see --help');
        }
        const eq = a.indexOf('=');
        const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
        if (!known.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`--${name}`, 'unknown option', 'see --help for the options');
        if (eq !== -1)
            flags.set(name, a.slice(eq + 1));
        else if (booleans.has(name) && (i + 1 >= argv.length || argv[i + 1].startsWith('--') || !/^(true|false|yes|no|1|0|on|off)$/i.test(argv[i + 1])))
            flags.set(name, 'true');
        else if (i + 1 < argv.length)
            flags.set(name, argv[++i]);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`--${name}`, 'needs a value', `give it as --${name} VALUE`);
    }
    return { command, flags };
}


/***/ }),

/***/ 60776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ argsOf),
/* harmony export */   cR: () => (/* binding */ KNOWN),
/* harmony export */   p7: () => (/* binding */ RUN_OPTIONS),
/* harmony export */   sV: () => (/* binding */ BOOLEANS)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77593);
// The options the command line takes, and the command its arguments ask for. Apart from cli.ts so
// that the entry point can read the command without loading the CLI: the first thread and the thread
// that reads the input only start or serve the run (src/worker.ts), and load nothing more.

const RUN_OPTIONS = [
    'input',
    'allow-empty',
    'project-id',
    'service',
    'resource-type',
    'min-severity',
    'window',
    'since',
    'until',
    'filter',
    'max-entries',
    'auth-mode',
    'workload-identity-provider',
    'service-account',
    'audience',
    'config',
    'previous-report',
    'output-dir',
    'worklog-path',
    'dry-run',
    'fail-on',
    'fail-on-new-only',
    'transport',
    'source',
    'bigquery-table',
    'maximum-bytes-billed',
];
/** Options of group only. */
const GROUP_OPTIONS = ['threads'];
const BOOLEANS = new Set(['allow-empty', 'dry-run', 'fail-on-new-only', 'help', 'version']);
const KNOWN = new Set([...RUN_OPTIONS, ...GROUP_OPTIONS, 'help', 'version']);
/** The command the arguments ask for and its options; undefined when they do not parse (cli() then says why). */
function argsOf(argv) {
    try {
        return (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArgs */ .Z)(argv, KNOWN, BOOLEANS);
    }
    catch {
        return undefined;
    }
}


/***/ }),

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

/***/ 51455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

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

/***/ 48161:
/***/ ((module) => {

module.exports = require("node:os");

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

/***/ 46193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

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
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(75919);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(60776);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/worker.ts
// Runs an entry point's work in a worker thread of the same script, with a small young generation.
//
// Why: V8 sizes the young generation from the machine's memory, not from the heap limit: with 24 GB
// it grew to 128 MB (two 64 MB semi-spaces) within seconds of a large run and stayed there, a third
// of the peak RSS of a 10,000-group run. `--max-semi-space-size` would bound it, but an action cannot
// pass V8 flags to the runner's `node`; a worker thread's `resourceLimits` can. The main thread only
// waits (entry points import their work when it starts).


/**
 * The worker's young generation: V8 makes it two 4 MB semi-spaces (24 gives 8 MB ones). Measured at
 * 10,000 groups (docs/BENCHMARKS.md): peak RSS ~15 MiB lower than with 24, for ~8 % more CPU there
 * (more scavenges); no difference in time at 100 groups.
 */
const YOUNG_GENERATION_MB = 12;
/**
 * The young generation of the thread that reads a file (src/front-thread.ts): what it keeps alive is a batch
 * or two, so a small one costs it little; 4 MB was as fast as 12 MB at 200,000 entries (docs/BENCHMARKS.md).
 */
const FRONT_YOUNG_GENERATION_MB = 4;
/** The thread started beside a run to read its input (src/front-thread.ts). */
const isFrontThread = () => !external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.front === true;
/**
 * In the main thread, starts this script again as a worker and takes its exit code; in the worker,
 * runs `work`. The script is `process.argv[1]`, its arguments passed on.
 */
function inWorker(work, options) {
    if (!external_node_worker_threads_.isMainThread) {
        // The thread started beside the run to read its input (src/front-thread.ts) serves that instead.
        if (isFrontThread())
            void Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(387), __nccwpck_require__.e(941), __nccwpck_require__.e(366), __nccwpck_require__.e(327), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26327)).then((f) => f.serveFront(external_node_worker_threads_.workerData.port, { onEnd: endFrontThread }));
        else
            void work();
        return;
    }
    // A file is read on a thread of its own (src/front-thread.ts): started now, beside the run, it is ready
    // when the run asks for it. The two talk over their own channel; this thread only reports its end.
    // Standard input is read there as well, piped to that thread.
    const channel = (options.readsFile || options.stdin) && (0,external_node_os_.availableParallelism)() >= 2 ? new external_node_worker_threads_.MessageChannel() : undefined;
    const worker = new external_node_worker_threads_.Worker(process.argv[1], {
        argv: process.argv.slice(2),
        stdin: options.stdin && !channel,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        workerData: { servesRedaction: true, frontPort: channel?.port1 },
        transferList: channel ? [channel.port1] : [],
    });
    const front = channel && beside(worker, channel.port2, options.stdin === true);
    // This thread only waits, so it redacts the batches the run sends it (src/safety/redact-thread.ts),
    // loading the redactor with the first; what arrives while it loads is kept for it.
    const early = [];
    const keep = (m) => void early.push(m);
    worker.on('message', keep);
    worker.once('message', () => {
        void Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(387), __nccwpck_require__.e(941), __nccwpck_require__.e(254)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61254)).then((t) => {
            worker.off('message', keep);
            t.serveRedaction(worker, early);
        });
    });
    const reader = front ?? worker;
    if (options.stdin && reader.stdin) {
        // The reader may stop before the end (the run stopped it, or it failed): what is left is not read.
        reader.stdin.on('error', () => { });
        reader.on('exit', () => process.stdin.destroy());
        process.stdin.pipe(reader.stdin);
    }
    let failed = false;
    worker.on('error', (e) => {
        failed = true;
        options.failed(failureLine(e));
    });
    worker.on('exit', (code) => {
        void front?.terminate();
        if (options.stdin)
            process.stdin.destroy();
        process.exitCode = failed && code === 0 ? 1 : code;
    });
}
/** Starts the front's thread beside the run's worker, serving `port` (with stdin piped to it when that is the input); its end is reported to the run. */
function beside(run, port, stdin) {
    const front = new external_node_worker_threads_.Worker(process.argv[1], {
        argv: [],
        stdin,
        workerData: { front: true, port },
        transferList: [port],
        resourceLimits: { maxYoungGenerationSizeMb: FRONT_YOUNG_GENERATION_MB },
    });
    let ended = false;
    const report = (frontFailed) => {
        if (ended)
            return;
        ended = true;
        run.postMessage({ frontFailed });
    };
    // A thread that said its front is over ends with nothing to report (its messages come before its exit).
    front.on('message', (m) => {
        if (m?.frontEnded)
            ended = true;
    });
    front.on('error', (e) => report(failureLine(e)));
    front.on('exit', (code) => report(`the thread reading the input stopped (exit code ${code})`));
    return front;
}
/**
 * The front's thread, its one front over, ends at once: what it sent is already queued on the run's side,
 * and its memory is given back before the run settles and writes its groups, when the run's is at its most
 * (10,000 groups: peak RSS median 230 against 240 MiB over 10 alternated runs).
 */
function endFrontThread() {
    external_node_worker_threads_.parentPort?.postMessage({ frontEnded: true });
    process.exit(0);
}
/** One line for an error that ended the worker; running out of heap says what to do. */
function failureLine(e) {
    if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY')
        return ('the run ran out of memory (JavaScript heap). Fix: read less at once (a shorter window, a service, a higher min-severity, ' +
            'max-entries) or give node a larger heap (NODE_OPTIONS=--max-old-space-size=4096).');
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

;// CONCATENATED MODULE: ./src/cli/index.ts



const argv = process.argv.slice(2);
// The CLI is loaded by the thread that runs it only.
const start = () => __nccwpck_require__.e(/* import() */ 449).then(__nccwpck_require__.bind(__nccwpck_require__, 82449))
    .then(({ cli }) => cli(argv, process.stdout, process.stderr, { workerScript: process.argv[1] }))
    .then((code) => {
    process.exitCode = code;
});
const args = (0,options/* argsOf */.PL)(argv);
// `group` signs parts of a large file on threads that run this same script.
const data = external_node_worker_threads_.workerData;
if (data?.groupPart) {
    void Promise.all(/* import() */[__nccwpck_require__.e(250), __nccwpck_require__.e(657)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60593)).then((g) => g.runGroupPart(data));
}
else if (args?.command === 'run' || isFrontThread()) {
    // A run goes into a worker thread with a small young generation (see worker.ts), as does the thread
    // that reads its input; stdin is passed on to that thread when it is the input.
    const input = args?.flags.get('input');
    inWorker(start, {
        stdin: input === '-',
        readsFile: input !== undefined && input !== '' && input !== '-',
        failed: (message) => process.stderr.write(`error: ${message}\n`),
    });
}
else {
    void start();
}

module.exports = __webpack_exports__;
/******/ })()
;