#!/usr/bin/env node
// Size of the worklog and the job summary as the number of groups grows. Runs the demo export through
// the shipped pipeline (run()), then clones its groups into G distinct ones (own fingerprint, title,
// issue link, Logs Explorer link) and renders them with the shipped renderers. Compiles src/ with
// tsc into a temporary folder first. Prints each figure and the command.
//
//   node scripts/measure-worklog.mjs [--groups 1000,10000]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const at = process.argv.indexOf('--groups');
const sizes = (at === -1 ? '1000,10000' : process.argv[at + 1]).split(',').map(Number);

const root = resolve(new URL('..', import.meta.url).pathname);
const out = mkdtempSync(join(tmpdir(), 'worklog-measure-'));
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', out, '--sourceMap', 'false'], {
  stdio: 'inherit',
});
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
const mod = (p) => import(pathToFileURL(join(out, 'src', p)).href);
const { run } = await mod('run.js');
const { readSettings } = await mod('inputs.js');
const { renderWorklog } = await mod('render/worklog.js');
const { renderSummary } = await mod('render/summary.js');

const settings = readSettings(
  (name) => ({ input: join(root, 'examples/cloud-run-staging-48h.json'), 'output-dir': mkdtempSync(join(tmpdir(), 'worklog-measure-out-')) })[name] ?? '',
);
const { report, gate } = await run(settings, { now: new Date('2025-09-11T12:45:00Z') });

console.log(`command: node scripts/measure-worklog.mjs --groups ${sizes.join(',')}`);
console.log(`node ${process.version}`);
for (const G of sizes) {
  const groups = Array.from({ length: G }, (_, i) => {
    const g = report.groups[i % report.groups.length];
    return {
      ...g,
      signature: { ...g.signature, fingerprint: `v2:${i.toString(16).padStart(16, '0')}`, title: `${g.signature.title} (variant ${i})` },
      issue: { number: 10_000 + i, url: `https://github.com/acme/backend/issues/${10_000 + i}`, state: 'updated' },
    };
  });
  const big = { ...report, groups };
  const t0 = performance.now();
  const markdown = renderWorklog(big);
  const ms = performance.now() - t0;
  const summary = renderSummary(big, gate, { worklog: 'w.md', report: 'r.json' });
  const sections = (markdown.match(/^### \d+\. /gm) ?? []).length;
  const rows = (markdown.match(/^\| \d+ \| P\d /gm) ?? []).length;
  const left = /([\d,]+) more groups are left out/.exec(markdown)?.[1] ?? '0';
  console.log(
    `${G} groups: worklog ${(Buffer.byteLength(markdown) / 1e6).toFixed(2)} MB (${sections} sections, ${rows} compact rows, ${left} left out, rendered in ${ms.toFixed(0)} ms); ` +
      `job summary ${(Buffer.byteLength(summary) / 1e3).toFixed(1)} kB`,
  );
}
