// A repository-wide mutex for the moments a run files or adopts issues, so two runs at once never
// file the same group twice. Creating a label is atomic on GitHub's side: the second POST of the
// same name gets 422. The label's description holds the owner and an expiry, so a crashed run's
// lock is taken over once it expires.
import type { Octokit } from './client.js';
import { isStatus, sleep, type Repo } from './repo.js';

export const LOCK_LABEL = 'log-gardener-lock';

export interface LockOptions {
  /** How long a holder may keep the lock before others take it over (default 10 minutes). */
  ttlMs?: number;
  /** How long to wait for another run's lock (default: its time to live and half a minute). */
  waitMs?: number;
  /** Pause between attempts (default 5 s). */
  pollMs?: number;
}

export interface Lock {
  release(): Promise<void>;
}

const describe = (owner: string, until: number) => `Held by GCP Log Gardener run ${owner} until ${new Date(until).toISOString()}; safe to delete after that`;
const expiryOf = (description: string | null | undefined) => Date.parse(/until (\S+);/.exec(description ?? '')?.[1] ?? '') || 0;

export async function acquireLock(octokit: Octokit, repo: Repo, owner: string, opts: LockOptions = {}): Promise<Lock | undefined> {
  const ttl = opts.ttlMs ?? 600_000;
  const deadline = Date.now() + (opts.waitMs ?? ttl + 30_000);
  const lock: Lock = {
    release: async () => {
      const now = await octokit.rest.issues.getLabel({ ...repo, name: LOCK_LABEL }).catch(() => undefined);
      if (now?.data.description?.includes(`run ${owner} `)) await octokit.rest.issues.deleteLabel({ ...repo, name: LOCK_LABEL });
    },
  };
  for (;;) {
    try {
      await octokit.rest.issues.createLabel({ ...repo, name: LOCK_LABEL, color: '000000', description: describe(owner, Date.now() + ttl) });
      return lock;
    } catch (e) {
      if (!isStatus(e, 422)) throw e;
    }
    const held = await octokit.rest.issues.getLabel({ ...repo, name: LOCK_LABEL }).catch((e: unknown) => {
      if (isStatus(e, 404)) return undefined;
      throw e;
    });
    // Our own label: a retried create whose first answer was lost after GitHub made the label.
    if (held?.data.description?.includes(`run ${owner} `)) return lock;
    if (held && expiryOf(held.data.description) < Date.now()) {
      await octokit.rest.issues.deleteLabel({ ...repo, name: LOCK_LABEL }).catch(() => undefined);
      continue;
    }
    if (!held) continue;
    if (Date.now() >= deadline) return undefined;
    await sleep(opts.pollMs ?? 5000);
  }
}
