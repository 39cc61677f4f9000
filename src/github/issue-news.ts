// When an issue's watchers should hear from the action: a regression, an escalation, a new
// revision, a return after a quiet spell. Pure: from the group and what the issue remembers.
import type { Priority, TriagedGroup } from '../types.js';
import { PRIORITIES } from '../types.js';
import { code } from '../safety/markdown.js';
import { rememberedRevision, type IssueMemory } from '../safety/markers.js';
import type { KnownIssue } from './issue-index.js';

const rank = (p: Priority) => PRIORITIES.indexOf(p);
const DEFAULT_QUIET_MS = 72 * 3_600_000;

/** Seen after the issue was closed, and not closed as "not planned" (a decision to ignore it). */
export function isRegression(g: TriagedGroup, issue: Pick<KnownIssue, 'stateReason' | 'closedAt'>): boolean {
  return issue.stateReason !== 'not_planned' && !!issue.closedAt && Date.parse(g.lastSeen) > Date.parse(issue.closedAt);
}

/** Why a human should hear about this run, if at all. */
export function newsFor(g: TriagedGroup, before: IssueMemory | undefined, quietMs = DEFAULT_QUIET_MS): string[] {
  if (!before) return [];
  const news: string[] = [];
  if (rank(g.triage.priority) < rank(before.priority)) news.push(`priority escalated from ${before.priority} to ${g.triage.priority}`);
  const fresh = Object.keys(g.revisions).filter((r) => !before.revisions.includes(rememberedRevision(r)));
  if (fresh.length)
    news.push(
      `new revision${fresh.length > 1 ? 's' : ''} affected: ${fresh
        .slice(0, 10)
        .map((r) => code(r.slice(0, 80)))
        .join(', ')}`,
    );
  const gap = Date.parse(g.firstSeen) - Date.parse(before.lastSeen);
  if (gap > quietMs) news.push(`back after ${Math.round(gap / 3_600_000)} quiet hours (last seen before: ${before.lastSeen})`);
  return news;
}

/** What a regression comment says: what returned and since when. */
export function regressionNews(g: TriagedGroup, issue: Pick<KnownIssue, 'closedAt'>): string {
  const revisions =
    Object.keys(g.revisions)
      .slice(0, 10)
      .map((r) => code(r.slice(0, 80)))
      .join(', ') || 'unknown';
  return `regression: seen again since ${g.firstSeen} after the issue was closed${issue.closedAt ? ` on ${issue.closedAt}` : ''}, in revisions ${revisions}`;
}
