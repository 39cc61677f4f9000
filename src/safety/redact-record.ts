// Redacts every string of every record that came from the log: nothing unredacted goes further.
// Records are redacted in batches (the maintained ruleset scans a batch in a few calls), each
// distinct string once per batch, and the fields that barely vary (project, service, revision,
// log name, ...) once per distinct value for the whole run, through a bounded cache.
import type { LogRecord } from '../types.js';
import { mask, type Redactor } from './redact.js';
import { isSecretKey } from './secret-keys.js';

/** Records per batch: large enough to amortise the ruleset's calls, small enough to stream. */
export const BATCH_RECORDS = 1000;
/** Distinct constant-field values remembered; past this the cache starts over (never grows). */
const CACHE_LIMIT = 4096;
/** Longer values are not cached: a constant field is short. */
const CACHE_MAX_CHARS = 512;

export class RecordRedactor {
  /** Replaced, never cleared, when full: a batch keeps reading the map it started with. */
  private cache = new Map<string, string>();

  constructor(private readonly redactor: Redactor) {}

  /** The records, each with every log-derived string redacted; same order. */
  async redactBatch(records: readonly LogRecord[]): Promise<LogRecord[]> {
    const cache = this.cache;
    const texts: string[] = [];
    const slots = new Map<string, number>();
    /** Constant-field values not in the cache yet: remembered after this batch. */
    const fresh: string[] = [];
    const want = (v: string | undefined): void => {
      if (v === undefined || v === '' || slots.has(v)) return;
      slots.set(v, texts.length);
      texts.push(v);
    };
    const wantConstant = (v: string | undefined): void => {
      if (v === undefined || v === '' || cache.has(v) || slots.has(v)) return;
      if (v.length <= CACHE_MAX_CHARS) fresh.push(v);
      slots.set(v, texts.length);
      texts.push(v);
    };
    for (const r of records) {
      constantFields(r, wantConstant);
      for (const k in r.labels) if (!isSecretKey(k)) wantConstant(r.labels[k]);
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
      for (const g of r.errorGroups) want(g);
    }
    const done = await this.redactor.redactAll(texts);
    // The same text redacts the same way wherever it appears, so a cached constant serves any field.
    const red = (v: string | undefined): string | undefined => {
      if (v === undefined || v === '') return v;
      const slot = slots.get(v);
      return slot === undefined ? cache.get(v) : done[slot];
    };
    const out = records.map((r) => redactedRecord(r, red));
    for (const v of fresh) {
      if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
      this.cache.set(v, done[slots.get(v) as number]);
    }
    return out;
  }
}

/** The fields that take few distinct values in a run: redacted once per value, through the cache. */
function constantFields(r: LogRecord, f: (v: string | undefined) => void): void {
  f(r.project);
  f(r.resourceType);
  f(r.service);
  f(r.revision);
  f(r.location);
  f(r.logName);
  f(r.http?.method);
}

function redactedRecord(r: LogRecord, red: (v: string | undefined) => string | undefined): LogRecord {
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
    message: red(r.message) as string,
    stackTrace: red(r.stackTrace),
    logger: red(r.logger),
    http,
    trace: red(r.trace),
    spanId: red(r.spanId),
    sourceLocation,
    errorGroups: r.errorGroups.map((g) => red(g) as string),
    // A label is redacted with its key, so "token: abc" is caught like "token=abc".
    labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, isSecretKey(k) ? mask('secret') : (red(v) as string)])),
  };
}

/** Redacts a stream of records in batches of BATCH_RECORDS, keeping their order. A batch is sent
 * off before the one ahead of it is handed on, so a redactor on another thread works while this one
 * groups. */
export async function* redactRecords(records: AsyncIterable<LogRecord>, redactor: Redactor): AsyncGenerator<LogRecord> {
  const rr = new RecordRedactor(redactor);
  let batch: LogRecord[] = [];
  let ahead: Promise<LogRecord[]> | undefined;
  const send = (b: LogRecord[]): Promise<LogRecord[]> => {
    const p = rr.redactBatch(b);
    // Awaited below; until then a failure must not count as unhandled.
    p.catch(() => {});
    return p;
  };
  for await (const r of records) {
    batch.push(r);
    if (batch.length >= BATCH_RECORDS) {
      const sent = send(batch);
      batch = [];
      if (ahead) yield* await ahead;
      ahead = sent;
    }
  }
  const last = batch.length > 0 ? send(batch) : undefined;
  if (ahead) yield* await ahead;
  if (last) yield* await last;
}
