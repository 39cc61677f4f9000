// What the repository already holds: the action's issues by fingerprint (open, and closed
// recently), and people's issues (open, and closed recently) to match by similarity. Paginated
// list API only: the search API is eventually consistent and lets runs close together file duplicates.
import type { Signature } from '../types.js';
import { readFingerprint, readMemory } from '../safety/markers.js';
import type { Octokit } from './client.js';
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
  /** Filed by a person (then adopted, when it carries our marker). */
  byPerson: boolean;
}

interface IndexOptions {
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
    byPerson: i.user?.type !== 'Bot',
  };
}

export class IssueIndex {
  private readonly byFingerprint = new Map<string, KnownIssue>();
  /** Open issues carrying a fingerprint another, older open issue carries too. */
  readonly duplicates: { keep: KnownIssue; close: KnownIssue }[] = [];
  constructor(readonly issues: KnownIssue[]) {
    // Open beats closed; among equals the oldest issue wins, so every run picks the same one.
    const rank = (i: KnownIssue) => (i.state === 'open' ? 0 : 1);
    for (const i of [...issues].sort((a, b) => rank(a) - rank(b) || a.number - b.number)) {
      if (!i.fingerprint || i.stateReason === 'duplicate') continue;
      const first = this.byFingerprint.get(i.fingerprint);
      if (!first) this.byFingerprint.set(i.fingerprint, i);
      else if (first.state === 'open' && i.state === 'open') this.duplicates.push({ keep: first, close: i });
    }
  }
  /** The issue of a signature: by its fingerprint, else by an older fingerprint of the same problem. */
  find(signature: Pick<Signature, 'fingerprint' | 'aliases'>): KnownIssue | undefined {
    for (const fp of [signature.fingerprint, ...(signature.aliases ?? [])]) {
      const hit = this.byFingerprint.get(fp);
      if (hit) return hit;
    }
    return undefined;
  }
  /** Every fingerprint on the action's issues, open and closed. */
  fingerprints(): Set<string> {
    return new Set(this.byFingerprint.keys());
  }
  /**
   * Open issues of ours whose group was last seen before `before` (from the state marker), on one
   * of `services` (any service when empty): another service's issues are not this run's to judge.
   */
  quietSince(before: number, services: string[]): { issue: KnownIssue; lastSeen: string }[] {
    const out: { issue: KnownIssue; lastSeen: string }[] = [];
    for (const issue of this.byFingerprint.values()) {
      const memory = issue.state === 'open' ? readMemory(issue.body) : undefined;
      if (!memory || Date.parse(memory.lastSeen) >= before) continue;
      if (services.length && !(memory.services ?? []).some((s) => services.includes(s))) continue;
      out.push({ issue, lastSeen: memory.lastSeen });
    }
    return out;
  }
}

/** The action's issues: every open one, and closed ones updated within the window (all closed ones with closedWithinDays: Infinity). */
export async function listActionIssues(octokit: Octokit, repo: Repo, opts: IndexOptions): Promise<IssueIndex> {
  const days = opts.closedWithinDays ?? 90;
  const list = (state: 'open' | 'closed', since?: string) =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: repo.owner,
      repo: repo.repo,
      labels: opts.label,
      state,
      per_page: 100,
      ...(since ? { since, sort: 'updated' as const, direction: 'desc' as const } : {}),
    });
  const since = Number.isFinite(days) ? new Date(opts.now.getTime() - days * 86_400_000).toISOString() : undefined;
  const [open, closed] = await Promise.all([list('open'), days > 0 || !Number.isFinite(days) ? list('closed', since) : Promise.resolve([])]);
  return new IssueIndex([...open, ...closed].filter((i) => !i.pull_request).map(toKnown));
}

/** People's issues without the action's label or marker, open and recently closed, most recently updated first, up to maxPages pages. */
export async function listHumanIssues(octokit: Octokit, repo: Repo, label: string, maxPages = 3): Promise<KnownIssue[]> {
  const out: KnownIssue[] = [];
  let pages = 0;
  const params = { owner: repo.owner, repo: repo.repo, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 } as const;
  const iterator = octokit.paginate.iterator(octokit.rest.issues.listForRepo, params);
  for await (const res of iterator) {
    for (const i of res.data) {
      if (i.pull_request) continue;
      const k = toKnown(i);
      if (!k.fingerprint && !k.labels.some((l) => l.toLowerCase() === label.toLowerCase())) out.push(k);
    }
    if (++pages >= maxPages) break;
  }
  return out;
}
