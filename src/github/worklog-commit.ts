// Commits the worklog and its JSON report through the REST contents API, so the commits are
// made (and signed) by GitHub and show as Verified. Never reads or writes the workspace.
import type { Octokit } from './client.js';
import { isStatus, type Repo } from './repo.js';
export { worklogPaths } from '../paths.js';

export interface CommittedFile {
  path: string;
  url: string;
  commitSha: string;
}


/**
 * Creates or replaces one file on a branch. Sends the sha it last saw; when someone else changed
 * the file meanwhile (409, or 422 "sha wasn't supplied"), reads the current sha and tries again.
 */
export async function putFile(octokit: Octokit, repo: Repo, file: { path: string; content: string; message: string; branch?: string }, attempts = 5): Promise<CommittedFile> {
  let sha: string | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: file.path,
        message: file.message,
        content: Buffer.from(file.content, 'utf8').toString('base64'),
        ...(file.branch ? { branch: file.branch } : {}),
        ...(sha ? { sha } : {}),
      });
      return { path: file.path, url: data.content?.html_url ?? '', commitSha: data.commit.sha ?? '' };
    } catch (e) {
      if (!isStatus(e, 409, 422) || attempt >= attempts) throw e;
      sha = await currentSha(octokit, repo, file.path, file.branch);
    }
  }
}

async function currentSha(octokit: Octokit, repo: Repo, path: string, ref?: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) });
    return Array.isArray(data) ? undefined : data.sha;
  } catch (e) {
    if (isStatus(e, 404)) return undefined;
    throw e;
  }
}
