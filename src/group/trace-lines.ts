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
export const EXCEPTION_HEAD =
  /^(?:Uncaught |Exception in thread "[^"]*" )?(?:[A-Za-z_$][\w$]*[.])*[A-Za-z_$]?[\w$]*(?:Error|Exception|Throwable|Exit|Interrupt|Failure|Fault)(?: \[[\w-]+\])?(?::.*)?$/;
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
export function traceLike(line: string): boolean {
  return (
    BLANK.test(line) ||
    INDENTED.test(line) ||
    [PY_HEAD, PY_CHAIN, EXCEPTION_HEAD, CAUSED, GRPC_CALL, NODE_TRAILER, CLOSE_BRACE, NODE_LOCATION, GO_HEAD, GO_ROUTINE, GO_FUNCTION, GO_TAIL].some((re) =>
      re.test(line),
    )
  );
}

/** Index after a Python traceback that starts at i (chained tracebacks included). */
function endOfPython(lines: string[], i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < lines.length && (INDENTED.test(lines[j]) || (BLANK.test(lines[j]) && j + 1 < lines.length && INDENTED.test(lines[j + 1])))) j += 1;
    // The exception line: any unindented line that does not start something else.
    if (j < lines.length && !BLANK.test(lines[j]) && !PY_HEAD.test(lines[j]) && !PY_CHAIN.test(lines[j])) j += 1;
    // "", "During handling ...", "", "Traceback ...": the next block of the chain.
    let k = j;
    while (k < lines.length && BLANK.test(lines[k])) k += 1;
    if (k >= lines.length || !PY_CHAIN.test(lines[k])) return j;
    k += 1;
    while (k < lines.length && BLANK.test(lines[k])) k += 1;
    if (k >= lines.length || !PY_HEAD.test(lines[k])) return j;
    j = k + 1;
  }
}

/** Index after the frames and sections of a Node.js or Java trace whose head is at i. */
function endOfAtTrace(lines: string[], i: number): number {
  let j = i + 1;
  const continues = (l: string) => INDENTED.test(l) || CAUSED.test(l) || GRPC_CALL.test(l) || CLOSE_BRACE.test(l);
  while (j < lines.length && continues(lines[j])) j += 1;
  // An uncaught exception ends with a blank line and "Node.js v22.1.0".
  let k = j;
  while (k < lines.length && BLANK.test(lines[k])) k += 1;
  return k < lines.length && NODE_TRAILER.test(lines[k]) ? k + 1 : j;
}

function endOfGo(lines: string[], i: number): number {
  let j = i + 1;
  const continues = (l: string) => INDENTED.test(l) || GO_ROUTINE.test(l) || GO_FUNCTION.test(l) || GO_TAIL.test(l);
  while (j < lines.length && (continues(lines[j]) || (BLANK.test(lines[j]) && j + 1 < lines.length && continues(lines[j + 1])))) j += 1;
  return j;
}

/** An exception head followed by its first "at" frame (possibly after a multi-line message of indented or blank lines). */
function atTraceHead(lines: string[], i: number): boolean {
  return EXCEPTION_HEAD.test(lines[i]) && i + 1 < lines.length && AT_FRAME.test(lines[i + 1]);
}

/** Node's uncaught preamble: location, source line, caret line, blank, then the error. Returns the head index. */
function nodePreamble(lines: string[], i: number): number | undefined {
  if (!NODE_LOCATION.test(lines[i])) return undefined;
  let j = i + 1;
  while (j < lines.length && j <= i + 4 && (INDENTED.test(lines[j]) || BLANK.test(lines[j]) || /^\s*\^+$/.test(lines[j]))) j += 1;
  return j < lines.length && atTraceHead(lines, j) ? j : undefined;
}

/** Lines that only ever continue a trace: joined together when their head is missing. */
function orphan(line: string): boolean {
  return INDENTED.test(line) || CAUSED.test(line) || GO_ROUTINE.test(line) || GO_FUNCTION.test(line) || GRPC_CALL.test(line) || CLOSE_BRACE.test(line);
}

function orphanStart(lines: string[], i: number): boolean {
  const l = lines[i];
  return INDENTED.test(l) || CAUSED.test(l) || GO_ROUTINE.test(l) || GRPC_CALL.test(l) || (GO_FUNCTION.test(l) && INDENTED.test(lines[i + 1] ?? ''));
}

/** [start, end) ranges of lines, in order, covering every line: traces as one range, other lines alone. */
export function segmentTraces(lines: string[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let end = i + 1;
    const preamble = nodePreamble(lines, i);
    if (PY_HEAD.test(line)) end = endOfPython(lines, i);
    else if (GO_HEAD.test(line) || GO_ROUTINE.test(line)) end = endOfGo(lines, i);
    else if (preamble !== undefined) end = endOfAtTrace(lines, preamble);
    else if (atTraceHead(lines, i)) end = endOfAtTrace(lines, i);
    else if (orphanStart(lines, i)) while (end < lines.length && orphan(lines[end])) end += 1;
    out.push([i, end]);
    i = end;
  }
  return out;
}
