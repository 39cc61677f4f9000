// LOG_GARDENER_REQUESTS_PER_MINUTE: the read pace of a whole run, set from the environment (the
// load benchmark turns pacing off with 0; a team sharing a project's quota lowers it).
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { requestsPerMinute } from '../../src/gcp/endpoints.js';
import { cloudLoggingSource } from '../../src/gcp/cloud-logging-source.js';
import { buildQuery } from '../../src/gcp/query.js';
import { testSettings } from '../gcp/settings.js';
import { entries, NOW, PROJECT, startFakes, type Fakes } from './harness.js';
import { createAuthClient } from '../../src/gcp/auth.js';
import { FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT } from '../fakes/google-fakes.js';

let f: Fakes;
beforeEach(async () => {
  f = await startFakes({ [PROJECT]: entries(50) });
});
afterEach(async () => {
  await f.stop();
});

it('parses the variable, and names it with the fix when it is not a whole number', () => {
  expect(requestsPerMinute({})).toBeUndefined();
  expect(requestsPerMinute({ LOG_GARDENER_REQUESTS_PER_MINUTE: ' 0 ' })).toBe(0);
  expect(requestsPerMinute({ LOG_GARDENER_REQUESTS_PER_MINUTE: '30' })).toBe(30);
  for (const bad of ['-1', '1.5', 'fast']) {
    expect(() => requestsPerMinute({ LOG_GARDENER_REQUESTS_PER_MINUTE: bad })).toThrow(
      /^LOG_GARDENER_REQUESTS_PER_MINUTE: ".*" is not a whole number of requests per minute\. Fix: /,
    );
  }
});

/** Reads every page on a virtual clock and returns the time pacing made the reader wait. */
async function pacedMs(env: NodeJS.ProcessEnv): Promise<{ pacedMs: number; requests: number }> {
  const settings = testSettings({
    projects: [PROJECT],
    authMode: 'workload-identity',
    workloadIdentityProvider: FAKE_PROVIDER,
    serviceAccount: FAKE_SERVICE_ACCOUNT,
    windowMs: 7 * 24 * 3600_000,
    until: NOW,
  });
  const auth = await createAuthClient(settings, env, { setSecret: () => undefined });
  let t = 0;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  const source = cloudLoggingSource(settings, { auth, query: buildQuery(settings, NOW), env, clock, pageSize: 5 });
  for await (const item of source.read()) expect(item.kind).toBe('entry');
  return source.stats;
}

it('paces a whole read by the variable: 2 a minute waits, 0 never does', async () => {
  const env = { ...f.google.env };
  expect(await pacedMs({ ...env, LOG_GARDENER_REQUESTS_PER_MINUTE: '2' })).toMatchObject({ requests: 10, pacedMs: 4 * 60_000 });
  expect(await pacedMs({ ...env, LOG_GARDENER_REQUESTS_PER_MINUTE: '0' })).toMatchObject({ requests: 10, pacedMs: 0 });
  expect(await pacedMs(env)).toMatchObject({ requests: 10, pacedMs: 0 }); // 10 requests fit in the default 60
});
