// The one input that becomes SQL text: a table name cannot be a query parameter in BigQuery,
// so it is checked against the naming rules here and only ever written between backticks.
import { InputError } from '../errors.js';

export interface TableName {
  project?: string;
  dataset: string;
  /** Table or view id; ends with `*` for date-sharded tables (a wildcard table). */
  table: string;
}

const INPUT = 'bigquery-table';
const FIX = 'give project.dataset.table, e.g. my-project.logs_link._AllLogs or my-project.sink_dataset.run_googleapis_com_stderr_*';
// Project ids (optionally domain-scoped "example.com:proj"), dataset ids and table ids as BigQuery allows them,
// minus every character that could end a backtick-quoted identifier.
const PROJECT = /^(?:[a-z][a-z0-9.-]{0,62}:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE = /^[A-Za-z0-9_$-]{0,1023}\*?$/;

export function parseTableName(raw: string): TableName {
  const v = raw.trim().replace(/^`|`$/g, '');
  const parts = v.split('.');
  // A domain-scoped project holds a dot before its colon: join it back.
  if (parts.length === 4 && parts[1].includes(':')) parts.splice(0, 2, `${parts[0]}.${parts[1]}`);
  const [project, dataset, table] = parts.length === 3 ? parts : parts.length === 2 ? [undefined, ...parts] : [];
  if (!dataset || table === undefined || table === '' || (project !== undefined && !PROJECT.test(project)) || !DATASET.test(dataset) || !TABLE.test(table)) {
    throw new InputError(INPUT, `${JSON.stringify(raw)} is not a BigQuery table name`, FIX);
  }
  return { project, dataset, table };
}

/** The table as SQL: one backtick-quoted path, safe by construction of parseTableName. */
export function tableSql(t: TableName): string {
  return `\`${[t.project, t.dataset, t.table].filter(Boolean).join('.')}\``;
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

/** Bytes from "10GB", "500 MiB" or "1048576"; undefined for an empty value. */
export function parseBytes(raw: string, input: string): number | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(v);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const bytes = m && unit !== undefined ? Math.round(Number(m[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1)
    throw new InputError(input, `${JSON.stringify(raw)} is not a number of bytes`, 'give e.g. 10GB, 500MiB or 1000000000');
  return bytes;
}
