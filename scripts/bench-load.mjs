#!/usr/bin/env node
// Load: N entries over G problems through the WHOLE action (workload identity, Cloud Logging over
// gRPC, grouping, triage, worklog, issues, the worklog commit) against the loopback fakes. Two runs
// on the same fakes: the first files issues (up to max-new-issues, default 10), the second is the
// next scheduled run. Prints, per run, the action's own peak RSS and wall time, entries.list calls,
// GitHub reads and writes.
//
//   node_modules/.bin/node scripts/bench-load.mjs [--entries 100000] [--groups 1000] [--runs 2] [--no-build]
//
// Builds the action (src/index.ts) and the driver (__tests__/faults/load-driver.ts: the fakes and a
// runner that sets INPUT_* like GitHub's) with ncc into /tmp/faults-load (~30 s, ~1.3 GB), then runs
// the driver. The action runs in its own process, so its RSS excludes the fakes. Cloud Logging
// pacing is off (LOG_GARDENER_REQUESTS_PER_MINUTE=0); GitHub writes keep the action's spacing
// (1 s between writes, 3 s between issue creations), which is most of the wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = '/tmp/faults-load';
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const entries = opt('entries', '100000');
const groups = opt('groups', '1000');
const runs = opt('runs', '2');

if (!args.includes('--no-build')) {
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  for (const [entry, out] of [
    ['src/index.ts', 'action'],
    ['__tests__/faults/load-driver.ts', 'driver'],
  ]) {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', join(OUT, out), '--quiet'], { cwd: root, stdio: 'inherit' });
  }
}

const r = spawnSync(
  process.execPath,
  [join(OUT, 'driver/index.js'), '--action', join(OUT, 'action/index.js'), '--entries', entries, '--groups', groups, '--runs', runs],
  {
    cwd: root,
    env: { ...process.env, FAKES_PACKAGE_ROOT: root, METADATA_SERVER_DETECTION: 'none' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
const rows = r.stdout
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l));

console.log(`node ${process.version}, ${entries} entries over ${groups} problems, max-new-issues default (10), pacing off\n`);
console.log(
  '| run | exit | entries | groups | wall | peak RSS (action) | entries.list calls | GitHub reads | GitHub writes | issues created | issues updated | failures |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const x of rows) {
  console.log(
    `| ${x.run} | ${x.code} | ${x.entries.toLocaleString('en')} | ${x.groups.toLocaleString('en')} | ${(x.wallMs / 1000).toFixed(1)} s | ${x.peakRssMiB} MiB | ${x.entriesListCalls} | ${x.githubReads} | ${x.githubWrites} | ${x.issuesCreated} | ${x.issuesUpdated} | ${x.failures} |`,
  );
}
for (const x of rows) {
  for (const kind of ['reads', 'writes'])
    console.log(
      `\nrun ${x.run} ${kind}: ${Object.entries(x[`${kind}ByKind`])
        .map(([k, n]) => `${k} x${n}`)
        .join(', ')}`,
    );
  if (x.errors.length) console.log(`run ${x.run} errors: ${x.errors.join(' | ')}`);
}
console.log(`\ncommand: node_modules/.bin/node scripts/bench-load.mjs --entries ${entries} --groups ${groups} --runs ${runs}`);
