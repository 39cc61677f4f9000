"use strict";
exports.id = 319;
exports.ids = [319,254];
exports.modules = {

/***/ 30319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: build, finish

// EXTERNAL MODULE: ./src/collect/file-source.ts + 1 modules
var file_source = __webpack_require__(59849);
// EXTERNAL MODULE: ./src/file-scope.ts
var file_scope = __webpack_require__(38088);
// EXTERNAL MODULE: ./src/front-thread.ts + 1 modules
var front_thread = __webpack_require__(26327);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/group/stack.ts
var stack = __webpack_require__(99431);
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
const CLOSE_BRACE = /^\s*[}\]],?$/;
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
        [PY_HEAD, PY_CHAIN, EXCEPTION_HEAD, CAUSED, GRPC_CALL, NODE_TRAILER, CLOSE_BRACE, NODE_LOCATION, GO_HEAD, GO_ROUTINE, GO_FUNCTION, GO_TAIL].some((re) => re.test(line)));
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
    const continues = (l) => INDENTED.test(l) || CAUSED.test(l) || GRPC_CALL.test(l) || CLOSE_BRACE.test(l);
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
    return INDENTED.test(line) || CAUSED.test(line) || GO_ROUTINE.test(line) || GO_FUNCTION.test(line) || GRPC_CALL.test(line) || CLOSE_BRACE.test(line);
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
    if (record.message.includes('\n') && ((0,stack/* parseStack */.G)(record.message) !== undefined || ORPHAN_FRAME.test(record.message)))
        return true;
    if (!EXCEPTION_HEAD.test(first))
        return false;
    // A bare "Error" word alone is no exception; with frames under it, it is one.
    return record.message.includes('\n') ? (0,stack/* parseStack */.G)(record.message) !== undefined : !/^Error$/.test(first);
}
function atOrAbove(record, min) {
    if ((0,types/* severityRank */.qs)(record.severity) >= (0,types/* severityRank */.qs)(min))
        return true;
    if ((record.http?.status ?? 0) >= 500)
        return true;
    // An error without a severity counts as ERROR: above a CRITICAL threshold it stays out.
    return record.severity === 'DEFAULT' && (0,types/* severityRank */.qs)(min) <= (0,types/* severityRank */.qs)('ERROR') && reportsError(record);
}

// EXTERNAL MODULE: ./src/collect/front.ts
var collect_front = __webpack_require__(34973);
// EXTERNAL MODULE: ./src/collect/normalize.ts
var normalize = __webpack_require__(59705);
// EXTERNAL MODULE: ./src/safety/redact-record.ts
var redact_record = __webpack_require__(62783);
;// CONCATENATED MODULE: ./src/group/order.ts
// The order of groups wherever they are listed: the most severe first, then the most frequent; ties by
// fingerprint, so that the order is the same run after run.

/**
 * Fingerprints in code-point order. localeCompare gave the same order for these (a version, a colon,
 * hex) but follows the runner's locale, and its first call loads ICU's collation data, ~7 ms a thread.
 */
const compareFingerprints = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Most severe, then most frequent, then by fingerprint. */
function bySeverityThenCount(a, b) {
    return ((0,types/* severityRank */.qs)(b.maxSeverity) - (0,types/* severityRank */.qs)(a.maxSeverity) || b.count - a.count || compareFingerprints(a.signature.fingerprint, b.signature.fingerprint));
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
        this.records = new redact_record/* RecordRedactor */.oZ(opts.redactor);
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
        return [...byFingerprint.values()].sort(bySeverityThenCount);
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

// EXTERNAL MODULE: ./src/group/signer.ts + 5 modules
var group_signer = __webpack_require__(31250);
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
    return [...out.values()].sort(bySeverityThenCount);
}

// EXTERNAL MODULE: ./src/group/mask.ts + 1 modules
var mask = __webpack_require__(20706);
;// CONCATENATED MODULE: ./src/group/align.ts
// Reads the values of a template's `<*>` slots back out of a text the template was made from, so a
// group can count which values its variables took. Works on any template whose literal parts appear
// in the text in order (the masked message, a stack title, a request line); whitespace runs count
// as one space, as the masks made them. Leftmost match per literal, linear time, no regular
// expression built from log text: a text that does not line up gives nothing.

const NAME_BEFORE = /([A-Za-z_][\w.-]{0,30})[\s=:]*[([{"']?$/;
function slotsOf(template, maxSlots) {
    if (!template.includes(mask/* VAR */.OZ) || template.endsWith('…'))
        return undefined;
    const all = template.split(mask/* VAR */.OZ);
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

// EXTERNAL MODULE: ./src/group/first-line.ts
var first_line = __webpack_require__(45488);
;// CONCATENATED MODULE: ./src/group/sketch.ts
// Space-Saving top-k sketch (Metwally, Agrawal, El Abbadi 2005): at most `capacity` counters, so
// memory is bounded whatever the number of distinct values. A value not tracked takes over the
// smallest counter and inherits its count as its possible error. Guarantees: every listed count
// is at least the true count and over-counts it by at most its own error (<= total / capacity),
// and any value occurring more than total / capacity times is listed. While fewer distinct values
// than counters were seen, counts are exact.
/**
 * A copy that holds no reference to the (possibly much longer) string it was cut from: V8 keeps a
 * substring of 13 characters or more as a view of its parent, so a value read out of a message would
 * keep the message alive. Joining two parts makes a flat copy; `(' ' + s).slice(1)` made a view again,
 * of a copy, 32 bytes more a value: 3 MB of the heap at 10,000 groups (heap snapshot after the last record).
 */
function detach(s) {
    return s.length < 13 ? s : [s.slice(0, 1), s.slice(1)].join('');
}
class SpaceSaving {
    capacity;
    counts = new Map();
    /** Made at the first eviction: most sketches never evict (a Map costs ~250 bytes even empty). */
    errors;
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
            this.counts.set(detach(value), n);
            this.min = undefined;
            return;
        }
        const victim = this.smallest();
        const floor = this.counts.get(victim);
        this.counts.delete(victim);
        this.errors ??= new Map();
        this.errors.delete(victim);
        const kept = detach(value);
        this.counts.set(kept, floor + n);
        this.errors.set(kept, floor);
        this.min = undefined;
    }
    smallest() {
        if (this.min !== undefined)
            return this.min;
        let best;
        let bestCount = Infinity;
        // forEach, not for-of: no [value, count] pair made per counter (this runs at every eviction).
        this.counts.forEach((c, v) => {
            if (c < bestCount) {
                best = v;
                bestCount = c;
            }
        });
        this.min = best;
        return this.min;
    }
    /** The `limit` most frequent values, most frequent first (ties by value, for determinism). */
    top(limit) {
        const values = [...this.counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .slice(0, limit)
            .map(([value, count]) => ({ value, count }));
        const error = values.reduce((e, v) => Math.max(e, this.errors?.get(v.value) ?? 0), 0);
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
/** The group's counters, by their place in `GroupState.sizes`. */
const Counter = { Severities: 0, Services: 1, Revisions: 2, Locations: 3, Instances: 4, Kinds: 5, Statuses: 6 };
/** Counts a key unless the counter already holds MAX_KEYS others; `sizes[counter]` is its number of keys. */
function bump(counts, key, sizes, counter) {
    if (key === undefined || key === '')
        return;
    const n = counts[key];
    if (n !== undefined)
        counts[key] = n + 1;
    else {
        const size = sizes[counter];
        if (size < MAX_KEYS) {
            counts[key] = 1;
            sizes[counter] = size + 1;
        }
    }
}
/**
 * A counter whose keys come in an order of their own in each group (instance ids, hours). Without a
 * prototype, V8 keeps it as a hash table from the start; a plain object got a hidden class chain of its
 * own per group: 72,000 of them (9 MB) at 10,000 groups, and building them cost 8% of the run.
 */
const dictionary = () => Object.create(null);
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
function headline(message) {
    const nl = message.indexOf('\n');
    if (nl === -1)
        return squeeze(message);
    return squeeze((0,first_line/* firstLine */.T)(message) ?? '');
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
    settled;
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
        if (this.settled)
            throw new Error('a record was added after the groups were settled');
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
                instances: dictionary(),
                kinds: {},
                statuses: {},
                hourly: dictionary(),
                maxConsecutive: 0,
                samples: [],
                exemplar: this.exemplar(record),
            };
            st = { fields: new Map(), slots: undefined, revisionFirst: new Map(), sizes: [0, 0, 0, 0, 0, 0, 0], distinctVariables: 0, labelFields: 0 };
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
        bump(g.severities, record.severity, st.sizes, Counter.Severities);
        if ((0,types/* severityRank */.qs)(record.severity) > (0,types/* severityRank */.qs)(g.maxSeverity))
            g.maxSeverity = record.severity;
        bump(g.services, record.service, st.sizes, Counter.Services);
        bump(g.revisions, record.revision, st.sizes, Counter.Revisions);
        bump(g.locations, record.location, st.sizes, Counter.Locations);
        bump(g.instances, record.instance, st.sizes, Counter.Instances);
        bump(g.kinds, record.kind, st.sizes, Counter.Kinds);
        if (record.http?.status !== undefined)
            bump(g.statuses, String(record.http.status), st.sizes, Counter.Statuses);
        const hour = record.timestamp.slice(0, 13);
        g.hourly[hour] = (g.hourly[hour] ?? 0) + 1;
        if (g.samples.length < accumulate_MAX_SAMPLES) {
            const full = record.stackTrace && !record.message.includes(record.stackTrace) ? `${record.message}\n${record.stackTrace}` : record.message;
            // The exemplar already holds this text (the group's first record): shared, not copied.
            const text = full === g.exemplar.message && full.length <= accumulate_MAX_SAMPLE_CHARS ? g.exemplar.message : cut(full, accumulate_MAX_SAMPLE_CHARS);
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
        const head = headline(record.message);
        const found = align(slots, head);
        if (found || signature.kind === 'template')
            return found;
        // A stack's title is "Type: message" from the exception line: the last line for Python, the first for Java and Node.
        const stack = record.stackTrace ?? record.message;
        return align(slots, lastLine(stack)) ?? align(slots, headline(stack));
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
    /**
     * Groups, most severe then most frequent first; ties by fingerprint for determinism. Settles once: each
     * group's counting state is let go as its distributions are read, so that what comes next (templates
     * settled, the report rendered and written) has that memory; later calls return the same groups.
     */
    result() {
        if (this.settled)
            return this.settled;
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
            this.state.delete(fp);
            // One entry has no distribution to speak of.
            if (g.count > 1)
                g.distributions = distributions(st, g);
            g.suspect = suspectOf(st, g, this.revisionsSeen, newest);
        }
        this.settled = [...this.groups.values()].sort(bySeverityThenCount);
        return this.settled;
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
/** Stream keys remembered; past it they are made anew (instances come and go). */
const reassemble_MAX_KEYS = 4096;
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
/** Lines of a stream mostly come in time order: then there is nothing to sort. */
function inTimeOrder(records) {
    for (let i = 1; i < records.length; i += 1)
        if (records[i].time < records[i - 1].time)
            return false;
    return true;
}
/** A block's records cut into traces and single lines, in the order the block arrived. */
function emit(block, newestFirst, onJoin) {
    const { records } = block;
    if (records.length === 1)
        return records;
    const arrival = newestFirst ? [...records].reverse() : records;
    const ordered = inTimeOrder(arrival)
        ? arrival
        : arrival
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
/** Reassembly fed a record at a time; what each call completes goes to `out`, in order. */
class Reassembler {
    options;
    pending = new Map();
    previousTime;
    drift = 0; // > 0: times decrease (newest first)
    sweptAt;
    // Bounds on the pending blocks' last times (loose after a flush, exact after a sweep): a sweep that could flush
    // nothing is skipped. Sparse logs reach a sweep on almost every line.
    lowest = Infinity;
    highest = -Infinity;
    constructor(options = {}) {
        this.options = options;
    }
    // The last record's stream and key: records of one stream come in runs, and the key is a new string to hash.
    lastProject;
    lastStream;
    lastLog;
    lastKey = '';
    // Each stream's key, by project, stream and log: a record's key is found, not made (and hashed) again.
    keys = new Map();
    keyCount = 0;
    keyOf(r) {
        const stream = r.instance ?? r.service;
        const log = r.logName ?? r.kind;
        if (this.lastKey !== '' && r.project === this.lastProject && stream === this.lastStream && log === this.lastLog)
            return this.lastKey;
        this.lastProject = r.project;
        this.lastStream = stream;
        this.lastLog = log;
        let byStream = this.keys.get(r.project);
        if (!byStream)
            this.keys.set(r.project, (byStream = new Map()));
        let byLog = byStream.get(stream);
        if (!byLog)
            byStream.set(stream, (byLog = new Map()));
        let key = byLog.get(log);
        if (key === undefined) {
            if (this.keyCount >= reassemble_MAX_KEYS) {
                this.keys.clear();
                this.keyCount = 0;
            }
            byLog.set(log, (key = keyOf(r)));
            this.keyCount += 1;
        }
        return (this.lastKey = key);
    }
    flush(key, out) {
        const block = this.pending.get(key);
        if (!block)
            return;
        this.pending.delete(key);
        for (const r of emit(block, this.drift > 0, this.options.onJoin))
            out.push(r);
    }
    push(r, out) {
        const { pending } = this;
        if (this.previousTime !== undefined)
            this.drift += Math.sign(this.previousTime - r.time);
        this.previousTime = r.time;
        // Blocks of other streams that went quiet: swept every quarter gap of log time, not every line.
        if (this.sweptAt === undefined || Math.abs(r.time - this.sweptAt) > GAP_MS / 4) {
            this.sweptAt = r.time;
            if (r.time - this.lowest > GAP_MS || this.highest - r.time > GAP_MS) {
                this.lowest = Infinity;
                this.highest = -Infinity;
                // forEach, not for-of: no [key, block] pair made per block (sparse logs sweep at almost every line).
                pending.forEach((block, key) => {
                    if (Math.abs(r.time - block.lastTime) > GAP_MS)
                        this.flush(key, out);
                    else {
                        this.lowest = Math.min(this.lowest, block.lastTime);
                        this.highest = Math.max(this.highest, block.lastTime);
                    }
                });
            }
        }
        const key = this.keyOf(r);
        if (whole(r)) {
            this.flush(key, out);
            out.push(r);
            return;
        }
        const like = traceLike(r.message);
        let block = pending.get(key);
        if (block && ((!like && block.plainTail) || block.records.length >= MAX_LINES || Math.abs(r.time - block.lastTime) > GAP_MS)) {
            this.flush(key, out);
            block = undefined;
        }
        if (!block) {
            while (pending.size >= MAX_PENDING)
                this.flush(pending.keys().next().value, out);
            // Most blocks hold one line: an array made for one, not grown for many.
            pending.set(key, { records: [r], lastTime: r.time, plainTail: !like });
        }
        else {
            block.records.push(r);
            block.lastTime = r.time;
            block.plainTail = !like;
        }
        this.lowest = Math.min(this.lowest, r.time);
        this.highest = Math.max(this.highest, r.time);
    }
    /** Everything still held, after the last record. */
    end(out) {
        for (const key of [...this.pending.keys()])
            this.flush(key, out);
    }
}

;// CONCATENATED MODULE: ./src/group/index.ts





// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
const BUILTIN_RULES = [
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
    return BUILTIN_RULES.find((r) => r.test(g)) ?? BUILTIN_RULES[BUILTIN_RULES.length - 1];
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
    return ((w.minSeverity === undefined || (0,types/* severityRank */.qs)(g.maxSeverity) >= (0,types/* severityRank */.qs)(w.minSeverity)) &&
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

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts







async function collect(opts) {
    const stats = { entries: 0, malformed: [], ignored: 0 };
    let span;
    const bySeverity = {};
    // Groups an engine already counted (BigQuery) are folded apart; their refined entries come through here.
    const pre = new PreGrouped({ signer: opts.signer, redactor: opts.redactor, ignore: opts.ignore });
    const front = opts.front ?? (0,collect_front/* localFront */.Z$)(pre.expand(opts.source.read()), { redactor: opts.redactor, inScope: opts.inScope });
    const acc = new GroupAccumulator();
    let joinedInto = 0;
    const take = (record) => {
        joinedInto += 1;
        acc.observe(record);
        if (opts.admit && !opts.admit(record)) {
            stats.belowThreshold = (stats.belowThreshold ?? 0) + 1;
            return;
        }
        if (opts.ignore?.(record)) {
            stats.ignored += 1;
            return;
        }
        bySeverity[record.severity] = (bySeverity[record.severity] ?? 0) + 1;
        if (!span)
            span = { first: record.timestamp, last: record.timestamp };
        else if (record.timestamp < span.first)
            span.first = record.timestamp;
        else if (record.timestamp > span.last)
            span.last = record.timestamp;
        acc.add(record, opts.signer.sign(record));
    };
    // Every string of every record was redacted by the front, before grouping: nothing unredacted goes further.
    // Batches go through reassembly without a promise per record.
    const joiner = new Reassembler();
    // Each record joined or let through is grouped at once, while it is young (and no array is emptied and
    // grown again per record).
    const grouped = { push: take };
    for await (const batch of front.batches)
        for (const record of batch)
            joiner.push(record, grouped);
    joiner.end(grouped);
    const { inRange, failures, entries, malformed, truncated, outOfRange } = front.tally();
    stats.entries = entries;
    stats.malformed = malformed;
    if (truncated)
        stats.truncated = truncated;
    if (outOfRange !== undefined)
        stats.outOfRange = outOfRange;
    // Lines that became part of another entry's trace: what went into reassembly and did not come out.
    if (inRange > joinedInto)
        stats.joined = inRange - joinedInto;
    // Templates settle once every record (and every pre-grouped sample) was seen.
    const folded = pre.finish({ groups: acc.result(), stats, bySeverity, failures: [...failures], span, revisions: acc.revisions() });
    await opts.beforeSettle?.(folded.groups);
    return { ...folded, groups: finalizeGroups(folded.groups, opts.signer.finish?.()) };
}
/**
 * Gives each group its Logs Explorer link, made when read and never kept: a link is about 2 KB and
 * most groups' links are never shown (10,000 groups held 19 MB of them). A copy made by spreading a
 * group holds its link as text, so this is done last, on the groups that are written out.
 */
function linkGroups(groups, explorerUrl) {
    // One getter for all groups, reading `this`: a getter per group would put every group object in
    // V8's dictionary mode (about 0.8 KB more each).
    const get = function () {
        return explorerUrl(this);
    };
    for (const g of groups)
        Object.defineProperty(g, 'explorerUrl', { get, enumerable: true, configurable: true });
}
function buildReport(collected, opts) {
    const groups = collected.groups.map((g) => ({ ...g, triage: triage(g, opts.config) }));
    if (opts.explorerUrl)
        linkGroups(groups, opts.explorerUrl);
    groups.sort((a, b) => (0,types/* priorityRank */.Dk)(a.triage.priority) - (0,types/* priorityRank */.Dk)(b.triage.priority) ||
        b.count - a.count ||
        compareFingerprints(a.signature.fingerprint, b.signature.fingerprint));
    const byPriority = Object.fromEntries(types/* PRIORITIES */.BE.map((p) => [p, groups.filter((g) => g.triage.priority === p).length]));
    const highestPriority = types/* PRIORITIES */.BE.find((p) => byPriority[p] > 0) ?? 'none';
    return {
        schemaVersion: 1,
        tool: { name: 'gcp-log-gardener', version: version/* VERSION */.x, signer: opts.signerVersion },
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

// EXTERNAL MODULE: ./src/safety/redact.ts + 3 modules
var redact = __webpack_require__(44941);
// EXTERNAL MODULE: ./src/safety/redact-thread.ts
var redact_thread = __webpack_require__(61254);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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
        text = await (0,promises_.readFile)(path, 'utf8');
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
        return [
            `${where}ignore[${i}]${what} expired on ${rule.expires} and no longer hides entries. Fix: renew its expires date if the noise is still expected, or delete the rule.`,
        ];
    });
}

// EXTERNAL MODULE: ./src/triage/trend.ts
var trend = __webpack_require__(98119);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var markdown = __webpack_require__(31373);
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

// EXTERNAL MODULE: ./src/gcp/query.ts
var gcp_query = __webpack_require__(5366);
// EXTERNAL MODULE: ./src/render/worklog.ts + 5 modules
var worklog = __webpack_require__(11895);
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
    const groups = !newOnly ? atOrAbove : known ? atOrAbove.filter((g) => !isKnown(g, known)) : (0,trend/* newGroupsAtOrAbove */.AS)(report, failOn);
    const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
    const source = newOnly && known ? ` ${knownLine(known)}` : '';
    if (!groups.length)
        return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.${source}` };
    const names = groups
        .slice(0, 10)
        .map((g) => `[${g.triage.priority}] ${(0,markdown/* shorten */.ml)(g.signature.title, 120)}${suspectText(g) ? ` (${(0,markdown/* shorten */.ml)(suspectText(g), 200)})` : ''}`)
        .join('; ');
    const more = groups.length > 10 ? '; ...' : '';
    const text = `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${more}${source ? `.${source}` : ''}`;
    return { failed: true, groups, text };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/publish/files.ts
// Writes the worklog and the JSON report to a local folder. The report is written group by group
// through one buffer, so its text never exists whole beside the report object; groups past the first
// DETAILED_GROUPS keep bounded detail there, and the report says so.



/** Groups (in report order: priority, then count) written with all their detail. */
const DETAILED_GROUPS = 200;
const COMPACT_CHARS = 300;
const COMPACT_VALUES = 3;
const clip = (s) => (s.length > COMPACT_CHARS ? `${s.slice(0, COMPACT_CHARS - 1)}…` : s);
/** A group with bounded detail: one short sample, a short exemplar, the top values of each field, no
 * Logs Explorer link (the worklog has it); every count and what a later run reads back stays. */
function compactGroup(g) {
    const e = g.exemplar;
    // Copied key by key: a rest pattern would read the link (made anew on every read) only to drop it.
    const rest = {};
    for (const k of Object.keys(g))
        if (k !== 'explorerUrl')
            rest[k] = g[k];
    return {
        ...rest,
        samples: g.samples.slice(0, 1).map(clip),
        exemplar: { ...e, message: clip(e.message), ...(e.stackTrace === undefined ? {} : { stackTrace: clip(e.stackTrace) }) },
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
/** Bytes written at a time; a piece is copied in whole, up to 3 bytes a character. */
const WRITE_BUFFER = 1 << 17;
/** `bytes[0, length)` to the file, however many writes the system takes. */
function writeAll(fd, bytes, length = bytes.length) {
    for (let at = 0; at < length;)
        at += (0,external_node_fs_.writeSync)(fd, bytes, at, length - at);
}
/**
 * The report's pieces copied into one buffer and written from it, synchronously: a stream turned each
 * piece into a Buffer of its own, freed only by a collection, 6 to 11 MiB at the end of a 10,000-group
 * run, where its memory peaks. The run has nothing else to do meanwhile.
 */
function writeReport(path, report) {
    const fd = (0,external_node_fs_.openSync)(path, 'w');
    try {
        const buf = Buffer.allocUnsafe(WRITE_BUFFER);
        let used = 0;
        for (const piece of reportChunks(report)) {
            if (used + 3 * piece.length > WRITE_BUFFER) {
                writeAll(fd, buf, used);
                used = 0;
                if (3 * piece.length > WRITE_BUFFER) {
                    writeAll(fd, Buffer.from(piece));
                    continue;
                }
            }
            used += buf.write(piece, used);
        }
        writeAll(fd, buf, used);
    }
    catch (e) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
            // The write's error is the one that says what went wrong.
        }
        throw e;
    }
    (0,external_node_fs_.closeSync)(fd);
}
/** Writes both files; `json` is the report (streamed) or its text when it was already made. */
async function writeOutputs(outputDir, paths, markdown, json) {
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const worklog = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.markdown));
    const report = (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(paths.json));
    await (0,promises_.writeFile)(worklog, markdown);
    if (typeof json === 'string')
        await (0,promises_.writeFile)(report, json);
    else
        writeReport(report, json);
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

// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(77607);
;// CONCATENATED MODULE: ./src/run.ts




















const quiet = { info: () => { }, warning: () => { } };
const servicesOf = (groups) => [...new Set(groups.flatMap((g) => Object.keys(g.services)))].sort();
const EXPORT_FIX = 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line';
async function build(settings, options = {}) {
    // A file (or standard input) is read, parsed and redacted on a thread of its own (started with this worker)
    // while this one groups.
    const thread = settings.inputFile ? (0,front_thread.startFrontThread)() : undefined;
    try {
        return await buildWith(settings, options, thread);
    }
    finally {
        thread?.stop();
    }
}
async function buildWith(settings, options, thread) {
    const now = options.now ?? new Date();
    const env = options.env ?? process.env;
    const log = options.log ?? quiet;
    const config = await loadConfig(settings.configPath, { explicit: settings.configPath !== DEFAULT_CONFIG_PATH });
    for (const w of expiredIgnoreWarnings(config, now))
        log.warning(w);
    // In file mode the services are known only once the export is read (see below).
    let previous = settings.previousReport
        ? await (0,trend/* loadPreviousReport */.ap)(settings.previousReport)
        : settings.inputFile
            ? undefined
            : await options.findPrevious?.(settings.services);
    // The previous run's groups seed this run's templates (same fingerprints) and, from an older
    // signer version, become aliases of the groups their entries fall into now.
    const signer = (0,group_signer/* createSigner */.r)({ fingerprints: config.fingerprints, masks: config.masks, previous: previous?.groups });
    let source;
    const scope = settings.inputFile ? (0,file_scope/* fileScope */.t)(settings, now) : undefined;
    if (settings.inputFile) {
        await (0,file_source/* checkReadable */.ro)(settings.inputFile, 'input');
        source = (0,file_source/* fileSource */.IO)(settings.inputFile, options.stdin);
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
    // Built here in any case: it checks the user's patterns, screens every text and redacts what is not answered.
    const local = (0,redact/* createRedactor */.lY)(redaction);
    const redactor = (0,redact_thread.portRedactor)((0,redact_thread.servingParent)(), redaction, local);
    const collected = await collect({
        source,
        front: thread && scope ? thread.front({ settings, now, redaction }, local) : undefined,
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
    const retention = scope || source.kind === 'bigquery' ? undefined : (0,duration/* retentionWarning */.xl)(new Date(query.since), now);
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
    const compared = (0,trend/* compareWithPrevious */.RK)(retention ? { ...built, notes: [...(built.notes ?? []), retention] } : built, previous);
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
    const markdown = (0,worklog/* renderWorklog */.yP)(report, { components: built.components, issues });
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


/***/ }),

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