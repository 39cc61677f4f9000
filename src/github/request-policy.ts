// How every GitHub request is sent: writes spaced out, server errors retried, rate limits waited
// out, each with a timeout, and every wait through the injected clock and the run budget. One hook
// around Octokit's request, instead of plugin-throttling and plugin-retry, whose Bottleneck timers
// no test can replace and whose waits have no upper bound.
import type { Budget } from '../budget.js';
import type { Clock } from '../clock.js';
import { fitForGitHub } from './limits.js';
import { statusOf } from './repo.js';

interface RequestPolicy {
  clock: Clock;
  budget: Budget;
  notice: (line: string) => void;
  /** Rate-limited requests are retried this often (default 2). */
  rateLimitRetries: number;
  /** Server errors and lost connections are retried this often (default 2), unless a request says retries: 0. */
  serverRetries: number;
  /** No answer within this long fails the request (default 30 s). */
  requestTimeoutMs: number;
  /** Between two writes (1 s) and two writes that notify people (3 s), as GitHub asks of integrations. */
  writeSpacingMs: number;
  notifySpacingMs: number;
}

type Options = Record<string, unknown> & { method: string; url: string; request?: Record<string, unknown> };
type Send = (options: Options) => Promise<unknown>;

/** A request that got no answer in time, or whose connection failed: GitHub is not reachable. */
export class GitHubUnreachable extends Error {
  static readonly marker = 'GitHub unreachable';
  readonly status = 504;
  constructor(why: string) {
    super(why.startsWith(GitHubUnreachable.marker) ? why : `${GitHubUnreachable.marker}: ${why}`);
  }
}

const WRITE = /^(POST|PUT|PATCH|DELETE)$/;
const NOTIFIES = /^POST \/repos\/\{owner\}\/\{repo\}\/issues(\/\{issue_number\}\/comments)?$/;

export function requestPolicy(policy: RequestPolicy): (send: Send, options: Options) => Promise<unknown> {
  let lastWrite = -Infinity;
  let lastNotify = -Infinity;
  let queue: Promise<unknown> = Promise.resolve();
  let down: string | undefined;

  /** Writes go one at a time, spaced out. */
  const spaced = (key: string): Promise<void> => {
    const turn = queue.then(async () => {
      const now = policy.clock.now();
      const gap = Math.max(lastWrite + policy.writeSpacingMs, NOTIFIES.test(key) ? lastNotify + policy.notifySpacingMs : -Infinity) - now;
      if (gap > 0) await policy.budget.wait(gap, `spacing ${key}`);
      lastWrite = policy.clock.now();
      if (NOTIFIES.test(key)) lastNotify = lastWrite;
    });
    queue = turn.catch(() => undefined);
    return turn;
  };

  const once = async (send: Send, options: Options): Promise<unknown> => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), policy.requestTimeoutMs);
    try {
      options.request = Object.assign(options.request ?? {}, { signal: abort.signal });
      return await send(options);
    } catch (e) {
      const seconds = Math.round(policy.requestTimeoutMs / 1000);
      if (abort.signal.aborted) throw new GitHubUnreachable(`no answer from GitHub within ${seconds} s (${options.method} ${options.url})`);
      if (statusOf(e) === 500 && !(e as { response?: unknown }).response) throw new GitHubUnreachable((e as Error).message);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  };

  return async (send, raw) => {
    if (down) throw new GitHubUnreachable(down);
    // Octokit's hooks pass the original options object down the chain: change it, do not copy it.
    const options = Object.assign(raw, fitForGitHub(raw));
    const key = `${options.method} ${options.url}`;
    const retries = typeof options.request?.retries === 'number' ? options.request.retries : policy.serverRetries;
    let serverTries = 0;
    let limitTries = 0;
    for (;;) {
      if (WRITE.test(options.method)) await spaced(key);
      try {
        return await once(send, options);
      } catch (e) {
        const limit = rateLimit(e, policy.clock.now());
        if (limit) {
          const again = limitTries++ < policy.rateLimitRetries;
          const refusal = again ? policy.budget.refusal(limit.waitMs) : undefined;
          const what = !again ? 'giving up' : refusal ? `not waited: ${refusal}` : `retrying after ${Math.ceil(limit.waitMs / 1000)}s`;
          policy.notice(`GitHub ${limit.kind} rate limit on ${key}: ${what}`);
          if (!again || !(await policy.budget.wait(limit.waitMs, `GitHub ${limit.kind} rate limit on ${key}`))) throw e;
          continue;
        }
        const status = statusOf(e) ?? 0;
        if (status < 500 || serverTries++ >= retries) {
          if (e instanceof GitHubUnreachable) down = e.message;
          throw e;
        }
        if (!(await policy.budget.wait(1000 * serverTries, `retrying ${key}`))) throw e;
      }
    }
  };
}

/** A primary (quota spent) or secondary (too fast) rate limit, and how long GitHub asks to wait. */
function rateLimit(e: unknown, now: number): { kind: 'primary' | 'secondary'; waitMs: number } | undefined {
  const status = statusOf(e);
  if (status !== 403 && status !== 429) return undefined;
  const headers = ((e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {}) as Record<string, string | undefined>;
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return { kind: 'secondary', waitMs: Math.max(0, retryAfter) * 1000 };
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return { kind: 'primary', waitMs: Math.max(0, Math.ceil(((Number.isFinite(reset) ? reset : now) - now) / 1000) + 1) * 1000 };
  }
  if (/secondary rate limit/i.test((e as Error).message)) return { kind: 'secondary', waitMs: 60_000 };
  return undefined;
}
