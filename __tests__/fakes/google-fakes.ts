// Everything a workload-identity run against Google needs, on loopback, in one call:
//   const g = await startGoogleFakes({ entries: { 'my-project': [...] } });
//   ... run with { ...process.env, ...g.env } and inputs g.inputs ...
//   await g.stop();
import { startAuthFakes } from './google-auth-endpoints.js';
import type { AuthFakeCall, AuthFakeOptions, AuthFakes } from './google-auth-endpoints.js';
import { startLoggingFake } from './google-logging.js';
import type { ListCall, LoggingFake } from './google-logging.js';

export const FAKE_PROVIDER = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/my-repo';
export const FAKE_SERVICE_ACCOUNT = 'log-reader@demo-project.iam.gserviceaccount.com';
export const FAKE_REPOSITORY = 'octo-org/octo-repo';

export interface GoogleFakesOptions extends Partial<AuthFakeOptions> {
  /** Entries per project id, in the JSON shape `gcloud logging read --format=json` prints. */
  entries?: Record<string, Record<string, unknown>[]>;
}

export interface GoogleFakes {
  /** Environment for the action: OIDC request URL/token and the endpoint overrides. */
  env: Record<string, string>;
  /** Action inputs (kebab-case) for a workload-identity run with impersonation. */
  inputs: Record<string, string>;
  auth: AuthFakes;
  logging: LoggingFake;
  calls: { auth: AuthFakeCall[]; logging: ListCall[] };
  stop(): Promise<void>;
}

export async function startGoogleFakes(options: GoogleFakesOptions = {}): Promise<GoogleFakes> {
  const auth = await startAuthFakes({
    provider: options.provider ?? FAKE_PROVIDER,
    repository: options.repository ?? FAKE_REPOSITORY,
    allowedRepositories: options.allowedRepositories,
    allowedAudiences: options.allowedAudiences,
    impersonable: options.impersonable ?? [FAKE_SERVICE_ACCOUNT],
  });
  const logging = await startLoggingFake({ tokens: auth.accessTokens, entries: options.entries });
  const projects = Object.keys(options.entries ?? {});
  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: auth.oidcUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: auth.oidcRequestToken,
      LOG_GARDENER_STS_URL: auth.stsUrl,
      LOG_GARDENER_IAM_CREDENTIALS_URL: auth.iamCredentialsUrl,
      LOG_GARDENER_LOGGING_ENDPOINT: logging.endpoint,
      METADATA_SERVER_DETECTION: 'none',
      GITHUB_REPOSITORY: auth.options.repository,
    },
    inputs: {
      'project-id': projects.join(','),
      'auth-mode': 'workload-identity',
      'workload-identity-provider': auth.options.provider,
      'service-account': (auth.options.impersonable ?? [])[0] ?? '',
    },
    auth,
    logging,
    calls: { auth: auth.calls, logging: logging.calls },
    stop: async () => {
      await Promise.all([auth.stop(), logging.stop()]);
    },
  };
}
