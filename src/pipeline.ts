// Wires the pure middle of the pipeline: records -> groups -> triaged report.
import type { CollectStats, Counts, Group, LogRecord, Priority, QueryDescription, Report, Severity, Signer, TriagedGroup } from './types.js';
import { PRIORITIES } from './types.js';
import type { LogSource } from './collect/source.js';
import { EntryError, normalizeEntry } from './collect/normalize.js';
import { GroupAccumulator, reassemble } from './group/index.js';
import type { RevisionSeen } from './group/accumulate.js';
import { mask, type Redactor } from './safety/redact.js';
import { isSecretKey } from './safety/secret-keys.js';
import type { GardenerConfig } from './triage/config.js';
import { triage } from './triage/index.js';
import { VERSION } from './version.js';

export interface Collected {
  groups: Group[];
  stats: CollectStats;
  bySeverity: Counts<Severity>;
  failures: string[];
  /** Oldest and newest admitted entry. */
  span?: { first: string; last: string };
  /** When each revision was first seen serving (any entry, admitted or not), oldest first. */
  revisions?: RevisionSeen[];
}

export interface CollectOptions {
  source: LogSource;
  signer: Signer;
  redactor: Redactor;
  /** True for records to drop (ignore rules). */
  ignore?: (record: LogRecord) => boolean;
  /** False for records outside what was asked for (severity, time); counted as below threshold. */
  admit?: (record: LogRecord) => boolean;
}

/** Every string of a record that came from the log, redacted: nothing unredacted goes further. */
function redactRecord(r: LogRecord, redactor: Redactor): LogRecord {
  const red = (v: string | undefined) => (v === undefined ? undefined : redactor.redact(v));
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
    message: redactor.redact(r.message),
    stackTrace: red(r.stackTrace),
    logger: red(r.logger),
    http,
    trace: red(r.trace),
    spanId: red(r.spanId),
    sourceLocation,
    errorGroups: r.errorGroups.map((g) => redactor.redact(g)),
    // A label is redacted with its key, so "token: abc" is caught like "token=abc".
    labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, isSecretKey(k) ? mask('secret') : redactor.redact(v)])),
  };
}

export async function collect(opts: CollectOptions): Promise<Collected> {
  const stats: CollectStats = { entries: 0, malformed: [], ignored: 0 };
  let span: { first: string; last: string } | undefined;
  const failures: string[] = [];
  const bySeverity: Counts<Severity> = {};

  async function* records(): AsyncGenerator<LogRecord> {
    for await (const item of opts.source.read()) {
      switch (item.kind) {
        case 'entry':
          try {
            const record = redactRecord(normalizeEntry(item.value), opts.redactor);
            stats.entries += 1;
            yield record;
          } catch (e) {
            if (!(e instanceof EntryError)) throw e;
            stats.malformed.push({ position: item.position, reason: e.message });
          }
          break;
        case 'malformed':
          stats.malformed.push({ position: item.position, reason: item.reason });
          break;
        case 'truncated':
          stats.truncated = { limit: item.limit, note: item.note };
          break;
        case 'failure':
          failures.push(item.message);
          break;
      }
    }
  }

  const acc = new GroupAccumulator();
  for await (const record of reassemble(records())) {
    acc.observe(record);
    if (opts.admit && !opts.admit(record)) {
      stats.belowThreshold = (stats.belowThreshold ?? 0) + 1;
      continue;
    }
    if (opts.ignore?.(record)) {
      stats.ignored += 1;
      continue;
    }
    bySeverity[record.severity] = (bySeverity[record.severity] ?? 0) + 1;
    if (!span) span = { first: record.timestamp, last: record.timestamp };
    else if (record.timestamp < span.first) span.first = record.timestamp;
    else if (record.timestamp > span.last) span.last = record.timestamp;
    acc.add(record, opts.signer.sign(record));
  }
  return { groups: acc.result(), stats, bySeverity, failures, span, revisions: acc.revisions() };
}

export interface ReportOptions {
  query: QueryDescription;
  source: Report['source'];
  config: GardenerConfig;
  signerVersion: string;
  now: Date;
  /** Logs Explorer link per group, when the project is known. */
  explorerUrl?: (g: Group) => string | undefined;
}

export function buildReport(collected: Collected, opts: ReportOptions): Report {
  const groups: TriagedGroup[] = collected.groups.map((g) => ({ ...g, triage: triage(g, opts.config), explorerUrl: opts.explorerUrl?.(g) }));
  const order = (p: Priority) => PRIORITIES.indexOf(p);
  groups.sort((a, b) => order(a.triage.priority) - order(b.triage.priority) || b.count - a.count || a.signature.fingerprint.localeCompare(b.signature.fingerprint));
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, groups.filter((g) => g.triage.priority === p).length])) as Record<Priority, number>;
  const highestPriority = PRIORITIES.find((p) => byPriority[p] > 0) ?? 'none';
  return {
    schemaVersion: 1,
    tool: { name: 'gcp-log-gardener', version: VERSION, signer: opts.signerVersion },
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
