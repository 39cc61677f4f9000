// The run budget (input max-run-time): every wait of a run (rate limits, retries, lock polling,
// pacing) goes through it. A wait that would end past the budget, or is longer than one wait may
// be, does not happen: the caller gives up on that call and the run publishes what it has.
import type { Clock } from './clock.js';

interface BudgetOptions {
  /** Total run time, from the budget's creation. */
  totalMs: number;
  /** The longest single wait (default 60 s): a rate limit that resets later is not waited out. */
  maxWaitMs?: number;
  /** All waits together at most this long (a dry run fails fast: 20 s). */
  maxWaitedMs?: number;
}

export class Budget {
  private readonly end: number;
  private readonly maxWaitMs: number;
  private readonly maxWaitedMs: number;
  private waitedMs = 0;
  /** What was not waited for, one line each. */
  readonly refused: string[] = [];

  constructor(
    private readonly clock: Clock,
    opts: BudgetOptions,
  ) {
    this.end = clock.now() + opts.totalMs;
    this.maxWaitMs = opts.maxWaitMs ?? 60_000;
    this.maxWaitedMs = opts.maxWaitedMs ?? Infinity;
  }

  get leftMs(): number {
    return Math.max(0, this.end - this.clock.now());
  }

  get spent(): boolean {
    return this.leftMs <= 0 || this.refused.length > 0;
  }

  get waited(): number {
    return this.waitedMs;
  }

  /** Why a wait of ms would not happen, or undefined when it may. */
  refusal(ms: number): string | undefined {
    if (ms > this.maxWaitMs) return `a wait of ${seconds(ms)} is longer than the ${seconds(this.maxWaitMs)} one wait may take`;
    if (this.waitedMs + ms > this.maxWaitedMs) return `a wait of ${seconds(ms)} would pass the ${seconds(this.maxWaitedMs)} of waiting allowed`;
    if (ms > this.leftMs) return `a wait of ${seconds(ms)} would outlast the run budget (${seconds(this.leftMs)} left)`;
    return undefined;
  }

  /** Sleeps ms and returns true, or returns false at once (and records why) when the budget refuses. */
  async wait(ms: number, what: string): Promise<boolean> {
    const no = this.refusal(Math.max(0, ms));
    if (no) {
      this.refused.push(`${what}: ${no}`);
      return false;
    }
    if (ms > 0) await this.clock.sleep(ms);
    this.waitedMs += Math.max(0, ms);
    return true;
  }
}

const seconds = (ms: number) => `${Math.ceil(ms / 1000)} s`;

/** A budget that never refuses a wait shorter than a day (for callers that set none). */
export const unbounded = (clock: Clock) => new Budget(clock, { totalMs: 365 * 86_400_000, maxWaitMs: 86_400_000 });
