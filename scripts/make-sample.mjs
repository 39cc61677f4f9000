#!/usr/bin/env node
// Writes examples/cloud-run-staging-48h.json: a Cloud Run backend's staging logs over 48 hours,
// as `gcloud logging read --format=json` prints them (newest first). Deterministic (seeded).
// Ten real problems on three services (Python, Node.js, Java), plus noise below WARNING that the
// gardener must leave out.
import { writeFileSync } from 'node:fs';

let seed = 20250911;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
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
function entry(t, { severity, log = 'stderr', revision, instance = pick(INSTANCES), service = SERVICE, ...payload }) {
  const rev = revision ?? (t >= DEPLOY ? NEW : OLD);
  const e = {
    insertId: `${(t / 1000).toString(36)}${hex(6)}${(n++).toString(36)}`,
    labels: { instanceId: instance },
    logName: `projects/${PROJECT}/logs/run.googleapis.com%2F${log}`,
    receiveTimestamp: new Date(t + 40 + Math.floor(rnd() * 200)).toISOString(),
    resource: {
      labels: { configuration_name: service, location: 'us-central1', project_id: PROJECT, revision_name: rev, service_name: service },
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
      message:
        "DeterministicStartupError: CRITICAL STARTUP FAILURE: Factory pattern initialization failed: 'UnifiedExecutionEngineFactory' object has no attribute 'configure'",
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
    jsonPayload: {
      message: `Redis readiness: No app_state available (attempt ${1 + Math.floor(rnd() * 5)}/5)`,
      logger: 'netra_backend.app.core.redis_manager',
    },
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
for (const [h, inst] of [
  [20.2, INSTANCES[0]],
  [33.7, INSTANCES[1]],
  [41.1, INSTANCES[2]],
]) {
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
    httpRequest: {
      requestMethod: 'GET',
      requestUrl: `https://${SERVICE}-pnz3xq6m4a-uc.a.run.app/health`,
      status: 200,
      latency: '0.004121s',
      userAgent: 'GoogleHC/1.0',
    },
  });
  if (rnd() < 0.3) entry(t + 5, { severity: 'INFO', log: 'stdout', textPayload: `Processed message batch of ${Math.floor(rnd() * 40)} items` });
  if (rnd() < 0.1) entry(t + 9, { severity: 'DEBUG', jsonPayload: { message: `cache hit ratio ${rnd().toFixed(3)}`, logger: 'netra_backend.app.core.cache' } });
}
entry(DEPLOY - 1000, { severity: 'NOTICE', log: 'stdout', textPayload: 'Starting new instance. Reason: DEPLOYMENT_ROLLOUT' });
entry(DEPLOY + 30_000, { log: 'stdout', textPayload: 'Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)' });

// A Node.js service and a Java service beside the Python backend.
const NODE = 'orders-api';
const NODE_REV = 'orders-api-00042-kux';
const NODE_INSTANCES = ['00a1d4e7b2c90f13', '00a1d4e7c86e2a55'];
const JAVA = 'billing-worker';
const JAVA_REV = 'billing-worker-00007-pex';
const JAVA_INSTANCES = ['00b7c2e9a4d1f608'];

// 8. A Firestore update of a missing document: grpc-js prints the error, "for call at" and Firestore's
//    "Caused by: Error" section to stderr, one entry a line, without a severity. Bursts of retries
//    from one instance print it back to back, 150 ms apart.
const firestore = (doc) => [
  `Error: 5 NOT_FOUND: No document to update: projects/${PROJECT}/databases/(default)/documents/orders/${doc}`,
  '    at callErrorFromStatus (/workspace/node_modules/@grpc/grpc-js/build/src/call.js:31:19)',
  '    at Object.onReceiveStatus (/workspace/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/workspace/node_modules/@grpc/grpc-js/build/src/client.js:163:32)',
  '    at /workspace/node_modules/google-gax/build/src/normalCalls/timeout.js:44:16',
  'Caused by: Error',
  '    at WriteBatch.commit (/workspace/node_modules/@google-cloud/firestore/build/src/write-batch.js:432:23)',
  '    at DocumentReference.update (/workspace/node_modules/@google-cloud/firestore/build/src/reference.js:433:14)',
  '    at markShipped (/workspace/src/orders/shipping.js:58:21)',
  '    at async handleShipmentEvent (/workspace/src/routes/events.js:23:5) {',
  '  code: 5,',
  `  details: 'No document to update: projects/${PROJECT}/databases/(default)/documents/orders/${doc}',`,
  "  metadata: Metadata { internalRepr: Map(1) { 'x-debug-tracking-id' => [Array] }, options: {} },",
  "  note: 'Exception occurred in retry method that was not classified as transient'",
  '}',
];
for (let burst = 0; burst < 4; burst++) {
  const t0 = at(6 + burst * 10.5);
  const instance = NODE_INSTANCES[burst % 2];
  const repeats = burst === 1 ? 5 : 1;
  for (let k = 0; k < repeats; k++) {
    const doc = `ord_${hex(20)}`;
    firestore(doc).forEach((line, i) => entry(t0 + k * 150 + i, { service: NODE, revision: NODE_REV, instance, textPayload: line }));
  }
}

// 9. pino JSON logs carry their level as a number, not a severity: level 50 is an error.
for (let i = 0; i < 6; i++) {
  entry(at(3 + i * 7.7), {
    service: NODE,
    revision: NODE_REV,
    instance: pick(NODE_INSTANCES),
    log: 'stdout',
    jsonPayload: {
      level: 50,
      time: 0,
      pid: 1,
      hostname: 'localhost',
      msg: 'payment capture failed',
      err: {
        type: 'FetchError',
        message: `request to https://api.payments.example/v1/captures/cap_${hex(12)} failed, reason: socket hang up`,
        stack: [
          `FetchError: request to https://api.payments.example/v1/captures/cap_${hex(12)} failed, reason: socket hang up`,
          '    at ClientRequest.<anonymous> (/workspace/node_modules/node-fetch/lib/index.js:1505:11)',
          '    at capturePayment (/workspace/src/payments/capture.js:31:17)',
          '    at async checkout (/workspace/src/routes/checkout.js:77:20)',
        ].join('\n'),
      },
    },
  });
}

// 10. A Java worker thread dies: the JVM prints the uncaught exception to stderr, one entry a line.
for (const h of [9.4, 27.9, 44.2]) {
  const t0 = at(h);
  [
    'Exception in thread "pool-2-thread-1" java.lang.IllegalStateException: invoice batch could not be settled',
    '\tat com.acme.billing.SettlementJob.run(SettlementJob.java:88)',
    '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)',
    '\tat java.base/java.lang.Thread.run(Thread.java:840)',
    `Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after ${30000 + Math.floor(rnd() * 9)}ms.`,
    '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
    '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)',
    '\tat com.acme.billing.InvoiceRepository.lock(InvoiceRepository.java:42)',
    '\tat com.acme.billing.SettlementJob.run(SettlementJob.java:71)',
    '\t... 2 more',
  ].forEach((line, i) => entry(t0 + i, { service: JAVA, revision: JAVA_REV, instance: JAVA_INSTANCES[0], textPayload: line }));
}

// Noise of the two services: health checks, startup chatter, INFO logs, a handled Java warning at INFO.
for (let t = START + 45_000; t < END; t += 900_000 + Math.floor(rnd() * 120_000)) {
  entry(t, {
    service: NODE,
    revision: NODE_REV,
    instance: pick(NODE_INSTANCES),
    severity: 'INFO',
    log: 'requests',
    httpRequest: {
      requestMethod: 'GET',
      requestUrl: `https://${NODE}-pnz3xq6m4a-uc.a.run.app/health`,
      status: 200,
      latency: '0.002210s',
      userAgent: 'GoogleHC/1.0',
    },
  });
  if (rnd() < 0.4)
    entry(t + 7, {
      service: NODE,
      revision: NODE_REV,
      instance: pick(NODE_INSTANCES),
      log: 'stdout',
      jsonPayload: { level: 30, msg: `order ${hex(8)} accepted` },
    });
  if (rnd() < 0.3) {
    entry(t + 11, {
      service: JAVA,
      revision: JAVA_REV,
      instance: JAVA_INSTANCES[0],
      log: 'stdout',
      textPayload: `INFO  c.a.b.SettlementJob - settled ${Math.floor(rnd() * 90)} invoices`,
    });
  }
}

entries.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
writeFileSync(new URL('../examples/cloud-run-staging-48h.json', import.meta.url), JSON.stringify(entries, null, 2) + '\n');
console.log(`wrote ${entries.length} entries`);
