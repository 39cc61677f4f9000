#!/usr/bin/env node
// Benchmark of trace reassembly on its own: traces of four runtimes printed one entry per line on
// many instances, interleaved with plain lines, in gcloud's newest-first order. Compiles src/ with
// tsc into a temporary folder first (no bundle needed). Prints throughput, heap growth and whether
// every trace came back whole, with the command.
//
//   node scripts/bench-reassembly.mjs [--traces 20000] [--instances 50] [--plain 4]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? def : Number(process.argv[i + 1]);
};
const T = arg('traces', 20_000);
const I = arg('instances', 50);
const P = arg('plain', 4);

const root = resolve(new URL('..', import.meta.url).pathname);
const out = mkdtempSync(join(tmpdir(), 'reassembly-bench-'));
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', out, '--sourceMap', 'false'], {
  stdio: 'inherit',
});
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
const { reassemble } = await import(pathToFileURL(join(out, 'src/group/reassemble.js')).href);

const TRACES = [
  (n) => ['Traceback (most recent call last):', `  File "/app/svc${n % 7}.py", line ${n % 90}, in handle`, '    do()', `KeyError: 'k${n}'`],
  (n) => [
    `TypeError: Cannot read properties of undefined (reading 'x${n}')`,
    `    at f${n % 9} (/srv/app/a.js:${n % 50}:3)`,
    '    at async main (/srv/app/index.js:4:1)',
  ],
  (n) => [
    `java.lang.IllegalStateException: job ${n}`,
    '\tat com.acme.Job.run(Job.java:12)',
    `Caused by: java.io.IOException: disk ${n}`,
    '\tat com.acme.Disk.write(Disk.java:9)',
    '\t... 1 more',
  ],
  (n) => [`panic: runtime error: index out of range [${n % 8}] with length 3`, '', 'goroutine 1 [running]:', 'main.main()', '\t/app/main.go:14 +0x4b'],
];
const records = [];
let t = Date.parse('2026-11-27T00:00:00Z');
for (let n = 0; n < T; n++) {
  const instance = `i${n % I}`;
  const lines = [...Array.from({ length: P }, (_, k) => `served request ${n}.${k} in 12ms`), ...TRACES[n % TRACES.length](n)];
  for (const message of lines) {
    t += 0.05;
    records.push({
      timestamp: new Date(t).toISOString(),
      time: t,
      severity: 'DEFAULT',
      kind: 'stderr',
      instance,
      logName: 'stderr',
      message,
      errorGroups: [],
      labels: {},
    });
  }
}
records.reverse(); // gcloud prints newest first

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let peak = heapBefore;
let joined = 0;
let whole = 0;
const start = performance.now();
async function* source() {
  for (let i = 0; i < records.length; i++) {
    if ((i & 4095) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    yield records[i];
  }
}
for await (const r of reassemble(source(), { onJoin: () => (joined += 1) })) if (r.message.includes('\n')) whole += 1;
const ms = performance.now() - start;
console.log(`node scripts/bench-reassembly.mjs --traces ${T} --instances ${I} --plain ${P}`);
console.log(
  `${records.length} lines (${T} traces on ${I} instances, ${P} plain lines before each) in ${ms.toFixed(0)} ms: ${Math.round(records.length / (ms / 1000))} lines/s`,
);
console.log(
  `traces back whole: ${whole} of ${T} (joined ${joined}); heap growth during the pass (input held): ${((peak - heapBefore) / 1048576).toFixed(1)} MiB`,
);
