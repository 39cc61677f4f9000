// The writes of the issue sync, one function per kind: file, adopt, keep current, close a
// duplicate, close a quiet issue. Each records what it did in the result; none touches the report.
import type { TriagedGroup } from '../types.js';
import { code, inline } from '../safety/markdown.js';
import { fingerprintMarker, noticeMarker, readMemory, readNotice, type IssueMemory } from '../safety/markers.js';
import { truncateBody } from '../safety/truncate.js';
import type { IssueSyncContext } from './issue-sync.js';
import { listActionIssues, type KnownIssue } from './issue-index.js';
import { isRegression, newsFor, regressionNews } from './issue-news.js';
import { BODY_LIMIT, issueBody, issueTitle, memoryOf, retitle, safeUrl, statusBlock, withStatusBlock } from './issue-text.js';
import { labelsFor, relabel } from './labels.js';
import { commentOnce, NO_RETRY, writeOnce } from './once.js';
import { outcome, skip, type IssueSyncResult } from './outcomes.js';

export type ActionContext = IssueSyncContext & { result: IssueSyncResult };

const dryNote = (ctx: ActionContext, what: string, note?: string) => (ctx.settings.dryRun ? `dry run: would ${what}${note ? ` (${note})` : ''}` : note);
const issueParams = (ctx: ActionContext, issueNumber: number) => ({ owner: ctx.repo.owner, repo: ctx.repo.repo, issue_number: issueNumber });

export async function create(ctx: ActionContext, g: TriagedGroup, regressionOf?: KnownIssue): Promise<void> {
  const note = regressionOf ? `returned after #${regressionOf.number} was closed` : undefined;
  if (ctx.settings.dryRun) {
    ctx.result.created.push(outcome(g, undefined, dryNote(ctx, 'file', note)));
    return;
  }
  const body = issueBody({ group: g, report: ctx.report, links: ctx.links, memory: memoryOf(g), regressionOf });
  const filed = await writeOnce(
    ctx.budget,
    async () => {
      const { data } = await ctx.octokit.rest.issues.create({
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        title: issueTitle(g),
        body,
        labels: labelsFor(g, ctx.settings.issueLabel),
        request: NO_RETRY,
      });
      return { number: data.number, url: data.html_url };
    },
    async () => {
      // After a lost answer the group's issue, found by its marker, is the one.
      const found = (await listActionIssues(ctx.octokit, ctx.repo, { label: ctx.settings.issueLabel, now: ctx.now, closedWithinDays: 0 })).find(g.signature);
      return found?.state === 'open' ? { number: found.number, url: found.url } : undefined;
    },
  );
  ctx.result.created.push(outcome(g, filed, note));
  ctx.result.refs[g.signature.fingerprint] = { ...filed, state: 'new' };
}

/** A person's body with our status block after it; their text is cut, never our block. */
function adoptedBody(body: string, block: string): string {
  const room = BODY_LIMIT - block.length - 4;
  return `${truncateBody(body.replace(/\s+$/, ''), room).body}\n\n${block}\n`;
}

const adoptionText = (ctx: ActionContext, g: TriagedGroup, reopened: boolean) =>
  `GCP Log Gardener matched this issue to the error group ${code(g.signature.fingerprint)} ` +
  `(${inline(g.signature.title)}; ${g.count} entries, last seen ${g.lastSeen})` +
  `${reopened ? ', which came back after the issue was closed, so it was reopened;' : ''} ` +
  `and will keep the status block at the end of the description up to date instead of filing a new issue. ` +
  `If the match is wrong, remove the ${code(ctx.settings.issueLabel)} label and the status block.`;

/** Adopts a person's issue (reopening it when it was closed and the group came back). */
export async function adopt(ctx: ActionContext, g: TriagedGroup, issue: KnownIssue, score: number): Promise<void> {
  const ref = { number: issue.number, url: issue.url };
  const reopen = issue.state === 'closed';
  const note = `matched by similarity ${score.toFixed(2)}${reopen ? `; reopened: ${regressionNews(g, issue).replace(/`/g, '')}` : ''}`;
  if (ctx.settings.dryRun) {
    ctx.result.adopted.push(outcome(g, ref, dryNote(ctx, reopen ? 'adopt and reopen' : 'adopt', note)));
    return;
  }
  // The explanation is owed until it is posted: a later run posts it if this one could not.
  const owed = reopen ? 'adopted-reopened' : 'adopted';
  const memory: IssueMemory = { ...memoryOf(g), owed: [owed] };
  const block = `${fingerprintMarker(g.signature.fingerprint)}\n${statusBlock(g, ctx.report, ctx.links, memory)}`;
  const labels = relabel(issue.labels, g, ctx.settings.issueLabel);
  await ctx.octokit.rest.issues.update({
    ...issueParams(ctx, issue.number),
    body: adoptedBody(issue.body, block),
    labels: labels ?? issue.labels,
    ...(reopen ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
  });
  ctx.result.adopted.push(outcome(g, ref, note));
  if (reopen) ctx.result.reopened.push(outcome(g, ref, 'adopted'));
  ctx.result.refs[g.signature.fingerprint] = { ...ref, state: 'adopted' };
  await postOwed(ctx, g, { ...issue, state: 'open', body: adoptedBody(issue.body, block) }, memory);
}

/** Posts each notice the memory says is owed and not yet on the issue, then clears the debt. */
async function postOwed(ctx: ActionContext, g: TriagedGroup, issue: KnownIssue, memory: IssueMemory, news: string[] = []): Promise<IssueMemory> {
  if (!memory.owed?.length) return memory;
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, { ...issueParams(ctx, issue.number), per_page: 100 });
  const posted = new Set(comments.map((c) => readNotice(c.body)).filter(Boolean));
  for (const id of memory.owed) {
    if (posted.has(id)) continue;
    const text =
      id === 'adopted-reopened' || id === 'adopted'
        ? adoptionText(ctx, g, id === 'adopted-reopened')
        : newsText(ctx, g, id === REGRESSION && news.length ? news : ['regression: seen again after the issue was closed']);
    await commentOnce(ctx.octokit, ctx.budget, ctx.repo, issue.number, `${text}\n\n${noticeMarker(id)}`);
    if (!news.length) ctx.result.commented.push(outcome(g, issue, id));
  }
  const cleared: IssueMemory = { ...memory, owed: undefined };
  const body = withStatusBlock(issue.body, statusBlock(g, ctx.report, ctx.links, cleared));
  await ctx.octokit.rest.issues.update({ ...issueParams(ctx, issue.number), body });
  return cleared;
}

const withoutLinks = (body: string) => body.replace(/ Latest (?:\[(?:run|worklog)\]\([^)\s]*\)(?:, )?)+\./g, '');

/** Known issue: status block, labels and title in one edit; a comment only with news; reopen on regression. */
export async function keepCurrent(ctx: ActionContext, g: TriagedGroup, issue: KnownIssue): Promise<void> {
  const ref = { number: issue.number, url: issue.url };
  if (issue.state === 'closed' && !isRegression(g, issue)) {
    const why = issue.stateReason === 'not_planned' ? 'issue closed as not planned' : 'all entries predate the close';
    skip(ctx.result, g, `${why}: not reopened`, ref);
    return;
  }
  const before = readMemory(issue.body);
  const reopen = issue.state === 'closed';
  const news = reopen ? [regressionNews(g, issue)] : newsFor(g, before, ctx.quietMs);
  // A reopening owes its explanation until it is posted; so does whatever an earlier run owed.
  const owed = [...(before?.owed ?? []), ...(reopen ? [REGRESSION] : [])];
  const memory: IssueMemory = { ...memoryOf(g, before), ...(owed.length ? { owed } : {}) };
  const body = withStatusBlock(issue.body, statusBlock(g, ctx.report, ctx.links, memory));
  const labels = relabel(issue.labels, g, ctx.settings.issueLabel);
  const title = retitle(issue.title, g);
  // Fresh run and worklog links alone are no reason to edit an issue (and notify its watchers).
  const bodyChanged = withoutLinks(body) !== withoutLinks(issue.body);
  const changed = bodyChanged || labels !== undefined || title !== issue.title || reopen;
  const dry = ctx.settings.dryRun ? 'dry run: would ' : '';

  if (!ctx.settings.dryRun) {
    // News goes out before the memory moves on: when the comment fails, the next run says it again.
    if (news.length && !reopen) await commentOnce(ctx.octokit, ctx.budget, ctx.repo, issue.number, newsText(ctx, g, news));
    if (changed) {
      await ctx.octokit.rest.issues.update({
        ...issueParams(ctx, issue.number),
        ...(bodyChanged ? { body } : {}),
        ...(labels ? { labels } : {}),
        ...(title !== issue.title ? { title } : {}),
        ...(reopen ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
      });
    }
    if (owed.length) await postOwed(ctx, g, { ...issue, state: 'open', body }, memory, reopen ? news : []);
  }
  if (news.length) ctx.result.commented.push(outcome(g, ref, dry + news.join('; ').replace(/`/g, '')));
  if (reopen) ctx.result.reopened.push(outcome(g, ref, dry ? 'dry run: would reopen' : undefined));
  else if (changed) ctx.result.updated.push(outcome(g, ref, dry ? 'dry run: would update' : undefined));
  else ctx.result.unchanged.push(outcome(g, ref));
  ctx.result.refs[g.signature.fingerprint] = { ...ref, state: reopen ? 'reopened' : 'updated' };
}

const REGRESSION = 'regression';

function newsText(ctx: ActionContext, g: TriagedGroup, news: string[]): string {
  const run = ctx.links.runUrl ? ` [Run](${safeUrl(ctx.links.runUrl)})` : '';
  const window = `${ctx.report.query.since} to ${ctx.report.query.until}`;
  return `GCP Log Gardener: ${news.join('; ')}. ${g.count} entries in the window ${window}, last seen ${g.lastSeen}.${run}`;
}

/** Two open issues of ours with one fingerprint (a lost answer while the list lagged): keep the older. */
export async function closeDuplicate(ctx: ActionContext, keep: KnownIssue, close: KnownIssue): Promise<void> {
  const entry = { fingerprint: close.fingerprint ?? '', title: close.title, priority: 'P3' as const, number: close.number, url: close.url };
  if (ctx.settings.dryRun) {
    ctx.result.closed.push({ ...entry, note: `dry run: would close as a duplicate of #${keep.number}` });
    return;
  }
  const text = `GCP Log Gardener: duplicate of #${keep.number} (the same error group, ${code(close.fingerprint ?? '')}), which is kept up to date instead.`;
  await commentOnce(ctx.octokit, ctx.budget, ctx.repo, close.number, text);
  await ctx.octokit.rest.issues.update({ ...issueParams(ctx, close.number), state: 'closed', state_reason: 'duplicate' });
  ctx.result.closed.push({ ...entry, note: `duplicate of #${keep.number}` });
}

/** An issue of ours whose group has been quiet for resolve-after: closed as completed, saying when it was last seen. */
export async function resolveQuiet(ctx: ActionContext, issue: KnownIssue, lastSeen: string): Promise<void> {
  const days = Math.floor((ctx.now.getTime() - Date.parse(lastSeen)) / 86_400_000);
  const entry = { fingerprint: issue.fingerprint ?? '', title: issue.title, priority: 'P3' as const, number: issue.number, url: issue.url };
  if (ctx.settings.dryRun) {
    ctx.result.closed.push({ ...entry, note: `dry run: would close, quiet since ${lastSeen}` });
    return;
  }
  await commentOnce(
    ctx.octokit,
    ctx.budget,
    ctx.repo,
    issue.number,
    `GCP Log Gardener: no entries of this error group since ${lastSeen} (${days} days), so the issue is closed as completed. ` +
      'If the error returns, this issue is reopened.',
  );
  await ctx.octokit.rest.issues.update({ ...issueParams(ctx, issue.number), state: 'closed', state_reason: 'completed' });
  ctx.result.closed.push({ ...entry, note: `quiet since ${lastSeen}` });
}
