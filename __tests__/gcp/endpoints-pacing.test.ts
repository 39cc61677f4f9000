import { describe, expect, it } from '@jest/globals';
import { impersonationUrl, loggingEndpoint, stsUrl } from '../../src/gcp/endpoints.js';
import { backoffDelay, RateLimiter } from '../../src/gcp/pacing.js';
import { parseProvider } from '../../src/gcp/provider.js';

describe('endpoint overrides', () => {
  it('defaults to the public endpoints', () => {
    expect(stsUrl({})).toBe('https://sts.googleapis.com/v1/token');
    expect(impersonationUrl({}, 'a@b.iam.gserviceaccount.com')).toBe(
      'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/a%40b.iam.gserviceaccount.com:generateAccessToken',
    );
    expect(loggingEndpoint({})).toBeUndefined();
  });

  it('reads overrides, plain http included', () => {
    const env = {
      LOG_GARDENER_STS_URL: 'http://127.0.0.1:9/sts/',
      LOG_GARDENER_IAM_CREDENTIALS_URL: 'https://iam.private.example',
      LOG_GARDENER_LOGGING_ENDPOINT: 'http://127.0.0.1:8081',
    };
    expect(stsUrl(env)).toBe('http://127.0.0.1:9/sts');
    expect(impersonationUrl(env, 'x@y.z')).toBe('https://iam.private.example/v1/projects/-/serviceAccounts/x%40y.z:generateAccessToken');
    expect(loggingEndpoint(env)).toEqual({ host: '127.0.0.1', port: 8081, insecure: true });
    expect(loggingEndpoint({ LOG_GARDENER_LOGGING_ENDPOINT: 'logging-psc.p.googleapis.com' })).toEqual({
      host: 'logging-psc.p.googleapis.com',
      port: 443,
      insecure: false,
    });
    expect(loggingEndpoint({ LOG_GARDENER_LOGGING_ENDPOINT: '[::1]:9000' })).toEqual({ host: '::1', port: 9000, insecure: false });
  });

  it('rejects malformed overrides in one line naming the variable', () => {
    expect(() => stsUrl({ LOG_GARDENER_STS_URL: 'ftp://x' })).toThrow(/^LOG_GARDENER_STS_URL: "ftp:\/\/x" is not an http\(s\) URL/);
    expect(() => loggingEndpoint({ LOG_GARDENER_LOGGING_ENDPOINT: 'a b' })).toThrow(/^LOG_GARDENER_LOGGING_ENDPOINT: /);
  });
});

describe('provider names', () => {
  it('accepts the full name, with or without the iam.googleapis.com prefix', () => {
    const name = 'projects/123/locations/global/workloadIdentityPools/github/providers/my-repo';
    expect(parseProvider(name)).toEqual({ name, projectNumber: '123', pool: 'github', provider: 'my-repo' });
    expect(parseProvider(`//iam.googleapis.com/${name}`).name).toBe(name);
  });

  it('explains what is wrong', () => {
    expect(() => parseProvider('projects/123/locations/europe-west1/workloadIdentityPools/github/providers/my-repo')).toThrow(/pools are global/);
    expect(() => parseProvider('projects/123/locations/global/workloadIdentityPools/GH/providers/my-repo')).toThrow(/invalid pool or provider id/);
  });
});

describe('pacing', () => {
  function clock() {
    const c = { t: 0, sleeps: [] as number[], now: () => c.t, sleep: async (ms: number) => void (c.sleeps.push(ms), (c.t += ms)) };
    return c;
  }

  it('lets a burst through, then waits for the window to slide, per key', async () => {
    const c = clock();
    const limiter = new RateLimiter(3, 60_000, c);
    for (let i = 0; i < 3; i++) expect(await limiter.take('a')).toBe(0);
    expect(await limiter.take('b')).toBe(0);
    c.t += 10_000;
    expect(await limiter.take('a')).toBe(50_000);
    expect(c.sleeps).toEqual([50_000]);
  });

  it('is off at 0', async () => {
    const c = clock();
    const limiter = new RateLimiter(0, 60_000, c);
    for (let i = 0; i < 100; i++) await limiter.take('a');
    expect(c.sleeps).toEqual([]);
  });

  it('doubles the backoff up to the cap', () => {
    const p = { retries: 5, initialMs: 2000, maxMs: 10_000 };
    expect([0, 1, 2, 3].map((a) => backoffDelay(p, a))).toEqual([2000, 4000, 8000, 10_000]);
  });
});
