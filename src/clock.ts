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

/** Test-only: every wait (GitHub spacing, retries, lock polling, Cloud Logging and BigQuery backoff)
 * times this factor; the bundle's end-to-end tests set 0 so they never sleep for real. */
export const WAIT_SCALE_ENV = 'LOG_GARDENER_TEST_WAIT_SCALE';

/** The real clock, its sleeps scaled by WAIT_SCALE_ENV when that is set. */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const raw = env[WAIT_SCALE_ENV];
  const scale = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale < 0 || scale === 1) return realClock;
  return { now: realClock.now, sleep: (ms) => realClock.sleep(ms * scale) };
}
