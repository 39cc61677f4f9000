// The client library's Entry (decoded protobuf metadata + payload) back in the JSON shape
// `gcloud logging read --format=json` prints, which the rest of the pipeline reads.

import protobuf from 'protobufjs/minimal.js';

type Json = Record<string, unknown>;

export interface ClientEntry {
  metadata: Json;
  data?: unknown;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !Buffer.isBuffer(v);

/** proto3 JSON leaves out default values: empty strings, zeros, false, null, empty maps. */
function isDefault(v: unknown): boolean {
  return v === null || v === undefined || v === '' || v === false || v === 0 || v === '0' || (isObject(v) && Object.keys(v).length === 0);
}

interface ProtoTimestamp {
  seconds?: string | number;
  nanos?: number;
}

/** RFC 3339 with nanoseconds, as gcloud prints it. */
function timestampJson(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().replace('.000Z', 'Z');
  if (typeof v === 'string') return v;
  if (!isObject(v)) return undefined;
  const t = v as ProtoTimestamp;
  const seconds = Number(t.seconds ?? 0);
  const nanos = Number(t.nanos ?? 0);
  if (!Number.isFinite(seconds)) return undefined;
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  const frac = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  return `${base}${frac}Z`;
}

/** google.protobuf.Duration as JSON: "0.500s". */
function durationJson(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (!isObject(v)) return undefined;
  const seconds = Number(v.seconds ?? 0);
  const nanos = Number(v.nanos ?? 0);
  if (!seconds && !nanos) return undefined;
  const frac = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  return `${seconds}${frac}s`;
}

function compact(o: Json): Json | undefined {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (!isDefault(v)) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

function httpRequestJson(h: unknown): Json | undefined {
  if (!isObject(h)) return undefined;
  return compact({ ...h, latency: durationJson(h.latency) });
}

const AUDIT_LOG = /google\.cloud\.audit\.AuditLog$/;

/** Length-delimited and varint fields of one protobuf message, by field number (the last value wins). */
function protoFields(bytes: Uint8Array): Map<number, string | Uint8Array | number> {
  const fields = new Map<number, string | Uint8Array | number>();
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const wire = tag & 7;
    if (wire === 2) fields.set(tag >>> 3, reader.bytes());
    else if (wire === 0) fields.set(tag >>> 3, reader.int32());
    else reader.skipType(wire);
  }
  return fields;
}

const text = (v: unknown): string | undefined => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : undefined);

/**
 * The parts of a google.cloud.audit.AuditLog the gardener reads (field numbers from
 * google/cloud/audit/audit_log.proto, which the client library does not ship): status (2: code 1,
 * message 2), authenticationInfo (3: principalEmail 1), serviceName (7), methodName (8),
 * resourceName (11).
 */
function decodeAuditLog(bytes: Uint8Array): Json {
  const f = protoFields(bytes);
  const out: Json = { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog' };
  const put = (k: string, v: unknown) => {
    if (v !== undefined && v !== '' && v !== 0) out[k] = v;
  };
  put('serviceName', text(f.get(7)));
  put('methodName', text(f.get(8)));
  put('resourceName', text(f.get(11)));
  const auth = f.get(3);
  if (auth instanceof Uint8Array) put('authenticationInfo', compact({ principalEmail: text(protoFields(auth).get(1)) }));
  const status = f.get(2);
  if (status instanceof Uint8Array) {
    const sf = protoFields(status);
    put('status', compact({ code: sf.get(1), message: text(sf.get(2)) }));
  }
  return out;
}

/** protoPayload arrives as google.protobuf.Any (type_url + bytes): audit logs are decoded, other types keep only their type. */
function protoPayloadJson(p: unknown): Json | undefined {
  if (!isObject(p)) return undefined;
  const type = p.type_url ?? p.typeUrl ?? p['@type'];
  const bytes = Buffer.isBuffer(p.value) || p.value instanceof Uint8Array ? p.value : undefined;
  if (typeof type === 'string' && (p.value === undefined || bytes)) {
    if (bytes && AUDIT_LOG.test(type)) {
      try {
        return decodeAuditLog(bytes);
      } catch {
        /* not the AuditLog it says it is: keep the type only */
      }
    }
    return { '@type': type };
  }
  return p;
}

export function entryToGcloudJson(entry: ClientEntry): Json {
  const m = entry.metadata;
  const out: Json = {};
  const put = (k: string, v: unknown) => {
    if (!isDefault(v)) out[k] = v;
  };
  put('insertId', m.insertId);
  put('logName', m.logName);
  if (m.payload === 'textPayload' || typeof m.textPayload === 'string') put('textPayload', typeof entry.data === 'string' ? entry.data : m.textPayload);
  else if (m.payload === 'jsonPayload') out.jsonPayload = isObject(entry.data) ? entry.data : {};
  else if (m.payload === 'protoPayload') put('protoPayload', protoPayloadJson(entry.data ?? m.protoPayload));
  put('timestamp', timestampJson(m.timestamp));
  put('receiveTimestamp', timestampJson(m.receiveTimestamp));
  if (typeof m.severity === 'string' && m.severity !== 'DEFAULT') out.severity = m.severity;
  else if (typeof m.severity === 'number' && m.severity !== 0) out.severity = m.severity;
  put('httpRequest', httpRequestJson(m.httpRequest));
  if (isObject(m.resource)) put('resource', compact({ type: m.resource.type, labels: m.resource.labels }));
  put('labels', m.labels);
  put('operation', isObject(m.operation) ? compact(m.operation) : undefined);
  put('trace', m.trace);
  put('spanId', m.spanId);
  put('traceSampled', m.traceSampled);
  put('sourceLocation', isObject(m.sourceLocation) ? compact(m.sourceLocation) : undefined);
  put('split', isObject(m.split) ? compact(m.split) : undefined);
  // Newer API field; the client's protos may not carry it yet.
  if (Array.isArray(m.errorGroups) && m.errorGroups.length > 0) out.errorGroups = m.errorGroups;
  return out;
}
