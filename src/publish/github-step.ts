// The action's GitHub step: issues, the worklog commit and the PR comment, then the local files
// written once more from the report as published (issues linked, failures listed). Never throws
// for API errors: they land in the report's failures.
import * as github from '@actions/github';
import type { Settings } from '../settings.js';
import type { RunOutcome } from '../run.js';
import { Budget } from '../budget.js';
import { realClock, type Clock } from '../clock.js';
import { errorLine } from '../errors.js';
import { DEFAULT_MAX_RUN_TIME_MS } from '../inputs.js';
import { createOctokit, publishToGitHub, pullRequestFromPayload, type GitHubPublishResult, type Octokit } from '../github/index.js';
import { listActionIssues } from '../github/issue-index.js';
import { findPreviousReport } from '../github/previous-report.js';
import { isStatus } from '../github/repo.js';
import { renderWorklog } from '../render/worklog.js';
import { writeOutputs } from './files.js';
import type { Report } from '../types.js';
import type { KnownGroups } from '../gate.js';

export interface GitHubTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  clock?: Clock;
  budget?: Budget;
}

/** Test-only: every GitHub wait (spacing, retry pauses, lock polling) times this factor; 0 in the bundle's end-to-end tests. */
export const WAIT_SCALE_ENV = 'LOG_GARDENER_TEST_GITHUB_WAIT_SCALE';

/** The real clock with its sleeps scaled (see WAIT_SCALE_ENV). */
function clockFor(env: NodeJS.ProcessEnv): Clock {
  const raw = env[WAIT_SCALE_ENV];
  const scale = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale < 0 || scale === 1) return realClock;
  return { now: realClock.now, sleep: (ms) => realClock.sleep(ms * scale) };
}

/** Where to publish, or why not (no token, not in a repository). */
export function githubTarget(settings: Settings, env: NodeJS.ProcessEnv, notice: (m: string) => void, clock: Clock = clockFor(env)): GitHubTarget | undefined {
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

export async function previousFromRepository(target: GitHubTarget, settings: Settings, services: string[], warn: (m: string) => void): Promise<Report | undefined> {
  const found = await findPreviousReport(target.octokit, { owner: target.owner, repo: target.repo }, settings.worklogPath, services, settings.branch);
  if (found.problem) warn(`previous report: ${found.problem}; trends are left out this run`);
  return found.report;
}

/**
 * The fingerprints on the action's issues, open and closed, when the token can read issues; else
 * undefined (the caller falls back on the previous report).
 */
export async function knownFromIssues(target: GitHubTarget, settings: Settings, warn: (m: string) => void): Promise<KnownGroups | undefined> {
  try {
    const index = await listActionIssues(target.octokit, { owner: target.owner, repo: target.repo }, { label: settings.issueLabel, now: new Date((target.clock ?? realClock).now()), closedWithinDays: Infinity });
    return { source: 'issues', fingerprints: index.fingerprints() };
  } catch (e) {
    if (!isStatus(e, 401, 403, 404)) warn(`known groups: reading the issues failed (${errorLine(e)}); the previous report is used instead`);
    return undefined;
  }
}

export async function publishStep(outcome: RunOutcome, settings: Settings, target: GitHubTarget, env: NodeJS.ProcessEnv, components: string[]): Promise<GitHubPublishResult> {
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const render = (final: Report) => ({ markdown: renderWorklog(final, { components }), json: JSON.stringify(final, null, 2) + '\n' });
  const result = await publishToGitHub(outcome.report, {
    octokit: target.octokit,
    owner: target.owner,
    repo: target.repo,
    settings,
    worklog: render,
    runUrl,
    run: env.GITHUB_RUN_ID ? { id: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT } : undefined,
    pullRequest: pullRequestFromPayload(github.context.payload),
    gate: { failed: outcome.gate.failed, text: outcome.gate.text },
    clock: target.clock,
    budget: target.budget,
  });
  // The local worklog is the one rendered once (and committed); the local JSON report keeps every
  // failure, those of the commit and the comment too.
  outcome.report = result.report;
  outcome.markdown = (result.rendered ?? render(result.report)).markdown;
  outcome.json = JSON.stringify(result.report, null, 2) + '\n';
  await writeOutputs(settings.outputDir, outcome.repoPaths, outcome.markdown, outcome.json);
  return result;
}
