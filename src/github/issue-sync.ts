// One issue per group, never two: find each group's issue by its fingerprint marker, adopt
// people's matching issues, file the rest (capped), keep known ones current in place.
import type { Priority, Report, TriagedGroup } from '../types.js';
import { PRIORITIES } from '../types.js';
import { errorLine } from '../errors.js';
import { code, inline } from '../safety/markdown.js';
import { truncateBody } from '../safety/truncate.js';
import type { Octokit } from './client.js';
import { IssueIndex, listActionIssues, listHumanIssues, type KnownIssue } from './issue-index.js';
import { BODY_LIMIT, issueBody, issueTitle, memoryOf, retitle, safeUrl, statusBlock, type Links } from './issue-text.js';
import { ensureLabels, labelsFor, relabel } from './labels.js';
import { acquireLock, type LockOptions } from './lock.js';
import { fingerprintMarker, readMemory, withStatusBlock, type IssueMemory } from './markers.js';
import { emptySync, outcome, type IssueSyncResult } from './outcomes.js';
import type { Repo } from './repo.js';
import { commentOnce, NO_RETRY, writeOnce } from './once.js';
import { similarity, verdict } from './similarity.js';

export interface IssueSettings {
  createIssues: boolean;
  issueLabel: string;
  maxNewIssues: number;
  onRegression: 'reopen' | 'new-issue';
  dryRun: boolean;
}

export interface IssueSyncContext {
  octokit: Octokit;
  repo: Repo;
  report: Report;
  settings: IssueSettings;
  links: Links;
  now: Date;
  /** Names this run in the lock (e.g. the workflow run id). */
  runId: string;
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
  | { kind: 'adopt'; group: TriagedGroup; issue: KnownIssue; score: number };

const rank = (p: Priority) => PRIORITIES.indexOf(p);

export async function syncIssues(ctx: IssueSyncContext): Promise<IssueSyncResult> {
  const result = emptySync();
  const { octokit, repo, settings } = ctx;
  const groups = [...ctx.report.groups].sort((a, b) => rank(a.triage.priority) - rank(b.triage.priority) || b.count - a.count);
  const list = () => listActionIssues(octokit, repo, { label: settings.issueLabel, now: ctx.now, closedWithinDays: ctx.closedWithinDays });

  let index = await list();
  let plans = groups.map((g) => planFor(g, index, settings));
  plans = await matchPeoplesIssues(ctx, plans, result);

  if (settings.dryRun || !plans.some((p) => needsLock(ctx, p))) {
    await apply(ctx, plans, result);
    return result;
  }
  // Filing, adopting, reopening and commenting happen under the lock, after a fresh listing: a run
  // that waited for another sees that run's issues and status blocks, so it neither files nor says
  // anything twice.
  const lock = await acquireLock(octokit, repo, ctx.runId, ctx.lock);
  if (!lock) {
    for (const p of plans) if (needsLock(ctx, p)) skip(result, p.group, 'another run held the issue lock; the next run catches up', p.kind === 'known' ? p.issue : undefined);
    ctx.failures.push('GitHub: another run held the issue lock; new groups, regressions and notices were left for the next run');
    await apply(ctx, plans.filter((p) => !needsLock(ctx, p)), result);
    return result;
  }
  try {
    index = await list();
    plans = plans.map((p) => (p.kind === 'known' || index.find(p.group.signature.fingerprint) ? planFor(p.group, index, settings) : p));
    await apply(ctx, plans, result);
  } finally {
    await lock.release().catch((e: unknown) => ctx.failures.push(`GitHub: releasing the issue lock: ${errorLine(e)}`));
  }
  return result;
}

/** Writes that must not happen twice (a new issue, an adoption, a reopening, a comment) need the lock. */
function needsLock(ctx: IssueSyncContext, p: Plan): boolean {
  if (p.kind !== 'known') return true;
  if (p.issue.state === 'closed') return isRegression(p.group, p.issue);
  return newsFor(p.group, readMemory(p.issue.body), quietOf(ctx)).length > 0;
}

const quietOf = (ctx: IssueSyncContext) => ctx.quietMs ?? 72 * 3_600_000;

async function apply(ctx: IssueSyncContext, plans: Plan[], result: IssueSyncResult): Promise<void> {
  if (!ctx.settings.dryRun) await labelsNeeded(ctx, plans, result);
  await claim(ctx, plans, result);
  for (const p of plans) if (p.kind === 'known') await guarded(ctx, p.group, () => keepCurrent(ctx, p.group, p.issue, result));
}

function planFor(group: TriagedGroup, index: IssueIndex, settings: IssueSettings): Plan {
  const issue = index.find(group.signature.fingerprint);
  if (!issue) return { kind: 'create', group };
  if (issue.state === 'closed' && settings.onRegression === 'new-issue' && isRegression(group, issue)) {
    return { kind: 'create', group, regressionOf: issue };
  }
  return { kind: 'known', group, issue };
}

/** Seen after the issue was closed, and not closed as "not planned" (a decision to ignore it). */
function isRegression(g: TriagedGroup, issue: KnownIssue): boolean {
  return issue.stateReason !== 'not_planned' && !!issue.closedAt && Date.parse(g.lastSeen) > Date.parse(issue.closedAt);
}

async function guarded(ctx: IssueSyncContext, g: TriagedGroup, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    ctx.failures.push(`GitHub: issue for group ${g.signature.fingerprint}: ${errorLine(e)}`);
  }
}

function skip(result: IssueSyncResult, g: TriagedGroup, note: string, issue?: { number: number; url: string }): void {
  result.skipped.push(outcome(g, issue, note));
  g.issue = issue ? { ...issue, state: 'skipped' } : undefined;
}

/** Groups without an issue of ours: adopt a person's issue when sure, list it when unsure. */
async function matchPeoplesIssues(ctx: IssueSyncContext, plans: Plan[], result: IssueSyncResult): Promise<Plan[]> {
  const fresh = plans.filter((p) => p.kind === 'create' && !p.regressionOf);
  if (!fresh.length) return plans;
  let people: KnownIssue[];
  try {
    people = await listHumanIssues(ctx.octokit, ctx.repo, ctx.settings.issueLabel);
  } catch (e) {
    ctx.failures.push(`GitHub: listing open issues to match by similarity: ${errorLine(e)}`);
    return plans;
  }
  const taken = new Set<number>();
  return plans.map((p) => {
    if (p.kind !== 'create' || p.regressionOf) return p;
    const scored = people
      .map((issue) => ({ issue, s: similarity(p.group, issue.title, issue.body) }))
      .filter((x) => verdict(x.s) !== 'none' && !taken.has(x.issue.number))
      .sort((a, b) => b.s.score - a.s.score);
    const best = scored[0];
    if (best && verdict(best.s) === 'confident') {
      taken.add(best.issue.number);
      return { kind: 'adopt', group: p.group, issue: best.issue, score: best.s.score };
    }
    if (scored.length) {
      result.uncertain.push({
        fingerprint: p.group.signature.fingerprint,
        title: p.group.signature.title,
        priority: p.group.triage.priority,
        candidates: scored.slice(0, 3).map((x) => ({ number: x.issue.number, url: x.issue.url, title: x.issue.title, score: Math.round(x.s.score * 100) / 100 })),
      });
    }
    return p;
  });
}

/** Creates the labels the planned writes use, once. */
async function labelsNeeded(ctx: IssueSyncContext, plans: Plan[], result: IssueSyncResult): Promise<void> {
  const label = ctx.settings.issueLabel;
  let creates = 0; // claim() files the first maxNewIssues creates in plan order: only they need labels
  const names = plans.flatMap((p) => {
    if (p.kind === 'known') return p.issue.state === 'closed' || relabel(p.issue.labels, p.group, label) ? labelsFor(p.group, label) : [];
    if (p.kind === 'create' && (!ctx.settings.createIssues || creates++ >= ctx.settings.maxNewIssues)) return [];
    return labelsFor(p.group, label);
  });
  if (!names.length) return;
  try {
    result.labelsCreated.push(...(await ensureLabels(ctx.octokit, ctx.repo, names, label)));
  } catch (e) {
    ctx.failures.push(`GitHub: creating labels: ${errorLine(e)}`);
  }
}

async function claim(ctx: IssueSyncContext, plans: Plan[], result: IssueSyncResult): Promise<void> {
  let filed = 0;
  for (const p of plans) {
    if (p.kind === 'adopt') await guarded(ctx, p.group, () => adopt(ctx, p.group, p.issue, p.score, result));
    if (p.kind !== 'create') continue;
    if (!ctx.settings.createIssues) {
      skip(result, p.group, 'create-issues is off');
    } else if (filed >= ctx.settings.maxNewIssues) {
      skip(result, p.group, `cap of ${ctx.settings.maxNewIssues} new issues per run reached`);
    } else {
      filed += 1;
      await guarded(ctx, p.group, () => create(ctx, p.group, result, p.regressionOf));
    }
  }
}

async function create(ctx: IssueSyncContext, g: TriagedGroup, result: IssueSyncResult, regressionOf?: KnownIssue): Promise<void> {
  const note = regressionOf ? `regression of #${regressionOf.number}` : undefined;
  if (ctx.settings.dryRun) {
    result.created.push(outcome(g, undefined, note ? `dry run: would file (${note})` : 'dry run: would file'));
    return;
  }
  const body = issueBody({ group: g, report: ctx.report, links: ctx.links, memory: memoryOf(g), regressionOf });
  const filed = await fileOnce(ctx, g, { title: issueTitle(g), body, labels: labelsFor(g, ctx.settings.issueLabel) });
  result.created.push(outcome(g, filed, note));
  g.issue = { ...filed, state: 'new' };
}

/** Files once: after a server error, the group's issue found by its marker is the one (see once.ts). */
function fileOnce(ctx: IssueSyncContext, g: TriagedGroup, issue: { title: string; body: string; labels: string[] }): Promise<{ number: number; url: string }> {
  return writeOnce(
    async () => {
      const { data } = await ctx.octokit.rest.issues.create({ ...ctx.repo, ...issue, ...NO_RETRY });
      return { number: data.number, url: data.html_url };
    },
    async () => {
      const found = (await listActionIssues(ctx.octokit, ctx.repo, { label: ctx.settings.issueLabel, now: ctx.now, closedWithinDays: 0 })).find(g.signature.fingerprint);
      return found?.state === 'open' ? { number: found.number, url: found.url } : undefined;
    },
  );
}

/** A person's body with our status block after it; their text is cut, never our block. */
function adoptedBody(body: string, block: string): string {
  const room = BODY_LIMIT - block.length - 4;
  return `${truncateBody(body.replace(/\s+$/, ''), room).body}\n\n${block}\n`;
}

async function adopt(ctx: IssueSyncContext, g: TriagedGroup, issue: KnownIssue, score: number, result: IssueSyncResult): Promise<void> {
  const ref = { number: issue.number, url: issue.url };
  const note = `matched by similarity ${score.toFixed(2)}`;
  if (ctx.settings.dryRun) {
    result.adopted.push(outcome(g, ref, `dry run: would adopt (${note})`));
    return;
  }
  const block = `${fingerprintMarker(g.signature.fingerprint)}\n${statusBlock(g, ctx.report, ctx.links, memoryOf(g))}`;
  const labels = relabel(issue.labels, g, ctx.settings.issueLabel);
  await ctx.octokit.rest.issues.update({ ...ctx.repo, issue_number: issue.number, body: adoptedBody(issue.body, block), ...(labels ? { labels } : {}) });
  await commentOnce(
    ctx.octokit,
    ctx.repo,
    issue.number,
    `GCP Log Gardener matched this issue to the error group ${code(g.signature.fingerprint)} ` +
      `(${inline(g.signature.title)}; ${g.count} entries, last seen ${g.lastSeen}) and will keep the status block at the end of the description up to date instead of filing a new issue. ` +
      `If the match is wrong, remove the ${code(ctx.settings.issueLabel)} label and the status block.`,
  );
  result.adopted.push(outcome(g, ref, note));
  g.issue = { ...ref, state: 'adopted' };
}

/** Why a human should hear about this run, if at all. */
function newsFor(g: TriagedGroup, before: IssueMemory | undefined, quietMs: number): string[] {
  if (!before) return [];
  const news: string[] = [];
  if (rank(g.triage.priority) < rank(before.priority)) news.push(`priority escalated from ${before.priority} to ${g.triage.priority}`);
  const fresh = Object.keys(g.revisions).filter((r) => !before.revisions.includes(r));
  if (fresh.length) news.push(`new revision${fresh.length > 1 ? 's' : ''} affected: ${fresh.slice(0, 10).map((r) => code(r)).join(', ')}`);
  const gap = Date.parse(g.firstSeen) - Date.parse(before.lastSeen);
  if (gap > quietMs) news.push(`back after ${Math.round(gap / 3_600_000)} quiet hours (last seen before: ${before.lastSeen})`);
  return news;
}

const withoutLinks = (body: string) => body.replace(/ Latest (?:\[(?:run|worklog)\]\([^)\s]*\)(?:, )?)+\./g, '');

/** Known issue: status block, labels and title in one edit; a comment only with news; reopen on regression. */
async function keepCurrent(ctx: IssueSyncContext, g: TriagedGroup, issue: KnownIssue, result: IssueSyncResult): Promise<void> {
  const ref = { number: issue.number, url: issue.url };
  if (issue.state === 'closed' && !isRegression(g, issue)) {
    const why = issue.stateReason === 'not_planned' ? 'issue closed as not planned' : 'all entries predate the close';
    skip(result, g, `${why}: not reopened`, ref);
    return;
  }
  const before = readMemory(issue.body);
  const memory = memoryOf(g, before);
  const body = withStatusBlock(issue.body, statusBlock(g, ctx.report, ctx.links, memory));
  const labels = relabel(issue.labels, g, ctx.settings.issueLabel);
  const title = retitle(issue.title, g);
  const reopen = issue.state === 'closed';
  const news = reopen ? [`regression: seen again after the issue was closed, in revisions ${Object.keys(g.revisions).slice(0, 10).map((r) => code(r)).join(', ') || 'unknown'}`] : newsFor(g, before, quietOf(ctx));
  // Fresh run and worklog links alone are no reason to edit an issue (and notify its watchers).
  const changed = withoutLinks(body) !== withoutLinks(issue.body) || labels !== undefined || title !== issue.title || reopen;
  const dry = ctx.settings.dryRun ? 'dry run: would ' : '';

  if (changed && !ctx.settings.dryRun) {
    await ctx.octokit.rest.issues.update({
      ...ctx.repo,
      issue_number: issue.number,
      ...(withoutLinks(body) !== withoutLinks(issue.body) ? { body } : {}),
      ...(labels ? { labels } : {}),
      ...(title !== issue.title ? { title } : {}),
      ...(reopen ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
    });
  }
  if (news.length) {
    if (!ctx.settings.dryRun) {
      const body = `GCP Log Gardener: ${news.join('; ')}. ${g.count} entries in the window ${ctx.report.query.since} to ${ctx.report.query.until}, last seen ${g.lastSeen}.${ctx.links.runUrl ? ` [Run](${safeUrl(ctx.links.runUrl)})` : ''}`;
      await commentOnce(ctx.octokit, ctx.repo, issue.number, body);
    }
    result.commented.push(outcome(g, ref, dry + news.join('; ').replace(/`/g, '')));
  }
  if (reopen) result.reopened.push(outcome(g, ref, dry ? 'dry run: would reopen' : undefined));
  else if (changed) result.updated.push(outcome(g, ref, dry ? 'dry run: would update' : undefined));
  else result.unchanged.push(outcome(g, ref));
  g.issue = { ...ref, state: reopen ? 'reopened' : 'updated' };
}
