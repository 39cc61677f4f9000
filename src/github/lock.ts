// A repository-wide mutex for the moments a run files or adopts issues, so two runs at once never
// file the same group twice. Creating a label is atomic on GitHub's side: the second POST of the
// same name gets 422. The label's description holds the owner and an expiry, so a crashed run's
// lock is taken over once it expires. The owner is unique per process (run id, attempt, job and a
// random nonce): the legs of a matrix share the run id and the job name.
import { randomBytes } from 'node:crypto';
import type { Budget } from '../budget.js';
import type { Clock } from '../clock.js';
import { errorLine } from '../errors.js';
import type { Octokit } from './client.js';
import { isStatus, type Repo } from './repo.js';

export const LOCK_LABEL = 'log-gardener-lock';

export interface LockOptions {
  /** How long a holder may keep the lock before others take it over (default 10 minutes). */
  ttlMs?: number;
  /** How long to wait for another run's lock (default: its time to live and half a minute). */
  waitMs?: number;
  /** Pause between attempts (default 5 s). */
  pollMs?: number;
}

interface Lock {
  release(): Promise<void>;
}

type LockResult = { lock: Lock } | { lock?: undefined; why: string };

/** Who holds the lock: unique per process, readable in the label's description (<= 100 characters). */
export function lockOwner(env: NodeJS.ProcessEnv, nonce = randomBytes(4).toString('hex')): string {
  const part = (s: string | undefined, max: number) => (s ?? '').replace(/[^\w.-]+/g, '-').slice(0, max);
  return [part(env.GITHUB_RUN_ID, 20) || 'local', part(env.GITHUB_RUN_ATTEMPT, 4) || '1', part(env.GITHUB_JOB, 24) || 'job', nonce].join('.');
}

const describe = (owner: string, until: number) => `Held by GCP Log Gardener run ${owner} until ${new Date(until).toISOString()}; safe to delete after that`;
const expiryOf = (description: string | null | undefined) => Date.parse(/until (\S+);/.exec(description ?? '')?.[1] ?? '') || 0;
const heldBy = (description: string | null | undefined, owner: string) => (description ?? '').includes(`run ${owner} `);

export async function acquireLock(
  octokit: Octokit,
  repo: Repo,
  owner: string,
  waits: { clock: Clock; budget: Budget },
  opts: LockOptions = {},
): Promise<LockResult> {
  const { clock, budget } = waits;
  const ttl = opts.ttlMs ?? 600_000;
  const deadline = clock.now() + (opts.waitMs ?? ttl + 30_000);
  const label = { owner: repo.owner, repo: repo.repo, name: LOCK_LABEL };
  const read = () =>
    octokit.rest.issues.getLabel(label).then(
      (r) => r.data,
      (e: unknown) => {
        if (isStatus(e, 404)) return undefined;
        throw e;
      },
    );
  const lock: Lock = {
    release: async () => {
      const now = await read();
      if (!now || !heldBy(now.description, owner)) return; // gone already, or taken over: not ours to delete
      await octokit.rest.issues.deleteLabel(label).catch((e: unknown) => {
        if (!isStatus(e, 404)) throw e; // a lost answer on our own delete: it is gone
      });
    },
  };
  let refusals = 0;
  for (;;) {
    try {
      const description = describe(owner, clock.now() + ttl);
      await octokit.rest.issues.createLabel({ owner: repo.owner, repo: repo.repo, name: LOCK_LABEL, color: '000000', description });
      return { lock };
    } catch (e) {
      if (!isStatus(e, 422)) throw e;
      const held = await read();
      // 422 while no lock label exists: GitHub refused the label itself, not because another run holds it.
      if (!held && ++refusals >= 3) return { why: `the issue lock could not be created: ${errorLine(e)}` };
      if (!held) continue;
    }
    const held = await read();
    // Our own label: a retried create whose first answer was lost after GitHub made the label.
    if (held && heldBy(held.description, owner)) return { lock };
    if (held && expiryOf(held.description) < clock.now()) {
      try {
        await octokit.rest.issues.deleteLabel(label);
      } catch (e) {
        if (!isStatus(e, 404)) return { why: `the issue lock expired but could not be taken over: deleting it failed: ${errorLine(e)}` };
      }
      if (clock.now() >= deadline) return { why: 'the issue lock kept changing hands until the wait for it ran out' };
      continue;
    }
    if (clock.now() >= deadline) return { why: 'another run held the issue lock' };
    const pause = Math.min(opts.pollMs ?? 5000, Math.max(0, deadline - clock.now()));
    if (!(await budget.wait(pause, 'waiting for the issue lock'))) return { why: 'the run budget ran out while another run held the issue lock' };
  }
}
