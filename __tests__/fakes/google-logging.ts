// A loopback Cloud Logging server speaking gRPC (LoggingServiceV2 from the protos the client
// package ships) and, on a second port, the REST `entries.list` JSON the client's REST fallback
// sends (`POST /v2/entries:list`, enums as integers). Both share one state. It checks the Bearer token against the tokens the auth fakes issued, applies
// the filter's timestamp range, orders newest first, pages with opaque page tokens, and can be
// told to fail calls with RESOURCE_EXHAUSTED, UNAVAILABLE or PERMISSION_DENIED.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

type Json = Record<string, unknown>;

export interface ListCall {
  project: string;
  filter: string;
  pageSize: number;
  pageToken: string;
  orderBy: string;
  authorization?: string;
  /** The status the fake answered (0 = OK). */
  status: number;
  returned: number;
}

export interface Fault {
  code: grpc.status;
  /** Fail this many calls in a row (default 1). */
  times?: number;
  /** Only after this many calls have been answered (default 0). */
  afterCalls?: number;
  project?: string;
  message?: string;
}

export interface LoggingFake {
  /** gRPC without TLS: `http://127.0.0.1:PORT`. */
  endpoint: string;
  port: number;
  /** REST (HTTP/1.1 JSON): `http://127.0.0.1:PORT`. */
  restEndpoint: string;
  restPort: number;
  calls: ListCall[];
  /** Entries per project, in gcloud JSON shape. */
  entries: Map<string, Json[]>;
  faults: Fault[];
  /** Principals (token owners) denied per project. */
  denied: Map<string, Set<string>>;
  stop(): Promise<void>;
}

/** Protos shipped with the client packages (resolved from here, or from FAKES_PACKAGE_ROOT when bundled). */
function protoDirs(): string[] {
  const dirs = (resolver: NodeRequire) => [
    join(dirname(resolver.resolve('@google-cloud/logging-api')), '..', 'protos'),
    join(dirname(resolver.resolve('google-gax')), '..', 'protos'),
  ];
  try {
    return dirs(createRequire(import.meta.url));
  } catch {
    return dirs(createRequire(join(process.env.FAKES_PACKAGE_ROOT ?? '.', 'package.json')));
  }
}

/** google.protobuf.Value from plain JSON. */
function toValue(v: unknown): Json {
  if (v === null || v === undefined) return { nullValue: 'NULL_VALUE' };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map(toValue) } };
  return { structValue: toStruct(v as Json) };
}

function toStruct(o: Json): Json {
  return { fields: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toValue(v)])) };
}

function toTimestamp(iso: string): Json {
  const ms = Date.parse(iso);
  const frac = /\.(\d+)Z$/.exec(iso)?.[1] ?? '';
  return { seconds: String(Math.floor(ms / 1000)), nanos: Number(frac.padEnd(9, '0').slice(0, 9)) };
}

function toDuration(s: unknown): Json | undefined {
  const m = typeof s === 'string' ? /^(\d+)(?:\.(\d+))?s$/.exec(s) : null;
  return m ? { seconds: m[1], nanos: Number((m[2] ?? '').padEnd(9, '0').slice(0, 9)) } : undefined;
}

/** A gcloud-JSON entry as the LogEntry message the service sends. */
export function toLogEntryMessage(e: Json): Json {
  const msg: Json = { ...e };
  delete msg.errorGroups; // not in the client's protos
  if (typeof e.timestamp === 'string') msg.timestamp = toTimestamp(e.timestamp);
  if (typeof e.receiveTimestamp === 'string') msg.receiveTimestamp = toTimestamp(e.receiveTimestamp);
  if (e.jsonPayload && typeof e.jsonPayload === 'object') msg.jsonPayload = toStruct(e.jsonPayload as Json);
  if (e.protoPayload && typeof e.protoPayload === 'object') {
    msg.protoPayload = { type_url: String((e.protoPayload as Json)['@type'] ?? ''), value: Buffer.alloc(0) };
  }
  if (e.httpRequest && typeof e.httpRequest === 'object') {
    const h = { ...(e.httpRequest as Json) };
    const latency = toDuration(h.latency);
    if (latency) h.latency = latency;
    else delete h.latency;
    msg.httpRequest = h;
  }
  return msg;
}

/** The HTTP status Google's REST APIs answer for a gRPC code. */
const HTTP_STATUS: Partial<Record<number, number>> = { 3: 400, 4: 504, 5: 404, 7: 403, 8: 429, 13: 500, 14: 503, 16: 401 };

const SEVERITY_NUMBER: Record<string, number> = {
  DEFAULT: 0,
  DEBUG: 100,
  INFO: 200,
  NOTICE: 300,
  WARNING: 400,
  ERROR: 500,
  CRITICAL: 600,
  ALERT: 700,
  EMERGENCY: 800,
};

/** A gcloud-JSON entry as the REST API sends it: proto3 JSON, enums as numbers when asked (`enum-encoding=int`). */
export function toRestEntry(e: Json, intEnums: boolean): Json {
  const out: Json = { ...e };
  // errorGroups stays: the real API sends it, whether the client's protos know it or not.
  if (intEnums && typeof e.severity === 'string') out.severity = SEVERITY_NUMBER[e.severity] ?? 0;
  return out;
}

/** The time range of a filter's explicit timestamp clauses. */
export function timestampRange(filter: string): { since?: number; until?: number } {
  const since = /timestamp\s*>=\s*"([^"]+)"/.exec(filter)?.[1];
  const until = /timestamp\s*<\s*"([^"]+)"/.exec(filter)?.[1];
  return { since: since ? Date.parse(since) : undefined, until: until ? Date.parse(until) : undefined };
}

export async function startLoggingFake(opts: { tokens: Map<string, string>; entries?: Record<string, Json[]> }): Promise<LoggingFake> {
  const definition = protoLoader.loadSync('google/logging/v2/logging.proto', {
    includeDirs: protoDirs(),
    keepCase: false,
    longs: String,
    enums: String,
    defaults: false,
    oneofs: true,
  });
  const pkg = grpc.loadPackageDefinition(definition) as unknown as {
    google: { logging: { v2: { LoggingServiceV2: { service: grpc.ServiceDefinition } } } };
  };
  const entries = new Map(Object.entries(opts.entries ?? {}));
  const calls: ListCall[] = [];
  const faults: Fault[] = [];
  const denied = new Map<string, Set<string>>();
  /** Page tokens: the query they continue, where, and its matching entries (computed once per query). */
  const cursors = new Map<string, { key: string; offset: number; matching: Json[] }>();

  function pendingFault(project: string): Fault | undefined {
    const answered = calls.length;
    const i = faults.findIndex((f) => (f.afterCalls ?? 0) <= answered && (!f.project || f.project === project));
    if (i < 0) return undefined;
    const f = faults[i];
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) faults.splice(i, 1);
    return f;
  }

  type ListRequest = { resourceNames?: string[]; filter?: string; orderBy?: string; pageSize?: number; pageToken?: string };
  type Answer = { ok: true; entries: Json[]; nextPageToken: string } | { ok: false; code: grpc.status; details: string };

  /** One entries.list call, whatever the transport. */
  function list(req: ListRequest, authorization: string | undefined): Answer {
    const project = (req.resourceNames ?? [])[0]?.replace(/^projects\//, '') ?? '';
    const record: ListCall = {
      project,
      filter: req.filter ?? '',
      pageSize: req.pageSize ?? 0,
      pageToken: req.pageToken ?? '',
      orderBy: req.orderBy ?? '',
      authorization,
      status: 0,
      returned: 0,
    };
    const fail = (code: grpc.status, details: string): Answer => {
      record.status = code;
      calls.push(record);
      return { ok: false, code, details };
    };
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const who = token ? opts.tokens.get(token) : undefined;
    if (!who) return fail(grpc.status.UNAUTHENTICATED, 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    if ((req.resourceNames ?? []).length !== 1) return fail(grpc.status.INVALID_ARGUMENT, 'the fake serves one resource name per call');
    const fault = pendingFault(project);
    if (fault) return fail(fault.code, fault.message ?? `fake ${grpc.status[fault.code]}`);
    if (denied.get(project)?.has(who) || !entries.has(project)) {
      return fail(grpc.status.PERMISSION_DENIED, `Permission 'logging.logEntries.list' denied on resource (or it may not exist): projects/${project}`);
    }
    if (!/\btimestamp\b/.test(record.filter)) return fail(grpc.status.INVALID_ARGUMENT, 'the fake wants an explicit timestamp clause');
    const pageSize = Math.min(record.pageSize || 50, 1000);
    const key = `${project}\n${record.filter}\n${record.orderBy}`;
    let offset = 0;
    let matching: Json[];
    if (record.pageToken) {
      const cursor = cursors.get(record.pageToken);
      if (!cursor || cursor.key !== key) return fail(grpc.status.INVALID_ARGUMENT, 'page token does not match the request');
      cursors.delete(record.pageToken);
      ({ offset, matching } = cursor);
    } else {
      const { since, until } = timestampRange(record.filter);
      matching = (entries.get(project) ?? [])
        .map((e) => ({ e, t: Date.parse(String(e.timestamp)) }))
        .filter(({ t }) => (since === undefined || t >= since) && (until === undefined || t < until))
        .sort((a, b) => b.t - a.t || String(a.e.insertId).localeCompare(String(b.e.insertId)))
        .map(({ e }) => e);
    }
    const page = matching.slice(offset, offset + pageSize);
    let nextPageToken = '';
    if (offset + pageSize < matching.length) {
      nextPageToken = randomBytes(12).toString('base64url');
      cursors.set(nextPageToken, { key, offset: offset + pageSize, matching });
    }
    record.returned = page.length;
    calls.push(record);
    return { ok: true, entries: page, nextPageToken };
  }

  const listLogEntries: grpc.handleUnaryCall<Json, Json> = (call, callback) => {
    const answer = list(call.request as ListRequest, call.metadata.get('authorization')[0]?.toString());
    if (!answer.ok) return callback({ code: answer.code, details: answer.details, metadata: new grpc.Metadata() } as grpc.ServiceError);
    callback(null, { entries: answer.entries.map(toLogEntryMessage), nextPageToken: answer.nextPageToken });
  };

  const rest = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !(req.url ?? '').startsWith('/v2/entries:list')) {
        return send(404, { error: { code: 404, message: `the fake serves POST /v2/entries:list, not ${req.method} ${req.url}`, status: 'NOT_FOUND' } });
      }
      let body: ListRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ListRequest;
      } catch {
        return send(400, { error: { code: 400, message: 'Invalid JSON payload received.', status: 'INVALID_ARGUMENT' } });
      }
      const answer = list({ ...body, pageSize: body.pageSize === undefined ? undefined : Number(body.pageSize) }, req.headers.authorization);
      if (!answer.ok)
        return send(HTTP_STATUS[answer.code] ?? 500, {
          error: { code: HTTP_STATUS[answer.code] ?? 500, message: answer.details, status: grpc.status[answer.code] },
        });
      const intEnums = /enum-encoding=int/.test(decodeURIComponent(req.url ?? ''));
      send(200, { entries: answer.entries.map((e) => toRestEntry(e, intEnums)), ...(answer.nextPageToken ? { nextPageToken: answer.nextPageToken } : {}) });
    });
  });

  const unimplemented = (_call: unknown, callback: grpc.sendUnaryData<Json>) => callback({ code: grpc.status.UNIMPLEMENTED } as grpc.ServiceError);
  const server = new grpc.Server();
  server.addService(pkg.google.logging.v2.LoggingServiceV2.service, {
    listLogEntries,
    writeLogEntries: unimplemented,
    deleteLog: unimplemented,
    listMonitoredResourceDescriptors: unimplemented,
    listLogs: unimplemented,
    tailLogEntries: unimplemented,
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  await new Promise<void>((resolve) => rest.listen(0, '127.0.0.1', resolve));
  const restPort = (rest.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    restEndpoint: `http://127.0.0.1:${restPort}`,
    restPort,
    calls,
    entries,
    faults,
    denied,
    stop: async () => {
      rest.closeAllConnections();
      // Forced: a client of the other protocol may hold a connection the server never answered.
      server.forceShutdown();
      await new Promise<void>((resolve) => rest.close(() => resolve()));
    },
  };
}
