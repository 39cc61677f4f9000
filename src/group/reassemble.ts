// Joins a stack trace printed as one entry per line back into one record. Lines join when they
// come from the same instance and stream, lie within GAP_MS of each other, and at least one of
// two neighbours is a continuation line ("  File ...", "    at ...", "Caused by: ...", a Go
// frame...). Two edge lines next to each other ("Traceback ..." and "KeyError: x") belong to two
// traces. Works on exports in either order (gcloud prints newest first); buffering is bounded.
import type { LogRecord } from '../types.js';
import { severityRank } from './accumulate.js';

const GAP_MS = 1000;
const MAX_LINES = 500;
const MAX_PENDING = 256;

/** Lines that only ever continue a trace. */
const CONTINUATION = [
  /^\s+\S/, // indented frames and source lines
  /^Caused by: /,
  /^\[cause\]: /,
  /^During handling of the above exception/,
  /^The above exception was the direct cause/,
  /^goroutine \d+ \[/,
  /^created by /,
];
/** Go frame function lines ("main.(*Server).handle(0xc0, 0x1)"): continue a trace, never start one. */
const GO_FUNCTION = /^[\w-]+(?:\/[\w.-]+)*\.[\w.*()]+\([^()]*\)$/;
/** Lines at a trace's edge: its first line in one order, its last in the other. */
const EDGE = [/^Traceback \(most recent call last\):/, /^panic: /, /^Exception in thread /, /^(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt)(?::|$)/];

/** 'inner' lines continue a trace but never start one: blank lines (chained Python tracebacks
 * hold some) and Go function lines. */
type Role = 'continuation' | 'inner' | 'edge' | 'plain';

function role(r: LogRecord): Role {
  const m = r.message;
  if (m.includes('\n')) return 'plain';
  if (m.trim() === '' || GO_FUNCTION.test(m)) return 'inner';
  if (CONTINUATION.some((re) => re.test(m))) return 'continuation';
  if (EDGE.some((re) => re.test(m))) return 'edge';
  return 'plain';
}

interface Run {
  records: LogRecord[];
  last: Role;
  lastTime: number;
}

function keyOf(r: LogRecord): string {
  return `${r.instance ?? r.service ?? ''}\u0000${r.logName ?? r.kind}`;
}

function join(run: Run, newestFirst: boolean): LogRecord {
  const { records } = run;
  if (records.length === 1) return records[0];
  const ordered = newestFirst ? [...records].reverse() : records;
  const first = ordered[0];
  const severity = records.reduce((s, r) => (severityRank(r.severity) > severityRank(s) ? r.severity : s), first.severity);
  const earliest = records.reduce((a, b) => (b.time < a.time ? b : a));
  const message = ordered
    .map((r) => r.message)
    .join('\n')
    .replace(/^\s*\n|\n\s*$/g, '');
  return { ...first, severity, timestamp: earliest.timestamp, time: earliest.time, message };
}

export async function* reassemble(records: AsyncIterable<LogRecord>): AsyncGenerator<LogRecord> {
  const pending = new Map<string, Run>();
  let previousTime: number | undefined;
  let drift = 0; // > 0: times decrease (newest first)

  const flush = (key: string): LogRecord | undefined => {
    const run = pending.get(key);
    if (!run) return undefined;
    pending.delete(key);
    return join(run, drift > 0);
  };

  // Bounds of the pending runs' last times (never narrower than the truth), so that most records
  // need not look at every pending run.
  let lo = Infinity;
  let hi = -Infinity;
  for await (const r of records) {
    if (previousTime !== undefined) drift += Math.sign(previousTime - r.time);
    previousTime = r.time;
    if (pending.size > MAX_PENDING || r.time - lo > GAP_MS || hi - r.time > GAP_MS) {
      lo = Infinity;
      hi = -Infinity;
      for (const [key, run] of pending) {
        if (Math.abs(r.time - run.lastTime) > GAP_MS || pending.size > MAX_PENDING) yield flush(key)!;
        else {
          lo = Math.min(lo, run.lastTime);
          hi = Math.max(hi, run.lastTime);
        }
      }
    }
    lo = Math.min(lo, r.time);
    hi = Math.max(hi, r.time);
    const key = keyOf(r);
    const kind = role(r);
    const run = pending.get(key);
    const inner = (k: Role): boolean => k === 'continuation' || k === 'inner';
    const joins = run !== undefined && kind !== 'plain' && run.records.length < MAX_LINES && (inner(kind) || inner(run.last));
    if (joins) {
      run.records.push(r);
      run.last = kind;
      run.lastTime = r.time;
      continue;
    }
    if (run) yield flush(key)!;
    if (kind === 'plain' || kind === 'inner') yield r;
    else pending.set(key, { records: [r], last: kind, lastTime: r.time });
  }
  for (const key of [...pending.keys()]) yield flush(key)!;
}
