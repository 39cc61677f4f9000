// Where the Google endpoints are: the public ones, or overrides from the environment
// (private endpoints, proxies, and the loopback fakes the tests run against).
import { InputError } from '../errors.js';

const ENV = {
  stsUrl: 'LOG_GARDENER_STS_URL',
  iamCredentialsUrl: 'LOG_GARDENER_IAM_CREDENTIALS_URL',
  loggingEndpoint: 'LOG_GARDENER_LOGGING_ENDPOINT',
  requestsPerMinute: 'LOG_GARDENER_REQUESTS_PER_MINUTE',
} as const;

const DEFAULT_STS_URL = 'https://sts.googleapis.com/v1/token';
const DEFAULT_IAM_CREDENTIALS_URL = 'https://iamcredentials.googleapis.com';

export interface LoggingEndpoint {
  host: string;
  port: number;
  /** Plain-text gRPC (http:// override): the access token travels as call metadata. */
  insecure: boolean;
}

function httpUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw.replace(/\/+$/, '');
  } catch {
    /* reported below */
  }
  throw new InputError(name, `${JSON.stringify(raw)} is not an http(s) URL`, `set it to a URL such as ${fallback}, or unset it`);
}

export function stsUrl(env: NodeJS.ProcessEnv): string {
  return httpUrl(env, ENV.stsUrl, DEFAULT_STS_URL);
}

export function impersonationUrl(env: NodeJS.ProcessEnv, serviceAccount: string): string {
  const base = httpUrl(env, ENV.iamCredentialsUrl, DEFAULT_IAM_CREDENTIALS_URL);
  return `${base}/v1/projects/-/serviceAccounts/${encodeURIComponent(serviceAccount)}:generateAccessToken`;
}

/**
 * `host`, `host:port` (gRPC over TLS, e.g. a Private Service Connect endpoint) or
 * `http://host:port` (gRPC without TLS). Undefined means the public endpoint.
 */
export function loggingEndpoint(env: NodeJS.ProcessEnv): LoggingEndpoint | undefined {
  const raw = env[ENV.loggingEndpoint]?.trim();
  if (!raw) return undefined;
  const insecure = raw.startsWith('http://');
  const rest = raw.replace(/^(https?|grpcs?):\/\//, '').replace(/\/+$/, '');
  const m = /^(\[[^\]]+\]|[^:/\s]+)(?::(\d{1,5}))?$/.exec(rest);
  if (!m) {
    throw new InputError(
      ENV.loggingEndpoint,
      `${JSON.stringify(raw)} is not host[:port] or http://host:port`,
      'set it to e.g. logging.googleapis.com:443, or unset it',
    );
  }
  return { host: m[1].replace(/^\[|\]$/g, ''), port: m[2] ? Number(m[2]) : insecure ? 80 : 443, insecure };
}

/**
 * entries.list requests per minute per project, from the environment: lower it to share a project's
 * quota with other readers, 0 turns pacing off (benchmarks against the fakes). Undefined: the default.
 */
export function requestsPerMinute(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[ENV.requestsPerMinute]?.trim();
  if (!raw) return undefined;
  if (!/^\d{1,6}$/.test(raw)) {
    throw new InputError(
      ENV.requestsPerMinute,
      `${JSON.stringify(raw)} is not a whole number of requests per minute`,
      'set it to e.g. 30 (0 turns pacing off), or unset it for the documented 60',
    );
  }
  return Number(raw);
}
