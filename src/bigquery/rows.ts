// Rows of the BigQuery source back in the JSON shape `gcloud logging read --format=json` prints,
// which the rest of the pipeline reads: a sink row is that shape already (minus nulls); a Log
// Analytics row spells its top-level fields in snake_case.
import type { Counts } from '../types.js';
import { DIM_SEPARATOR } from './sql.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
/** Fields whose own keys are schema fields (renamed), not log content (kept as they are). */
const SCHEMA_RECORDS = new Set(['httpRequest', 'sourceLocation', 'operation', 'split']);

function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (!isObject(v)) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = dropNulls(x);
  return out;
}

/** "2025-09-11 12:31:22.373" (no zone: UTC) or RFC 3339 -> RFC 3339 with Z. */
function timestamp(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)(Z|[+-]\d\d:?\d\d)?$/.exec(v);
  return m ? `${m[1]}T${m[2]}${m[3] && m[3] !== '+00:00' && m[3] !== '+0000' ? m[3] : 'Z'}` : v;
}

/** BigQuery prints an INTERVAL as "Y-M D H:M:S[.F]"; Cloud Logging's latency is "S.Fs". */
function latency(v: unknown): unknown {
  const m = typeof v === 'string' ? /^\d+-\d+ \d+ (\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(v) : null;
  return m ? `${Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])}s` : v;
}

/** One row's JSON (TO_JSON_STRING of the whole row) as a gcloud-shaped entry. */
export function rowToEntry(json: string): Json {
  const row = dropNulls(JSON.parse(json)) as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === '_TABLE_SUFFIX' || k === 'severity_number' || k === 'log_id') continue;
    const key = camel(k);
    out[key] = SCHEMA_RECORDS.has(key) && isObject(v) ? Object.fromEntries(Object.entries(v).map(([a, b]) => [camel(a), b])) : v;
  }
  for (const k of ['timestamp', 'receiveTimestamp']) if (k in out) out[k] = timestamp(out[k]);
  if (isObject(out.httpRequest) && 'latency' in out.httpRequest) out.httpRequest.latency = latency(out.httpRequest.latency);
  return out;
}

/** "dim<US>value<US>count" cells -> counts per dimension. */
export function dimensions(cells: string[]): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const c of cells) {
    const parts = c.split(DIM_SEPARATOR);
    if (parts.length < 3) continue;
    const dim = parts[0];
    const n = Number(parts[parts.length - 1]);
    const value = parts.slice(1, -1).join(DIM_SEPARATOR);
    if (!Number.isFinite(n)) continue;
    (out[dim] ??= {})[value] = (out[dim][value] ?? 0) + n;
  }
  return out;
}
