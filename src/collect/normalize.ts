// Turns one raw Cloud Logging entry (as gcloud prints it) into a LogRecord.
import type { AuditCall, HttpRequestInfo, LogKind, LogRecord, Severity, SourceLocation } from '../types.js';
import { SEVERITIES } from '../types.js';
import { REVISION_LABEL, SERVICE_LABEL } from './resources.js';

export class EntryError extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** Numeric severities of the LogSeverity enum, as the API sends them with enum-encoding=int. */
const SEVERITY_NUMBERS: Record<number, Severity> = {
  0: 'DEFAULT',
  100: 'DEBUG',
  200: 'INFO',
  300: 'NOTICE',
  400: 'WARNING',
  500: 'ERROR',
  600: 'CRITICAL',
  700: 'ALERT',
  800: 'EMERGENCY',
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

function describeRequest(h: HttpRequestInfo): string {
  const latency = h.latencySeconds === undefined ? '' : ` in ${h.latencySeconds.toFixed(3)}s`;
  return `${h.method ?? 'GET'} ${h.path ?? '/'} -> ${h.status ?? '?'}${latency}`;
}

/** Where loggers put the message, first match wins: top-level keys, then inside an error object. */
export const MESSAGE_PATHS = [
  'message',
  'msg',
  'MESSAGE',
  'text',
  'textPayload',
  'event',
  'error_message',
  'log',
  'error.message',
  'err.message',
  'err',
  'error',
];
/** Where loggers put a stack trace or exception. */
export const STACK_PATHS = [
  'stack_trace',
  'stackTrace',
  'stacktrace',
  'stack',
  'exception',
  'exc_info',
  'traceback',
  'errorVerbose',
  'error.stack',
  'error.stack_trace',
  'error.traceback',
  'error.exception',
  'err.stack',
  'exception.stack_trace',
];
// Not `name`: applications put people's names and emails there as often as a logger's.
const LOGGER_KEYS = ['logger', 'logger_name', 'loggerName', 'module', 'component'];
/** Level fields of common loggers (pino, bunyan, zap, logrus, winston, structlog, python-json-logger, ECS). */
export const LEVEL_PATHS = ['severity', 'level', 'levelname', 'log_level', 'loglevel', 'lvl', 'log.level'];
const LEVEL_WORDS: Record<string, Severity> = {
  trace: 'DEBUG',
  silly: 'DEBUG',
  verbose: 'DEBUG',
  debug: 'DEBUG',
  fine: 'DEBUG',
  finer: 'DEBUG',
  finest: 'DEBUG',
  info: 'INFO',
  http: 'INFO',
  config: 'INFO',
  notice: 'NOTICE',
  warn: 'WARNING',
  warning: 'WARNING',
  error: 'ERROR',
  err: 'ERROR',
  exception: 'ERROR',
  severe: 'ERROR',
  critical: 'CRITICAL',
  crit: 'CRITICAL',
  fatal: 'CRITICAL',
  dpanic: 'CRITICAL',
  panic: 'CRITICAL',
  alert: 'ALERT',
  emerg: 'EMERGENCY',
  emergency: 'EMERGENCY',
};

/** Dotted paths split once, not once per entry. */
const splitPaths = (paths: readonly string[]): readonly string[][] => paths.map((k) => k.split('.'));
const MESSAGE_KEYS = splitPaths(MESSAGE_PATHS);
const STACK_KEYS = splitPaths(STACK_PATHS);
const LEVEL_KEYS = splitPaths(LEVEL_PATHS);

function at(p: Json, path: readonly string[]): unknown {
  let v: unknown = p;
  for (const k of path) v = isObject(v) ? v[k] : undefined;
  return v;
}

/** The first path whose value `read` accepts (not undefined, not `skip`): no path after it is read. */
function first<T>(p: Json, paths: readonly (readonly string[])[], read: (v: unknown) => T | undefined, skip?: T): T | undefined {
  for (const path of paths) {
    const v = read(at(p, path));
    if (v !== undefined && v !== skip) return v;
  }
  return undefined;
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (isObject(v)) {
    const inner = str(v.stack) ?? str(v.message) ?? str(v.stack_trace) ?? str(v.traceback);
    if (inner) return inner;
  }
  return undefined;
}

/** A logger's level as a severity: pino/bunyan numbers (10..60), LogSeverity numbers, or level names. */
export function levelSeverity(v: unknown): Severity | undefined {
  if (typeof v === 'number') {
    if (SEVERITY_NUMBERS[v]) return SEVERITY_NUMBERS[v];
    if (v > 0 && v < 100) return v <= 20 ? 'DEBUG' : v <= 30 ? 'INFO' : v <= 40 ? 'WARNING' : v <= 50 ? 'ERROR' : 'CRITICAL';
    return undefined;
  }
  if (typeof v !== 'string') return undefined;
  const word = v.trim().toLowerCase();
  if (/^\d+$/.test(word)) return levelSeverity(Number(word));
  return LEVEL_WORDS[word] ?? ((SEVERITIES as readonly string[]).includes(word.toUpperCase()) ? (word.toUpperCase() as Severity) : undefined);
}

/** Keys whose values name a kind of record rather than carry data. */
const TYPE_KEY = /^(?:@type|type|kind|category|reporter|action|outcome|event_?type|[a-z]+_type|[a-z]+Type)$/;
const MAX_SHAPE_KEYS = 40;

/** The stable shape of a payload without a message: its key names (two levels) and its type fields. */
function payloadShape(p: Json): string {
  const keys: string[] = [];
  const types: string[] = [];
  const walk = (o: Json, prefix: string, depth: number) => {
    for (const [k, v] of Object.entries(o)) {
      // Keys that are themselves data (ids, addresses, dates) vary like values do.
      const name = /\d{3,}|^[0-9a-f-]{16,}$|.@|:/.test(k) ? '<key>' : k;
      if (TYPE_KEY.test(k) && typeof v === 'string' && v.length <= 120) types.push(`${prefix}${name}=${v}`);
      if (isObject(v) && depth < 2) walk(v, `${prefix}${name}.`, depth + 1);
      else keys.push(`${prefix}${name}`);
    }
  };
  walk(p, '', 1);
  const unique = [...new Set(keys)].sort();
  const shown = unique.length > MAX_SHAPE_KEYS ? [...unique.slice(0, MAX_SHAPE_KEYS), '...'] : unique;
  return `JSON payload${types.length > 0 ? ` ${types.sort().join(' ')}` : ''} with keys ${shown.join(', ')}`;
}

const MAX_JSON_DEPTH = 32;
const MAX_JSON_CHARS = 20_000;

/** A payload's JSON text for the reader, bounded in depth and length: a hostile payload (nested
 * thousands deep, megabytes long) costs what is shown, and never the call stack. */
export function boundedJson(value: unknown): string {
  const parts: string[] = [];
  let size = 0;
  const put = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  const walk = (v: unknown, depth: number): void => {
    if (size > MAX_JSON_CHARS) return;
    if (v === null || typeof v !== 'object') return put(JSON.stringify(v) ?? 'null');
    if (depth >= MAX_JSON_DEPTH) return put(Array.isArray(v) ? '[…]' : '{…}');
    const entries: [string | undefined, unknown][] = Array.isArray(v) ? v.map((x) => [undefined, x]) : Object.entries(v);
    put(Array.isArray(v) ? '[' : '{');
    entries.forEach(([k, x], i) => {
      if (size > MAX_JSON_CHARS) return;
      if (i > 0) put(',');
      if (k !== undefined) put(`${JSON.stringify(k)}:`);
      walk(x, depth + 1);
    });
    put(Array.isArray(v) ? ']' : '}');
  };
  walk(value, 0);
  const text = parts.join('');
  return text.length > MAX_JSON_CHARS ? `${text.slice(0, MAX_JSON_CHARS)}…` : text;
}

function fromJsonPayload(p: Json): { message: string; stackTrace?: string; logger?: string; level?: Severity } {
  const message = first(p, MESSAGE_KEYS, textOf);
  const stackTrace = first(p, STACK_KEYS, textOf, message);
  const logger = LOGGER_KEYS.map((k) => str(p[k])).find(Boolean);
  const level = first(p, LEVEL_KEYS, levelSeverity);
  if (message !== undefined) return { message, stackTrace, logger, level };
  if (stackTrace !== undefined) return { message: stackTrace, logger, level };
  const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('logging.googleapis.com/') && k !== 'severity'));
  // First line: the shape, which signs the entry; then the payload itself, for the reader.
  return { message: `${payloadShape(rest)}\n${boundedJson(rest)}`, logger, level };
}

const AUDIT_LOG = /google\.cloud\.audit\.AuditLog$/;

function auditCall(p: Json): AuditCall | undefined {
  const service = str(p.serviceName);
  const method = str(p.methodName);
  if (!service || !method) return undefined;
  if (p['@type'] !== undefined && !AUDIT_LOG.test(String(p['@type']))) return undefined;
  const code = isObject(p.status) ? Number(p.status.code ?? 0) : 0;
  return { service, method, code: Number.isFinite(code) ? code : 0 };
}

function fromProtoPayload(p: Json): string {
  const auth = isObject(p.authenticationInfo) ? str(p.authenticationInfo.principalEmail) : undefined;
  const status = isObject(p.status) ? str(p.status.message) : undefined;
  const head = [str(p.methodName), str(p.resourceName)].filter(Boolean).join(' ');
  const line = [head, auth ? `by ${auth}` : undefined].filter(Boolean).join(' ') + (status ? `: ${status}` : '');
  return line || boundedJson(p);
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
const digits = (t: string, at: number, n: number): number => {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + t.charCodeAt(i) - 48;
  return v;
};

/** Date.parse of a canonical timestamp, read by position (Date.parse costs a quarter of a microsecond). */
function canonicalMs(t: string): number {
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  // Date.UTC reads years below 100 as 19xx, and would roll month 13 or day 0 over where Date.parse says NaN.
  if (year < 100 || month < 1 || month > 12 || day < 1) return Date.parse(t);
  return Date.UTC(year, month - 1, day, digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2), digits(t, 20, 3));
}

export function normalizeEntry(raw: unknown): LogRecord {
  if (!isObject(raw)) throw new EntryError('entry is not a JSON object');
  const timestamp = str(raw.timestamp) ?? str(raw.receiveTimestamp);
  if (!timestamp) throw new EntryError('entry has no timestamp');
  const canonical = isCanonical(timestamp);
  const ms = canonical ? canonicalMs(timestamp) : Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new EntryError(`timestamp ${JSON.stringify(timestamp)} is not a date`);
  // Lines of one trace often share a millisecond: the microseconds keep them in order.
  const sub = canonical ? undefined : /\.\d{3}(\d{1,6})/.exec(timestamp)?.[1];
  const time = sub ? ms + Number(`0.${sub}`) : ms;

  const resource = isObject(raw.resource) ? raw.resource : {};
  const rl = stringMap(resource.labels);
  const labels = stringMap(raw.labels);
  const logName = str(raw.logName);
  const http = httpInfo(raw.httpRequest);

  let message: string;
  let stackTrace: string | undefined;
  let logger: string | undefined;
  let audit: AuditCall | undefined;
  let severity = parseSeverity(raw.severity);
  if (typeof raw.textPayload === 'string') {
    message = raw.textPayload;
  } else if (isObject(raw.jsonPayload)) {
    let level: Severity | undefined;
    ({ message, stackTrace, logger, level } = fromJsonPayload(raw.jsonPayload));
    // An app's own level field is advisory: it counts only when the entry has no severity.
    if (severity === 'DEFAULT' && level) severity = level;
  } else if (isObject(raw.protoPayload)) {
    message = fromProtoPayload(raw.protoPayload);
    audit = auditCall(raw.protoPayload);
  } else if (http) {
    message = describeRequest(http);
  } else {
    message = '';
  }
  if (message === '' && http) message = describeRequest(http);

  const sl = isObject(raw.sourceLocation) ? raw.sourceLocation : undefined;
  const sourceLocation: SourceLocation | undefined = sl ? { file: str(sl.file), line: str(sl.line), function: str(sl.function) } : undefined;
  const errorGroups = Array.isArray(raw.errorGroups)
    ? raw.errorGroups.map((g) => (isObject(g) ? str(g.id) : undefined)).filter((x): x is string => Boolean(x))
    : [];

  const type = str(resource.type);
  const serviceKey = type === undefined ? undefined : SERVICE_LABEL[type];
  const revisionKey = type === undefined ? undefined : REVISION_LABEL[type];
  const project = rl.project_id ?? (logName?.startsWith('projects/') ? logName.split('/')[1] : undefined);
  return {
    insertId: str(raw.insertId),
    timestamp: canonical ? timestamp : new Date(ms).toISOString(),
    time,
    severity,
    project,
    resourceType: type,
    // An audit log of a resource without a service label belongs to the API it called.
    service: (serviceKey && rl[serviceKey]) || (rl.service_name ?? rl.job_name ?? rl.function_name ?? rl.module_id ?? rl.container_name ?? audit?.service),
    revision: (revisionKey && rl[revisionKey]) || (rl.revision_name ?? rl.version_id),
    location: rl.location ?? rl.region ?? rl.zone,
    // A split trace is joined per stream: a Cloud Run instance, a GKE pod, a VM.
    instance: labels.instanceId ?? rl.pod_name ?? labels['compute.googleapis.com/resource_name'] ?? rl.instance_id,
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
    ...(audit ? { audit } : {}),
  };
}
