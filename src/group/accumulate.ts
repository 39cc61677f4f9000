// Folds signed records into groups. Memory grows with the number of groups, not records, and each
// group's share is bounded: a few samples, counters with at most MAX_KEYS keys, and top-k sketches
// of a fixed size for the distributions of its fields.
import type { Counts, Distribution, Group, LogRecord, Signature, SuspectRevision } from '../types.js';
import { severityRank } from '../types.js';
import { align, slotsOf, squeeze, type Slots } from './align.js';
import { firstLine } from './first-line.js';
import { detach, SpaceSaving } from './sketch.js';
import { bySeverityThenCount } from './order.js';

const MAX_SAMPLES = 3;
const MAX_SAMPLE_CHARS = 4000;
/** The exemplar's message and stack are cut here: it is context, the samples are the evidence. */
const MAX_EXEMPLAR_CHARS = 8000;
/** Distinct keys per counter (instances, revisions, ...); later keys are not counted there, but
 * still in the distributions. Hourly counts are bounded by the window instead. */
export const MAX_KEYS = 200;
/** Counters per field sketch, and values shown: counts are over by at most count / SKETCH_CAPACITY. */
export const SKETCH_CAPACITY = 10;
const TOP_VALUES = 5;
const MAX_VARIABLES = 8;
const MAX_LABEL_FIELDS = 6;
const MAX_VALUE_CHARS = 100;
/** A variable whose values never repeat in this many occurrences (ids, timestamps) stops being counted. */
const DISTINCT_AFTER = 50;
/** Revisions remembered for the suspect timeline. */
const MAX_REVISIONS = 1000;

/** Label keys that name the commit a revision was built from. */
const COMMIT_LABEL =
  /^(?:(?:git|source|vcs|build)[-_.]?)?commit(?:[-_.]?(?:sha|hash|id))?$|^(?:git|source|vcs)[-_.]?(?:sha|hash|ref|revision)$|^(?:commit[-_.]?)?sha$/i;
const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;

/** The group's counters, by their place in `GroupState.sizes`. */
const Counter = { Severities: 0, Services: 1, Revisions: 2, Locations: 3, Instances: 4, Kinds: 5, Statuses: 6 } as const;
type Counter = (typeof Counter)[keyof typeof Counter];

/** Counts a key unless the counter already holds MAX_KEYS others; `sizes[counter]` is its number of keys. */
function bump(counts: Counts, key: string | undefined, sizes: number[], counter: Counter): void {
  if (key === undefined || key === '') return;
  const n = counts[key];
  if (n !== undefined) counts[key] = n + 1;
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
const dictionary = (): Counts => Object.create(null) as Counts;

function cut(s: string, max: number): string {
  return s.length > max ? detach(s.slice(0, max - 1) + '…') : detach(s);
}

/** When a revision was first seen serving, and the commit it was built from. */
export interface RevisionSeen {
  revision: string;
  service?: string;
  firstSeen: string;
  commit?: string;
}

interface Run {
  fingerprint: string;
  length: number;
}

interface GroupState {
  fields: Map<string, SpaceSaving | null>;
  /** The template's slots; null when the signature has none or none can be read back. */
  slots: Slots | null | undefined;
  /** Each revision's first occurrence in this group. */
  revisionFirst: Map<string, string>;
  /** Keys held by each of the group's counters. */
  sizes: number[];
  /** Variables no longer counted (their values never repeat); when all are, slots are not read. */
  distinctVariables: number;
  /** Label fields counted, at most MAX_LABEL_FIELDS. */
  labelFields: number;
}

const CONTEXT_FIELDS = new Set(['revision', 'instance', 'location', 'status', 'route', 'method', 'user agent']);

/** The signature's slots, named apart from the context fields ("status" in a message is not the HTTP status). */
function variableSlots(signature: Signature): Slots | null {
  const slots = slotsOf(templateOf(signature), MAX_VARIABLES);
  if (!slots) return null;
  return { ...slots, names: slots.names.map((n) => (CONTEXT_FIELDS.has(n) || n.startsWith('label ') ? `${n} (message)` : n)) };
}

function headline(message: string): string {
  const nl = message.indexOf('\n');
  if (nl === -1) return squeeze(message);
  return squeeze(firstLine(message) ?? '');
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return squeeze(lines[lines.length - 1] ?? '');
}

/** The template whose slots the record's text fills: request and template details hold the
 * values' places; for stack traces it is the title ("KeyError: <*>"). */
function templateOf(s: Signature): string {
  return s.kind === 'template' || s.kind === 'request' ? s.detail : s.title;
}

export class GroupAccumulator {
  private readonly groups = new Map<string, Group>();
  private readonly state = new Map<string, GroupState>();
  /** Current run of one fingerprint per service, for maxConsecutive. */
  private readonly runs = new Map<string, Run>();
  private readonly revisionsSeen = new Map<string, RevisionSeen>();
  private settled: Group[] | undefined;

  /** Notes a record's revision, grouped or not: when each revision started serving. */
  observe(record: LogRecord): void {
    const rev = record.revision;
    if (rev === undefined) return;
    const seen = this.revisionsSeen.get(rev);
    if (seen) {
      if (record.timestamp < seen.firstSeen) seen.firstSeen = record.timestamp;
      if (!seen.commit) seen.commit = this.commitOf(record);
    } else if (this.revisionsSeen.size < MAX_REVISIONS) {
      this.revisionsSeen.set(rev, { revision: rev, service: record.service, firstSeen: record.timestamp, commit: this.commitOf(record) });
    }
  }

  private readonly commitKeys = new Map<string, boolean>();

  private isCommitKey(k: string): boolean {
    let is = this.commitKeys.get(k);
    if (is === undefined) {
      is = COMMIT_LABEL.test(k);
      if (this.commitKeys.size < MAX_KEYS) this.commitKeys.set(k, is);
    }
    return is;
  }

  private commitOf(record: LogRecord): string | undefined {
    for (const k in record.labels) {
      if (this.isCommitKey(k)) {
        const v = record.labels[k];
        if (COMMIT_SHA.test(v)) return v.toLowerCase();
      }
    }
    return undefined;
  }

  /** Adds a record to its group; call observe() too (for every record, grouped or not). */
  add(record: LogRecord, signature: Signature): Group {
    if (this.settled) throw new Error('a record was added after the groups were settled');
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
    if (record.timestamp > g.lastSeen) g.lastSeen = record.timestamp;
    bump(g.severities, record.severity, st.sizes, Counter.Severities);
    if (severityRank(record.severity) > severityRank(g.maxSeverity)) g.maxSeverity = record.severity;
    bump(g.services, record.service, st.sizes, Counter.Services);
    bump(g.revisions, record.revision, st.sizes, Counter.Revisions);
    bump(g.locations, record.location, st.sizes, Counter.Locations);
    bump(g.instances, record.instance, st.sizes, Counter.Instances);
    bump(g.kinds, record.kind, st.sizes, Counter.Kinds);
    if (record.http?.status !== undefined) bump(g.statuses, String(record.http.status), st.sizes, Counter.Statuses);
    const hour = record.timestamp.slice(0, 13);
    g.hourly[hour] = (g.hourly[hour] ?? 0) + 1;
    if (g.samples.length < MAX_SAMPLES) {
      const full = record.stackTrace && !record.message.includes(record.stackTrace) ? `${record.message}\n${record.stackTrace}` : record.message;
      // The exemplar already holds this text (the group's first record): shared, not copied.
      const text = full === g.exemplar.message && full.length <= MAX_SAMPLE_CHARS ? g.exemplar.message : cut(full, MAX_SAMPLE_CHARS);
      if (!g.samples.includes(text)) g.samples.push(text);
    }
    if (record.revision !== undefined) {
      const first = st.revisionFirst.get(record.revision);
      if (first === undefined ? st.revisionFirst.size < MAX_KEYS : record.timestamp < first) st.revisionFirst.set(record.revision, record.timestamp);
    }
    this.count(st, record, signature);
    this.trackRun(record.service ?? '', signature.fingerprint, g);
    return g;
  }

  private exemplar(record: LogRecord): LogRecord {
    if (record.message.length <= MAX_EXEMPLAR_CHARS && (record.stackTrace?.length ?? 0) <= MAX_EXEMPLAR_CHARS) return record;
    return { ...record, message: cut(record.message, MAX_EXEMPLAR_CHARS), stackTrace: record.stackTrace && cut(record.stackTrace, MAX_EXEMPLAR_CHARS) };
  }

  private count(st: GroupState, record: LogRecord, signature: Signature): void {
    const field = (name: string, value: string | undefined, variable = false): void => {
      if (value === undefined || value === '') return;
      let sk = st.fields.get(name);
      if (sk === null) return;
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
      if (k === 'instanceId' || this.isCommitKey(k)) continue;
      const name = `label ${k}`;
      if (!st.fields.has(name)) {
        if (st.labelFields >= MAX_LABEL_FIELDS) continue;
        st.labelFields += 1;
      }
      field(name, record.labels[k]);
    }
    if (st.slots === undefined) st.slots = variableSlots(signature);
    if (st.slots && st.distinctVariables < st.slots.names.length) {
      const values = this.slotValues(st.slots, record, signature);
      if (values) for (let i = 0; i < values.length; i += 1) field(st.slots.names[i], values[i], true);
    }
  }

  /** The texts a signature's template may have been made from, most likely first. */
  private slotValues(slots: Slots, record: LogRecord, signature: Signature): string[] | undefined {
    if (signature.kind === 'request' && record.http) {
      const h = record.http;
      return align(slots, `${(h.method ?? 'GET').toUpperCase()} ${h.path ?? '/'} ${h.status === undefined ? 'no status' : `${Math.floor(h.status / 100)}xx`}`);
    }
    const head = headline(record.message);
    const found = align(slots, head);
    if (found || signature.kind === 'template') return found;
    // A stack's title is "Type: message" from the exception line: the last line for Python, the first for Java and Node.
    const stack = record.stackTrace ?? record.message;
    return align(slots, lastLine(stack)) ?? align(slots, headline(stack));
  }

  private trackRun(service: string, fp: string, g: Group): void {
    const run = this.runs.get(service);
    if (run && run.fingerprint === fp) run.length += 1;
    else this.runs.set(service, { fingerprint: fp, length: 1 });
    const length = this.runs.get(service)!.length;
    if (length > g.maxConsecutive) g.maxConsecutive = length;
  }

  get size(): number {
    return this.groups.size;
  }

  /** When each revision was first seen, oldest first. */
  revisions(): RevisionSeen[] {
    return [...this.revisionsSeen.values()].sort((a, b) => cmp(a.firstSeen, b.firstSeen) || cmp(a.revision, b.revision));
  }

  /**
   * Groups, most severe then most frequent first; ties by fingerprint for determinism. Settles once: each
   * group's counting state is let go as its distributions are read, so that what comes next (templates
   * settled, the report rendered and written) has that memory; later calls return the same groups.
   */
  result(): Group[] {
    if (this.settled) return this.settled;
    const timeline = this.revisions();
    // The newest revision of each service that has served more than one (else no deploy is in sight).
    const newest = new Map<string, string>();
    const served = new Map<string, number>();
    for (const r of timeline) {
      newest.set(r.service ?? '', r.revision);
      served.set(r.service ?? '', (served.get(r.service ?? '') ?? 0) + 1);
    }
    for (const [svc, n] of served) if (n < 2) newest.delete(svc);
    for (const [fp, g] of this.groups) {
      const st = this.state.get(fp)!;
      this.state.delete(fp);
      // One entry has no distribution to speak of.
      if (g.count > 1) g.distributions = distributions(st, g);
      g.suspect = suspectOf(st, g, this.revisionsSeen, newest);
    }
    this.settled = [...this.groups.values()].sort(bySeverityThenCount);
    return this.settled;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A distribution from exact counts. */
function exact(field: string, counts: Counts): Distribution | undefined {
  const all = Object.entries(counts) as [string, number][];
  if (all.length === 0) return undefined;
  const values = all
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, TOP_VALUES)
    .map(([value, count]) => ({ value, count }));
  const total = all.reduce((s, [, n]) => s + n, 0);
  return { field, values, error: 0, other: total - values.reduce((s, v) => s + v.count, 0) };
}

function distributions(st: GroupState, g: Group): Distribution[] {
  const out: Distribution[] = [];
  for (const [field, counts] of [
    ['revision', g.revisions],
    ['instance', g.instances],
    ['location', g.locations],
    ['status', g.statuses],
  ] as const) {
    const d = exact(field, counts);
    if (d) out.push(d);
  }
  for (const [field, sk] of st.fields) {
    if (!sk) continue;
    const top = sk.top(TOP_VALUES);
    // A value seen once tells nothing about a field that varies, nor do counts mostly made of error.
    if (top.values.length === 0 || (top.values.length > 1 && (top.values[0].count - top.error < 2 || top.error * 2 > top.values[0].count))) continue;
    out.push({ field, values: top.values, error: top.error, other: top.other });
  }
  return out;
}

function suspectOf(st: GroupState, g: Group, seen: Map<string, RevisionSeen>, newest: Map<string, string>): SuspectRevision | undefined {
  if (st.revisionFirst.size === 0) return undefined;
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
