// The action's GitHub step: issues, then the worklog finished once (linked to the issues), then its
// commit and the PR comment. Never throws for API errors: it returns what failed.
import * as github from '@actions/github';
import type { Settings } from '../settings.js';
import type { Built, Finished, GitHubDone, LinkedIssues } from '../outcome.js';
import type { IssueRef, Report } from '../types.js';
import { createOctokit, publishToGitHub, pullRequestFromPayload, type GitHubPublishResult, type IssueSyncResult, type Octokit } from '../github/index.js';
import type { IssueOutcome } from '../github/outcomes.js';
import { findPreviousReport } from '../github/previous-report.js';

export interface GitHubTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
}

/** Where to publish, or why not (no token, not in a repository). */
export function githubTarget(settings: Settings, env: NodeJS.ProcessEnv, notice: (m: string) => void): GitHubTarget | undefined {
  const wanted = settings.createIssues || settings.commitWorklog || settings.prComment;
  if (!wanted) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!settings.githubToken || !owner || !repo) {
    notice('GitHub step skipped: no github-token or GITHUB_REPOSITORY (local run). The worklog is written locally only.');
    return undefined;
  }
  return { octokit: createOctokit(settings.githubToken, { baseUrl: env.GITHUB_API_URL, notice }), owner, repo };
}

export async function previousFromRepository(target: GitHubTarget, settings: Settings, services: string[], warn: (m: string) => void): Promise<Report | undefined> {
  const found = await findPreviousReport(target.octokit, target, settings.worklogPath, services, settings.branch);
  if (found.problem) warn(`previous report: ${found.problem}; trends are left out this run`);
  return found.report;
}

/** Each group's issue as the sync left it, by fingerprint. */
function issueRefs(issues: IssueSyncResult): Record<string, IssueRef> {
  const refs: Record<string, IssueRef> = {};
  const put = (list: IssueOutcome[], state: IssueRef['state']) => {
    for (const o of list) if (o.number !== undefined && o.url !== undefined) refs[o.fingerprint] = { number: o.number, url: o.url, state };
  };
  put(issues.skipped, 'skipped');
  put(issues.unchanged, 'updated');
  put(issues.updated, 'updated');
  put(issues.reopened, 'reopened');
  put(issues.adopted, 'adopted');
  put(issues.created, 'new');
  return refs;
}

function linked(issues: IssueSyncResult, failures: string[]): LinkedIssues {
  return {
    refs: issueRefs(issues),
    notes: {
      notFiled: issues.skipped.map(({ title, priority, note }) => ({ title, priority, note })),
      possibleDuplicates: issues.uncertain.map(({ title, priority, candidates }) => ({ title, priority, candidates: candidates.map(({ number, url, title: t }) => ({ number, url, title: t })) })),
    },
    failures,
  };
}

function done(result: GitHubPublishResult, failures: string[]): GitHubDone {
  return {
    dryRun: result.dryRun,
    created: result.created.length,
    updated: result.updated.length,
    reopened: result.reopened.length,
    adopted: result.adopted.length,
    skipped: result.skipped.length,
    worklogUrl: result.worklog?.commitShas.length ? result.worklog.url : undefined,
    commentUrl: result.prComment?.url,
    notices: result.notices,
    failures,
  };
}

/**
 * Issues first; then `finish` renders and writes the worklog once, with the issues linked and what
 * failed so far; then the same text is committed and the PR comment posted. Failures after `finish`
 * come back in `github.failures`.
 */
export async function publishStep(
  built: Built,
  settings: Settings,
  target: GitHubTarget,
  env: NodeJS.ProcessEnv,
  finish: (issues: LinkedIssues) => Promise<Finished>,
): Promise<{ finished: Finished; github: GitHubDone; result: GitHubPublishResult }> {
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  let finished: Finished | undefined;
  let reported = 0;
  const result = await publishToGitHub(built.report, {
    octokit: target.octokit,
    owner: target.owner,
    repo: target.repo,
    settings,
    worklog: async (issues, failures) => {
      finished ??= await finish(linked(issues, failures));
      reported = failures.length;
      return { markdown: finished.markdown, json: finished.json };
    },
    runUrl,
    pullRequest: pullRequestFromPayload(github.context.payload),
    gate: { failed: built.gate.failed, text: built.gate.text },
  });
  if (!finished) {
    // Nothing was committed (commit-worklog off, dry run): the worklog holds everything the step did.
    finished = await finish(linked(result, [...result.failures]));
    reported = result.failures.length;
  }
  return { finished, github: done(result, result.failures.slice(reported)), result };
}
