// The bundled action under faults, end to end as the runner starts it: exit status, ::error::
// lines, outputs, job summary and the committed worklog say what failed; a rerun files nothing twice.
// Runs dist/index.js (LOG_GARDENER_ACTION points it at another bundle). Every wait is scaled
// to zero (LOG_GARDENER_TEST_WAIT_SCALE, test-only), Cloud Logging's backoff included: nothing sleeps.
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { runAction, type ActionRun } from '../helpers/action-env.js';
import { filed, startFakes, type Fakes } from './harness.js';

const ACTION = resolve(process.env.LOG_GARDENER_ACTION ?? 'dist/index.js');
/** Seven problems of a staging service over two days, as gcloud exported them. */
const STAGING = JSON.parse(readFileSync('examples/cloud-run-staging-48h.json', 'utf8')) as Record<string, unknown>[];

let f: Fakes;
beforeEach(async () => {
  f = await startFakes({ 'netra-staging': STAGING });
});
afterEach(async () => {
  await f.stop();
});

function action(): Promise<ActionRun> {
  const inputs = {
    ...f.google.inputs,
    since: '2025-09-09T00:00:00Z',
    until: '2025-09-12T00:00:00Z',
    service: 'netra-backend-staging',
    'github-token': 'ghs_faultsFakeToken0123456789abcdefABCDEF',
    'max-new-issues': '2',
  };
  return runAction(ACTION, inputs, {
    ...f.google.env,
    GITHUB_API_URL: f.gh.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    LOG_GARDENER_TEST_WAIT_SCALE: '0',
  });
}

it('Cloud Logging UNAVAILABLE once and GitHub 403 on every issue: groups kept, the step fails naming each failure; the rerun files each once', async () => {
  f.google.logging.faults.push({ code: grpc.status.UNAVAILABLE, times: 1 });
  f.gh.state.faults.push({ match: /^POST \/repos\/acme\/shop\/issues$/, status: 403, message: 'Resource not accessible by integration', times: 100 });
  const first = await action();

  const [failed, ...pages] = f.google.calls.logging.map((c) => c.status);
  expect(failed).toBe(grpc.status.UNAVAILABLE);
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.every((s) => s === 0)).toBe(true);
  expect(first.code).toBe(1);
  expect(Number(first.outputs['group-count'])).toBe(10);
  expect(first.outputs['issues-created']).toBe('0');
  expect(first.outputs.failures).toBe('2'); // the two issues max-new-issues allowed
  const errors = first.stdout.split('\n').filter((l) => l.startsWith('::error::'));
  expect(errors).toHaveLength(3);
  expect(errors.slice(0, 2).every((l) => /GitHub: issue for group v\d+:[0-9a-f]{16}: Resource not accessible by integration/.test(l))).toBe(true);
  expect(errors[2]).toMatch(/Partial failure: 2 parts of the run failed/);
  expect(first.summary.match(/❌ GitHub: issue for group/g)).toHaveLength(2);
  expect(f.gh.state.commits).toHaveLength(1);
  const worklog = readFileSync(resolve(first.dir, first.outputs['worklog-path']), 'utf8');
  expect(worklog).toMatch(/Part of this run failed/);
  const committed = [...f.gh.state.files.entries()].find(([k]) => k.includes('WORKLOG') && k.endsWith('.md'))?.[1].content;
  expect(committed).toMatch(/Part of this run failed/);
  expect(committed).toContain('Resource not accessible by integration');

  f.gh.state.faults.length = 0;
  const second = await action();
  expect(second.code).toBe(0);
  expect(second.outputs['issues-created']).toBe('2');
  expect(filed(f.gh)).toMatchObject({ issues: 2, duplicates: [] });
  const third = await action();
  expect(third.outputs['issues-created']).toBe('2');
  expect(filed(f.gh)).toMatchObject({ issues: 4, duplicates: [] });
  expect(f.gh.state.comments).toHaveLength(0);
});
