// Turns one raw Cloud Logging entry (as gcloud prints it) into a LogRecord.
import type { HttpRequestInfo, LogKind, LogRecord, Severity, SourceLocation } from '../types.js';
import { SEVERITIES } from '../types.js';

export class EntryError extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** Numeric severities of the LogSeverity enum, as the API sends them with enum-encoding=int. */
const SEVERITY_NUMBERS: Record<number, Severity> = {
  0: 'DEFAULT', 100: 'DEBUG', 200: 'INFO', 300: 'NOTICE', 400: 'WARNING', 500: 'ERROR', 600: 'CRITICAL', 700: 'ALERT', 800: 'EMERGENCY',
};

export function parseSeverity(v: unknown): Severity {
  if (v === undefined || v === null || v === '') return 'DEFAULT';
  if (typeof v === 'number' && SEVERITY_NUMBERS[v]) return SEVERITY_NUMBERS[v];
  const s = String(v).toUpperCase();
  if (s === 'WARN') return 'WARNING';
  if (s === 'FATAL') return 'CRITICAL';
  if ((SEVERITIES as readonly string[]).includes(s)) return s as Severity;
  throw new EntryError(`unknown severity ${JSON.stringify(v)} (expected one of ${SEVERITIES.join(', ')})`);
}

/** logKind per distinct logName: a service writes to a handful. Bounded; cleared when full. */
const kindCache = new Map<string, LogKind>();

export function logKind(logName: string | undefined): LogKind {
  if (!logName) return 'other';
  let kind = kindCache.get(logName);
  if (kind === undefined) {
    if (kindCache.size >= 1000) kindCache.clear();
    kindCache.set(logName, (kind = kindOf(logName)));
  }
  return kind;
}

function kindOf(logName: string): LogKind {
  const id = decodeURIComponent(logName.split('/logs/')[1] ?? logName);
  if (/(^|\/)stderr$/.test(id)) return 'stderr';
  if (/(^|\/)stdout$/.test(id)) return 'stdout';
  if (/(^|\/)requests$/.test(id)) return 'requests';
  if (/varlog\/system$|(^|\/)system$/.test(id)) return 'system';
  return 'other';
}

function parseLatency(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (isObject(v)) return Number(v.seconds ?? 0) + Number(v.nanos ?? 0) / 1e9;
  const m = typeof v === 'string' ? /^([\d.]+)s$/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

function httpInfo(h: unknown): HttpRequestInfo | undefined {
  if (!isObject(h)) return undefined;
  const url = str(h.requestUrl);
  let path: string | undefined;
  if (url) {
    try {
      path = new URL(url, 'http://x').pathname;
    } catch {
      path = url.split('?')[0];
    }
  }
  const status = h.status === undefined ? undefined : Number(h.status);
  const method = str(h.requestMethod)?.toUpperCase();
  return {
    // An HTTP method is a token of letters; anything else is log text pretending to be one.
    method: method && /^[A-Z]{1,16}$/.test(method) ? method : method === undefined ? undefined : 'OTHER',
    url,
    path,
    status: Number.isFinite(status) ? status : undefined,
    latencySeconds: parseLatency(h.latency),
    userAgent: str(h.userAgent),
  };
}

export function describeRequest(h: HttpRequestInfo): string {
  const latency = h.latencySeconds === undefined ? '' : ` in ${h.latencySeconds.toFixed(3)}s`;
  return `${h.method ?? 'GET'} ${h.path ?? '/'} -> ${h.status ?? '?'}${latency}`;
}

const MESSAGE_KEYS = ['message', 'msg', 'textPayload', 'text', 'event', 'error_message', 'log'];
const STACK_KEYS = ['stack_trace', 'stackTrace', 'stack', 'exception', 'exc_info', 'error', 'err', 'traceback'];
// Not `name`: applications put people's names and emails there as often as a logger's.
const LOGGER_KEYS = ['logger', 'logger_name', 'loggerName', 'module', 'component'];

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v)) {
    const inner = str(v.stack) ?? str(v.message) ?? str(v.stack_trace);
    if (inner) return inner;
    return JSON.stringify(v);
  }
  return undefined;
}

function fromJsonPayload(p: Json): { message: string; stackTrace?: string; logger?: string } {
  const message = MESSAGE_KEYS.map((k) => textOf(p[k])).find((v) => v !== undefined);
  const stackTrace = STACK_KEYS.map((k) => textOf(p[k])).find((v) => v !== undefined && v !== message);
  const logger = LOGGER_KEYS.map((k) => str(p[k])).find(Boolean);
  if (message !== undefined) return { message, stackTrace, logger };
  if (stackTrace !== undefined) return { message: stackTrace, logger };
  const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('@') && k !== 'severity'));
  return { message: JSON.stringify(rest), logger };
}

function fromProtoPayload(p: Json): string {
  const parts = [str(p.methodName), str(p.resourceName), isObject(p.status) ? str(p.status.message) : undefined];
  const line = parts.filter(Boolean).join(' ');
  return line || JSON.stringify(p);
}

function stringMap(v: unknown): Record<string, string> {
  if (!isObject(v)) return {};
  const out: Record<string, string> = {};
  for (const k in v) {
    const val = v[k];
    if (typeof val === 'string' && Object.hasOwn(v, k)) out[k] = val;
  }
  return out;
}

/** Already what toISOString() would print ("2025-09-11T10:00:00.123Z"): no need to format it again.
 * Days past the 28th and hour 24 may roll over (Feb 30 parses as Mar 2), so those are formatted. */
const CANONICAL = /^\d{4}-\d\d-(?:[01]\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const isCanonical = (t: string): boolean => t.length === 24 && CANONICAL.test(t);

export function normalizeEntry(raw: unknown): LogRecord {
  if (!isObject(raw)) throw new EntryError('entry is not a JSON object');
  const timestamp = str(raw.timestamp) ?? str(raw.receiveTimestamp);
  if (!timestamp) throw new EntryError('entry has no timestamp');
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) throw new EntryError(`timestamp ${JSON.stringify(timestamp)} is not a date`);

  const resource = isObject(raw.resource) ? raw.resource : {};
  const rl = stringMap(resource.labels);
  const labels = stringMap(raw.labels);
  const logName = str(raw.logName);
  const http = httpInfo(raw.httpRequest);

  let message: string;
  let stackTrace: string | undefined;
  let logger: string | undefined;
  let severity = parseSeverity(raw.severity);
  if (typeof raw.textPayload === 'string') {
    message = raw.textPayload;
  } else if (isObject(raw.jsonPayload)) {
    ({ message, stackTrace, logger } = fromJsonPayload(raw.jsonPayload));
    if (raw.severity === undefined && raw.jsonPayload.severity !== undefined) {
      try {
        severity = parseSeverity(raw.jsonPayload.severity);
      } catch {
        /* an app's own severity field is advisory */
      }
    }
  } else if (isObject(raw.protoPayload)) {
    message = fromProtoPayload(raw.protoPayload);
  } else if (http) {
    message = describeRequest(http);
  } else {
    message = '';
  }
  if (message === '' && http) message = describeRequest(http);

  const sl = isObject(raw.sourceLocation) ? raw.sourceLocation : undefined;
  const sourceLocation: SourceLocation | undefined = sl
    ? { file: str(sl.file), line: str(sl.line), function: str(sl.function) }
    : undefined;
  const errorGroups = Array.isArray(raw.errorGroups)
    ? raw.errorGroups.map((g) => (isObject(g) ? str(g.id) : undefined)).filter((x): x is string => Boolean(x))
    : [];

  const project = rl.project_id ?? (logName?.startsWith('projects/') ? logName.split('/')[1] : undefined);
  return {
    insertId: str(raw.insertId),
    timestamp: isCanonical(timestamp) ? timestamp : new Date(time).toISOString(),
    time,
    severity,
    project,
    resourceType: str(resource.type),
    service: rl.service_name ?? rl.job_name ?? rl.function_name ?? rl.module_id ?? rl.container_name,
    revision: rl.revision_name ?? rl.version_id,
    location: rl.location ?? rl.region ?? rl.zone,
    instance: labels.instanceId ?? labels['compute.googleapis.com/resource_name'],
    logName,
    kind: logKind(logName),
    message,
    stackTrace,
    logger,
    http,
    trace: str(raw.trace),
    spanId: str(raw.spanId),
    sourceLocation,
    errorGroups,
    labels,
  };
}
