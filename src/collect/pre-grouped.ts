// Folds groups an engine counted (SourceItem kind 'group') into the pipeline's groups. The
// signer runs on each group's samples: a group whose samples sign alike joins that signature
// (coarse keys that sign alike merge, counts summed); one whose samples sign differently is
// refined — its entries come one by one through the usual path. All groups are read before any is
// signed for keeps, so the template learner has seen every key first (as it would have seen
// every entry) and the order the engine returned them in does not matter.
import type { Counts, Group, LogKind, LogRecord, Severity, Signature, Signer } from '../types.js';
import { SEVERITIES, severityRank } from '../types.js';
import type { PreGroupedItem, SourceItem } from './source.js';
import { EntryError, logKind, normalizeEntry } from './normalize.js';
import type { Redactor } from '../safety/redact.js';
import { RecordRedactor } from '../safety/redact-record.js';
import { bySeverityThenCount } from '../group/order.js';

interface PreGroupedOptions {
  signer: Signer;
  redactor: Redactor;
  ignore?: (record: LogRecord) => boolean;
}

const MAX_SAMPLES = 3;
const MAX_SAMPLE_CHARS = 4000;

function sampleText(r: LogRecord): string {
  const full = r.stackTrace && !r.message.includes(r.stackTrace) ? `${r.message}\n${r.stackTrace}` : r.message;
  return full.slice(0, MAX_SAMPLE_CHARS);
}

function addCounts<K extends string>(into: Counts<K>, from: Counts<K> | undefined): void {
  for (const [k, n] of Object.entries(from ?? {}) as [K, number][]) into[k] = (into[k] ?? 0) + n;
}

interface PreGroupedTotals {
  entries: number;
  ignored: number;
  bySeverity: Counts<Severity>;
  span?: { first: string; last: string };
}

export class PreGrouped {
  private readonly groups = new Map<string, Group>();
  readonly totals: PreGroupedTotals = { entries: 0, ignored: 0, bySeverity: {} };

  private readonly records: RecordRedactor;

  constructor(private readonly opts: PreGroupedOptions) {
    this.records = new RecordRedactor(opts.redactor);
  }

  /** The samples as records, every string redacted, like the entries the pipeline reads. */
  private async samples(item: PreGroupedItem): Promise<LogRecord[]> {
    const out: LogRecord[] = [];
    for (const raw of item.samples) {
      try {
        out.push(normalizeEntry(raw));
      } catch (e) {
        if (!(e instanceof EntryError)) throw e;
      }
    }
    return this.records.redactBatch(out);
  }

  /** Redacted counts per dimension: the values are log content too. */
  private async redacted(dims: Record<string, Counts>): Promise<Record<string, Counts>> {
    const keys = Object.values(dims).flatMap((c) => Object.keys(c));
    const red = await this.opts.redactor.redactAll(keys);
    let i = 0;
    const out: Record<string, Counts> = {};
    for (const [dim, counts] of Object.entries(dims)) {
      const o: Counts = (out[dim] = {});
      for (const n of Object.values(counts)) {
        const k = red[i++];
        o[k] = (o[k] ?? 0) + (n ?? 0);
      }
    }
    return out;
  }

  /** Passes every item but groups through; groups are signed once all are in, refined ones yield their entries. */
  async *expand(items: AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
    const held: { item: PreGroupedItem; records: LogRecord[] }[] = [];
    for await (const item of items) {
      if (item.kind !== 'group') {
        yield item;
        continue;
      }
      const records = await this.samples(item);
      // Learning pass: the signer sees every key's samples before any is signed for keeps.
      for (const r of records) this.opts.signer.sign(r);
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

  private async fold(item: PreGroupedItem, records: LogRecord[], signature: Signature): Promise<void> {
    const exemplar = records[0];
    const d = await this.redacted(item.dimensions);
    const severities = (d.severity ?? {}) as Counts<Severity>;
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
    const kinds: Counts<LogKind> = {};
    for (const [logName, n] of Object.entries(d.log ?? {})) kinds[logKind(logName)] = (kinds[logKind(logName)] ?? 0) + (n ?? 0);
    const maxSeverity = (Object.keys(severities) as Severity[])
      .filter((s) => SEVERITIES.includes(s))
      .reduce((a, b) => (severityRank(b) > severityRank(a) ? b : a), exemplar.severity);
    const group: Group = {
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
  finish<T extends { groups: Group[]; stats: { entries: number; ignored: number }; bySeverity: Counts<Severity>; span?: { first: string; last: string } }>(
    collected: T,
  ): T {
    if (this.groups.size === 0 && this.totals.ignored === 0) return collected;
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
  merge(groups: Group[]): Group[] {
    const byFingerprint = new Map(groups.map((g) => [g.signature.fingerprint, g]));
    for (const g of this.groups.values()) {
      const same = byFingerprint.get(g.signature.fingerprint);
      byFingerprint.set(g.signature.fingerprint, same ? mergeGroups(same, g) : g);
    }
    return [...byFingerprint.values()].sort(bySeverityThenCount);
  }
}

/** Two counts of one signature as one. */
function mergeGroups(a: Group, b: Group): Group {
  const sum = <K extends string>(x: Counts<K>, y: Counts<K>): Counts<K> => {
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
    maxSeverity: severityRank(b.maxSeverity) > severityRank(a.maxSeverity) ? b.maxSeverity : a.maxSeverity,
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
