// Reads entries from Cloud Logging (entries.list), page by page, newest first, within a
// max-entries budget and the read quota; yields them in the JSON shape gcloud prints.
import { Logging } from '@google-cloud/logging';
import type { LoggingOptions } from '@google-cloud/logging';
import * as grpc from '@grpc/grpc-js';
import type { Settings } from '../settings.js';
import type { QueryDescription } from '../types.js';
import type { LogSource, SourceItem } from '../collect/source.js';
import { InputError } from '../errors.js';
import type { GcpAuth } from './auth.js';
import { loggingEndpoint, requestsPerMinute } from './endpoints.js';
import type { LoggingEndpoint } from './endpoints.js';
import { entryToGcloudJson } from './entry-json.js';
import type { ClientEntry } from './entry-json.js';
import { explainAuthError, explainLoggingError, explainUnreachable, grpcCode, Status } from './explain.js';
import { backoffDelay, DEFAULT_BACKOFF, RateLimiter, realClock } from './pacing.js';
import type { BackoffPolicy, Clock } from './pacing.js';

/** The API's largest page. */
const PAGE_SIZE = 1000;
/** Documented entries.list quota per project. */
const REQUESTS_PER_MINUTE = 60;
/** Every entries.list call is cut off after this long (a hanging read never stalls the run). */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Until the endpoint has answered once, a call gets this long and connection failures are not
 * retried: a wrong protocol or an unreachable endpoint fails fast, naming the fix.
 */
const FIRST_CONTACT_TIMEOUT_MS = 9_000;

export interface CloudLoggingOptions {
  auth: GcpAuth;
  /** The query from buildQuery: the source sends exactly the filter the worklog shows. */
  query: QueryDescription;
  /** Default: from LOG_GARDENER_LOGGING_ENDPOINT in env, else the public endpoint. */
  endpoint?: LoggingEndpoint;
  env?: NodeJS.ProcessEnv;
  /** entries.list requests per minute per project; 0 turns pacing off (benchmarks). Default: LOG_GARDENER_REQUESTS_PER_MINUTE, else 60. */
  requestsPerMinute?: number;
  backoff?: BackoffPolicy;
  clock?: Clock;
  pageSize?: number;
  /** Masks the access token in the job log (default: the auth client's masking only). */
  setSecret?: (secret: string) => void;
  requestTimeoutMs?: number;
  firstContactTimeoutMs?: number;
}

/** What the source did, for benchmarks and the worklog. */
export interface CloudLoggingStats {
  requests: number;
  retries: number;
  pacedMs: number;
  entries: number;
}

/** Widens LoggingOptions with the transport keys the type lacks. */
type ClientOptions = LoggingOptions & { sslCreds?: grpc.ChannelCredentials; fallback?: boolean; protocol?: 'http' | 'https' };

interface Page {
  entries: ClientEntry[];
  nextPageToken?: string;
}

/** The quota, plus the codes gax itself retries for entries.list (its retry is off: ours paces and backs off). */
const RETRYABLE: ReadonlySet<number | undefined> = new Set([Status.RESOURCE_EXHAUSTED, Status.UNAVAILABLE, Status.DEADLINE_EXCEEDED, Status.INTERNAL]);

function retryable(code: number | undefined): boolean {
  return RETRYABLE.has(code);
}

/** Splits what is left of the budget evenly over the projects still reading (at least 1 each). */
function allowance(remaining: number, projectsLeft: number): number {
  return remaining < 1 ? 0 : Math.max(1, Math.floor(remaining / projectsLeft));
}

interface ProjectProgress {
  project: string;
  pageToken?: string;
  /** Timestamp of the oldest entry read so far (entries come newest first). */
  oldest?: string;
  /** Read to the end, or failed. */
  done: boolean;
}

export function cloudLoggingSource(settings: Settings, options: CloudLoggingOptions): LogSource & { stats: CloudLoggingStats } {
  const projects = options.query.projects;
  if (projects.length === 0) {
    throw new InputError(
      'project-id',
      'is required to read Cloud Logging',
      'set project-id (comma- or space-separated for several), or input to read a `gcloud logging read --format=json` export',
    );
  }
  if (!Number.isInteger(settings.maxEntries) || settings.maxEntries < 1) {
    throw new InputError('max-entries', `${settings.maxEntries} is not a positive whole number`, 'set it to e.g. 10000');
  }
  const env = options.env ?? process.env;
  const endpoint = options.endpoint ?? loggingEndpoint(env);
  const clock = options.clock ?? realClock;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const pageSize = Math.min(options.pageSize ?? PAGE_SIZE, PAGE_SIZE);
  const limiter = new RateLimiter(options.requestsPerMinute ?? requestsPerMinute(env) ?? REQUESTS_PER_MINUTE, 60_000, clock);
  const { auth } = options;
  const stats: CloudLoggingStats = { requests: 0, retries: 0, pacedMs: 0, entries: 0 };

  const transport = settings.transport ?? 'grpc';
  const rest = transport === 'rest';
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const firstContactTimeout = Math.min(options.firstContactTimeoutMs ?? FIRST_CONTACT_TIMEOUT_MS, requestTimeout);
  /** Set once the endpoint has answered (even with an error status): from then on failures are the service's. */
  let contacted = false;

  // REST is the client's HTTP/1.1 JSON fallback; it sends the token itself, over http:// too.
  const clientOptions: ClientOptions = { projectId: projects[0], authClient: auth.client, ...(rest ? { fallback: true } : {}) };
  if (endpoint) {
    clientOptions.apiEndpoint = endpoint.host;
    clientOptions.port = endpoint.port;
    if (endpoint.insecure && rest) clientOptions.protocol = 'http';
    else if (endpoint.insecure) clientOptions.sslCreds = grpc.credentials.createInsecure();
  }
  const where = endpoint ? `${endpoint.insecure ? 'http://' : ''}${endpoint.host}:${endpoint.port}` : 'logging.googleapis.com';

  async function accessToken(): Promise<string> {
    try {
      const { token } = await auth.client.getAccessToken();
      if (!token) throw new Error('the credentials gave no access token');
      options.setSecret?.(token);
      return token;
    } catch (e) {
      throw explainAuthError(e, auth);
    }
  }

  async function fetchPage(logging: Logging, project: string, size: number, pageToken: string | undefined): Promise<Page> {
    for (let attempt = 0; ; attempt++) {
      stats.pacedMs += await limiter.take(project);
      stats.requests += 1;
      // Plain-text gRPC carries no call credentials: the token goes as metadata instead.
      const otherArgs = endpoint?.insecure && !rest ? { headers: { authorization: `Bearer ${await accessToken()}` } } : undefined;
      try {
        const [entries, next] = await logging.getEntries({
          resourceNames: [`projects/${project}`],
          filter: options.query.filter,
          orderBy: 'timestamp desc',
          pageSize: size,
          pageToken,
          autoPaginate: false,
          // Retries are ours (backoff above); gax would retry UNAVAILABLE on its own clock.
          gaxOptions: { retry: null, timeout: contacted ? requestTimeout : firstContactTimeout, ...(otherArgs ? { otherArgs } : {}) },
        });
        contacted = true;
        const token = (next as { pageToken?: string } | null | undefined)?.pageToken;
        return { entries: entries as unknown as ClientEntry[], nextPageToken: token || undefined };
      } catch (e) {
        if (!contacted) {
          const unreachable = explainUnreachable(e, { transport, where, override: Boolean(endpoint), timeoutMs: firstContactTimeout });
          if (unreachable) throw unreachable;
          contacted = true;
        }
        if (!retryable(grpcCode(e)) || attempt >= backoff.retries) throw e;
        stats.retries += 1;
        await clock.sleep(backoffDelay(backoff, attempt));
      }
    }
  }

  /** Reads up to `share` entries of one project, continuing where its last turn stopped. */
  async function* turn(logging: Logging, p: ProjectProgress, share: number): AsyncGenerator<SourceItem> {
    let read = 0;
    do {
      let page: Page;
      try {
        page = await fetchPage(logging, p.project, Math.min(pageSize, share - read), p.pageToken);
      } catch (e) {
        if (e instanceof InputError) throw e;
        if (grpcCode(e) === Status.INVALID_ARGUMENT) {
          throw new InputError(
            'filter',
            `Cloud Logging rejected the filter (${(e as Error).message.split('\n')[0]})`,
            'check the filter input against the Logging query language; try the gcloud command from the worklog',
          );
        }
        yield { kind: 'failure', message: grpcCode(e) === undefined ? explainAuthError(e, auth).message : explainLoggingError(e, p.project, auth) };
        p.done = true;
        return;
      }
      for (const entry of page.entries) {
        const value = entryToGcloudJson(entry);
        read += 1;
        stats.entries += 1;
        if (typeof value.timestamp === 'string') p.oldest = value.timestamp;
        yield { kind: 'entry', position: stats.entries, value };
      }
      p.pageToken = page.nextPageToken;
      p.done = !p.pageToken;
    } while (!p.done && read < share);
  }

  async function* read(): AsyncGenerator<SourceItem> {
    await accessToken();
    const logging = new Logging(clientOptions);
    const progress: ProjectProgress[] = projects.map((project) => ({ project, done: false }));
    try {
      // Rounds: each unfinished project gets a fair share of what is left of the budget; what a
      // project does not use goes to the others in the next round.
      for (;;) {
        const active = progress.filter((p) => !p.done);
        if (active.length === 0 || stats.entries >= settings.maxEntries) break;
        const share = allowance(settings.maxEntries - stats.entries, active.length);
        for (const p of active) {
          const left = settings.maxEntries - stats.entries;
          if (left < 1) break;
          yield* turn(logging, p, Math.min(share, left));
        }
      }
    } finally {
      await logging.loggingService.close().catch(() => undefined);
    }
    const cutoffs = progress
      .filter((p) => !p.done)
      .map((p) => (p.oldest ? `project ${p.project}: entries older than ${p.oldest}` : `project ${p.project}: all entries`));
    if (cutoffs.length > 0) {
      yield {
        kind: 'truncated',
        limit: settings.maxEntries,
        note: `max-entries ${settings.maxEntries} reached (newest first, shared across ${projects.length} project${projects.length === 1 ? '' : 's'}); not read: ${cutoffs.join('; ')}. Raise max-entries or narrow the window to see them.`,
      };
    }
  }

  return { kind: 'cloud-logging', path: projects.map((p) => `projects/${p}`).join(','), stats, read };
}
