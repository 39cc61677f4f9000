// Commits the worklog, its JSON report and the "latest" pointer in one commit through GraphQL
// createCommitOnBranch, so GitHub makes (and signs) the commit and it shows as Verified. The
// commit names the head it expects: a concurrent commit makes it fail, and it is retried on the
// new head. Content identical to what the branch holds is not committed again (a lost answer on
// the first try, or a rerun). Never reads or writes the workspace.
import { createHash } from 'node:crypto';
import type { Budget } from '../budget.js';
import type { Octokit } from './client.js';
import { statusOf, type Repo } from './repo.js';

interface FileToCommit {
  path: string;
  content: string;
}

interface Committed {
  /** Undefined when the branch already held exactly these files. */
  commitSha?: string;
  identical: boolean;
}

/** Git's blob id of a text, to compare with what the branch holds without downloading it. */
const blobOid = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

interface Head {
  oid: string;
  /** Blob ids of the files at the head, undefined where a file does not exist. */
  blobs: (string | undefined)[];
}

async function readHead(octokit: Octokit, repo: Repo, branch: string, paths: string[]): Promise<Head> {
  const fields = paths.map((_, i) => `f${i}: object(expression: $e${i}) { oid }`).join('\n');
  const vars = paths.map((_, i) => `$e${i}: String!`).join(', ');
  const query = `query($owner: String!, $name: String!, $ref: String!${vars ? `, ${vars}` : ''}) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) { target { oid } }
    ${fields}
  }
}`;
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo, ref: `refs/heads/${branch}` };
  paths.forEach((p, i) => (variables[`e${i}`] = `${branch}:${p}`));
  const data = await octokit.graphql<{ repository: Record<string, { oid: string } | null> & { ref: { target: { oid: string } } | null } }>(query, variables);
  const ref = data.repository.ref;
  if (!ref) throw new Error(`branch ${branch} does not exist`);
  return { oid: ref.target.oid, blobs: paths.map((_, i) => data.repository[`f${i}`]?.oid) };
}

/** How many names a run tries: its own, then "-2" to "-21". */
const MAX_TAKEN = 20;
export const suffixOf = (taken: number) => (taken ? `-${taken + 1}` : '');

/**
 * How many of the names `names(suffix)` gives (suffix "", "-2", "-3", ...) are held on the branch (by
 * another leg of the same matrix run), looked up in one query before anything is written.
 */
export async function freeSuffix(octokit: Octokit, repo: Repo, branch: string, names: (suffix: string) => string[]): Promise<number> {
  const tries = Array.from({ length: MAX_TAKEN + 1 }, (_, i) => names(suffixOf(i)));
  const head = await readHead(octokit, repo, branch, tries.flat());
  let at = 0;
  const free = tries.findIndex((t) => {
    const held = head.blobs.slice(at, (at += t.length));
    return held.every((b) => b === undefined);
  });
  return free < 0 ? MAX_TAKEN : free;
}

const isStaleHead = (e: unknown) =>
  /expected branch to point to|STALE_DATA/i.test((e as Error).message ?? '') ||
  ((e as { errors?: { type?: string }[] }).errors ?? []).some((x) => x.type === 'STALE_DATA');

/**
 * Commits `files` in one commit on `branch`. The first `keep` files never replace another run's file:
 * when a path holds different content (another leg of the same matrix run, same run id and attempt),
 * the names get "-2", "-3", ... (`files` is called again with the suffix, so the pointer can name the
 * file that is written).
 */
export async function commitFiles(
  octokit: Octokit,
  budget: Budget,
  repo: Repo,
  commit: { branch: string; message: string; files: (suffix: string) => FileToCommit[]; keep: number; taken?: number },
  attempts = 4,
): Promise<Committed & { suffix: string }> {
  let taken = commit.taken ?? 0;
  for (let attempt = 1; ; attempt++) {
    const suffix = suffixOf(taken);
    const files = commit.files(suffix);
    const paths = files.map((f) => f.path);
    const want = files.map((f) => blobOid(f.content));
    const head = await readHead(octokit, repo, commit.branch, paths);
    // Already there: a rerun with the same content (nothing to commit), or our own commit whose answer was lost.
    if (want.every((oid, i) => head.blobs[i] === oid)) return { ...(attempt === 1 ? { identical: true } : { commitSha: head.oid, identical: false }), suffix };
    if (files.slice(0, commit.keep).some((_, i) => head.blobs[i] !== undefined && head.blobs[i] !== want[i]) && taken < MAX_TAKEN) {
      taken += 1;
      attempt -= 1; // a name taken is not a failed attempt
      continue;
    }
    try {
      const data = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
        `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`,
        {
          input: {
            branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: commit.branch },
            message: { headline: commit.message },
            expectedHeadOid: head.oid,
            fileChanges: { additions: files.map((f) => ({ path: f.path, contents: Buffer.from(f.content, 'utf8').toString('base64') })) },
          },
          request: { retries: 0 },
        },
      );
      return { commitSha: data.createCommitOnBranch.commit.oid, identical: false, suffix };
    } catch (e) {
      // Another commit landed first, or the answer was lost: read the head again; our files there mean it landed.
      const retry = isStaleHead(e) || (statusOf(e) ?? 0) >= 500;
      if (!retry || attempt >= attempts) throw e;
      if (!(await budget.wait(500 * attempt, 'retrying the worklog commit'))) throw e;
    }
  }
}
