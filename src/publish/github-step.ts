// The action's GitHub step: issues, then the worklog finished once (linked to the issues), then its
// commit and the PR comment. Never throws for API errors: it returns what failed.
import * as github from '@actions/github';
import type { Settings } from '../settings.js';
import type { Built, Finished, GitHubDone, LinkedIssues, WorklogPaths } from '../outcome.js';
import type { Report } from '../types.js';
import type { KnownGroups } from '../gate.js';
import { Budget } from '../budget.js';
import { clockFromEnv, realClock, type Clock } from '../clock.js';
import { errorLine } from '../errors.js';
import { DEFAULT_MAX_RUN_TIME_MS } from '../settings.js';
import { createOctokit, publishToGitHub, pullRequestFromPayload, type GitHubPublishResult, type IssueSyncResult, type Octokit } from '../github/index.js';
import { listActionIssues } from '../github/issue-index.js';
import { issueNotes } from '../github/outcomes.js';
import { findPreviousReport } from '../github/previous-report.js';
import { isStatus } from '../github/repo.js';
import { runName } from '../paths.js';

export interface GitHubTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** Every GitHub wait goes through it (default: the real clock). */
  clock?: Clock;
  /** The run budget (max-run-time) the waits count against. */
  budget?: Budget;
}

/** Where to publish, or why not (no token, not in a repository). */
export function githubTarget(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  notice: (m: string) => void,
  clock: Clock = clockFromEnv(env),
): GitHubTarget | undefined {
  const wanted = settings.createIssues || settings.commitWorklog || settings.prComment;
  if (!wanted) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!settings.githubToken || !owner || !repo) {
    notice('GitHub step skipped: no github-token or GITHUB_REPOSITORY (local run). The worklog is written locally only.');
    return undefined;
  }
  // A dry run only reads: when GitHub is down it says so within seconds, not minutes.
  const budget = new Budget(clock, { totalMs: settings.maxRunTimeMs ?? DEFAULT_MAX_RUN_TIME_MS, ...(settings.dryRun ? { maxWaitedMs: 20_000 } : {}) });
  const octokit = createOctokit(settings.githubToken, {
    baseUrl: env.GITHUB_API_URL,
    notice,
    clock,
    budget,
    requestTimeoutMs: settings.dryRun ? 5_000 : 30_000,
    serverRetries: settings.dryRun ? 1 : 2,
  });
  return { octokit, owner, repo, clock, budget };
}

export async function previousFromRepository(
  target: GitHubTarget,
  settings: Settings,
  services: string[],
  warn: (m: string) => void,
): Promise<Report | undefined> {
  const found = await findPreviousReport(target.octokit, { owner: target.owner, repo: target.repo }, settings.worklogPath, services, settings.branch);
  if (found.problem) warn(`previous report: ${found.problem}; trends are left out this run`);
  return found.report;
}

/**
 * The fingerprints on the action's issues, open and closed, when the token can read issues; else
 * undefined (the caller falls back on the previous report).
 */
export async function knownFromIssues(
  target: GitHubTarget,
  settings: Pick<Settings, 'issueLabel'>,
  warn: (m: string) => void,
): Promise<KnownGroups | undefined> {
  try {
    const now = new Date((target.clock ?? realClock).now());
    const repo = { owner: target.owner, repo: target.repo };
    const index = await listActionIssues(target.octokit, repo, { label: settings.issueLabel, now, closedWithinDays: Infinity });
    return { source: 'issues', fingerprints: index.fingerprints() };
  } catch (e) {
    if (!isStatus(e, 401, 403, 404)) warn(`known groups: reading the issues failed (${errorLine(e)}); the previous report is used instead`);
    return undefined;
  }
}

/** What the issue sync hands the worklog: each group's issue, the notes, the failures so far. */
function linked(issues: IssueSyncResult, failures: string[]): LinkedIssues {
  return { refs: issues.refs, notes: issueNotes(issues), failures };
}

function done(result: GitHubPublishResult, failures: string[], createIssues: boolean): GitHubDone {
  return {
    dryRun: result.dryRun,
    created: result.created.length,
    updated: result.updated.length,
    reopened: result.reopened.length,
    adopted: result.adopted.length,
    skipped: result.skipped.length,
    read: result.read || !createIssues,
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
  finish: (issues: LinkedIssues, paths?: WorklogPaths) => Promise<Finished>,
): Promise<{ finished: Finished; github: GitHubDone; result: GitHubPublishResult }> {
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  let finished: Finished | undefined;
  let reported = 0;
  const result = await publishToGitHub(built.report, {
    octokit: target.octokit,
    owner: target.owner,
    repo: target.repo,
    settings,
    worklog: async (issues, failures, paths) => {
      finished = await finish(linked(issues, failures), paths);
      reported = failures.length;
      return { markdown: finished.markdown, json: finished.json };
    },
    runUrl,
    run: runName(env),
    paths: built.repoPaths,
    pullRequest: pullRequestFromPayload(github.context.payload),
    gate: { failed: built.gate.failed, text: built.gate.text },
    clock: target.clock,
    budget: target.budget,
  });
  // publishToGitHub calls worklog() exactly once; this only guards against a throw before it.
  finished ??= await finish(linked(result, [...result.failures]));
  return { finished, github: done(result, result.failures.slice(reported), settings.createIssues), result };
}
