// The one clock every wait goes through (Cloud Logging pacing, GitHub spacing, retries, lock
// polling), so that tests can inject a fake one and never sleep for real.

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
