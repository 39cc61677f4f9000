#!/usr/bin/env node
// Benchmark of the Cloud Logging source against the loopback fakes (OIDC, STS, IAM credentials,
// gRPC LoggingServiceV2): entries.list calls per 100k entries, wall time with pacing off, peak RSS,
// and the time pacing alone would add at the documented 60 requests/minute (virtual clock).
//
//   node scripts/bench-cloud-logging.mjs [entries ...]      (default: 100000 300000)
//
// src/gcp/open-source.ts (what the action opens) and the fakes are bundled with ncc (CommonJS, as the action ships) to /tmp
// first (about 30 s); the fake server runs in a child process so the RSS figure is the reader's own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';

const OUT = '/tmp/gcp-bench-cloud-logging';
const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const require = createRequire(import.meta.url);
const NOW = new Date('2026-03-01T12:00:00Z');
const PROJECT = 'bench-project';

function fakeEntries(n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      insertId: `e${i}`,
      logName: `projects/${PROJECT}/logs/run.googleapis.com%2Fstderr`,
      timestamp: new Date(NOW.getTime() - 1000 - i * 10).toISOString(),
      severity: i % 10 === 0 ? 'ERROR' : 'WARNING',
      textPayload: `Traceback (most recent call last):\n  File "/app/main.py", line ${i % 50}, in handler\nKeyError: 'user-${i % 977}'`,
      resource: { type: 'cloud_run_revision', labels: { project_id: PROJECT, service_name: 'api', revision_name: 'api-00042-xyz', location: 'europe-west1' } },
      labels: { instanceId: `inst-${i % 7}` },
    };
  }
  return out;
}

/** Child: serve the fakes with n entries, print the environment, wait to be killed. */
async function serve(n) {
  const { startGoogleFakes } = require(join(OUT, 'fakes', 'index.js'));
  const fakes = await startGoogleFakes({ entries: { [PROJECT]: fakeEntries(n) } });
  process.stdout.write(`${JSON.stringify({ env: fakes.env, inputs: fakes.inputs })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => fakes.stop().then(() => process.exit(0)));
}

function settingsFor(inputs, n) {
  return {
    projects: [PROJECT],
    services: ['api'],
    resourceType: 'cloud_run_revision',
    minSeverity: 'WARNING',
    windowMs: 7 * 24 * 3600_000,
    maxEntries: n,
    authMode: 'workload-identity',
    workloadIdentityProvider: inputs['workload-identity-provider'],
    serviceAccount: inputs['service-account'],
    configPath: '',
    outputDir: '',
    worklogPath: '',
    dryRun: true,
    failOn: 'none',
    failOnNewOnly: false,
    createIssues: false,
    issueLabel: '',
    maxNewIssues: 0,
    onRegression: 'reopen',
    commitWorklog: false,
    prComment: false,
  };
}

/** Child: read n entries through the source from the fakes described on stdin. */
async function measure(n) {
  const { openCloudLoggingSource } = require(join(OUT, 'gcp', 'index.js'));
  const line = await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
  const { env, inputs } = JSON.parse(line);
  Object.assign(process.env, env);
  const settings = settingsFor(inputs, n);
  const authDeps = { setSecret: () => undefined };
  // Opened as the action opens it; the token exchange happens on the first read, inside the timing.
  const source = await openCloudLoggingSource(settings, process.env, NOW, { authDeps, requestsPerMinute: 0 });

  const start = performance.now();
  const cpu = process.cpuUsage();
  let entries = 0;
  let other = 0;
  for await (const item of source.read()) {
    if (item.kind === 'entry') entries += 1;
    else other += 1;
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;

  // The same run's request count under the documented quota, on a virtual clock.
  let t = 0;
  const clock = { now: () => t, sleep: async (ms) => void (t += ms) };
  const paced = await openCloudLoggingSource(settings, process.env, NOW, { authDeps, clock });
  for await (const _ of paced.read());

  process.stdout.write(
    `${JSON.stringify({ entries, other, requests: source.stats.requests, wallMs, cpuMs, peakRssMiB: process.resourceUsage().maxRSS / 1024, pacedRequests: paced.stats.requests, pacedMs: paced.stats.pacedMs })}\n`,
  );
}

function run(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, METADATA_SERVER_DETECTION: 'none', FAKES_PACKAGE_ROOT: root },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
    if (input !== undefined) child.stdin.end(input);
    return child;
  });
}

async function one(n) {
  const server = spawn(process.execPath, [self, '--serve', String(n)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, METADATA_SERVER_DETECTION: 'none', FAKES_PACKAGE_ROOT: root },
  });
  const fakeLine = await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
  try {
    // @actions/core writes ::debug:: lines to stdout too; the figures are the JSON line.
    const out = await run([self, '--measure', String(n)], `${fakeLine}\n`);
    return JSON.parse(
      out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .pop() ?? '{}',
    );
  } finally {
    server.stdin.end();
  }
}

async function main() {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  if (counts.length === 0) counts.push(100_000, 300_000);
  const ncc = join(root, 'node_modules', '.bin', 'ncc');
  if (!existsSync(ncc)) throw new Error('run from a checkout with node_modules installed');
  const builds = process.env.BENCH_SKIP_BUILD
    ? []
    : [
        ['src/gcp/open-source.ts', 'gcp'],
        ['__tests__/fakes/google-fakes.ts', 'fakes'],
      ];
  for (const [src, out] of builds) {
    console.log(`ncc build ${src} -o ${join(OUT, out)}`);
    const build = spawnSync(ncc, ['build', src, '-o', join(OUT, out), '--quiet'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('ncc build failed');
  }
  console.log(`node ${process.version}`);
  console.log('| entries | entries.list calls | calls per 100k | wall time, pacing off | reader CPU | peak RSS (reader) | pacing at 60/min would add |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of counts) {
    const r = await one(n);
    if (r.entries !== n || r.other !== 0) throw new Error(`read ${r.entries} entries (+${r.other} other items), expected ${n}`);
    console.log(
      `| ${n.toLocaleString('en-US')} | ${r.requests} | ${((r.requests * 100_000) / n).toFixed(0)} | ${(r.wallMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakRssMiB.toFixed(0)} MiB | ${(r.pacedMs / 1000).toFixed(0)} s |`,
    );
  }
  console.log(`\ncommand: node scripts/bench-cloud-logging.mjs ${counts.join(' ')}`);
}

const mode = process.argv[2];
if (mode === '--serve') await serve(Number(process.argv[3]));
else if (mode === '--measure') await measure(Number(process.argv[3]));
else await main();
