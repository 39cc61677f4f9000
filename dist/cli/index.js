#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 38682:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

/*
  Copyright (C) 2014 Yusuke Suzuki <utatane.tea@gmail.com>

  Redistribution and use in source and binary forms, with or without
  modification, are permitted provided that the following conditions are met:

    * Redistributions of source code must retain the above copyright
      notice, this list of conditions and the following disclaimer.
    * Redistributions in binary form must reproduce the above copyright
      notice, this list of conditions and the following disclaimer in the
      documentation and/or other materials provided with the distribution.

  THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
  AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
  IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
  ARE DISCLAIMED. IN NO EVENT SHALL <COPYRIGHT HOLDER> BE LIABLE FOR ANY
  DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
  (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
  LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND
  ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
  (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF
  THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.binarySearch = exports.upperBound = exports.lowerBound = exports.compare = void 0;
function compare(v1, v2) {
    return v1 < v2;
}
exports.compare = compare;
function upperBound(array, value, comp = compare) {
    let len = array.length;
    let i = 0;
    while (len) {
        let diff = len >>> 1;
        let cursor = i + diff;
        if (comp(value, array[cursor])) {
            len = diff;
        }
        else {
            i = cursor + 1;
            len -= diff + 1;
        }
    }
    return i;
}
exports.upperBound = upperBound;
function lowerBound(array, value, comp = compare) {
    let len = array.length;
    let i = 0;
    while (len) {
        let diff = len >>> 1;
        let cursor = i + diff;
        if (comp(array[cursor], value)) {
            i = cursor + 1;
            len -= diff + 1;
        }
        else {
            len = diff;
        }
    }
    return i;
}
exports.lowerBound = lowerBound;
function binarySearch(array, value, comp = compare) {
    let cursor = lowerBound(array, value, comp);
    return cursor !== array.length && !comp(value, array[cursor]);
}
exports.binarySearch = binarySearch;
/* vim: set sw=4 ts=4 et tw=80 : */
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(40897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 40897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(70744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(95108);
}


/***/ }),

/***/ 95108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(52018);
const util = __nccwpck_require__(39023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(21450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(40897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 83813:
/***/ ((module) => {

"use strict";


module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 70744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 2472:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;

/*
  Copyright (C) 2014 Yusuke Suzuki <utatane.tea@gmail.com>

  Redistribution and use in source and binary forms, with or without
  modification, are permitted provided that the following conditions are met:

    * Redistributions of source code must retain the above copyright
      notice, this list of conditions and the following disclaimer.
    * Redistributions in binary form must reproduce the above copyright
      notice, this list of conditions and the following disclaimer in the
      documentation and/or other materials provided with the distribution.

  THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
  AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
  IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
  ARE DISCLAIMED. IN NO EVENT SHALL <COPYRIGHT HOLDER> BE LIABLE FOR ANY
  DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
  (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
  LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND
  ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
  (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF
  THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
__webpack_unused_export__ = ({ value: true });
exports.z = void 0;
const boundary_1 = __nccwpck_require__(38682);
/**
 * StructuredSource
 */
class StructuredSource {
    /**
     * @constructs StructuredSource
     * @param {string} source - source code text.
     */
    constructor(source) {
        this.indice = [0];
        let regexp = /[\r\n\u2028\u2029]/g;
        const length = source.length;
        regexp.lastIndex = 0;
        while (true) {
            let result = regexp.exec(source);
            if (!result) {
                break;
            }
            let index = result.index;
            if (source.charCodeAt(index) === 0x0D /* '\r' */ &&
                source.charCodeAt(index + 1) === 0x0A /* '\n' */) {
                index += 1;
            }
            let nextIndex = index + 1;
            // If there's a last line terminator, we push it to the indice.
            // So use < instead of <=.
            if (length < nextIndex) {
                break;
            }
            this.indice.push(nextIndex);
            regexp.lastIndex = nextIndex;
        }
    }
    get line() {
        return this.indice.length;
    }
    /**
     * @param {SourceLocation} loc - location indicator.
     * @return {[ number, number ]} range.
     */
    locationToRange(loc) {
        return [this.positionToIndex(loc.start), this.positionToIndex(loc.end)];
    }
    /**
     * @param {[ number, number ]} range - pair of indice.
     * @return {SourceLocation} location.
     */
    rangeToLocation(range) {
        return {
            start: this.indexToPosition(range[0]),
            end: this.indexToPosition(range[1])
        };
    }
    /**
     * @param {SourcePosition} pos - position indicator.
     * @return {number} index.
     */
    positionToIndex(pos) {
        // Line number starts with 1.
        // Column number starts with 0.
        let start = this.indice[pos.line - 1];
        return start + pos.column;
    }
    /**
     * @param {number} index - index to the source code.
     * @return {SourcePosition} position.
     */
    indexToPosition(index) {
        const startLine = (0, boundary_1.upperBound)(this.indice, index);
        return {
            line: startLine,
            column: index - this.indice[startLine - 1]
        };
    }
}
exports.z = StructuredSource;
/* vim: set sw=4 ts=4 et tw=80 : */
//# sourceMappingURL=structured-source.js.map

/***/ }),

/***/ 21450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const os = __nccwpck_require__(70857);
const tty = __nccwpck_require__(52018);
const hasFlag = __nccwpck_require__(83813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 3630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseTableName),
/* harmony export */   dS: () => (/* binding */ tableSql),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 59705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ normalizeEntry),
/* harmony export */   aD: () => (/* binding */ LEVEL_PATHS),
/* harmony export */   aM: () => (/* binding */ STACK_PATHS),
/* harmony export */   f8: () => (/* binding */ logKind),
/* harmony export */   jm: () => (/* binding */ EntryError),
/* harmony export */   vc: () => (/* binding */ MESSAGE_PATHS),
/* harmony export */   wu: () => (/* binding */ levelSeverity)
/* harmony export */ });
/* unused harmony exports parseSeverity, boundedJson */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38522);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(95359);


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
function normalizeEntry(raw) {
    if (!isObject(raw))
        throw new EntryError('entry is not a JSON object');
    const timestamp = str(raw.timestamp) ?? str(raw.receiveTimestamp);
    if (!timestamp)
        throw new EntryError('entry has no timestamp');
    const ms = Date.parse(timestamp);
    if (Number.isNaN(ms))
        throw new EntryError(`timestamp ${JSON.stringify(timestamp)} is not a date`);
    // Lines of one trace often share a millisecond: the microseconds keep them in order.
    const sub = /\.\d{3}(\d{1,6})/.exec(timestamp)?.[1];
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
        timestamp: isCanonical(timestamp) ? timestamp : new Date(ms).toISOString(),
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
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

"use strict";
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

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ severityClause),
/* harmony export */   Zq: () => (/* binding */ buildQuery),
/* harmony export */   fE: () => (/* binding */ explorerUrl),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   nx: () => (/* binding */ TRACE_LINE_REGEX),
/* harmony export */   uZ: () => (/* binding */ serviceLabel)
/* harmony export */ });
/* unused harmony exports gcloudCommand, titleSearchTerm, routeRegex */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(38522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _collect_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(59705);
/* harmony import */ var _collect_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(95359);
/* harmony import */ var _group_request_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(40010);
/* harmony import */ var _group_mask_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(20706);







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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ fingerprintVersion),
/* harmony export */   IX: () => (/* binding */ SIGNER_VERSION),
/* harmony export */   Rj: () => (/* binding */ fingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
var pattern = __nccwpck_require__(90221);
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
    return { ...r, pattern, apply: SCANS[r.name] ?? ((text) => text.replace(pattern, r.replacement)) };
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ userPattern)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ requestSignature),
/* harmony export */   Mt: () => (/* binding */ pathTemplate),
/* harmony export */   Tu: () => (/* binding */ errorGroupKey)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(86375);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(20706);


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

/***/ 38522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   Dk: () => (/* binding */ priorityRank),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
// The typed seams of the pipeline: collect -> group -> triage -> render -> publish.
const SEVERITIES = ['DEFAULT', 'DEBUG', 'INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'];
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];
/** Higher is more severe: DEFAULT 0 ... EMERGENCY 8. */
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
/** Lower is more urgent: P0 0 ... P3 3. */
function priorityRank(p) {
    return PRIORITIES.indexOf(p);
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 90290:
/***/ ((module) => {

"use strict";
module.exports = require("async_hooks");

/***/ }),

/***/ 20181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

"use strict";
module.exports = require("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

"use strict";
module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 37067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 76760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream/web");

/***/ }),

/***/ 41692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 16141:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

"use strict";
module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

"use strict";
module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

"use strict";
module.exports = require("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

"use strict";
module.exports = require("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";
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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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

"use strict";


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
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(75919);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __nccwpck_require__(99373);
// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(38522);
;// CONCATENATED MODULE: ./src/settings.ts
/** The default run budget: well under GitHub's 6-hour job limit and the lock's 10-minute lease plus its wait. */
const DEFAULT_MAX_RUN_TIME_MS = 15 * 60_000;

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
var resources = __nccwpck_require__(95359);
// EXTERNAL MODULE: ./src/gcp/provider.ts
var provider = __nccwpck_require__(1857);
// EXTERNAL MODULE: ./src/bigquery/table.ts
var table = __nccwpck_require__(3630);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
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
        // Strings (most of an entry) are skipped with indexOf; only the rest is read char by char.
        const n = chunk.length;
        for (; i < n; i++) {
            if (ended) {
                if (/\S/.test(chunk.slice(i)))
                    throw new SyntaxError(`unexpected text after the closing ] of the array`);
                break;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                    continue;
                }
                const q = closingQuote(chunk, i);
                if (q === -1) {
                    escaped = backslashesBefore(chunk, n, i) % 2 === 1;
                    break;
                }
                inString = false;
                i = q;
                continue;
            }
            const c = chunk.charCodeAt(i);
            if (c === QUOTE)
                inString = true;
            else if (c === OPEN_BRACE || c === OPEN_BRACKET)
                depth += 1;
            else if (c === CLOSE_BRACE)
                depth -= 1;
            else if (c === CLOSE_BRACKET && depth > 0)
                depth -= 1;
            else if ((c === COMMA || c === CLOSE_BRACKET) && depth === 0) {
                const text = (buf + chunk.slice(start, i)).trim();
                buf = '';
                start = i + 1;
                if (text !== '' || c === COMMA) {
                    position += 1;
                    yield { position, text };
                }
                if (c === CLOSE_BRACKET)
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

// EXTERNAL MODULE: ./src/gcp/query.ts
var gcp_query = __nccwpck_require__(5366);
;// CONCATENATED MODULE: ./src/file-scope.ts


/** Resource types whose service label is the record's service (see collect/normalize.ts). */
const SERVICE_TYPES = new Set(['cloud_run_revision', 'cloud_run_job', 'cloud_function', 'gae_app', 'k8s_container']);
const anyOf = (clauses) => (clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`);
/** The settings as a file run applies them; `now` ends a window given without `until`. */
function fileScope(settings, now) {
    if (settings.extraFilter) {
        const fix = 'filter the export when you make it (`gcloud logging read FILTER --format=json`), or leave filter empty';
        throw new errors/* InputError */.d('filter', 'cannot be applied to a file (it is Cloud Logging query language)', fix);
    }
    const given = (name) => settings.given?.has(name) ?? false;
    const clauses = [];
    const tests = [];
    // A service name means something only within a resource type: the query always names one.
    const resourceType = given('resource-type') || settings.services.length ? settings.resourceType : undefined;
    if (resourceType) {
        clauses.push(`resource.type=${(0,gcp_query/* quote */.hD)(resourceType)}`);
        tests.push((r) => r.resourceType === resourceType);
    }
    if (settings.services.length) {
        if (!SERVICE_TYPES.has(resourceType)) {
            const problem = `cannot be applied to a file of resource type ${resourceType} (its entries name no service)`;
            throw new errors/* InputError */.d('service', problem, `leave service empty, or use resource-type ${[...SERVICE_TYPES].join(', ')}`);
        }
        const wanted = new Set(settings.services);
        clauses.push(anyOf(settings.services.map((s) => `resource.labels.${(0,gcp_query/* serviceLabel */.uZ)(resourceType)}=${(0,gcp_query/* quote */.hD)(s)}`)));
        tests.push((r) => r.service !== undefined && wanted.has(r.service));
    }
    if (settings.projects.length) {
        const wanted = new Set(settings.projects);
        tests.push((r) => r.project !== undefined && wanted.has(r.project));
    }
    const severity = (0,gcp_query/* severityClause */.FD)(settings.minSeverity);
    if (severity)
        clauses.push(severity);
    let since;
    let until;
    if (given('window') || settings.since || settings.until) {
        until = settings.until ?? now;
        since = settings.since ?? new Date(until.getTime() - settings.windowMs);
        if (since >= until) {
            throw new errors/* InputError */.d('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'give a since earlier than until, or a window such as 6h');
        }
        const from = since.getTime();
        const to = until.getTime();
        clauses.push(`timestamp>=${(0,gcp_query/* quote */.hD)(since.toISOString())} AND timestamp<${(0,gcp_query/* quote */.hD)(until.toISOString())}`);
        tests.push((r) => r.time >= from && r.time < to);
    }
    return { inScope: (r) => tests.every((t) => t(r)), filter: clauses.join(' AND '), since, until };
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
const EXC_LINE = /^(?:Caused by: |\[cause\]: |Uncaught |Exception in thread "[^"]*" )?((?:[A-Za-z_$][\w$]*[.])*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Warning|Failure|Fault|Panic)|Error)(?: \[[\w-]+\])?(?::\s?(.*))?$/;
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
/** The stack trace in a text, when it holds one. */
function parseStack(text) {
    if (!text.includes('\n'))
        return undefined;
    const lines = text.split(/\r?\n/);
    return parsePython(lines) ?? parseGo(lines) ?? parseJava(lines) ?? parseNode(lines);
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
const trace_lines_CLOSE_BRACE = /^\s*[}\]],?$/;
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
        [PY_HEAD, PY_CHAIN, EXCEPTION_HEAD, CAUSED, GRPC_CALL, NODE_TRAILER, trace_lines_CLOSE_BRACE, NODE_LOCATION, GO_HEAD, GO_ROUTINE, GO_FUNCTION, GO_TAIL].some((re) => re.test(line)));
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
    const continues = (l) => INDENTED.test(l) || CAUSED.test(l) || GRPC_CALL.test(l) || trace_lines_CLOSE_BRACE.test(l);
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
    return INDENTED.test(line) || CAUSED.test(line) || GO_ROUTINE.test(line) || GO_FUNCTION.test(line) || GRPC_CALL.test(line) || trace_lines_CLOSE_BRACE.test(line);
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

// EXTERNAL MODULE: ./src/collect/normalize.ts
var normalize = __nccwpck_require__(59705);
;// CONCATENATED MODULE: ./src/safety/secret-keys.ts
// Which key names in key=value / "key": "value" / header pairs hold secrets.
// Decided on the key's words (split on _ - . and camelCase), so "db_password", "X-Api-Key" and
// "clientSecret" count while "tokenizer", "max_tokens", "token_type" and "password_reset" do not.
const SECRET_LAST_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'passphrase',
    'secret',
    'secrets',
    'token',
    'apikey',
    'authorization',
    'auth',
    'cookie',
    'cookies',
    'credential',
    'credentials',
    'creds',
    'signature',
    'sig',
    'sessionid',
    'session',
    'jwt',
    'bearer',
    'privatekey',
    'otp',
    'psk',
    'sas',
    'accesskey',
    'secretkey',
    'clientsecret',
]);
/** Words that, followed by "key" (or "id" for session), name a secret. */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'signing',
    'encryption',
    'master',
    'account',
    'auth',
    'app',
    'consumer',
    'license',
    'storage',
    'subscription',
    'ssh',
    'gpg',
    'pgp',
    'shared',
    'hmac',
    'client',
    'session',
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
    // A service-account key's "private_key_id" names the key itself; a "signing_key_id" is a public kid.
    if (last === 'id')
        return before === 'session' || (before === 'key' && w[w.length - 3] === 'private');
    return false;
}
// Values that say something about a secret without being one: "token: expired", "password=***".
const NON_SECRET_VALUES = new Set([
    'true',
    'false',
    'null',
    'nil',
    'none',
    'undefined',
    'yes',
    'no',
    'on',
    'off',
    'expired',
    'invalid',
    'missing',
    'required',
    'empty',
    'present',
    'absent',
    'valid',
    'revoked',
    'malformed',
    'unknown',
    'unset',
    'set',
    'redacted',
    'filtered',
    'hidden',
    'masked',
    'omitted',
    'provided',
    'rotated',
    'refreshed',
    'ok',
    'not',
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
const PLACEHOLDER = /^(\\?["'])?<redacted:[a-z0-9-]+>\1$/;
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
// A random-looking token right after words that name a secret, in prose: "signing secret X",
// "rejected api key X", "token X". The words decide (isSecretKey on the last one or two words), the
// token must look random: 16+ characters, letters and digits (or 20+ mixed-case letters that are not
// camelCase words), and at least 3 bits of entropy each.
const TOKEN_RUN = /(?<![A-Za-z0-9_+/=.-])[A-Za-z0-9_+/=-]{16,}(?![A-Za-z0-9_+/=-])/g;
const WORDS_BEFORE = /([A-Za-z][A-Za-z-]{0,30})(?:\s+([A-Za-z][A-Za-z-]{0,30}))?\s+$/;
function entropyBits(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values())
        bits -= (n / s.length) * Math.log2(n / s.length);
    return bits;
}
/** A lower-case path ("projects/p/secrets/db-url/versions/3") is a name, not a key. */
const LOWER_PATH = /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$/;
/** CamelCase words ("ExpiredSignatureError") read as random by entropy alone. */
const CAMEL_WORDS = /^[A-Za-z][a-z]*(?:[A-Z][a-z]+)*$/;
function looksRandom(tok) {
    if (LOWER_PATH.test(tok) || entropyBits(tok) < 3)
        return false;
    if (/\d/.test(tok) && /[A-Za-z]/.test(tok))
        return true;
    // Random letters without a digit (1 in 16 random 16-character tokens has none).
    return tok.length >= 20 && /[A-Z]/.test(tok) && /[a-z]/.test(tok) && !CAMEL_WORDS.test(tok);
}
function redactNamedTokens(text) {
    return text.replace(TOKEN_RUN, (tok, at) => {
        const words = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
        if (!words || !looksRandom(tok))
            return tok;
        const named = words[2] === undefined ? isSecretKey(words[1]) : isSecretKey(`${words[1]}_${words[2]}`) || isSecretKey(words[2]);
        return named ? mask('secret') : tok;
    });
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
/** Only a line of exactly 64 characters can be a PEM body line: checked by length before any regex. */
function hasLineOf64(text) {
    if (text.length < 64)
        return false;
    for (let start = 0; start <= text.length;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        if (end - start === 64)
            return true;
        if (nl < 0)
            return false;
        start = nl + 1;
    }
    return false;
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
        apply: (text) => (hasLineOf64(text) ? text.replace(PEM_BODY_LINE, mask('private-key')) : text),
    },
    {
        kind: 'credentials',
        hint: /:\/\//,
        // The user may be empty (redis://:password@host); the password may hold "#", "?" or "*" unescaped.
        re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)[^\s/?#@:"'<>]*:[^\s/"'<>@]*@/g,
        to: `$1${mask('credentials')}@`,
    },
    {
        kind: 'credentials',
        hint: /:\/\//,
        // A key as the whole user-info (Sentry DSNs, https://TOKEN@host): long, with a digit.
        re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{16,}@/g,
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
    {
        kind: 'stripe-key',
        hint: /_live_|_test_|whsec_/,
        // Secret, restricted and publishable keys (a publishable key still names the live account), webhook secrets.
        re: /(?<![A-Za-z0-9])(?:[srp]k_(?:live|test)_[0-9A-Za-z]{16,}|whsec_[0-9A-Za-z+/=]{24,})/g,
        to: mask('stripe-key'),
    },
    { kind: 'telegram-token', hint: /:AA/, re: /(?<![0-9])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, to: mask('telegram-token') },
    { kind: 'secret', hint: SECRET_KEY_HINT, apply: redactNamedTokens },
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

// EXTERNAL MODULE: ./node_modules/structured-source/lib/structured-source.js
var structured_source = __nccwpck_require__(2472);
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/helper/invariant.js
/**
 * Test if condition is truthy.
 * @param {any} expression to be evaluated
 * @param {string} error message to be shown
 * @returns {void}
 * @throws
 */
function invariant(condition, message) {
    if (!condition)
        throw new Error(message);
}
//# sourceMappingURL=invariant.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/SecretLintSourceCodeImpl.js


/**
 * This class represent of source code.
 */
class SecretLintSourceCodeImpl {
    hasBOM;
    content;
    filePath;
    physicalFilePath;
    contentType;
    ext;
    structuredSource;
    constructor({ content = "", ext, filePath, physicalFilePath, contentType, }) {
        invariant(ext || filePath, "should be set either of fileExt or filePath.");
        this.hasBOM = content.charCodeAt(0) === 0xfeff;
        this.content = this.hasBOM ? content.slice(1) : content;
        this.structuredSource = new structured_source/* StructuredSource */.z(this.content);
        this.filePath = filePath;
        this.physicalFilePath = physicalFilePath;
        this.contentType = contentType;
        this.ext = ext;
    }
    /**
     * get file path
     * This return `undefined` if the source code is created without file path.
     * For example, use core API to create a source code directly.
     *
     * You can use this path to detect file type.
     * However, if you want to read the file content, use `getPhysicalFilePath` instead.
     * @returns {string|undefined}
     */
    getFilePath() {
        return this.filePath;
    }
    /**
     * get physical file path
     * This return `undefined` if the source code is not related to file.
     * For example, the source code is given from the stdin.
     *
     * You can use this path to read the file content.
     */
    getPhysicalFilePath() {
        return this.physicalFilePath;
    }
    /**
     * @param {SecretLintSourceNodeLocation} loc - location indicator.
     * @return {[ number, number ]} range.
     */
    locationToRange(loc) {
        return this.structuredSource.locationToRange(loc);
    }
    /**
     * @param {[ number, number ]} range - pair of indice.
     * @return {SecretLintSourceNodeLocation} location.
     */
    rangeToLocation(range) {
        const location = this.structuredSource.rangeToLocation(range);
        // Note: unwrap class instance to get plain object
        return {
            start: {
                line: location.start.line,
                column: location.start.column,
            },
            end: {
                line: location.end.line,
                column: location.end.column,
            },
        };
    }
    /**
     * @param {Position} pos - position indicator.
     * @return {number} index.
     */
    positionToIndex(pos) {
        return this.structuredSource.positionToIndex(pos);
    }
    /**
     * @param {number} index - index to the source code.
     * @return {Position} position.
     */
    indexToPosition(index) {
        const position = this.structuredSource.indexToPosition(index);
        // Note: unwrap class instance to get plain object
        return {
            line: position.line,
            column: position.column,
        };
    }
}
//# sourceMappingURL=SecretLintSourceCodeImpl.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/helper/promise-event-emitter.js
// MIT © 2017 azu
// MIT © 2017 59naga
// https://github.com/59naga/carrack
class EventEmitter {
    #listeners = new Map();
    on(type, listener) {
        const prevSet = this.#listeners.get(type);
        const listenerSet = prevSet ?? new Set();
        listenerSet?.add(listener);
        this.#listeners.set(type, listenerSet);
    }
    emit(type, ...args) {
        const listenerSet = this.#listeners.get(type);
        if (!listenerSet) {
            return;
        }
        for (const listenerSetElement of listenerSet) {
            listenerSetElement(...args);
        }
    }
    off(type, listener) {
        const listenerSet = this.#listeners.get(type);
        if (!listenerSet) {
            return;
        }
        for (const listenerSetElement of listenerSet) {
            if (listenerSetElement === listener) {
                listenerSet.delete(listener);
            }
        }
    }
    removeAllListeners() {
        this.#listeners.clear();
    }
    listenerCount(type) {
        return this.#listeners.get(type)?.size ?? 0;
    }
    listeners(type) {
        return Array.from(this.#listeners.get(type) ?? []);
    }
}
class PromiseEventEmitter {
    events;
    constructor() {
        this.events = new EventEmitter();
    }
    listenerCount(type) {
        return this.events.listenerCount(type);
    }
    on(event, listener) {
        return this.events.on(event, listener);
    }
    emit(event, ...args) {
        const promises = [];
        this.events.listeners(event).forEach((listener) => {
            promises.push(listener(...args));
        });
        return Promise.all(promises);
    }
}
//# sourceMappingURL=promise-event-emitter.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/helper/SecretLintRuleMessageTranslator.js
/**
 * Default locale that is also fallback locale.
 */
const DEFAULT_LOCAL = "en";
const formatMessage = (messageHandler, props) => {
    if (typeof props !== "object" || props === null) {
        return messageHandler();
    }
    return messageHandler(props);
};
const getMatchedLocaleMessage = (locale, locales) => {
    const localKeys = Object.keys(locales);
    const matchLocale = localKeys.find((key) => {
        return key === locale;
    });
    if (matchLocale) {
        return matchLocale;
    }
    const [lang] = locale.split("-");
    if (!lang) {
        return DEFAULT_LOCAL;
    }
    // en-US => en
    const fallbackMatchLocal = localKeys.find((key) => {
        return key === lang;
    });
    if (fallbackMatchLocal) {
        return fallbackMatchLocal;
    }
    return DEFAULT_LOCAL;
};
const createTranslator = (messages, options) => {
    return (messageId, props) => {
        const messageHandler = messages[messageId];
        if (!messageHandler) {
            throw new Error(`messages:${String(messageId)} is missing in messages.`);
        }
        // if messages is string, use it.
        if (typeof messageHandler === "function") {
            if (typeof messageId !== "string") {
                throw new Error(`message's key:${String(messageId)} should be string`);
            }
            return {
                message: formatMessage(messageHandler, props),
                messageId: messageId,
                data: props,
            };
        }
        // if messages is object, pick message that is matched locale from messages.
        const defaultLocal = options && options.defaultLocale ? options.defaultLocale : DEFAULT_LOCAL;
        const locale = getMatchedLocaleMessage(defaultLocal, messageHandler);
        const localizedMessage = messageHandler[locale];
        if (!localizedMessage) {
            if (messageHandler[DEFAULT_LOCAL]) {
                throw new Error(`messages${String(messageId)}.${locale} is missing in messages.`);
            }
            throw new Error(`message's key:${String(messageId)}.${DEFAULT_LOCAL} should be defined in messages.`);
        }
        if (typeof messageId !== "string") {
            throw new Error(`message's key:${String(messageId)}.${DEFAULT_LOCAL} should be string`);
        }
        return {
            message: formatMessage(localizedMessage, props),
            messageId: messageId,
            data: props,
        };
    };
};
//# sourceMappingURL=SecretLintRuleMessageTranslator.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/RuleContext.js


const createContextEvents = () => {
    const contextEvents = new EventEmitter();
    const REPORT_SYMBOL = Symbol("report");
    const IGNORE_SYMBOL = Symbol("ignore");
    return {
        report(descriptor) {
            contextEvents.emit(REPORT_SYMBOL, descriptor);
        },
        onReport(handler) {
            const listener = (descriptor) => {
                handler(descriptor);
            };
            contextEvents.on(REPORT_SYMBOL, listener);
            return () => {
                contextEvents.off(REPORT_SYMBOL, listener);
            };
        },
        ignore(descriptor) {
            contextEvents.emit(IGNORE_SYMBOL, descriptor);
        },
        onIgnore(handler) {
            const listener = (descriptor) => {
                handler(descriptor);
            };
            contextEvents.on(IGNORE_SYMBOL, listener);
            return () => {
                contextEvents.off(IGNORE_SYMBOL, listener);
            };
        },
    };
};
const createRuleContext = ({ ruleId, ruleParentId, meta, severity, sourceCode, contextEvents, sharedOptions, locale, }) => {
    return {
        sharedOptions: sharedOptions,
        createTranslator: (messages) => {
            return createTranslator(messages, {
                defaultLocale: locale,
            });
        },
        ignore(descriptor) {
            const { message } = descriptor.message;
            contextEvents.ignore({
                type: "ignore",
                ruleId: ruleId,
                ruleParentId,
                range: descriptor.range,
                targetRuleId: descriptor.targetRuleId,
                loc: sourceCode.rangeToLocation(descriptor.range),
                message: message,
            });
        },
        report(descriptor) {
            const { message, messageId, data } = descriptor.message;
            // Default severity level is "error"
            const severityLevel = severity ?? "error";
            if (ruleParentId) {
                contextEvents.report({
                    ...descriptor,
                    type: "message",
                    ruleId: ruleId,
                    ruleParentId,
                    loc: sourceCode.rangeToLocation(descriptor.range),
                    severity: severityLevel,
                    message,
                    messageId,
                    docsUrl: meta.docs?.url ? `${meta.docs.url}#${messageId}` : undefined,
                    data,
                });
            }
            else {
                contextEvents.report({
                    ...descriptor,
                    type: "message",
                    ruleId: ruleId,
                    loc: sourceCode.rangeToLocation(descriptor.range),
                    severity: severityLevel,
                    message,
                    messageId,
                    docsUrl: meta.docs?.url ? `${meta.docs.url}#${messageId}` : undefined,
                    data,
                });
            }
        },
    };
};
//# sourceMappingURL=RuleContext.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/SecretLintRuleImpl.js
class SecretLintRule {
    ruleReportHandle;
    ruleCreator;
    descriptorRule;
    constructor({ descriptorRule, context }) {
        this.descriptorRule = descriptorRule;
        this.ruleCreator = descriptorRule.rule;
        // normalize rule options
        const ruleCreatorOptions = descriptorRule.options || {};
        this.ruleReportHandle = this.ruleCreator.create(context, ruleCreatorOptions);
    }
    allowMessageIds() {
        if (!this.descriptorRule.allowMessageIds) {
            return [];
        }
        const ruleId = this.ruleCreator.meta.id;
        return this.descriptorRule.allowMessageIds.map((allowMessageId) => {
            return {
                messageId: allowMessageId,
                ruleId,
            };
        });
    }
    supportSourceCode(sourceCode) {
        const contentType = sourceCode.contentType;
        if (contentType === "unknown") {
            return true;
        }
        if (this.ruleCreator.meta.supportedContentTypes.includes("all")) {
            return true;
        }
        return this.ruleCreator.meta.supportedContentTypes.includes(contentType);
    }
    async file(source) {
        const file = this.ruleReportHandle.file;
        if (!file) {
            return;
        }
        return file(source);
    }
}
//# sourceMappingURL=SecretLintRuleImpl.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/profiler/module/index.js
class SecretLintProfiler {
    perf;
    PerformanceObserver;
    observer;
    /**
     * Profiling costs performance.
     * `performance.mark()` and `PerformanceObserver` callback are called for each rule and each file.
     * So, the profiler should be disabled if the user does not need the profiling result.
     * https://github.com/secretlint/secretlint/issues/1633
     */
    enabled;
    entries = [];
    measures = [];
    /**
     * Set of mark names that have already been marked as `{mark}::start`
     */
    startMarkNames = new Set();
    executionPromises = [];
    constructor(options) {
        this.perf = options.perf;
        this.PerformanceObserver = options.PerformanceObserver;
        this.enabled = options.enabled ?? true;
    }
    get isEnabled() {
        return this.enabled;
    }
    /**
     * Enable or Disable the profiler.
     * If the profiler is disabled, `mark()` does nothing and collected entries are cleared.
     * @param enabled
     */
    setEnabled(enabled) {
        if (this.enabled === enabled) {
            return;
        }
        this.enabled = enabled;
        if (!enabled) {
            this.stopObserving();
        }
    }
    startObserving() {
        const pattern = /(.*?)::end(\|\|.*)?/;
        const observer = new this.PerformanceObserver((items) => {
            if (!this.enabled) {
                return;
            }
            const entries = items.getEntries();
            entries.forEach((entry) => {
                if (entry.entryType === "mark") {
                    const match = entry.name.match(pattern);
                    const endIdentifier = match ? match[1] : undefined;
                    const suffix = match && match[2] ? match[2] : "";
                    // if mark already {mark}::start, measure start to end
                    if (endIdentifier) {
                        const startMarkName = `${endIdentifier}::start${suffix}`;
                        // create measure only when the paired `{mark}::start` is already marked
                        if (this.startMarkNames.has(startMarkName)) {
                            // FIXME: avoid ERR_INVALID_PERFORMANCE_MARK error
                            this.executionPromises.push(Promise.resolve().then(() => {
                                this.perf.measure(endIdentifier + suffix, startMarkName, entry.name);
                            }));
                        }
                    }
                    else {
                        this.startMarkNames.add(entry.name);
                    }
                    this.entries.push(entry);
                }
                else if (entry.entryType === "measure") {
                    this.measures.push(entry);
                }
            });
        });
        observer.observe({ entryTypes: ["mark", "measure"] });
        this.observer = observer;
    }
    stopObserving() {
        this.observer?.disconnect();
        this.observer = undefined;
        this.entries.length = 0;
        this.measures.length = 0;
        this.executionPromises.length = 0;
        this.startMarkNames.clear();
    }
    mark(marker) {
        if (!this.enabled) {
            return;
        }
        // Start observing lazily
        // It avoids to start PerformanceObserver when the profiler is disabled before the first mark
        if (!this.observer) {
            this.startObserving();
        }
        if ("id" in marker) {
            this.perf.mark(`${marker.type}||${marker.id}`);
        }
        else {
            this.perf.mark(marker.type);
        }
    }
    waifForExecutionPromises = () => {
        return Promise.all(this.executionPromises).finally(() => {
            this.executionPromises.length = 0;
        });
    };
    async getEntries() {
        await this.waifForExecutionPromises();
        return this.entries;
    }
    async getMeasures() {
        await this.waifForExecutionPromises();
        return this.measures;
    }
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./node_modules/@secretlint/profiler/module/node.js



class NullPerformanceObserver {
    disconnect() { }
    observe(_options) { }
}
const secretLintProfiler = new SecretLintProfiler({
    perf: external_node_perf_hooks_.performance,
    PerformanceObserver: external_node_perf_hooks_.PerformanceObserver ? external_node_perf_hooks_.PerformanceObserver : NullPerformanceObserver,
});
//# sourceMappingURL=node.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/RunningEvents.js



const createRunningEvents = () => {
    const contextEvents = new PromiseEventEmitter();
    const registerSet = new Set();
    const LINT_HANDLE = Symbol("lint:start");
    const rules = [];
    return {
        collectAllowMessageIds() {
            const allowMessageIds = [];
            rules.forEach((rule) => {
                allowMessageIds.push(...rule.allowMessageIds());
            });
            return allowMessageIds;
        },
        /**
         * Start to run linting
         * @param options
         */
        runLint(options) {
            return contextEvents.emit(LINT_HANDLE, options);
        },
        registerRule({ descriptorRule, context, }) {
            if (registerSet.has(descriptorRule.id)) {
                // TODO: more trivial implementation
                throw new Error(`rule.id:${descriptorRule.id} is already registered.
                
Duplicated rule.id is something wrong in .secretlintrc.                
`);
            }
            registerSet.add(descriptorRule.id);
            const rule = new SecretLintRule({
                descriptorRule: descriptorRule,
                context,
            });
            rules.push(rule);
            contextEvents.on(LINT_HANDLE, async ({ sourceCode }) => {
                // TODO: add more handler
                // Call O￿￿rder?
                // - file
                secretLintProfiler.mark({
                    type: "@core>rule-handler::start",
                    id: descriptorRule.rule.meta.id,
                });
                // if this rule support the content type
                if (rule.supportSourceCode(sourceCode)) {
                    await rule.file(sourceCode);
                }
                secretLintProfiler.mark({
                    type: "@core>rule-handler::end",
                    id: descriptorRule.rule.meta.id,
                });
            });
        },
        registerRulePreset({ descriptorRulePreset, context, }) {
            // Normalized Rule Preset Options
            const rulePresetCreatorOptions = descriptorRulePreset.options || [];
            // Internally, RulePreset#register call `registerRule`
            descriptorRulePreset.rule.create(context, rulePresetCreatorOptions);
        },
        isRegistered(ruleId) {
            return registerSet.has(ruleId);
        },
    };
};
//# sourceMappingURL=RunningEvents.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/RulePresetContext.js

/**
 * Create a context for Rule Preset
 */
const createRulePresetContext = ({ configRulePreset, sourceCode, runningEvents, contextEvents, sharedOptions, locale, }) => {
    const presetRules = configRulePreset.rules || [];
    if (!Array.isArray(presetRules)) {
        console.error(`${configRulePreset.id}:PresetRules is invalid format`, presetRules);
        throw new Error("preset's rules should be an array of rule definitions");
    }
    return {
        sharedOptions,
        registerRule(rule, defaultValue) {
            const descriptorRule = presetRules.find((descriptorRule) => {
                return descriptorRule.id === rule.meta.id;
            });
            // Use undefined instead of {}
            // Default value will be handled by RunningEvents#registerRule
            const descriptorRuleOptions = descriptorRule ? descriptorRule.options : undefined;
            const descriptorRuleDisabled = descriptorRule ? descriptorRule.disabled : undefined;
            const descriptorRuleSeverity = descriptorRule ? descriptorRule.severity : undefined;
            const descriptorAllowMessageIds = descriptorRule ? descriptorRule.allowMessageIds : undefined;
            const context = createRuleContext({
                // rule id is a single rule in a preset
                ruleId: rule.meta.id,
                // parent rule id is rule preset id
                ruleParentId: configRulePreset.id,
                meta: rule.meta,
                severity: descriptorRuleSeverity,
                sourceCode,
                contextEvents: contextEvents,
                sharedOptions: sharedOptions,
                locale,
            });
            const defaultValueOfPreset = defaultValue ? defaultValue : {};
            runningEvents.registerRule({
                descriptorRule: {
                    // options and disabled ...
                    ...defaultValueOfPreset,
                    // Prefer to use user setting
                    // User can override preset setting
                    ...descriptorRule,
                    id: rule.meta.id,
                    options: descriptorRuleOptions,
                    rule,
                    disabled: descriptorRuleDisabled,
                    allowMessageIds: descriptorAllowMessageIds,
                    severity: descriptorRuleSeverity,
                },
                context,
            });
        },
    };
};
//# sourceMappingURL=RulePresetContext.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/filter-ignored-process.js
/**
 * the `index` is in the `range` and return true.
 * @param {Number} index
 * @param {Number[]} range
 * @returns {boolean}
 */
const isContainedRange = (index, range) => {
    const [start, end] = range;
    return start <= index && index <= end;
};
/**
 * filter messages by ignore messages
 */
function filterIgnoredMessages(options) {
    const reportedMessages = options.reportedMessages;
    const ignoreMessages = options.ignoredMessages;
    // if match, reject the message
    return reportedMessages.filter((message) => {
        return !ignoreMessages.some((ignoreMessage) => {
            const isInIgnoringRange = isContainedRange(message.range[0], ignoreMessage.range) &&
                isContainedRange(message.range[1], ignoreMessage.range);
            if (isInIgnoringRange && ignoreMessage.targetRuleId) {
                // "*" is wildcard that match any rule
                if (ignoreMessage.targetRuleId === "*") {
                    return true;
                }
                // compare normalized key path
                return message.ruleId === ignoreMessage.targetRuleId;
            }
            return isInIgnoringRange;
        });
    });
}
//# sourceMappingURL=filter-ignored-process.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/MessageProcessManager.js
const createMessageProcessor = (processors) => {
    return {
        /**
         * process `messages` with registered processes
         */
        process(messages) {
            const originalMessages = messages;
            if (processors.length === 0) {
                throw new Error("processors should be > 0");
            }
            return processors.reduce((messages, filter) => {
                return filter(messages);
            }, originalMessages);
        },
    };
};
//# sourceMappingURL=MessageProcessManager.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/filter-duplicated-process.js
/**
 * equal message
 */
const isEqualMessage = (aMessage, bMessage) => {
    return (aMessage.range[0] === bMessage.range[0] &&
        aMessage.range[1] === bMessage.range[1] &&
        "severity" in aMessage &&
        "severity" in bMessage &&
        aMessage.severity === bMessage.severity &&
        aMessage.message === bMessage.message);
};
/**
 * filter duplicated messages
 */
function filterDuplicatedMessages(messages = []) {
    return messages.filter((message, index) => {
        const restMessages = messages.slice(index + 1);
        return !restMessages.some((restMessage) => {
            return isEqualMessage(message, restMessage);
        });
    });
}
//# sourceMappingURL=filter-duplicated-process.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/sort-messages-process.js
/**
 * sort messages by line and column
 */
function sortMessagesByLocation(messages) {
    // sort by line and column
    return messages.sort(function (a, b) {
        const startIndexDiff = a.range[0] - b.range[0];
        if (startIndexDiff === 0) {
            return a.range[1] - b.range[1];
        }
        else {
            return startIndexDiff;
        }
    });
}
//# sourceMappingURL=sort-messages-process.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/filter-message-id.js
const filterByAllowMessageIds = (messages, allowMessageIds) => {
    const disabledSet = new Set(allowMessageIds.map((allowMessage) => {
        return `${allowMessage.ruleId}--${allowMessage.messageId}`;
    }));
    return messages.filter((message) => {
        return !disabledSet.has(`${message.ruleId}--${message.messageId}`);
    });
};
//# sourceMappingURL=filter-message-id.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/filter-mask-secrets.js
// mask all properties with *** deeply
// These properties are object, array, or others
const deepMask = (object, handler) => {
    for (const key of Object.keys(object)) {
        // typeof null === "object", so skip null explicitly
        // arrays are also objects, and Object.keys returns their indexes
        if (typeof object[key] === "object" && object[key] !== null) {
            object[key] = deepMask(object[key], handler);
        }
        else if (typeof object[key] === "string") {
            object[key] = handler(object[key]);
        }
    }
    return object;
};
const createMaskValue = (value) => {
    return "*".repeat(value.length);
};
/**
 * = Masking logics
 * secretlint mask simple string replacement.
 * If a secretlint rule report `"TOKEN_STRING"` as message data, replace all `TOKEN_STRING` with `**********` in messages.
 * ```
 * context.report({
 *   message: t("MESSAGE", {
 *       TOKEN: "TOKEN_STRING", // => replace all "TOKEN_STRING" with  `**********`.
 *   }),
 *   range,
 * });
 * ```
 * This logics may includes false-positve.
 * This is similar to CI logs like Travis CI or GitHub Actions.
 * @param str
 * @param maskedValues
 */
const maskWithValues = (str, maskedValues) => {
    let result = str;
    for (const maskValue of maskedValues) {
        result = result.replaceAll(maskValue, "*".repeat(maskValue.length));
    }
    return result;
};
// mask all data values for hide secret value
// https://github.com/secretlint/secretlint/issues/176
const filterMaskSecretsData = (messages = []) => {
    return messages.map((message) => {
        if (message.type !== "message") {
            return message;
        }
        const maskedValues = [];
        const maskedData = message.data
            ? deepMask(message.data, (value) => {
                maskedValues.push(value);
                return createMaskValue(value);
            })
            : undefined;
        // no mask data
        if (!maskedData) {
            return message;
        }
        const maskedMessage = maskWithValues(message.message, maskedValues);
        return {
            ...message,
            message: maskedMessage,
            data: maskedData,
        };
    });
};
//# sourceMappingURL=filter-mask-secrets.js.map
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/messages/index.js






/**
 * Post cleanup messages
 * - filter ignored range
 * - filter disabled message
 * - [masSecrets] mask secrets message
 * - filter duplicated messages
 * - sort messages by range
 * @param options
 */
const cleanupMessages = (options) => {
    const reportedMessages = filterIgnoredMessages(options);
    const reportedMessagesWithoutAllowMessageIds = filterByAllowMessageIds(reportedMessages, options.allowMessageIds);
    const filters = options.maskSecrets
        ? [filterDuplicatedMessages, filterMaskSecretsData]
        : [filterDuplicatedMessages];
    const filterProcess = createMessageProcessor(filters);
    return sortMessagesByLocation(filterProcess.process(reportedMessagesWithoutAllowMessageIds));
};
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var src = __nccwpck_require__(2830);
;// CONCATENATED MODULE: ./node_modules/@secretlint/core/module/index.js







const debug = src("@secretlint/core");
const lintSource = ({ source, options }) => {
    secretLintProfiler.mark({
        type: "@core>lint::start",
        id: source.filePath,
    });
    debug(`source filePath: %O`, source.filePath);
    debug(`options: %O`, options);
    const rules = options.config.rules;
    const locale = options.locale ?? "en";
    const maskSecrets = options.maskSecrets ?? false;
    const contextEvents = createContextEvents();
    const runningEvents = createRunningEvents();
    const reportedMessages = [];
    const ignoredMessages = [];
    // setup
    contextEvents.onReport((message) => {
        reportedMessages.push(message);
    });
    contextEvents.onIgnore((message) => {
        ignoredMessages.push(message);
    });
    // Create a SourceCode for linting
    const sourceCode = new SecretLintSourceCodeImpl({
        content: source.content,
        filePath: source.filePath,
        physicalFilePath: options.noPhysicFilePath ? undefined : source.filePath,
        ext: source.ext || "",
        contentType: source.contentType,
    });
    secretLintProfiler.mark({
        type: "@core>setup-rules::start",
    });
    rules.forEach((rule) => {
        secretLintProfiler.mark({
            type: "@core>setup-rule::start",
            id: rule.rule.meta.id,
        });
        registerRule({
            sourceCode,
            config: options.config,
            descriptorRule: rule,
            contextEvents,
            runningEvents,
            locale,
        });
        secretLintProfiler.mark({
            type: "@core>setup-rule::end",
            id: rule.rule.meta.id,
        });
    });
    secretLintProfiler.mark({
        type: "@core>setup-rules::end",
    });
    // start to run
    return runningEvents
        .runLint({
        sourceCode,
    })
        .then(() => {
        return {
            filePath: source.filePath,
            // binary content should be skipped
            sourceContent: source.contentType === "text" ? source.content : undefined,
            sourceContentType: source.contentType,
            messages: cleanupMessages({
                reportedMessages,
                ignoredMessages,
                allowMessageIds: runningEvents.collectAllowMessageIds(),
                maskSecrets,
            }),
        };
    })
        .finally(() => {
        secretLintProfiler.mark({
            type: "@core>lint::end",
            id: source.filePath,
        });
    });
};
const isRulePreset = (ruleDescriptor) => {
    return ruleDescriptor.rule.meta.type === "preset";
};
const isRule = (ruleDescriptor) => {
    return ruleDescriptor.rule.meta.type === "scanner";
};
/**
 * Rule Processing
 */
const registerRule = ({ sourceCode, config, descriptorRule, contextEvents, runningEvents, locale, }) => {
    const ruleId = descriptorRule.id;
    // Do not register disabled rule
    if (descriptorRule.disabled) {
        debug("Skip registerRule %s, because it is disabled", ruleId);
        return;
    }
    debug("registerRule %s", ruleId);
    // sharedOptions is {} by default
    // sharedOptions is shared between presets and rules
    const sharedOptionsWithDefault = config.sharedOptions ?? {};
    // If option is not defined Options is {} by default
    if (isRulePreset(descriptorRule)) {
        const context = createRulePresetContext({
            configRulePreset: descriptorRule,
            sourceCode,
            contextEvents: contextEvents,
            runningEvents: runningEvents,
            sharedOptions: sharedOptionsWithDefault,
            locale: locale,
        });
        runningEvents.registerRulePreset({
            descriptorRulePreset: descriptorRule,
            context,
        });
        return;
    }
    else if (isRule(descriptorRule)) {
        const context = createRuleContext({
            ruleId: ruleId,
            severity: descriptorRule.severity,
            meta: descriptorRule.rule.meta,
            sourceCode,
            contextEvents: contextEvents,
            sharedOptions: sharedOptionsWithDefault,
            locale: locale,
        });
        runningEvents.registerRule({
            descriptorRule: descriptorRule,
            context,
        });
        return;
    }
    throw new Error(`Unknown descriptor type: ${descriptorRule}`);
};
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js


var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

var regexpStringMatcher = {};

/**
 * lodash (Custom Build) <https://lodash.com/>
 * Build: `lodash modularize exports="npm" -o ./`
 * Copyright jQuery Foundation and other contributors <https://jquery.org/>
 * Released under MIT license <https://lodash.com/license>
 * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
 * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
 */

var lodash_uniq;
var hasRequiredLodash_uniq;

function requireLodash_uniq () {
	if (hasRequiredLodash_uniq) return lodash_uniq;
	hasRequiredLodash_uniq = 1;
	/** Used as the size to enable large array optimizations. */
	var LARGE_ARRAY_SIZE = 200;

	/** Used to stand-in for `undefined` hash values. */
	var HASH_UNDEFINED = '__lodash_hash_undefined__';

	/** Used as references for various `Number` constants. */
	var INFINITY = 1 / 0;

	/** `Object#toString` result references. */
	var funcTag = '[object Function]',
	    genTag = '[object GeneratorFunction]';

	/**
	 * Used to match `RegExp`
	 * [syntax characters](http://ecma-international.org/ecma-262/7.0/#sec-patterns).
	 */
	var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;

	/** Used to detect host constructors (Safari). */
	var reIsHostCtor = /^\[object .+?Constructor\]$/;

	/** Detect free variable `global` from Node.js. */
	var freeGlobal = typeof commonjsGlobal == 'object' && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;

	/** Detect free variable `self`. */
	var freeSelf = typeof self == 'object' && self && self.Object === Object && self;

	/** Used as a reference to the global object. */
	var root = freeGlobal || freeSelf || Function('return this')();

	/**
	 * A specialized version of `_.includes` for arrays without support for
	 * specifying an index to search from.
	 *
	 * @private
	 * @param {Array} [array] The array to inspect.
	 * @param {*} target The value to search for.
	 * @returns {boolean} Returns `true` if `target` is found, else `false`.
	 */
	function arrayIncludes(array, value) {
	  var length = array ? array.length : 0;
	  return !!length && baseIndexOf(array, value, 0) > -1;
	}

	/**
	 * The base implementation of `_.findIndex` and `_.findLastIndex` without
	 * support for iteratee shorthands.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {Function} predicate The function invoked per iteration.
	 * @param {number} fromIndex The index to search from.
	 * @param {boolean} [fromRight] Specify iterating from right to left.
	 * @returns {number} Returns the index of the matched value, else `-1`.
	 */
	function baseFindIndex(array, predicate, fromIndex, fromRight) {
	  var length = array.length,
	      index = fromIndex + (-1);

	  while ((++index < length)) {
	    if (predicate(array[index], index, array)) {
	      return index;
	    }
	  }
	  return -1;
	}

	/**
	 * The base implementation of `_.indexOf` without `fromIndex` bounds checks.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {*} value The value to search for.
	 * @param {number} fromIndex The index to search from.
	 * @returns {number} Returns the index of the matched value, else `-1`.
	 */
	function baseIndexOf(array, value, fromIndex) {
	  if (value !== value) {
	    return baseFindIndex(array, baseIsNaN, fromIndex);
	  }
	  var index = fromIndex - 1,
	      length = array.length;

	  while (++index < length) {
	    if (array[index] === value) {
	      return index;
	    }
	  }
	  return -1;
	}

	/**
	 * The base implementation of `_.isNaN` without support for number objects.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is `NaN`, else `false`.
	 */
	function baseIsNaN(value) {
	  return value !== value;
	}

	/**
	 * Checks if a cache value for `key` exists.
	 *
	 * @private
	 * @param {Object} cache The cache to query.
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function cacheHas(cache, key) {
	  return cache.has(key);
	}

	/**
	 * Gets the value at `key` of `object`.
	 *
	 * @private
	 * @param {Object} [object] The object to query.
	 * @param {string} key The key of the property to get.
	 * @returns {*} Returns the property value.
	 */
	function getValue(object, key) {
	  return object == null ? undefined : object[key];
	}

	/**
	 * Checks if `value` is a host object in IE < 9.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is a host object, else `false`.
	 */
	function isHostObject(value) {
	  // Many host objects are `Object` objects that can coerce to strings
	  // despite having improperly defined `toString` methods.
	  var result = false;
	  if (value != null && typeof value.toString != 'function') {
	    try {
	      result = !!(value + '');
	    } catch (e) {}
	  }
	  return result;
	}

	/**
	 * Converts `set` to an array of its values.
	 *
	 * @private
	 * @param {Object} set The set to convert.
	 * @returns {Array} Returns the values.
	 */
	function setToArray(set) {
	  var index = -1,
	      result = Array(set.size);

	  set.forEach(function(value) {
	    result[++index] = value;
	  });
	  return result;
	}

	/** Used for built-in method references. */
	var arrayProto = Array.prototype,
	    funcProto = Function.prototype,
	    objectProto = Object.prototype;

	/** Used to detect overreaching core-js shims. */
	var coreJsData = root['__core-js_shared__'];

	/** Used to detect methods masquerading as native. */
	var maskSrcKey = (function() {
	  var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || '');
	  return uid ? ('Symbol(src)_1.' + uid) : '';
	}());

	/** Used to resolve the decompiled source of functions. */
	var funcToString = funcProto.toString;

	/** Used to check objects for own properties. */
	var hasOwnProperty = objectProto.hasOwnProperty;

	/**
	 * Used to resolve the
	 * [`toStringTag`](http://ecma-international.org/ecma-262/7.0/#sec-object.prototype.tostring)
	 * of values.
	 */
	var objectToString = objectProto.toString;

	/** Used to detect if a method is native. */
	var reIsNative = RegExp('^' +
	  funcToString.call(hasOwnProperty).replace(reRegExpChar, '\\$&')
	  .replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, '$1.*?') + '$'
	);

	/** Built-in value references. */
	var splice = arrayProto.splice;

	/* Built-in method references that are verified to be native. */
	var Map = getNative(root, 'Map'),
	    Set = getNative(root, 'Set'),
	    nativeCreate = getNative(Object, 'create');

	/**
	 * Creates a hash object.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [entries] The key-value pairs to cache.
	 */
	function Hash(entries) {
	  var index = -1,
	      length = entries ? entries.length : 0;

	  this.clear();
	  while (++index < length) {
	    var entry = entries[index];
	    this.set(entry[0], entry[1]);
	  }
	}

	/**
	 * Removes all key-value entries from the hash.
	 *
	 * @private
	 * @name clear
	 * @memberOf Hash
	 */
	function hashClear() {
	  this.__data__ = nativeCreate ? nativeCreate(null) : {};
	}

	/**
	 * Removes `key` and its value from the hash.
	 *
	 * @private
	 * @name delete
	 * @memberOf Hash
	 * @param {Object} hash The hash to modify.
	 * @param {string} key The key of the value to remove.
	 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
	 */
	function hashDelete(key) {
	  return this.has(key) && delete this.__data__[key];
	}

	/**
	 * Gets the hash value for `key`.
	 *
	 * @private
	 * @name get
	 * @memberOf Hash
	 * @param {string} key The key of the value to get.
	 * @returns {*} Returns the entry value.
	 */
	function hashGet(key) {
	  var data = this.__data__;
	  if (nativeCreate) {
	    var result = data[key];
	    return result === HASH_UNDEFINED ? undefined : result;
	  }
	  return hasOwnProperty.call(data, key) ? data[key] : undefined;
	}

	/**
	 * Checks if a hash value for `key` exists.
	 *
	 * @private
	 * @name has
	 * @memberOf Hash
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function hashHas(key) {
	  var data = this.__data__;
	  return nativeCreate ? data[key] !== undefined : hasOwnProperty.call(data, key);
	}

	/**
	 * Sets the hash `key` to `value`.
	 *
	 * @private
	 * @name set
	 * @memberOf Hash
	 * @param {string} key The key of the value to set.
	 * @param {*} value The value to set.
	 * @returns {Object} Returns the hash instance.
	 */
	function hashSet(key, value) {
	  var data = this.__data__;
	  data[key] = (nativeCreate && value === undefined) ? HASH_UNDEFINED : value;
	  return this;
	}

	// Add methods to `Hash`.
	Hash.prototype.clear = hashClear;
	Hash.prototype['delete'] = hashDelete;
	Hash.prototype.get = hashGet;
	Hash.prototype.has = hashHas;
	Hash.prototype.set = hashSet;

	/**
	 * Creates an list cache object.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [entries] The key-value pairs to cache.
	 */
	function ListCache(entries) {
	  var index = -1,
	      length = entries ? entries.length : 0;

	  this.clear();
	  while (++index < length) {
	    var entry = entries[index];
	    this.set(entry[0], entry[1]);
	  }
	}

	/**
	 * Removes all key-value entries from the list cache.
	 *
	 * @private
	 * @name clear
	 * @memberOf ListCache
	 */
	function listCacheClear() {
	  this.__data__ = [];
	}

	/**
	 * Removes `key` and its value from the list cache.
	 *
	 * @private
	 * @name delete
	 * @memberOf ListCache
	 * @param {string} key The key of the value to remove.
	 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
	 */
	function listCacheDelete(key) {
	  var data = this.__data__,
	      index = assocIndexOf(data, key);

	  if (index < 0) {
	    return false;
	  }
	  var lastIndex = data.length - 1;
	  if (index == lastIndex) {
	    data.pop();
	  } else {
	    splice.call(data, index, 1);
	  }
	  return true;
	}

	/**
	 * Gets the list cache value for `key`.
	 *
	 * @private
	 * @name get
	 * @memberOf ListCache
	 * @param {string} key The key of the value to get.
	 * @returns {*} Returns the entry value.
	 */
	function listCacheGet(key) {
	  var data = this.__data__,
	      index = assocIndexOf(data, key);

	  return index < 0 ? undefined : data[index][1];
	}

	/**
	 * Checks if a list cache value for `key` exists.
	 *
	 * @private
	 * @name has
	 * @memberOf ListCache
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function listCacheHas(key) {
	  return assocIndexOf(this.__data__, key) > -1;
	}

	/**
	 * Sets the list cache `key` to `value`.
	 *
	 * @private
	 * @name set
	 * @memberOf ListCache
	 * @param {string} key The key of the value to set.
	 * @param {*} value The value to set.
	 * @returns {Object} Returns the list cache instance.
	 */
	function listCacheSet(key, value) {
	  var data = this.__data__,
	      index = assocIndexOf(data, key);

	  if (index < 0) {
	    data.push([key, value]);
	  } else {
	    data[index][1] = value;
	  }
	  return this;
	}

	// Add methods to `ListCache`.
	ListCache.prototype.clear = listCacheClear;
	ListCache.prototype['delete'] = listCacheDelete;
	ListCache.prototype.get = listCacheGet;
	ListCache.prototype.has = listCacheHas;
	ListCache.prototype.set = listCacheSet;

	/**
	 * Creates a map cache object to store key-value pairs.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [entries] The key-value pairs to cache.
	 */
	function MapCache(entries) {
	  var index = -1,
	      length = entries ? entries.length : 0;

	  this.clear();
	  while (++index < length) {
	    var entry = entries[index];
	    this.set(entry[0], entry[1]);
	  }
	}

	/**
	 * Removes all key-value entries from the map.
	 *
	 * @private
	 * @name clear
	 * @memberOf MapCache
	 */
	function mapCacheClear() {
	  this.__data__ = {
	    'hash': new Hash,
	    'map': new (Map || ListCache),
	    'string': new Hash
	  };
	}

	/**
	 * Removes `key` and its value from the map.
	 *
	 * @private
	 * @name delete
	 * @memberOf MapCache
	 * @param {string} key The key of the value to remove.
	 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
	 */
	function mapCacheDelete(key) {
	  return getMapData(this, key)['delete'](key);
	}

	/**
	 * Gets the map value for `key`.
	 *
	 * @private
	 * @name get
	 * @memberOf MapCache
	 * @param {string} key The key of the value to get.
	 * @returns {*} Returns the entry value.
	 */
	function mapCacheGet(key) {
	  return getMapData(this, key).get(key);
	}

	/**
	 * Checks if a map value for `key` exists.
	 *
	 * @private
	 * @name has
	 * @memberOf MapCache
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function mapCacheHas(key) {
	  return getMapData(this, key).has(key);
	}

	/**
	 * Sets the map `key` to `value`.
	 *
	 * @private
	 * @name set
	 * @memberOf MapCache
	 * @param {string} key The key of the value to set.
	 * @param {*} value The value to set.
	 * @returns {Object} Returns the map cache instance.
	 */
	function mapCacheSet(key, value) {
	  getMapData(this, key).set(key, value);
	  return this;
	}

	// Add methods to `MapCache`.
	MapCache.prototype.clear = mapCacheClear;
	MapCache.prototype['delete'] = mapCacheDelete;
	MapCache.prototype.get = mapCacheGet;
	MapCache.prototype.has = mapCacheHas;
	MapCache.prototype.set = mapCacheSet;

	/**
	 *
	 * Creates an array cache object to store unique values.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [values] The values to cache.
	 */
	function SetCache(values) {
	  var index = -1,
	      length = values ? values.length : 0;

	  this.__data__ = new MapCache;
	  while (++index < length) {
	    this.add(values[index]);
	  }
	}

	/**
	 * Adds `value` to the array cache.
	 *
	 * @private
	 * @name add
	 * @memberOf SetCache
	 * @alias push
	 * @param {*} value The value to cache.
	 * @returns {Object} Returns the cache instance.
	 */
	function setCacheAdd(value) {
	  this.__data__.set(value, HASH_UNDEFINED);
	  return this;
	}

	/**
	 * Checks if `value` is in the array cache.
	 *
	 * @private
	 * @name has
	 * @memberOf SetCache
	 * @param {*} value The value to search for.
	 * @returns {number} Returns `true` if `value` is found, else `false`.
	 */
	function setCacheHas(value) {
	  return this.__data__.has(value);
	}

	// Add methods to `SetCache`.
	SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
	SetCache.prototype.has = setCacheHas;

	/**
	 * Gets the index at which the `key` is found in `array` of key-value pairs.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {*} key The key to search for.
	 * @returns {number} Returns the index of the matched value, else `-1`.
	 */
	function assocIndexOf(array, key) {
	  var length = array.length;
	  while (length--) {
	    if (eq(array[length][0], key)) {
	      return length;
	    }
	  }
	  return -1;
	}

	/**
	 * The base implementation of `_.isNative` without bad shim checks.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is a native function,
	 *  else `false`.
	 */
	function baseIsNative(value) {
	  if (!isObject(value) || isMasked(value)) {
	    return false;
	  }
	  var pattern = (isFunction(value) || isHostObject(value)) ? reIsNative : reIsHostCtor;
	  return pattern.test(toSource(value));
	}

	/**
	 * The base implementation of `_.uniqBy` without support for iteratee shorthands.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {Function} [iteratee] The iteratee invoked per element.
	 * @param {Function} [comparator] The comparator invoked per element.
	 * @returns {Array} Returns the new duplicate free array.
	 */
	function baseUniq(array, iteratee, comparator) {
	  var index = -1,
	      includes = arrayIncludes,
	      length = array.length,
	      isCommon = true,
	      result = [],
	      seen = result;

	  if (length >= LARGE_ARRAY_SIZE) {
	    var set = createSet(array);
	    if (set) {
	      return setToArray(set);
	    }
	    isCommon = false;
	    includes = cacheHas;
	    seen = new SetCache;
	  }
	  else {
	    seen = result;
	  }
	  outer:
	  while (++index < length) {
	    var value = array[index],
	        computed = value;

	    value = (value !== 0) ? value : 0;
	    if (isCommon && computed === computed) {
	      var seenIndex = seen.length;
	      while (seenIndex--) {
	        if (seen[seenIndex] === computed) {
	          continue outer;
	        }
	      }
	      result.push(value);
	    }
	    else if (!includes(seen, computed, comparator)) {
	      if (seen !== result) {
	        seen.push(computed);
	      }
	      result.push(value);
	    }
	  }
	  return result;
	}

	/**
	 * Creates a set object of `values`.
	 *
	 * @private
	 * @param {Array} values The values to add to the set.
	 * @returns {Object} Returns the new set.
	 */
	var createSet = !(Set && (1 / setToArray(new Set([,-0]))[1]) == INFINITY) ? noop : function(values) {
	  return new Set(values);
	};

	/**
	 * Gets the data for `map`.
	 *
	 * @private
	 * @param {Object} map The map to query.
	 * @param {string} key The reference key.
	 * @returns {*} Returns the map data.
	 */
	function getMapData(map, key) {
	  var data = map.__data__;
	  return isKeyable(key)
	    ? data[typeof key == 'string' ? 'string' : 'hash']
	    : data.map;
	}

	/**
	 * Gets the native function at `key` of `object`.
	 *
	 * @private
	 * @param {Object} object The object to query.
	 * @param {string} key The key of the method to get.
	 * @returns {*} Returns the function if it's native, else `undefined`.
	 */
	function getNative(object, key) {
	  var value = getValue(object, key);
	  return baseIsNative(value) ? value : undefined;
	}

	/**
	 * Checks if `value` is suitable for use as unique object key.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is suitable, else `false`.
	 */
	function isKeyable(value) {
	  var type = typeof value;
	  return (type == 'string' || type == 'number' || type == 'symbol' || type == 'boolean')
	    ? (value !== '__proto__')
	    : (value === null);
	}

	/**
	 * Checks if `func` has its source masked.
	 *
	 * @private
	 * @param {Function} func The function to check.
	 * @returns {boolean} Returns `true` if `func` is masked, else `false`.
	 */
	function isMasked(func) {
	  return !!maskSrcKey && (maskSrcKey in func);
	}

	/**
	 * Converts `func` to its source code.
	 *
	 * @private
	 * @param {Function} func The function to process.
	 * @returns {string} Returns the source code.
	 */
	function toSource(func) {
	  if (func != null) {
	    try {
	      return funcToString.call(func);
	    } catch (e) {}
	    try {
	      return (func + '');
	    } catch (e) {}
	  }
	  return '';
	}

	/**
	 * Creates a duplicate-free version of an array, using
	 * [`SameValueZero`](http://ecma-international.org/ecma-262/7.0/#sec-samevaluezero)
	 * for equality comparisons, in which only the first occurrence of each
	 * element is kept.
	 *
	 * @static
	 * @memberOf _
	 * @since 0.1.0
	 * @category Array
	 * @param {Array} array The array to inspect.
	 * @returns {Array} Returns the new duplicate free array.
	 * @example
	 *
	 * _.uniq([2, 1, 2]);
	 * // => [2, 1]
	 */
	function uniq(array) {
	  return (array && array.length)
	    ? baseUniq(array)
	    : [];
	}

	/**
	 * Performs a
	 * [`SameValueZero`](http://ecma-international.org/ecma-262/7.0/#sec-samevaluezero)
	 * comparison between two values to determine if they are equivalent.
	 *
	 * @static
	 * @memberOf _
	 * @since 4.0.0
	 * @category Lang
	 * @param {*} value The value to compare.
	 * @param {*} other The other value to compare.
	 * @returns {boolean} Returns `true` if the values are equivalent, else `false`.
	 * @example
	 *
	 * var object = { 'a': 1 };
	 * var other = { 'a': 1 };
	 *
	 * _.eq(object, object);
	 * // => true
	 *
	 * _.eq(object, other);
	 * // => false
	 *
	 * _.eq('a', 'a');
	 * // => true
	 *
	 * _.eq('a', Object('a'));
	 * // => false
	 *
	 * _.eq(NaN, NaN);
	 * // => true
	 */
	function eq(value, other) {
	  return value === other || (value !== value && other !== other);
	}

	/**
	 * Checks if `value` is classified as a `Function` object.
	 *
	 * @static
	 * @memberOf _
	 * @since 0.1.0
	 * @category Lang
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is a function, else `false`.
	 * @example
	 *
	 * _.isFunction(_);
	 * // => true
	 *
	 * _.isFunction(/abc/);
	 * // => false
	 */
	function isFunction(value) {
	  // The use of `Object#toString` avoids issues with the `typeof` operator
	  // in Safari 8-9 which returns 'object' for typed array and other constructors.
	  var tag = isObject(value) ? objectToString.call(value) : '';
	  return tag == funcTag || tag == genTag;
	}

	/**
	 * Checks if `value` is the
	 * [language type](http://www.ecma-international.org/ecma-262/7.0/#sec-ecmascript-language-types)
	 * of `Object`. (e.g. arrays, functions, objects, regexes, `new Number(0)`, and `new String('')`)
	 *
	 * @static
	 * @memberOf _
	 * @since 0.1.0
	 * @category Lang
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is an object, else `false`.
	 * @example
	 *
	 * _.isObject({});
	 * // => true
	 *
	 * _.isObject([1, 2, 3]);
	 * // => true
	 *
	 * _.isObject(_.noop);
	 * // => true
	 *
	 * _.isObject(null);
	 * // => false
	 */
	function isObject(value) {
	  var type = typeof value;
	  return !!value && (type == 'object' || type == 'function');
	}

	/**
	 * This method returns `undefined`.
	 *
	 * @static
	 * @memberOf _
	 * @since 2.3.0
	 * @category Util
	 * @example
	 *
	 * _.times(2, _.noop);
	 * // => [undefined, undefined]
	 */
	function noop() {
	  // No operation performed.
	}

	lodash_uniq = uniq;
	return lodash_uniq;
}

/**
 * lodash (Custom Build) <https://lodash.com/>
 * Build: `lodash modularize exports="npm" -o ./`
 * Copyright jQuery Foundation and other contributors <https://jquery.org/>
 * Released under MIT license <https://lodash.com/license>
 * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
 * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
 */

var lodash_uniqwith;
var hasRequiredLodash_uniqwith;

function requireLodash_uniqwith () {
	if (hasRequiredLodash_uniqwith) return lodash_uniqwith;
	hasRequiredLodash_uniqwith = 1;
	/** Used as the size to enable large array optimizations. */
	var LARGE_ARRAY_SIZE = 200;

	/** Used to stand-in for `undefined` hash values. */
	var HASH_UNDEFINED = '__lodash_hash_undefined__';

	/** Used as references for various `Number` constants. */
	var INFINITY = 1 / 0;

	/** `Object#toString` result references. */
	var funcTag = '[object Function]',
	    genTag = '[object GeneratorFunction]';

	/**
	 * Used to match `RegExp`
	 * [syntax characters](http://ecma-international.org/ecma-262/7.0/#sec-patterns).
	 */
	var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;

	/** Used to detect host constructors (Safari). */
	var reIsHostCtor = /^\[object .+?Constructor\]$/;

	/** Detect free variable `global` from Node.js. */
	var freeGlobal = typeof commonjsGlobal == 'object' && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;

	/** Detect free variable `self`. */
	var freeSelf = typeof self == 'object' && self && self.Object === Object && self;

	/** Used as a reference to the global object. */
	var root = freeGlobal || freeSelf || Function('return this')();

	/**
	 * A specialized version of `_.includes` for arrays without support for
	 * specifying an index to search from.
	 *
	 * @private
	 * @param {Array} [array] The array to inspect.
	 * @param {*} target The value to search for.
	 * @returns {boolean} Returns `true` if `target` is found, else `false`.
	 */
	function arrayIncludes(array, value) {
	  var length = array ? array.length : 0;
	  return !!length && baseIndexOf(array, value, 0) > -1;
	}

	/**
	 * This function is like `arrayIncludes` except that it accepts a comparator.
	 *
	 * @private
	 * @param {Array} [array] The array to inspect.
	 * @param {*} target The value to search for.
	 * @param {Function} comparator The comparator invoked per element.
	 * @returns {boolean} Returns `true` if `target` is found, else `false`.
	 */
	function arrayIncludesWith(array, value, comparator) {
	  var index = -1,
	      length = array ? array.length : 0;

	  while (++index < length) {
	    if (comparator(value, array[index])) {
	      return true;
	    }
	  }
	  return false;
	}

	/**
	 * The base implementation of `_.findIndex` and `_.findLastIndex` without
	 * support for iteratee shorthands.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {Function} predicate The function invoked per iteration.
	 * @param {number} fromIndex The index to search from.
	 * @param {boolean} [fromRight] Specify iterating from right to left.
	 * @returns {number} Returns the index of the matched value, else `-1`.
	 */
	function baseFindIndex(array, predicate, fromIndex, fromRight) {
	  var length = array.length,
	      index = fromIndex + (-1);

	  while ((++index < length)) {
	    if (predicate(array[index], index, array)) {
	      return index;
	    }
	  }
	  return -1;
	}

	/**
	 * The base implementation of `_.indexOf` without `fromIndex` bounds checks.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {*} value The value to search for.
	 * @param {number} fromIndex The index to search from.
	 * @returns {number} Returns the index of the matched value, else `-1`.
	 */
	function baseIndexOf(array, value, fromIndex) {
	  if (value !== value) {
	    return baseFindIndex(array, baseIsNaN, fromIndex);
	  }
	  var index = fromIndex - 1,
	      length = array.length;

	  while (++index < length) {
	    if (array[index] === value) {
	      return index;
	    }
	  }
	  return -1;
	}

	/**
	 * The base implementation of `_.isNaN` without support for number objects.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is `NaN`, else `false`.
	 */
	function baseIsNaN(value) {
	  return value !== value;
	}

	/**
	 * Checks if a cache value for `key` exists.
	 *
	 * @private
	 * @param {Object} cache The cache to query.
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function cacheHas(cache, key) {
	  return cache.has(key);
	}

	/**
	 * Gets the value at `key` of `object`.
	 *
	 * @private
	 * @param {Object} [object] The object to query.
	 * @param {string} key The key of the property to get.
	 * @returns {*} Returns the property value.
	 */
	function getValue(object, key) {
	  return object == null ? undefined : object[key];
	}

	/**
	 * Checks if `value` is a host object in IE < 9.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is a host object, else `false`.
	 */
	function isHostObject(value) {
	  // Many host objects are `Object` objects that can coerce to strings
	  // despite having improperly defined `toString` methods.
	  var result = false;
	  if (value != null && typeof value.toString != 'function') {
	    try {
	      result = !!(value + '');
	    } catch (e) {}
	  }
	  return result;
	}

	/**
	 * Converts `set` to an array of its values.
	 *
	 * @private
	 * @param {Object} set The set to convert.
	 * @returns {Array} Returns the values.
	 */
	function setToArray(set) {
	  var index = -1,
	      result = Array(set.size);

	  set.forEach(function(value) {
	    result[++index] = value;
	  });
	  return result;
	}

	/** Used for built-in method references. */
	var arrayProto = Array.prototype,
	    funcProto = Function.prototype,
	    objectProto = Object.prototype;

	/** Used to detect overreaching core-js shims. */
	var coreJsData = root['__core-js_shared__'];

	/** Used to detect methods masquerading as native. */
	var maskSrcKey = (function() {
	  var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || '');
	  return uid ? ('Symbol(src)_1.' + uid) : '';
	}());

	/** Used to resolve the decompiled source of functions. */
	var funcToString = funcProto.toString;

	/** Used to check objects for own properties. */
	var hasOwnProperty = objectProto.hasOwnProperty;

	/**
	 * Used to resolve the
	 * [`toStringTag`](http://ecma-international.org/ecma-262/7.0/#sec-object.prototype.tostring)
	 * of values.
	 */
	var objectToString = objectProto.toString;

	/** Used to detect if a method is native. */
	var reIsNative = RegExp('^' +
	  funcToString.call(hasOwnProperty).replace(reRegExpChar, '\\$&')
	  .replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, '$1.*?') + '$'
	);

	/** Built-in value references. */
	var splice = arrayProto.splice;

	/* Built-in method references that are verified to be native. */
	var Map = getNative(root, 'Map'),
	    Set = getNative(root, 'Set'),
	    nativeCreate = getNative(Object, 'create');

	/**
	 * Creates a hash object.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [entries] The key-value pairs to cache.
	 */
	function Hash(entries) {
	  var index = -1,
	      length = entries ? entries.length : 0;

	  this.clear();
	  while (++index < length) {
	    var entry = entries[index];
	    this.set(entry[0], entry[1]);
	  }
	}

	/**
	 * Removes all key-value entries from the hash.
	 *
	 * @private
	 * @name clear
	 * @memberOf Hash
	 */
	function hashClear() {
	  this.__data__ = nativeCreate ? nativeCreate(null) : {};
	}

	/**
	 * Removes `key` and its value from the hash.
	 *
	 * @private
	 * @name delete
	 * @memberOf Hash
	 * @param {Object} hash The hash to modify.
	 * @param {string} key The key of the value to remove.
	 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
	 */
	function hashDelete(key) {
	  return this.has(key) && delete this.__data__[key];
	}

	/**
	 * Gets the hash value for `key`.
	 *
	 * @private
	 * @name get
	 * @memberOf Hash
	 * @param {string} key The key of the value to get.
	 * @returns {*} Returns the entry value.
	 */
	function hashGet(key) {
	  var data = this.__data__;
	  if (nativeCreate) {
	    var result = data[key];
	    return result === HASH_UNDEFINED ? undefined : result;
	  }
	  return hasOwnProperty.call(data, key) ? data[key] : undefined;
	}

	/**
	 * Checks if a hash value for `key` exists.
	 *
	 * @private
	 * @name has
	 * @memberOf Hash
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function hashHas(key) {
	  var data = this.__data__;
	  return nativeCreate ? data[key] !== undefined : hasOwnProperty.call(data, key);
	}

	/**
	 * Sets the hash `key` to `value`.
	 *
	 * @private
	 * @name set
	 * @memberOf Hash
	 * @param {string} key The key of the value to set.
	 * @param {*} value The value to set.
	 * @returns {Object} Returns the hash instance.
	 */
	function hashSet(key, value) {
	  var data = this.__data__;
	  data[key] = (nativeCreate && value === undefined) ? HASH_UNDEFINED : value;
	  return this;
	}

	// Add methods to `Hash`.
	Hash.prototype.clear = hashClear;
	Hash.prototype['delete'] = hashDelete;
	Hash.prototype.get = hashGet;
	Hash.prototype.has = hashHas;
	Hash.prototype.set = hashSet;

	/**
	 * Creates an list cache object.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [entries] The key-value pairs to cache.
	 */
	function ListCache(entries) {
	  var index = -1,
	      length = entries ? entries.length : 0;

	  this.clear();
	  while (++index < length) {
	    var entry = entries[index];
	    this.set(entry[0], entry[1]);
	  }
	}

	/**
	 * Removes all key-value entries from the list cache.
	 *
	 * @private
	 * @name clear
	 * @memberOf ListCache
	 */
	function listCacheClear() {
	  this.__data__ = [];
	}

	/**
	 * Removes `key` and its value from the list cache.
	 *
	 * @private
	 * @name delete
	 * @memberOf ListCache
	 * @param {string} key The key of the value to remove.
	 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
	 */
	function listCacheDelete(key) {
	  var data = this.__data__,
	      index = assocIndexOf(data, key);

	  if (index < 0) {
	    return false;
	  }
	  var lastIndex = data.length - 1;
	  if (index == lastIndex) {
	    data.pop();
	  } else {
	    splice.call(data, index, 1);
	  }
	  return true;
	}

	/**
	 * Gets the list cache value for `key`.
	 *
	 * @private
	 * @name get
	 * @memberOf ListCache
	 * @param {string} key The key of the value to get.
	 * @returns {*} Returns the entry value.
	 */
	function listCacheGet(key) {
	  var data = this.__data__,
	      index = assocIndexOf(data, key);

	  return index < 0 ? undefined : data[index][1];
	}

	/**
	 * Checks if a list cache value for `key` exists.
	 *
	 * @private
	 * @name has
	 * @memberOf ListCache
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function listCacheHas(key) {
	  return assocIndexOf(this.__data__, key) > -1;
	}

	/**
	 * Sets the list cache `key` to `value`.
	 *
	 * @private
	 * @name set
	 * @memberOf ListCache
	 * @param {string} key The key of the value to set.
	 * @param {*} value The value to set.
	 * @returns {Object} Returns the list cache instance.
	 */
	function listCacheSet(key, value) {
	  var data = this.__data__,
	      index = assocIndexOf(data, key);

	  if (index < 0) {
	    data.push([key, value]);
	  } else {
	    data[index][1] = value;
	  }
	  return this;
	}

	// Add methods to `ListCache`.
	ListCache.prototype.clear = listCacheClear;
	ListCache.prototype['delete'] = listCacheDelete;
	ListCache.prototype.get = listCacheGet;
	ListCache.prototype.has = listCacheHas;
	ListCache.prototype.set = listCacheSet;

	/**
	 * Creates a map cache object to store key-value pairs.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [entries] The key-value pairs to cache.
	 */
	function MapCache(entries) {
	  var index = -1,
	      length = entries ? entries.length : 0;

	  this.clear();
	  while (++index < length) {
	    var entry = entries[index];
	    this.set(entry[0], entry[1]);
	  }
	}

	/**
	 * Removes all key-value entries from the map.
	 *
	 * @private
	 * @name clear
	 * @memberOf MapCache
	 */
	function mapCacheClear() {
	  this.__data__ = {
	    'hash': new Hash,
	    'map': new (Map || ListCache),
	    'string': new Hash
	  };
	}

	/**
	 * Removes `key` and its value from the map.
	 *
	 * @private
	 * @name delete
	 * @memberOf MapCache
	 * @param {string} key The key of the value to remove.
	 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
	 */
	function mapCacheDelete(key) {
	  return getMapData(this, key)['delete'](key);
	}

	/**
	 * Gets the map value for `key`.
	 *
	 * @private
	 * @name get
	 * @memberOf MapCache
	 * @param {string} key The key of the value to get.
	 * @returns {*} Returns the entry value.
	 */
	function mapCacheGet(key) {
	  return getMapData(this, key).get(key);
	}

	/**
	 * Checks if a map value for `key` exists.
	 *
	 * @private
	 * @name has
	 * @memberOf MapCache
	 * @param {string} key The key of the entry to check.
	 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
	 */
	function mapCacheHas(key) {
	  return getMapData(this, key).has(key);
	}

	/**
	 * Sets the map `key` to `value`.
	 *
	 * @private
	 * @name set
	 * @memberOf MapCache
	 * @param {string} key The key of the value to set.
	 * @param {*} value The value to set.
	 * @returns {Object} Returns the map cache instance.
	 */
	function mapCacheSet(key, value) {
	  getMapData(this, key).set(key, value);
	  return this;
	}

	// Add methods to `MapCache`.
	MapCache.prototype.clear = mapCacheClear;
	MapCache.prototype['delete'] = mapCacheDelete;
	MapCache.prototype.get = mapCacheGet;
	MapCache.prototype.has = mapCacheHas;
	MapCache.prototype.set = mapCacheSet;

	/**
	 *
	 * Creates an array cache object to store unique values.
	 *
	 * @private
	 * @constructor
	 * @param {Array} [values] The values to cache.
	 */
	function SetCache(values) {
	  var index = -1,
	      length = values ? values.length : 0;

	  this.__data__ = new MapCache;
	  while (++index < length) {
	    this.add(values[index]);
	  }
	}

	/**
	 * Adds `value` to the array cache.
	 *
	 * @private
	 * @name add
	 * @memberOf SetCache
	 * @alias push
	 * @param {*} value The value to cache.
	 * @returns {Object} Returns the cache instance.
	 */
	function setCacheAdd(value) {
	  this.__data__.set(value, HASH_UNDEFINED);
	  return this;
	}

	/**
	 * Checks if `value` is in the array cache.
	 *
	 * @private
	 * @name has
	 * @memberOf SetCache
	 * @param {*} value The value to search for.
	 * @returns {number} Returns `true` if `value` is found, else `false`.
	 */
	function setCacheHas(value) {
	  return this.__data__.has(value);
	}

	// Add methods to `SetCache`.
	SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
	SetCache.prototype.has = setCacheHas;

	/**
	 * Gets the index at which the `key` is found in `array` of key-value pairs.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {*} key The key to search for.
	 * @returns {number} Returns the index of the matched value, else `-1`.
	 */
	function assocIndexOf(array, key) {
	  var length = array.length;
	  while (length--) {
	    if (eq(array[length][0], key)) {
	      return length;
	    }
	  }
	  return -1;
	}

	/**
	 * The base implementation of `_.isNative` without bad shim checks.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is a native function,
	 *  else `false`.
	 */
	function baseIsNative(value) {
	  if (!isObject(value) || isMasked(value)) {
	    return false;
	  }
	  var pattern = (isFunction(value) || isHostObject(value)) ? reIsNative : reIsHostCtor;
	  return pattern.test(toSource(value));
	}

	/**
	 * The base implementation of `_.uniqBy` without support for iteratee shorthands.
	 *
	 * @private
	 * @param {Array} array The array to inspect.
	 * @param {Function} [iteratee] The iteratee invoked per element.
	 * @param {Function} [comparator] The comparator invoked per element.
	 * @returns {Array} Returns the new duplicate free array.
	 */
	function baseUniq(array, iteratee, comparator) {
	  var index = -1,
	      includes = arrayIncludes,
	      length = array.length,
	      isCommon = true,
	      result = [],
	      seen = result;

	  if (comparator) {
	    isCommon = false;
	    includes = arrayIncludesWith;
	  }
	  else if (length >= LARGE_ARRAY_SIZE) {
	    var set = createSet(array);
	    if (set) {
	      return setToArray(set);
	    }
	    isCommon = false;
	    includes = cacheHas;
	    seen = new SetCache;
	  }
	  else {
	    seen = result;
	  }
	  outer:
	  while (++index < length) {
	    var value = array[index],
	        computed = value;

	    value = (comparator || value !== 0) ? value : 0;
	    if (isCommon && computed === computed) {
	      var seenIndex = seen.length;
	      while (seenIndex--) {
	        if (seen[seenIndex] === computed) {
	          continue outer;
	        }
	      }
	      result.push(value);
	    }
	    else if (!includes(seen, computed, comparator)) {
	      if (seen !== result) {
	        seen.push(computed);
	      }
	      result.push(value);
	    }
	  }
	  return result;
	}

	/**
	 * Creates a set object of `values`.
	 *
	 * @private
	 * @param {Array} values The values to add to the set.
	 * @returns {Object} Returns the new set.
	 */
	var createSet = !(Set && (1 / setToArray(new Set([,-0]))[1]) == INFINITY) ? noop : function(values) {
	  return new Set(values);
	};

	/**
	 * Gets the data for `map`.
	 *
	 * @private
	 * @param {Object} map The map to query.
	 * @param {string} key The reference key.
	 * @returns {*} Returns the map data.
	 */
	function getMapData(map, key) {
	  var data = map.__data__;
	  return isKeyable(key)
	    ? data[typeof key == 'string' ? 'string' : 'hash']
	    : data.map;
	}

	/**
	 * Gets the native function at `key` of `object`.
	 *
	 * @private
	 * @param {Object} object The object to query.
	 * @param {string} key The key of the method to get.
	 * @returns {*} Returns the function if it's native, else `undefined`.
	 */
	function getNative(object, key) {
	  var value = getValue(object, key);
	  return baseIsNative(value) ? value : undefined;
	}

	/**
	 * Checks if `value` is suitable for use as unique object key.
	 *
	 * @private
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is suitable, else `false`.
	 */
	function isKeyable(value) {
	  var type = typeof value;
	  return (type == 'string' || type == 'number' || type == 'symbol' || type == 'boolean')
	    ? (value !== '__proto__')
	    : (value === null);
	}

	/**
	 * Checks if `func` has its source masked.
	 *
	 * @private
	 * @param {Function} func The function to check.
	 * @returns {boolean} Returns `true` if `func` is masked, else `false`.
	 */
	function isMasked(func) {
	  return !!maskSrcKey && (maskSrcKey in func);
	}

	/**
	 * Converts `func` to its source code.
	 *
	 * @private
	 * @param {Function} func The function to process.
	 * @returns {string} Returns the source code.
	 */
	function toSource(func) {
	  if (func != null) {
	    try {
	      return funcToString.call(func);
	    } catch (e) {}
	    try {
	      return (func + '');
	    } catch (e) {}
	  }
	  return '';
	}

	/**
	 * This method is like `_.uniq` except that it accepts `comparator` which
	 * is invoked to compare elements of `array`. The comparator is invoked with
	 * two arguments: (arrVal, othVal).
	 *
	 * @static
	 * @memberOf _
	 * @since 4.0.0
	 * @category Array
	 * @param {Array} array The array to inspect.
	 * @param {Function} [comparator] The comparator invoked per element.
	 * @returns {Array} Returns the new duplicate free array.
	 * @example
	 *
	 * var objects = [{ 'x': 1, 'y': 2 }, { 'x': 2, 'y': 1 }, { 'x': 1, 'y': 2 }];
	 *
	 * _.uniqWith(objects, _.isEqual);
	 * // => [{ 'x': 1, 'y': 2 }, { 'x': 2, 'y': 1 }]
	 */
	function uniqWith(array, comparator) {
	  return (array && array.length)
	    ? baseUniq(array, undefined, comparator)
	    : [];
	}

	/**
	 * Performs a
	 * [`SameValueZero`](http://ecma-international.org/ecma-262/7.0/#sec-samevaluezero)
	 * comparison between two values to determine if they are equivalent.
	 *
	 * @static
	 * @memberOf _
	 * @since 4.0.0
	 * @category Lang
	 * @param {*} value The value to compare.
	 * @param {*} other The other value to compare.
	 * @returns {boolean} Returns `true` if the values are equivalent, else `false`.
	 * @example
	 *
	 * var object = { 'a': 1 };
	 * var other = { 'a': 1 };
	 *
	 * _.eq(object, object);
	 * // => true
	 *
	 * _.eq(object, other);
	 * // => false
	 *
	 * _.eq('a', 'a');
	 * // => true
	 *
	 * _.eq('a', Object('a'));
	 * // => false
	 *
	 * _.eq(NaN, NaN);
	 * // => true
	 */
	function eq(value, other) {
	  return value === other || (value !== value && other !== other);
	}

	/**
	 * Checks if `value` is classified as a `Function` object.
	 *
	 * @static
	 * @memberOf _
	 * @since 0.1.0
	 * @category Lang
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is a function, else `false`.
	 * @example
	 *
	 * _.isFunction(_);
	 * // => true
	 *
	 * _.isFunction(/abc/);
	 * // => false
	 */
	function isFunction(value) {
	  // The use of `Object#toString` avoids issues with the `typeof` operator
	  // in Safari 8-9 which returns 'object' for typed array and other constructors.
	  var tag = isObject(value) ? objectToString.call(value) : '';
	  return tag == funcTag || tag == genTag;
	}

	/**
	 * Checks if `value` is the
	 * [language type](http://www.ecma-international.org/ecma-262/7.0/#sec-ecmascript-language-types)
	 * of `Object`. (e.g. arrays, functions, objects, regexes, `new Number(0)`, and `new String('')`)
	 *
	 * @static
	 * @memberOf _
	 * @since 0.1.0
	 * @category Lang
	 * @param {*} value The value to check.
	 * @returns {boolean} Returns `true` if `value` is an object, else `false`.
	 * @example
	 *
	 * _.isObject({});
	 * // => true
	 *
	 * _.isObject([1, 2, 3]);
	 * // => true
	 *
	 * _.isObject(_.noop);
	 * // => true
	 *
	 * _.isObject(null);
	 * // => false
	 */
	function isObject(value) {
	  var type = typeof value;
	  return !!value && (type == 'object' || type == 'function');
	}

	/**
	 * This method returns `undefined`.
	 *
	 * @static
	 * @memberOf _
	 * @since 2.3.0
	 * @category Util
	 * @example
	 *
	 * _.times(2, _.noop);
	 * // => [undefined, undefined]
	 */
	function noop() {
	  // No operation performed.
	}

	lodash_uniqwith = uniqWith;
	return lodash_uniqwith;
}

var lodash_sortby = {exports: {}};

/**
 * lodash (Custom Build) <https://lodash.com/>
 * Build: `lodash modularize exports="npm" -o ./`
 * Copyright jQuery Foundation and other contributors <https://jquery.org/>
 * Released under MIT license <https://lodash.com/license>
 * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
 * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
 */
lodash_sortby.exports;

var hasRequiredLodash_sortby;

function requireLodash_sortby () {
	if (hasRequiredLodash_sortby) return lodash_sortby.exports;
	hasRequiredLodash_sortby = 1;
	(function (module, exports) {
		/** Used as the size to enable large array optimizations. */
		var LARGE_ARRAY_SIZE = 200;

		/** Used as the `TypeError` message for "Functions" methods. */
		var FUNC_ERROR_TEXT = 'Expected a function';

		/** Used to stand-in for `undefined` hash values. */
		var HASH_UNDEFINED = '__lodash_hash_undefined__';

		/** Used to compose bitmasks for comparison styles. */
		var UNORDERED_COMPARE_FLAG = 1,
		    PARTIAL_COMPARE_FLAG = 2;

		/** Used as references for various `Number` constants. */
		var MAX_SAFE_INTEGER = 9007199254740991;

		/** `Object#toString` result references. */
		var argsTag = '[object Arguments]',
		    arrayTag = '[object Array]',
		    boolTag = '[object Boolean]',
		    dateTag = '[object Date]',
		    errorTag = '[object Error]',
		    funcTag = '[object Function]',
		    genTag = '[object GeneratorFunction]',
		    mapTag = '[object Map]',
		    numberTag = '[object Number]',
		    objectTag = '[object Object]',
		    promiseTag = '[object Promise]',
		    regexpTag = '[object RegExp]',
		    setTag = '[object Set]',
		    stringTag = '[object String]',
		    symbolTag = '[object Symbol]',
		    weakMapTag = '[object WeakMap]';

		var arrayBufferTag = '[object ArrayBuffer]',
		    dataViewTag = '[object DataView]',
		    float32Tag = '[object Float32Array]',
		    float64Tag = '[object Float64Array]',
		    int8Tag = '[object Int8Array]',
		    int16Tag = '[object Int16Array]',
		    int32Tag = '[object Int32Array]',
		    uint8Tag = '[object Uint8Array]',
		    uint8ClampedTag = '[object Uint8ClampedArray]',
		    uint16Tag = '[object Uint16Array]',
		    uint32Tag = '[object Uint32Array]';

		/** Used to match property names within property paths. */
		var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,
		    reIsPlainProp = /^\w*$/,
		    reLeadingDot = /^\./,
		    rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;

		/**
		 * Used to match `RegExp`
		 * [syntax characters](http://ecma-international.org/ecma-262/7.0/#sec-patterns).
		 */
		var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;

		/** Used to match backslashes in property paths. */
		var reEscapeChar = /\\(\\)?/g;

		/** Used to detect host constructors (Safari). */
		var reIsHostCtor = /^\[object .+?Constructor\]$/;

		/** Used to detect unsigned integer values. */
		var reIsUint = /^(?:0|[1-9]\d*)$/;

		/** Used to identify `toStringTag` values of typed arrays. */
		var typedArrayTags = {};
		typedArrayTags[float32Tag] = typedArrayTags[float64Tag] =
		typedArrayTags[int8Tag] = typedArrayTags[int16Tag] =
		typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] =
		typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] =
		typedArrayTags[uint32Tag] = true;
		typedArrayTags[argsTag] = typedArrayTags[arrayTag] =
		typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] =
		typedArrayTags[dataViewTag] = typedArrayTags[dateTag] =
		typedArrayTags[errorTag] = typedArrayTags[funcTag] =
		typedArrayTags[mapTag] = typedArrayTags[numberTag] =
		typedArrayTags[objectTag] = typedArrayTags[regexpTag] =
		typedArrayTags[setTag] = typedArrayTags[stringTag] =
		typedArrayTags[weakMapTag] = false;

		/** Detect free variable `global` from Node.js. */
		var freeGlobal = typeof commonjsGlobal == 'object' && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;

		/** Detect free variable `self`. */
		var freeSelf = typeof self == 'object' && self && self.Object === Object && self;

		/** Used as a reference to the global object. */
		var root = freeGlobal || freeSelf || Function('return this')();

		/** Detect free variable `exports`. */
		var freeExports = exports && !exports.nodeType && exports;

		/** Detect free variable `module`. */
		var freeModule = freeExports && 'object' == 'object' && module && !module.nodeType && module;

		/** Detect the popular CommonJS extension `module.exports`. */
		var moduleExports = freeModule && freeModule.exports === freeExports;

		/** Detect free variable `process` from Node.js. */
		var freeProcess = moduleExports && freeGlobal.process;

		/** Used to access faster Node.js helpers. */
		var nodeUtil = (function() {
		  try {
		    return freeProcess && freeProcess.binding('util');
		  } catch (e) {}
		}());

		/* Node.js helper references. */
		var nodeIsTypedArray = nodeUtil && nodeUtil.isTypedArray;

		/**
		 * A faster alternative to `Function#apply`, this function invokes `func`
		 * with the `this` binding of `thisArg` and the arguments of `args`.
		 *
		 * @private
		 * @param {Function} func The function to invoke.
		 * @param {*} thisArg The `this` binding of `func`.
		 * @param {Array} args The arguments to invoke `func` with.
		 * @returns {*} Returns the result of `func`.
		 */
		function apply(func, thisArg, args) {
		  switch (args.length) {
		    case 0: return func.call(thisArg);
		    case 1: return func.call(thisArg, args[0]);
		    case 2: return func.call(thisArg, args[0], args[1]);
		    case 3: return func.call(thisArg, args[0], args[1], args[2]);
		  }
		  return func.apply(thisArg, args);
		}

		/**
		 * A specialized version of `_.map` for arrays without support for iteratee
		 * shorthands.
		 *
		 * @private
		 * @param {Array} [array] The array to iterate over.
		 * @param {Function} iteratee The function invoked per iteration.
		 * @returns {Array} Returns the new mapped array.
		 */
		function arrayMap(array, iteratee) {
		  var index = -1,
		      length = array ? array.length : 0,
		      result = Array(length);

		  while (++index < length) {
		    result[index] = iteratee(array[index], index, array);
		  }
		  return result;
		}

		/**
		 * Appends the elements of `values` to `array`.
		 *
		 * @private
		 * @param {Array} array The array to modify.
		 * @param {Array} values The values to append.
		 * @returns {Array} Returns `array`.
		 */
		function arrayPush(array, values) {
		  var index = -1,
		      length = values.length,
		      offset = array.length;

		  while (++index < length) {
		    array[offset + index] = values[index];
		  }
		  return array;
		}

		/**
		 * A specialized version of `_.some` for arrays without support for iteratee
		 * shorthands.
		 *
		 * @private
		 * @param {Array} [array] The array to iterate over.
		 * @param {Function} predicate The function invoked per iteration.
		 * @returns {boolean} Returns `true` if any element passes the predicate check,
		 *  else `false`.
		 */
		function arraySome(array, predicate) {
		  var index = -1,
		      length = array ? array.length : 0;

		  while (++index < length) {
		    if (predicate(array[index], index, array)) {
		      return true;
		    }
		  }
		  return false;
		}

		/**
		 * The base implementation of `_.property` without support for deep paths.
		 *
		 * @private
		 * @param {string} key The key of the property to get.
		 * @returns {Function} Returns the new accessor function.
		 */
		function baseProperty(key) {
		  return function(object) {
		    return object == null ? undefined : object[key];
		  };
		}

		/**
		 * The base implementation of `_.sortBy` which uses `comparer` to define the
		 * sort order of `array` and replaces criteria objects with their corresponding
		 * values.
		 *
		 * @private
		 * @param {Array} array The array to sort.
		 * @param {Function} comparer The function to define sort order.
		 * @returns {Array} Returns `array`.
		 */
		function baseSortBy(array, comparer) {
		  var length = array.length;

		  array.sort(comparer);
		  while (length--) {
		    array[length] = array[length].value;
		  }
		  return array;
		}

		/**
		 * The base implementation of `_.times` without support for iteratee shorthands
		 * or max array length checks.
		 *
		 * @private
		 * @param {number} n The number of times to invoke `iteratee`.
		 * @param {Function} iteratee The function invoked per iteration.
		 * @returns {Array} Returns the array of results.
		 */
		function baseTimes(n, iteratee) {
		  var index = -1,
		      result = Array(n);

		  while (++index < n) {
		    result[index] = iteratee(index);
		  }
		  return result;
		}

		/**
		 * The base implementation of `_.unary` without support for storing metadata.
		 *
		 * @private
		 * @param {Function} func The function to cap arguments for.
		 * @returns {Function} Returns the new capped function.
		 */
		function baseUnary(func) {
		  return function(value) {
		    return func(value);
		  };
		}

		/**
		 * Gets the value at `key` of `object`.
		 *
		 * @private
		 * @param {Object} [object] The object to query.
		 * @param {string} key The key of the property to get.
		 * @returns {*} Returns the property value.
		 */
		function getValue(object, key) {
		  return object == null ? undefined : object[key];
		}

		/**
		 * Checks if `value` is a host object in IE < 9.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a host object, else `false`.
		 */
		function isHostObject(value) {
		  // Many host objects are `Object` objects that can coerce to strings
		  // despite having improperly defined `toString` methods.
		  var result = false;
		  if (value != null && typeof value.toString != 'function') {
		    try {
		      result = !!(value + '');
		    } catch (e) {}
		  }
		  return result;
		}

		/**
		 * Converts `map` to its key-value pairs.
		 *
		 * @private
		 * @param {Object} map The map to convert.
		 * @returns {Array} Returns the key-value pairs.
		 */
		function mapToArray(map) {
		  var index = -1,
		      result = Array(map.size);

		  map.forEach(function(value, key) {
		    result[++index] = [key, value];
		  });
		  return result;
		}

		/**
		 * Creates a unary function that invokes `func` with its argument transformed.
		 *
		 * @private
		 * @param {Function} func The function to wrap.
		 * @param {Function} transform The argument transform.
		 * @returns {Function} Returns the new function.
		 */
		function overArg(func, transform) {
		  return function(arg) {
		    return func(transform(arg));
		  };
		}

		/**
		 * Converts `set` to an array of its values.
		 *
		 * @private
		 * @param {Object} set The set to convert.
		 * @returns {Array} Returns the values.
		 */
		function setToArray(set) {
		  var index = -1,
		      result = Array(set.size);

		  set.forEach(function(value) {
		    result[++index] = value;
		  });
		  return result;
		}

		/** Used for built-in method references. */
		var arrayProto = Array.prototype,
		    funcProto = Function.prototype,
		    objectProto = Object.prototype;

		/** Used to detect overreaching core-js shims. */
		var coreJsData = root['__core-js_shared__'];

		/** Used to detect methods masquerading as native. */
		var maskSrcKey = (function() {
		  var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || '');
		  return uid ? ('Symbol(src)_1.' + uid) : '';
		}());

		/** Used to resolve the decompiled source of functions. */
		var funcToString = funcProto.toString;

		/** Used to check objects for own properties. */
		var hasOwnProperty = objectProto.hasOwnProperty;

		/**
		 * Used to resolve the
		 * [`toStringTag`](http://ecma-international.org/ecma-262/7.0/#sec-object.prototype.tostring)
		 * of values.
		 */
		var objectToString = objectProto.toString;

		/** Used to detect if a method is native. */
		var reIsNative = RegExp('^' +
		  funcToString.call(hasOwnProperty).replace(reRegExpChar, '\\$&')
		  .replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, '$1.*?') + '$'
		);

		/** Built-in value references. */
		var Symbol = root.Symbol,
		    Uint8Array = root.Uint8Array,
		    propertyIsEnumerable = objectProto.propertyIsEnumerable,
		    splice = arrayProto.splice,
		    spreadableSymbol = Symbol ? Symbol.isConcatSpreadable : undefined;

		/* Built-in method references for those with the same name as other `lodash` methods. */
		var nativeKeys = overArg(Object.keys, Object),
		    nativeMax = Math.max;

		/* Built-in method references that are verified to be native. */
		var DataView = getNative(root, 'DataView'),
		    Map = getNative(root, 'Map'),
		    Promise = getNative(root, 'Promise'),
		    Set = getNative(root, 'Set'),
		    WeakMap = getNative(root, 'WeakMap'),
		    nativeCreate = getNative(Object, 'create');

		/** Used to detect maps, sets, and weakmaps. */
		var dataViewCtorString = toSource(DataView),
		    mapCtorString = toSource(Map),
		    promiseCtorString = toSource(Promise),
		    setCtorString = toSource(Set),
		    weakMapCtorString = toSource(WeakMap);

		/** Used to convert symbols to primitives and strings. */
		var symbolProto = Symbol ? Symbol.prototype : undefined,
		    symbolValueOf = symbolProto ? symbolProto.valueOf : undefined,
		    symbolToString = symbolProto ? symbolProto.toString : undefined;

		/**
		 * Creates a hash object.
		 *
		 * @private
		 * @constructor
		 * @param {Array} [entries] The key-value pairs to cache.
		 */
		function Hash(entries) {
		  var index = -1,
		      length = entries ? entries.length : 0;

		  this.clear();
		  while (++index < length) {
		    var entry = entries[index];
		    this.set(entry[0], entry[1]);
		  }
		}

		/**
		 * Removes all key-value entries from the hash.
		 *
		 * @private
		 * @name clear
		 * @memberOf Hash
		 */
		function hashClear() {
		  this.__data__ = nativeCreate ? nativeCreate(null) : {};
		}

		/**
		 * Removes `key` and its value from the hash.
		 *
		 * @private
		 * @name delete
		 * @memberOf Hash
		 * @param {Object} hash The hash to modify.
		 * @param {string} key The key of the value to remove.
		 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
		 */
		function hashDelete(key) {
		  return this.has(key) && delete this.__data__[key];
		}

		/**
		 * Gets the hash value for `key`.
		 *
		 * @private
		 * @name get
		 * @memberOf Hash
		 * @param {string} key The key of the value to get.
		 * @returns {*} Returns the entry value.
		 */
		function hashGet(key) {
		  var data = this.__data__;
		  if (nativeCreate) {
		    var result = data[key];
		    return result === HASH_UNDEFINED ? undefined : result;
		  }
		  return hasOwnProperty.call(data, key) ? data[key] : undefined;
		}

		/**
		 * Checks if a hash value for `key` exists.
		 *
		 * @private
		 * @name has
		 * @memberOf Hash
		 * @param {string} key The key of the entry to check.
		 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
		 */
		function hashHas(key) {
		  var data = this.__data__;
		  return nativeCreate ? data[key] !== undefined : hasOwnProperty.call(data, key);
		}

		/**
		 * Sets the hash `key` to `value`.
		 *
		 * @private
		 * @name set
		 * @memberOf Hash
		 * @param {string} key The key of the value to set.
		 * @param {*} value The value to set.
		 * @returns {Object} Returns the hash instance.
		 */
		function hashSet(key, value) {
		  var data = this.__data__;
		  data[key] = (nativeCreate && value === undefined) ? HASH_UNDEFINED : value;
		  return this;
		}

		// Add methods to `Hash`.
		Hash.prototype.clear = hashClear;
		Hash.prototype['delete'] = hashDelete;
		Hash.prototype.get = hashGet;
		Hash.prototype.has = hashHas;
		Hash.prototype.set = hashSet;

		/**
		 * Creates an list cache object.
		 *
		 * @private
		 * @constructor
		 * @param {Array} [entries] The key-value pairs to cache.
		 */
		function ListCache(entries) {
		  var index = -1,
		      length = entries ? entries.length : 0;

		  this.clear();
		  while (++index < length) {
		    var entry = entries[index];
		    this.set(entry[0], entry[1]);
		  }
		}

		/**
		 * Removes all key-value entries from the list cache.
		 *
		 * @private
		 * @name clear
		 * @memberOf ListCache
		 */
		function listCacheClear() {
		  this.__data__ = [];
		}

		/**
		 * Removes `key` and its value from the list cache.
		 *
		 * @private
		 * @name delete
		 * @memberOf ListCache
		 * @param {string} key The key of the value to remove.
		 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
		 */
		function listCacheDelete(key) {
		  var data = this.__data__,
		      index = assocIndexOf(data, key);

		  if (index < 0) {
		    return false;
		  }
		  var lastIndex = data.length - 1;
		  if (index == lastIndex) {
		    data.pop();
		  } else {
		    splice.call(data, index, 1);
		  }
		  return true;
		}

		/**
		 * Gets the list cache value for `key`.
		 *
		 * @private
		 * @name get
		 * @memberOf ListCache
		 * @param {string} key The key of the value to get.
		 * @returns {*} Returns the entry value.
		 */
		function listCacheGet(key) {
		  var data = this.__data__,
		      index = assocIndexOf(data, key);

		  return index < 0 ? undefined : data[index][1];
		}

		/**
		 * Checks if a list cache value for `key` exists.
		 *
		 * @private
		 * @name has
		 * @memberOf ListCache
		 * @param {string} key The key of the entry to check.
		 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
		 */
		function listCacheHas(key) {
		  return assocIndexOf(this.__data__, key) > -1;
		}

		/**
		 * Sets the list cache `key` to `value`.
		 *
		 * @private
		 * @name set
		 * @memberOf ListCache
		 * @param {string} key The key of the value to set.
		 * @param {*} value The value to set.
		 * @returns {Object} Returns the list cache instance.
		 */
		function listCacheSet(key, value) {
		  var data = this.__data__,
		      index = assocIndexOf(data, key);

		  if (index < 0) {
		    data.push([key, value]);
		  } else {
		    data[index][1] = value;
		  }
		  return this;
		}

		// Add methods to `ListCache`.
		ListCache.prototype.clear = listCacheClear;
		ListCache.prototype['delete'] = listCacheDelete;
		ListCache.prototype.get = listCacheGet;
		ListCache.prototype.has = listCacheHas;
		ListCache.prototype.set = listCacheSet;

		/**
		 * Creates a map cache object to store key-value pairs.
		 *
		 * @private
		 * @constructor
		 * @param {Array} [entries] The key-value pairs to cache.
		 */
		function MapCache(entries) {
		  var index = -1,
		      length = entries ? entries.length : 0;

		  this.clear();
		  while (++index < length) {
		    var entry = entries[index];
		    this.set(entry[0], entry[1]);
		  }
		}

		/**
		 * Removes all key-value entries from the map.
		 *
		 * @private
		 * @name clear
		 * @memberOf MapCache
		 */
		function mapCacheClear() {
		  this.__data__ = {
		    'hash': new Hash,
		    'map': new (Map || ListCache),
		    'string': new Hash
		  };
		}

		/**
		 * Removes `key` and its value from the map.
		 *
		 * @private
		 * @name delete
		 * @memberOf MapCache
		 * @param {string} key The key of the value to remove.
		 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
		 */
		function mapCacheDelete(key) {
		  return getMapData(this, key)['delete'](key);
		}

		/**
		 * Gets the map value for `key`.
		 *
		 * @private
		 * @name get
		 * @memberOf MapCache
		 * @param {string} key The key of the value to get.
		 * @returns {*} Returns the entry value.
		 */
		function mapCacheGet(key) {
		  return getMapData(this, key).get(key);
		}

		/**
		 * Checks if a map value for `key` exists.
		 *
		 * @private
		 * @name has
		 * @memberOf MapCache
		 * @param {string} key The key of the entry to check.
		 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
		 */
		function mapCacheHas(key) {
		  return getMapData(this, key).has(key);
		}

		/**
		 * Sets the map `key` to `value`.
		 *
		 * @private
		 * @name set
		 * @memberOf MapCache
		 * @param {string} key The key of the value to set.
		 * @param {*} value The value to set.
		 * @returns {Object} Returns the map cache instance.
		 */
		function mapCacheSet(key, value) {
		  getMapData(this, key).set(key, value);
		  return this;
		}

		// Add methods to `MapCache`.
		MapCache.prototype.clear = mapCacheClear;
		MapCache.prototype['delete'] = mapCacheDelete;
		MapCache.prototype.get = mapCacheGet;
		MapCache.prototype.has = mapCacheHas;
		MapCache.prototype.set = mapCacheSet;

		/**
		 *
		 * Creates an array cache object to store unique values.
		 *
		 * @private
		 * @constructor
		 * @param {Array} [values] The values to cache.
		 */
		function SetCache(values) {
		  var index = -1,
		      length = values ? values.length : 0;

		  this.__data__ = new MapCache;
		  while (++index < length) {
		    this.add(values[index]);
		  }
		}

		/**
		 * Adds `value` to the array cache.
		 *
		 * @private
		 * @name add
		 * @memberOf SetCache
		 * @alias push
		 * @param {*} value The value to cache.
		 * @returns {Object} Returns the cache instance.
		 */
		function setCacheAdd(value) {
		  this.__data__.set(value, HASH_UNDEFINED);
		  return this;
		}

		/**
		 * Checks if `value` is in the array cache.
		 *
		 * @private
		 * @name has
		 * @memberOf SetCache
		 * @param {*} value The value to search for.
		 * @returns {number} Returns `true` if `value` is found, else `false`.
		 */
		function setCacheHas(value) {
		  return this.__data__.has(value);
		}

		// Add methods to `SetCache`.
		SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
		SetCache.prototype.has = setCacheHas;

		/**
		 * Creates a stack cache object to store key-value pairs.
		 *
		 * @private
		 * @constructor
		 * @param {Array} [entries] The key-value pairs to cache.
		 */
		function Stack(entries) {
		  this.__data__ = new ListCache(entries);
		}

		/**
		 * Removes all key-value entries from the stack.
		 *
		 * @private
		 * @name clear
		 * @memberOf Stack
		 */
		function stackClear() {
		  this.__data__ = new ListCache;
		}

		/**
		 * Removes `key` and its value from the stack.
		 *
		 * @private
		 * @name delete
		 * @memberOf Stack
		 * @param {string} key The key of the value to remove.
		 * @returns {boolean} Returns `true` if the entry was removed, else `false`.
		 */
		function stackDelete(key) {
		  return this.__data__['delete'](key);
		}

		/**
		 * Gets the stack value for `key`.
		 *
		 * @private
		 * @name get
		 * @memberOf Stack
		 * @param {string} key The key of the value to get.
		 * @returns {*} Returns the entry value.
		 */
		function stackGet(key) {
		  return this.__data__.get(key);
		}

		/**
		 * Checks if a stack value for `key` exists.
		 *
		 * @private
		 * @name has
		 * @memberOf Stack
		 * @param {string} key The key of the entry to check.
		 * @returns {boolean} Returns `true` if an entry for `key` exists, else `false`.
		 */
		function stackHas(key) {
		  return this.__data__.has(key);
		}

		/**
		 * Sets the stack `key` to `value`.
		 *
		 * @private
		 * @name set
		 * @memberOf Stack
		 * @param {string} key The key of the value to set.
		 * @param {*} value The value to set.
		 * @returns {Object} Returns the stack cache instance.
		 */
		function stackSet(key, value) {
		  var cache = this.__data__;
		  if (cache instanceof ListCache) {
		    var pairs = cache.__data__;
		    if (!Map || (pairs.length < LARGE_ARRAY_SIZE - 1)) {
		      pairs.push([key, value]);
		      return this;
		    }
		    cache = this.__data__ = new MapCache(pairs);
		  }
		  cache.set(key, value);
		  return this;
		}

		// Add methods to `Stack`.
		Stack.prototype.clear = stackClear;
		Stack.prototype['delete'] = stackDelete;
		Stack.prototype.get = stackGet;
		Stack.prototype.has = stackHas;
		Stack.prototype.set = stackSet;

		/**
		 * Creates an array of the enumerable property names of the array-like `value`.
		 *
		 * @private
		 * @param {*} value The value to query.
		 * @param {boolean} inherited Specify returning inherited property names.
		 * @returns {Array} Returns the array of property names.
		 */
		function arrayLikeKeys(value, inherited) {
		  // Safari 8.1 makes `arguments.callee` enumerable in strict mode.
		  // Safari 9 makes `arguments.length` enumerable in strict mode.
		  var result = (isArray(value) || isArguments(value))
		    ? baseTimes(value.length, String)
		    : [];

		  var length = result.length,
		      skipIndexes = !!length;

		  for (var key in value) {
		    if ((hasOwnProperty.call(value, key)) &&
		        !(skipIndexes && (key == 'length' || isIndex(key, length)))) {
		      result.push(key);
		    }
		  }
		  return result;
		}

		/**
		 * Gets the index at which the `key` is found in `array` of key-value pairs.
		 *
		 * @private
		 * @param {Array} array The array to inspect.
		 * @param {*} key The key to search for.
		 * @returns {number} Returns the index of the matched value, else `-1`.
		 */
		function assocIndexOf(array, key) {
		  var length = array.length;
		  while (length--) {
		    if (eq(array[length][0], key)) {
		      return length;
		    }
		  }
		  return -1;
		}

		/**
		 * The base implementation of `_.forEach` without support for iteratee shorthands.
		 *
		 * @private
		 * @param {Array|Object} collection The collection to iterate over.
		 * @param {Function} iteratee The function invoked per iteration.
		 * @returns {Array|Object} Returns `collection`.
		 */
		var baseEach = createBaseEach(baseForOwn);

		/**
		 * The base implementation of `_.flatten` with support for restricting flattening.
		 *
		 * @private
		 * @param {Array} array The array to flatten.
		 * @param {number} depth The maximum recursion depth.
		 * @param {boolean} [predicate=isFlattenable] The function invoked per iteration.
		 * @param {boolean} [isStrict] Restrict to values that pass `predicate` checks.
		 * @param {Array} [result=[]] The initial result value.
		 * @returns {Array} Returns the new flattened array.
		 */
		function baseFlatten(array, depth, predicate, isStrict, result) {
		  var index = -1,
		      length = array.length;

		  predicate || (predicate = isFlattenable);
		  result || (result = []);

		  while (++index < length) {
		    var value = array[index];
		    if (predicate(value)) {
		      {
		        arrayPush(result, value);
		      }
		    } else {
		      result[result.length] = value;
		    }
		  }
		  return result;
		}

		/**
		 * The base implementation of `baseForOwn` which iterates over `object`
		 * properties returned by `keysFunc` and invokes `iteratee` for each property.
		 * Iteratee functions may exit iteration early by explicitly returning `false`.
		 *
		 * @private
		 * @param {Object} object The object to iterate over.
		 * @param {Function} iteratee The function invoked per iteration.
		 * @param {Function} keysFunc The function to get the keys of `object`.
		 * @returns {Object} Returns `object`.
		 */
		var baseFor = createBaseFor();

		/**
		 * The base implementation of `_.forOwn` without support for iteratee shorthands.
		 *
		 * @private
		 * @param {Object} object The object to iterate over.
		 * @param {Function} iteratee The function invoked per iteration.
		 * @returns {Object} Returns `object`.
		 */
		function baseForOwn(object, iteratee) {
		  return object && baseFor(object, iteratee, keys);
		}

		/**
		 * The base implementation of `_.get` without support for default values.
		 *
		 * @private
		 * @param {Object} object The object to query.
		 * @param {Array|string} path The path of the property to get.
		 * @returns {*} Returns the resolved value.
		 */
		function baseGet(object, path) {
		  path = isKey(path, object) ? [path] : castPath(path);

		  var index = 0,
		      length = path.length;

		  while (object != null && index < length) {
		    object = object[toKey(path[index++])];
		  }
		  return (index && index == length) ? object : undefined;
		}

		/**
		 * The base implementation of `getTag`.
		 *
		 * @private
		 * @param {*} value The value to query.
		 * @returns {string} Returns the `toStringTag`.
		 */
		function baseGetTag(value) {
		  return objectToString.call(value);
		}

		/**
		 * The base implementation of `_.hasIn` without support for deep paths.
		 *
		 * @private
		 * @param {Object} [object] The object to query.
		 * @param {Array|string} key The key to check.
		 * @returns {boolean} Returns `true` if `key` exists, else `false`.
		 */
		function baseHasIn(object, key) {
		  return object != null && key in Object(object);
		}

		/**
		 * The base implementation of `_.isEqual` which supports partial comparisons
		 * and tracks traversed objects.
		 *
		 * @private
		 * @param {*} value The value to compare.
		 * @param {*} other The other value to compare.
		 * @param {Function} [customizer] The function to customize comparisons.
		 * @param {boolean} [bitmask] The bitmask of comparison flags.
		 *  The bitmask may be composed of the following flags:
		 *     1 - Unordered comparison
		 *     2 - Partial comparison
		 * @param {Object} [stack] Tracks traversed `value` and `other` objects.
		 * @returns {boolean} Returns `true` if the values are equivalent, else `false`.
		 */
		function baseIsEqual(value, other, customizer, bitmask, stack) {
		  if (value === other) {
		    return true;
		  }
		  if (value == null || other == null || (!isObject(value) && !isObjectLike(other))) {
		    return value !== value && other !== other;
		  }
		  return baseIsEqualDeep(value, other, baseIsEqual, customizer, bitmask, stack);
		}

		/**
		 * A specialized version of `baseIsEqual` for arrays and objects which performs
		 * deep comparisons and tracks traversed objects enabling objects with circular
		 * references to be compared.
		 *
		 * @private
		 * @param {Object} object The object to compare.
		 * @param {Object} other The other object to compare.
		 * @param {Function} equalFunc The function to determine equivalents of values.
		 * @param {Function} [customizer] The function to customize comparisons.
		 * @param {number} [bitmask] The bitmask of comparison flags. See `baseIsEqual`
		 *  for more details.
		 * @param {Object} [stack] Tracks traversed `object` and `other` objects.
		 * @returns {boolean} Returns `true` if the objects are equivalent, else `false`.
		 */
		function baseIsEqualDeep(object, other, equalFunc, customizer, bitmask, stack) {
		  var objIsArr = isArray(object),
		      othIsArr = isArray(other),
		      objTag = arrayTag,
		      othTag = arrayTag;

		  if (!objIsArr) {
		    objTag = getTag(object);
		    objTag = objTag == argsTag ? objectTag : objTag;
		  }
		  if (!othIsArr) {
		    othTag = getTag(other);
		    othTag = othTag == argsTag ? objectTag : othTag;
		  }
		  var objIsObj = objTag == objectTag && !isHostObject(object),
		      othIsObj = othTag == objectTag && !isHostObject(other),
		      isSameTag = objTag == othTag;

		  if (isSameTag && !objIsObj) {
		    stack || (stack = new Stack);
		    return (objIsArr || isTypedArray(object))
		      ? equalArrays(object, other, equalFunc, customizer, bitmask, stack)
		      : equalByTag(object, other, objTag, equalFunc, customizer, bitmask, stack);
		  }
		  if (!(bitmask & PARTIAL_COMPARE_FLAG)) {
		    var objIsWrapped = objIsObj && hasOwnProperty.call(object, '__wrapped__'),
		        othIsWrapped = othIsObj && hasOwnProperty.call(other, '__wrapped__');

		    if (objIsWrapped || othIsWrapped) {
		      var objUnwrapped = objIsWrapped ? object.value() : object,
		          othUnwrapped = othIsWrapped ? other.value() : other;

		      stack || (stack = new Stack);
		      return equalFunc(objUnwrapped, othUnwrapped, customizer, bitmask, stack);
		    }
		  }
		  if (!isSameTag) {
		    return false;
		  }
		  stack || (stack = new Stack);
		  return equalObjects(object, other, equalFunc, customizer, bitmask, stack);
		}

		/**
		 * The base implementation of `_.isMatch` without support for iteratee shorthands.
		 *
		 * @private
		 * @param {Object} object The object to inspect.
		 * @param {Object} source The object of property values to match.
		 * @param {Array} matchData The property names, values, and compare flags to match.
		 * @param {Function} [customizer] The function to customize comparisons.
		 * @returns {boolean} Returns `true` if `object` is a match, else `false`.
		 */
		function baseIsMatch(object, source, matchData, customizer) {
		  var index = matchData.length,
		      length = index;

		  if (object == null) {
		    return !length;
		  }
		  object = Object(object);
		  while (index--) {
		    var data = matchData[index];
		    if ((data[2])
		          ? data[1] !== object[data[0]]
		          : !(data[0] in object)
		        ) {
		      return false;
		    }
		  }
		  while (++index < length) {
		    data = matchData[index];
		    var key = data[0],
		        objValue = object[key],
		        srcValue = data[1];

		    if (data[2]) {
		      if (objValue === undefined && !(key in object)) {
		        return false;
		      }
		    } else {
		      var stack = new Stack;
		      var result; 
		      if (!(result === undefined
		            ? baseIsEqual(srcValue, objValue, customizer, UNORDERED_COMPARE_FLAG | PARTIAL_COMPARE_FLAG, stack)
		            : result
		          )) {
		        return false;
		      }
		    }
		  }
		  return true;
		}

		/**
		 * The base implementation of `_.isNative` without bad shim checks.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a native function,
		 *  else `false`.
		 */
		function baseIsNative(value) {
		  if (!isObject(value) || isMasked(value)) {
		    return false;
		  }
		  var pattern = (isFunction(value) || isHostObject(value)) ? reIsNative : reIsHostCtor;
		  return pattern.test(toSource(value));
		}

		/**
		 * The base implementation of `_.isTypedArray` without Node.js optimizations.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a typed array, else `false`.
		 */
		function baseIsTypedArray(value) {
		  return isObjectLike(value) &&
		    isLength(value.length) && !!typedArrayTags[objectToString.call(value)];
		}

		/**
		 * The base implementation of `_.iteratee`.
		 *
		 * @private
		 * @param {*} [value=_.identity] The value to convert to an iteratee.
		 * @returns {Function} Returns the iteratee.
		 */
		function baseIteratee(value) {
		  // Don't store the `typeof` result in a variable to avoid a JIT bug in Safari 9.
		  // See https://bugs.webkit.org/show_bug.cgi?id=156034 for more details.
		  if (typeof value == 'function') {
		    return value;
		  }
		  if (value == null) {
		    return identity;
		  }
		  if (typeof value == 'object') {
		    return isArray(value)
		      ? baseMatchesProperty(value[0], value[1])
		      : baseMatches(value);
		  }
		  return property(value);
		}

		/**
		 * The base implementation of `_.keys` which doesn't treat sparse arrays as dense.
		 *
		 * @private
		 * @param {Object} object The object to query.
		 * @returns {Array} Returns the array of property names.
		 */
		function baseKeys(object) {
		  if (!isPrototype(object)) {
		    return nativeKeys(object);
		  }
		  var result = [];
		  for (var key in Object(object)) {
		    if (hasOwnProperty.call(object, key) && key != 'constructor') {
		      result.push(key);
		    }
		  }
		  return result;
		}

		/**
		 * The base implementation of `_.map` without support for iteratee shorthands.
		 *
		 * @private
		 * @param {Array|Object} collection The collection to iterate over.
		 * @param {Function} iteratee The function invoked per iteration.
		 * @returns {Array} Returns the new mapped array.
		 */
		function baseMap(collection, iteratee) {
		  var index = -1,
		      result = isArrayLike(collection) ? Array(collection.length) : [];

		  baseEach(collection, function(value, key, collection) {
		    result[++index] = iteratee(value, key, collection);
		  });
		  return result;
		}

		/**
		 * The base implementation of `_.matches` which doesn't clone `source`.
		 *
		 * @private
		 * @param {Object} source The object of property values to match.
		 * @returns {Function} Returns the new spec function.
		 */
		function baseMatches(source) {
		  var matchData = getMatchData(source);
		  if (matchData.length == 1 && matchData[0][2]) {
		    return matchesStrictComparable(matchData[0][0], matchData[0][1]);
		  }
		  return function(object) {
		    return object === source || baseIsMatch(object, source, matchData);
		  };
		}

		/**
		 * The base implementation of `_.matchesProperty` which doesn't clone `srcValue`.
		 *
		 * @private
		 * @param {string} path The path of the property to get.
		 * @param {*} srcValue The value to match.
		 * @returns {Function} Returns the new spec function.
		 */
		function baseMatchesProperty(path, srcValue) {
		  if (isKey(path) && isStrictComparable(srcValue)) {
		    return matchesStrictComparable(toKey(path), srcValue);
		  }
		  return function(object) {
		    var objValue = get(object, path);
		    return (objValue === undefined && objValue === srcValue)
		      ? hasIn(object, path)
		      : baseIsEqual(srcValue, objValue, undefined, UNORDERED_COMPARE_FLAG | PARTIAL_COMPARE_FLAG);
		  };
		}

		/**
		 * The base implementation of `_.orderBy` without param guards.
		 *
		 * @private
		 * @param {Array|Object} collection The collection to iterate over.
		 * @param {Function[]|Object[]|string[]} iteratees The iteratees to sort by.
		 * @param {string[]} orders The sort orders of `iteratees`.
		 * @returns {Array} Returns the new sorted array.
		 */
		function baseOrderBy(collection, iteratees, orders) {
		  var index = -1;
		  iteratees = arrayMap(iteratees.length ? iteratees : [identity], baseUnary(baseIteratee));

		  var result = baseMap(collection, function(value, key, collection) {
		    var criteria = arrayMap(iteratees, function(iteratee) {
		      return iteratee(value);
		    });
		    return { 'criteria': criteria, 'index': ++index, 'value': value };
		  });

		  return baseSortBy(result, function(object, other) {
		    return compareMultiple(object, other, orders);
		  });
		}

		/**
		 * A specialized version of `baseProperty` which supports deep paths.
		 *
		 * @private
		 * @param {Array|string} path The path of the property to get.
		 * @returns {Function} Returns the new accessor function.
		 */
		function basePropertyDeep(path) {
		  return function(object) {
		    return baseGet(object, path);
		  };
		}

		/**
		 * The base implementation of `_.rest` which doesn't validate or coerce arguments.
		 *
		 * @private
		 * @param {Function} func The function to apply a rest parameter to.
		 * @param {number} [start=func.length-1] The start position of the rest parameter.
		 * @returns {Function} Returns the new function.
		 */
		function baseRest(func, start) {
		  start = nativeMax(start === undefined ? (func.length - 1) : start, 0);
		  return function() {
		    var args = arguments,
		        index = -1,
		        length = nativeMax(args.length - start, 0),
		        array = Array(length);

		    while (++index < length) {
		      array[index] = args[start + index];
		    }
		    index = -1;
		    var otherArgs = Array(start + 1);
		    while (++index < start) {
		      otherArgs[index] = args[index];
		    }
		    otherArgs[start] = array;
		    return apply(func, this, otherArgs);
		  };
		}

		/**
		 * The base implementation of `_.toString` which doesn't convert nullish
		 * values to empty strings.
		 *
		 * @private
		 * @param {*} value The value to process.
		 * @returns {string} Returns the string.
		 */
		function baseToString(value) {
		  // Exit early for strings to avoid a performance hit in some environments.
		  if (typeof value == 'string') {
		    return value;
		  }
		  if (isSymbol(value)) {
		    return symbolToString ? symbolToString.call(value) : '';
		  }
		  var result = (value + '');
		  return (result == '0' && (1 / value) == -Infinity) ? '-0' : result;
		}

		/**
		 * Casts `value` to a path array if it's not one.
		 *
		 * @private
		 * @param {*} value The value to inspect.
		 * @returns {Array} Returns the cast property path array.
		 */
		function castPath(value) {
		  return isArray(value) ? value : stringToPath(value);
		}

		/**
		 * Compares values to sort them in ascending order.
		 *
		 * @private
		 * @param {*} value The value to compare.
		 * @param {*} other The other value to compare.
		 * @returns {number} Returns the sort order indicator for `value`.
		 */
		function compareAscending(value, other) {
		  if (value !== other) {
		    var valIsDefined = value !== undefined,
		        valIsNull = value === null,
		        valIsReflexive = value === value,
		        valIsSymbol = isSymbol(value);

		    var othIsDefined = other !== undefined,
		        othIsNull = other === null,
		        othIsReflexive = other === other,
		        othIsSymbol = isSymbol(other);

		    if ((!othIsNull && !othIsSymbol && !valIsSymbol && value > other) ||
		        (valIsSymbol && othIsDefined && othIsReflexive && !othIsNull && !othIsSymbol) ||
		        (valIsNull && othIsDefined && othIsReflexive) ||
		        (!valIsDefined && othIsReflexive) ||
		        !valIsReflexive) {
		      return 1;
		    }
		    if ((!valIsNull && !valIsSymbol && !othIsSymbol && value < other) ||
		        (othIsSymbol && valIsDefined && valIsReflexive && !valIsNull && !valIsSymbol) ||
		        (othIsNull && valIsDefined && valIsReflexive) ||
		        (!othIsDefined && valIsReflexive) ||
		        !othIsReflexive) {
		      return -1;
		    }
		  }
		  return 0;
		}

		/**
		 * Used by `_.orderBy` to compare multiple properties of a value to another
		 * and stable sort them.
		 *
		 * If `orders` is unspecified, all values are sorted in ascending order. Otherwise,
		 * specify an order of "desc" for descending or "asc" for ascending sort order
		 * of corresponding values.
		 *
		 * @private
		 * @param {Object} object The object to compare.
		 * @param {Object} other The other object to compare.
		 * @param {boolean[]|string[]} orders The order to sort by for each property.
		 * @returns {number} Returns the sort order indicator for `object`.
		 */
		function compareMultiple(object, other, orders) {
		  var index = -1,
		      objCriteria = object.criteria,
		      othCriteria = other.criteria,
		      length = objCriteria.length,
		      ordersLength = orders.length;

		  while (++index < length) {
		    var result = compareAscending(objCriteria[index], othCriteria[index]);
		    if (result) {
		      if (index >= ordersLength) {
		        return result;
		      }
		      var order = orders[index];
		      return result * (order == 'desc' ? -1 : 1);
		    }
		  }
		  // Fixes an `Array#sort` bug in the JS engine embedded in Adobe applications
		  // that causes it, under certain circumstances, to provide the same value for
		  // `object` and `other`. See https://github.com/jashkenas/underscore/pull/1247
		  // for more details.
		  //
		  // This also ensures a stable sort in V8 and other engines.
		  // See https://bugs.chromium.org/p/v8/issues/detail?id=90 for more details.
		  return object.index - other.index;
		}

		/**
		 * Creates a `baseEach` or `baseEachRight` function.
		 *
		 * @private
		 * @param {Function} eachFunc The function to iterate over a collection.
		 * @param {boolean} [fromRight] Specify iterating from right to left.
		 * @returns {Function} Returns the new base function.
		 */
		function createBaseEach(eachFunc, fromRight) {
		  return function(collection, iteratee) {
		    if (collection == null) {
		      return collection;
		    }
		    if (!isArrayLike(collection)) {
		      return eachFunc(collection, iteratee);
		    }
		    var length = collection.length,
		        index = -1,
		        iterable = Object(collection);

		    while ((++index < length)) {
		      if (iteratee(iterable[index], index, iterable) === false) {
		        break;
		      }
		    }
		    return collection;
		  };
		}

		/**
		 * Creates a base function for methods like `_.forIn` and `_.forOwn`.
		 *
		 * @private
		 * @param {boolean} [fromRight] Specify iterating from right to left.
		 * @returns {Function} Returns the new base function.
		 */
		function createBaseFor(fromRight) {
		  return function(object, iteratee, keysFunc) {
		    var index = -1,
		        iterable = Object(object),
		        props = keysFunc(object),
		        length = props.length;

		    while (length--) {
		      var key = props[++index];
		      if (iteratee(iterable[key], key, iterable) === false) {
		        break;
		      }
		    }
		    return object;
		  };
		}

		/**
		 * A specialized version of `baseIsEqualDeep` for arrays with support for
		 * partial deep comparisons.
		 *
		 * @private
		 * @param {Array} array The array to compare.
		 * @param {Array} other The other array to compare.
		 * @param {Function} equalFunc The function to determine equivalents of values.
		 * @param {Function} customizer The function to customize comparisons.
		 * @param {number} bitmask The bitmask of comparison flags. See `baseIsEqual`
		 *  for more details.
		 * @param {Object} stack Tracks traversed `array` and `other` objects.
		 * @returns {boolean} Returns `true` if the arrays are equivalent, else `false`.
		 */
		function equalArrays(array, other, equalFunc, customizer, bitmask, stack) {
		  var isPartial = bitmask & PARTIAL_COMPARE_FLAG,
		      arrLength = array.length,
		      othLength = other.length;

		  if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
		    return false;
		  }
		  // Assume cyclic values are equal.
		  var stacked = stack.get(array);
		  if (stacked && stack.get(other)) {
		    return stacked == other;
		  }
		  var index = -1,
		      result = true,
		      seen = (bitmask & UNORDERED_COMPARE_FLAG) ? new SetCache : undefined;

		  stack.set(array, other);
		  stack.set(other, array);

		  // Ignore non-index properties.
		  while (++index < arrLength) {
		    var arrValue = array[index],
		        othValue = other[index];

		    if (customizer) {
		      var compared = isPartial
		        ? customizer(othValue, arrValue, index, other, array, stack)
		        : customizer(arrValue, othValue, index, array, other, stack);
		    }
		    if (compared !== undefined) {
		      if (compared) {
		        continue;
		      }
		      result = false;
		      break;
		    }
		    // Recursively compare arrays (susceptible to call stack limits).
		    if (seen) {
		      if (!arraySome(other, function(othValue, othIndex) {
		            if (!seen.has(othIndex) &&
		                (arrValue === othValue || equalFunc(arrValue, othValue, customizer, bitmask, stack))) {
		              return seen.add(othIndex);
		            }
		          })) {
		        result = false;
		        break;
		      }
		    } else if (!(
		          arrValue === othValue ||
		            equalFunc(arrValue, othValue, customizer, bitmask, stack)
		        )) {
		      result = false;
		      break;
		    }
		  }
		  stack['delete'](array);
		  stack['delete'](other);
		  return result;
		}

		/**
		 * A specialized version of `baseIsEqualDeep` for comparing objects of
		 * the same `toStringTag`.
		 *
		 * **Note:** This function only supports comparing values with tags of
		 * `Boolean`, `Date`, `Error`, `Number`, `RegExp`, or `String`.
		 *
		 * @private
		 * @param {Object} object The object to compare.
		 * @param {Object} other The other object to compare.
		 * @param {string} tag The `toStringTag` of the objects to compare.
		 * @param {Function} equalFunc The function to determine equivalents of values.
		 * @param {Function} customizer The function to customize comparisons.
		 * @param {number} bitmask The bitmask of comparison flags. See `baseIsEqual`
		 *  for more details.
		 * @param {Object} stack Tracks traversed `object` and `other` objects.
		 * @returns {boolean} Returns `true` if the objects are equivalent, else `false`.
		 */
		function equalByTag(object, other, tag, equalFunc, customizer, bitmask, stack) {
		  switch (tag) {
		    case dataViewTag:
		      if ((object.byteLength != other.byteLength) ||
		          (object.byteOffset != other.byteOffset)) {
		        return false;
		      }
		      object = object.buffer;
		      other = other.buffer;

		    case arrayBufferTag:
		      if ((object.byteLength != other.byteLength) ||
		          !equalFunc(new Uint8Array(object), new Uint8Array(other))) {
		        return false;
		      }
		      return true;

		    case boolTag:
		    case dateTag:
		    case numberTag:
		      // Coerce booleans to `1` or `0` and dates to milliseconds.
		      // Invalid dates are coerced to `NaN`.
		      return eq(+object, +other);

		    case errorTag:
		      return object.name == other.name && object.message == other.message;

		    case regexpTag:
		    case stringTag:
		      // Coerce regexes to strings and treat strings, primitives and objects,
		      // as equal. See http://www.ecma-international.org/ecma-262/7.0/#sec-regexp.prototype.tostring
		      // for more details.
		      return object == (other + '');

		    case mapTag:
		      var convert = mapToArray;

		    case setTag:
		      var isPartial = bitmask & PARTIAL_COMPARE_FLAG;
		      convert || (convert = setToArray);

		      if (object.size != other.size && !isPartial) {
		        return false;
		      }
		      // Assume cyclic values are equal.
		      var stacked = stack.get(object);
		      if (stacked) {
		        return stacked == other;
		      }
		      bitmask |= UNORDERED_COMPARE_FLAG;

		      // Recursively compare objects (susceptible to call stack limits).
		      stack.set(object, other);
		      var result = equalArrays(convert(object), convert(other), equalFunc, customizer, bitmask, stack);
		      stack['delete'](object);
		      return result;

		    case symbolTag:
		      if (symbolValueOf) {
		        return symbolValueOf.call(object) == symbolValueOf.call(other);
		      }
		  }
		  return false;
		}

		/**
		 * A specialized version of `baseIsEqualDeep` for objects with support for
		 * partial deep comparisons.
		 *
		 * @private
		 * @param {Object} object The object to compare.
		 * @param {Object} other The other object to compare.
		 * @param {Function} equalFunc The function to determine equivalents of values.
		 * @param {Function} customizer The function to customize comparisons.
		 * @param {number} bitmask The bitmask of comparison flags. See `baseIsEqual`
		 *  for more details.
		 * @param {Object} stack Tracks traversed `object` and `other` objects.
		 * @returns {boolean} Returns `true` if the objects are equivalent, else `false`.
		 */
		function equalObjects(object, other, equalFunc, customizer, bitmask, stack) {
		  var isPartial = bitmask & PARTIAL_COMPARE_FLAG,
		      objProps = keys(object),
		      objLength = objProps.length,
		      othProps = keys(other),
		      othLength = othProps.length;

		  if (objLength != othLength && !isPartial) {
		    return false;
		  }
		  var index = objLength;
		  while (index--) {
		    var key = objProps[index];
		    if (!(isPartial ? key in other : hasOwnProperty.call(other, key))) {
		      return false;
		    }
		  }
		  // Assume cyclic values are equal.
		  var stacked = stack.get(object);
		  if (stacked && stack.get(other)) {
		    return stacked == other;
		  }
		  var result = true;
		  stack.set(object, other);
		  stack.set(other, object);

		  var skipCtor = isPartial;
		  while (++index < objLength) {
		    key = objProps[index];
		    var objValue = object[key],
		        othValue = other[key];

		    if (customizer) {
		      var compared = isPartial
		        ? customizer(othValue, objValue, key, other, object, stack)
		        : customizer(objValue, othValue, key, object, other, stack);
		    }
		    // Recursively compare objects (susceptible to call stack limits).
		    if (!(compared === undefined
		          ? (objValue === othValue || equalFunc(objValue, othValue, customizer, bitmask, stack))
		          : compared
		        )) {
		      result = false;
		      break;
		    }
		    skipCtor || (skipCtor = key == 'constructor');
		  }
		  if (result && !skipCtor) {
		    var objCtor = object.constructor,
		        othCtor = other.constructor;

		    // Non `Object` object instances with different constructors are not equal.
		    if (objCtor != othCtor &&
		        ('constructor' in object && 'constructor' in other) &&
		        !(typeof objCtor == 'function' && objCtor instanceof objCtor &&
		          typeof othCtor == 'function' && othCtor instanceof othCtor)) {
		      result = false;
		    }
		  }
		  stack['delete'](object);
		  stack['delete'](other);
		  return result;
		}

		/**
		 * Gets the data for `map`.
		 *
		 * @private
		 * @param {Object} map The map to query.
		 * @param {string} key The reference key.
		 * @returns {*} Returns the map data.
		 */
		function getMapData(map, key) {
		  var data = map.__data__;
		  return isKeyable(key)
		    ? data[typeof key == 'string' ? 'string' : 'hash']
		    : data.map;
		}

		/**
		 * Gets the property names, values, and compare flags of `object`.
		 *
		 * @private
		 * @param {Object} object The object to query.
		 * @returns {Array} Returns the match data of `object`.
		 */
		function getMatchData(object) {
		  var result = keys(object),
		      length = result.length;

		  while (length--) {
		    var key = result[length],
		        value = object[key];

		    result[length] = [key, value, isStrictComparable(value)];
		  }
		  return result;
		}

		/**
		 * Gets the native function at `key` of `object`.
		 *
		 * @private
		 * @param {Object} object The object to query.
		 * @param {string} key The key of the method to get.
		 * @returns {*} Returns the function if it's native, else `undefined`.
		 */
		function getNative(object, key) {
		  var value = getValue(object, key);
		  return baseIsNative(value) ? value : undefined;
		}

		/**
		 * Gets the `toStringTag` of `value`.
		 *
		 * @private
		 * @param {*} value The value to query.
		 * @returns {string} Returns the `toStringTag`.
		 */
		var getTag = baseGetTag;

		// Fallback for data views, maps, sets, and weak maps in IE 11,
		// for data views in Edge < 14, and promises in Node.js.
		if ((DataView && getTag(new DataView(new ArrayBuffer(1))) != dataViewTag) ||
		    (Map && getTag(new Map) != mapTag) ||
		    (Promise && getTag(Promise.resolve()) != promiseTag) ||
		    (Set && getTag(new Set) != setTag) ||
		    (WeakMap && getTag(new WeakMap) != weakMapTag)) {
		  getTag = function(value) {
		    var result = objectToString.call(value),
		        Ctor = result == objectTag ? value.constructor : undefined,
		        ctorString = Ctor ? toSource(Ctor) : undefined;

		    if (ctorString) {
		      switch (ctorString) {
		        case dataViewCtorString: return dataViewTag;
		        case mapCtorString: return mapTag;
		        case promiseCtorString: return promiseTag;
		        case setCtorString: return setTag;
		        case weakMapCtorString: return weakMapTag;
		      }
		    }
		    return result;
		  };
		}

		/**
		 * Checks if `path` exists on `object`.
		 *
		 * @private
		 * @param {Object} object The object to query.
		 * @param {Array|string} path The path to check.
		 * @param {Function} hasFunc The function to check properties.
		 * @returns {boolean} Returns `true` if `path` exists, else `false`.
		 */
		function hasPath(object, path, hasFunc) {
		  path = isKey(path, object) ? [path] : castPath(path);

		  var result,
		      index = -1,
		      length = path.length;

		  while (++index < length) {
		    var key = toKey(path[index]);
		    if (!(result = object != null && hasFunc(object, key))) {
		      break;
		    }
		    object = object[key];
		  }
		  if (result) {
		    return result;
		  }
		  var length = object ? object.length : 0;
		  return !!length && isLength(length) && isIndex(key, length) &&
		    (isArray(object) || isArguments(object));
		}

		/**
		 * Checks if `value` is a flattenable `arguments` object or array.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is flattenable, else `false`.
		 */
		function isFlattenable(value) {
		  return isArray(value) || isArguments(value) ||
		    !!(spreadableSymbol && value && value[spreadableSymbol]);
		}

		/**
		 * Checks if `value` is a valid array-like index.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @param {number} [length=MAX_SAFE_INTEGER] The upper bounds of a valid index.
		 * @returns {boolean} Returns `true` if `value` is a valid index, else `false`.
		 */
		function isIndex(value, length) {
		  length = length == null ? MAX_SAFE_INTEGER : length;
		  return !!length &&
		    (typeof value == 'number' || reIsUint.test(value)) &&
		    (value > -1 && value % 1 == 0 && value < length);
		}

		/**
		 * Checks if the given arguments are from an iteratee call.
		 *
		 * @private
		 * @param {*} value The potential iteratee value argument.
		 * @param {*} index The potential iteratee index or key argument.
		 * @param {*} object The potential iteratee object argument.
		 * @returns {boolean} Returns `true` if the arguments are from an iteratee call,
		 *  else `false`.
		 */
		function isIterateeCall(value, index, object) {
		  if (!isObject(object)) {
		    return false;
		  }
		  var type = typeof index;
		  if (type == 'number'
		        ? (isArrayLike(object) && isIndex(index, object.length))
		        : (type == 'string' && index in object)
		      ) {
		    return eq(object[index], value);
		  }
		  return false;
		}

		/**
		 * Checks if `value` is a property name and not a property path.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @param {Object} [object] The object to query keys on.
		 * @returns {boolean} Returns `true` if `value` is a property name, else `false`.
		 */
		function isKey(value, object) {
		  if (isArray(value)) {
		    return false;
		  }
		  var type = typeof value;
		  if (type == 'number' || type == 'symbol' || type == 'boolean' ||
		      value == null || isSymbol(value)) {
		    return true;
		  }
		  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) ||
		    (object != null && value in Object(object));
		}

		/**
		 * Checks if `value` is suitable for use as unique object key.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is suitable, else `false`.
		 */
		function isKeyable(value) {
		  var type = typeof value;
		  return (type == 'string' || type == 'number' || type == 'symbol' || type == 'boolean')
		    ? (value !== '__proto__')
		    : (value === null);
		}

		/**
		 * Checks if `func` has its source masked.
		 *
		 * @private
		 * @param {Function} func The function to check.
		 * @returns {boolean} Returns `true` if `func` is masked, else `false`.
		 */
		function isMasked(func) {
		  return !!maskSrcKey && (maskSrcKey in func);
		}

		/**
		 * Checks if `value` is likely a prototype object.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a prototype, else `false`.
		 */
		function isPrototype(value) {
		  var Ctor = value && value.constructor,
		      proto = (typeof Ctor == 'function' && Ctor.prototype) || objectProto;

		  return value === proto;
		}

		/**
		 * Checks if `value` is suitable for strict equality comparisons, i.e. `===`.
		 *
		 * @private
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` if suitable for strict
		 *  equality comparisons, else `false`.
		 */
		function isStrictComparable(value) {
		  return value === value && !isObject(value);
		}

		/**
		 * A specialized version of `matchesProperty` for source values suitable
		 * for strict equality comparisons, i.e. `===`.
		 *
		 * @private
		 * @param {string} key The key of the property to get.
		 * @param {*} srcValue The value to match.
		 * @returns {Function} Returns the new spec function.
		 */
		function matchesStrictComparable(key, srcValue) {
		  return function(object) {
		    if (object == null) {
		      return false;
		    }
		    return object[key] === srcValue &&
		      (srcValue !== undefined || (key in Object(object)));
		  };
		}

		/**
		 * Converts `string` to a property path array.
		 *
		 * @private
		 * @param {string} string The string to convert.
		 * @returns {Array} Returns the property path array.
		 */
		var stringToPath = memoize(function(string) {
		  string = toString(string);

		  var result = [];
		  if (reLeadingDot.test(string)) {
		    result.push('');
		  }
		  string.replace(rePropName, function(match, number, quote, string) {
		    result.push(quote ? string.replace(reEscapeChar, '$1') : (number || match));
		  });
		  return result;
		});

		/**
		 * Converts `value` to a string key if it's not a string or symbol.
		 *
		 * @private
		 * @param {*} value The value to inspect.
		 * @returns {string|symbol} Returns the key.
		 */
		function toKey(value) {
		  if (typeof value == 'string' || isSymbol(value)) {
		    return value;
		  }
		  var result = (value + '');
		  return (result == '0' && (1 / value) == -Infinity) ? '-0' : result;
		}

		/**
		 * Converts `func` to its source code.
		 *
		 * @private
		 * @param {Function} func The function to process.
		 * @returns {string} Returns the source code.
		 */
		function toSource(func) {
		  if (func != null) {
		    try {
		      return funcToString.call(func);
		    } catch (e) {}
		    try {
		      return (func + '');
		    } catch (e) {}
		  }
		  return '';
		}

		/**
		 * Creates an array of elements, sorted in ascending order by the results of
		 * running each element in a collection thru each iteratee. This method
		 * performs a stable sort, that is, it preserves the original sort order of
		 * equal elements. The iteratees are invoked with one argument: (value).
		 *
		 * @static
		 * @memberOf _
		 * @since 0.1.0
		 * @category Collection
		 * @param {Array|Object} collection The collection to iterate over.
		 * @param {...(Function|Function[])} [iteratees=[_.identity]]
		 *  The iteratees to sort by.
		 * @returns {Array} Returns the new sorted array.
		 * @example
		 *
		 * var users = [
		 *   { 'user': 'fred',   'age': 48 },
		 *   { 'user': 'barney', 'age': 36 },
		 *   { 'user': 'fred',   'age': 40 },
		 *   { 'user': 'barney', 'age': 34 }
		 * ];
		 *
		 * _.sortBy(users, function(o) { return o.user; });
		 * // => objects for [['barney', 36], ['barney', 34], ['fred', 48], ['fred', 40]]
		 *
		 * _.sortBy(users, ['user', 'age']);
		 * // => objects for [['barney', 34], ['barney', 36], ['fred', 40], ['fred', 48]]
		 *
		 * _.sortBy(users, 'user', function(o) {
		 *   return Math.floor(o.age / 10);
		 * });
		 * // => objects for [['barney', 36], ['barney', 34], ['fred', 48], ['fred', 40]]
		 */
		var sortBy = baseRest(function(collection, iteratees) {
		  if (collection == null) {
		    return [];
		  }
		  var length = iteratees.length;
		  if (length > 1 && isIterateeCall(collection, iteratees[0], iteratees[1])) {
		    iteratees = [];
		  } else if (length > 2 && isIterateeCall(iteratees[0], iteratees[1], iteratees[2])) {
		    iteratees = [iteratees[0]];
		  }
		  return baseOrderBy(collection, baseFlatten(iteratees), []);
		});

		/**
		 * Creates a function that memoizes the result of `func`. If `resolver` is
		 * provided, it determines the cache key for storing the result based on the
		 * arguments provided to the memoized function. By default, the first argument
		 * provided to the memoized function is used as the map cache key. The `func`
		 * is invoked with the `this` binding of the memoized function.
		 *
		 * **Note:** The cache is exposed as the `cache` property on the memoized
		 * function. Its creation may be customized by replacing the `_.memoize.Cache`
		 * constructor with one whose instances implement the
		 * [`Map`](http://ecma-international.org/ecma-262/7.0/#sec-properties-of-the-map-prototype-object)
		 * method interface of `delete`, `get`, `has`, and `set`.
		 *
		 * @static
		 * @memberOf _
		 * @since 0.1.0
		 * @category Function
		 * @param {Function} func The function to have its output memoized.
		 * @param {Function} [resolver] The function to resolve the cache key.
		 * @returns {Function} Returns the new memoized function.
		 * @example
		 *
		 * var object = { 'a': 1, 'b': 2 };
		 * var other = { 'c': 3, 'd': 4 };
		 *
		 * var values = _.memoize(_.values);
		 * values(object);
		 * // => [1, 2]
		 *
		 * values(other);
		 * // => [3, 4]
		 *
		 * object.a = 2;
		 * values(object);
		 * // => [1, 2]
		 *
		 * // Modify the result cache.
		 * values.cache.set(object, ['a', 'b']);
		 * values(object);
		 * // => ['a', 'b']
		 *
		 * // Replace `_.memoize.Cache`.
		 * _.memoize.Cache = WeakMap;
		 */
		function memoize(func, resolver) {
		  if (typeof func != 'function' || (resolver && typeof resolver != 'function')) {
		    throw new TypeError(FUNC_ERROR_TEXT);
		  }
		  var memoized = function() {
		    var args = arguments,
		        key = resolver ? resolver.apply(this, args) : args[0],
		        cache = memoized.cache;

		    if (cache.has(key)) {
		      return cache.get(key);
		    }
		    var result = func.apply(this, args);
		    memoized.cache = cache.set(key, result);
		    return result;
		  };
		  memoized.cache = new (memoize.Cache || MapCache);
		  return memoized;
		}

		// Assign cache to `_.memoize`.
		memoize.Cache = MapCache;

		/**
		 * Performs a
		 * [`SameValueZero`](http://ecma-international.org/ecma-262/7.0/#sec-samevaluezero)
		 * comparison between two values to determine if they are equivalent.
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to compare.
		 * @param {*} other The other value to compare.
		 * @returns {boolean} Returns `true` if the values are equivalent, else `false`.
		 * @example
		 *
		 * var object = { 'a': 1 };
		 * var other = { 'a': 1 };
		 *
		 * _.eq(object, object);
		 * // => true
		 *
		 * _.eq(object, other);
		 * // => false
		 *
		 * _.eq('a', 'a');
		 * // => true
		 *
		 * _.eq('a', Object('a'));
		 * // => false
		 *
		 * _.eq(NaN, NaN);
		 * // => true
		 */
		function eq(value, other) {
		  return value === other || (value !== value && other !== other);
		}

		/**
		 * Checks if `value` is likely an `arguments` object.
		 *
		 * @static
		 * @memberOf _
		 * @since 0.1.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is an `arguments` object,
		 *  else `false`.
		 * @example
		 *
		 * _.isArguments(function() { return arguments; }());
		 * // => true
		 *
		 * _.isArguments([1, 2, 3]);
		 * // => false
		 */
		function isArguments(value) {
		  // Safari 8.1 makes `arguments.callee` enumerable in strict mode.
		  return isArrayLikeObject(value) && hasOwnProperty.call(value, 'callee') &&
		    (!propertyIsEnumerable.call(value, 'callee') || objectToString.call(value) == argsTag);
		}

		/**
		 * Checks if `value` is classified as an `Array` object.
		 *
		 * @static
		 * @memberOf _
		 * @since 0.1.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is an array, else `false`.
		 * @example
		 *
		 * _.isArray([1, 2, 3]);
		 * // => true
		 *
		 * _.isArray(document.body.children);
		 * // => false
		 *
		 * _.isArray('abc');
		 * // => false
		 *
		 * _.isArray(_.noop);
		 * // => false
		 */
		var isArray = Array.isArray;

		/**
		 * Checks if `value` is array-like. A value is considered array-like if it's
		 * not a function and has a `value.length` that's an integer greater than or
		 * equal to `0` and less than or equal to `Number.MAX_SAFE_INTEGER`.
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is array-like, else `false`.
		 * @example
		 *
		 * _.isArrayLike([1, 2, 3]);
		 * // => true
		 *
		 * _.isArrayLike(document.body.children);
		 * // => true
		 *
		 * _.isArrayLike('abc');
		 * // => true
		 *
		 * _.isArrayLike(_.noop);
		 * // => false
		 */
		function isArrayLike(value) {
		  return value != null && isLength(value.length) && !isFunction(value);
		}

		/**
		 * This method is like `_.isArrayLike` except that it also checks if `value`
		 * is an object.
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is an array-like object,
		 *  else `false`.
		 * @example
		 *
		 * _.isArrayLikeObject([1, 2, 3]);
		 * // => true
		 *
		 * _.isArrayLikeObject(document.body.children);
		 * // => true
		 *
		 * _.isArrayLikeObject('abc');
		 * // => false
		 *
		 * _.isArrayLikeObject(_.noop);
		 * // => false
		 */
		function isArrayLikeObject(value) {
		  return isObjectLike(value) && isArrayLike(value);
		}

		/**
		 * Checks if `value` is classified as a `Function` object.
		 *
		 * @static
		 * @memberOf _
		 * @since 0.1.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a function, else `false`.
		 * @example
		 *
		 * _.isFunction(_);
		 * // => true
		 *
		 * _.isFunction(/abc/);
		 * // => false
		 */
		function isFunction(value) {
		  // The use of `Object#toString` avoids issues with the `typeof` operator
		  // in Safari 8-9 which returns 'object' for typed array and other constructors.
		  var tag = isObject(value) ? objectToString.call(value) : '';
		  return tag == funcTag || tag == genTag;
		}

		/**
		 * Checks if `value` is a valid array-like length.
		 *
		 * **Note:** This method is loosely based on
		 * [`ToLength`](http://ecma-international.org/ecma-262/7.0/#sec-tolength).
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a valid length, else `false`.
		 * @example
		 *
		 * _.isLength(3);
		 * // => true
		 *
		 * _.isLength(Number.MIN_VALUE);
		 * // => false
		 *
		 * _.isLength(Infinity);
		 * // => false
		 *
		 * _.isLength('3');
		 * // => false
		 */
		function isLength(value) {
		  return typeof value == 'number' &&
		    value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER;
		}

		/**
		 * Checks if `value` is the
		 * [language type](http://www.ecma-international.org/ecma-262/7.0/#sec-ecmascript-language-types)
		 * of `Object`. (e.g. arrays, functions, objects, regexes, `new Number(0)`, and `new String('')`)
		 *
		 * @static
		 * @memberOf _
		 * @since 0.1.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is an object, else `false`.
		 * @example
		 *
		 * _.isObject({});
		 * // => true
		 *
		 * _.isObject([1, 2, 3]);
		 * // => true
		 *
		 * _.isObject(_.noop);
		 * // => true
		 *
		 * _.isObject(null);
		 * // => false
		 */
		function isObject(value) {
		  var type = typeof value;
		  return !!value && (type == 'object' || type == 'function');
		}

		/**
		 * Checks if `value` is object-like. A value is object-like if it's not `null`
		 * and has a `typeof` result of "object".
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is object-like, else `false`.
		 * @example
		 *
		 * _.isObjectLike({});
		 * // => true
		 *
		 * _.isObjectLike([1, 2, 3]);
		 * // => true
		 *
		 * _.isObjectLike(_.noop);
		 * // => false
		 *
		 * _.isObjectLike(null);
		 * // => false
		 */
		function isObjectLike(value) {
		  return !!value && typeof value == 'object';
		}

		/**
		 * Checks if `value` is classified as a `Symbol` primitive or object.
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a symbol, else `false`.
		 * @example
		 *
		 * _.isSymbol(Symbol.iterator);
		 * // => true
		 *
		 * _.isSymbol('abc');
		 * // => false
		 */
		function isSymbol(value) {
		  return typeof value == 'symbol' ||
		    (isObjectLike(value) && objectToString.call(value) == symbolTag);
		}

		/**
		 * Checks if `value` is classified as a typed array.
		 *
		 * @static
		 * @memberOf _
		 * @since 3.0.0
		 * @category Lang
		 * @param {*} value The value to check.
		 * @returns {boolean} Returns `true` if `value` is a typed array, else `false`.
		 * @example
		 *
		 * _.isTypedArray(new Uint8Array);
		 * // => true
		 *
		 * _.isTypedArray([]);
		 * // => false
		 */
		var isTypedArray = nodeIsTypedArray ? baseUnary(nodeIsTypedArray) : baseIsTypedArray;

		/**
		 * Converts `value` to a string. An empty string is returned for `null`
		 * and `undefined` values. The sign of `-0` is preserved.
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Lang
		 * @param {*} value The value to process.
		 * @returns {string} Returns the string.
		 * @example
		 *
		 * _.toString(null);
		 * // => ''
		 *
		 * _.toString(-0);
		 * // => '-0'
		 *
		 * _.toString([1, 2, 3]);
		 * // => '1,2,3'
		 */
		function toString(value) {
		  return value == null ? '' : baseToString(value);
		}

		/**
		 * Gets the value at `path` of `object`. If the resolved value is
		 * `undefined`, the `defaultValue` is returned in its place.
		 *
		 * @static
		 * @memberOf _
		 * @since 3.7.0
		 * @category Object
		 * @param {Object} object The object to query.
		 * @param {Array|string} path The path of the property to get.
		 * @param {*} [defaultValue] The value returned for `undefined` resolved values.
		 * @returns {*} Returns the resolved value.
		 * @example
		 *
		 * var object = { 'a': [{ 'b': { 'c': 3 } }] };
		 *
		 * _.get(object, 'a[0].b.c');
		 * // => 3
		 *
		 * _.get(object, ['a', '0', 'b', 'c']);
		 * // => 3
		 *
		 * _.get(object, 'a.b.c', 'default');
		 * // => 'default'
		 */
		function get(object, path, defaultValue) {
		  var result = object == null ? undefined : baseGet(object, path);
		  return result === undefined ? defaultValue : result;
		}

		/**
		 * Checks if `path` is a direct or inherited property of `object`.
		 *
		 * @static
		 * @memberOf _
		 * @since 4.0.0
		 * @category Object
		 * @param {Object} object The object to query.
		 * @param {Array|string} path The path to check.
		 * @returns {boolean} Returns `true` if `path` exists, else `false`.
		 * @example
		 *
		 * var object = _.create({ 'a': _.create({ 'b': 2 }) });
		 *
		 * _.hasIn(object, 'a');
		 * // => true
		 *
		 * _.hasIn(object, 'a.b');
		 * // => true
		 *
		 * _.hasIn(object, ['a', 'b']);
		 * // => true
		 *
		 * _.hasIn(object, 'b');
		 * // => false
		 */
		function hasIn(object, path) {
		  return object != null && hasPath(object, path, baseHasIn);
		}

		/**
		 * Creates an array of the own enumerable property names of `object`.
		 *
		 * **Note:** Non-object values are coerced to objects. See the
		 * [ES spec](http://ecma-international.org/ecma-262/7.0/#sec-object.keys)
		 * for more details.
		 *
		 * @static
		 * @since 0.1.0
		 * @memberOf _
		 * @category Object
		 * @param {Object} object The object to query.
		 * @returns {Array} Returns the array of property names.
		 * @example
		 *
		 * function Foo() {
		 *   this.a = 1;
		 *   this.b = 2;
		 * }
		 *
		 * Foo.prototype.c = 3;
		 *
		 * _.keys(new Foo);
		 * // => ['a', 'b'] (iteration order is not guaranteed)
		 *
		 * _.keys('hi');
		 * // => ['0', '1']
		 */
		function keys(object) {
		  return isArrayLike(object) ? arrayLikeKeys(object) : baseKeys(object);
		}

		/**
		 * This method returns the first argument it receives.
		 *
		 * @static
		 * @since 0.1.0
		 * @memberOf _
		 * @category Util
		 * @param {*} value Any value.
		 * @returns {*} Returns `value`.
		 * @example
		 *
		 * var object = { 'a': 1 };
		 *
		 * console.log(_.identity(object) === object);
		 * // => true
		 */
		function identity(value) {
		  return value;
		}

		/**
		 * Creates a function that returns the value at `path` of a given object.
		 *
		 * @static
		 * @memberOf _
		 * @since 2.4.0
		 * @category Util
		 * @param {Array|string} path The path of the property to get.
		 * @returns {Function} Returns the new accessor function.
		 * @example
		 *
		 * var objects = [
		 *   { 'a': { 'b': 2 } },
		 *   { 'a': { 'b': 1 } }
		 * ];
		 *
		 * _.map(objects, _.property('a.b'));
		 * // => [2, 1]
		 *
		 * _.map(_.sortBy(objects, _.property(['a', 'b'])), 'a.b');
		 * // => [1, 2]
		 */
		function property(path) {
		  return isKey(path) ? baseProperty(toKey(path)) : basePropertyDeep(path);
		}

		module.exports = sortBy; 
	} (lodash_sortby, lodash_sortby.exports));
	return lodash_sortby.exports;
}

var escapeStringRegexp;
var hasRequiredEscapeStringRegexp;

function requireEscapeStringRegexp () {
	if (hasRequiredEscapeStringRegexp) return escapeStringRegexp;
	hasRequiredEscapeStringRegexp = 1;

	escapeStringRegexp = string => {
		if (typeof string !== 'string') {
			throw new TypeError('Expected a string');
		}

		// Escape characters with special meaning either inside or outside character sets.
		// Use a simple backslash escape when it’s always valid, and a \unnnn escape when the simpler form would be disallowed by Unicode patterns’ stricter grammar.
		return string
			.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&')
			.replace(/-/g, '\\x2d');
	};
	return escapeStringRegexp;
}

var regexpParse = {};

var hasRequiredRegexpParse;

function requireRegexpParse () {
	if (hasRequiredRegexpParse) return regexpParse;
	hasRequiredRegexpParse = 1;
	Object.defineProperty(regexpParse, "__esModule", { value: true });
	regexpParse.isRegExpString = regexpParse.parseRegExpString = void 0;
	// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions#advanced_searching_with_flags
	var REGEXP_LITERAL_PATTERN = /^\/(.+)\/([guimysd]*)$/;
	var parseRegExpString = function (str) {
	    var result = str.match(REGEXP_LITERAL_PATTERN);
	    if (!result) {
	        return null;
	    }
	    return {
	        source: result[1],
	        flagString: result[2]
	    };
	};
	regexpParse.parseRegExpString = parseRegExpString;
	var isRegExpString = function (str) {
	    return REGEXP_LITERAL_PATTERN.test(str);
	};
	regexpParse.isRegExpString = isRegExpString;
	
	return regexpParse;
}

var hasRequiredRegexpStringMatcher;

function requireRegexpStringMatcher () {
	if (hasRequiredRegexpStringMatcher) return regexpStringMatcher;
	hasRequiredRegexpStringMatcher = 1;
	(function (exports) {
		var __importDefault = (regexpStringMatcher && regexpStringMatcher.__importDefault) || function (mod) {
		    return (mod && mod.__esModule) ? mod : { "default": mod };
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.matchPatterns = exports.createRegExp = void 0;
		var lodash_uniq_1 = __importDefault(requireLodash_uniq());
		var lodash_uniqwith_1 = __importDefault(requireLodash_uniqwith());
		var lodash_sortby_1 = __importDefault(requireLodash_sortby());
		var escape_string_regexp_1 = __importDefault(requireEscapeStringRegexp());
		var regexp_parse_1 = requireRegexpParse();
		var DEFAULT_FLAGS = "ug";
		var defaultFlags = function (flagsString) {
		    if (flagsString.length === 0) {
		        return DEFAULT_FLAGS;
		    }
		    return (0, lodash_uniq_1.default)((flagsString + DEFAULT_FLAGS).split("")).join("");
		};
		var createRegExp = function (patternString, defaultFlag) {
		    if (defaultFlag === void 0) { defaultFlag = DEFAULT_FLAGS; }
		    if (patternString.length === 0) {
		        throw new Error("Empty string can not handled");
		    }
		    if ((0, regexp_parse_1.isRegExpString)(patternString)) {
		        var regExpStructure = (0, regexp_parse_1.parseRegExpString)(patternString);
		        if (regExpStructure) {
		            return new RegExp(regExpStructure.source, defaultFlags(regExpStructure.flagString));
		        }
		        throw new Error("\"".concat(patternString, "\" can not parse as RegExp."));
		    }
		    else {
		        return new RegExp((0, escape_string_regexp_1.default)(patternString), defaultFlag);
		    }
		};
		exports.createRegExp = createRegExp;
		var isEqualMatchPatternResult = function (a, b) {
		    return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.match === b.match;
		};
		/**
		 * Match regExpLikeStrings and return matchPatternResults
		 * @param text target text
		 * @param regExpLikeStrings an array of pattern string
		 */
		var matchPatterns = function (text, regExpLikeStrings) {
		    var matchPatternResults = [];
		    regExpLikeStrings
		        .map(function (patternString) {
		        return (0, exports.createRegExp)(patternString);
		    })
		        .forEach(function (regExp) {
		        var results = text.matchAll(regExp);
		        Array.from(results).forEach(function (result) {
		            if (result.index === undefined) {
		                return;
		            }
		            var match = result[0];
		            var index = result.index;
		            matchPatternResults.push({
		                match: match,
		                captures: result.slice(1),
		                startIndex: index,
		                endIndex: index + match.length
		            });
		        });
		    });
		    var uniqResults = (0, lodash_uniqwith_1.default)(matchPatternResults, isEqualMatchPatternResult);
		    return (0, lodash_sortby_1.default)(uniqResults, ["startIndex", "endIndex"]);
		};
		exports.matchPatterns = matchPatterns;
		
	} (regexpStringMatcher));
	return regexpStringMatcher;
}

var regexpStringMatcherExports = requireRegexpStringMatcher();

/**
 * These should be ignored by default, because these are used in AWS example.
 * https://docs.aws.amazon.com/ja_jp/general/latest/gr/aws-access-keys-best-practices.html
 */
const BUILTIN_IGNORED = {
    AWSAccountID: ["AKIAIOSFODNN7EXAMPLE"],
    AWSSecretAccessKey: ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
};
const messages$r = {
    AWSAccountID: {
        en: (props) => `found AWS Account ID: ${props.ID}`,
        ja: (props) => `AWS Account ID: ${props.ID} がみつかりました`,
    },
    AWSSecretAccessKey: {
        en: (props) => `found AWS Secret Access Key: ${props.KEY}`,
        ja: (props) => `AWS Secret Access Key: ${props.KEY} がみつかりました`,
    },
    AWSAccessKeyID: {
        en: (props) => `found AWS Access Key ID: ${props.ID}`,
        ja: (props) => `AWS Access Key Id: ${props.ID} がみつかりました`,
    },
};
/*
  local aws="(AWS|aws|Aws)?_?" quote="(\"|')" connect="\s*(:|=>|=)\s*"
  local opt_quote="${quote}?"
  add_config 'secrets.providers' 'git secrets --aws-provider'

  add_config 'secrets.patterns' '(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}'

  add_config 'secrets.patterns' "${opt_quote}${aws}(SECRET|secret|Secret)?_?(ACCESS|access|Access)?_?(KEY|key|Key)${opt_quote}${connect}${opt_quote}[A-Za-z0-9/\+=]{40}${opt_quote}"

  add_config 'secrets.patterns' "${opt_quote}${aws}(ACCOUNT|account|Account)_?(ID|id|Id)?${opt_quote}${connect}${opt_quote}[0-9]{4}\-?[0-9]{4}\-?[0-9]{4}${opt_quote}"

  add_config 'secrets.allowed' 'AKIAIOSFODNN7EXAMPLE'
  add_config 'secrets.allowed' "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

  https://docs.cribl.io/docs/regexesyml
 */
const reportAWSAccessKey = ({ t, source, context, options, }) => {
    // AWS Access Key ID
    // Example) AKIAIOSFODNN7EXAMPLE
    const AWSAccessKeyIDPattern = /\b(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}\b/g;
    const results = source.content.matchAll(AWSAccessKeyIDPattern);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        // Built-in ignore
        if (BUILTIN_IGNORED.AWSAccountID.includes(match)) {
            continue;
        }
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("AWSAccessKeyID", {
                ID: match,
            }),
            range,
        });
    }
};
const reportAWSSecretAccessKey = ({ t, source, context, options, }) => {
    const AWS = "(?:AWS|aws|Aws)?_?";
    const QUOTE = `["']?`;
    const CONNECT = "\\s*(?::|=>|=)\\s*";
    // git-secrets implementation match _KEY=XXX, but it is false-positive
    // https://github.com/awslabs/git-secrets/blob/5e28df337746db4f070c84f7069d365bfd0d72a8/git-secrets#L239
    // This Pattern match only `AWS?_SECRET_ACCESS_KEY=XXX`
    const AWSSecretPatten = new RegExp(String.raw `${QUOTE}${AWS}(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)${QUOTE}${CONNECT}${QUOTE}([A-Za-z0-9/\+=]{40})${QUOTE}\b`, "g");
    const results = source.content.matchAll(AWSSecretPatten);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[1] || "";
        const range = [index, index + match.length];
        // Built-in ignored
        if (BUILTIN_IGNORED.AWSSecretAccessKey.includes(match)) {
            continue;
        }
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("AWSSecretAccessKey", {
                KEY: match,
            }),
            range,
        });
    }
};
const reportAWSAccountID = ({ t, source, context, options, }) => {
    const AWS = "(AWS|aws|Aws)?_?";
    const QUOTE = `("|')?`;
    const CONNECT = "\\s*(:|=>|=)\\s*";
    const AWSSecretPatten = new RegExp(String.raw `${QUOTE}${AWS}(ACCOUNT|account|Account)_?(ID|id|Id)?${QUOTE}${CONNECT}${QUOTE}[0-9]{4}\-?[0-9]{4}\-?[0-9]{4}${QUOTE}\b`, "g");
    const results = source.content.matchAll(AWSSecretPatten);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("AWSAccountID", {
                ID: match,
            }),
            range,
        });
    }
};
const creator$s = {
    messages: messages$r,
    meta: {
        id: "@secretlint/secretlint-rule-aws",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-aws/README.md",
        },
    },
    create(context, options) {
        const normalizedOptions = {
            allows: options.allows || [],
            enableIDScanRule: options.enableIDScanRule ?? false,
        };
        const t = context.createTranslator(messages$r);
        return {
            file(source) {
                if (normalizedOptions.enableIDScanRule) {
                    reportAWSAccessKey({ t, source: source, context: context, options: normalizedOptions });
                    reportAWSAccountID({ t, source: source, context: context, options: normalizedOptions });
                }
                reportAWSSecretAccessKey({ t, source: source, context: context, options: normalizedOptions });
            },
        };
    },
};

/**
 * Minimal PKCS#12 MAC verification.
 *
 * GCP Service Account .p12 files are detected by checking whether the
 * top-level MAC verifies against the well-known `notasecret` password.
 * Full decryption of the PKCS#12 ContentInfo is unnecessary for that check,
 * so we only parse enough of the DER structure to extract the MacData and
 * the authSafe content, then recompute the MAC. Supports MAC digests of
 * SHA-1 (classic openssl default), SHA-256 (openssl 3 default), SHA-384,
 * and SHA-512.
 *
 * Uses `node:crypto` when available, otherwise any environment with a Web Crypto
 * implementation on `globalThis.crypto.subtle`.
 *
 * References:
 *   - RFC 7292 (PKCS #12 v1.1) section 4, Appendix B
 */
// ASN.1 tags we care about.
const TAG_INTEGER = 0x02;
const TAG_OCTET_STRING = 0x04;
const TAG_NULL = 0x05;
const TAG_OID = 0x06;
const TAG_SEQUENCE = 0x30;
const TAG_CONTEXT_0 = 0xa0;
function readTlv(buf, offset) {
    if (offset + 2 > buf.length) {
        throw new Error("PKCS12: truncated TLV header");
    }
    const tag = buf[offset];
    const lenByte = buf[offset + 1];
    let length;
    let contentStart;
    if (lenByte < 0x80) {
        length = lenByte;
        contentStart = offset + 2;
    }
    else {
        const lenBytes = lenByte & 0x7f;
        if (lenBytes === 0 || lenBytes > 4) {
            throw new Error("PKCS12: unsupported ASN.1 length encoding");
        }
        if (offset + 2 + lenBytes > buf.length) {
            throw new Error("PKCS12: truncated ASN.1 length");
        }
        length = 0;
        for (let i = 0; i < lenBytes; i++) {
            // Multiply instead of `<< 8` so a 4-byte length with the high bit
            // set does not overflow into a negative 32-bit signed integer.
            length = length * 256 + buf[offset + 2 + i];
        }
        contentStart = offset + 2 + lenBytes;
    }
    const end = contentStart + length;
    if (end > buf.length) {
        throw new Error("PKCS12: TLV extends past buffer");
    }
    return { tag, content: buf.subarray(contentStart, end), end };
}
function expectTag(tlv, tag, label) {
    if (tlv.tag !== tag) {
        throw new Error(`PKCS12: expected ${label} tag 0x${tag.toString(16)} but got 0x${tlv.tag.toString(16)}`);
    }
}
function readInteger(tlv) {
    expectTag(tlv, TAG_INTEGER, "INTEGER");
    let value = 0;
    for (const byte of tlv.content) {
        value = value * 256 + byte;
    }
    return value;
}
function bytesEqual(a, b) {
    if (a.length !== b.length)
        return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) {
        diff |= a[i] ^ b[i];
    }
    return diff === 0;
}
// OIDs we recognize, DER-encoded value bytes (without tag/length).
const OID_DATA = new Uint8Array([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);
const OID_SHA1 = new Uint8Array([0x2b, 0x0e, 0x03, 0x02, 0x1a]);
const OID_SHA256 = new Uint8Array([0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01]);
const OID_SHA384 = new Uint8Array([0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02]);
const OID_SHA512 = new Uint8Array([0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03]);
const MAC_HASHES = [
    { oid: OID_SHA1, hash: { name: "SHA-1", outputSize: 20, blockSize: 64 } },
    { oid: OID_SHA256, hash: { name: "SHA-256", outputSize: 32, blockSize: 64 } },
    { oid: OID_SHA384, hash: { name: "SHA-384", outputSize: 48, blockSize: 128 } },
    { oid: OID_SHA512, hash: { name: "SHA-512", outputSize: 64, blockSize: 128 } },
];
function matchHash(oidBytes) {
    for (const { oid, hash } of MAC_HASHES) {
        if (bytesEqual(oidBytes, oid))
            return hash;
    }
    return undefined;
}
// openssl and GCP service account keys use 2048. Java keytool uses 10000.
// Anything above this is far outside real-world .p12 files.
const MAX_MAC_ITERATIONS = 100_000;
function parsePkcs12(buf) {
    // PFX ::= SEQUENCE { version INTEGER, authSafe ContentInfo, macData MacData OPTIONAL }
    const pfx = readTlv(buf, 0);
    expectTag(pfx, TAG_SEQUENCE, "PFX SEQUENCE");
    const version = readTlv(pfx.content, 0);
    if (readInteger(version) !== 3) {
        throw new Error("PKCS12: unsupported version");
    }
    const authSafeInfo = readTlv(pfx.content, version.end);
    expectTag(authSafeInfo, TAG_SEQUENCE, "ContentInfo SEQUENCE");
    // ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY }
    const contentType = readTlv(authSafeInfo.content, 0);
    expectTag(contentType, TAG_OID, "contentType OID");
    if (!bytesEqual(contentType.content, OID_DATA)) {
        // We only support the unencrypted `data` ContentInfo which is what
        // `openssl pkcs12 -export` (and therefore GCP) emits.
        throw new Error("PKCS12: unsupported authSafe contentType");
    }
    const explicit0 = readTlv(authSafeInfo.content, contentType.end);
    expectTag(explicit0, TAG_CONTEXT_0, "[0] EXPLICIT");
    const authSafeOctet = readTlv(explicit0.content, 0);
    expectTag(authSafeOctet, TAG_OCTET_STRING, "authSafe OCTET STRING");
    const macData = readTlv(pfx.content, authSafeInfo.end);
    expectTag(macData, TAG_SEQUENCE, "MacData SEQUENCE");
    // MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }
    const digestInfo = readTlv(macData.content, 0);
    expectTag(digestInfo, TAG_SEQUENCE, "DigestInfo SEQUENCE");
    const alg = readTlv(digestInfo.content, 0);
    expectTag(alg, TAG_SEQUENCE, "AlgorithmIdentifier SEQUENCE");
    const algOid = readTlv(alg.content, 0);
    expectTag(algOid, TAG_OID, "algorithm OID");
    const macHash = matchHash(algOid.content);
    if (!macHash) {
        throw new Error("PKCS12: unsupported MAC digest algorithm");
    }
    // Optional NULL parameters are ignored.
    if (algOid.end < alg.content.length) {
        const params = readTlv(alg.content, algOid.end);
        if (params.tag !== TAG_NULL) {
            throw new Error("PKCS12: unexpected MAC algorithm parameters");
        }
    }
    const digest = readTlv(digestInfo.content, alg.end);
    expectTag(digest, TAG_OCTET_STRING, "digest OCTET STRING");
    const salt = readTlv(macData.content, digestInfo.end);
    expectTag(salt, TAG_OCTET_STRING, "macSalt OCTET STRING");
    let iterations = 1;
    if (salt.end < macData.content.length) {
        const iter = readTlv(macData.content, salt.end);
        iterations = readInteger(iter);
    }
    // Reject untrusted iteration counts that would let a crafted .p12 DoS the
    // scanner: each iteration is one digest call.
    if (iterations < 1 || iterations > MAX_MAC_ITERATIONS) {
        throw new Error("PKCS12: MAC iteration count out of range");
    }
    return {
        authSafe: authSafeOctet.content,
        macHash,
        macSalt: salt.content,
        macDigest: digest.content,
        iterations,
    };
}
// Web Crypto's BufferSource requires an ArrayBufferView whose buffer is an
// ArrayBuffer (not the default ArrayBufferLike of Uint8Array). Copy into a
// fresh ArrayBuffer to satisfy the type without relying on assertions.
function toBufferSource(data) {
    const copy = new Uint8Array(data.length);
    copy.set(data);
    return copy;
}
const NODE_HASH_NAMES = {
    "SHA-1": "sha1",
    "SHA-256": "sha256",
    "SHA-384": "sha384",
    "SHA-512": "sha512",
};
/**
 * Prefer the synchronous `node:crypto` hash when available: awaiting a Web
 * Crypto digest per iteration is about 20x slower, which matters because the
 * iteration count comes from the untrusted file.
 * Falls back to Web Crypto in environments without `node:crypto`.
 */
async function createDigest(hash) {
    try {
        const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 77598, 19));
        const algorithm = NODE_HASH_NAMES[hash.name];
        return (data) => new Uint8Array(createHash(algorithm).update(data).digest());
    }
    catch {
        return async (data) => new Uint8Array(await globalThis.crypto.subtle.digest(hash.name, toBufferSource(data)));
    }
}
function padToMultipleOf(src, blockSize) {
    if (src.length === 0)
        return new Uint8Array(0);
    const padded = new Uint8Array(Math.ceil(src.length / blockSize) * blockSize);
    for (let i = 0; i < padded.length; i++) {
        padded[i] = src[i % src.length];
    }
    return padded;
}
function encodePasswordAsBmpString(password) {
    // RFC 7292 Appendix B.1: non-empty passwords are encoded as BMPString
    // (UTF-16BE) with a trailing two-byte null terminator. The empty password
    // is the empty byte sequence, not `[0x00, 0x00]`.
    if (password.length === 0)
        return new Uint8Array(0);
    const bytes = new Uint8Array(password.length * 2 + 2);
    for (let i = 0; i < password.length; i++) {
        const code = password.charCodeAt(i);
        bytes[i * 2] = (code >> 8) & 0xff;
        bytes[i * 2 + 1] = code & 0xff;
    }
    return bytes;
}
/**
 * PKCS#12 key derivation (RFC 7292 Appendix B.2) for deriving the MAC key.
 *
 * Specialized for the case where the desired key length is at most the
 * hash output size (which is always true for HMAC keys here: 20 bytes for
 * SHA-1, 32 bytes for SHA-256). In that case only a single block A[1] is
 * produced, so the iterative I-update loop from the spec is unnecessary.
 */
async function deriveMacKey(hash, password, salt, iterations) {
    const v = hash.blockSize;
    const u = hash.outputSize;
    const ID_MAC = 3;
    const D = new Uint8Array(v).fill(ID_MAC);
    const P = padToMultipleOf(encodePasswordAsBmpString(password), v);
    const S = padToMultipleOf(salt, v);
    const DI = new Uint8Array(D.length + S.length + P.length);
    DI.set(D, 0);
    DI.set(S, D.length);
    DI.set(P, D.length + S.length);
    const digest = await createDigest(hash);
    let A = await digest(DI);
    for (let i = 1; i < iterations; i++) {
        A = await digest(A);
    }
    return A.subarray(0, u);
}
/**
 * Verify a PKCS#12 PFX MAC using the supplied password.
 *
 * Returns `true` only when the file is a well-formed PKCS#12 v3 structure
 * with an unencrypted `data` authSafe, a recognized MAC digest algorithm
 * (SHA-1/256/384/512), and a MAC that matches the password. Any structural
 * or algorithmic mismatch yields `false`.
 */
async function verifyPkcs12Mac(pfxBytes, password) {
    let parsed;
    try {
        parsed = parsePkcs12(pfxBytes);
    }
    catch {
        return false;
    }
    try {
        const key = await deriveMacKey(parsed.macHash, password, parsed.macSalt, parsed.iterations);
        const cryptoKey = await globalThis.crypto.subtle.importKey("raw", toBufferSource(key), { name: "HMAC", hash: parsed.macHash.name }, false, ["sign"]);
        const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", cryptoKey, toBufferSource(parsed.authSafe)));
        return bytesEqual(mac, parsed.macDigest);
    }
    catch {
        // Missing crypto.subtle, unsupported algorithm, etc. — treat as "not a
        // verifiable GCP p12" rather than propagating to the caller.
        return false;
    }
}

// The PKCS#12 password for GCP Service Account private key files.
// https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts.keys#serviceaccountprivatekeytype
const GCP_SERVICE_ACCOUNT_P12_PASSWORD = "notasecret";
async function reportIfFoundPrivateKeyP12Format({ source, options, context, t, }) {
    if (!source.filePath) {
        return;
    }
    try {
        // lazy load fs/path; browser does not have fs module
        const fs = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 73024, 19));
        const path = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 76760, 19));
        // p12 is binary, so allows matches against the file name
        const fileName = path.basename(source.filePath);
        if (regexpStringMatcherExports.matchPatterns(fileName, options.allows).length > 0) {
            return;
        }
        const pfxBytes = new Uint8Array(fs.readFileSync(source.filePath));
        const isGcpServiceAccountP12 = await verifyPkcs12Mac(pfxBytes, GCP_SERVICE_ACCOUNT_P12_PASSWORD);
        if (!isGcpServiceAccountP12) {
            return;
        }
        context.report({
            message: t("PrivateKeyP12", {
                FILE_NAME: fileName,
            }),
            range: [0, source.content.length],
        });
    }
    catch {
        // nope
    }
}

const messages$q = {
    PrivateKeyP12: {
        en: (props) => `found GCP Service Account's private key(p12): ${props.FILE_NAME}`,
        ja: (props) => `GCPサービスアカウントの秘密鍵(p12) ${props.FILE_NAME} がみつかりました`,
    },
    PrivateKeyJSON: {
        en: (props) => `found GCP Service Account's private key(json): ${props.FILE_NAME}`,
        ja: (props) => `GCPサービスアカウントの秘密鍵(json): ${props.FILE_NAME} がみつかりました`,
    },
};
function reportIfFoundPrivateKeyJSONFormat({ source, options, context, t, }) {
    try {
        const credentialObject = JSON.parse(source.content);
        // Private Key Pattern
        const PRIVATE_KEY_PATTERN = /-----BEGIN\s?(DSA|RSA|EC|PGP|OPENSSH)?\s?PRIVATE KEY/gm;
        const isGCPServiceAccountPrivateKeyJSON = "private_key_id" in credentialObject &&
            "private_key" in credentialObject &&
            PRIVATE_KEY_PATTERN.test(credentialObject["private_key"]);
        if (!isGCPServiceAccountPrivateKeyJSON) {
            return;
        }
        // allows matches against key-specific values only. client_email is not used because it stays the same
        // across key rotations, so allowing it would hide newly issued keys for the same service account.
        const allowCandidates = [credentialObject["private_key_id"], credentialObject["private_key"]].filter((value) => typeof value === "string");
        if (allowCandidates.some((value) => regexpStringMatcherExports.matchPatterns(value, options.allows).length > 0)) {
            return;
        }
        context.report({
            message: t("PrivateKeyJSON", {
                FILE_NAME: source.filePath ? external_node_path_.basename(source.filePath) : "",
            }),
            range: [0, source.content.length],
        });
    }
    catch {
        // nope
    }
}
const creator$r = {
    messages: messages$q,
    meta: {
        id: "@secretlint/secretlint-rule-gcp",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["all"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-gcp/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$q);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                if (source.ext === ".p12") {
                    return reportIfFoundPrivateKeyP12Format({ source, options: normalizedOptions, context, t });
                }
                else if (source.ext === ".json") {
                    return reportIfFoundPrivateKeyJSONFormat({ source, options: normalizedOptions, context, t });
                }
            },
        };
    },
};

const messages$p = {
    PackageJSON_xOauthToken: {
        en: (props) => `found GitHub Token: ${props.TOKEN}`,
        ja: (props) => `GitHub Token: ${props.TOKEN} がみつかりました`,
    },
    Npmrc_authToken: {
        en: (props) => `found npmrc authToken: ${props.TOKEN}`,
        ja: (props) => `npmrc authToken: ${props.TOKEN} がみつかりました`,
    },
    NPM_ACCESS_TOKEN: {
        en: (props) => `found npm access token: ${props.TOKEN}`,
        ja: (props) => `npm access token: ${props.TOKEN} がみつかりました`,
    },
};
function reportIfFoundXOauthGitHubToken({ source, options, context, t, }) {
    // https://github.blog/2012-09-21-easier-builds-and-deployments-using-git-over-https-and-oauth/
    // https://stackoverflow.com/questions/14402407/maximum-length-of-a-domain-name-without-the-http-www-com-parts
    const XOAuthPattern = /https?:\/\/(.{1,256}):x-oauth-basic@github.com\//g;
    const results = source.content.matchAll(XOAuthPattern);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[1] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("PackageJSON_xOauthToken", {
                TOKEN: match,
            }),
            range,
        });
    }
}
function reportIfFound_AuthTokenInNpmrc({ source, options, context, t, }) {
    // https://blog.npmjs.org/post/118393368555/deploying-with-npm-private-modules
    // allow _authToken=${NPM_TOKEN}
    // https://github.com/secretlint/secretlint/issues/302
    const AuthTokenPattern = /_authToken=([^$].*)/g;
    const results = source.content.matchAll(AuthTokenPattern);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[1] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("Npmrc_authToken", {
                TOKEN: match,
            }),
            range,
        });
    }
}
function reportIfFound_NPM_ACCESS_TOKEN({ source, options, context, t, }) {
    // https://github.blog/2021-09-23-announcing-npms-new-access-token-format/
    // https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
    // token length should be 40
    const NPM_ACCESS_TOKEN_PATTERN = /(?<!\p{L})npm_[A-Za-z0-9_]{36}(?![A-Za-z0-9_])/gu;
    const results = source.content.matchAll(NPM_ACCESS_TOKEN_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("NPM_ACCESS_TOKEN", {
                TOKEN: match,
            }),
            range,
        });
    }
}
const isPackageFile = (filePath) => {
    if (!filePath) {
        return true;
    }
    return filePath.endsWith("package.json") || filePath.endsWith("package-lock.json");
};
const isNpmrc = (filePath) => {
    if (!filePath) {
        return true;
    }
    return filePath.endsWith(".npmrc");
};
const creator$q = {
    messages: messages$p,
    meta: {
        id: "@secretlint/secretlint-rule-npm",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-npm/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$p);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                if (isPackageFile(source.filePath)) {
                    reportIfFoundXOauthGitHubToken({ source, options: normalizedOptions, context, t });
                }
                else if (isNpmrc(source.filePath)) {
                    reportIfFound_AuthTokenInNpmrc({ source, options: normalizedOptions, context, t });
                }
                reportIfFound_NPM_ACCESS_TOKEN({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$o = {
    SLACK_TOKEN: {
        en: (props) => `found slack token: ${props.TOKEN}`,
        ja: (props) => `Slackトークン: ${props.TOKEN} がみつかりました`,
    },
    IncomingWebhook: {
        en: (props) => `found Slack Incoming Webhook: ${props.URL}`,
        ja: (props) => `SlackのIncoming Webhooks: ${props.TOKEN} がみつかりました`,
    },
};
function reportIfFoundRawPrivateKey$1({ source, options, context, t, }) {
    // Based on https://docs.cribl.io/docs/regexesyml
    // https://api.slack.com/docs/token-types
    // Bot user token strings begin with xoxb-
    // User token strings begin with xoxp-
    // App token strings begin with xapp-
    // Workspace access token strings begin with xoxa-2
    // Workspace refresh token strings begin with xoxr
    // Pattern: {prefix}-(\d-)-xxxx-xxxx
    const SLACK_TOKEN_PATTERN = /\b(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}\b/g;
    const results = source.content.matchAll(SLACK_TOKEN_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("SLACK_TOKEN", {
                TOKEN: match,
            }),
            range,
        });
    }
}
/**
 * Report if found Incoming Webhooks
 * https://api.slack.com/messaging/webhooks
 * @param source
 * @param options
 * @param context
 * @param t
 */
function reportIfFoundIncomingWebhook({ source, options, context, t, }) {
    // Based on https://hooks.slack.com/TXXXXX/BXXXXX/XXXXXXXXXX
    // https://api.slack.com/messaging/webhooks
    const IncomingWebhooksPattern = /https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/gi;
    const results = source.content.matchAll(IncomingWebhooksPattern);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("IncomingWebhook", {
                URL: match,
            }),
            range,
        });
    }
}
const creator$p = {
    messages: messages$o,
    meta: {
        id: "@secretlint/secretlint-rule-slack",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-slack/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$o);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                reportIfFoundRawPrivateKey$1({ source, options: normalizedOptions, context, t });
                reportIfFoundIncomingWebhook({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$n = {
    BasicAuth: {
        en: (props) => `found basic auth credential: ${props.CREDENTIAL}`,
        ja: (props) => `ベーシック認証情報: ${props.CREDENTIAL} がみつかりました`,
    },
};
// Common placeholder patterns that should be ignored to avoid false positives
const BUILTIN_IGNORED_PATTERNS$1 = [
    "localhost",
    "127.0.0.1",
    "password",
    "mypassword",
    "myusername",
    "{password}",
    "${password}",
    "{{password}}",
    "{username}",
    "${username}",
    "{{username}}",
    "YOUR_PASSWORD",
    "YOUR_USERNAME",
    "REPLACE_WITH_PASSWORD",
    "REPLACE_WITH_USERNAME",
];
/**
 * Check if the string contains variable-like patterns that indicate it's likely a template
 */
function isVariableLikeString$1(str) {
    // Check for common variable patterns with length limits to prevent ReDoS
    const variablePatterns = [
        /\$\{[^}]{1,50}\}/, // ${var}
        /\{\{[^}]{1,50}\}\}/, // {{var}}
        /\{[^}]{1,50}\}/, // {var}
        /%[A-Z_]{1,30}%/, // %VAR%
        /\$[A-Z_]{1,30}/, // $VAR
    ];
    return variablePatterns.some((pattern) => pattern.test(str));
}
/**
 * Check if the username part looks like a real credential
 */
function isLikelyRealUsername(username) {
    // Skip if it's too short
    if (username.length < 2)
        return false;
    // Skip if it contains variable patterns
    if (isVariableLikeString$1(username))
        return false;
    // Skip if it's a common placeholder
    if (BUILTIN_IGNORED_PATTERNS$1.some((pattern) => username.toLowerCase().includes(pattern.toLowerCase()))) {
        return false;
    }
    return true;
}
/**
 * Check if the password part looks like a real credential
 */
function isLikelyRealPassword(password) {
    // Skip if it's too short or too simple
    if (password.length < 4)
        return false;
    // Skip if it contains variable patterns
    if (isVariableLikeString$1(password))
        return false;
    // Skip if it's a common placeholder
    if (BUILTIN_IGNORED_PATTERNS$1.some((pattern) => password.toLowerCase().includes(pattern.toLowerCase()))) {
        return false;
    }
    // Skip passwords that are too repetitive (same character repeated)
    if (/^(.)\1{3,}$/.test(password))
        return false; // e.g., "aaaa", "1111", "xxxx"
    return true;
}
function reportIfFoundBasicAuth({ source, options, context, t, }) {
    // https://developer.mozilla.org/docs/Web/HTTP/Authentication
    // https://ihateregex.io/expr/url
    // Using possessive quantifiers to prevent ReDoS
    const URL_PATTERN = /(?<protocol>(?:https?|ftp|ftps)):\/\/(?<user>[-a-zA-Z0-9_]{1,256}):(?<password>[-a-zA-Z0-9_]{1,256})@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}\b/g;
    const results = source.content.matchAll(URL_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const username = result.groups?.user;
        const password = result.groups?.password;
        // Skip if no credentials found
        if (!username || !password)
            continue;
        // Skip if username doesn't look real
        if (!isLikelyRealUsername(username))
            continue;
        // Skip if password doesn't look real
        if (!isLikelyRealPassword(password))
            continue;
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("BasicAuth", {
                CREDENTIAL: match,
            }),
            range,
        });
    }
}
const creator$o = {
    messages: messages$n,
    meta: {
        id: "@secretlint/secretlint-rule-basicauth",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-basicauth/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$n);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                reportIfFoundBasicAuth({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$m = {
    OPENAI_TOKEN: {
        en: (props) => `found OpenAI API token: ${props.TOKEN}`,
        ja: (props) => `OpenAI API トークン: ${props.TOKEN} がみつかりました`,
    },
};
const creator$n = {
    messages: messages$m,
    meta: {
        id: "@secretlint/secretlint-rule-openai",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-openai/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$m);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                const pattern = /sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/g;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("OPENAI_TOKEN", {
                            TOKEN: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$l = {
    ANTHROPIC_API_KEY: {
        en: (props) => `found Anthropic Claude API key: ${props.KEY}`,
        ja: (props) => `Anthropic Claude API キー: ${props.KEY} がみつかりました`,
    },
};
const creator$m = {
    messages: messages$l,
    meta: {
        id: "@secretlint/secretlint-rule-anthropic",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-anthropic/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$l);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                // Anthropic Claude API keys patterns:
                // - sk-ant-api03-... (original format) - 13 chars prefix
                // - sk-ant-api04-... (newer format) - 13 chars prefix
                // Example format: sk-ant-api03-<93 base64url chars>AA (108 chars total)
                // Breakdown: prefix(13) + middle(93) + suffix(2) = 108 chars
                // Pattern: sk-ant-api0[3-4]- + base64-like characters (exactly 93 chars) + ending with AA
                // https://docs.anthropic.com/en/api/overview
                // https://docs.anthropic.com/en/api/admin-api/apikeys/get-api-key
                // https://docs.gitguardian.com/secrets-detection/secrets-detection-engine/detectors/specifics/claude_api_key
                const pattern = /(?<!\p{L})sk-ant-api0\d-[A-Za-z0-9_-]{90,128}AA(?![A-Za-z0-9_-])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("ANTHROPIC_API_KEY", {
                            KEY: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$k = {
    GROQ_API_KEY: {
        en: (props) => `found Groq API key: ${props.KEY}`,
        ja: (props) => `Groq API キー: ${props.KEY} がみつかりました`,
    },
};
const creator$l = {
    messages: messages$k,
    meta: {
        id: "@secretlint/secretlint-rule-groq",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-groq/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$k);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                // Groq API keys format:
                // - Prefix "gsk_" followed by exactly 52 alphanumeric characters
                // References:
                // - https://console.groq.com/docs/quickstart
                // - https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
                // - https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/groq/groq.go
                const pattern = /(?<!\p{L})gsk_[a-zA-Z0-9]{52}(?![a-zA-Z0-9])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("GROQ_API_KEY", {
                            KEY: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$j = {
    HUGGINGFACE_USER_ACCESS_TOKEN: {
        en: (props) => `found Hugging Face User Access Token: ${props.TOKEN}`,
        ja: (props) => `Hugging Face User Access Token: ${props.TOKEN} がみつかりました`,
    },
};
const creator$k = {
    messages: messages$j,
    meta: {
        id: "@secretlint/secretlint-rule-huggingface",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-huggingface/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$j);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                // Hugging Face User Access Token format:
                // - Prefix: `hf_`
                // - Body: exactly 34 alphabetic characters (a-z, A-Z)
                // References:
                // - https://huggingface.co/docs/hub/security-tokens
                // - https://github.com/gitleaks/gitleaks
                const pattern = /(?<!\p{L})hf_[a-zA-Z]{34}(?![a-zA-Z])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("HUGGINGFACE_USER_ACCESS_TOKEN", {
                            TOKEN: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$i = {
    LINEAR_API_TOKEN: {
        en: (props) => `found linear api token: ${props.ID}`,
        ja: (props) => `linear api token: ${props.ID} がみつかりました`,
    },
};
const creator$j = {
    messages: messages$i,
    meta: {
        id: "@secretlint/secretlint-rule-linear",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-linear/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$i);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                const pattern = /(?<!\p{L})lin_api_[a-zA-Z0-9_]{32,128}(?![a-zA-Z0-9_])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("LINEAR_API_TOKEN", {
                            ID: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$h = {
    NOTION_INTEGRATION_TOKEN: {
        en: (props) => `found Notion integration token: ${props.TOKEN}`,
        ja: (props) => `Notion integration トークン: ${props.TOKEN} がみつかりました`,
    },
};
function reportIfFoundToken({ source, options, context, t, }) {
    /**
     * Notion Integration Token (new format introduced September 2024).
     *
     * Structure: `ntn_` prefix + 11 digits + 35 alphanumeric characters (46 chars after prefix).
     * The legacy `secret_` prefix is intentionally NOT detected here because it is too
     * generic and prone to false positives.
     *
     * References:
     * - https://developers.notion.com/changelog (API token prefix transition)
     * - https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
     * - https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml (notion-api-token)
     *
     * Note: Notion warns that the token format may change, so this pattern may need
     * to be revisited if a future format is introduced.
     */
    const NOTION_INTEGRATION_TOKEN_PATTERN = /(?<!\p{L})ntn_[0-9]{11}[A-Za-z0-9]{35}(?![A-Za-z0-9])/gu;
    const results = source.content.matchAll(NOTION_INTEGRATION_TOKEN_PATTERN);
    for (const result of results) {
        const index = result.index ?? 0;
        const match = result[0] ?? "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("NOTION_INTEGRATION_TOKEN", {
                TOKEN: match,
            }),
            range,
        });
    }
}
const creator$i = {
    messages: messages$h,
    meta: {
        id: "@secretlint/secretlint-rule-notion",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-notion/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$h);
        const normalizedOptions = {
            allows: options.allows ?? [],
        };
        return {
            file(source) {
                reportIfFoundToken({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$g = {
    PrivateKey: {
        en: (props) => `found private key: ${props.KEY}`,
        ja: (props) => `秘密鍵: ${props.KEY} がみつかりました`,
    },
};
/**
 * Regular expression to detect private keys and extract Base64 content in one pass
 * Based on https://docs.cribl.io/docs/regexesyml
 * Captures the Base64 content (group 1) between BEGIN and END markers
 *
 * Length constraint {100,10000} (heuristic):
 * - Minimum 100: Heuristically excludes short placeholders (smallest real key ECDSA-256 ≈ 288 chars)
 * - Maximum 10000: Heuristically prevents catastrophic backtracking and extremely large inputs
 *
 * Character class [A-Za-z0-9+/=\s\\]:
 * - Restricts to Base64 characters, whitespace, and backslash to prevent ReDoS attacks
 * - Backslash included to handle JSON escape sequences (\n, \r, \t)
 * - Fails fast on invalid characters, reducing backtracking complexity
 *
 * ReDoS mitigation:
 * - Uses greedy quantifier (no ?) to reduce backtracking ambiguity
 * - Simplified optional parts to minimize exponential complexity
 * - Length limit ensures bounded execution time
 */
const PEM_CONTENT_PATTERN = /-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----\n?([A-Za-z0-9+/=\s\\]{100,10000})\n?-----END[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/gm;
/**
 * Validate if the Base64 content is a real private key or a placeholder
 * Based on Base64 validation approach without decoding
 *
 * References:
 * - RFC 7468: Textual Encodings of PKIX, PKCS, and CMS Structures
 *   https://tools.ietf.org/html/rfc7468
 * - RFC 4648: The Base16, Base32, and Base64 Data Encodings
 *   https://datatracker.ietf.org/doc/html/rfc4648
 * - RFC 5208: PKCS #8: Private-Key Information Syntax v1.2
 *   https://datatracker.ietf.org/doc/html/rfc5208
 * - RFC 5958: Asymmetric Key Packages
 *   https://datatracker.ietf.org/doc/html/rfc5958
 * - RFC 3447: PKCS #1: RSA Cryptography Specifications v2.1
 *   https://datatracker.ietf.org/doc/html/rfc3447
 * - OpenSSH PROTOCOL.key
 *   https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
 *
 * @param base64Content - The Base64-encoded key content (without PEM headers)
 * @returns true if it's likely a real private key, false if it's a placeholder
 */
function validateBase64KeyContent(base64Content) {
    // 1. Base64 format validation (RFC 4648)
    // Reject non-Base64 characters like "...", "***", "xxx"
    if (!/^[A-Za-z0-9+/]+=*$/.test(base64Content)) {
        return false;
    }
    // 2. Minimum length check (Base64 100 chars = ~75 bytes decoded)
    // Real keys are much longer: RSA-1024 ≈ 800 chars, EC-256 ≈ 120 chars
    if (base64Content.length < 100) {
        return false;
    }
    // 3. Magic byte check (in Base64)
    // ASN.1 format (PKCS#1, PKCS#8, SEC1): 0x30 (SEQUENCE) → "MI*"
    // OpenSSH format: "openssh-key-v1\0" → "b3BlbnNzaC1rZXktdjE"
    const validMagicBytes = /^(MI|b3BlbnNzaC1rZXktdjE)/;
    if (!validMagicBytes.test(base64Content)) {
        return false;
    }
    return true;
}
function reportIfFoundRawPrivateKey({ source, options, context, t, }) {
    // Use PEM_CONTENT_PATTERN to extract both full match and Base64 content in one pass
    const results = source.content.matchAll(PEM_CONTENT_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const base64Raw = result[1] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        // Remove whitespace and escaped newlines (from JSON strings)
        const base64Content = base64Raw.replace(/\s|\\n/g, "");
        // Validate if the Base64 content is a real private key
        if (!validateBase64KeyContent(base64Content)) {
            continue;
        }
        context.report({
            message: t("PrivateKey", {
                KEY: match,
            }),
            range,
        });
    }
}
const creator$h = {
    messages: messages$g,
    meta: {
        id: "@secretlint/secretlint-rule-privatekey",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-privatekey/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$g);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                reportIfFoundRawPrivateKey({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$f = {
    SENDGRID_KEY: {
        en: (props) => `found Sendgrid api key: ${props.KEY}`,
        ja: (props) => `Sendgrid APIキーが見つかりました： ${props.KEY}`,
    },
};
function reportIfFoundKey$3({ source, options, context, t, }) {
    const SENDGRID_KEY_PATTERN = /(?<!\p{L})SG\.\w{1,128}\.\w{1,128}([-_]?)\w{1,128}(?!\w)/gu;
    const results = source.content.matchAll(SENDGRID_KEY_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        if (match.length !== 69) {
            // send grid api key is 69 characters long
            continue;
        }
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("SENDGRID_KEY", {
                KEY: match,
            }),
            range,
        });
    }
}
const creator$g = {
    messages: messages$f,
    meta: {
        id: "@secretlint/secretlint-rule-sendgrid",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-sendgrid/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$f);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                reportIfFoundKey$3({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$e = {
    SHOPIFY_KEY: {
        en: (props) => `found Shopify api key: ${props.KEY}`,
        ja: (props) => `Shopify APIキーが見つかりました： ${props.KEY}`
    }
};
function reportIfFoundKey$2({ source, options, context, t }) {
    /**
     * Source: https://shopify.dev/changelog/app-secret-key-length-has-increased
     * for app secret keys
     * shpss_[a-zA-Z0-9]{32,64}
     * e.g.) shpss_QlRSJy5AXX1cILNjVatTsEIhFxuPF5ex
     *
     * Source: https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing
     * for public apps
     * shpat_[a-zA-Z0-9]{32,64}
     * e.g.) shpat_r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex
     *
     * for custom apps
     * shpca_[a-zA-Z0-9]{32,64}
     * e.g.) shpca_7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex
     *
     * for legacy private apps
     * shppa_[a-zA-Z0-9]{32,64}
     * e.g.) shppa_7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex
     */
    const SHOPIFY_KEY_PATTERN = /(?<!\p{L})(shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}(?![a-zA-Z0-9])/gu;
    const results = source.content.matchAll(SHOPIFY_KEY_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("SHOPIFY_KEY", {
                KEY: match
            }),
            range
        });
    }
}
const creator$f = {
    messages: messages$e,
    meta: {
        id: "@secretlint/secretlint-rule-shopify",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-shopify/README.md"
        }
    },
    create(context, options) {
        const t = context.createTranslator(messages$e);
        const normalizedOptions = {
            allows: options.allows || []
        };
        return {
            file(source) {
                reportIfFoundKey$2({ source, options: normalizedOptions, context, t });
            }
        };
    }
};

const messages$d = {
    STRIPE_SECRET_KEY_LIVE: {
        en: (props) => `found Stripe Live Secret Key: ${props.KEY}`,
        ja: (props) => `Stripe Live Secret Keyが見つかりました: ${props.KEY}`,
    },
    STRIPE_SECRET_KEY_TEST: {
        en: (props) => `found Stripe Test Secret Key: ${props.KEY}`,
        ja: (props) => `Stripe Test Secret Keyが見つかりました: ${props.KEY}`,
    },
    STRIPE_RESTRICTED_KEY_LIVE: {
        en: (props) => `found Stripe Live Restricted Key: ${props.KEY}`,
        ja: (props) => `Stripe Live Restricted Keyが見つかりました: ${props.KEY}`,
    },
    STRIPE_RESTRICTED_KEY_TEST: {
        en: (props) => `found Stripe Test Restricted Key: ${props.KEY}`,
        ja: (props) => `Stripe Test Restricted Keyが見つかりました: ${props.KEY}`,
    },
};
const messageIdMap$1 = {
    sk_live: "STRIPE_SECRET_KEY_LIVE",
    sk_test: "STRIPE_SECRET_KEY_TEST",
    rk_live: "STRIPE_RESTRICTED_KEY_LIVE",
    rk_test: "STRIPE_RESTRICTED_KEY_TEST",
};
// Stripe API key format: {prefix}_{24-99 alphanumeric chars}
// Officially documented prefixes (https://docs.stripe.com/keys):
// - sk_live_ : Live Secret Key
// - sk_test_ : Test Secret Key
// - rk_live_ : Live Restricted Key
// - rk_test_ : Test Restricted Key
//
// Length lower bound (24):
//   Stripe's documentation samples and historical key format use a 24-char body
//   after the prefix. Issue #1531 also describes the format as "typically 24-32
//   characters" after the prefix. Stripe does not publish a hard minimum, but
//   24 reflects the smallest length seen in real keys; gitleaks uses 10 and
//   TruffleHog uses 20, but those values produce more false positives.
//   Tightening to 24 trades a (non-existent in practice) shorter key for fewer
//   false positives.
//
// Length upper bound (99):
//   Modern Stripe keys use an extended `51...` account-prefix encoding and run
//   up to ~99 chars after the prefix. Matches gitleaks' upper bound.
const STRIPE_KEY_PATTERN = /(?<!\p{L})(?<prefix>sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}(?![a-zA-Z0-9])/gu;
function reportIfFound$2({ source, options, context, t, }) {
    const results = source.content.matchAll(STRIPE_KEY_PATTERN);
    for (const result of results) {
        const index = result.index ?? 0;
        const match = result[0] ?? "";
        const prefix = result.groups?.["prefix"];
        if (!prefix) {
            continue;
        }
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t(messageIdMap$1[prefix], {
                KEY: match,
            }),
            range,
        });
    }
}
const creator$e = {
    messages: messages$d,
    meta: {
        id: "@secretlint/secretlint-rule-stripe",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-stripe/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$d);
        const normalizedOptions = {
            allows: options.allows ?? [],
        };
        return {
            file(source) {
                reportIfFound$2({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$c = {
    GITHUB_TOKEN: {
        en: (props) => `found GitHub Token(${props.typeName}): ${props.KEY}`,
        ja: (props) => `GitHub Token(${props.typeName})が見つかりました： ${props.KEY}`,
    },
};
// ghp for GitHub personal access tokens
// gho for OAuth access tokens
// ghu for GitHub user-to-server tokens
// ghs for GitHub server-to-server tokens
// ghr for refresh tokens
// github_pat for fine-grained personal access tokens
const typeMap = new Map([
    ["ghp", "GitHub personal access tokens"],
    ["gho", "OAuth access tokens"],
    ["ghu", "GitHub user-to-server tokens"],
    ["ghs", "GitHub server-to-server tokens"],
    ["ghr", "refresh tokens"],
    ["github_pat", "fine-grained personal access tokens"],
]);
function reportIfFoundKey$1({ pattern, source, options, context, t, }) {
    const results = source.content.matchAll(pattern);
    for (const result of results) {
        const index = result.index || 0;
        const type = result.groups?.type;
        const typeName = typeMap.get(type);
        if (!typeName) {
            throw new Error("Unknown type:" + typeName);
        }
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("GITHUB_TOKEN", {
                KEY: match,
                typeName,
            }),
            range,
        });
    }
}
const creator$d = {
    messages: messages$c,
    meta: {
        id: "@secretlint/secretlint-rule-github",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-github/README.md",
        },
    },
    create(context, options) {
        // token length should be 40
        // https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
        const CLASSIC_GITHUB_TOKEN_PATTERN = /(?<!\p{L})(?<type>ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}(?![A-Za-z0-9_])/gu;
        // fine-grained personal access tokens. FIXME: Format of the token is unclear
        // https://github.com/community/community/discussions/36441#discussioncomment-4014190
        const FINE_GRAINED_GITHUB_TOKEN_PATTERN = /(?<!\p{L})(?<type>github_pat)_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/gu;
        // new format: ghs_<AppID>_<JWT> (~520 chars, JWT contains three base64url segments separated by dots)
        // https://github.blog/changelog/2026-04-24-notice-about-upcoming-new-format-for-github-app-installation-tokens/
        const GITHUB_APP_INSTALLATION_TOKEN_PATTERN = /(?<!\p{L})(?<type>ghs)_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,10000}\.[A-Za-z0-9_-]{1,1000}(?![A-Za-z0-9_-])/gu;
        const patterns = [
            CLASSIC_GITHUB_TOKEN_PATTERN,
            FINE_GRAINED_GITHUB_TOKEN_PATTERN,
            GITHUB_APP_INSTALLATION_TOKEN_PATTERN,
        ];
        const t = context.createTranslator(messages$c);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                for (const pattern of patterns) {
                    reportIfFoundKey$1({ pattern, source, options: normalizedOptions, context, t });
                }
            },
        };
    },
};

const messages$b = {
    GITLAB_PERSONAL_ACCESS_TOKEN: {
        en: (props) => `found GitLab Personal Access Token: ${props.KEY}`,
        ja: (props) => `GitLab Personal Access Tokenが見つかりました: ${props.KEY}`,
    },
};
function reportIfFoundKey({ pattern, source, options, context, t, }) {
    const results = source.content.matchAll(pattern);
    for (const result of results) {
        const index = result.index ?? 0;
        const match = result[0] ?? "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("GITLAB_PERSONAL_ACCESS_TOKEN", {
                KEY: match,
            }),
            range,
        });
    }
}
const creator$c = {
    messages: messages$b,
    meta: {
        id: "@secretlint/secretlint-rule-gitlab",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-gitlab/README.md",
        },
    },
    create(context, options) {
        // GitLab Personal Access Token
        // Prefix `glpat-` followed by 20–128 characters.
        // Standard PATs are a fixed 20 characters. Routable tokens extend up to ~38 characters with a dot-suffix.
        // - https://docs.gitlab.com/security/tokens/
        // - https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
        const GITLAB_PERSONAL_ACCESS_TOKEN_PATTERN = /(?<!\p{L})glpat-[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])/gu;
        const patterns = [GITLAB_PERSONAL_ACCESS_TOKEN_PATTERN];
        const t = context.createTranslator(messages$b);
        const normalizedOptions = {
            allows: options.allows ?? [],
        };
        return {
            file(source) {
                for (const pattern of patterns) {
                    reportIfFoundKey({ pattern, source, options: normalizedOptions, context, t });
                }
            },
        };
    },
};

const messages$a = {
    GRAFANA_CLOUD_API_TOKEN: {
        en: (props) => `found Grafana Cloud API token: ${props.TOKEN}`,
        ja: (props) => `Grafana Cloud API トークン: ${props.TOKEN} がみつかりました`,
    },
    GRAFANA_SERVICE_ACCOUNT_TOKEN: {
        en: (props) => `found Grafana Service Account token: ${props.TOKEN}`,
        ja: (props) => `Grafana Service Account トークン: ${props.TOKEN} がみつかりました`,
    },
};
function reportIfFound$1({ pattern, messageId, source, options, context, t, }) {
    const results = source.content.matchAll(pattern);
    for (const result of results) {
        const index = result.index ?? 0;
        const match = result[0] ?? "";
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        const range = [index, index + match.length];
        context.report({
            message: t(messageId, {
                TOKEN: match,
            }),
            range,
        });
    }
}
const creator$b = {
    messages: messages$a,
    meta: {
        id: "@secretlint/secretlint-rule-grafana",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-grafana/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$a);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        // Grafana Cloud API token
        // Prefix: `glc_`, followed by base64-encoded JWT content.
        // Real tokens start with `glc_eyJ` (the base64 prefix of `{"`).
        // https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/api-keys/
        const GRAFANA_CLOUD_API_TOKEN_PATTERN = /(?<!\p{L})glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/=])/gu;
        // Grafana Service Account token
        // Prefix: `glsa_`, followed by 32 alphanumeric characters, an
        // underscore, and an 8-character hex checksum.
        // https://grafana.com/docs/grafana/latest/administration/service-accounts/
        const GRAFANA_SERVICE_ACCOUNT_TOKEN_PATTERN = /(?<!\p{L})glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Fa-f0-9])/gu;
        return {
            file(source) {
                reportIfFound$1({
                    pattern: GRAFANA_CLOUD_API_TOKEN_PATTERN,
                    messageId: "GRAFANA_CLOUD_API_TOKEN",
                    source,
                    options: normalizedOptions,
                    context,
                    t,
                });
                reportIfFound$1({
                    pattern: GRAFANA_SERVICE_ACCOUNT_TOKEN_PATTERN,
                    messageId: "GRAFANA_SERVICE_ACCOUNT_TOKEN",
                    source,
                    options: normalizedOptions,
                    context,
                    t,
                });
            },
        };
    },
};

const messages$9 = {
    OPS_TOKEN: {
        en: (props) => `found 1Password Service Account token: ${props.TOKEN}`,
        ja: (props) => `1Password Service Account: ${props.TOKEN} がみつかりました`,
    },
};
const is1PasswordServiceAccountToken = (base64String) => {
    try {
        const jsonString = atob(base64String.replace(/-/g, "+").replace(/_/g, "/"));
        const json = JSON.parse(jsonString);
        return typeof json === "object" && json !== null;
    }
    catch (error) {
        return false;
    }
};
const creator$a = {
    messages: messages$9,
    meta: {
        id: "@secretlint/secretlint-rule-1password",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-1password/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$9);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                // 1Password Service Account format is `ops_<base64>`
                // https://developer.1password.com/docs/service-accounts/security/
                // It will be like ops_{"email":"ejwe64qmlxhri@1passwordserviceaccounts.lcl","muk":{"alg":"A256GCM","ext":true,"k":"M8VPfIc8VEfThcMXLaKCKF8sMh5JMZsPAtu92fQNb-o","key_ops":["encrypt","decrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-C4ZJMN-PQTZTL-HGL84-G64M7-KVZRN-4ZVP6","srpX":"870d67a9e626625d9e368507804c9c32e661c57e7e558778291bf29d5a279ae1","signInAddress":"gotham.b5local.com:4000","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":100000,"salt":"FMRUPiyrN4Xf_8Hoh6YRXQ"}}
                // This regexp match `ops_{...}` pattern
                const pattern = /(?<!\p{L})ops_(ey[A-Za-z0-9+/=]{100,1280}fQ={0,2})(?![A-Za-z0-9+/=])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const base64String = match[1] ?? "";
                    if (!is1PasswordServiceAccountToken(base64String)) {
                        continue;
                    }
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("OPS_TOKEN", {
                            TOKEN: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$8 = {
    MongoDBConnection: {
        en: (props) => `found MongoDB connection string: ${props.URI}`,
        ja: (props) => `MongoDB接続文字列: ${props.URI} がみつかりました`,
    },
    MySQLConnection: {
        en: (props) => `found MySQL connection string: ${props.URI}`,
        ja: (props) => `MySQL接続文字列: ${props.URI} がみつかりました`,
    },
    PostgreSQLConnection: {
        en: (props) => `found PostgreSQL connection string: ${props.URI}`,
        ja: (props) => `PostgreSQL接続文字列: ${props.URI} がみつかりました`,
    },
};
// Common placeholder patterns that should be ignored to avoid false positives
const BUILTIN_IGNORED_PATTERNS = [
    "localhost",
    "127.0.0.1",
    "example.com",
    "example.org",
    "test.com",
    "password",
    "username",
    "secret",
    "mypassword",
    "myusername",
    "root",
    "admin",
    "user",
    "pass",
    "{password}",
    "${password}",
    "{{password}}",
    "{username}",
    "${username}",
    "{{username}}",
    "YOUR_PASSWORD",
    "YOUR_USERNAME",
    "REPLACE_WITH_PASSWORD",
];
/**
 * Check if the string contains variable-like patterns that indicate it's likely a template
 */
function isVariableLikeString(str) {
    // Check for common variable patterns with length limits to prevent ReDoS
    const variablePatterns = [
        /\$\{[^}]{1,50}\}/, // ${var}
        /\{\{[^}]{1,50}\}\}/, // {{var}}
        /\{[^}]{1,50}\}/, // {var}
        /%[A-Z_]{1,30}%/, // %VAR%
        /\$[A-Z_]{1,30}/, // $VAR
        /\$\([^)]{1,50}\)/, // $(var)
    ];
    return variablePatterns.some((pattern) => pattern.test(str));
}
/**
 * Check if the username and password look like real credentials
 */
function isLikelyRealCredential(username, password) {
    // Skip example credentials that repeat the username as the password
    if (username === password)
        return false;
    // Skip if it's too short or too simple
    if (password.length < 4)
        return false;
    // Skip if it contains variable patterns
    if (isVariableLikeString(password))
        return false;
    // Skip if it's exactly a common placeholder (not just contains it)
    const passwordLower = password.toLowerCase();
    if (BUILTIN_IGNORED_PATTERNS.some((pattern) => passwordLower === pattern.toLowerCase())) {
        return false;
    }
    // Skip passwords that are too repetitive (same character repeated)
    if (/^(.)\1{3,}$/.test(password))
        return false; // e.g., "aaaa", "1111", "xxxx"
    return true;
}
function reportMongoDBConnectionString({ source, options, context, t, }) {
    // MongoDB URI patterns: mongodb:// and mongodb+srv://
    // Captures: mongodb://[username:password@]host[:port][/database][?options]
    // Using possessive quantifiers to prevent ReDoS
    const MONGODB_PATTERN = /mongodb(?:\+srv)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
    const results = source.content.matchAll(MONGODB_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const username = result.groups?.username;
        const password = result.groups?.password;
        // Skip if no credentials found
        if (!username || !password)
            continue;
        // Skip if the credentials look like an example
        if (!isLikelyRealCredential(username, password))
            continue;
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("MongoDBConnection", {
                URI: match,
            }),
            range,
        });
    }
}
function reportMySQLConnectionString({ source, options, context, t, }) {
    // MySQL URI patterns: jdbc:mysql://, mysql://, mysqlx://
    // Using possessive quantifiers to prevent ReDoS
    const MYSQL_URI_PATTERN = /(?:jdbc:)?mysql(?:x)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
    const results = source.content.matchAll(MYSQL_URI_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const username = result.groups?.username;
        const password = result.groups?.password;
        // Skip if no credentials found
        if (!username || !password)
            continue;
        // Skip if the credentials look like an example
        if (!isLikelyRealCredential(username, password))
            continue;
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("MySQLConnection", {
                URI: match,
            }),
            range,
        });
    }
}
function reportPostgreSQLConnectionString({ source, options, context, t, }) {
    // PostgreSQL URI patterns: postgresql://, postgres://
    // Using possessive quantifiers to prevent ReDoS
    const POSTGRESQL_URI_PATTERN = /postgres(?:ql)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
    const results = source.content.matchAll(POSTGRESQL_URI_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const username = result.groups?.username;
        const password = result.groups?.password;
        // Skip if no credentials found
        if (!username || !password)
            continue;
        // Skip if the credentials look like an example
        if (!isLikelyRealCredential(username, password))
            continue;
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("PostgreSQLConnection", {
                URI: match,
            }),
            range,
        });
    }
}
const creator$9 = {
    messages: messages$8,
    meta: {
        id: "@secretlint/secretlint-rule-database-connection-string",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-database-connection-string/README.md",
        },
    },
    create(context, options) {
        const normalizedOptions = {
            allows: options.allows || [],
        };
        const t = context.createTranslator(messages$8);
        return {
            file(source) {
                reportMongoDBConnectionString({ source, options: normalizedOptions, context, t });
                reportMySQLConnectionString({ source, options: normalizedOptions, context, t });
                reportPostgreSQLConnectionString({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$7 = {
    HASHICORP_VAULT_SERVICE_TOKEN: {
        en: (props) => `found HashiCorp Vault service token: ${props.TOKEN}`,
        ja: (props) => `HashiCorp Vault service token: ${props.TOKEN} がみつかりました`,
    },
    HASHICORP_VAULT_BATCH_TOKEN: {
        en: (props) => `found HashiCorp Vault batch token: ${props.TOKEN}`,
        ja: (props) => `HashiCorp Vault batch token: ${props.TOKEN} がみつかりました`,
    },
    HASHICORP_VAULT_RECOVERY_TOKEN: {
        en: (props) => `found HashiCorp Vault recovery token: ${props.TOKEN}`,
        ja: (props) => `HashiCorp Vault recovery token: ${props.TOKEN} がみつかりました`,
    },
};
// HashiCorp Vault token formats (Vault 1.10+):
// - Service token:  `hvs.` + 90..120 [A-Za-z0-9_-]
// - Batch token:    `hvb.` + 138..300 [A-Za-z0-9_-]
// - Recovery token: `hvr.` + 90..120 [A-Za-z0-9_-]
// References:
// - https://developer.hashicorp.com/vault/docs/concepts/tokens
// - https://docs.github.com/en/code-security/secret-scanning/secret-scanning-patterns
// - https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml
//
// Boundaries:
// - Leading `(?<!\p{L})` prevents matching when the prefix is glued to another letter
//   (e.g. `xhvs.`), while still allowing punctuation, digits, whitespace, and line starts.
// - Trailing `(?![A-Za-z0-9_-])` anchors to the end of the token body.
const serviceTokenPattern = /(?<!\p{L})hvs\.[A-Za-z0-9_-]{90,120}(?![A-Za-z0-9_-])/gu;
const batchTokenPattern = /(?<!\p{L})hvb\.[A-Za-z0-9_-]{138,300}(?![A-Za-z0-9_-])/gu;
const recoveryTokenPattern = /(?<!\p{L})hvr\.[A-Za-z0-9_-]{90,120}(?![A-Za-z0-9_-])/gu;
const creator$8 = {
    messages: messages$7,
    meta: {
        id: "@secretlint/secretlint-rule-hashicorp-vault",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-hashicorp-vault/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$7);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        const reportMatches = (source, pattern, messageId) => {
            const matches = source.content.matchAll(pattern);
            for (const match of matches) {
                const index = match.index ?? 0;
                const matchString = match[0] ?? "";
                const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                if (allowedResults.length > 0) {
                    continue;
                }
                const range = [index, index + matchString.length];
                context.report({
                    message: t(messageId, {
                        TOKEN: matchString,
                    }),
                    range,
                });
            }
        };
        return {
            file(source) {
                reportMatches(source, serviceTokenPattern, "HASHICORP_VAULT_SERVICE_TOKEN");
                reportMatches(source, batchTokenPattern, "HASHICORP_VAULT_BATCH_TOKEN");
                reportMatches(source, recoveryTokenPattern, "HASHICORP_VAULT_RECOVERY_TOKEN");
            },
        };
    },
};

const messages$6 = {
    VERCEL_PERSONAL_ACCESS_TOKEN: {
        en: (props) => `found Vercel personal access token: ${props.ID}`,
        ja: (props) => `Vercel personal access token: ${props.ID} がみつかりました`,
    },
    VERCEL_INTEGRATION_TOKEN: {
        en: (props) => `found Vercel integration token: ${props.ID}`,
        ja: (props) => `Vercel integration token: ${props.ID} がみつかりました`,
    },
    VERCEL_APP_ACCESS_TOKEN: {
        en: (props) => `found Vercel app access token: ${props.ID}`,
        ja: (props) => `Vercel app access token: ${props.ID} がみつかりました`,
    },
    VERCEL_APP_REFRESH_TOKEN: {
        en: (props) => `found Vercel app refresh token: ${props.ID}`,
        ja: (props) => `Vercel app refresh token: ${props.ID} がみつかりました`,
    },
    VERCEL_AI_GATEWAY_API_KEY: {
        en: (props) => `found Vercel AI Gateway API key: ${props.ID}`,
        ja: (props) => `Vercel AI Gateway API key: ${props.ID} がみつかりました`,
    },
};
const prefixToMessageId = {
    vcp: "VERCEL_PERSONAL_ACCESS_TOKEN",
    vci: "VERCEL_INTEGRATION_TOKEN",
    vca: "VERCEL_APP_ACCESS_TOKEN",
    vcr: "VERCEL_APP_REFRESH_TOKEN",
    vck: "VERCEL_AI_GATEWAY_API_KEY",
};
const creator$7 = {
    messages: messages$6,
    meta: {
        id: "@secretlint/secretlint-rule-vercel",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-vercel/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$6);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                const pattern = /(?<!\p{L})(?<prefix>vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}(?![A-Za-z0-9])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const prefix = match.groups?.prefix;
                    const messageId = prefixToMessageId[prefix];
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t(messageId, {
                            ID: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$5 = {
    DATABRICKS_PERSONAL_ACCESS_TOKEN: {
        en: (props) => `found Databricks personal access token: ${props.ID}`,
        ja: (props) => `Databricks personal access token: ${props.ID} がみつかりました`,
    },
};
const creator$6 = {
    messages: messages$5,
    meta: {
        id: "@secretlint/secretlint-rule-databricks",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-databricks/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$5);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                // Databricks personal access tokens:
                // - Prefix: `dapi`
                // - Body: 32 hexadecimal characters (Databricks issues lowercase,
                //   but match case-insensitively to be lenient)
                // - Optional suffix: `-<single digit>`
                // Reference:
                // - https://docs.databricks.com/aws/en/dev-tools/auth/pat
                // - https://docs.github.com/en/code-security/secret-scanning/secret-scanning-patterns
                const pattern = /(?<!\p{L})dapi[A-Fa-f0-9]{32}(?:-[0-9])?(?![A-Fa-f0-9])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("DATABRICKS_PERSONAL_ACCESS_TOKEN", {
                            ID: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$4 = {
    DOCKER_PERSONAL_ACCESS_TOKEN: {
        en: (props) => `found Docker Personal Access Token: ${props.TOKEN}`,
        ja: (props) => `Docker Personal Access Token: ${props.TOKEN} がみつかりました`,
    },
};
function reportIfFoundDockerPAT({ source, options, context, t, }) {
    // Docker Personal Access Token
    // Prefix: dckr_pat_ followed by exactly 27 alphanumeric, underscore, or hyphen characters
    // Reference: https://docs.docker.com/security/access-tokens/
    // Reference: https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/dockerhub/v2/dockerhub.go
    const DOCKER_PAT_PATTERN = /(?<!\p{L})dckr_pat_[a-zA-Z0-9_-]{27}(?![a-zA-Z0-9_-])/gu;
    const results = source.content.matchAll(DOCKER_PAT_PATTERN);
    for (const result of results) {
        const index = result.index || 0;
        const match = result[0] || "";
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t("DOCKER_PERSONAL_ACCESS_TOKEN", {
                TOKEN: match,
            }),
            range,
        });
    }
}
const creator$5 = {
    messages: messages$4,
    meta: {
        id: "@secretlint/secretlint-rule-docker",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-docker/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$4);
        const normalizedOptions = {
            allows: options.allows || [],
        };
        return {
            file(source) {
                reportIfFoundDockerPAT({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$3 = {
    FIGMA_PERSONAL_ACCESS_TOKEN: {
        en: (props) => `found Figma Personal Access Token: ${props.ID}`,
        ja: (props) => `Figma Personal Access Token: ${props.ID} がみつかりました`,
    },
};
const creator$4 = {
    messages: messages$3,
    meta: {
        id: "@secretlint/secretlint-rule-figma",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-figma/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$3);
        const normalizedOptions = {
            allows: options?.allows ?? [],
        };
        return {
            file(source) {
                // Figma Personal Access Token
                // Format: `figd_` prefix followed by 40-200 characters of [A-Za-z0-9_-]
                // Reference: https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
                const pattern = /(?<!\p{L})figd_[A-Za-z0-9_-]{40,200}(?![A-Za-z0-9_-])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const range = [index, index + matchString.length];
                    context.report({
                        message: t("FIGMA_PERSONAL_ACCESS_TOKEN", {
                            ID: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const messages$2 = {
    CLOUDFLARE_GLOBAL_API_KEY: {
        en: (props) => `found Cloudflare Global API Key: ${props.TOKEN}`,
        ja: (props) => `Cloudflare Global API Keyが見つかりました: ${props.TOKEN}`,
    },
    CLOUDFLARE_USER_API_TOKEN: {
        en: (props) => `found Cloudflare User API Token: ${props.TOKEN}`,
        ja: (props) => `Cloudflare User API Tokenが見つかりました: ${props.TOKEN}`,
    },
    CLOUDFLARE_ACCOUNT_API_TOKEN: {
        en: (props) => `found Cloudflare Account API Token: ${props.TOKEN}`,
        ja: (props) => `Cloudflare Account API Tokenが見つかりました: ${props.TOKEN}`,
    },
};
const messageIdMap = {
    cfk: "CLOUDFLARE_GLOBAL_API_KEY",
    cfut: "CLOUDFLARE_USER_API_TOKEN",
    cfat: "CLOUDFLARE_ACCOUNT_API_TOKEN",
};
// Cloudflare prefixed token format: {prefix}_{40 chars body}{8 chars checksum}
// The checksum is CRC32 of the body encoded as 8 lowercase hex chars (fixed length).
// If Cloudflare changes the checksum algorithm, update [0-9a-f]{8} to match the new format.
// https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
const CLOUDFLARE_TOKEN_PATTERN = /(?<!\p{L})(?<prefix>cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9])/gu;
function reportIfFound({ source, options, context, t, }) {
    const results = source.content.matchAll(CLOUDFLARE_TOKEN_PATTERN);
    for (const result of results) {
        const index = result.index ?? 0;
        const match = result[0] ?? "";
        const prefix = result.groups?.["prefix"];
        if (!prefix) {
            continue;
        }
        const range = [index, index + match.length];
        const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
        if (allowedResults.length > 0) {
            continue;
        }
        context.report({
            message: t(messageIdMap[prefix], {
                TOKEN: match,
            }),
            range,
        });
    }
}
const creator$3 = {
    messages: messages$2,
    meta: {
        id: "@secretlint/secretlint-rule-cloudflare",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-cloudflare/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$2);
        const normalizedOptions = {
            allows: options.allows ?? [],
        };
        return {
            file(source) {
                reportIfFound({ source, options: normalizedOptions, context, t });
            },
        };
    },
};

const messages$1 = {
    TAILSCALE_API_KEY: {
        en: (props) => `found Tailscale API access token: ${props.KEY}`,
        ja: (props) => `Tailscale API アクセストークン: ${props.KEY} がみつかりました`,
    },
    TAILSCALE_AUTH_KEY: {
        en: (props) => `found Tailscale pre-authentication key: ${props.KEY}`,
        ja: (props) => `Tailscale 事前認証キー: ${props.KEY} がみつかりました`,
    },
    TAILSCALE_CLIENT_KEY: {
        en: (props) => `found Tailscale OAuth client key: ${props.KEY}`,
        ja: (props) => `Tailscale OAuth クライアントキー: ${props.KEY} がみつかりました`,
    },
    TAILSCALE_SCIM_KEY: {
        en: (props) => `found Tailscale SCIM key: ${props.KEY}`,
        ja: (props) => `Tailscale SCIM キー: ${props.KEY} がみつかりました`,
    },
    TAILSCALE_WEBHOOK_KEY: {
        en: (props) => `found Tailscale webhook key: ${props.KEY}`,
        ja: (props) => `Tailscale Webhook キー: ${props.KEY} がみつかりました`,
    },
    TAILSCALE_KEY: {
        en: (props) => `found Tailscale key: ${props.KEY}`,
        ja: (props) => `Tailscale キー: ${props.KEY} がみつかりました`,
    },
};
const messageIdByType = {
    api: "TAILSCALE_API_KEY",
    auth: "TAILSCALE_AUTH_KEY",
    client: "TAILSCALE_CLIENT_KEY",
    scim: "TAILSCALE_SCIM_KEY",
    webhook: "TAILSCALE_WEBHOOK_KEY",
};
const creator$2 = {
    messages: messages$1,
    meta: {
        id: "@secretlint/secretlint-rule-tailscale",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-tailscale/README.md",
        },
    },
    create(context, options) {
        const t = context.createTranslator(messages$1);
        const normalizedOptions = {
            allows: options.allows ?? [],
        };
        return {
            file(source) {
                // Tailscale keys: tskey-{type}-{identifier}-{secret}
                // Documented types: api, auth, client, scim, webhook
                // https://tailscale.com/docs/reference/key-prefixes
                // GitHub Secret Scanning supports these as Push Protection targets.
                // TruffleHog uses the equivalent pattern: \btskey-[a-z]+-[0-9A-Za-z_]+-[0-9A-Za-z_]+\b
                const pattern = /(?<!\p{L})tskey-(?<type>[a-z]{2,20})-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}(?![0-9A-Za-z_])/gu;
                const matches = source.content.matchAll(pattern);
                for (const match of matches) {
                    const index = match.index ?? 0;
                    const matchString = match[0] ?? "";
                    const type = match.groups?.type ?? "";
                    const range = [index, index + matchString.length];
                    const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
                    if (allowedResults.length > 0) {
                        continue;
                    }
                    const messageId = messageIdByType[type] ?? "TAILSCALE_KEY";
                    context.report({
                        message: t(messageId, {
                            KEY: matchString,
                        }),
                        range,
                    });
                }
            },
        };
    },
};

const HTML_COMMENT_REGEXP = /(?<type>secretlint-(?:disable-next-line|disable-line|disable|enable))(?<options>.*)/g;
const parseComments = (source) => {
    const matches = source.content.matchAll(HTML_COMMENT_REGEXP);
    return Array.from(matches).map((match) => {
        const type = match.groups?.type;
        const index = match.index;
        if (type === "secretlint-disable-line") {
            return {
                type: type,
                options: parseComment(match.groups?.options),
                line: source.indexToPosition(index).line
            };
        }
        if (type === "secretlint-disable-next-line") {
            return {
                type: type,
                options: parseComment(match.groups?.options),
                line: source.indexToPosition(index).line + 1
            };
        }
        return {
            type: type,
            options: parseComment(match.groups?.options),
            index: index
        };
    });
};
/**
 * Parses a config of values separated by comma.
 *
 * secretlint-disable a,b,c => ["a", "b", "c"]
 * secretlint-disable -- comment　=> []
 */
function parseComment(options) {
    if (!options) {
        return [];
    }
    const commentStart = options.indexOf("--");
    const ruleIdString = commentStart === -1 ? options : options.slice(0, commentStart);
    return (ruleIdString
        .split(/,/)
        .map((arg) => arg.trim())
        .filter((arg) => arg !== "") ?? []);
}

class CommentState {
    source;
    reportingConfig;
    endIndex;
    constructor(source) {
        this.source = source;
        this.reportingConfig = [];
        this.endIndex = source.content.length;
    }
    getIgnoringMessages() {
        const isFilledMessage = (message) => {
            return message.startIndex !== null && message.endIndex !== null && message.ruleId !== null;
        };
        return this.reportingConfig
            .map((reporting) => {
            if (reporting.endIndex === null) {
                // [start, ?= document-end]
                // filled with document's end
                reporting.endIndex = this.endIndex;
            }
            return reporting;
        })
            .filter(isFilledMessage);
    }
    disableLine(lineNumber, rulesToDisable) {
        const reportingConfig = this.reportingConfig;
        const range = this.source.locationToRange({
            start: {
                line: lineNumber,
                column: 0
            },
            end: {
                line: lineNumber + 1,
                column: 0
            }
        });
        if (rulesToDisable.length) {
            rulesToDisable.forEach((ruleId) => {
                reportingConfig.push({
                    startIndex: range[0],
                    endIndex: range[1] - 1,
                    ruleId: ruleId
                });
            });
        }
        else {
            reportingConfig.push({
                startIndex: range[0],
                endIndex: range[1] - 1,
                ruleId: "*"
            });
        }
    }
    /**
     * Add data to reporting configuration to disable reporting for list of rules
     * starting from start location
     * @returns {void}
     */
    disableReporting(startIndex, rulesToDisable) {
        const reportingConfig = this.reportingConfig;
        if (rulesToDisable.length) {
            rulesToDisable.forEach(function (ruleId) {
                reportingConfig.push({
                    startIndex: startIndex,
                    endIndex: null,
                    ruleId: ruleId
                });
            });
        }
        else {
            reportingConfig.push({
                startIndex: startIndex,
                endIndex: null,
                ruleId: "*"
            });
        }
    }
    /**
     * Add data to reporting configuration to enable reporting for list of rules
     * starting from start location
     */
    enableReporting(endIndex, rulesToEnable) {
        const reportingConfig = this.reportingConfig;
        if (rulesToEnable.length) {
            rulesToEnable.forEach(function (ruleId) {
                for (let i = reportingConfig.length - 1; i >= 0; i--) {
                    if (reportingConfig[i].endIndex === null && reportingConfig[i].ruleId === ruleId) {
                        reportingConfig[i].endIndex = endIndex;
                        break;
                    }
                }
            });
        }
        else {
            // bare enable closes every open disable, regardless of where it started
            for (const config of reportingConfig) {
                if (config.endIndex === null) {
                    config.endIndex = endIndex;
                }
            }
        }
    }
}

const messages = {
    IGNORE_MESSAGE: {
        en: () => `disable by secretlint-disable comment`
    }
};
const creator$1 = {
    messages,
    meta: {
        id: "@secretlint/secretlint-rule-filter-comments",
        recommended: true,
        type: "scanner",
        supportedContentTypes: ["text"],
        docs: {
            url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-filter-comments/README.md"
        }
    },
    create(context) {
        const t = context.createTranslator(messages);
        return {
            file(source) {
                const state = new CommentState(source);
                const comments = parseComments(source);
                for (const comment of comments) {
                    if (comment.type === "secretlint-disable") {
                        state.disableReporting(comment.index, comment.options);
                    }
                    else if (comment.type === "secretlint-enable") {
                        state.enableReporting(comment.index, comment.options);
                    }
                    else if (comment.type === "secretlint-disable-line") {
                        state.disableLine(comment.line, comment.options);
                    }
                    else if (comment.type === "secretlint-disable-next-line") {
                        state.disableLine(comment.line, comment.options);
                    }
                }
                state.getIgnoringMessages().forEach((message) => {
                    context.ignore({
                        message: t("IGNORE_MESSAGE"),
                        range: [message.startIndex, message.endIndex],
                        targetRuleId: message.ruleId
                    });
                });
            }
        };
    }
};

const rules = [
    creator$s,
    creator$r,
    creator$h,
    creator$q,
    creator$o,
    creator$p,
    creator$g,
    creator$f,
    creator$e,
    creator$d,
    creator$c,
    creator$b,
    creator$n,
    creator$m,
    creator$l,
    creator$k,
    creator$j,
    creator$i,
    creator$a,
    creator$9,
    creator$8,
    creator$7,
    creator$6,
    creator$5,
    creator$4,
    creator$3,
    creator$2,
    creator$1,
];
const creator = {
    meta: {
        id: "@secretlint/secretlint-rule-preset-recommend",
        recommended: true,
        type: "preset",
    },
    rules,
    create(context, _options) {
        rules.forEach((rule) => {
            context.registerRule(rule);
        });
    },
};


//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./src/safety/ruleset.ts
// The maintained ruleset: secretlint's recommended preset (Shopify, Hugging Face, Grafana, Stripe,
// Slack, GitHub, GitLab, npm, OpenAI, Anthropic, Databricks, Vault, Vercel, database URLs, basic auth,
// private keys, ...), run in process. Dependabot keeps it current; our own rules fill its gaps.
//
// secretlint lints a whole text in one (async) call, so texts are scanned in batches joined by
// newlines: ~1,000 short texts per call cost about what one call per text costs for ten.



// The profiler records a mark per rule per call and never forgets them: memory would grow per batch.
secretLintProfiler.setEnabled(false);
// Every scanner of the preset except filter-comments: log text is hostile, and a line saying
// "secretlint-disable" would switch detection off for the rest of its batch, other records included.
const config = {
    rules: rules.filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments').map((rule) => ({ id: rule.meta.id, rule, options: {} })),
};
/** "<redacted:shopify>" for @secretlint/secretlint-rule-shopify: one stable placeholder per rule. */
function rulesetKind(ruleId) {
    const kind = ruleId
        .replace(/^@secretlint\/secretlint-rule-/, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
    return kind === '' ? 'secret' : kind;
}
async function findSpans(content) {
    const result = await lintSource({
        source: { content, filePath: 'log.txt', ext: '.txt', contentType: 'text' },
        options: { config, noPhysicFilePath: true },
    });
    const spans = result.messages.map((m) => [m.range[0], m.range[1], rulesetKind(m.ruleId)]);
    return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}
function maskSpans(text, offset, spans) {
    let out = '';
    let done = 0;
    for (const [s, e, kind] of spans) {
        const start = Math.max(s - offset, done);
        const end = Math.min(e - offset, text.length);
        // A span around one of our placeholders (a database URL whose password is already masked)
        // holds nothing left to hide: keep the host and database readable.
        if (end <= start || text.slice(start, end).includes('<redacted:'))
            continue;
        out += text.slice(done, start) + `<redacted:${kind}>`;
        done = end;
    }
    return done === 0 && out === '' ? text : out + text.slice(done);
}
/** Characters per secretlint call: large enough to amortise a call, small enough to stay cheap. */
const BATCH_CHARS = 256 * 1024;
/** Masks what the maintained ruleset finds in each text; same order, same count. */
async function applyRuleset(texts) {
    const out = texts.slice();
    for (let first = 0; first < texts.length;) {
        let last = first;
        let chars = 0;
        while (last < texts.length && (last === first || chars + texts[last].length < BATCH_CHARS))
            chars += texts[last++].length + 1;
        const spans = await findSpans(texts.slice(first, last).join('\n'));
        if (spans.length > 0) {
            let offset = 0;
            let k = 0;
            for (let i = first; i < last; i++) {
                const end = offset + texts[i].length;
                while (k < spans.length && spans[k][1] <= offset)
                    k++;
                // Spans that touch this text (a span may run across the joining newline into the next).
                const mine = [];
                for (let j = k; j < spans.length && spans[j][0] < end; j++)
                    if (spans[j][1] > offset)
                        mine.push(spans[j]);
                if (mine.length > 0)
                    out[i] = maskSpans(texts[i], offset, mine);
                offset = end + 1;
            }
        }
        first = last;
    }
    return out;
}

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
 * Builds the redactor for a run. User patterns run first (they know their own formats), then our
 * rules (context rules such as "token=..." first, so a secret after a telling key always becomes
 * "token=<redacted:secret>" whatever its shape), emails and IP addresses unless switched off, and
 * last the maintained ruleset over what is left. Throws InputError for an invalid user pattern.
 */
function createRedactor(options = {}) {
    const input = options.extraPatternsInput ?? 'redact.patterns';
    const custom = (options.extraPatterns ?? []).map((p, i) => ({
        kind: 'custom',
        re: compileUserPattern(p, `${input}[${i}]`),
        to: (m) => (m === '' ? m : mask('custom')),
    }));
    const rules = [...custom, ...BUILTIN_RULES, ...(options.emails === false ? [] : [EMAIL_RULE]), ...(options.ips === false ? [] : IP_RULES)];
    // Most lines hold none of the shape rules' hints: one scan for all of them lets such a line skip
    // twenty rules. (Safe because a replacement puts a placeholder between what it keeps, so it can
    // never join two pieces into a new hint, and no rule reads a placeholder as a key.)
    // The same for the context rules' case-insensitive hints (secret words, cookie, bearer).
    const groups = [false, true].map((caseless) => {
        const members = BUILTIN_RULES.filter((r) => r.hint !== undefined && r.hint.flags.includes('i') === caseless);
        return { members: new Set(members), any: new RegExp([...new Set(members.map((r) => `(?:${r.hint?.source})`))].join('|'), caseless ? 'i' : '') };
    });
    const groupOf = rules.map((r) => (groups[0].members.has(r) ? 0 : groups[1].members.has(r) ? 1 : -1));
    const own = (text) => {
        let out = text;
        let skip0;
        let skip1;
        for (let i = 0; i < rules.length; i++) {
            const g = groupOf[i];
            if (g === 0 && (skip0 ??= !groups[0].any.test(out)))
                continue;
            if (g === 1 && (skip1 ??= !groups[1].any.test(out)))
                continue;
            out = applyRule(rules[i], out);
        }
        return out;
    };
    const redactAll = async (texts) => {
        const plain = await applyRuleset(texts.map(own));
        // A percent-encoded text (a request URL, a redirect_uri inside one) hides "key%3Dvalue" from the
        // rules: where its decoded form holds a secret, the decoded form, redacted, is what goes out.
        const encoded = [];
        texts.forEach((t, i) => {
            const d = t.includes('%') ? decodePercent(t) : t;
            if (d !== t)
                encoded.push([i, d]);
        });
        if (encoded.length === 0)
            return plain;
        const decoded = await applyRuleset(encoded.map(([, d]) => own(d)));
        encoded.forEach(([i, d], k) => {
            if (decoded[k] !== d)
                plain[i] = decoded[k];
        });
        return plain;
    };
    return { redactAll, redact: async (text) => (await redactAll([text]))[0] };
}
const PERCENT = /%[0-9A-Fa-f]{2}/;
/** The text with %XX escapes decoded (twice, for a URL inside a URL); the text itself when it has none. */
function decodePercent(text) {
    let out = text;
    for (let i = 0; i < 2 && PERCENT.test(out); i++) {
        try {
            out = decodeURIComponent(out);
        }
        catch {
            out = out.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
        }
    }
    return out;
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

;// CONCATENATED MODULE: ./src/safety/redact-record.ts


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
    constructor(redactor) {
        this.redactor = redactor;
    }
    /** The records, each with every log-derived string redacted; same order. */
    async redactBatch(records) {
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
                if (!isSecretKey(k))
                    wantConstant(r.labels[k]);
            want(r.message);
            want(r.insertId);
            want(r.instance);
            want(r.stackTrace);
            want(r.logger);
            want(r.trace);
            want(r.spanId);
            if (r.http) {
                want(r.http.url);
                want(r.http.path);
                want(r.http.userAgent);
            }
            if (r.sourceLocation) {
                want(r.sourceLocation.file);
                want(r.sourceLocation.line);
                want(r.sourceLocation.function);
            }
            for (const g of r.errorGroups)
                want(g);
        }
        const done = await this.redactor.redactAll(texts);
        // The same text redacts the same way wherever it appears, so a cached constant serves any field.
        const red = (v) => {
            if (v === undefined || v === '')
                return v;
            const slot = slots.get(v);
            return slot === undefined ? cache.get(v) : done[slot];
        };
        const out = records.map((r) => redactedRecord(r, red));
        for (const v of fresh) {
            if (this.cache.size >= CACHE_LIMIT)
                this.cache = new Map();
            this.cache.set(v, done[slots.get(v)]);
        }
        return out;
    }
}
/** The fields that take few distinct values in a run: redacted once per value, through the cache. */
function constantFields(r, f) {
    f(r.project);
    f(r.resourceType);
    f(r.service);
    f(r.revision);
    f(r.location);
    f(r.logName);
    f(r.http?.method);
}
function redactedRecord(r, red) {
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
        labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, isSecretKey(k) ? mask('secret') : red(v)])),
    };
}
/** Redacts a stream of records in batches of BATCH_RECORDS, keeping their order. A batch is sent
 * off before the one ahead of it is handed on, so a redactor on another thread works while this one
 * groups. */
async function* redactRecords(records, redactor) {
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
                yield* await ahead;
            ahead = sent;
        }
    }
    const last = batch.length > 0 ? send(batch) : undefined;
    if (ahead)
        yield* await ahead;
    if (last)
        yield* await last;
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
        this.records = new RecordRedactor(opts.redactor);
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
        return [...byFingerprint.values()].sort((a, b) => (0,types/* severityRank */.qs)(b.maxSeverity) - (0,types/* severityRank */.qs)(a.maxSeverity) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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

// EXTERNAL MODULE: ./src/group/fingerprint.ts
var fingerprint = __nccwpck_require__(86375);
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
var group_mask = __nccwpck_require__(20706);
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

// EXTERNAL MODULE: ./src/group/request.ts
var request = __nccwpck_require__(40010);
// EXTERNAL MODULE: ./src/group/pattern.ts
var pattern = __nccwpck_require__(90221);
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
    return cutText(text, MAX_TITLE);
}
function headline(message) {
    const head = message.length > group_mask/* MAX_MASKED_CHARS */.jp ? message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp) : message;
    if (!head.includes('\n'))
        return head.trim();
    return (head
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
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
            stacks: [...stacks].map(([fp, s]) => [fp, s.signature, s.prefix, s.form, s.values.seen()]),
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
        for (const [fp, signature, prefix, form, seen] of other.stacks) {
            let s = stacks.get(fp);
            if (!s && stacks.size < MAX_FORMS)
                stacks.set(fp, (s = { signature, prefix, form, values: new SharedValues(form) }));
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
    return [...out.values()].sort((a, b) => (0,types/* severityRank */.qs)(b.maxSeverity) - (0,types/* severityRank */.qs)(a.maxSeverity) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
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
class SpaceSaving {
    capacity;
    counts = new Map();
    errors = new Map();
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
            this.counts.set(value, n);
            this.min = undefined;
            return;
        }
        const victim = this.smallest();
        const floor = this.counts.get(victim);
        this.counts.delete(victim);
        this.errors.delete(victim);
        this.counts.set(value, floor + n);
        this.errors.set(value, floor);
        this.min = undefined;
    }
    smallest() {
        if (this.min !== undefined)
            return this.min;
        let best;
        let bestCount = Infinity;
        for (const [v, c] of this.counts) {
            if (c < bestCount) {
                best = v;
                bestCount = c;
            }
        }
        this.min = best;
        return this.min;
    }
    /** The `limit` most frequent values, most frequent first (ties by value, for determinism). */
    top(limit) {
        const values = [...this.counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .slice(0, limit)
            .map(([value, count]) => ({ value, count }));
        const error = values.reduce((e, v) => Math.max(e, this.errors.get(v.value) ?? 0), 0);
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
/** Counts a key unless the counter already holds MAX_KEYS others; `sizes` tracks each counter's keys. */
function bump(counts, key, sizes) {
    if (key === undefined || key === '')
        return;
    const n = counts[key];
    if (n !== undefined)
        counts[key] = n + 1;
    else {
        const size = sizes.get(counts) ?? 0;
        if (size < MAX_KEYS) {
            counts[key] = 1;
            sizes.set(counts, size + 1);
        }
    }
}
/** A copy that holds no reference to the (possibly much longer) string it was cut from. */
function detach(s) {
    return s.length < 13 ? s : (' ' + s).slice(1);
}
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
    return squeeze(message.split('\n').find((l) => l.trim() !== '') ?? '');
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
                instances: {},
                kinds: {},
                statuses: {},
                hourly: {},
                maxConsecutive: 0,
                samples: [],
                exemplar: this.exemplar(record),
            };
            st = { fields: new Map(), slots: undefined, revisionFirst: new Map(), sizes: new Map(), distinctVariables: 0, labelFields: 0 };
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
        bump(g.severities, record.severity, st.sizes);
        if ((0,types/* severityRank */.qs)(record.severity) > (0,types/* severityRank */.qs)(g.maxSeverity))
            g.maxSeverity = record.severity;
        bump(g.services, record.service, st.sizes);
        bump(g.revisions, record.revision, st.sizes);
        bump(g.locations, record.location, st.sizes);
        bump(g.instances, record.instance, st.sizes);
        bump(g.kinds, record.kind, st.sizes);
        if (record.http?.status !== undefined)
            bump(g.statuses, String(record.http.status), st.sizes);
        g.hourly[record.timestamp.slice(0, 13)] = (g.hourly[record.timestamp.slice(0, 13)] ?? 0) + 1;
        if (g.samples.length < accumulate_MAX_SAMPLES) {
            const full = record.stackTrace && !record.message.includes(record.stackTrace) ? `${record.message}\n${record.stackTrace}` : record.message;
            const text = cut(full, accumulate_MAX_SAMPLE_CHARS);
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
    /** Groups, most severe then most frequent first; ties by fingerprint for determinism. */
    result() {
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
            // One entry has no distribution to speak of.
            if (g.count > 1)
                g.distributions = distributions(st, g);
            g.suspect = suspectOf(st, g, this.revisionsSeen, newest);
        }
        return [...this.groups.values()].sort((a, b) => (0,types/* severityRank */.qs)(b.maxSeverity) - (0,types/* severityRank */.qs)(a.maxSeverity) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
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
/** A block's records cut into traces and single lines, in the order the block arrived. */
function emit(block, newestFirst, onJoin) {
    const { records } = block;
    if (records.length === 1)
        return records;
    const arrival = newestFirst ? [...records].reverse() : records;
    const ordered = arrival
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
async function* reassemble(records, options = {}) {
    const pending = new Map();
    let previousTime;
    let drift = 0; // > 0: times decrease (newest first)
    const flush = (key) => {
        const block = pending.get(key);
        if (!block)
            return [];
        pending.delete(key);
        return emit(block, drift > 0, options.onJoin);
    };
    let sweptAt;
    for await (const r of records) {
        if (previousTime !== undefined)
            drift += Math.sign(previousTime - r.time);
        previousTime = r.time;
        // Blocks of other streams that went quiet: swept every quarter gap of log time, not every line.
        if (sweptAt === undefined || Math.abs(r.time - sweptAt) > GAP_MS / 4) {
            sweptAt = r.time;
            for (const [key, block] of pending)
                if (Math.abs(r.time - block.lastTime) > GAP_MS)
                    yield* flush(key);
        }
        const key = keyOf(r);
        if (whole(r)) {
            yield* flush(key);
            yield r;
            continue;
        }
        const like = traceLike(r.message);
        let block = pending.get(key);
        if (block && ((!like && block.plainTail) || block.records.length >= MAX_LINES || Math.abs(r.time - block.lastTime) > GAP_MS)) {
            yield* flush(key);
            block = undefined;
        }
        if (!block) {
            while (pending.size >= MAX_PENDING)
                yield* flush(pending.keys().next().value);
            block = { records: [], lastTime: r.time, plainTail: false };
            pending.set(key, block);
        }
        block.records.push(r);
        block.lastTime = r.time;
        block.plainTail = !like;
    }
    for (const key of [...pending.keys()])
        yield* flush(key);
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
    return builtin_BUILTIN_RULES.find((r) => r.test(g)) ?? builtin_BUILTIN_RULES[builtin_BUILTIN_RULES.length - 1];
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
    const failures = [];
    const bySeverity = {};
    // Groups an engine already counted (BigQuery) are folded apart; their refined entries come through here.
    const pre = new PreGrouped({ signer: opts.signer, redactor: opts.redactor, ignore: opts.ignore });
    let inRange = 0;
    async function* records() {
        for await (const item of pre.expand(opts.source.read())) {
            switch (item.kind) {
                case 'entry':
                    try {
                        const record = (0,normalize/* normalizeEntry */.YT)(item.value);
                        stats.entries += 1;
                        if (opts.inScope && !opts.inScope(record)) {
                            stats.outOfRange = (stats.outOfRange ?? 0) + 1;
                            continue;
                        }
                        inRange += 1;
                        yield record;
                    }
                    catch (e) {
                        if (!(e instanceof normalize/* EntryError */.jm))
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
                case 'group':
                    break; // consumed by pre.expand
            }
        }
    }
    const acc = new GroupAccumulator();
    let joinedInto = 0;
    // Every string of every record is redacted here, before grouping: nothing unredacted goes further.
    for await (const record of reassemble(redactRecords(records(), opts.redactor))) {
        joinedInto += 1;
        acc.observe(record);
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
    // Lines that became part of another entry's trace: what went into reassembly and did not come out.
    if (inRange > joinedInto)
        stats.joined = inRange - joinedInto;
    // Templates settle once every record (and every pre-grouped sample) was seen.
    const folded = pre.finish({ groups: acc.result(), stats, bySeverity, failures, span, revisions: acc.revisions() });
    await opts.beforeSettle?.(folded.groups);
    return { ...folded, groups: finalizeGroups(folded.groups, opts.signer.finish?.()) };
}
/**
 * Gives each group its Logs Explorer link, made when read and never kept: a link is about 2 KB and
 * most groups' links are never shown (10,000 groups held 19 MB of them). A copy made by spreading a
 * group holds its link as text, so this is done last, on the groups that are written out.
 */
function linkGroups(groups, explorerUrl) {
    for (const g of groups)
        Object.defineProperty(g, 'explorerUrl', { get: () => explorerUrl(g), enumerable: true, configurable: true });
}
function buildReport(collected, opts) {
    const groups = collected.groups.map((g) => ({ ...g, triage: triage(g, opts.config) }));
    if (opts.explorerUrl)
        linkGroups(groups, opts.explorerUrl);
    groups.sort((a, b) => (0,types/* priorityRank */.Dk)(a.triage.priority) - (0,types/* priorityRank */.Dk)(b.triage.priority) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./src/safety/redact-thread.ts
// Redaction on a thread of its own: the largest cost of a run, taken off the thread that reads,
// groups and counts, so the two overlap (records are redacted a batch ahead of grouping, see
// redact-record.ts). The thread runs the same redactor with the same options, so what comes out is
// what the main thread would have made; if the thread cannot start or dies, the main thread's own
// redactor takes over the texts in flight and the rest, and nothing is lost.



/**
 * A redactor that redacts on a thread running `script` (the bundle, which starts runRedactThread),
 * when there is a second core to run it on; otherwise `local` itself. `local` is the same redactor
 * built on this thread: building it checks the user's patterns, and it takes over if the thread fails.
 */
function threadRedactor(script, options, local = createRedactor(options)) {
    if (!script || (0,external_node_os_namespaceObject.availableParallelism)() < 2)
        return { ...local, close: async () => { } };
    let worker;
    let failed = false;
    let next = 0;
    const pending = new Map();
    // The thread keeps the process alive only while it owes answers.
    const settle = (id) => {
        const p = pending.get(id);
        pending.delete(id);
        if (pending.size === 0)
            worker?.unref();
        return p;
    };
    /** From now on this thread redacts, starting with what the other thread still owed. */
    const takeOver = () => {
        if (failed)
            return;
        failed = true;
        const w = worker;
        worker = undefined;
        w?.removeAllListeners();
        void w?.terminate();
        for (const [id, p] of [...pending]) {
            pending.delete(id);
            local.redactAll(p.texts).then(p.resolve, p.reject);
        }
    };
    const start = () => {
        const w = new external_node_worker_threads_.Worker(script, { workerData: { redactThread: options } });
        w.on('message', (a) => {
            const p = settle(a.id);
            if (!p)
                return;
            if (a.out)
                p.resolve(a.out);
            else
                local.redactAll(p.texts).then(p.resolve, p.reject);
        });
        w.on('error', takeOver);
        w.on('exit', takeOver);
        return w;
    };
    const redactAll = (texts) => {
        if (failed || texts.length === 0)
            return local.redactAll(texts);
        worker ??= start();
        const id = next++;
        const answer = new Promise((resolve, reject) => pending.set(id, { texts, resolve, reject }));
        worker.ref();
        worker.postMessage({ id, texts });
        return answer;
    };
    return {
        redactAll,
        redact: async (text) => (await redactAll([text]))[0],
        close: async () => {
            const w = worker;
            takeOver();
            await w?.terminate();
        },
    };
}
/** The thread's side: redacts what it is sent until the main thread stops it. */
function runRedactThread({ redactThread: options }) {
    const redactor = createRedactor(options);
    external_node_worker_threads_.parentPort?.on('message', ({ id, texts }) => {
        redactor.redactAll(texts).then((out) => external_node_worker_threads_.parentPort?.postMessage({ id, out }), (e) => external_node_worker_threads_.parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) }));
    });
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
function config_parse_readFingerprint(r, node, path) {
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
        config.fingerprints = readList(r, top.get('fingerprints'), 'fingerprints', config_parse_readFingerprint);
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
    const limit = types/* PRIORITIES */.BE.indexOf(priority);
    return report.groups.filter((g) => types/* PRIORITIES */.BE.indexOf(g.triage.priority) <= limit && (g.trend === undefined || g.trend === 'new'));
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
            types/* PRIORITIES */.BE.includes(g.triage?.priority);
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
    return max === undefined ? text : cutText(text, max, { codePoints: true });
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
function markdown_inline(text, max) {
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
    return markdown_inline(text, max);
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
function markdown_code(text) {
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
        return markdown_inline(text);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return markdown_inline(text);
    const href = parsed.href.replace(/[()\s<>\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    const label = markdown_inline(text) || markdown_inline(parsed.host);
    return `[${label}](${href})`;
}
/** Cut at a word boundary when one is near, never inside a surrogate pair, with an ellipsis. */
function shorten(text, max) {
    return cutText(text, max, { atWord: true });
}

;// CONCATENATED MODULE: ./src/triage/suspect.ts

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
    const started = s.revisionFirstSeen ? `, serving since ${inline(s.revisionFirstSeen)}` : '';
    const commit = s.commit
        ? `; built from ${s.commit.url ? link(s.commit.sha.slice(0, 12), s.commit.url) : code(s.commit.sha.slice(0, 12))}${s.commit.compareUrl ? ` (${link('changes since the previous revision', s.commit.compareUrl)})` : ''}`
        : '';
    const lines = [`First appeared on revision ${code(s.revision)} at ${inline(s.firstSeen)}${started}${commit}.`];
    if (s.order.length > 1)
        lines.push(`Revisions in the order they showed it: ${s.order
            .slice(0, 10)
            .map((r) => code(r))
            .join(' → ')}${s.order.length > 10 ? ' …' : ''}.`);
    lines.push(s.newest
        ? 'It first appeared on the newest revision: rolling back to the previous revision is the quickest way to stop it.'
        : 'It predates the newest revision, so rolling back would not remove it.');
    return lines;
}

;// CONCATENATED MODULE: ./src/render/format.ts

/** Keys sorted by count, at most `max`. */
function topKeys(counts, max = 5) {
    return Object.entries(counts)
        .filter((e) => e[1] !== undefined)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
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
    return shorten(displayTitle(title), max)
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
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
/** "method: POST 52, GET 48, other 3 (counts ±2)": a group's field distribution on one line. */
function distributionLine(d, maxValues = 4) {
    const values = d.values.slice(0, maxValues).map((v) => `${markdown_inline(shorten(v.value, 40))} ${v.count}`);
    const other = d.other + d.values.slice(maxValues).reduce((n, v) => n + v.count, 0);
    if (other > 0)
        values.push(`other ${other}`);
    return `${markdown_inline(d.field)}: ${values.join(', ')}${d.error > 0 ? ` (counts ±${d.error})` : ''}`;
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

;// CONCATENATED MODULE: ./src/render/charts.ts


const charts_HOUR_MS = 3_600_000;
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
    const width = hours * charts_HOUR_MS;
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
        until = times.length ? Math.max(...times) + charts_HOUR_MS : charts_HOUR_MS;
    }
    for (const w of WIDTHS) {
        const b = layout(since, until, w);
        if (b.starts.length <= MAX_BUCKETS)
            return b;
    }
    const weeks = Math.ceil((until - since) / (168 * charts_HOUR_MS * (MAX_BUCKETS - 1)));
    return layout(since, until, 168 * weeks);
}
function fill(b, hourly, into = b.starts.map(() => 0)) {
    const width = b.hours * charts_HOUR_MS;
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
    const chart = fenced([
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
    return `${chart}\n\n${legend}\n\n${fenced(text)}\n`;
}

;// CONCATENATED MODULE: ./src/render/next-step.ts


const next_step_name = (s) => markdown_code(shorten(s, 60));
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
        read: (m) => ({ fact: `${next_step_name(m[1])} ${shorten(m[2].trim(), 30)}`, step: `check ${next_step_name(m[1])}: requests to it fail (${shorten(m[2].trim(), 40)})` }),
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
        .map(([status, n]) => `${markdown_inline(status)} ×${n}`)
        .join(', ');
    const route = /^HTTP (\S+ \S+)/.exec(displayTitle(g.signature.title))?.[1] ?? displayTitle(g.signature.title);
    return {
        fact: statuses || undefined,
        step: `open the application logs of these requests (same trace ids) to find the error behind ${markdown_code(shorten(route, 80))}`,
    };
}
function rollback(g) {
    const s = g.suspect;
    if (!s?.newest)
        return undefined;
    return `roll back ${markdown_code(s.revision)}, the newest revision, where it first appeared`;
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
    const start = `start from the first example, seen ${g.firstSeen.slice(0, 16).replace('T', ' ')} UTC${where ? ` on ${markdown_code(where)}` : ''}`;
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
    rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.component.localeCompare(b.component));
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
const n = (x) => x.toLocaleString('en-US');
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
    const what = r.query.filter ? markdown_code(r.query.filter) : 'the whole file';
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
    return report.query.services.join(', ') || topKeys(Object.assign({}, ...report.groups.map((g) => g.services))).join(', ') || 'all services';
}
const worklog_anchor = (i) => `g${i + 1}`;
const grouped = (r) => r.groups.reduce((n, g) => n + g.count, 0);
/** "ImportError: cannot import name … from …", cut for a table or a line. */
function shortTitle(g, max = 70) {
    return markdown_inline(shortDisplay(g.signature.title, max));
}
function issueLink(g) {
    return g.issue ? markdown_link(String(g.issue.number), g.issue.url) : '';
}
function stillSeen(g, r) {
    const until = Date.parse(r.query.until);
    return Number.isFinite(until) && Date.parse(g.lastSeen) >= until - 3_600_000;
}
/** Every entry read, accounted for: the parts add up to the total. */
function accounting(r) {
    const malformed = r.stats.malformed.length ? `; ${plural(r.stats.malformed.length, 'entry', 'entries')} could not be read` : '';
    return `**Entries:** ${entryAccountText(r)}${malformed}`;
}
function changeLine(r, shown) {
    const hasTrends = r.groups.some((g) => g.trend) || r.resolved.length > 0;
    if (!hasTrends)
        return '**Since the last run:** no earlier report to compare with, so every group is listed without a trend.';
    const c = trendCounts(r);
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
            .map((g) => `${g.priority} ${markdown_inline(shortDisplay(g.title, 50))}`)
            .join('; ');
        parts.push(`${r.resolved.length} resolved (${names}${r.resolved.length > 3 ? '; …' : ''})`);
    }
    return `**Since the last run:** ${parts.join(', ') || 'nothing changed'}.`;
}
function callouts(r) {
    const lines = [];
    if (r.stats.truncated)
        lines.push('', `> [!WARNING]`, `> Collection stopped at the max-entries budget (${r.stats.truncated.limit}): ${markdown_inline(r.stats.truncated.note)}`);
    if (r.notes?.length) {
        lines.push('', '> [!NOTE]');
        for (const n of r.notes)
            lines.push(`> ${markdown_inline(n)}`);
    }
    if (r.failures.length) {
        lines.push('', '> [!CAUTION]', '> Part of this run failed; everything collected before the failure is below.');
        for (const f of r.failures)
            lines.push(`> - ${markdown_inline(f)}`);
    }
    return lines;
}
function header(r, shown) {
    const q = r.query;
    const hours = Math.round((Date.parse(q.until) - Date.parse(q.since)) / 3_600_000);
    const projects = q.projects.length ? ` · project ${q.projects.map((p) => markdown_inline(p)).join(', ')}` : '';
    const lines = [
        `# GCP Log Gardener Worklog - ${markdown_inline(servicesShown(r))}`,
        `**${minute(q.since)} → ${minute(q.until)} UTC**${Number.isFinite(hours) ? ` (${hours} h)` : ''}${projects} · generated ${minute(r.generatedAt)} UTC  `,
    ];
    if (r.groups.length) {
        const count = (p) => r.groups.filter((g) => g.triage.priority === p).length;
        const byP = types/* PRIORITIES */.BE.filter((p) => count(p))
            .map((p) => `${count(p).toLocaleString('en-US')} ${p}`)
            .join(', ');
        const entries = `${grouped(r).toLocaleString('en-US')} of ${entryAccount(r).read.toLocaleString('en-US')} entries read ([how they add up](#summary))`;
        lines.push(`**${plural(r.groups.length, 'problem')}** (${byP}) in ${entries}  `);
    }
    else
        lines.push(`${accounting(r)}  `);
    lines.push(changeLine(r, shown), ...callouts(r), '');
    // Nothing read says nothing about health: no "all clear" on no evidence.
    if (!r.groups.length)
        return [...lines, nothingInRange(r) ?? `✅ No entries at ${q.minSeverity} or above in the window.`, ''];
    if (r.groups.length > shown)
        lines.push(`The first ${shown} have a section below; the other ${(r.groups.length - shown).toLocaleString('en-US')} are in [the compact table](#more).`, '');
    return lines;
}
const worklog_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Wed 20:08" within a window of up to 6 days, else "Sep 10": short, and kept on one line (no-break space). */
function cellTime(iso, r) {
    const d = new Date(iso);
    if (!Number.isFinite(d.getTime()))
        return markdown_inline(iso);
    const days = (Date.parse(r.query.until) - Date.parse(r.query.since)) / 86_400_000;
    const text = days <= 6 ? `${worklog_DAYS[d.getUTCDay()]} ${iso.slice(11, 16)}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    return text.replace(' ', '\u00a0');
}
/** A short name for a group: its exception type when the title starts with one, else the title cut short. */
function shortName(g, max = 44) {
    const type = /^(?:\w+\.)*(\w+(?:Error|Exception|Failure|Warning)):/.exec(g.signature.title)?.[1];
    return type && evidence(g).fact ? markdown_inline(type) : shortTitle(g, max);
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
        lines.push(`| ${g.triage.priority} | ${title} | ${g.count} | ${seen} | ${markdown_code(groupTimeline(g, r.query).spark)} |${extra(g.trend ?? '', issueLink(g))}`);
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
    const last = sameMinute ? utc(g.lastSeen).slice(11, 19) : sameDay ? g.lastSeen.slice(11, 16) : minute(g.lastSeen);
    const first = sameMinute ? utc(g.firstSeen).slice(0, 19).replace('T', ' ') : minute(g.firstSeen);
    const span = g.count === 1 ? `${minute(g.firstSeen)} UTC, once` : `${first} → ${last} UTC, ${plural(g.count, 'time')}${rate(g)}`;
    const still = stillSeen(g, r) ? ', still happening at the end of the window' : '';
    const shape = g.count > 2 ? ` · ${markdown_code(t.spark)} ${t.peak}` : '';
    return `**Seen:** ${span}${still}${shape}  `;
}
function whereLine(g) {
    const e = g.exemplar;
    const instances = Object.keys(g.instances).length;
    const parts = [
        Object.keys(g.revisions).length ? `revisions ${countList(g.revisions, 3, markdown_inline)}` : '',
        instances ? plural(instances, 'instance') : '',
        countList(g.kinds, 3),
        Object.keys(g.statuses).length ? `HTTP ${countList(g.statuses, 4)}` : '',
        e.logger ? `logger ${markdown_code(e.logger)}` : '',
        e.sourceLocation?.file
            ? markdown_code(`${e.sourceLocation.file}${e.sourceLocation.line ? `:${e.sourceLocation.line}` : ''}${e.sourceLocation.function ? ` (${e.sourceLocation.function})` : ''}`)
            : '',
        Object.keys(g.locations).length > 1 ? countList(g.locations, 3, markdown_inline) : '',
    ].filter(Boolean);
    return parts.length ? `**Where:** ${parts.join(' · ')}  ` : '';
}
function suspectLine(g) {
    const s = g.suspect;
    if (!s)
        return '';
    const since = s.revisionFirstSeen ? `, serving since ${minute(s.revisionFirstSeen)} UTC` : '';
    const commit = s.commit
        ? ` · commit ${s.commit.url ? markdown_link(s.commit.sha.slice(0, 7), s.commit.url) : markdown_code(s.commit.sha.slice(0, 7))}${s.commit.compareUrl ? ` (${markdown_link('changes since the previous revision', s.commit.compareUrl)})` : ''}`
        : '';
    const order = s.order.length > 1
        ? ` · appeared on ${s.order
            .slice(0, 4)
            .map((o) => markdown_code(o))
            .join(' → ')}${s.order.length > 4 ? ' → …' : ''}`
        : '';
    return `**Suspect deploy:** ${markdown_code(s.revision)}${s.newest ? ' (newest revision)' : ''}, first seen there ${minute(s.firstSeen)} UTC${since}${commit}${order}  `;
}
function groupSection(g, i, r) {
    const ev = evidence(g);
    const links = [
        g.issue ? `${markdown_link(`issue ${g.issue.number}`, g.issue.url)} (${g.issue.state})` : '',
        g.explorerUrl ? markdown_link('Logs Explorer', g.explorerUrl) : '',
    ].filter(Boolean);
    const lines = [
        `<a name="${worklog_anchor(i)}"></a>`,
        '',
        `### ${i + 1}. [${g.triage.priority}] ${markdown_inline(g.triage.component)}: ${markdown_inline(shortDisplay(g.signature.title, 100))}`,
        `**Impact:** ${markdown_inline(g.triage.impact)}  `,
        `**Next step:** ${ev.step}.  `,
        `**Severity:** ${severityLabel(g)} · **Priority:** ${g.triage.priority}, set by ${markdown_code(g.triage.reason)}${g.trend ? ` · **Trend:** ${g.trend}` : ''}${links.length ? ` · ${links.join(' · ')}` : ''}  `,
        seenLine(g, r),
        whereLine(g),
        g.distributions?.length ? `**Values:** ${g.distributions.map((d) => distributionLine(d)).join(' · ')}  ` : '',
        suspectLine(g),
        g.triage.owners.length ? `**Owners:** ${g.triage.owners.map((o) => markdown_inline(o)).join(', ')}  ` : '',
    ].filter(Boolean);
    lines.push('', fenced(wrapLines(g.samples[0] ?? g.signature.title)), '');
    const more = g.samples.slice(1);
    const ids = [
        g.exemplar.trace ? `- Trace: ${markdown_code(g.exemplar.trace)}` : '',
        g.exemplar.errorGroups[0] ? `- Error Reporting group: ${markdown_code(g.exemplar.errorGroups[0])}` : '',
        `- Signature: ${g.signature.kind} ${markdown_code(g.signature.fingerprint)}`,
    ].filter(Boolean);
    const summary = more.length ? `${plural(more.length, 'more example')}, trace and signature` : 'Trace and signature';
    lines.push(`<details><summary>${summary}</summary>`, '');
    for (const s of more)
        lines.push(fenced(wrapLines(s)), '');
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
        `## 📋 MORE GROUPS (${rest.length.toLocaleString('en-US')}, one line each)`,
        '',
        '| # | P | Component | Problem | Count | Last seen (UTC) | Issue |',
        '|--:|---|---|---|--:|---|---|',
    ];
    let bytes = 0;
    let shown = 0;
    for (const g of rest) {
        const row = `| ${offset + shown + 1} | ${g.triage.priority} | ${cell(shorten(g.triage.component, 24))} | ${cell(shortDisplay(g.signature.title, 60))} | ${g.count} | ${shortTime(g.lastSeen)} | ${issueLink(g)} |`;
        bytes += Buffer.byteLength(row) + 1;
        if (bytes > budget)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < rest.length)
        lines.push('', `${(rest.length - shown).toLocaleString('en-US')} more groups are left out to keep this page readable; the JSON report lists every group.`);
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
        lines.push(`| **${s}** | ${count} | ${groups} | ${topKeys(comps, 3)
            .map((c) => cell(c))
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
        lines.push(`- **${markdown_inline(h.component)}:** ${STATUS_WORD[h.status]} (${h.note})`);
    if (health.unattributed.length) {
        const worst = health.unattributed[0].triage.priority;
        const index = new Map(r.groups.map((g, i) => [g, i]));
        const named = health.unattributed.slice(0, 3).map((g) => {
            const i = index.get(g) ?? limit;
            return i < limit ? `[${shortName(g, 30)}](#${worklog_anchor(i)})` : shortName(g, 30);
        });
        lines.push(`- Not tied to a component (${plural(health.unattributed.length, 'group')}, worst ${worst}: ${named.join(', ')}${health.unattributed.length > 3 ? ', …' : ''}): ` +
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
            lines.push(`- [${g.priority}] ${markdown_inline(displayTitle(g.title))}${g.note ? ` (${markdown_inline(g.note)})` : ''}`);
        lines.push('');
    }
    if (n.possibleDuplicates.length) {
        lines.push('**Possibly already filed by someone (not acted on: check them by hand):**');
        for (const g of n.possibleDuplicates) {
            const candidates = g.candidates.map((c) => markdown_link(`issue ${c.number}: ${c.title}`, c.url)).join('; ');
            lines.push(`- [${g.priority}] ${markdown_inline(displayTitle(g.title))}: ${candidates}`);
        }
        lines.push('');
    }
    return [...lines, '---', ''];
}
function issueStep(r, mode) {
    const filed = r.groups.filter((g) => g.issue && g.issue.state !== 'skipped').length;
    if (filed)
        return `GitHub issues: ${plural(filed, 'group')} linked to issues (links in the table above).`;
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
        steps.push(`Check the export: ${r.stats.malformed.length} entries could not be read (first at position ${r.stats.malformed[0].position}: ${markdown_inline(r.stats.malformed[0].reason)}).`);
    if (!steps.length)
        return [];
    return ['## 📋 NEXT STEPS', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', '---', ''];
}
function footer(r) {
    return [
        '<a name="query"></a>',
        '',
        `**Generated by:** GCP Log Gardener v${r.tool.version} (signatures ${r.tool.signer}) at ${utc(r.generatedAt)}  `,
        `**Analysis Status:** ${r.failures.length ? 'PARTIAL: see the failures at the top' : 'COMPLETE'}  `,
        `**Source:** ${r.source.kind === 'file' ? `file ${markdown_code(r.source.path ?? '-')}` : r.source.kind === 'bigquery' ? `BigQuery ${markdown_code(r.source.path ?? '')}` : 'Cloud Logging API'}, ${utc(r.query.since)} to ${utc(r.query.until)}`,
        '',
        '**Filter:**',
        '',
        fenced(wrapFilter(r.query.filter)),
        '',
        '**Collection Command:**',
        '',
        fenced(wrapCommand(r.query.gcloudCommand), 'sh'),
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
    const groups = !newOnly ? atOrAbove : known ? atOrAbove.filter((g) => !isKnown(g, known)) : newGroupsAtOrAbove(report, failOn);
    const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
    const source = newOnly && known ? ` ${knownLine(known)}` : '';
    if (!groups.length)
        return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.${source}` };
    const names = groups
        .slice(0, 10)
        .map((g) => `[${g.triage.priority}] ${shorten(g.signature.title, 120)}${suspectText(g) ? ` (${shorten(suspectText(g), 200)})` : ''}`)
        .join('; ');
    const more = groups.length > 10 ? '; ...' : '';
    const text = `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${more}${source ? `.${source}` : ''}`;
    return { failed: true, groups, text };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
;// CONCATENATED MODULE: ./src/publish/files.ts
// Writes the worklog and the JSON report to a local folder. The report is written group by group
// as a stream, so its text never exists whole beside the report object; groups past the first
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
    const { explorerUrl: _link, ...rest } = g;
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
async function writeReport(path, report) {
    const out = (0,external_node_fs_.createWriteStream)(path);
    const failed = new Promise((_, reject) => out.once('error', reject));
    failed.catch(() => { });
    let buf = '';
    for (const piece of reportChunks(report)) {
        buf += piece;
        if (buf.length >= 1 << 16) {
            if (!out.write(buf))
                await Promise.race([(0,external_node_events_.once)(out, 'drain'), failed]);
            buf = '';
        }
    }
    out.end(buf);
    await Promise.race([(0,external_node_events_.once)(out, 'finish'), failed]);
}
/** Writes both files; `json` is the report (streamed) or its text when it was already made. */
async function writeOutputs(outputDir, paths, markdown, json) {
    await (0,promises_namespaceObject.mkdir)(outputDir, { recursive: true });
    const worklog = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.markdown));
    const report = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.json));
    await (0,promises_namespaceObject.writeFile)(worklog, markdown);
    if (typeof json === 'string')
        await (0,promises_namespaceObject.writeFile)(report, json);
    else
        await writeReport(report, json);
    return { worklog, report };
}

;// CONCATENATED MODULE: ./src/paths.ts
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

;// CONCATENATED MODULE: ./src/run.ts



















const quiet = { info: () => { }, warning: () => { } };
const servicesOf = (groups) => [...new Set(groups.flatMap((g) => Object.keys(g.services)))].sort();
const EXPORT_FIX = 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line';
async function build(settings, options = {}) {
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
    // The previous run's groups seed this run's templates (same fingerprints) and, from an older
    // signer version, become aliases of the groups their entries fall into now.
    const signer = createSigner({ fingerprints: config.fingerprints, masks: config.masks, previous: previous?.groups });
    let source;
    const scope = settings.inputFile ? fileScope(settings, now) : undefined;
    if (settings.inputFile) {
        await checkReadable(settings.inputFile, 'input');
        source = fileSource(settings.inputFile, options.stdin);
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
    // Built here first: a bad user pattern is reported before any thread starts.
    const redactor = threadRedactor(options.workerScript, redaction, createRedactor(redaction));
    const collected = await collect({
        source,
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
    const compared = compareWithPrevious(retention ? { ...built, notes: [...(built.notes ?? []), retention] } : built, previous);
    const report = settleSuspects(compared, collected.revisions ?? [], previous, repositoryUrl(env));
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
        repoPaths: worklogPaths(settings.worklogPath, report, runName(env)),
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

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = require("node:string_decoder");
;// CONCATENATED MODULE: ./src/cli/group.ts
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
    if (text.includes('\r'))
        into.push(...text.split('\r'));
    else
        into.push(text);
}
/** The stream options reading a part; a pipe is read from where it is, without seeking. */
const range = (part) => (part.end === undefined ? {} : { start: part.start, end: part.end - 1 });
/** The file's lines, a chunk's worth at a time. */
async function* lineBatches(path, part) {
    if (part.end !== undefined && part.end <= part.start)
        return;
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    let rest = '';
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK, ...range(part) })) {
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
        await (0,external_node_events_.once)(out, 'drain');
}
async function learn(inputPath, part, signer, spoolPath, provisional) {
    const ids = new Map();
    // The record `run` makes of a textPayload entry without severity; one object, reused (sign keeps no record).
    const record = { timestamp: '', time: 0, severity: 'DEFAULT', kind: 'stdout', message: '', errorGroups: [], labels: {} };
    const spool = (0,external_node_fs_.createWriteStream)(spoolPath);
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
    await (0,external_node_events_.once)(spool, 'close');
}
const LINE_HEAD = Buffer.from('{"line_id":');
/** Bytes printed at a time; a line takes at most LINE_HEAD, 16 digits and the longest tail. */
const OUT_CHUNK = 1 << 20;
/** Prints the lines of one part, numbered on from `line`; returns the last number. The bytes are
 * put together directly: a million lines as strings cost four times as much, and this runs on the
 * main thread after the parts were signed in parallel. */
async function print(spoolPath, groupIds, out, line) {
    const tails = groupIds.map((g) => Buffer.from(`,"group_id":${JSON.stringify(g)}}\n`));
    const room = LINE_HEAD.length + 16 + Math.max(0, ...tails.map((t) => t.length));
    const digits = Buffer.alloc(16);
    let buf = Buffer.allocUnsafe(Math.max(OUT_CHUNK, room));
    let o = 0;
    let rest = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(spoolPath)) {
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
    const file = await (0,promises_namespaceObject.open)(path, 'r');
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
    return t.threads ?? Math.max(1, Math.min((0,external_node_os_namespaceObject.availableParallelism)(), MAX_THREADS, Math.floor(size / MIN_PART_BYTES)));
}
/** Signs one part on a thread of its own. */
function signElsewhere(script, data) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(script, { workerData: data });
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
    const signer = createSigner(options);
    const { provisional } = await signPart(input, part, spool, signer);
    external_node_worker_threads_.parentPort?.postMessage({ provisional, state: signer.state() });
}
async function runGroupCommand(inputPath, out, options = {}, threading = {}) {
    let size;
    try {
        await (0,promises_namespaceObject.access)(inputPath);
        const s = await (0,promises_namespaceObject.stat)(inputPath);
        // A pipe (`--input <(zcat logs.gz)`) has no size to cut: it is read to its end on one thread.
        size = s.isFile() ? s.size : undefined;
    }
    catch {
        throw new errors/* InputError */.d(`--input ${inputPath}`, 'the file cannot be read', 'pass a readable text file with one log message per line');
    }
    const signer = createSigner(options);
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'log-gardener-group-'));
    try {
        const threads = size === undefined ? 1 : threadsFor(size, threading);
        const parts = size !== undefined && threads > 1 ? await cutParts(inputPath, size, threads) : [{ start: 0, end: size }];
        const spools = parts.map((_, i) => (0,external_node_path_.join)(dir, `templates-${i}.u32`));
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
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/render/summary.ts




const MAX_ROWS = 50;
function renderSummary(r, gate, paths) {
    const lines = [
        `## GCP Log Gardener: ${markdown_inline(servicesShown(r))}`,
        '',
        `${r.stats.entries} entries, ${r.groups.length} groups, ${r.query.since} to ${r.query.until}. ` +
            types/* PRIORITIES */.BE.map((p) => `${p}: ${r.byPriority[p]}`).join(' · '),
        '',
    ];
    if (gate.failed)
        lines.push(`> [!CAUTION]`, `> ${markdown_inline(gate.text)}`, '');
    else
        lines.push(`${markdown_inline(gate.text)}`, '');
    for (const f of r.failures)
        lines.push(`- ❌ ${markdown_inline(f)}`);
    if (r.failures.length)
        lines.push('');
    if (r.groups.length) {
        lines.push('| Priority | Component | Problem | Count | Last seen | Issue |', '|---|---|---|---|---|---|');
        for (const g of r.groups.slice(0, MAX_ROWS)) {
            const issue = g.issue ? `[${g.issue.number}](${g.issue.url}) ${g.issue.state}` : '';
            lines.push(`| ${g.triage.priority} | ${cell(g.triage.component)} | ${cell(displayTitle(g.signature.title), 140)} | ${g.count} | ${g.lastSeen} | ${issue} |`);
        }
        if (r.groups.length > MAX_ROWS) {
            lines.push('', `This table shows the ${MAX_ROWS} most urgent of ${r.groups.length} groups; the other ${r.groups.length - MAX_ROWS} are in the worklog ` +
                `(a section for each of its first ${DEFAULT_MAX_GROUPS}, then one line each, as many as fit in 2 MB) and every group in the JSON report.`);
        }
    }
    lines.push('', `Worklog: ${markdown_code(paths.worklog)} · report: ${markdown_code(paths.report)}`, '');
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
        summary: truncateBody(renderSummary(shown, o.gate, o.files), SUMMARY_LIMIT).body,
        messages,
        failure,
        exitCode: failures.length ? 1 : o.gate.failed ? 2 : 0,
    };
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
// The command line: the same stages as the action, on a log export or on Cloud Logging.









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
const HELP = `gcp-log-gardener ${VERSION}: group Google Cloud warnings and errors into issues, triage them, write a worklog.

Usage:
  gcp-log-gardener run --input logs.json [options]   worklog from a \`gcloud logging read --format=json\` export ('-' = stdin)
  gcp-log-gardener run --project-id P --service S    worklog from Cloud Logging (Application Default Credentials)
  gcp-log-gardener group --input messages.txt         one message a line in, {"line_id","group_id"} a line out
                  [--threads N]                      sign on N threads (default: one per core for files over 16 MB)

Options of run (same names and defaults as the action's inputs; see the README):
  ${RUN_OPTIONS.map((o) => `--${o}`).join('  ')}

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
        const known = new Set([...RUN_OPTIONS, ...GROUP_OPTIONS, 'help', 'version']);
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
        const outcome = await run(settings, {
            now,
            // Loaded only for Cloud Logging runs, so file runs and `group` start fast.
            openCloudSource: async (s, env) => (await __nccwpck_require__.e(/* import() */ 930).then(__nccwpck_require__.bind(__nccwpck_require__, 75930))).openGoogleSource(s, env, now, { clock: (0,clock/* clockFromEnv */.iQ)(env) }),
            log: { info: (m) => err.write(`${singleLine(m)}\n`), warning: (m) => err.write(`warning: ${singleLine(m)}\n`) },
            workerScript: entry.workerScript,
        });
        // Messages quote log text: one line each, so none can pass for a workflow command.
        const c = conclude(outcome);
        for (const m of c.messages)
            err.write(`${m.level === 'error' ? 'failed: ' : ''}${singleLine(m.text)}\n`);
        if (c.failure)
            err.write(`${singleLine(c.failure)}\n`);
        out.write(`Worklog written to ${outcome.files.worklog}\nReport written to ${outcome.files.report}\n`);
        return c.exitCode;
    }
    catch (e) {
        err.write(`error: ${singleLine((0,errors/* errorLine */.B)(e))}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts




// `group` signs parts of a large file, and `run` redacts, on threads that run this same script.
const data = external_node_worker_threads_.workerData;
if (data?.groupPart) {
    void runGroupPart(data);
}
else if (data?.redactThread) {
    runRedactThread(data);
}
else {
    void cli(process.argv.slice(2), process.stdout, process.stderr, { workerScript: process.argv[1] }).then((code) => {
        process.exitCode = code;
    });
}

})();

module.exports = __webpack_exports__;
/******/ })()
;