// Our own corpus: log records of a Cloud Run Python backend, grouped by the lead's accumulator.
import type { Group, LogRecord, Priority, Report, TriagedGroup } from '../../src/types.js';
import { GroupAccumulator, createSigner } from '../../src/group/index.js';

const T0 = Date.parse('2026-11-27T00:00:00Z');
const MIN = 60_000;

export function record(over: Partial<LogRecord> & { message: string }, minute = 0): LogRecord {
  const time = T0 + minute * MIN;
  return {
    timestamp: new Date(time).toISOString(),
    time,
    severity: 'ERROR',
    kind: 'stderr',
    service: 'backend-prod',
    revision: 'backend-prod-00042-abc',
    location: 'europe-west1',
    project: 'acme-prod',
    errorGroups: [],
    labels: { instanceId: '00af3c' },
    ...over,
  };
}

/** Records of one shape `n` times, a minute apart from `start`. */
export function repeat(n: number, over: Partial<LogRecord> & { message: string }, start = 0, step = 1): LogRecord[] {
  return Array.from({ length: n }, (_, i) => record(over, start + i * step));
}

/** Groups the records with the basic signer, in time order. */
export function groups(records: LogRecord[]): Group[] {
  const acc = new GroupAccumulator();
  const signer = createSigner();
  for (const r of [...records].sort((a, b) => a.time - b.time)) acc.add(r, signer.sign(r));
  return acc.result();
}

export function one(records: LogRecord[]): Group {
  const gs = groups(records);
  if (gs.length !== 1) throw new Error(`expected one group, got ${gs.length}`);
  return gs[0];
}

const TRACEBACK = `Traceback (most recent call last):
  File "/app/app/cache/redis_client.py", line 41, in get
    return self.client.get(key)
  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1266, in get
    raise ConnectionError(self._error_message(e))
redis.exceptions.ConnectionError: Error 111 connecting to 10.0.0.3:6379. Connection refused.`;

/** The corpus, by name. */
export const corpus = {
  wsClosed: (n = 5) => repeat(n, { severity: 'WARNING', logger: 'app.ws.handler', message: 'WebSocket connection closed unexpectedly: code 1006' }),
  authFailed: (n = 3) => repeat(n, { logger: 'app.auth.tokens', message: 'Token verification failed for user 1234' }),
  tokenExpired: (n = 4) => repeat(n, { severity: 'WARNING', logger: 'app.auth.tokens', message: 'jwt.ExpiredSignatureError: Signature has expired' }),
  redisDown: (n = 6) => repeat(n, { logger: 'app.cache', message: TRACEBACK }),
  startupProbe: (n = 2) => repeat(n, { kind: 'system', message: 'Default STARTUP TCP probe failed 1 time consecutively for container "api" on port 8080.' }),
  importError: (n = 1) => repeat(n, { message: "ModuleNotFoundError: No module named 'stripe'", sourceLocation: { file: 'app/payments/stripe_client.py' } }),
  payments503: (n = 6) =>
    repeat(n, {
      kind: 'requests',
      severity: 'ERROR',
      message: 'GET /api/payments/charge 503',
      http: { method: 'GET', path: '/api/payments/charge', status: 503 },
    }),
  healthz: (n = 3) => repeat(n, { kind: 'requests', severity: 'INFO', message: 'GET /healthz 200', http: { method: 'GET', path: '/healthz', status: 200 } }),
  poolExhausted: (n = 1) => repeat(n, { severity: 'CRITICAL', logger: 'app.db', message: 'Database pool exhausted' }),
  slowQuery: (n = 2) => repeat(n, { severity: 'WARNING', logger: 'app.db', message: 'Slow query took 2300ms' }),
};

export function triaged(g: Group, priority: Priority, component = 'app', over: Partial<TriagedGroup> = {}): TriagedGroup {
  return { ...g, triage: { priority, reason: 'builtin: error', impact: 'x', component, owners: [] }, ...over };
}

export function report(gs: TriagedGroup[], since = '2026-11-27T00:00:00Z', until = '2026-11-28T00:00:00Z', signer = 'v1'): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'gcp-log-gardener', version: '0.1.0', signer },
    generatedAt: until,
    source: { kind: 'file', path: 'logs.json' },
    query: {
      projects: ['acme-prod'],
      services: ['backend-prod'],
      resourceType: 'cloud_run_revision',
      minSeverity: 'WARNING',
      since,
      until,
      filter: '',
      gcloudCommand: '',
    },
    stats: { entries: 0, malformed: [], ignored: 0 },
    byPriority: { P0: 0, P1: 0, P2: 0, P3: 0 },
    bySeverity: {},
    highestPriority: 'none',
    groups: gs,
    resolved: [],
    failures: [],
  };
}
