// The Octokit the publisher uses: @actions/github's, with one request policy around every call
// (spacing, retries, rate limits, timeouts, sizes and clean text; see request-policy.ts).
import { getOctokit } from '@actions/github';
import { unbounded, type Budget } from '../budget.js';
import { realClock, type Clock } from '../clock.js';
import { requestPolicy } from './request-policy.js';

export type Octokit = ReturnType<typeof getOctokit>;

interface OctokitOptions {
  /** REST base URL; default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** Every wait goes through it (default: the real clock). */
  clock?: Clock;
  /** Every wait is counted against it (default: none worth mentioning). */
  budget?: Budget;
  /** How many times a rate-limited request is retried (default 2). */
  rateLimitRetries?: number;
  /** How many times a server error or lost connection is retried (default 2). */
  serverRetries?: number;
  /** A request without an answer after this long fails (default 30 s). */
  requestTimeoutMs?: number;
  /** Where rate-limit notices go (default: nowhere). */
  notice?: (line: string) => void;
}

export function createOctokit(token: string, opts: OctokitOptions = {}): Octokit {
  const clock = opts.clock ?? realClock;
  const octokit = getOctokit(token, { baseUrl: opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com' });
  const policy = requestPolicy({
    clock,
    budget: opts.budget ?? unbounded(clock),
    notice: opts.notice ?? (() => undefined),
    rateLimitRetries: opts.rateLimitRetries ?? 2,
    serverRetries: opts.serverRetries ?? 2,
    requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
    writeSpacingMs: 1000,
    notifySpacingMs: 3000,
  });
  octokit.hook.wrap('request', policy as never);
  return octokit;
}
