// Records as a flat list of values, for the trip from the front's thread to the run's. Copying a
// record object between threads costs about what parsing its JSON did; most of its fields repeat
// (project, service, revision, instance, log name, label values), so each side keeps a table of the
// repeating values and a value seen before crosses as its number. Both sides add a string to the
// table at the same point of the same stream, so their tables agree without being sent.
import type { LogRecord } from '../types.js';

/** Strings each table holds at most; past it, values cross as text (memory stays bounded). */
const TABLE_LIMIT = 16_384;
/** Longer strings are not worth a table entry (a repeating field is short). */
const TABLE_MAX_CHARS = 256;

type Value = string | number | object | undefined;
/** A batch of records as values: what crosses. */
export type Encoded = Value[];

export class RecordEncoder {
  private readonly ids = new Map<string, number>();
  /** Per field, the last value and its number: most fields repeat the record before. */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastId: number[] = [];

  private t(field: number, s: string | undefined, out: Value[]): void {
    if (s === undefined) {
      out.push(undefined);
      return;
    }
    if (s === this.lastText[field]) {
      out.push(this.lastId[field]);
      return;
    }
    let id = this.ids.get(s);
    if (id === undefined) {
      if (this.ids.size >= TABLE_LIMIT || s.length > TABLE_MAX_CHARS) {
        out.push(s);
        return;
      }
      this.ids.set(s, (id = this.ids.size));
      out.push(s);
    } else out.push(id);
    this.lastText[field] = s;
    this.lastId[field] = id;
  }

  /** The records as values, in order. */
  encode(records: readonly LogRecord[]): Encoded {
    const out: Encoded = [];
    for (const r of records) this.encodeOne(r, out);
    return out;
  }

  private encodeOne(r: LogRecord, out: Encoded): void {
    out.push(r.insertId, r.timestamp, r.time);
    this.t(0, r.severity, out);
    this.t(1, r.project, out);
    this.t(2, r.resourceType, out);
    this.t(3, r.service, out);
    this.t(4, r.revision, out);
    this.t(5, r.location, out);
    this.t(6, r.instance, out);
    this.t(7, r.logName, out);
    this.t(8, r.kind, out);
    out.push(r.message, r.stackTrace);
    this.t(9, r.logger, out);
    // Most records have no Error Reporting group: 0 crosses for the empty list.
    out.push(r.http, r.trace, r.spanId, r.sourceLocation, r.errorGroups.length === 0 ? 0 : r.errorGroups, r.audit);
    let n = 0;
    for (const _ in r.labels) n += 1;
    out.push(n);
    let f = 10;
    for (const k in r.labels) {
      // Label keys come in the same order record after record; a field per position.
      this.t(f++, k, out);
      this.t(f++, r.labels[k], out);
    }
  }
}

const groupsOf = (v: string[] | 0): string[] => (v === 0 ? [] : v);

export class RecordDecoder {
  private readonly table: string[] = [];

  /** The records encoded into `values`, in order. */
  decode(values: Encoded): LogRecord[] {
    const table = this.table;
    const records: LogRecord[] = [];
    let i = 0;
    const t = (): string | undefined => {
      const v = values[i++];
      if (typeof v === 'number') return table[v];
      if (typeof v === 'string' && table.length < TABLE_LIMIT && v.length <= TABLE_MAX_CHARS) table.push(v);
      return v as string | undefined;
    };
    const v = <T>(): T => values[i++] as T;
    while (i < values.length) {
      // Fields in the order normalizeEntry writes them, so the record prints the same.
      const record: LogRecord = {
        insertId: v(),
        timestamp: v(),
        time: v(),
        severity: t() as LogRecord['severity'],
        project: t(),
        resourceType: t(),
        service: t(),
        revision: t(),
        location: t(),
        instance: t(),
        logName: t(),
        kind: t() as LogRecord['kind'],
        message: v(),
        stackTrace: v(),
        logger: t(),
        http: v(),
        trace: v(),
        spanId: v(),
        sourceLocation: v(),
        errorGroups: groupsOf(v()),
        labels: {},
      };
      const audit = v<LogRecord['audit']>();
      const n = v<number>();
      for (let k = 0; k < n; k += 1) {
        const key = t()!;
        record.labels[key] = t()!;
      }
      if (audit) record.audit = audit;
      records.push(record);
    }
    return records;
  }
}
