// GitHub publishing as a sequence of steps, each returning what it did: locate the worklog, sync
// the issues, build the final report (pure), commit the worklog, comment on the pull request. One
// failing call never stops the later steps; a spent run budget stops the waiting, not the
// publishing: the lock is released, the worklog committed and the comment posted with what there is.
import type { Report } from '../types.js';
import type { Settings } from '../settings.js';
import { unbounded, type Budget } from '../budget.js';
import { realClock, type Clock } from '../clock.js';
import { errorLine } from '../errors.js';
import { validateGitHubSettings } from './settings-check.js';
import type { Octokit } from './client.js';
import { syncIssues } from './issue-sync.js';
import { lockOwner, type LockOptions } from './lock.js';
import { emptySync, type IssueSyncResult } from './outcomes.js';
import { prCommentBody, upsertPrComment, type Gate } from './pr-comment.js';
import { latestPointer, latestPointerPath } from './previous-report.js';
import { isStatus, type Repo } from './repo.js';
import { GitHubUnreachable } from './request-policy.js';
import { commitFiles, freeSuffix, suffixOf } from './worklog-commit.js';
import { runName, worklogPaths, type RunName } from '../paths.js';
import type { WorklogPaths } from '../outcome.js';

export type PublishSettings = Pick<
  Settings,
  'createIssues' | 'issueLabel' | 'maxNewIssues' | 'onRegression' | 'commitWorklog' | 'branch' | 'worklogPath' | 'prComment' | 'prNumber' | 'dryRun'
> & { resolveAfterMs?: number; resolveAdopted?: boolean };

interface WorklogText {
  markdown: string;
  json: string;
}

export interface PublishContext {
  octokit: Octokit;
  owner: string;
  repo: string;
  settings: PublishSettings;
  /**
   * The worklog, rendered once by the caller after the issues are synced, from their outcome
   * (`issues.refs`, the notes) and the failures so far; called exactly once.
   */
  worklog?: WorklogText | ((issues: IssueSyncResult, failures: string[], paths: WorklogPaths) => WorklogText | Promise<WorklogText>);
  runUrl?: string;
  /** The workflow run: in the committed file names and the lock owner. Default from GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
  run?: RunName;
  /** The worklog's names as the run decided them (src/run.ts); default from the template and the run. */
  paths?: WorklogPaths;
  /** Names this process in the issue lock; default from the run, the job and a random nonce. */
  lockOwner?: string;
  /** The pull request of a pull_request event; settings.prNumber is used otherwise. */
  pullRequest?: { number: number; isFork: boolean };
  gate?: Gate;
  now?: Date;
  clock?: Clock;
  budget?: Budget;
  lock?: LockOptions;
  /** A group seen again after this long without entries gets a "back" comment (default 72 h). */
  quietMs?: number;
}

interface WorklogResult {
  path: string;
  jsonPath: string;
  url?: string;
  jsonUrl?: string;
  /** The one commit of this run; empty when nothing was committed (dry run, identical content, failure). */
  commitShas: string[];
  /** The branch already held exactly this worklog and report. */
  identical?: boolean;
}

export interface GitHubPublishResult extends IssueSyncResult {
  dryRun: boolean;
  /** The worklog as rendered once (and committed). */
  rendered?: WorklogText;
  worklog?: WorklogResult;
  prComment?: { number: number; url?: string; action: 'created' | 'updated' | 'would-post' };
  /** Things a reader should know that are not failures (fork PR skipped, ...). */
  notices: string[];
  failures: string[];
}

/** The pull request of a pull_request / pull_request_target event payload, if any. */
export function pullRequestFromPayload(payload: unknown): { number: number; isFork: boolean } | undefined {
  const pr = (payload as { pull_request?: { number?: number; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } })
    ?.pull_request;
  if (!pr?.number) return undefined;
  const head = pr.head?.repo?.full_name;
  return { number: pr.number, isFork: !head || head !== pr.base?.repo?.full_name };
}

const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');
/** "a/b.md" with "-2" -> "a/b-2.md" (before the extension). */
const withSuffix = (path: string, suffix: string) => (suffix ? path.replace(/(\.[A-Za-z]+)?$/, (ext) => `${suffix}${ext}`) : path);
const repoOf = (ctx: PublishContext): Repo => ({ owner: ctx.owner, repo: ctx.repo });
const runOf = (ctx: PublishContext): RunName | undefined => ctx.run ?? runName(process.env);
const named = (paths: WorklogPaths, suffix: string): WorklogPaths => ({ markdown: withSuffix(paths.markdown, suffix), json: withSuffix(paths.json, suffix) });

interface WorklogPlace {
  /** The names chosen: the run's own, or with "-2", "-3", ... when another leg of the run holds them. */
  paths: WorklogPaths;
  /** The run's own names, and how many of their suffixed forms were found taken. */
  base?: WorklogPaths;
  taken?: number;
  branch?: string;
  /** Where the worklog will be, known before it is written, so issue bodies can link it. */
  url?: string;
  htmlRoot?: string;
}

/** Step 1: where the worklog goes (the default branch is read when no branch is set). */
async function locateWorklog(ctx: PublishContext, report: Report, failures: string[]): Promise<WorklogPlace> {
  const base = ctx.paths ?? worklogPaths(ctx.settings.worklogPath, report, runOf(ctx));
  if (!ctx.settings.commitWorklog) return { paths: base };
  try {
    const { data } = await ctx.octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo });
    const branch = ctx.settings.branch ?? data.default_branch;
    // Decided before the issues link it and the worklog is written: the name committed is the name linked.
    const taken = await freeSuffix(ctx.octokit, repoOf(ctx), branch, (suffix) => Object.values(named(base, suffix))).catch(() => 0); // the commit finds the branch missing itself
    const chosen = named(base, suffixOf(taken));
    return { paths: chosen, base, taken, branch, htmlRoot: data.html_url, url: `${data.html_url}/blob/${encodePath(branch)}/${encodePath(chosen.markdown)}` };
  } catch (e) {
    failures.push(`GitHub: reading the repository${ctx.settings.branch || ctx.settings.dryRun ? '' : ' (so the worklog is not committed)'}: ${errorLine(e)}`);
    return { paths: base, branch: ctx.settings.branch };
  }
}

/** Step 2: the issues. */
async function publishIssues(ctx: PublishContext, report: Report, place: WorklogPlace, failures: string[]): Promise<IssueSyncResult> {
  if (!ctx.settings.createIssues) return emptySync();
  const clock = ctx.clock ?? realClock;
  try {
    return await syncIssues({
      octokit: ctx.octokit,
      repo: repoOf(ctx),
      report,
      settings: ctx.settings,
      links: { worklogUrl: place.url, runUrl: ctx.runUrl },
      now: ctx.now ?? new Date(clock.now()),
      clock,
      budget: ctx.budget ?? unbounded(clock),
      owner: ctx.lockOwner ?? lockOwner(process.env),
      lock: ctx.lock,
      quietMs: ctx.quietMs,
      failures,
    });
  } catch (e) {
    failures.push(`GitHub: issues: ${errorLine(e)}`);
    return emptySync();
  }
}

/** Step 3: the worklog, its report and the latest-report pointer, in one commit. */
async function commitWorklog(
  ctx: PublishContext,
  place: WorklogPlace,
  text: WorklogText,
  report: Pick<Report, 'generatedAt' | 'query'>,
  failures: string[],
): Promise<WorklogResult> {
  const { paths } = place;
  const result: WorklogResult = { path: paths.markdown, jsonPath: paths.json, url: place.url, commitShas: [] };
  if (place.htmlRoot && place.branch) result.jsonUrl = `${place.htmlRoot}/blob/${encodePath(place.branch)}/${encodePath(paths.json)}`;
  if (ctx.settings.dryRun) return result;
  if (!place.branch) return result; // reading the repository failed, and its failure line says so
  try {
    const clock = ctx.clock ?? realClock;
    const base = place.base ?? paths;
    const done = await commitFiles(ctx.octokit, ctx.budget ?? unbounded(clock), repoOf(ctx), {
      branch: place.branch,
      message: `log-gardener: worklog ${paths.markdown.split('/').pop()}`,
      keep: 2,
      taken: place.taken,
      files: (suffix) => [
        { path: named(base, suffix).markdown, content: text.markdown },
        { path: named(base, suffix).json, content: text.json },
        { path: latestPointerPath(ctx.settings.worklogPath, report.query.services), content: latestPointer(named(base, suffix), report.generatedAt) },
      ],
    });
    if (done.commitSha) result.commitShas.push(done.commitSha);
    if (done.suffix !== suffixOf(place.taken ?? 0)) {
      // Another leg took the name between the look and the commit (the issues link the name looked at).
      const moved = named(base, done.suffix);
      result.path = moved.markdown;
      result.jsonPath = moved.json;
      if (place.htmlRoot && place.branch) {
        result.url = `${place.htmlRoot}/blob/${encodePath(place.branch)}/${encodePath(moved.markdown)}`;
        result.jsonUrl = `${place.htmlRoot}/blob/${encodePath(place.branch)}/${encodePath(moved.json)}`;
      }
    }
    result.identical = done.identical;
  } catch (e) {
    failures.push(`GitHub: committing the worklog to ${paths.markdown}: ${errorLine(e)}`);
  }
  return result;
}

/** Step 4: the sticky pull request comment. */
async function commentOnPullRequest(
  ctx: PublishContext,
  report: Report,
  issues: IssueSyncResult,
  worklogUrl: string | undefined,
  notices: string[],
  failures: string[],
): Promise<GitHubPublishResult['prComment']> {
  const pr = ctx.pullRequest ?? (ctx.settings.prNumber ? { number: ctx.settings.prNumber, isFork: false } : undefined);
  if (!ctx.settings.prComment || !pr) return undefined;
  if (pr.isFork) {
    notices.push(`Pull request #${pr.number} comes from a fork: its token is read-only, so no comment was posted.`);
    return undefined;
  }
  if (ctx.settings.dryRun) return { number: pr.number, action: 'would-post' };
  try {
    const body = prCommentBody({ report, issues, issuesSynced: ctx.settings.createIssues && issues.read, gate: ctx.gate, worklogUrl, runUrl: ctx.runUrl });
    const clock = ctx.clock ?? realClock;
    return { number: pr.number, ...(await upsertPrComment(ctx.octokit, ctx.budget ?? unbounded(clock), repoOf(ctx), pr.number, body)) };
  } catch (e) {
    const hint = isStatus(e, 403) ? ' (the job needs `permissions: pull-requests: write`)' : '';
    failures.push(`GitHub: commenting on pull request #${pr.number}: ${errorLine(e)}${hint}`);
    return undefined;
  }
}

/** GitHub unreachable: one line, not one per step. */
function collapseUnreachable(failures: string[]): string[] {
  const down = failures.filter((f) => f.includes(GitHubUnreachable.marker));
  if (down.length <= 1) return failures;
  const first = failures.indexOf(down[0]);
  return failures.filter((f, i) => i === first || !f.includes(GitHubUnreachable.marker));
}

/** What the run budget stopped, in one line, or nothing. */
function budgetLine(budget: Budget | undefined): string | undefined {
  const refused = budget?.refused ?? [];
  if (!refused.length) return undefined;
  const more = refused.length > 3 ? `; and ${refused.length - 3} more` : '';
  return `GitHub: the run budget (max-run-time) stopped the waiting: ${refused.slice(0, 3).join('; ')}${more}`;
}

/**
 * Publishes in order: locate the worklog, sync the issues, have the caller render the worklog once
 * (issues linked, failures so far), commit it, comment on the pull request. Failures of the last
 * two steps come after the worklog was rendered: they are in the result's failures only.
 */
export async function publishToGitHub(report: Report, ctx: PublishContext): Promise<GitHubPublishResult> {
  validateGitHubSettings(ctx.settings);
  const failures: string[] = [];
  const notices: string[] = [];
  const place = await locateWorklog(ctx, report, failures);
  const issues = await publishIssues(ctx, report, place, failures);
  const spent = budgetLine(ctx.budget);
  if (spent) failures.push(spent);
  const sofar = collapseUnreachable(failures);
  failures.splice(0, failures.length, ...sofar);

  const rendered = typeof ctx.worklog === 'function' ? await ctx.worklog(issues, [...failures], place.paths) : ctx.worklog;
  const worklog = ctx.settings.commitWorklog && rendered ? await commitWorklog(ctx, place, rendered, report, failures) : undefined;
  const prComment = await commentOnPullRequest(ctx, report, issues, worklog?.url ?? place.url, notices, failures);
  const later = budgetLine(ctx.budget);
  const all = collapseUnreachable(later && later !== spent ? [...failures.filter((f) => f !== spent), later] : failures);
  return { ...issues, dryRun: ctx.settings.dryRun, rendered, worklog, prComment, notices, failures: all };
}
