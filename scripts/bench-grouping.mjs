#!/usr/bin/env node
// Grouping benchmark: accuracy (GA/FGA on Loghub-2k) of the shipped `group` command, the
// leave-one-system-out selection of its parameters (scripts/select-grouping.mjs) beside it, and
// throughput against the I/O floor, written into the "## Grouping" section of docs/BENCHMARKS.md.
// Usage: npm run bench:grouping
//   GROUPING_CMD   command to measure, {input} = the input file
//                  (default: node dist/cli/index.js group --input {input})
//   GROUPING_LINES lines for the throughput run (default 1000000)
//   GROUPING_SHARED the shared folder with eval/ and loghub-2k/ (default ../shared)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
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

/** Leave-one-system-out: the same engine, in process, over the parameter grid. */
function leaveOneOut() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-grouping-'));
  const file = join(dir, 'loo.json');
  try {
    console.log('$ npm run select:grouping');
    execFileSync(process.execPath, [join(root, 'scripts', 'select-grouping.mjs'), '--json', file], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, GROUPING_SHARED: shared },
    });
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const loo = leaveOneOut();
const looOf = new Map(loo.systems.map((r) => [r.system, r]));
const throughput = ['--cmd', cmd, '--throughput', String(lines), '--vs'];
const load = loadavg()[0].toFixed(1);
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

/** Hostile lines (issue 18): per-entry cost of the shipped command on 20 lines of each kind, beyond 20 short lines. */
function adversarial() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-grouping-'));
  const words = ['the', 'model', 'answered', 'with', 'words', 'and', 'numbers', '42'];
  const kinds = {
    'prose, 200,000 characters': (i) => Array.from({ length: 40_000 }, (_, k) => words[(k + i) % 8]).join(' '),
    'one token, 200,000 characters': (i) => `${i}`.padEnd(200_000, 'x'),
    'numbered words, 200,000 characters': (i) => Array.from({ length: 30_000 }, (_, k) => `v${k + i}`).join(' '),
    'nested JSON, 120,000 characters': (i) => '{"a":'.repeat(20_000) + i + '}'.repeat(20_000),
    'quoted values, 200,000 characters': (i) => Array.from({ length: 25_000 }, (_, k) => `'q${k + i}'`).join(' '),
  };
  const wall = (file) => {
    const argv = cmd.replace('{input}', file).split(' ');
    const t = process.hrtime.bigint();
    execFileSync(argv[0], argv.slice(1), { cwd: root, maxBuffer: 1 << 26 });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  try {
    const short = join(dir, 'short.txt');
    writeFileSync(short, Array.from({ length: 20 }, (_, i) => `short line ${i}`).join('\n') + '\n');
    const base = Math.min(wall(short), wall(short), wall(short));
    return Object.entries(kinds).map(([name, make]) => {
      const file = join(dir, 'kind.txt');
      writeFileSync(file, Array.from({ length: 20 }, (_, i) => make(i)).join('\n') + '\n');
      const ms = Math.min(wall(file), wall(file), wall(file));
      return `| ${name} | ${Math.max(0, (ms - base) / 20).toFixed(1)} ms |`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const hostile = adversarial();

const f4 = (x) => x.toFixed(4);
const rows = accuracy.systems.map((s) => {
  const l = looOf.get(s.system);
  return `| ${s.system} | ${f4(s.GA)} | ${f4(s.FGA)} | ${l ? f4(l.leaveOneOut.GA) : '-'} | ${l ? f4(l.leaveOneOut.FGA) : '-'} | ${s.gt_groups} | ${s.pred_groups} |`;
});
const lm = loo.mean;
const argmax = loo.argmax?.mean;
const section = [
  '## Grouping',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:grouping\` (one generic configuration, no per-system settings).`,
  '',
  `In-sample accuracy of the shipped command: \`python3 ../shared/eval/loghub_eval.py --cmd ${q(cmd)}\`.`,
  `Leave-one-system-out: \`npm run select:grouping\` (${loo.configurations} configurations; each system scored with the configuration chosen`,
  'on the other nine by the one-standard-error rule, see docs/grouping.md).',
  `Shipped default = the configuration chosen on all ten: ${loo.defaultIsChosen ? 'yes' : '**NO**'} (\`${JSON.stringify(loo.chosen)}\`).`,
  '',
  '| system | GA | FGA | leave-one-out GA | leave-one-out FGA | true groups | our groups |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  `| **mean** | **${f4(accuracy.mean_GA)}** | **${f4(accuracy.mean_FGA)}** | **${f4(lm.looGA)}** | **${f4(lm.looFGA)}** | | |`,
  '',
  ...(argmax
    ? [
        `For comparison, choosing by plain arg-max instead of the one-standard-error rule: in-sample ${f4(argmax.inSampleGA)} / ${f4(argmax.inSampleFGA)},`,
        `leave-one-out ${f4(argmax.looGA)} / ${f4(argmax.looFGA)} (GA / FGA): the gains it finds on nine systems do not carry to the tenth.`,
        '',
      ]
    : []),
  `Throughput: \`python3 ../shared/eval/loghub_eval.py --cmd ${q(cmd)} --throughput ${lines} --vs ${q(floor)}\``,
  '',
  `${speed.lines} lines in ${speed.wall_s} s (${speed.lines_per_s} lines/s); I/O floor ${speed.vs_wall_s} s; ratio **${speed.ratio}** (target at most 3);`,
  `load average ${load} on ${cpus().length} cores when it started (a busy machine inflates the ratio: the floor waits less than the grouper).`,
  '',
  ...(rssMb === undefined ? [] : [`Peak RSS at ${lines} lines: **${rssMb} MB** (same command wrapped in \`/usr/bin/time -f %M\`, \`--runs 1\`).`, '']),
  'Hostile lines: the same command on 20 lines of each kind, best of 3, minus the same on 20 short lines, per line',
  '(only the first 2,000 characters of a line are masked):',
  '',
  '| line | cost per entry |',
  '|---|---|',
  ...hostile,
  '',
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
