// Redacts every string of every record that came from the log: nothing unredacted goes further.
// Records are redacted in batches (the maintained ruleset scans a batch in a few calls), each
// distinct string once per batch, and the fields that barely vary (project, service, revision,
// log name, ...) once per distinct value for the whole run, through a bounded cache. Strings the
// redactor's screen clears (src/safety/screen.ts: nearly all of them) skip the redactor and the maps,
// and a record none of whose strings changes is passed on as it is.
import type { LogRecord } from '../types.js';
import { mask, type Redactor } from './redact.js';
import type { Screen } from './screen.js';
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
  /** Whether each label key seen names a secret (few distinct keys; bounded like the cache). */
  private secretKeys = new Map<string, boolean>();

  constructor(private readonly redactor: Redactor) {}

  /** The records, each with every log-derived string redacted; same order. */
  async redactBatch(records: readonly LogRecord[]): Promise<LogRecord[]> {
    const screen = this.redactor.screen;
    return screen ? ((await this.screened(records, screen)) ?? this.everyString(records)) : this.everyString(records);
  }

  private isSecretKey(k: string): boolean {
    let secret = this.secretKeys.get(k);
    if (secret === undefined) {
      if (this.secretKeys.size >= CACHE_LIMIT) this.secretKeys = new Map();
      this.secretKeys.set(k, (secret = isSecretKey(k)));
    }
    return secret;
  }

  /**
   * Only the strings the screen does not clear go to the redactor; a record none of whose strings changes is
   * passed on as it is. Undefined when a string may start a match that runs into the next one: such a batch is
   * redacted whole, every string of it in one redactAll, as before.
   */
  private async screened(records: readonly LogRecord[], screen: (text: string) => Screen): Promise<LogRecord[] | undefined> {
    const cache = this.cache;
    const texts: string[] = [];
    const slots = new Map<string, number>();
    /** Constant-field values not in the cache yet: remembered after this batch. */
    const fresh: string[] = [];
    /** The records with a string to redact or a label to mask. */
    const touched = new Uint8Array(records.length);
    let whole = false;
    let mark: 0 | 1;
    // Screened before any map lookup: hashing every long string would cost more than the screen.
    const want = (v: string | undefined): void => {
      if (v === undefined || v === '') return;
      const s = screen(v);
      if (s === 'clean') return;
      if (s === 'batch') whole = true;
      mark = 1;
      if (slots.has(v)) return;
      slots.set(v, texts.length);
      texts.push(v);
    };
    // Each constant field's last value and whether it changes: neighbouring records mostly repeat them, and
    // comparing with the last one costs less than a lookup (these strings are new objects, hashed afresh).
    const lastValue: (string | undefined)[] = [];
    const lastChanges: boolean[] = [];
    const wantConstant = (v: string | undefined, field: number): void => {
      if (v === undefined || v === '') return;
      if (v === lastValue[field]) {
        if (lastChanges[field]) mark = 1;
        return;
      }
      lastValue[field] = v;
      lastChanges[field] = true;
      const known = cache.get(v);
      if (known !== undefined) {
        if (known !== v) mark = 1;
        else lastChanges[field] = false;
        return;
      }
      if (slots.has(v)) {
        mark = 1;
        return;
      }
      const s = screen(v);
      // A cached value is one that cannot reach into another string ("batch" ones are screened every time).
      if (s !== 'batch' && v.length <= CACHE_MAX_CHARS) fresh.push(v);
      if (s === 'clean') {
        lastChanges[field] = false;
        return;
      }
      if (s === 'batch') whole = true;
      mark = 1;
      slots.set(v, texts.length);
      texts.push(v);
    };
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      mark = 0;
      constantFields(r, wantConstant);
      let field = CONSTANT_FIELDS;
      for (const k in r.labels) {
        if (this.isSecretKey(k)) mark = 1;
        else wantConstant(r.labels[k], field);
        if (field < CONSTANT_FIELDS + 8) field++;
      }
      varyingFields(r, want);
      touched[i] = mark;
    }
    if (whole) return undefined;
    const done = texts.length > 0 ? await this.redactor.redactAll(texts) : [];
    const red = (v: string | undefined): string | undefined => {
      if (v === undefined || v === '') return v;
      const slot = slots.get(v);
      return slot === undefined ? (cache.get(v) ?? v) : done[slot];
    };
    const out = records.map((r, i) => (touched[i] === 1 ? redactedRecord(r, red, (k) => this.isSecretKey(k)) : r));
    for (const v of fresh) {
      if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
      const slot = slots.get(v);
      this.cache.set(v, slot === undefined ? v : done[slot]);
    }
    return out;
  }

  /** Every string of every record through the redactor, each distinct one once per batch (constants once per run). */
  private async everyString(records: readonly LogRecord[]): Promise<LogRecord[]> {
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
      for (const k in r.labels) if (!this.isSecretKey(k)) wantConstant(r.labels[k]);
      varyingFields(r, want);
    }
    const done = await this.redactor.redactAll(texts);
    // The same text redacts the same way wherever it appears, so a cached constant serves any field.
    const red = (v: string | undefined): string | undefined => {
      if (v === undefined || v === '') return v;
      const slot = slots.get(v);
      return slot === undefined ? cache.get(v) : done[slot];
    };
    const out = records.map((r) => redactedRecord(r, red, (k) => this.isSecretKey(k)));
    for (const v of fresh) {
      if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
      this.cache.set(v, done[slots.get(v) as number]);
    }
    return out;
  }
}

/** The fields that vary from record to record: each distinct value redacted once per batch. */
function varyingFields(r: LogRecord, f: (v: string | undefined) => void): void {
  f(r.message);
  f(r.insertId);
  f(r.instance);
  f(r.stackTrace);
  f(r.logger);
  f(r.trace);
  f(r.spanId);
  if (r.http) {
    f(r.http.url);
    f(r.http.path);
    f(r.http.userAgent);
  }
  if (r.sourceLocation) {
    f(r.sourceLocation.file);
    f(r.sourceLocation.line);
    f(r.sourceLocation.function);
  }
  for (const g of r.errorGroups) f(g);
}

/** The fields that take few distinct values in a run: redacted once per value, through the cache. */
function constantFields(r: LogRecord, f: (v: string | undefined, field: number) => void): void {
  f(r.project, 0);
  f(r.resourceType, 1);
  f(r.service, 2);
  f(r.revision, 3);
  f(r.location, 4);
  f(r.logName, 5);
  f(r.http?.method, 6);
}
const CONSTANT_FIELDS = 7;

function redactedRecord(r: LogRecord, red: (v: string | undefined) => string | undefined, secretKey: (k: string) => boolean): LogRecord {
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
    labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, secretKey(k) ? mask('secret') : (red(v) as string)])),
  };
}

/** Redacts a stream of records in batches of BATCH_RECORDS, keeping their order. A batch is sent
 * off before the one ahead of it is handed on, so a redactor on another thread works while this one
 * groups. */
export async function* redactBatches(records: AsyncIterable<LogRecord>, redactor: Redactor): AsyncGenerator<LogRecord[]> {
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
      if (ahead) yield await ahead;
      ahead = sent;
    }
  }
  const last = batch.length > 0 ? send(batch) : undefined;
  if (ahead) yield await ahead;
  if (last) yield await last;
}
