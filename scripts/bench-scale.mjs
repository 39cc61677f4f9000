#!/usr/bin/env node
// The whole pipeline at scale, side by side with the JSON floor in one run. For each size it writes
// the same entries (scripts/scale-gen.mjs) as NDJSON, as a JSON array with an entry a line, as the
// array pretty-printed the way `gcloud logging read --format=json` prints it, and as JSON.stringify
// writes the array (one line), then runs, in turn:
//   floor     - read the NDJSON line by line and JSON.parse each line, nothing else;
//   ndjson    - the shipped CLI, `node dist/cli/index.js run --input X.ndjson --output-dir Y`;
//   array     - the same on the JSON array;
//   gcloud    - the same on the pretty-printed array;
//   stringify - the same on the array on one line.
// Each is a separate process timed by wall clock, peak RSS from /usr/bin/time -f %M. With --runs R
// the five alternate R times and the median is kept. Then a many-groups run (--groups, default
// 10,000 problems) under --max-old-space-size (default 256) proves memory per group is bounded.
//
//   node_modules/.bin/node scripts/bench-scale.mjs [--entries 200000,1000000] [--problems 100] [--runs 3]
//       [--groups 10000] [--group-entries 200000] [--heap 256] [--keep DIR]
//
// Needs dist/cli/index.js (npm run bundle). Prints a markdown table and the command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExport } from './scale-gen.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? def : args[i + 1];
};
const sizes = opt('entries', '200000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const problems = Number(opt('problems', '100'));
const runs = Number(opt('runs', '1'));
const groups = Number(opt('groups', '10000'));
const groupEntries = Number(opt('group-entries', '200000'));
const heap = Number(opt('heap', '256'));
const cli = 'dist/cli/index.js';
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run npm run bundle first');
  process.exit(1);
}
/** The inputs: NDJSON, a JSON array with an entry a line, the array as gcloud prints it (pretty), and on one line. */
const FORMATS = ['ndjson', 'array', 'gcloud', 'stringify'];
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const dir = opt('keep') ?? mkdtempSync(join(tmpdir(), 'lg-scale-'));
const FLOOR = `const rl=require('node:readline').createInterface({input:require('node:fs').createReadStream(process.argv[1]),crlfDelay:Infinity});let n=0;rl.on('line',(l)=>{if(l!=='')JSON.parse(l);n++});rl.on('close',()=>console.log(n))`;

function timed(cmd) {
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', 'maxrss_kb=%M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = /maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  return { secs, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const groupsFound = (r) => Number(/into (\d+) groups/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? NaN);
const fmt = (n) => n.toLocaleString('en');
const mib = (n) => (Number.isNaN(n) ? 'n/a' : `${Math.round(n)} MiB`);

console.log(`node ${process.version}, ${problems} problems, 5 revisions, 20 instances; median of ${runs} run(s); files in ${dir}\n`);
console.log('| entries | input | size | floor (NDJSON) | pipeline | ratio | peak RSS floor | peak RSS pipeline | groups |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const files = {
    ndjson: join(dir, `scale-${n}.ndjson`),
    array: join(dir, `scale-${n}.json`),
    gcloud: join(dir, `scale-${n}.gcloud.json`),
    stringify: join(dir, `scale-${n}.stringify.json`),
  };
  for (const [format, out] of Object.entries(files)) if (!existsSync(out)) await writeExport({ entries: n, problems, format, out });
  const results = { floor: [], ndjson: [], array: [], gcloud: [], stringify: [] };
  for (let k = 0; k < runs; k++) {
    results.floor.push(timed([process.execPath, '-e', FLOOR, files.ndjson]));
    for (const format of FORMATS) {
      const out = join(dir, `out-${format}`);
      rmSync(out, { recursive: true, force: true });
      const r = timed([process.execPath, cli, 'run', '--input', files[format], '--output-dir', out]);
      if (r.status !== 0) throw new Error(`pipeline failed on ${files[format]}: ${r.stderr}`);
      results[format].push(r);
    }
  }
  const floor = median(results.floor.map((r) => r.secs));
  const floorRss = median(results.floor.map((r) => r.rssMiB));
  for (const format of FORMATS) {
    const secs = median(results[format].map((r) => r.secs));
    const rss = median(results[format].map((r) => r.rssMiB));
    const size = `${Math.round(statSync(files[format]).size / 1e6)} MB`;
    console.log(
      `| ${fmt(n)} | ${format} | ${size} | ${floor.toFixed(2)} s | ${secs.toFixed(2)} s | **${(secs / floor).toFixed(2)}x** | ${mib(floorRss)} | ${mib(rss)} | ${groupsFound(results[format][0])} |`,
    );
  }
}

if (groups > 0) {
  const input = join(dir, `scale-${groupEntries}-g${groups}.ndjson`);
  if (!existsSync(input)) await writeExport({ entries: groupEntries, problems: groups, format: 'ndjson', out: input });
  const out = join(dir, 'out-groups');
  rmSync(out, { recursive: true, force: true });
  const r = timed([process.execPath, `--max-old-space-size=${heap}`, cli, 'run', '--input', input, '--output-dir', out]);
  const sizes = existsSync(out)
    ? readdirSync(out).map((f) => `${f.endsWith('.md') ? 'worklog' : 'report'} ${(statSync(join(out, f)).size / 1e6).toFixed(1)} MB`)
    : [];
  console.log(`\n| entries | problems | heap limit | exit | wall | peak RSS | groups | outputs |`);
  console.log('|---:|---:|---:|---:|---:|---:|---:|---|');
  console.log(
    `| ${fmt(groupEntries)} | ${fmt(groups)} | ${heap} MB | ${r.status} | ${r.secs.toFixed(2)} s | ${mib(r.rssMiB)} | ${groupsFound(r)} | ${sizes.join(', ')} |`,
  );
  if (r.status !== 0) console.log(`\nstderr: ${r.stderr.split('\n').slice(-5).join(' | ')}`);
}
console.log(`\ncommand: node_modules/.bin/node scripts/bench-scale.mjs ${args.join(' ')}`.trimEnd());
if (!opt('keep')) rmSync(dir, { recursive: true, force: true });
