// Staying inside Cloud Logging's read quota (entries.list: 60 requests/minute/project) and
// backing off when the service says so.

import { realClock, type Clock } from '../clock.js';

export { realClock, type Clock };

/** A sliding-window limit per key: at most `limit` requests in any `windowMs`. */
export class RateLimiter {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Waits until a request for `key` fits in the window, then records it. Returns the wait in ms. */
  async take(key: string): Promise<number> {
    if (this.limit <= 0) return 0;
    const times = this.sent.get(key) ?? [];
    this.sent.set(key, times);
    let waited = 0;
    for (;;) {
      const now = this.clock.now();
      while (times.length > 0 && times[0] <= now - this.windowMs) times.shift();
      if (times.length < this.limit) {
        times.push(now);
        return waited;
      }
      const wait = times[0] + this.windowMs - now;
      waited += wait;
      await this.clock.sleep(wait);
    }
  }
}

export interface BackoffPolicy {
  /** Retries after the first attempt. */
  retries: number;
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retries: 5, initialMs: 2_000, maxMs: 60_000 };

/** Delay before retry number `attempt` (0-based): doubling, capped. */
export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** attempt);
}
