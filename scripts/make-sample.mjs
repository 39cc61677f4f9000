#!/usr/bin/env node
// Writes examples/cloud-run-staging-48h.json: a Cloud Run backend's staging logs over 48 hours,
// as `gcloud logging read --format=json` prints them (newest first). Deterministic (seeded).
// Seven real problems, plus noise below WARNING that the gardener must leave out.
import { writeFileSync } from 'node:fs';

let seed = 20250911;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

const PROJECT = 'netra-staging';
const SERVICE = 'netra-backend-staging';
const END = Date.parse('2025-09-11T12:00:00Z');
const START = END - 48 * 3600_000;
const OLD = 'netra-backend-staging-00123-abc';
const NEW = 'netra-backend-staging-00124-xyz';
const DEPLOY = END - 14 * 3600_000; // the new revision rolls out 14 h before the end
const INSTANCES = ['00f46b9285a1c3e7', '00f46b92a77d0b21', '00f46b92c3e9f410'];

const entries = [];
let n = 0;
function entry(t, { severity, log = 'stderr', revision, instance = pick(INSTANCES), ...payload }) {
  const rev = revision ?? (t >= DEPLOY ? NEW : OLD);
  const e = {
    insertId: `${(t / 1000).toString(36)}${hex(6)}${(n++).toString(36)}`,
    labels: { instanceId: instance },
    logName: `projects/${PROJECT}/logs/run.googleapis.com%2F${log}`,
    receiveTimestamp: new Date(t + 40 + Math.floor(rnd() * 200)).toISOString(),
    resource: {
      labels: { configuration_name: SERVICE, location: 'us-central1', project_id: PROJECT, revision_name: rev, service_name: SERVICE },
      type: 'cloud_run_revision',
    },
    ...(severity ? { severity } : {}),
    timestamp: new Date(t).toISOString(),
    ...payload,
  };
  entries.push(e);
}
const at = (h) => START + h * 3600_000 + Math.floor(rnd() * 60_000);

// 1. Import error: every WebSocket connect after the deploy, 30+ times across both revisions.
for (let i = 0; i < 34; i++) {
  const t = DEPLOY - 2 * 3600_000 + i * 1800_000 + Math.floor(rnd() * 600_000);
  entry(t, {
    severity: 'ERROR',
    revision: i < 5 ? OLD : NEW,
    jsonPayload: {
      message: `WebSocket connection ${uuid()} rejected: factory import failed`,
      logger: 'netra_backend.app.routes.websocket',
      exception: [
        'Traceback (most recent call last):',
        '  File "/app/netra_backend/app/routes/websocket.py", line 212, in websocket_endpoint',
        '    from netra_backend.app.websocket_core.websocket_manager_factory import create_defensive_user_execution_context',
        "ImportError: cannot import name 'create_defensive_user_execution_context' from 'netra_backend.app.websocket_core.websocket_manager_factory' (/app/netra_backend/app/websocket_core/websocket_manager_factory.py)",
      ].join('\n'),
    },
    sourceLocation: { file: '/app/netra_backend/app/routes/websocket.py', line: '212', function: 'websocket_endpoint' },
    trace: `projects/${PROJECT}/traces/${hex(32)}`,
  });
}

// 2. Startup failure on the new revision: the app exits during phase 5.
for (const offset of [0, 15_000]) {
  entry(DEPLOY + offset, {
    severity: 'CRITICAL',
    revision: NEW,
    jsonPayload: {
      message: "DeterministicStartupError: CRITICAL STARTUP FAILURE: Factory pattern initialization failed: 'UnifiedExecutionEngineFactory' object has no attribute 'configure'",
      logger: 'netra_backend.app.smd',
      phase: 'Phase 5 - Services Setup',
    },
  });
}

// 3. High-frequency auth warning, all window long (~15 an hour).
for (let t = START + 90_000; t < END; t += 240_000 + Math.floor(rnd() * 30_000)) {
  entry(t, {
    severity: 'WARNING',
    jsonPayload: {
      message: `Failed to extract auth for request ${hex(16)}: SessionMiddleware must be installed to access request.session`,
      logger: 'netra_backend.app.middleware.auth_context',
    },
  });
}

// 4. Readiness validation error; its duration varies.
for (let i = 0; i < 16; i++) {
  const secs = (8 + rnd() * 5).toFixed(2);
  entry(at(2 + i * 2.9), {
    severity: 'ERROR',
    textPayload: `GCP WebSocket readiness validation FAILED (${secs}s)\nFailed services: auth_validation\nWebSocket connections should be rejected to prevent 1011 errors`,
  });
}

// 5. Intermittent cache warning.
for (let i = 0; i < 9; i++) {
  entry(at(1 + i * 5.3), {
    severity: 'WARNING',
    jsonPayload: { message: `Redis readiness: No app_state available (attempt ${1 + Math.floor(rnd() * 5)}/5)`, logger: 'netra_backend.app.core.redis_manager' },
  });
}

// 6. 5xx request logs: httpRequest only, no payload.
for (let i = 0; i < 27; i++) {
  entry(DEPLOY + 600_000 + i * 1500_000 + Math.floor(rnd() * 300_000), {
    severity: 'ERROR',
    log: 'requests',
    revision: NEW,
    httpRequest: {
      requestMethod: 'POST',
      requestUrl: `https://${SERVICE}-pnz3xq6m4a-uc.a.run.app/api/threads/${uuid()}/messages`,
      status: pick([500, 503, 503]),
      latency: `${(rnd() * 3 + 0.05).toFixed(6)}s`,
      responseSize: '214',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36',
      remoteIp: `203.0.113.${Math.floor(rnd() * 250)}`,
      serverIp: '216.239.36.53',
      protocol: 'HTTP/1.1',
    },
    trace: `projects/${PROJECT}/traces/${hex(32)}`,
  });
}

// 7. A traceback printed line by line to stderr (no severity): each line is its own entry.
for (const [h, inst] of [[20.2, INSTANCES[0]], [33.7, INSTANCES[1]], [41.1, INSTANCES[2]]]) {
  const t0 = at(h);
  const thread = uuid();
  const lines = [
    'Traceback (most recent call last):',
    '  File "/app/netra_backend/app/services/thread_service.py", line 88, in get_thread',
    `    return await self.repository.fetch(thread_id="${thread}")`,
    '  File "/app/netra_backend/app/db/repository.py", line 141, in fetch',
    '    async with self.pool.acquire() as conn:',
    '  File "/usr/local/lib/python3.12/site-packages/asyncpg/pool.py", line 1024, in __aenter__',
    '    self.connection = await self.pool._acquire(self.timeout)',
    'asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already',
  ];
  lines.forEach((line, i) => entry(t0 + i, { instance: inst, textPayload: line }));
}

// Noise below WARNING: request logs that succeeded, startup chatter, debug lines.
for (let t = START + 30_000; t < END; t += 600_000 + Math.floor(rnd() * 120_000)) {
  entry(t, {
    severity: 'INFO',
    log: 'requests',
    httpRequest: { requestMethod: 'GET', requestUrl: `https://${SERVICE}-pnz3xq6m4a-uc.a.run.app/health`, status: 200, latency: '0.004121s', userAgent: 'GoogleHC/1.0' },
  });
  if (rnd() < 0.3) entry(t + 5, { severity: 'INFO', log: 'stdout', textPayload: `Processed message batch of ${Math.floor(rnd() * 40)} items` });
  if (rnd() < 0.1) entry(t + 9, { severity: 'DEBUG', jsonPayload: { message: `cache hit ratio ${(rnd()).toFixed(3)}`, logger: 'netra_backend.app.core.cache' } });
}
entry(DEPLOY - 1000, { severity: 'NOTICE', log: 'stdout', textPayload: 'Starting new instance. Reason: DEPLOYMENT_ROLLOUT' });
entry(DEPLOY + 30_000, { log: 'stdout', textPayload: 'Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)' });

entries.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
writeFileSync(new URL('../examples/cloud-run-staging-48h.json', import.meta.url), JSON.stringify(entries, null, 2) + '\n');
console.log(`wrote ${entries.length} entries`);
