#!/usr/bin/env node
// Deterministic generator of Cloud Run exports for the scale benchmark: N entries over P distinct
// problems in every shape the gardener meets (JSON warnings with variable ids and paths, Python
// tracebacks in one entry and printed line by line, Node and Java traces, 5xx request logs,
// one-line errors), 5 revisions carrying a commit label, 20 instances. Every variable part
// varies widely (ids, uuids, paths, durations, attempts, users, routes, user agents), so nothing
// is learned from repetition. Seeded: the same arguments write the same bytes.
//
//   node scripts/scale-gen.mjs --entries 200000 --problems 100 --format ndjson|array|gcloud|stringify --out FILE [--seed 1]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

export const WORDS = [
  'payment',
  'ledger',
  'invoice',
  'session',
  'cache',
  'queue',
  'router',
  'billing',
  'search',
  'profile',
  'upload',
  'export',
  'mailer',
  'scheduler',
  'gateway',
  'catalog',
  'pricing',
  'inventory',
  'checkout',
  'webhook',
  'tenant',
  'quota',
  'audit',
  'report',
  'notifier',
  'importer',
  'indexer',
  'resolver',
  'limiter',
  'encoder',
  'decoder',
  'storage',
];
const W = WORDS.length;
const PY_EXC = ['ValueError', 'KeyError', 'TimeoutError', 'ConnectionError', 'PermissionError', 'RuntimeError', 'LookupError', 'OSError'];
const JS_EXC = ['TypeError', 'RangeError', 'ReferenceError', 'Error', 'SyntaxError'];
const JAVA_EXC = ['java.lang.IllegalStateException', 'java.lang.NullPointerException', 'java.io.IOException', 'java.util.concurrent.TimeoutException'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const STATUSES = [500, 502, 503, 504];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36',
  'curl/8.5.0',
  'python-requests/2.32.3',
  'okhttp/4.12.0',
  'Go-http-client/2.0',
  'GoogleHC/1.0',
];
const SHAPES = ['json-warning', 'py-traceback', 'py-split', 'node-trace', 'java-trace', 'request-5xx', 'one-line'];
export const REVISIONS = 5;
export const INSTANCES = 20;

export function rng(seed) {
  let s = seed >>> 0 || 1;
  // xorshift32: fast, deterministic, good enough to spread values.
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Words at three positions plus a check word: any two problems differ in at least two words, so
 * no template miner may merge them by generalizing one position. */
function words(i) {
  const a = i % W;
  const b = Math.floor(i / W) % W;
  const c = Math.floor(i / (W * W)) % W;
  return [WORDS[a], WORDS[b], WORDS[c], WORDS[(a + b + c) % W]];
}

function problem(i) {
  const shape = SHAPES[i % SHAPES.length];
  const [a, b, c, d] = words(Math.floor(i / SHAPES.length) + i);
  const tag = `${a}_${b}_${c}_${d}`;
  return { i, shape, a, b, c, d, tag };
}

export function makeGenerator({ entries, problems, seed = 1, start = Date.parse('2026-11-20T00:00:00Z'), hours = 48 }) {
  const rnd = rng(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (xs) => xs[int(xs.length)];
  const hex = (n) => {
    let s = '';
    for (let k = 0; k < n; k++) s += '0123456789abcdef'[int(16)];
    return s;
  };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const user = () => `user-${int(100000)}`;
  const ps = Array.from({ length: problems }, (_, i) => problem(i));
  // Revisions roll out one after another over the window; each has a commit label.
  const commits = Array.from({ length: REVISIONS }, () => hex(40));
  const instances = Array.from({ length: INSTANCES }, () => `00f46b92${hex(8)}`);
  const revision = (t) => Math.min(REVISIONS - 1, Math.floor(((t - start) / (hours * 3600_000)) * REVISIONS));
  const span = hours * 3600_000;

  function base(t, severity, rev, inst, log = 'stderr') {
    return {
      insertId: hex(16),
      timestamp: new Date(t).toISOString(),
      receiveTimestamp: new Date(t + 50 + int(200)).toISOString(),
      ...(severity ? { severity } : {}),
      logName: `projects/scale-bench/logs/run.googleapis.com%2F${log}`,
      resource: {
        type: 'cloud_run_revision',
        labels: {
          project_id: 'scale-bench',
          service_name: 'api',
          configuration_name: 'api',
          location: 'europe-west1',
          revision_name: `api-0000${rev + 1}-${commits[rev].slice(0, 3)}`,
        },
      },
      labels: { instanceId: instances[inst], 'commit-sha': commits[rev] },
      trace: `projects/scale-bench/traces/${hex(32)}`,
    };
  }

  /** The entries of one occurrence (a split traceback gives several). */
  function occurrence(p, t, rev, inst) {
    const id = uuid();
    const ms = int(30000);
    const line = 10 + int(400);
    switch (p.shape) {
      case 'json-warning':
        return [
          {
            ...base(t, 'WARNING', rev, inst),
            jsonPayload: {
              message: `${p.a} ${p.b} sync slow for ${p.c} ${p.d} ${id}: /data/${p.a}/${hex(6)}/${int(1000)}.json took ${ms}ms (attempt ${1 + int(5)}/5, user ${user()})`,
              logger: `app.${p.a}.${p.b}`,
              request_id: hex(12),
            },
          },
        ];
      case 'py-traceback':
        return [
          {
            ...base(t, 'ERROR', rev, inst),
            textPayload: [
              'Traceback (most recent call last):',
              `  File "/app/${p.a}/${p.b}_service.py", line ${line}, in handle_${p.c}`,
              `    result = run_${p.d}(request_id="${id}")`,
              `  File "/app/${p.a}/core_${p.c}.py", line 42, in run_${p.d}`,
              `    raise ${PY_EXC[p.i % PY_EXC.length]}(f"${p.a} ${p.b} failed")`,
              `${PY_EXC[p.i % PY_EXC.length]}: ${p.a} ${p.b} failed for request ${id} after ${ms}ms`,
            ].join('\n'),
          },
        ];
      case 'py-split': {
        const lines = [
          'Traceback (most recent call last):',
          `  File "/app/${p.b}/${p.a}_worker.py", line ${line}, in consume_${p.c}`,
          `    await self.${p.d}.process(item_id=${int(1e6)})`,
          `  File "/app/${p.b}/pool_${p.d}.py", line 88, in process`,
          '    async with self.pool.acquire() as conn:',
          `${PY_EXC[(p.i + 3) % PY_EXC.length]}: ${p.c} ${p.d} pool exhausted on ${p.b}-${int(9)}.internal:${5000 + int(999)}`,
        ];
        return lines.map((text, k) => ({ ...base(t + k, undefined, rev, inst), textPayload: text }));
      }
      case 'node-trace':
        return [
          {
            ...base(t, 'ERROR', rev, inst),
            jsonPayload: {
              message: `${JS_EXC[p.i % JS_EXC.length]}: Cannot read properties of undefined (reading '${p.c}${p.d}')`,
              stack: [
                `${JS_EXC[p.i % JS_EXC.length]}: Cannot read properties of undefined (reading '${p.c}${p.d}')`,
                `    at ${p.a}${p.b}Handler (/srv/app/src/${p.a}/${p.b}.js:${line}:${1 + int(80)})`,
                `    at ${p.c}Middleware (/srv/app/src/middleware/${p.c}.js:17:9)`,
                `    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
              ].join('\n'),
              userId: user(),
            },
          },
        ];
      case 'java-trace':
        return [
          {
            ...base(t, 'ERROR', rev, inst),
            textPayload: [
              `${JAVA_EXC[p.i % JAVA_EXC.length]}: ${p.a} ${p.b} state invalid for order ${int(1e7)}`,
              `\tat com.example.${p.a}.${p.b}.${cap(p.c)}Service.apply${cap(p.d)}(${cap(p.c)}Service.java:${line})`,
              `\tat com.example.${p.a}.${p.b}.${cap(p.c)}Controller.handle(${cap(p.c)}Controller.java:77)`,
              '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
            ].join('\n'),
          },
        ];
      case 'request-5xx': {
        const method = METHODS[p.i % METHODS.length];
        return [
          {
            ...base(t, 'ERROR', rev, inst, 'requests'),
            httpRequest: {
              requestMethod: method,
              requestUrl: `https://api-xyz-ew.a.run.app/v1/${p.a}/${p.b}-${p.c}/${id}/${p.d}?page=${int(50)}&q=${hex(5)}`,
              status: pick(STATUSES),
              latency: `${(rnd() * 5).toFixed(6)}s`,
              userAgent: pick(AGENTS),
              remoteIp: `198.51.100.${int(250)}`,
              responseSize: String(100 + int(5000)),
            },
          },
        ];
      }
      default:
        return [
          {
            ...base(t, 'ERROR', rev, inst),
            textPayload: `ERROR ${p.a}: could not ${p.b} ${p.c} ${p.d} on db-${int(9)}.internal:${5000 + int(999)} after ${1 + int(5)} attempts (${ms} ms, tenant ${hex(8)})`,
          },
        ];
    }
  }

  // Problem frequencies are skewed (a few loud groups, a long tail). Each problem is introduced by
  // one revision (problem i by revision i % 5) and first occurs right after it rolls out.
  const intro = (p) => p.i % REVISIONS;
  const queue = [];
  let queued = -1;
  function pickProblem(rev) {
    while (queued < rev) {
      queued += 1;
      for (const p of ps) if (intro(p) === queued) queue.push(p);
    }
    if (queue.length) return queue.shift();
    for (;;) {
      const r = rnd();
      const p = ps[Math.floor(r * r * r * problems)];
      if (intro(p) <= rev) return p;
    }
  }

  /** Yields entries in time order until `entries` were written. */
  return function* generate() {
    let written = 0;
    while (written < entries) {
      const t = start + Math.floor((written / entries) * span);
      const current = revision(t);
      const p = pickProblem(current);
      // During a rollout the previous revision still serves some requests.
      const rev = current > intro(p) && rnd() < 0.1 ? current - 1 : current;
      for (const e of occurrence(p, t, rev, int(INSTANCES))) {
        if (written >= entries) return;
        written += 1;
        yield e;
      }
    }
  };
}

function cap(w) {
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * Writes the entries to `out` as NDJSON, a JSON array with an entry a line, the array pretty-printed as
 * `gcloud logging read --format=json` prints it (two spaces a level), or the array as `JSON.stringify`
 * writes it, all on one line: the same entries, in the same order.
 */
export async function writeExport({ entries, problems, format, out, seed = 1 }) {
  const gen = makeGenerator({ entries, problems, seed })();
  const stream = createWriteStream(out);
  const write = async (s) => {
    if (!stream.write(s)) await once(stream, 'drain');
  };
  let first = true;
  const oneLine = format === 'stringify';
  const array = format === 'array' || format === 'gcloud' || oneLine;
  let buf = array ? (oneLine ? '[' : '[\n') : '';
  for (const e of gen) {
    const text = format === 'gcloud' ? `  ${JSON.stringify(e, null, 2).replace(/\n/g, '\n  ')}` : JSON.stringify(e);
    buf += array ? (first ? '' : oneLine ? ',' : ',\n') + text : text + '\n';
    first = false;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  if (array) buf += oneLine ? ']' : '\n]\n';
  await write(buf);
  stream.end();
  await once(stream, 'finish');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? def : process.argv[i + 1];
  };
  const out = arg('out');
  if (!out) {
    console.error('usage: node scripts/scale-gen.mjs --entries N --problems P --format ndjson|array|gcloud|stringify --out FILE [--seed S]');
    process.exit(2);
  }
  await writeExport({
    entries: Number(arg('entries', 200000)),
    problems: Number(arg('problems', 100)),
    format: arg('format', 'ndjson'),
    out,
    seed: Number(arg('seed', 1)),
  });
}
