// Filing an issue or posting a comment is not idempotent: a server error can come after GitHub did
// the write (a lost answer), and a blind retry would do it twice. These writes go without the
// policy's retries; after a server error they look for what they wrote before writing again.
import type { Budget } from '../budget.js';
import type { Octokit } from './client.js';
import { fitForGitHub } from './limits.js';
import { statusOf, type Repo } from './repo.js';

/** Pause before looking, times the attempt number (GitHub's writes land within a second or two). */
const LOOK_PAUSE_MS = 1_000;

/** Request options that turn the policy's server-error retries off for one call (rate limits are still waited out). */
export const NO_RETRY = { retries: 0 } as const;

export async function writeOnce<T>(budget: Budget, write: () => Promise<T>, lookFor: () => Promise<T | undefined>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if ((statusOf(e) ?? 0) < 500 || attempt >= attempts) throw e;
      if (!(await budget.wait(LOOK_PAUSE_MS * attempt, 'looking for a write whose answer was lost'))) throw e;
      const found = await lookFor();
      if (found !== undefined) return found;
    }
  }
}

/** Posts a comment once: after a server error, an identical comment already there is the one. */
export async function commentOnce(octokit: Octokit, budget: Budget, repo: Repo, issueNumber: number, body: string): Promise<{ id: number; html_url: string }> {
  return writeOnce(
    budget,
    async () => (await octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body, request: NO_RETRY })).data,
    async () => {
      const params = { owner: repo.owner, repo: repo.repo, issue_number: issueNumber, per_page: 100 };
      const comments = await octokit.paginate(octokit.rest.issues.listComments, params);
      const sent = fitForGitHub({ body }).body;
      return comments.find((c) => c.body === sent);
    },
  );
}
