// Folds signed records into groups. Memory grows with the number of groups, not records.
import type { Counts, Group, LogRecord, Signature } from '../types.js';
import { severityRank } from '../types.js';

const MAX_SAMPLES = 3;
const MAX_SAMPLE_CHARS = 4000;

function bump(counts: Counts, key: string | undefined): void {
  if (key === undefined || key === '') return;
  counts[key] = (counts[key] ?? 0) + 1;
}

interface Run {
  fingerprint: string;
  length: number;
}

export class GroupAccumulator {
  private readonly groups = new Map<string, Group>();
  /** Current run of one fingerprint per service, for maxConsecutive. */
  private readonly runs = new Map<string, Run>();

  add(record: LogRecord, signature: Signature): Group {
    let g = this.groups.get(signature.fingerprint);
    if (!g) {
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
        instances: {},
        kinds: {},
        statuses: {},
        hourly: {},
        maxConsecutive: 0,
        samples: [],
        exemplar: record,
      };
      this.groups.set(signature.fingerprint, g);
    }
    g.count += 1;
    if (record.timestamp < g.firstSeen) {
      g.firstSeen = record.timestamp;
      g.exemplar = record;
    }
    if (record.timestamp > g.lastSeen) g.lastSeen = record.timestamp;
    bump(g.severities, record.severity);
    if (severityRank(record.severity) > severityRank(g.maxSeverity)) g.maxSeverity = record.severity;
    bump(g.services, record.service);
    bump(g.revisions, record.revision);
    bump(g.locations, record.location);
    bump(g.instances, record.instance);
    bump(g.kinds, record.kind);
    if (record.http?.status !== undefined) bump(g.statuses, String(record.http.status));
    bump(g.hourly, record.timestamp.slice(0, 13));
    if (g.samples.length < MAX_SAMPLES) {
      const full = record.stackTrace && !record.message.includes(record.stackTrace) ? `${record.message}\n${record.stackTrace}` : record.message;
      const text = full.slice(0, MAX_SAMPLE_CHARS);
      if (!g.samples.includes(text)) g.samples.push(text);
    }
    this.trackRun(record.service ?? '', signature.fingerprint, g);
    return g;
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

  /** Groups, most severe then most frequent first; ties by fingerprint for determinism. */
  result(): Group[] {
    return [...this.groups.values()].sort(
      (a, b) =>
        severityRank(b.maxSeverity) - severityRank(a.maxSeverity) ||
        b.count - a.count ||
        a.signature.fingerprint.localeCompare(b.signature.fingerprint),
    );
  }
}
