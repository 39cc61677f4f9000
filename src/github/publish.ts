// The one entry point: issues, the worklog commit and the PR comment, each step on its own, so
// one failing call never stops the others; the result says what was done and what failed.
import { randomUUID } from 'node:crypto';
import type { Report } from '../types.js';
import type { Settings } from '../settings.js';
import { errorLine } from '../errors.js';
import { validateGitHubSettings } from './settings-check.js';
export { validateGitHubSettings };
import type { Octokit } from './client.js';
import { syncIssues } from './issue-sync.js';
import type { LockOptions } from './lock.js';
import { emptySync, type IssueSyncResult } from './outcomes.js';
import { prCommentBody, upsertPrComment, type Gate } from './pr-comment.js';
import { isStatus, type Repo } from './repo.js';
import { putFile, worklogPaths } from './worklog-commit.js';

export type PublishSettings = Pick<
  Settings,
  'createIssues' | 'issueLabel' | 'maxNewIssues' | 'onRegression' | 'commitWorklog' | 'branch' | 'worklogPath' | 'prComment' | 'prNumber' | 'dryRun'
>;

export interface WorklogText {
  markdown: string;
  json: string;
}

export interface PublishContext {
  octokit: Octokit;
  owner: string;
  repo: string;
  settings: PublishSettings;
  /**
   * The rendered worklog. A function is called after the issues are synced (group.issue is set on
   * the report's groups by then), so the committed worklog can link every group's issue and list
   * what the GitHub step failed to do so far.
   */
  worklog?: WorklogText | ((issues: IssueSyncResult, failures: string[]) => WorklogText | Promise<WorklogText>);
  runUrl?: string;
  /** Names this run in the issue lock; default GITHUB_RUN_ID or a random id. */
  runId?: string;
  /** The pull request of a pull_request event; settings.prNumber is used otherwise. */
  pullRequest?: { number: number; isFork: boolean };
  gate?: Gate;
  now?: Date;
  lock?: LockOptions;
  /** A group seen again after this long without entries gets a "back" comment (default 72 h). */
  quietMs?: number;
}

export interface GitHubPublishResult extends IssueSyncResult {
  dryRun: boolean;
  worklog?: { path: string; jsonPath: string; url?: string; jsonUrl?: string; commitShas: string[] };
  prComment?: { number: number; url?: string; action: 'created' | 'updated' | 'would-post' };
  /** Things a reader should know that are not failures (fork PR skipped, ...). */
  notices: string[];
  failures: string[];
}

/** The pull request of a pull_request / pull_request_target event payload, if any. */
export function pullRequestFromPayload(payload: unknown): { number: number; isFork: boolean } | undefined {
  const pr = (payload as { pull_request?: { number?: number; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } })?.pull_request;
  if (!pr?.number) return undefined;
  const head = pr.head?.repo?.full_name;
  return { number: pr.number, isFork: !head || head !== pr.base?.repo?.full_name };
}


const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

export async function publishToGitHub(report: Report, ctx: PublishContext): Promise<GitHubPublishResult> {
  const { octokit, settings } = ctx;
  validateGitHubSettings(settings);
  const repo: Repo = { owner: ctx.owner, repo: ctx.repo };
  const failures: string[] = [];
  const notices: string[] = [];
  const dryRun = settings.dryRun;
  const paths = worklogPaths(settings.worklogPath, report);

  // Where the worklog will be, known before it is written, so issue bodies can link it.
  let worklogUrl: string | undefined;
  if (settings.commitWorklog) {
    try {
      const { data } = await octokit.rest.repos.get(repo);
      worklogUrl = `${data.html_url}/blob/${encodePath(settings.branch ?? data.default_branch)}/${encodePath(paths.markdown)}`;
    } catch (e) {
      failures.push(`GitHub: reading the repository: ${errorLine(e)}`);
    }
  }

  let issues = emptySync();
  if (settings.createIssues) {
    try {
      issues = await syncIssues({
        octokit,
        repo,
        report,
        settings,
        links: { worklogUrl, runUrl: ctx.runUrl },
        now: ctx.now ?? new Date(),
        runId: ctx.runId ?? process.env.GITHUB_RUN_ID ?? randomUUID(),
        lock: ctx.lock,
        quietMs: ctx.quietMs,
        failures,
      });
    } catch (e) {
      failures.push(`GitHub: issues: ${errorLine(e)}`);
    }
  }

  const result: GitHubPublishResult = { ...issues, dryRun, notices, failures };

  if (settings.commitWorklog && ctx.worklog) {
    result.worklog = { path: paths.markdown, jsonPath: paths.json, url: worklogUrl, commitShas: [] };
    if (!dryRun) {
      try {
        const text = typeof ctx.worklog === 'function' ? await ctx.worklog(issues, [...failures]) : ctx.worklog;
        const what = `${paths.markdown.split('/').pop()}`;
        const md = await putFile(octokit, repo, { path: paths.markdown, content: text.markdown, message: `log-gardener: worklog ${what}`, branch: settings.branch });
        result.worklog.url = md.url || worklogUrl;
        result.worklog.commitShas.push(md.commitSha);
        const js = await putFile(octokit, repo, { path: paths.json, content: text.json, message: `log-gardener: report ${paths.json.split('/').pop()}`, branch: settings.branch });
        result.worklog.jsonUrl = js.url;
        result.worklog.commitShas.push(js.commitSha);
      } catch (e) {
        failures.push(`GitHub: committing the worklog to ${paths.markdown}: ${errorLine(e)}`);
      }
    }
  }

  const pr = ctx.pullRequest ?? (settings.prNumber ? { number: settings.prNumber, isFork: false } : undefined);
  if (settings.prComment && pr) {
    if (pr.isFork) {
      notices.push(`Pull request #${pr.number} comes from a fork: its token is read-only, so no comment was posted.`);
    } else if (dryRun) {
      result.prComment = { number: pr.number, action: 'would-post' };
    } else {
      try {
        const body = prCommentBody({ report, issues, issuesSynced: settings.createIssues, gate: ctx.gate, worklogUrl: result.worklog?.url, runUrl: ctx.runUrl });
        result.prComment = { number: pr.number, ...(await upsertPrComment(octokit, repo, pr.number, body)) };
      } catch (e) {
        const hint = isStatus(e, 403) ? ' (the job needs `permissions: pull-requests: write`)' : '';
        failures.push(`GitHub: commenting on pull request #${pr.number}: ${errorLine(e)}${hint}`);
      }
    }
  }
  return result;
}
