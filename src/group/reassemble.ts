// Joins stack traces printed as one entry per line (Cloud Run's default for unstructured output)
// back into one record per trace. Lines of one instance and stream that follow each other within
// GAP_MS are held as a block; the block is put in time order and cut into traces by the runtimes'
// own formats (src/group/trace-lines.ts), so traces printed back to back stay apart. Works on
// exports in either order (gcloud prints newest first). Memory is bounded: at most MAX_PENDING
// blocks of at most MAX_LINES lines; a plain line is held back only until the next line of its
// stream shows whether it belongs to a trace.
import type { LogRecord, Severity } from '../types.js';
import { severityRank } from '../types.js';
import { segmentTraces, traceLike } from './trace-lines.js';

const GAP_MS = 1000;
const MAX_LINES = 500;
const MAX_PENDING = 256;
/** Stream keys remembered; past it they are made anew (instances come and go). */
const MAX_KEYS = 4096;

/** Where completed records go, in order: an array, or anything that takes them one at a time. */
export interface RecordSink {
  push(record: LogRecord): unknown;
}

interface ReassembleOptions {
  /** Called once per record joined from several entries, with how many entries it was made of. */
  onJoin?: (lines: number) => void;
}

interface Block {
  records: LogRecord[];
  lastTime: number;
  /** The newest line added is not trace-like. */
  plainTail: boolean;
}

function keyOf(r: LogRecord): string {
  return `${r.project ?? ''}\u0000${r.instance ?? r.service ?? ''}\u0000${r.logName ?? r.kind}`;
}

/** Entries that are never one line of a split trace. */
function whole(r: LogRecord): boolean {
  return r.message.includes('\n') || r.stackTrace !== undefined || r.http !== undefined || r.kind === 'requests';
}

function join(lines: LogRecord[]): LogRecord {
  const first = lines[0];
  const severity: Severity = lines.reduce((s, r) => (severityRank(r.severity) > severityRank(s) ? r.severity : s), first.severity);
  const message = lines
    .map((r) => r.message)
    .join('\n')
    .replace(/^\s*\n|\n\s*$/g, '');
  const errorGroups = [...new Set(lines.flatMap((r) => r.errorGroups))];
  return { ...first, severity, message, errorGroups };
}

/** Lines of a stream mostly come in time order: then there is nothing to sort. */
function inTimeOrder(records: readonly LogRecord[]): boolean {
  for (let i = 1; i < records.length; i += 1) if (records[i].time < records[i - 1].time) return false;
  return true;
}

/** A block's records cut into traces and single lines, in the order the block arrived. */
function emit(block: Block, newestFirst: boolean, onJoin?: (lines: number) => void): LogRecord[] {
  const { records } = block;
  if (records.length === 1) return records;
  const arrival = newestFirst ? [...records].reverse() : records;
  const ordered = inTimeOrder(arrival)
    ? arrival
    : arrival
        .map((r, i) => ({ r, i }))
        .sort((a, b) => a.r.time - b.r.time || a.i - b.i)
        .map((x) => x.r);
  const out = segmentTraces(ordered.map((r) => r.message)).map(([start, end]) => {
    if (end - start === 1) return ordered[start];
    onJoin?.(end - start);
    return join(ordered.slice(start, end));
  });
  return newestFirst ? out.reverse() : out;
}

/** Reassembly fed a record at a time; what each call completes goes to `out`, in order. */
export class Reassembler {
  private readonly pending = new Map<string, Block>();
  private previousTime: number | undefined;
  private drift = 0; // > 0: times decrease (newest first)
  private sweptAt: number | undefined;
  // Bounds on the pending blocks' last times (loose after a flush, exact after a sweep): a sweep that could flush
  // nothing is skipped. Sparse logs reach a sweep on almost every line.
  private lowest = Infinity;
  private highest = -Infinity;

  constructor(private readonly options: ReassembleOptions = {}) {}

  // The last record's stream and key: records of one stream come in runs, and the key is a new string to hash.
  private lastProject: string | undefined;
  private lastStream: string | undefined;
  private lastLog: string | undefined;
  private lastKey = '';

  // Each stream's key, by project, stream and log: a record's key is found, not made (and hashed) again.
  private readonly keys = new Map<string | undefined, Map<string | undefined, Map<string, string>>>();
  private keyCount = 0;

  private keyOf(r: LogRecord): string {
    const stream = r.instance ?? r.service;
    const log = r.logName ?? r.kind;
    if (this.lastKey !== '' && r.project === this.lastProject && stream === this.lastStream && log === this.lastLog) return this.lastKey;
    this.lastProject = r.project;
    this.lastStream = stream;
    this.lastLog = log;
    let byStream = this.keys.get(r.project);
    if (!byStream) this.keys.set(r.project, (byStream = new Map()));
    let byLog = byStream.get(stream);
    if (!byLog) byStream.set(stream, (byLog = new Map()));
    let key = byLog.get(log);
    if (key === undefined) {
      if (this.keyCount >= MAX_KEYS) {
        this.keys.clear();
        this.keyCount = 0;
      }
      byLog.set(log, (key = keyOf(r)));
      this.keyCount += 1;
    }
    return (this.lastKey = key);
  }

  private flush(key: string, out: RecordSink): void {
    const block = this.pending.get(key);
    if (!block) return;
    this.pending.delete(key);
    for (const r of emit(block, this.drift > 0, this.options.onJoin)) out.push(r);
  }

  push(r: LogRecord, out: RecordSink): void {
    const { pending } = this;
    if (this.previousTime !== undefined) this.drift += Math.sign(this.previousTime - r.time);
    this.previousTime = r.time;
    // Blocks of other streams that went quiet: swept every quarter gap of log time, not every line.
    if (this.sweptAt === undefined || Math.abs(r.time - this.sweptAt) > GAP_MS / 4) {
      this.sweptAt = r.time;
      if (r.time - this.lowest > GAP_MS || this.highest - r.time > GAP_MS) {
        this.lowest = Infinity;
        this.highest = -Infinity;
        // forEach, not for-of: no [key, block] pair made per block (sparse logs sweep at almost every line).
        pending.forEach((block, key) => {
          if (Math.abs(r.time - block.lastTime) > GAP_MS) this.flush(key, out);
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
      while (pending.size >= MAX_PENDING) this.flush(pending.keys().next().value as string, out);
      // Most blocks hold one line: an array made for one, not grown for many.
      pending.set(key, { records: [r], lastTime: r.time, plainTail: !like });
    } else {
      block.records.push(r);
      block.lastTime = r.time;
      block.plainTail = !like;
    }
    this.lowest = Math.min(this.lowest, r.time);
    this.highest = Math.max(this.highest, r.time);
  }

  /** Everything still held, after the last record. */
  end(out: RecordSink): void {
    for (const key of [...this.pending.keys()]) this.flush(key, out);
  }
}
