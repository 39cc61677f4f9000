// Workload identity against loopback OIDC, STS and IAM credentials fakes, with the real
// google-auth-library and @actions/core.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createAuthClient } from '../../src/gcp/auth.js';
import type { GcpAuth } from '../../src/gcp/auth.js';
import { explainAuthError } from '../../src/gcp/explain.js';
import { InputError } from '../../src/errors.js';
import { FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT, startGoogleFakes } from '../fakes/google-fakes.js';
import type { GoogleFakes } from '../fakes/google-fakes.js';
import { testSettings } from './settings.js';

process.env.METADATA_SERVER_DETECTION = 'none';

let fakes: GoogleFakes;
const saved = { ...process.env };
const masked: string[] = [];
const deps = { setSecret: (s: string) => void masked.push(s) };

beforeEach(async () => {
  masked.length = 0;
  fakes = await startGoogleFakes({ entries: { 'demo-project': [] } });
  Object.assign(process.env, fakes.env);
});

afterEach(async () => {
  for (const k of Object.keys(fakes.env)) if (saved[k] === undefined) delete process.env[k];
  await fakes.stop();
});

async function token(auth: GcpAuth): Promise<string> {
  try {
    const { token: t } = await auth.client.getAccessToken();
    return t ?? '';
  } catch (e) {
    throw explainAuthError(e, auth);
  }
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const line = (e as Error).message;
    expect(line).not.toContain('\n');
    return line;
  }
  throw new Error('expected a failure');
}

describe('workload identity', () => {
  it('federates directly: OIDC token with the default audience, STS exchange, token masked', async () => {
    const auth = await createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER }), process.env, deps);
    expect(auth.mode).toBe('workload-identity');
    const t = await token(auth);
    expect(fakes.auth.accessTokens.get(t)).toContain('principalSet://');
    expect(fakes.calls.auth.map((c) => c.endpoint)).toEqual(['oidc', 'sts']);
    expect(fakes.calls.auth[0].detail.audience).toBe(`https://iam.googleapis.com/${FAKE_PROVIDER}`);
    expect(fakes.calls.auth[1].detail.scope).toBe('https://www.googleapis.com/auth/logging.read');
    expect(masked).toHaveLength(2);
    expect(masked[1]).toBe(t);
    expect(auth.principal).toContain('attribute.repository/octo-org/octo-repo');
  });

  it('impersonates a service account through IAM credentials', async () => {
    const auth = await createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER, serviceAccount: FAKE_SERVICE_ACCOUNT }), process.env, deps);
    const t = await token(auth);
    expect(fakes.auth.accessTokens.get(t)).toBe(FAKE_SERVICE_ACCOUNT);
    expect(fakes.calls.auth.map((c) => c.endpoint)).toEqual(['oidc', 'sts', 'iam']);
    expect(fakes.calls.auth[1].detail.scope).toBe('https://www.googleapis.com/auth/cloud-platform');
    expect(fakes.calls.auth[2].detail.scope).toEqual(['https://www.googleapis.com/auth/logging.read']);
    expect(masked).toContain(t);
    expect(auth.principal).toBe(FAKE_SERVICE_ACCOUNT);
  });

  it('accepts a custom audience and takes the token from it', async () => {
    await fakes.stop();
    fakes = await startGoogleFakes({ entries: { p: [] }, allowedAudiences: ['my-aud'] });
    Object.assign(process.env, fakes.env);
    const auth = await createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER, audience: 'my-aud' }), process.env, deps);
    expect(await token(auth)).toMatch(/^sts\./);
  });

  it('auto mode picks workload identity when a provider is given', async () => {
    const auth = await createAuthClient(testSettings({ authMode: 'auto', workloadIdentityProvider: FAKE_PROVIDER }), process.env, deps);
    expect(auth.mode).toBe('workload-identity');
  });
});

describe('auth errors are one line naming the fix', () => {
  it('OIDC environment missing: id-token permission and forks', async () => {
    const env = { ...process.env, ACTIONS_ID_TOKEN_REQUEST_URL: '' };
    const line = await failure(createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER }), env, deps));
    expect(line).toMatch(/^workload-identity-provider: GitHub gave this job no OIDC token/);
    expect(line).toContain('permissions: id-token: write');
    expect(line).toContain('forks');
  });

  it('malformed provider name', async () => {
    const line = await failure(createAuthClient(testSettings({ workloadIdentityProvider: 'github/my-repo' }), process.env, deps));
    expect(line).toContain('is not a provider name');
    expect(line).toContain('projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER');
  });

  it('provider naming a project id instead of its number', async () => {
    const line = await failure(
      createAuthClient(
        testSettings({ workloadIdentityProvider: 'projects/my-proj/locations/global/workloadIdentityPools/github/providers/my-repo' }),
        process.env,
        deps,
      ),
    );
    expect(line).toContain('not its number');
    expect(line).toContain('gcloud projects describe my-proj');
  });

  it('workload-identity mode without a provider', async () => {
    const line = await failure(createAuthClient(testSettings({ authMode: 'workload-identity' }), process.env, deps));
    expect(line).toMatch(/^workload-identity-provider: is required/);
  });

  it('STS rejection shows its error_description', async () => {
    await fakes.stop();
    fakes = await startGoogleFakes({ entries: { p: [] }, allowedRepositories: ['someone/else'] });
    Object.assign(process.env, fakes.env);
    const auth = await createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER }), process.env, deps);
    const line = await failure(token(auth));
    expect(line).toContain('Google STS rejected the GitHub OIDC token');
    expect(line).toContain('The given credential is rejected by the attribute condition.');
  });

  it('STS rejection of a wrong audience', async () => {
    const auth = await createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER, audience: 'wrong' }), process.env, deps);
    const line = await failure(token(auth));
    expect(line).toContain('The audience in ID Token [wrong] does not match the expected audience.');
  });

  it('impersonation denied names the roles', async () => {
    const auth = await createAuthClient(
      testSettings({ workloadIdentityProvider: FAKE_PROVIDER, serviceAccount: 'other@demo-project.iam.gserviceaccount.com' }),
      process.env,
      deps,
    );
    const line = await failure(token(auth));
    expect(line).toMatch(/^service-account: impersonating other@demo-project\.iam\.gserviceaccount\.com was denied/);
    expect(line).toContain("Permission 'iam.serviceAccounts.getAccessToken' denied");
    expect(line).toContain('roles/iam.workloadIdentityUser');
    expect(line).toContain('roles/iam.serviceAccountTokenCreator');
  });

  it('OIDC endpoint refusing the request token', async () => {
    const env = { ...process.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' };
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'wrong';
    const auth = await createAuthClient(testSettings({ workloadIdentityProvider: FAKE_PROVIDER }), env, deps);
    const line = await failure(token(auth));
    expect(line).toContain('could not get the GitHub OIDC token');
  });

  it('service account without workload identity', async () => {
    const line = await failure(createAuthClient(testSettings({ authMode: 'adc', serviceAccount: FAKE_SERVICE_ACCOUNT }), process.env, deps));
    expect(line).toMatch(/^service-account: is only used with workload-identity-provider/);
  });

  it('ADC missing', async () => {
    const env = { ...process.env };
    delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.HOME = '/nonexistent-home';
    process.env.CLOUDSDK_CONFIG = '/nonexistent-home/gcloud';
    try {
      const line = await failure(createAuthClient(testSettings({ authMode: 'adc' }), process.env, deps));
      expect(line).toMatch(/^auth-mode: no Application Default Credentials/);
      expect(line).toContain('google-github-actions/auth');
    } finally {
      process.env.HOME = env.HOME;
      if (env.CLOUDSDK_CONFIG === undefined) delete process.env.CLOUDSDK_CONFIG;
      else process.env.CLOUDSDK_CONFIG = env.CLOUDSDK_CONFIG;
      if (env.GOOGLE_APPLICATION_CREDENTIALS !== undefined) process.env.GOOGLE_APPLICATION_CREDENTIALS = env.GOOGLE_APPLICATION_CREDENTIALS;
    }
  });
});
