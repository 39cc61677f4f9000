// The seam between log sources (files, Cloud Logging, BigQuery) and the pure middle of the pipeline.
// Sources yield raw entries in the JSON shape `gcloud logging read --format=json` prints, or
// groups an engine already counted (BigQuery), each with a few of its entries as samples.
import type { Counts, QueryDescription } from '../types.js';

export type SourceItem =
  | { kind: 'entry'; position: number; value: unknown }
  | { kind: 'malformed'; position: number; reason: string }
  /** The source stopped early on purpose (a max-entries budget). */
  | { kind: 'truncated'; limit: number; note: string }
  /** The source failed part-way; what came before still counts. */
  | { kind: 'failure'; message: string }
  | PreGroupedItem;

/** Entries an engine grouped by a coarse key (src/bigquery/masks.ts) and counted where they live. */
export interface PreGroupedItem {
  kind: 'group';
  key: string;
  count: number;
  /** ISO 8601 UTC. */
  firstSeen: string;
  lastSeen: string;
  /** Counts per dimension: severity, service, revision, location, instance, log (logName), status, hour ("YYYY-MM-DDTHH"). */
  dimensions: Record<string, Counts>;
  /** A few whole entries (gcloud JSON shape): the oldest first. */
  samples: unknown[];
  /** The key's entries one by one, for when its samples do not sign alike (a second query). */
  refine?: () => AsyncIterable<SourceItem>;
}

export interface LogSource {
  readonly kind: 'file' | 'cloud-logging' | 'bigquery';
  /** Where the entries come from, for the report (a path, or "-" for stdin). */
  readonly path?: string;
  read(): AsyncIterable<SourceItem>;
  /** What the source ran, when it is not the Cloud Logging filter (the BigQuery SQL): for the worklog. */
  readonly query?: QueryDescription;
  /** What the reader should know once read() is done (a dry run's estimate, bytes billed). */
  readonly notes?: readonly string[];
}
