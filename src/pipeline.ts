// Wires the pure middle of the pipeline: records -> groups -> triaged report.
import type { CollectStats, Counts, Group, LogRecord, Priority, QueryDescription, Report, Severity, Signer, TriagedGroup } from './types.js';
import { PRIORITIES, priorityRank } from './types.js';
import type { LinkedIssues } from './outcome.js';
import type { LogSource } from './collect/source.js';
import { localFront, type Front, type FrontOptions } from './collect/front.js';
import { PreGrouped } from './collect/pre-grouped.js';
import { finalizeGroups, GroupAccumulator, Reassembler } from './group/index.js';
import type { RevisionSeen } from './group/accumulate.js';
import type { Redactor } from './safety/redact.js';
import type { GardenerConfig } from './triage/config.js';
import { triage } from './triage/index.js';
import { VERSION } from './version.js';
import { compareFingerprints } from './group/order.js';

interface Collected {
  groups: Group[];
  stats: CollectStats;
  bySeverity: Counts<Severity>;
  failures: string[];
  /** Oldest and newest admitted entry. */
  span?: { first: string; last: string };
  /** When each revision was first seen serving (any entry, admitted or not), oldest first. */
  revisions?: RevisionSeen[];
}

interface CollectOptions {
  source: LogSource;
  signer: Signer;
  redactor: Redactor;
  /** True for records to drop (ignore rules). */
  ignore?: (record: LogRecord) => boolean;
  /** See FrontOptions. */
  inScope?: FrontOptions['inScope'];
  /** The front already running elsewhere (another thread) over the source; else it runs here. */
  front?: Front;
  /** False for records below the minimum severity, checked after joining; counted as below threshold. */
  admit?: (record: LogRecord) => boolean;
  /** After the last record, before templates settle: what the run learns from the groups (a file run's previous report). */
  beforeSettle?: (groups: Group[]) => Promise<void>;
}

export async function collect(opts: CollectOptions): Promise<Collected> {
  const stats: CollectStats = { entries: 0, malformed: [], ignored: 0 };
  let span: { first: string; last: string } | undefined;
  const bySeverity: Counts<Severity> = {};

  // Groups an engine already counted (BigQuery) are folded apart; their refined entries come through here.
  const pre = new PreGrouped({ signer: opts.signer, redactor: opts.redactor, ignore: opts.ignore });
  const front = opts.front ?? localFront(pre.expand(opts.source.read()), { redactor: opts.redactor, inScope: opts.inScope });

  const acc = new GroupAccumulator();
  let joinedInto = 0;
  const take = (record: LogRecord): void => {
    joinedInto += 1;
    acc.observe(record);
    if (opts.admit && !opts.admit(record)) {
      stats.belowThreshold = (stats.belowThreshold ?? 0) + 1;
      return;
    }
    if (opts.ignore?.(record)) {
      stats.ignored += 1;
      return;
    }
    bySeverity[record.severity] = (bySeverity[record.severity] ?? 0) + 1;
    if (!span) span = { first: record.timestamp, last: record.timestamp };
    else if (record.timestamp < span.first) span.first = record.timestamp;
    else if (record.timestamp > span.last) span.last = record.timestamp;
    acc.add(record, opts.signer.sign(record));
  };
  // Every string of every record was redacted by the front, before grouping: nothing unredacted goes further.
  // Batches go through reassembly without a promise per record.
  const joiner = new Reassembler();
  // Each record joined or let through is grouped at once, while it is young (and no array is emptied and
  // grown again per record).
  const grouped = { push: take };
  for await (const batch of front.batches) for (const record of batch) joiner.push(record, grouped);
  joiner.end(grouped);
  const { inRange, failures, entries, malformed, truncated, outOfRange } = front.tally();
  stats.entries = entries;
  stats.malformed = malformed;
  if (truncated) stats.truncated = truncated;
  if (outOfRange !== undefined) stats.outOfRange = outOfRange;
  // Lines that became part of another entry's trace: what went into reassembly and did not come out.
  if (inRange > joinedInto) stats.joined = inRange - joinedInto;
  // Templates settle once every record (and every pre-grouped sample) was seen.
  const folded = pre.finish({ groups: acc.result(), stats, bySeverity, failures: [...failures], span, revisions: acc.revisions() });
  await opts.beforeSettle?.(folded.groups);
  return { ...folded, groups: finalizeGroups(folded.groups, opts.signer.finish?.()) };
}

interface ReportOptions {
  query: QueryDescription;
  source: Report['source'];
  config: GardenerConfig;
  signerVersion: string;
  now: Date;
  /** Logs Explorer link per group, when the project is known. */
  explorerUrl?: (g: Group) => string | undefined;
}

/**
 * Gives each group its Logs Explorer link, made when read and never kept: a link is about 2 KB and
 * most groups' links are never shown (10,000 groups held 19 MB of them). A copy made by spreading a
 * group holds its link as text, so this is done last, on the groups that are written out.
 */
export function linkGroups(groups: readonly TriagedGroup[], explorerUrl: (g: Group) => string | undefined): void {
  // One getter for all groups, reading `this`: a getter per group would put every group object in
  // V8's dictionary mode (about 0.8 KB more each).
  const get = function (this: Group): string | undefined {
    return explorerUrl(this);
  };
  for (const g of groups) Object.defineProperty(g, 'explorerUrl', { get, enumerable: true, configurable: true });
}

export function buildReport(collected: Collected, opts: ReportOptions): Report {
  const groups: TriagedGroup[] = collected.groups.map((g) => ({ ...g, triage: triage(g, opts.config) }));
  if (opts.explorerUrl) linkGroups(groups, opts.explorerUrl);
  groups.sort(
    (a, b) =>
      priorityRank(a.triage.priority) - priorityRank(b.triage.priority) ||
      b.count - a.count ||
      compareFingerprints(a.signature.fingerprint, b.signature.fingerprint),
  );
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

/** The report with each group's GitHub issue linked, the issue notes and the step's failures. */
export function withIssues(report: Report, linked: LinkedIssues): Report {
  return {
    ...report,
    groups: report.groups.map((g) => {
      const issue = linked.refs[g.signature.fingerprint];
      return issue ? { ...g, issue } : g;
    }),
    issues: linked.notes,
    failures: [...report.failures, ...linked.failures],
  };
}
