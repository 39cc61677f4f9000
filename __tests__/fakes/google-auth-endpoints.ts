// Loopback fakes of the token endpoints a workload identity run talks to, with the real wire
// formats and state: GitHub's OIDC token endpoint, Google STS (token exchange) and IAM
// credentials (generateAccessToken). Issued tokens are remembered so the Cloud Logging fake can
// tell a real one from a made-up one.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface AuthFakeOptions {
  /** projects/NUM/locations/global/workloadIdentityPools/POOL/providers/PROV */
  provider: string;
  /** Repository the OIDC token is for (the provider's attribute condition checks it). */
  repository: string;
  /** Repositories the provider's attribute condition accepts (default: [repository]). */
  allowedRepositories?: string[];
  /** OIDC audiences the provider accepts (default: https://iam.googleapis.com/ + provider). */
  allowedAudiences?: string[];
  /** Service accounts the federated principal may impersonate. */
  impersonable?: string[];
}

export interface AuthFakeCall {
  endpoint: 'oidc' | 'sts' | 'iam';
  status: number;
  detail: Record<string, unknown>;
}

export interface AuthFakes {
  url: string;
  oidcUrl: string;
  oidcRequestToken: string;
  stsUrl: string;
  iamCredentialsUrl: string;
  /** Access tokens issued, and whom they stand for (principal or service account email). */
  accessTokens: Map<string, string>;
  calls: AuthFakeCall[];
  options: AuthFakeOptions;
  stop(): Promise<void>;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const bearer = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

export async function startAuthFakes(options: AuthFakeOptions): Promise<AuthFakes> {
  const oidcRequestToken = `ghs_${randomBytes(12).toString('hex')}`;
  const issuedJwts = new Map<string, { aud: string; repository: string }>();
  const stsTokens = new Map<string, string>();
  const accessTokens = new Map<string, string>();
  const calls: AuthFakeCall[] = [];
  const allowedAudiences = options.allowedAudiences ?? [`https://iam.googleapis.com/${options.provider}`];
  const allowedRepos = options.allowedRepositories ?? [options.repository];
  const principal = () => `principalSet://iam.googleapis.com/${options.provider.replace(/\/providers\/.*$/, '')}/attribute.repository/${options.repository}`;

  async function oidc(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const aud = url.searchParams.get('audience') ?? '';
    if (bearer(req) !== oidcRequestToken) return send(res, 401, { message: 'Bad credentials' });
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      aud,
      sub: `repo:${options.repository}:ref:refs/heads/main`,
      repository: options.repository,
    };
    const jwt = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.${randomBytes(16).toString('base64url')}`;
    issuedJwts.set(jwt, { aud, repository: options.repository });
    calls.push({ endpoint: 'oidc', status: 200, detail: { audience: aud } });
    send(res, 200, { count: 1, value: jwt });
  }

  async function sts(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const detail = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'subject_token'));
    const reject = (description: string) => {
      calls.push({ endpoint: 'sts', status: 400, detail: { ...detail, error: description } });
      send(res, 400, { error: 'invalid_grant', error_description: description });
    };
    if (!/application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) return reject('Request must be form-encoded.');
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange') return reject('Invalid grant_type.');
    if (form.get('subject_token_type') !== 'urn:ietf:params:oauth:token-type:jwt') return reject('Invalid subject_token_type.');
    if (form.get('audience') !== `//iam.googleapis.com/${options.provider}`) {
      return reject(
        `Invalid value for "audience". This value should be the full resource name of the Identity Provider. See https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token for the list of possible formats.`,
      );
    }
    const jwt = issuedJwts.get(form.get('subject_token') ?? '');
    if (!jwt) return reject('Invalid JWT signature.');
    if (!allowedAudiences.includes(jwt.aud)) return reject(`The audience in ID Token [${jwt.aud}] does not match the expected audience.`);
    if (!allowedRepos.includes(jwt.repository)) return reject('The given credential is rejected by the attribute condition.');
    const token = `sts.${randomBytes(16).toString('hex')}`;
    stsTokens.set(token, form.get('scope') ?? '');
    accessTokens.set(token, principal());
    calls.push({ endpoint: 'sts', status: 200, detail });
    send(res, 200, { access_token: token, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 });
  }

  async function iam(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const email = decodeURIComponent(/\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(url.pathname)?.[1] ?? '');
    const body = JSON.parse((await readBody(req)) || '{}') as { scope?: string[]; lifetime?: string };
    const token = bearer(req) ?? '';
    const deny = (status: number, message: string, code: string) => {
      calls.push({ endpoint: 'iam', status, detail: { email, scope: body.scope } });
      send(res, status, { error: { code: status, message, status: code } });
    };
    if (!stsTokens.has(token)) return deny(401, 'Request had invalid authentication credentials.', 'UNAUTHENTICATED');
    if (!(options.impersonable ?? []).includes(email)) {
      return deny(403, "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).", 'PERMISSION_DENIED');
    }
    const accessToken = `ya29.${randomBytes(16).toString('hex')}`;
    accessTokens.set(accessToken, email);
    calls.push({ endpoint: 'iam', status: 200, detail: { email, scope: body.scope, lifetime: body.lifetime } });
    send(res, 200, { accessToken, expireTime: new Date(Date.now() + 3600_000).toISOString() });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route =
      req.method === 'GET' && url.pathname === '/oidc/token'
        ? oidc(req, res, url)
        : req.method === 'POST' && url.pathname === '/sts/v1/token'
          ? sts(req, res)
          : req.method === 'POST' && url.pathname.startsWith('/iam/v1/projects/-/serviceAccounts/')
            ? iam(req, res, url)
            : Promise.resolve(send(res, 404, { error: { code: 404, message: 'Not found' } }));
    route.catch((e: Error) => send(res, 500, { error: { code: 500, message: e.message } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    oidcUrl: `${url}/oidc/token?api-version=2.0`,
    oidcRequestToken,
    stsUrl: `${url}/sts/v1/token`,
    iamCredentialsUrl: `${url}/iam`,
    accessTokens,
    calls,
    options,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
