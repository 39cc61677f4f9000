// The Octokit the publisher uses: @actions/github's, with throttling (primary and secondary rate
// limits respected) and retries of transient server errors.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  /** REST base URL; default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** How many times a rate-limited request is retried (default 2). */
  rateLimitRetries?: number;
  /** Milliseconds per second of retry-after: 1000 in production; tests shrink it. */
  retryAfterBaseValue?: number;
  /** Where rate-limit notices go (default: nowhere). */
  notice?: (line: string) => void;
  /** Replacement Bottleneck groups that space writes (1 s) and notifying writes (3 s); tests pass unspaced ones. */
  spacing?: Pick<ThrottlingOptions, 'write' | 'notifications'>;
}

export function createOctokit(token: string, opts: OctokitOptions = {}): Octokit {
  const retries = opts.rateLimitRetries ?? 2;
  const notice = opts.notice ?? (() => undefined);
  const baseUrl = opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < retries;
    notice(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter}s` : 'giving up'}`);
    return again;
  };
  return getOctokit(
    token,
    {
      baseUrl,
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: opts.retryAfterBaseValue ?? 1000,
        ...opts.spacing,
      },
      // Retries are for transient server errors. Rate limits (403/429) belong to the throttling
      // plugin; a 409 sha conflict needs a fresh sha, not the same request again.
      retry: { retryAfterBaseValue: opts.retryAfterBaseValue ?? 1000, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    },
    throttling,
    retry,
  );
}
