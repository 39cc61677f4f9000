// The typed seams of the pipeline: collect -> group -> triage -> render -> publish.

export const SEVERITIES = ['DEFAULT', 'DEBUG', 'INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
/** P0 is the most urgent. */
export type Priority = (typeof PRIORITIES)[number];

/**
 * Texts in one order whatever the runner's locale: case-insensitive, then by code point. localeCompare
 * followed the locale, and its first call loaded ICU's collation data (~5 ms at the run's end).
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Higher is more severe: DEFAULT 0 ... EMERGENCY 8. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Lower is more urgent: P0 0 ... P3 3. */
export function priorityRank(p: Priority): number {
  return PRIORITIES.indexOf(p);
}

/** Which stream an entry came from, read off its logName. */
export type LogKind = 'stdout' | 'stderr' | 'requests' | 'system' | 'other';

export interface HttpRequestInfo {
  method?: string;
  url?: string;
  /** Path of url, without query string. */
  path?: string;
  status?: number;
  /** Seconds, as a number (Cloud Logging sends "0.123s"). */
  latencySeconds?: number;
  userAgent?: string;
}

export interface SourceLocation {
  file?: string;
  line?: string;
  function?: string;
}

/** One log entry, normalized from any source (gcloud export, Cloud Logging API). */
export interface LogRecord {
  insertId?: string;
  /** ISO 8601 UTC. */
  timestamp: string;
  /** Epoch milliseconds of timestamp. */
  time: number;
  severity: Severity;
  project?: string;
  resourceType?: string;
  service?: string;
  revision?: string;
  location?: string;
  instance?: string;
  logName?: string;
  kind: LogKind;
  /** Human-readable text of the entry: first line is the headline; may hold a stack trace. */
  message: string;
  /** Exception or stack trace text, when the payload carried one apart from message. */
  stackTrace?: string;
  /** Logger / module name when the payload carried one. */
  logger?: string;
  http?: HttpRequestInfo;
  trace?: string;
  spanId?: string;
  sourceLocation?: SourceLocation;
  /** Error Reporting group ids. */
  errorGroups: string[];
  labels: Record<string, string>;
  /** The API call an audit log entry (protoPayload AuditLog) records: what identifies the event. */
  audit?: AuditCall;
}

/** The operation of an audit log entry; principals and resource names are context, kept in message. */
export interface AuditCall {
  /** "compute.googleapis.com" */
  service: string;
  /** "v1.compute.firewalls.insert" */
  method: string;
  /** google.rpc.Code of the call; 0 is OK. */
  code: number;
}

/** What made a group's identity, strongest first. */
type SignatureKind = 'explicit' | 'stack' | 'template' | 'request' | 'audit';

export interface Signature {
  kind: SignatureKind;
  /** Stable, versioned fingerprint, e.g. "v2:3f9a0c1e2b4d5a6c". Used in hidden markers. */
  fingerprint: string;
  /** Human title of the problem, e.g. "ImportError: cannot import name <*> from <*>". */
  title: string;
  /** Normalized template / stack summary that produced the fingerprint. */
  detail: string;
  exceptionType?: string;
  /** Earlier fingerprints of the same problem (e.g. from an older signer version), so issues filed
   * under them are still found. */
  aliases?: string[];
}

/** A team's explicit grouping rule (config `fingerprints:`): every given pattern must match. */
export interface FingerprintRule {
  match: { message?: string; logger?: string; exception?: string };
  fingerprint: string;
}

/** Assigns a signature to each record; may learn as it goes (online template mining). */
export interface Signer {
  readonly version: string;
  sign(record: LogRecord): Signature;
  /** After the last record: the settled signature of every fingerprint sign() gave that changes
   * (templates merge, titles show the values all entries shared). Groups whose fingerprints map to
   * one signature are one group (`finalizeGroups`). */
  finish?(): ReadonlyMap<string, Signature>;
}

export type Counts<K extends string = string> = Partial<Record<K, number>>;

export interface Group {
  signature: Signature;
  count: number;
  firstSeen: string;
  lastSeen: string;
  severities: Counts<Severity>;
  /** Highest severity seen in the group. */
  maxSeverity: Severity;
  services: Counts;
  revisions: Counts;
  locations: Counts;
  instances: Counts;
  kinds: Counts<LogKind>;
  /** HTTP status counts, for request-log groups. */
  statuses: Counts;
  /** Entry count per UTC hour, keyed "YYYY-MM-DDTHH". */
  hourly: Counts;
  /** Longest run of entries of this group with no other group of the same service in between. */
  maxConsecutive: number;
  /** A few distinct example messages (redacted), capped. */
  samples: string[];
  /** The first record seen, for its technical context (logger, source location, trace...). */
  exemplar: LogRecord;
  /** Top values of template variables and context fields (revision, route, method, ...). */
  distributions?: Distribution[];
  /** The revision on which the group first appeared, when it can be told. */
  suspect?: SuspectRevision;
}

/** The most frequent values of one field within a group, from a bounded top-k sketch. */
export interface Distribution {
  /** Field name: "method", "revision", "status", or a template variable such as "var 2". */
  field: string;
  /** Most frequent first; values are redacted. */
  values: { value: string; count: number }[];
  /** Upper bound of how much any listed count may be over-counted (0 when exact). */
  error: number;
  /** Occurrences whose value is not listed. */
  other: number;
}

/** Which deploy brought a problem. */
export interface SuspectRevision {
  revision: string;
  /** When the group was first seen on it. */
  firstSeen: string;
  /** When that revision was first seen serving (its first entry in the window or earlier reports). */
  revisionFirstSeen?: string;
  /** True when the revision is the newest one seen for the service: only then is a rollback advised. */
  newest: boolean;
  /** Revisions in the order they first showed the problem. */
  order: string[];
  commit?: { sha: string; url?: string; compareUrl?: string };
}

export interface Triage {
  priority: Priority;
  /** Which rule set the priority, e.g. "builtin: import-error" or 'config: priorities[2] "payments"'. */
  reason: string;
  /** One sentence a reader understands: why this matters. */
  impact: string;
  component: string;
  /** The component's GitHub label, when the team's config gives one. */
  label?: string;
  owners: string[];
}

export interface TriagedGroup extends Group {
  triage: Triage;
  /** Change since the previous report. */
  trend?: Trend;
  /** Link to the Logs Explorer for this group, when the project is known. */
  explorerUrl?: string;
  /** The group's GitHub issue, set when the issues were synced (see withIssues in src/pipeline.ts). */
  issue?: IssueRef;
}

/** A group's GitHub issue and what this run did with it. */
export interface IssueRef {
  number: number;
  url: string;
  state: 'new' | 'updated' | 'reopened' | 'adopted' | 'skipped';
}

export type Trend = 'new' | 'ongoing' | 'rising' | 'falling' | 'resolved';

interface MalformedEntry {
  /** 1-based position of the entry in its input (array index or line number). */
  position: number;
  reason: string;
}

/** What was asked for: used in the worklog header, the footer command and links. */
export interface QueryDescription {
  projects: string[];
  services: string[];
  resourceType: string;
  minSeverity: Severity;
  since: string;
  until: string;
  filter: string;
  gcloudCommand: string;
}

export interface CollectStats {
  entries: number;
  malformed: MalformedEntry[];
  /** Set when a max-entries budget stopped collection early. */
  truncated?: { limit: number; note: string };
  /** Entries dropped by ignore rules. */
  ignored: number;
  /** Entries below the minimum severity (file mode; Cloud Logging filters them server-side). */
  belowThreshold?: number;
  /** Entries a file run read but its filter (time, resource type, service, project) left out. */
  outOfRange?: number;
  /** Lines joined into the trace of an earlier entry (one record per trace). */
  joined?: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string; signer: string };
  generatedAt: string;
  source: { kind: 'file' | 'cloud-logging' | 'bigquery'; path?: string };
  query: QueryDescription;
  stats: CollectStats;
  byPriority: Record<Priority, number>;
  bySeverity: Counts<Severity>;
  highestPriority: Priority | 'none';
  groups: TriagedGroup[];
  /** Groups from the previous report that did not appear in this window. */
  resolved: { fingerprint: string; title: string; priority: Priority }[];
  /** What failed during the run; the run still wrote what it could. */
  failures: string[];
  /** What a reader should know that did not fail (e.g. trends left out after a signer upgrade). */
  notes?: string[];
  /** What the GitHub step left undone on purpose, for the worklog. */
  issues?: IssueNotes;
}

export interface IssueNotes {
  /** Groups not filed this run (cap reached, closed as not planned, ...). */
  notFiled: { title: string; priority: Priority; note?: string }[];
  /** Groups that look like people's issues, too unsure to adopt. */
  possibleDuplicates: { title: string; priority: Priority; candidates: { number: number; url: string; title: string }[] }[];
}
