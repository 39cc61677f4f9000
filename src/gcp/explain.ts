// One-line explanations of Google failures, naming the role or setting that fixes them.
import { InputError } from '../errors.js';
import type { GcpAuth } from './auth.js';

/** gRPC status codes the source acts on. */
export const Status = {
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

interface HttpishError {
  message?: string;
  code?: number | string;
  status?: number;
  response?: { status?: number; data?: unknown; config?: { url?: string | URL } };
  config?: { url?: string | URL };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

function urlOf(e: HttpishError): string {
  return String(e.response?.config?.url ?? e.config?.url ?? '');
}

function googleMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as { error?: unknown; error_description?: unknown };
  if (typeof d.error_description === 'string') return d.error_description;
  if (typeof d.error === 'object' && d.error && typeof (d.error as { message?: unknown }).message === 'string') return (d.error as { message: string }).message;
  return undefined;
}

/** Turns a failure to obtain a Google access token into an InputError that says what to fix. */
export function explainAuthError(e: unknown, auth: GcpAuth): Error {
  if (e instanceof InputError) return e;
  const err = (e ?? {}) as HttpishError;
  const url = urlOf(err);
  const message = firstLine(e);
  if (auth.impersonationUrl && url.startsWith(auth.impersonationUrl)) {
    const why = googleMessage(err.response?.data) ?? message;
    return new InputError(
      'service-account',
      `impersonating ${auth.serviceAccount} was denied (${why})`,
      `grant the workload identity principal roles/iam.workloadIdentityUser on the service account (or roles/iam.serviceAccountTokenCreator), and check the service account exists`,
    );
  }
  if (auth.stsUrl && (url.startsWith(auth.stsUrl) || /^Error code /.test(message))) {
    const why = googleMessage(err.response?.data) ?? message.replace(/^Error code /, '');
    return new InputError(
      'workload-identity-provider',
      `Google STS rejected the GitHub OIDC token (${why})`,
      'check the provider name, its attribute condition (e.g. assertion.repository), and the audience; the pool must trust token.actions.githubusercontent.com',
    );
  }
  return new InputError(
    auth.mode === 'adc' ? 'auth-mode' : 'workload-identity-provider',
    `could not get a Google access token (${message})`,
    'check the credentials the job runs with',
  );
}

export function grpcCode(e: unknown): number | undefined {
  const code = (e as HttpishError | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** The failure line for a Cloud Logging error that stopped reading one project. */
export function explainLoggingError(e: unknown, project: string, auth: GcpAuth): string {
  const code = grpcCode(e);
  const detail = firstLine(e);
  if (code === Status.PERMISSION_DENIED || code === Status.NOT_FOUND) {
    return `Cloud Logging denied reading project ${project} (${detail}). Fix: grant roles/logging.viewer on project ${project} to ${auth.principal}, and check the project id.`;
  }
  if (code === Status.UNAUTHENTICATED) {
    return `Cloud Logging rejected the access token for project ${project} (${detail}). Fix: check the credentials (${auth.mode}).`;
  }
  if (code === Status.RESOURCE_EXHAUSTED) {
    return `Cloud Logging quota exhausted for project ${project} after retries (${detail}). Fix: run less often, narrow the window, or lower max-entries.`;
  }
  return `Cloud Logging failed for project ${project} (${detail}).`;
}

/** What the client reports when it never got a protocol answer: refused, reset, timed out, or another protocol. */
const CONNECTION_FAILURE =
  /No connection established|Connection dropped|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|Protocol error|Received HTTP status code|Received RST_STREAM|Name resolution failed|socket hang up|Parse Error|HPE_|Deadline exceeded|deadline|timeout|timed out|aborted|Unexpected token|is not valid JSON|Failed to parse/i;

interface EndpointContext {
  transport: 'grpc' | 'rest';
  /** host:port as the client dials it. */
  where: string;
  /** The endpoint came from LOG_GARDENER_LOGGING_ENDPOINT. */
  override: boolean;
  timeoutMs: number;
}

/**
 * The one-line error for a first call that never reached a Cloud Logging service speaking the
 * chosen protocol; undefined when the service answered (a status of its own, even an error).
 */
export function explainUnreachable(e: unknown, ctx: EndpointContext): InputError | undefined {
  if (e instanceof InputError) return undefined;
  const code = grpcCode(e);
  const message = firstLine(e);
  const clientSide = code === undefined || code === Status.UNAVAILABLE || code === Status.DEADLINE_EXCEEDED;
  if (!clientSide || !(CONNECTION_FAILURE.test(message) || typeof (e as HttpishError | undefined)?.code === 'string')) return undefined;
  const timedOut = code === Status.DEADLINE_EXCEEDED || /deadline|timeout|timed out|aborted/i.test(message);
  const why = timedOut ? `no answer within ${Math.round(ctx.timeoutMs / 1000)} s` : message;
  const protocol = ctx.transport === 'rest' ? 'REST (HTTP/1.1 JSON)' : 'gRPC';
  const other = ctx.transport === 'rest' ? 'grpc' : 'rest';
  const fix = ctx.override
    ? `check that LOG_GARDENER_LOGGING_ENDPOINT names a running endpoint that speaks ${protocol}, or set transport: ${other} if it speaks the other protocol`
    : ctx.transport === 'grpc'
      ? 'if this network blocks gRPC (a proxy or firewall that passes only HTTP/1.1), set transport: rest; otherwise check the runner reaches logging.googleapis.com:443'
      : 'check the runner reaches logging.googleapis.com:443 (proxy settings: HTTPS_PROXY), or try transport: grpc';
  return new InputError(
    ctx.override ? 'LOG_GARDENER_LOGGING_ENDPOINT' : 'transport',
    `could not reach Cloud Logging at ${ctx.where} over ${protocol} (${why})`,
    fix,
  );
}
