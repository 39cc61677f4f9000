#!/usr/bin/env node
// Benchmark of the triage stage on its own: config parsing, triage of many groups against a large
// config, ignore rules over many records, and chart rendering. Compiles src/ with tsc into a
// temporary folder first (no bundle needed). Prints each figure and the command.
//
//   node scripts/bench-triage.mjs [--groups 10000] [--records 200000] [--rules 50]
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
const G = arg('groups', 10_000);
const N = arg('records', 200_000);
const R = arg('rules', 50);

const root = resolve(new URL('..', import.meta.url).pathname);
const out = mkdtempSync(join(tmpdir(), 'triage-bench-'));
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', out, '--sourceMap', 'false'], {
  stdio: 'inherit',
});
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
const mod = (p) => import(pathToFileURL(join(out, 'src', p)).href);
const { parseConfig } = await mod('triage/config-parse.js');
const { triage } = await mod('triage/index.js');
const { ignoreMatcher } = await mod('triage/ignore.js');
const { groupTimeline, severityChart } = await mod('render/charts.js');

const WORDS = ['payment', 'ledger', 'session', 'cache', 'queue', 'router', 'search', 'upload', 'mailer', 'gateway', 'pricing', 'webhook', 'quota', 'audit'];
const word = (i) => WORDS[i % WORDS.length] + Math.floor(i / WORDS.length);

// A config at the large end of what a team writes: R components, R priority rules, R/2 ignore rules.
const yaml = ['version: 1', 'components:'];
for (let i = 0; i < R; i++)
  yaml.push(
    `  - name: ${word(i)}`,
    `    impact: The ${word(i)} feature fails.`,
    `    owners: [owner${i}]`,
    '    match:',
    `      logger: ^app\\.${word(i)}(\\.|$)`,
  );
yaml.push('priorities:');
for (let i = 0; i < R; i++)
  yaml.push(
    `  - name: rule ${i}`,
    `    priority: P${i % 4}`,
    '    when:',
    `      message: ${word(i)} (failed|timed out) after`,
    `      min-count: ${(i % 5) + 2}`,
  );
yaml.push('ignore:');
for (let i = 0; i < R / 2; i++)
  yaml.push(`  - reason: noise ${i}`, '    expires: 2099-12-31', '    match:', `      message: ^${word(i)} heartbeat`, `      logger: ^app\\.${word(i)}`);
const text = yaml.join('\n') + '\n';

const time = (fn) => {
  const t0 = performance.now();
  const v = fn();
  return [performance.now() - t0, v];
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const parses = Array.from({ length: 30 }, () => time(() => parseConfig(text, 'bench.yml'))[0]);
const config = parseConfig(text, 'bench.yml');

const t0 = Date.parse('2026-11-27T00:00:00Z');
const groups = Array.from({ length: G }, (_, i) => {
  const w = word((i * 7) % (R * 3));
  const hourly = {};
  for (let h = 0; h < 24; h += 1 + (i % 5)) hourly[new Date(t0 + h * 3600_000).toISOString().slice(0, 13)] = 1 + ((i + h) % 9);
  const count = Object.values(hourly).reduce((a, b) => a + b, 0);
  const exemplar = {
    timestamp: new Date(t0).toISOString(),
    time: t0,
    severity: i % 3 ? 'WARNING' : 'ERROR',
    kind: 'stderr',
    service: 'backend',
    logger: `app.${w}.worker`,
    message: `${w} failed after 30s`,
    errorGroups: [],
    labels: {},
  };
  return {
    signature: { kind: 'template', fingerprint: `v2:${i.toString(16).padStart(16, '0')}`, title: `${w} failed after <*>`, detail: '' },
    count,
    firstSeen: exemplar.timestamp,
    lastSeen: new Date(t0 + 23 * 3600_000).toISOString(),
    severities: { [exemplar.severity]: count },
    maxSeverity: exemplar.severity,
    services: { backend: count },
    revisions: {},
    locations: {},
    instances: {},
    kinds: { stderr: count },
    statuses: {},
    hourly,
    maxConsecutive: 1 + (i % 7),
    samples: [exemplar.message],
    exemplar,
  };
});
const [triageMs, triaged] = time(() => groups.map((g) => ({ ...g, triage: triage(g, config) })));
const fromConfig = triaged.filter((g) => g.triage.reason.startsWith('config')).length;

const records = Array.from({ length: N }, (_, i) => ({
  ...groups[i % G].exemplar,
  message: i % 10 === 0 ? `${word(i % R)} heartbeat ok` : groups[i % G].exemplar.message,
  logger: `app.${word(i % R)}`,
}));
const ignore = ignoreMatcher(config, new Date('2026-11-27T12:00:00Z'));
const [ignoreMs, ignored] = time(() => records.filter(ignore).length);

const range = { since: '2026-11-27T00:00:00Z', until: '2026-11-28T00:00:00Z' };
const [chartMs] = time(() => triaged.slice(0, 1000).forEach((g) => groupTimeline(g, range)));
const report = { query: range, groups: triaged };
const [sevMs] = time(() => severityChart(report));

const cmd = `node scripts/bench-triage.mjs --groups ${G} --records ${N} --rules ${R}`;
console.log(`command: ${cmd}`);
console.log(`node ${process.version}`);
console.log(`parseConfig (${R} components, ${R} priorities, ${R / 2} ignore rules, ${text.split('\n').length} lines): median ${median(parses).toFixed(1)} ms`);
console.log(`triage: ${G} groups in ${triageMs.toFixed(0)} ms (${Math.round(G / (triageMs / 1000))} groups/s; ${fromConfig} set by config rules)`);
console.log(`ignoreMatcher: ${N} records in ${ignoreMs.toFixed(0)} ms (${Math.round(N / (ignoreMs / 1000))} records/s; ${ignored} ignored)`);
console.log(`groupTimeline: 1000 groups in ${chartMs.toFixed(0)} ms; severityChart over ${G} groups: ${sevMs.toFixed(0)} ms`);
