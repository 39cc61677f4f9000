// The sample export holds ten real problems on a Python, a Node.js and a Java service, and noise;
// the demo must find each once.
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
  ['Node Firestore error split line by line', /NOT_FOUND: No document to update/],
  ['pino error without severity', /FetchError: request to/],
  ['Java uncaught exception split line by line', /SQLTransientConnectionException/],
];

test('the demo finds one group per real problem in the sample, no more, no fewer', async () => {
  const settings = readSettings(
    (name) => ({ input: 'examples/cloud-run-staging-48h.json', 'output-dir': mkdtempSync(join(tmpdir(), 'lg-demo-')) })[name] ?? '',
  );
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
  // Traces printed back to back on one instance count once each; the gRPC "for call at" section stays in.
  const firestore = report.groups.find((g) => PROBLEMS[7][1].test(text(g)))!;
  expect(firestore).toMatchObject({ count: 8, services: { 'orders-api': 8 }, triage: { priority: 'P1' } });
  expect(firestore.samples[0]).toContain('for call at');
  const java = report.groups.find((g) => PROBLEMS[9][1].test(text(g)))!;
  expect(java).toMatchObject({ count: 3, triage: { priority: 'P1' } });
  expect(java.samples[0]).toMatch(/^Exception in thread "pool-2-thread-1"[^]*\.\.\. 2 more$/);
  expect(report.groups.find((g) => PROBLEMS[8][1].test(text(g)))).toMatchObject({ count: 6, maxSeverity: 'ERROR' });
});
