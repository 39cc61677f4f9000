#!/usr/bin/env node
// Load benchmark of the whole pipeline in file mode: N entries spread over G distinct problems,
// through the bundled CLI (`dist/cli/index.js run`). Prints wall time, entries/s, peak RSS and
// the group count, with the command that produced them. Needs nothing outside this repository.
//
//   node scripts/bench-pipeline.mjs [--entries 100000] [--groups 1000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORDS } from './scale-gen.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? def : Number(process.argv[i + 1]);
};
const N = arg('entries', 100_000);
const G = arg('groups', 1000);

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const EXCEPTIONS = ['ValueError', 'KeyError', 'TimeoutError', 'ConnectionError', 'PermissionError', 'RuntimeError', 'LookupError', 'OSError'];
// Each problem is its own exception raised from its own code path: a stack signature apiece, so
// the expected group count is known (free-text templates that differ by one word may merge).
function template(i) {
  const a = WORDS[i % WORDS.length];
  const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length];
  const exc = EXCEPTIONS[Math.floor(i / (WORDS.length * WORDS.length)) % EXCEPTIONS.length];
  return (id, ms) =>
    [
      'Traceback (most recent call last):',
      `  File "/app/${a}/${b}_service.py", line ${10 + (ms % 90)}, in handle_${b}`,
      `    result = run_${a}(request_id="${id}")`,
      `  File "/app/${a}/core.py", line 42, in run_${a}`,
      `    raise ${exc}(f"${a} ${b} failed")`,
      `${exc}: ${a} ${b} failed for request ${id} after ${ms}ms`,
    ].join('\n');
}
const templates = Array.from({ length: G }, (_, i) => template(i));

const dir = mkdtempSync(join(tmpdir(), 'lg-bench-'));
const input = join(dir, 'entries.ndjson');
const start = Date.parse('2025-09-10T00:00:00Z');
const lines = [];
for (let i = 0; i < N; i++) {
  const g = i < G ? i : Math.floor(rnd() * G);
  const id = Math.floor(rnd() * 1e9).toString(16);
  lines.push(
    JSON.stringify({
      insertId: `e${i}`,
      timestamp: new Date(start + Math.floor((i / N) * 48 * 3600_000)).toISOString(),
      severity: rnd() < 0.3 ? 'ERROR' : 'WARNING',
      logName: 'projects/bench/logs/run.googleapis.com%2Fstderr',
      resource: {
        type: 'cloud_run_revision',
        labels: { project_id: 'bench', service_name: 'api', revision_name: `api-0000${1 + (i % 3)}-abc`, location: 'us-central1' },
      },
      labels: { instanceId: `inst-${i % 7}` },
      textPayload: templates[g](id, Math.floor(rnd() * 5000)),
    }),
  );
}
writeFileSync(input, lines.join('\n') + '\n');

const cli = 'dist/cli/index.js';
if (!existsSync(cli)) {
  console.log('dist/cli/index.js is missing: run npm run bundle first');
  process.exit(0);
}
const out = join(dir, 'out');
const cmd = [process.execPath, cli, 'run', '--input', input, '--output-dir', out];
const timed = existsSync('/usr/bin/time');
const t0 = process.hrtime.bigint();
const r = timed ? spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', ...cmd], { encoding: 'utf8' }) : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const rss = /maxrss_kb=(\d+)/.exec(r.stderr);
const report = JSON.parse(
  readFileSync(
    join(
      out,
      readdirSync(out).find((f) => f.endsWith('.json')),
    ),
    'utf8',
  ),
);
console.log(`command: node scripts/bench-pipeline.mjs --entries ${N} --groups ${G}`);
console.log(`entries: ${N}, distinct problems: ${G}, groups found: ${report.groups.length}`);
console.log(`wall: ${secs.toFixed(2)} s (${Math.round(N / secs)} entries/s, whole process)`);
console.log(`peak RSS: ${rss ? `${(Number(rss[1]) / 1024).toFixed(0)} MiB` : 'n/a (no /usr/bin/time)'}`);
