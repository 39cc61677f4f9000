// The sample export holds seven real problems and noise; the demo must find each once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/run.js';
import { readSettings } from '../src/inputs.js';

const PROBLEMS: [string, RegExp][] = [
  ['import error', /create_defensive_user_execution_context|factory import failed/],
  ['startup failure', /UnifiedExecutionEngineFactory/],
  ['auth warning', /SessionMiddleware must be installed/],
  ['readiness validation', /readiness validation FAILED/],
  ['cache warning', /Redis readiness: No app_state available/],
  ['5xx requests', /POST \/api\/threads\/.*\/messages/],
  ['split traceback', /TooManyConnectionsError/],
];

test('the demo finds one group per real problem in the sample, no more, no fewer', async () => {
  const settings = readSettings((name) => ({ input: 'examples/cloud-run-staging-48h.json', 'output-dir': mkdtempSync(join(tmpdir(), 'lg-demo-')) })[name] ?? '');
  const { report } = await run(settings, { now: new Date('2025-09-11T13:00:00Z') });
  const text = (g: (typeof report.groups)[number]) => [g.signature.title, ...g.samples].join('\n');
  const matched = PROBLEMS.map(([name, re]) => [name, report.groups.filter((g) => re.test(text(g))).length]);
  expect(matched).toEqual(PROBLEMS.map(([name]) => [name, 1]));
  expect(report.groups).toHaveLength(PROBLEMS.length);
  const startup = report.groups.find((g) => PROBLEMS[1][1].test(text(g)))!;
  expect(startup.triage.priority).toBe('P0');
  const imports = report.groups.find((g) => PROBLEMS[0][1].test(text(g)))!;
  expect(imports.count).toBeGreaterThanOrEqual(30);
  expect(Object.keys(imports.revisions)).toHaveLength(2);
});
