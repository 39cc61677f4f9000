#!/usr/bin/env node
// Grouping benchmark: accuracy (GA/FGA on Loghub-2k) and throughput against the I/O floor,
// written into the "## Grouping" section of docs/BENCHMARKS.md.
// Usage: npm run bench:grouping
//   GROUPING_CMD   command to measure, {input} = the input file
//                  (default: node dist/cli/index.js group --input {input})
//   GROUPING_LINES lines for the throughput run (default 1000000)
//   GROUPING_SHARED the shared folder with eval/ and loghub-2k/ (default ../shared)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.GROUPING_SHARED ?? join(root, '..', 'shared');
const evalScript = join(shared, 'eval', 'loghub_eval.py');
if (!existsSync(evalScript)) {
  console.log(`bench:grouping: ${relative(root, evalScript)} not found; skipping (the benchmark needs ../shared/eval and ../shared/loghub-2k).`);
  process.exit(0);
}

const cmd = process.env.GROUPING_CMD ?? 'node dist/cli/index.js group --input {input}';
const lines = Number(process.env.GROUPING_LINES ?? 1_000_000);
const floor = 'node ../shared/eval/floor.mjs {input}';
const floorRun = `node ${join(shared, 'eval', 'floor.mjs')} {input}`;
const q = (s) => `'${s}'`;

function py(args, shown = args) {
  console.log(`$ python3 ../shared/eval/loghub_eval.py ${shown.map((a) => (a.includes(' ') ? q(a) : a)).join(' ')}`);
  return JSON.parse(execFileSync('python3', [evalScript, ...args, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }));
}

const accuracy = py(['--cmd', cmd]);
const throughput = ['--cmd', cmd, '--throughput', String(lines), '--vs'];
const speed = py([...throughput, floorRun], [...throughput, floor]);

/** Peak RSS of one throughput run, read by GNU time (skipped where it is missing). */
function peakRss() {
  if (!existsSync('/usr/bin/time')) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-grouping-'));
  const file = join(dir, 'rss');
  try {
    py(['--cmd', `/usr/bin/time -f %M -o ${file} ${cmd}`, '--throughput', String(lines), '--runs', '1']);
    return Math.round(Number(readFileSync(file, 'utf8').trim().split('\n').pop()) / 1024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const rssMb = peakRss();

const rows = accuracy.systems.map((s) => `| ${s.system} | ${s.GA.toFixed(4)} | ${s.FGA.toFixed(4)} | ${s.gt_groups} | ${s.pred_groups} |`);
const section = [
  '## Grouping',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:grouping\` (one generic configuration, no per-system settings).`,
  '',
  `Accuracy: \`python3 ../shared/eval/loghub_eval.py --cmd ${q(cmd)}\``,
  '',
  '| system | GA | FGA | true groups | our groups |',
  '|---|---|---|---|---|',
  ...rows,
  `| **mean** | **${accuracy.mean_GA.toFixed(4)}** | **${accuracy.mean_FGA.toFixed(4)}** | | |`,
  '',
  `Throughput: \`python3 ../shared/eval/loghub_eval.py --cmd ${q(cmd)} --throughput ${lines} --vs ${q(floor)}\``,
  '',
  `${speed.lines} lines in ${speed.wall_s} s (${speed.lines_per_s} lines/s); I/O floor ${speed.vs_wall_s} s; ratio **${speed.ratio}** (target at most 3).`,
  '',
  ...(rssMb === undefined
    ? []
    : [`Peak RSS at ${lines} lines: **${rssMb} MB** (same command wrapped in \`/usr/bin/time -f %M\`, \`--runs 1\`).`, '']),
].join('\n');

console.log('\n' + section);
const docPath = join(root, 'docs', 'BENCHMARKS.md');
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
const start = doc.indexOf('## Grouping');
let next;
if (start >= 0) {
  const after = doc.slice(start + 1).search(/\n## /);
  next = after >= 0 ? doc.slice(start + 1 + after + 1) : '';
}
const updated = start >= 0 ? `${doc.slice(0, start)}${section}${next ? '\n' + next : ''}` : `${doc.trimEnd()}\n\n${section}`;
writeFileSync(docPath, updated);
console.log(`updated ${relative(root, docPath)}`);
