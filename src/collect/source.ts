// The seam between log sources (files, Cloud Logging) and the pure middle of the pipeline.
// Sources yield raw entries in the JSON shape `gcloud logging read --format=json` prints.

export type SourceItem =
  | { kind: 'entry'; position: number; value: unknown }
  | { kind: 'malformed'; position: number; reason: string }
  /** The source stopped early on purpose (a max-entries budget). */
  | { kind: 'truncated'; limit: number; note: string }
  /** The source failed part-way; what came before still counts. */
  | { kind: 'failure'; message: string };

export interface LogSource {
  readonly kind: 'file' | 'cloud-logging';
  /** Where the entries come from, for the report (a path, or "-" for stdin). */
  readonly path?: string;
  read(): AsyncIterable<SourceItem>;
}
