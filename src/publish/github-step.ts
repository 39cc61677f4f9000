// The action's GitHub step: issues, the worklog commit and the PR comment, then the local files
// rewritten so they link the issues. Never throws for API errors: they land in report.failures.
import * as github from '@actions/github';
import type { Settings } from '../settings.js';
import type { RunOutcome } from '../run.js';
import { createOctokit, publishToGitHub, pullRequestFromPayload, type GitHubPublishResult, type IssueSyncResult, type Octokit } from '../github/index.js';
import { findPreviousReport } from '../github/previous-report.js';
import { renderWorklog } from '../render/worklog.js';
import { reportText, writeOutputs } from './files.js';
import type { Report } from '../types.js';

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

function notes(report: Report, issues: IssueSyncResult): void {
  report.issues = {
    notFiled: issues.skipped.map(({ title, priority, note }) => ({ title, priority, note })),
    possibleDuplicates: issues.uncertain.map(({ title, priority, candidates }) => ({ title, priority, candidates: candidates.map(({ number, url, title: t }) => ({ number, url, title: t })) })),
  };
}

export async function publishStep(outcome: RunOutcome, settings: Settings, target: GitHubTarget, env: NodeJS.ProcessEnv, components: string[]): Promise<GitHubPublishResult> {
  const { report } = outcome;
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const render = (issues: IssueSyncResult, failures: string[] = []) => {
    notes(report, issues);
    const shown: Report = failures.length ? { ...report, failures: [...report.failures, ...failures] } : report;
    const markdown = renderWorklog(shown, { components });
    return { markdown, json: reportText(shown) };
  };
  const result = await publishToGitHub(report, {
    octokit: target.octokit,
    owner: target.owner,
    repo: target.repo,
    settings,
    worklog: render,
    runUrl,
    pullRequest: pullRequestFromPayload(github.context.payload),
    gate: { failed: outcome.gate.failed, text: outcome.gate.text },
  });
  notes(report, result);
  report.failures.push(...result.failures);
  // The local copies now link the issues and say what failed.
  const final = render(result);
  outcome.markdown = final.markdown;
  outcome.json = final.json;
  await writeOutputs(settings.outputDir, outcome.repoPaths, final.markdown, final.json);
  return result;
}
