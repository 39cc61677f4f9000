// What the repository already holds: the action's issues by fingerprint (open, and closed
// recently), and people's open issues to match by similarity. Paginated list API only: the search
// API is eventually consistent and lets runs close together file duplicates.
import type { Octokit } from './client.js';
import { readFingerprint } from './markers.js';
import type { Repo } from './repo.js';

export interface KnownIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string | null;
  closedAt?: string | null;
  labels: string[];
  fingerprint?: string;
}

export interface IndexOptions {
  label: string;
  /** Closed issues updated within this many days count as "recently closed" (default 90). */
  closedWithinDays?: number;
  now: Date;
}

type Listed = Awaited<ReturnType<Octokit['rest']['issues']['listForRepo']>>['data'][number];

function toKnown(i: Listed): KnownIssue {
  return {
    number: i.number,
    url: i.html_url,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    stateReason: i.state_reason,
    closedAt: i.closed_at,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    fingerprint: readFingerprint(i.body),
  };
}

export class IssueIndex {
  private readonly byFingerprint = new Map<string, KnownIssue>();
  constructor(readonly issues: KnownIssue[]) {
    // Open beats closed; among equals the oldest issue wins, so every run picks the same one.
    const rank = (i: KnownIssue) => (i.state === 'open' ? 0 : 1);
    for (const i of [...issues].sort((a, b) => rank(a) - rank(b) || a.number - b.number)) {
      if (i.fingerprint && !this.byFingerprint.has(i.fingerprint) && i.stateReason !== 'duplicate') this.byFingerprint.set(i.fingerprint, i);
    }
  }
  find(fingerprint: string): KnownIssue | undefined {
    return this.byFingerprint.get(fingerprint);
  }
}

/** The action's issues: every open one, and closed ones updated within the window. */
export async function listActionIssues(octokit: Octokit, repo: Repo, opts: IndexOptions): Promise<IssueIndex> {
  const since = new Date(opts.now.getTime() - (opts.closedWithinDays ?? 90) * 86_400_000).toISOString();
  const common = { ...repo, labels: opts.label, per_page: 100 } as const;
  const [open, closed] = await Promise.all([
    octokit.paginate(octokit.rest.issues.listForRepo, { ...common, state: 'open' }),
    octokit.paginate(octokit.rest.issues.listForRepo, { ...common, state: 'closed', since, sort: 'updated', direction: 'desc' }),
  ]);
  return new IssueIndex([...open, ...closed].filter((i) => !i.pull_request).map(toKnown));
}

/** People's open issues without the action's label, most recently updated first, up to maxPages pages. */
export async function listHumanIssues(octokit: Octokit, repo: Repo, label: string, maxPages = 3): Promise<KnownIssue[]> {
  const out: KnownIssue[] = [];
  let pages = 0;
  for await (const res of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 })) {
    for (const i of res.data) {
      if (i.pull_request) continue;
      const k = toKnown(i);
      if (!k.fingerprint && !k.labels.some((l) => l.toLowerCase() === label.toLowerCase())) out.push(k);
    }
    if (++pages >= maxPages) break;
  }
  return out;
}
