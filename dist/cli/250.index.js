"use strict";
exports.id = 250;
exports.ids = [250];
exports.modules = {

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

/***/ 45488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine)
/* harmony export */ });
/**
 * The first line of `text` (lines cut at "\n") that is not blank, or undefined. What
 * `text.split('\n').find((l) => l.trim() !== '')` gives, without cutting every line of a long trace.
 */
function firstLine(text) {
    let from = 0;
    for (;;) {
        const nl = text.indexOf('\n', from);
        const line = nl === -1 ? text.slice(from) : text.slice(from, nl);
        if (line.trim() !== '')
            return line;
        if (nl === -1)
            return undefined;
        from = nl + 1;
    }
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

/***/ 31250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ createSigner)
});

// EXTERNAL MODULE: ./src/safety/truncate.ts + 1 modules
var truncate = __webpack_require__(97537);
// EXTERNAL MODULE: ./src/group/fingerprint.ts
var fingerprint = __webpack_require__(86375);
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
var group_mask = __webpack_require__(20706);
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

// EXTERNAL MODULE: ./src/group/first-line.ts
var first_line = __webpack_require__(45488);
// EXTERNAL MODULE: ./src/group/request.ts
var request = __webpack_require__(40010);
// EXTERNAL MODULE: ./src/group/pattern.ts
var pattern = __webpack_require__(90221);
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

// EXTERNAL MODULE: ./src/group/stack.ts
var group_stack = __webpack_require__(99431);
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
    return (0,truncate/* cutText */.I)(text, MAX_TITLE);
}
function headline(message) {
    const head = message.length > group_mask/* MAX_MASKED_CHARS */.jp ? message.slice(0, group_mask/* MAX_MASKED_CHARS */.jp) : message;
    if (!head.includes('\n'))
        return head.trim();
    return (0,first_line/* firstLine */.T)(head)?.trim() ?? '';
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
        const stack = oneLine ? undefined : (0,group_stack/* parseStack */.G)(record.stackTrace ?? record.message);
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
            stacks: [...stacks.values()].map((s) => [s.signature, s.prefix, s.form, s.values.seen()]),
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
        for (const [signature, prefix, form, seen] of other.stacks) {
            let s = stacks.get(signature.fingerprint);
            if (!s && stacks.size < MAX_FORMS)
                stacks.set(signature.fingerprint, (s = { signature, prefix, form, values: new SharedValues(form) }));
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


/***/ }),

/***/ 99431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseStack)
/* harmony export */ });
/* unused harmony export shortFile */
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
    // What path.split(/[/\\]/).slice(-2).join('/') gives, without the array: a frame at a time, it added up.
    const last = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    if (last < 0)
        return path;
    const before = last === 0 ? -1 : Math.max(path.lastIndexOf('/', last - 1), path.lastIndexOf('\\', last - 1));
    return `${path.slice(before + 1, last)}/${path.slice(last + 1)}`;
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
// The last text read: a record's trace is read where its severity is decided, then again where it is signed.
let lastText;
let lastTrace;
/** The stack trace in a text, when it holds one. The result is shared: read it, do not change it. */
function parseStack(text) {
    if (!text.includes('\n'))
        return undefined;
    if (text === lastText)
        return lastTrace;
    const lines = text.split(/\r?\n/);
    lastText = text;
    return (lastTrace = parsePython(lines) ?? parseGo(lines) ?? parseJava(lines) ?? parseNode(lines));
}


/***/ })

};
;