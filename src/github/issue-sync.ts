// One issue per group, never two: find each group's issue by its fingerprint marker (or an older
// fingerprint of the same problem), adopt people's matching issues (open, or closed and come back),
// file the rest (capped), keep known ones current in place, close our quiet ones when asked to, and
// repair what an earlier run left half done (an unposted notice, two issues for one group).
// Returns what it did; the report is never changed here.
import type { Priority, Report, TriagedGroup } from '../types.js';
import { PRIORITIES } from '../types.js';
import type { Budget } from '../budget.js';
import type { Clock } from '../clock.js';
import { errorLine } from '../errors.js';
import type { Octokit } from './client.js';
import { IssueIndex, listActionIssues, listHumanIssues, type KnownIssue } from './issue-index.js';
import { adopt, closeDuplicate, create, keepCurrent, resolveQuiet, type ActionContext } from './issue-actions.js';
import { isRegression, newsFor } from './issue-news.js';
import { ensureLabels, labelsFor, relabel } from './labels.js';
import { acquireLock, type LockOptions } from './lock.js';
import { readMemory } from '../safety/markers.js';
import { emptySync, skip, type IssueSyncResult } from './outcomes.js';
import type { Links } from './issue-text.js';
import type { Repo } from './repo.js';
import { similarity, verdict } from './similarity.js';

interface IssueSettings {
  createIssues: boolean;
  issueLabel: string;
  maxNewIssues: number;
  onRegression: 'reopen' | 'new-issue';
  dryRun: boolean;
  /** Close the action's issues whose group has been quiet this long (off when undefined). */
  resolveAfterMs?: number;
  /** Also close adopted (people's) issues when quiet: the team opted in. */
  resolveAdopted?: boolean;
}

export interface IssueSyncContext {
  octokit: Octokit;
  repo: Repo;
  report: Report;
  settings: IssueSettings;
  links: Links;
  now: Date;
  clock: Clock;
  budget: Budget;
  /** Names this process in the lock (see lockOwner). */
  owner: string;
  lock?: LockOptions;
  /** A group seen again after this long without entries is "back after a quiet spell" (default 72 h). */
  quietMs?: number;
  /** Closed issues updated within this many days are matched for regressions (default 90). */
  closedWithinDays?: number;
  failures: string[];
}

type Plan =
  | { kind: 'known'; group: TriagedGroup; issue: KnownIssue }
  | { kind: 'create'; group: TriagedGroup; regressionOf?: KnownIssue }
  | { kind: 'adopt'; group: TriagedGroup; issue: KnownIssue; score: number }
  /** Matched a person's closed issue whose close came after every entry: left alone. */
  | { kind: 'left'; group: TriagedGroup };

const rank = (p: Priority) => PRIORITIES.indexOf(p);

export async function syncIssues(ctx: IssueSyncContext): Promise<IssueSyncResult> {
  const result = emptySync();
  const { octokit, repo, settings } = ctx;
  const groups = [...ctx.report.groups].sort((a, b) => rank(a.triage.priority) - rank(b.triage.priority) || b.count - a.count);
  const list = () => listActionIssues(octokit, repo, { label: settings.issueLabel, now: ctx.now, closedWithinDays: ctx.closedWithinDays });

  let index = await list();
  result.read = true;
  let plans = groups.map((g) => planFor(g, index, settings));
  plans = await matchPeoplesIssues(ctx, plans, result);

  const actx: ActionContext = { ...ctx, result };
  const repairs = () => index.duplicates.length > 0 || quietOnes(ctx, index).length > 0;
  if (settings.dryRun || (!plans.some((p) => needsLock(ctx, p)) && !repairs())) {
    await apply(actx, plans, index);
    return result;
  }
  // Filing, adopting, reopening, commenting and closing happen under the lock, after a fresh
  // listing: a run that waited for another sees that run's issues and status blocks, so it neither
  // files nor says anything twice.
  const got = await acquireLock(octokit, repo, ctx.owner, ctx, ctx.lock);
  if (!got.lock) {
    for (const p of plans) if (needsLock(ctx, p)) skip(result, p.group, `${got.why}; the next run catches up`, p.kind === 'known' ? p.issue : undefined);
    ctx.failures.push(`GitHub: ${got.why}; new groups, regressions and notices were left for the next run`);
    await apply(
      actx,
      plans.filter((p) => !needsLock(ctx, p)),
      undefined,
    );
    return result;
  }
  try {
    index = await list();
    plans = plans.map((p) => (p.kind === 'known' || index.find(p.group.signature) ? planFor(p.group, index, settings) : p));
    await apply(actx, plans, index);
  } finally {
    await got.lock.release().catch((e: unknown) => ctx.failures.push(`GitHub: releasing the issue lock: ${errorLine(e)}`));
  }
  return result;
}

/** Writes that must not happen twice (a new issue, an adoption, a reopening, a comment) need the lock. */
function needsLock(ctx: IssueSyncContext, p: Plan): boolean {
  if (p.kind === 'left') return false;
  if (p.kind !== 'known') return true;
  if (p.issue.state === 'closed') return isRegression(p.group, p.issue);
  const memory = readMemory(p.issue.body);
  return !!memory?.owed?.length || newsFor(p.group, memory, ctx.quietMs).length > 0;
}

function quietOnes(ctx: IssueSyncContext, index: IssueIndex): { issue: KnownIssue; lastSeen: string }[] {
  const after = ctx.settings.resolveAfterMs;
  if (!after) return [];
  const seen = new Set(ctx.report.groups.flatMap((g) => [g.signature.fingerprint, ...(g.signature.aliases ?? [])]));
  const closable = (issue: KnownIssue) => !seen.has(issue.fingerprint ?? '') && (!issue.byPerson || !!ctx.settings.resolveAdopted);
  return index.quietSince(ctx.now.getTime() - after, ctx.report.query.services).filter(({ issue }) => closable(issue));
}

async function apply(ctx: ActionContext, plans: Plan[], index: IssueIndex | undefined): Promise<void> {
  if (!ctx.settings.dryRun) await labelsNeeded(ctx, plans);
  let filed = 0;
  for (const p of plans) {
    if (ctx.budget.spent && !ctx.settings.dryRun) {
      if (p.kind !== 'left') skip(ctx.result, p.group, 'the run budget was spent; the next run catches up', p.kind === 'create' ? undefined : p.issue);
      continue;
    }
    if (p.kind === 'left') continue;
    if (p.kind === 'adopt') await guarded(ctx, p.group, () => adopt(ctx, p.group, p.issue, p.score));
    else if (p.kind === 'known') await guarded(ctx, p.group, () => keepCurrent(ctx, p.group, p.issue));
    else if (!ctx.settings.createIssues) skip(ctx.result, p.group, 'create-issues is off');
    else if (filed >= ctx.settings.maxNewIssues) skip(ctx.result, p.group, `cap of ${ctx.settings.maxNewIssues} new issues per run reached`);
    else {
      filed += 1;
      await guarded(ctx, p.group, () => create(ctx, p.group, p.regressionOf));
    }
  }
  if (!index) return;
  for (const d of index.duplicates) {
    await repaired(ctx, `closing #${d.close.number} as a duplicate of #${d.keep.number}`, () => closeDuplicate(ctx, d.keep, d.close));
  }
  for (const q of quietOnes(ctx, index)) await repaired(ctx, `closing quiet issue #${q.issue.number}`, () => resolveQuiet(ctx, q.issue, q.lastSeen));
}

function planFor(group: TriagedGroup, index: IssueIndex, settings: IssueSettings): Plan {
  const issue = index.find(group.signature);
  if (!issue) return { kind: 'create', group };
  if (issue.state === 'closed' && settings.onRegression === 'new-issue' && isRegression(group, issue)) {
    return { kind: 'create', group, regressionOf: issue };
  }
  return { kind: 'known', group, issue };
}

async function guarded(ctx: ActionContext, g: TriagedGroup, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    ctx.failures.push(`GitHub: issue for group ${g.signature.fingerprint}: ${errorLine(e)}`);
  }
}

async function repaired(ctx: ActionContext, what: string, work: () => Promise<void>): Promise<void> {
  if (ctx.budget.spent) return;
  try {
    await work();
  } catch (e) {
    ctx.failures.push(`GitHub: ${what}: ${errorLine(e)}`);
  }
}

/**
 * Groups without an issue of ours: a person's issue that matches confidently is adopted (an open
 * one kept current, a closed one followed as a regression); unsure matches are listed.
 */
async function matchPeoplesIssues(ctx: IssueSyncContext, plans: Plan[], result: IssueSyncResult): Promise<Plan[]> {
  const fresh = plans.filter((p) => p.kind === 'create' && !p.regressionOf);
  if (!fresh.length) return plans;
  let people: KnownIssue[];
  try {
    people = await listHumanIssues(ctx.octokit, ctx.repo, ctx.settings.issueLabel);
  } catch (e) {
    ctx.failures.push(`GitHub: listing issues to match by similarity: ${errorLine(e)}`);
    return plans;
  }
  const taken = new Set<number>();
  return plans.map((p): Plan => {
    if (p.kind !== 'create' || p.regressionOf) return p;
    const scored = people
      .map((issue) => ({ issue, s: similarity(p.group, issue.title, issue.body) }))
      .filter((x) => verdict(x.s) !== 'none' && !taken.has(x.issue.number) && x.issue.stateReason !== 'duplicate')
      .sort((a, b) => b.s.score - a.s.score || (a.issue.state === 'open' ? -1 : 1));
    const best = scored[0];
    if (best && verdict(best.s) === 'confident') {
      taken.add(best.issue.number);
      if (best.issue.state === 'open') return { kind: 'adopt', group: p.group, issue: best.issue, score: best.s.score };
      if (!isRegression(p.group, best.issue)) {
        const how = best.issue.stateReason === 'not_planned' ? ' as not planned' : ' after every entry in the window';
        skip(result, p.group, `matches #${best.issue.number}, closed by people${how}: not filed`, best.issue);
        return { kind: 'left', group: p.group };
      }
      if (ctx.settings.onRegression === 'new-issue') return { kind: 'create', group: p.group, regressionOf: best.issue };
      return { kind: 'adopt', group: p.group, issue: best.issue, score: best.s.score };
    }
    if (scored.length) {
      result.uncertain.push({
        fingerprint: p.group.signature.fingerprint,
        title: p.group.signature.title,
        priority: p.group.triage.priority,
        candidates: scored.slice(0, 3).map((x) => ({
          number: x.issue.number,
          url: x.issue.url,
          title: x.issue.title,
          score: Math.round(x.s.score * 100) / 100,
        })),
      });
    }
    return p;
  });
}

/** Creates the labels the planned writes use, once. */
async function labelsNeeded(ctx: ActionContext, plans: Plan[]): Promise<void> {
  const label = ctx.settings.issueLabel;
  let creates = 0; // apply() files the first maxNewIssues creates in plan order: only they need labels
  const names = plans.flatMap((p) => {
    if (p.kind === 'left') return [];
    if (p.kind === 'known') return p.issue.state === 'closed' || relabel(p.issue.labels, p.group, label) ? labelsFor(p.group, label) : [];
    if (p.kind === 'create' && (!ctx.settings.createIssues || creates++ >= ctx.settings.maxNewIssues)) return [];
    return labelsFor(p.group, label);
  });
  if (!names.length) return;
  try {
    ctx.result.labelsCreated.push(...(await ensureLabels(ctx.octokit, ctx.repo, names, label)));
  } catch (e) {
    ctx.failures.push(`GitHub: creating labels: ${errorLine(e)}`);
  }
}
