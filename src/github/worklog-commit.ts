// Commits the worklog and its JSON report through the REST contents API, so the commits are
// made (and signed) by GitHub and show as Verified. Never reads or writes the workspace.
import type { Report } from '../types.js';
import type { Octokit } from './client.js';
import { isStatus, type Repo } from './repo.js';

export interface CommittedFile {
  path: string;
  url: string;
  commitSha: string;
}

/** Fills {service}, {timestamp} and {date} from the report; each value made safe for a path. */
export function worklogPaths(template: string, report: Report): { markdown: string; json: string } {
  const at = new Date(report.generatedAt);
  const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
  const service = report.query.services.length === 1 ? report.query.services[0] : report.query.services.length ? 'multi' : 'all';
  const part = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'x';
  const markdown = template
    .replace(/\{service\}/g, part(service))
    .replace(/\{timestamp\}/g, iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'))
    .replace(/\{date\}/g, iso.slice(0, 10))
    .replace(/^\/+/, '');
  const json = /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
  return { markdown, json };
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
