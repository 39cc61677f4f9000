"use strict";
exports.id = 53;
exports.ids = [53];
exports.modules = {

/***/ 75930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGoogleSource: () => (/* binding */ openGoogleSource)
});

// EXTERNAL MODULE: ./src/gcp/query.ts
var query = __webpack_require__(5366);
;// CONCATENATED MODULE: ./src/gcp/open-source.ts

/**
 * Pass the same `now` as the run's buildQuery so the filter sent is the filter reported.
 * Throws InputError for bad auth configuration; token exchange errors surface on the first read.
 */
async function openCloudLoggingSource(settings, env = process.env, now = new Date(), extra = {}) {
    const { authDeps, ...options } = extra;
    const [{ createAuthClient }, { cloudLoggingSource }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(421), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 23098)), Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(492), __webpack_require__.e(669), __webpack_require__.e(839), __webpack_require__.e(391), __webpack_require__.e(144)]).then(__webpack_require__.bind(__webpack_require__, 9144))]);
    const auth = await createAuthClient(settings, env, authDeps);
    return cloudLoggingSource(settings, { ...options, auth, query: (0,query/* buildQuery */.Zq)(settings, now), env });
}

;// CONCATENATED MODULE: ./src/google-source.ts


async function openGoogleSource(settings, env = process.env, now = new Date(), extra = {}) {
    if (settings.source !== 'bigquery')
        return openCloudLoggingSource(settings, env, now, extra);
    const [{ createAuthClient }, { bigQuerySource, BIGQUERY_SCOPE }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(421), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 23098)), Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(492), __webpack_require__.e(669), __webpack_require__.e(839), __webpack_require__.e(87), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 59948))]);
    const auth = await createAuthClient(settings, env, extra.authDeps, [BIGQUERY_SCOPE]);
    return bigQuerySource(settings, { auth, query: (0,query/* buildQuery */.Zq)(settings, now), env, clock: extra.clock, requestTimeoutMs: extra.requestTimeoutMs });
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


/***/ })

};
;