// Everything a run is told, parsed and validated once (from action inputs or CLI flags).
import type { Priority, Severity } from './types.js';

export type AuthMode = 'auto' | 'workload-identity' | 'adc';
export type SourceKind = 'cloud-logging' | 'bigquery';
export type Transport = 'grpc' | 'rest';

export interface Settings {
  /** Read entries from this file ("-" = stdin) instead of Cloud Logging. */
  inputFile?: string;
  /** A file with no entries is fine (else an error: the export command likely failed). */
  allowEmpty?: boolean;
  /** Inputs given a value rather than defaulted: a file run applies only those (see file-scope.ts). */
  given?: ReadonlySet<string>;

  // What to read (Cloud Logging filter; also described in the worklog in file mode).
  projects: string[];
  services: string[];
  /** Resource type, default cloud_run_revision. */
  resourceType: string;
  minSeverity: Severity;
  /** Window length in ms, counted back from `until` (default 24h) when `since` is not set. */
  windowMs: number;
  since?: Date;
  until?: Date;
  /** Extra clauses ANDed to the filter. */
  extraFilter?: string;
  maxEntries: number;
  /** Where entries are read without inputFile (default cloud-logging). */
  source?: SourceKind;
  /** Cloud Logging client transport (default grpc). */
  transport?: Transport;
  /** source bigquery: project.dataset.table (a trailing * reads date-sharded tables). */
  bigqueryTable?: string;
  /** source bigquery: BigQuery's maximumBytesBilled for every query. */
  maximumBytesBilled?: number;

  // Google Cloud auth.
  authMode: AuthMode;
  workloadIdentityProvider?: string;
  serviceAccount?: string;
  audience?: string;

  // Team configuration and memory.
  configPath: string;
  /** Previous run's JSON report, to show change over time. */
  previousReport?: string;

  // Outputs.
  /** Local folder for the worklog and report (always written). */
  outputDir: string;
  /** Path template for the committed worklog: {service}, {timestamp}, {date}. */
  worklogPath: string;
  dryRun: boolean;
  failOn: Priority | 'none';
  /** With fail-on: only groups new since the previous report count. */
  failOnNewOnly: boolean;

  // GitHub.
  githubToken?: string;
  createIssues: boolean;
  /** The label every issue the action files carries. */
  issueLabel: string;
  maxNewIssues: number;
  /** What a group matching a closed issue does. */
  onRegression: 'reopen' | 'new-issue';
  commitWorklog: boolean;
  /** Branch for the worklog commit (default: the repository's default branch). */
  branch?: string;
  prComment: boolean;
  prNumber?: number;
  /** Close the action's issues whose group has been quiet this long (off when unset). */
  resolveAfterMs?: number;
  /** With resolveAfterMs: adopted (people's) issues may be closed too. */
  resolveAdopted?: boolean;

  /** The run budget: every wait is counted against it; when it runs out the run publishes what it has (default 15 minutes). */
  maxRunTimeMs?: number;
  /** Write each filed issue's URL into its Error Reporting group (projects.groups.update). */
  errorReportingLink?: boolean;
}

/** The default run budget: well under GitHub's 6-hour job limit and the lock's 10-minute lease plus its wait. */
export const DEFAULT_MAX_RUN_TIME_MS = 15 * 60_000;
