#!/usr/bin/env node
// Adversarial entries through the whole shipped CLI: one export per shape (long prose, one long
// token, deeply nested JSON, a 100,000-character stack, a long line of key=value pairs), each entry
// alone among a few ordinary ones, timed as a whole process against the same export without it.
// Usage: npm run bundle && node scripts/bench-hostile.mjs [--chars 200000] [--runs 3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const chars = arg('chars', 200_000);
const runs = arg('runs', 3);

const words = ['the', 'model', 'answered', 'that', 'request', 'because', 'cache', 'service', 'latency', 'user', 'returned', 'value'];
const prose = (n) => {
  let s = '';
  for (let i = 0; s.length < n; i += 1) s += `${words[(i * 7) % words.length]}${i % 13 === 0 ? '.' : ''} `;
  return s.slice(0, n);
};
const nested = (depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const stack = (n) => {
  const lines = ['Traceback (most recent call last):'];
  for (let i = 0; lines.join('\n').length < n; i += 1)
    lines.push(`  File "/app/mod${i % 50}.py", line ${i}, in handler_${i % 50}`, `    result = call_${i}(payload)`);
  return `${lines.join('\n')}\nValueError: bad payload`;
};

const shapes = {
  prose: { textPayload: prose(chars) },
  'one token': { textPayload: 'x'.repeat(chars) },
  'key=value pairs': {
    textPayload: Array.from({ length: chars / 12 }, (_, i) => `k${i}=v${i}`)
      .join(' ')
      .slice(0, chars),
  },
  // Written as text: JSON.stringify itself cannot go this deep.
  'nested JSON payload': { jsonPayload: '@NESTED@' },
  'stack, 100,000 characters': { textPayload: stack(100_000) },
};

function entry(i, payload, severity = 'ERROR') {
  return {
    insertId: `id${i}`,
    timestamp: new Date(Date.UTC(2025, 8, 11, 12, 0, i)).toISOString(),
    severity,
    logName: 'projects/p/logs/run.googleapis.com%2Fstderr',
    resource: { type: 'cloud_run_revision', labels: { service_name: 'api', revision_name: 'api-00001-abc', project_id: 'p', location: 'us-central1' } },
    ...payload,
  };
}

const ordinary = Array.from({ length: 20 }, (_, i) => entry(i, { textPayload: `Connection to db-${i % 3} timed out after ${i * 10} ms` }, 'WARNING'));
const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const node = process.execPath;

function time(file) {
  const times = [];
  for (let r = 0; r < runs; r += 1) {
    const t0 = process.hrtime.bigint();
    execFileSync(
      node,
      ['dist/cli/index.js', 'run', '--input', file, '--output-dir', join(dir, 'out'), '--since', '2025-09-11T00:00:00Z', '--until', '2025-09-12T00:00:00Z'],
      { stdio: 'pipe' },
    );
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return Math.min(...times);
}

try {
  const base = join(dir, 'base.json');
  writeFileSync(base, JSON.stringify(ordinary));
  const baseMs = time(base);
  console.log(`$ node scripts/bench-hostile.mjs --chars ${chars} --runs ${runs}`);
  console.log(`baseline (20 ordinary entries): ${baseMs.toFixed(0)} ms, best of ${runs}`);
  console.log('| entry | characters | extra time for the whole run |');
  console.log('|---|---|---|');
  for (const [name, payload] of Object.entries(shapes)) {
    const file = join(dir, 'hostile.json');
    const hostile = entry(99, payload);
    const text = JSON.stringify([...ordinary, hostile]).replace('"@NESTED@"', nested(Math.min(20_000, chars / 10)));
    writeFileSync(file, text);
    const ms = time(file);
    console.log(`| ${name} | ${(text.length - JSON.stringify(ordinary).length).toLocaleString('en-US')} | ${Math.max(0, ms - baseMs).toFixed(0)} ms |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
