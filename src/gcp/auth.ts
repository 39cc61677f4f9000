// Google credentials for a run: workload identity federation from the GitHub OIDC token
// (optionally impersonating a service account), or Application Default Credentials.
import * as core from '@actions/core';
import { GoogleAuth, IdentityPoolClient } from 'google-auth-library';
import type { AuthClient } from 'google-auth-library';
import type { Settings } from '../settings.js';
import { InputError } from '../errors.js';
import { impersonationUrl, stsUrl } from './endpoints.js';
import { parseProvider } from './provider.js';
import type { WorkloadIdentityProvider } from './provider.js';

const LOGGING_READ_SCOPE = 'https://www.googleapis.com/auth/logging.read';
/** Each token request (STS, IAM credentials, ADC's own) is cut off after this long. */
const TOKEN_REQUEST_TIMEOUT_MS = 15_000;

export interface AuthDeps {
  /** Fetches the GitHub OIDC token (default: @actions/core getIDToken). */
  getIDToken?: (audience: string) => Promise<string>;
  /** Masks a secret in the job log (default: @actions/core setSecret). */
  setSecret?: (secret: string) => void;
}

export interface GcpAuth {
  client: AuthClient;
  mode: 'workload-identity' | 'adc';
  /** Who Cloud Logging sees, for messages that tell which role to grant to whom. */
  principal: string;
  provider?: WorkloadIdentityProvider;
  serviceAccount?: string;
  /** Token URLs, to tell which exchange failed. */
  stsUrl?: string;
  impersonationUrl?: string;
}

const OIDC_FIX = 'add `permissions: id-token: write` to the job (pull requests from forks get no OIDC token: skip the step on forks or use auth-mode: adc)';

function oidcAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

function maskTokens(client: AuthClient, setSecret: (s: string) => void): void {
  client.on('tokens', (t: { access_token?: string | null }) => {
    if (t.access_token) setSecret(t.access_token);
  });
}

function workloadIdentity(settings: Settings, env: NodeJS.ProcessEnv, deps: AuthDeps, scopes: string[]): GcpAuth {
  const provider = parseProvider(settings.workloadIdentityProvider ?? '');
  if (!oidcAvailable(env)) {
    throw new InputError('workload-identity-provider', 'GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', OIDC_FIX);
  }
  const oidcAudience = settings.audience?.trim() || `https://iam.googleapis.com/${provider.name}`;
  const getIDToken = deps.getIDToken ?? ((aud: string) => core.getIDToken(aud));
  const setSecret = deps.setSecret ?? core.setSecret;
  const serviceAccount = settings.serviceAccount?.trim() || undefined;
  if (serviceAccount && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(serviceAccount)) {
    throw new InputError(
      'service-account',
      `${JSON.stringify(serviceAccount)} is not a service account email`,
      'use NAME@PROJECT_ID.iam.gserviceaccount.com, or leave it empty for direct federation',
    );
  }
  const tokenUrl = stsUrl(env);
  const saUrl = serviceAccount ? impersonationUrl(env, serviceAccount) : undefined;
  const client = new IdentityPoolClient({
    type: 'external_account',
    audience: `//iam.googleapis.com/${provider.name}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: tokenUrl,
    service_account_impersonation_url: saUrl,
    scopes,
    transporterOptions: { timeout: TOKEN_REQUEST_TIMEOUT_MS },
    subject_token_supplier: {
      async getSubjectToken(): Promise<string> {
        let token: string;
        try {
          token = await getIDToken(oidcAudience);
        } catch (e) {
          const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
          throw new InputError('workload-identity-provider', `could not get the GitHub OIDC token (${why})`, OIDC_FIX);
        }
        setSecret(token);
        return token;
      },
    },
  });
  maskTokens(client, setSecret);
  const repo = env.GITHUB_REPOSITORY;
  const principal =
    serviceAccount ??
    `principalSet://iam.googleapis.com/projects/${provider.projectNumber}/locations/global/workloadIdentityPools/${provider.pool}/${repo ? `attribute.repository/${repo}` : '*'}`;
  return { client, mode: 'workload-identity', principal, provider, serviceAccount, stsUrl: tokenUrl, impersonationUrl: saUrl };
}

async function applicationDefault(settings: Settings, deps: AuthDeps, scopes: string[]): Promise<GcpAuth> {
  if (settings.serviceAccount?.trim()) {
    throw new InputError(
      'service-account',
      'is only used with workload-identity-provider',
      'remove it, or set workload-identity-provider (when google-github-actions/auth ran before, give it the service account there)',
    );
  }
  let client: AuthClient;
  try {
    client = (await new GoogleAuth({ scopes, clientOptions: { transporterOptions: { timeout: TOKEN_REQUEST_TIMEOUT_MS } } }).getClient()) as AuthClient;
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(
      'auth-mode',
      `no Application Default Credentials (${why})`,
      'run google-github-actions/auth before this step, or set workload-identity-provider with `permissions: id-token: write`; locally run `gcloud auth application-default login`',
    );
  }
  maskTokens(client, deps.setSecret ?? core.setSecret);
  return { client, mode: 'adc', principal: 'the Application Default Credentials principal' };
}

/**
 * Credentials (for Cloud Logging unless other scopes are asked) from the settings: auth-mode `workload-identity` (or `auto` with a
 * provider) federates the GitHub OIDC token; `adc` (or `auto` without one) uses Application Default
 * Credentials. Throws InputError for bad or missing configuration; token exchange happens on first use.
 */
export async function createAuthClient(
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
  deps: AuthDeps = {},
  scopes: string[] = [LOGGING_READ_SCOPE],
): Promise<GcpAuth> {
  const hasProvider = Boolean(settings.workloadIdentityProvider?.trim());
  switch (settings.authMode) {
    case 'workload-identity':
      if (!hasProvider) {
        throw new InputError(
          'workload-identity-provider',
          'is required with auth-mode workload-identity',
          'set it to projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER',
        );
      }
      return workloadIdentity(settings, env, deps, scopes);
    case 'adc':
      return applicationDefault(settings, deps, scopes);
    case 'auto':
      return hasProvider ? workloadIdentity(settings, env, deps, scopes) : applicationDefault(settings, deps, scopes);
    default:
      throw new InputError('auth-mode', `unknown mode ${JSON.stringify(settings.authMode)}`, 'use auto, workload-identity or adc');
  }
}
