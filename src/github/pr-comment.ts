// One comment per pull request, found by a hidden marker and edited in place.
import type { Priority, Report } from '../types.js';
import { PRIORITIES } from '../types.js';
import { inline } from '../safety/markdown.js';
import { truncateBody } from '../safety/truncate.js';
import type { Octokit } from './client.js';
import { BODY_LIMIT, safeUrl, shorten } from './issue-text.js';
import { PR_COMMENT_MARKER } from '../safety/markers.js';
import type { Budget } from '../budget.js';
import { outcome, type IssueOutcome, type IssueSyncResult } from './outcomes.js';
import { isStatus, type Repo } from './repo.js';
import { commentOnce } from './once.js';
import { fitForGitHub } from './limits.js';

export interface Gate {
  failed: boolean;
  text: string;
}

interface PrCommentInput {
  report: Report;
  issues: IssueSyncResult;
  gate?: Gate;
  /** False when issues were not synced (create-issues off): groups are listed without links. */
  issuesSynced: boolean;
  worklogUrl?: string;
  runUrl?: string;
}

const MAX_ROWS = 30;

function rows(items: IssueOutcome[]): string[] {
  const out = items.slice(0, MAX_ROWS).map((o) => {
    const link = o.number && o.url ? `: [#${o.number}](${safeUrl(o.url)})` : '';
    return `- **${o.priority}** ${inline(shorten(o.title, 140))}${link}${o.note ? ` (${inline(o.note)})` : ''}`;
  });
  if (items.length > MAX_ROWS) out.push(`- and ${items.length - MAX_ROWS} more in the worklog`);
  return out;
}

export function prCommentBody(input: PrCommentInput): string {
  const { report, issues } = input;
  const count = (p: Priority) => report.byPriority[p] ?? 0;
  const fresh = [...issues.created, ...issues.adopted];
  const known = [...issues.updated, ...issues.unchanged, ...issues.reopened];
  const links = [input.worklogUrl && `[worklog](${safeUrl(input.worklogUrl)})`, input.runUrl && `[run](${safeUrl(input.runUrl)})`].filter(Boolean);
  const lines = [
    PR_COMMENT_MARKER,
    '## GCP Log Gardener',
    '',
    input.gate ? `${input.gate.failed ? '**Gate: failed.**' : '**Gate: passed.**'} ${inline(input.gate.text)}` : '',
    '',
    `${report.groups.length} error groups in ${report.stats.entries} entries (${report.query.since} to ${report.query.until}).`,
    '',
    `| ${PRIORITIES.join(' | ')} |`,
    `|${PRIORITIES.map(() => '---').join('|')}|`,
    `| ${PRIORITIES.map(count).join(' | ')} |`,
    '',
    ...(input.issuesSynced
      ? [
          `### New (${fresh.length})`,
          ...(fresh.length ? rows(fresh) : ['None.']),
          '',
          `### Known (${known.length})`,
          ...(known.length ? rows(known) : ['None.']),
          ...(issues.skipped.length ? ['', `### Not filed (${issues.skipped.length})`, ...rows(issues.skipped)] : []),
        ]
      : [`### Groups (issues not managed: create-issues is off)`, ...rows(report.groups.map((g) => outcome(g, undefined, `${g.count} entries`)))]),
    '',
    links.length ? `Details: ${links.join(', ')}. This comment is updated in place on each run.` : 'This comment is updated in place on each run.',
  ];
  const body = lines.join('\n');
  return truncateBody(body, BODY_LIMIT).body;
}

/** Edits the marked comment of ours on the pull request, or posts it when there is none. */
export async function upsertPrComment(
  octokit: Octokit,
  budget: Budget,
  repo: Repo,
  prNumber: number,
  body: string,
): Promise<{ url: string; action: 'created' | 'updated' }> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: prNumber, per_page: 100 });
  const ours = comments
    .filter((c) => (c.body ?? '').startsWith(`${PR_COMMENT_MARKER}\n`))
    .sort((a, b) => (a.user?.type === 'Bot' ? 0 : 1) - (b.user?.type === 'Bot' ? 0 : 1));
  for (const c of ours) {
    if (c.body === fitForGitHub({ body }).body) return { url: c.html_url, action: 'updated' };
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: c.id, body });
      return { url: data.html_url, action: 'updated' };
    } catch (e) {
      // Someone else's comment carrying our marker: not ours to edit, try the next.
      if (!isStatus(e, 403, 404)) throw e;
    }
  }
  const data = await commentOnce(octokit, budget, repo, prNumber, body);
  return { url: data.html_url, action: 'created' };
}
