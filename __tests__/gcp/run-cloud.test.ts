// A whole run (collect -> group -> triage -> render -> files) reading from the Cloud Logging fakes
// through openCloudLoggingSource, as the action wires it.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { openCloudLoggingSource } from '../../src/gcp/open-source.js';
import { explorerUrl } from '../../src/gcp/query.js';
import { FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT, startGoogleFakes } from '../fakes/google-fakes.js';
import type { GoogleFakes } from '../fakes/google-fakes.js';
import { testSettings } from './settings.js';

process.env.METADATA_SERVER_DETECTION = 'none';
const NOW = new Date('2026-03-01T12:00:00Z');
let fakes: GoogleFakes;

function entry(i: number, over: Record<string, unknown>): Record<string, unknown> {
  return {
    insertId: `e${i}`,
    logName: 'projects/shop-prod/logs/run.googleapis.com%2Fstderr',
    timestamp: new Date(NOW.getTime() - 60_000 * (i + 1)).toISOString(),
    resource: {
      type: 'cloud_run_revision',
      labels: { project_id: 'shop-prod', service_name: 'checkout', revision_name: 'checkout-00007-abc', location: 'europe-west1' },
    },
    labels: { instanceId: `inst-${i % 3}` },
    ...over,
  };
}

beforeAll(async () => {
  const entries = [
    ...Array.from({ length: 30 }, (_, i) =>
      entry(i, { severity: 'ERROR', textPayload: `Traceback (most recent call last):\n  File "/app/pay.py", line 12, in charge\nKeyError: 'order-${i}'` }),
    ),
    ...Array.from({ length: 20 }, (_, i) =>
      entry(100 + i, {
        logName: 'projects/shop-prod/logs/run.googleapis.com%2Frequests',
        severity: 'ERROR',
        httpRequest: { requestMethod: 'POST', requestUrl: 'https://checkout.example/pay', status: 503, latency: '30.001s' },
      }),
    ),
  ];
  fakes = await startGoogleFakes({ entries: { 'shop-prod': entries } });
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: fakes.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: fakes.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
});

afterAll(async () => {
  await fakes.stop();
});

it('reads, groups and reports from Cloud Logging with workload identity and impersonation', async () => {
  const settings = testSettings({
    projects: ['shop-prod'],
    services: ['checkout'],
    workloadIdentityProvider: FAKE_PROVIDER,
    serviceAccount: FAKE_SERVICE_ACCOUNT,
    outputDir: mkdtempSync(join(tmpdir(), 'lg-gcp-')),
  });
  const outcome = await run(settings, {
    now: NOW,
    env: fakes.env,
    openCloudSource: (s, env) => openCloudLoggingSource(s, env, NOW, { authDeps: { setSecret: () => undefined } }),
  });
  const { report } = outcome;
  expect(report.source.kind).toBe('cloud-logging');
  expect(report.stats.entries).toBe(50);
  expect(report.failures).toEqual([]);
  expect(report.query.filter).toBe(fakes.calls.logging[0].filter);
  expect(fakes.calls.logging).toHaveLength(1);
  expect(report.groups.length).toBeGreaterThanOrEqual(2);
  for (const g of report.groups) {
    const url = explorerUrl(report.query, g);
    expect(url).toMatch(/^https:\/\/console\.cloud\.google\.com\/logs\/query;query=.*;timeRange=.*\?project=shop-prod$/);
  }
  expect(outcome.markdown).toContain('checkout');
});
