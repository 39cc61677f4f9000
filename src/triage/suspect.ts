// Which deploy brought a problem: the revision on which each group first appeared, across this
// window and the previous report, with the commit it was built from when the logs name one.
import type { Report, SuspectRevision, TriagedGroup } from '../types.js';
import type { RevisionSeen } from '../group/accumulate.js';
import { code, inline, link } from '../safety/markdown.js';

/** The repository's web URL from the Actions environment, when it can be told. */
export function repositoryUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = env.GITHUB_REPOSITORY;
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^https?:\/\/[^\s/]+$/.test(server)) return undefined;
  return `${server}/${repo}`;
}

const earlier = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a <= b ? a : b);
const SHA = /^[0-9a-f]{7,40}$/i;

/** A previous report is a file from the repository: its suspect is used only when well formed. */
function wellFormed(s: unknown): s is SuspectRevision {
  const x = s as Partial<SuspectRevision> | undefined;
  return (
    typeof x?.revision === 'string' &&
    typeof x.firstSeen === 'string' &&
    (x.revisionFirstSeen === undefined || typeof x.revisionFirstSeen === 'string') &&
    Array.isArray(x.order) &&
    x.order.every((r) => typeof r === 'string') &&
    (x.commit === undefined || (typeof x.commit?.sha === 'string' && SHA.test(x.commit.sha)))
  );
}

/**
 * Settles each group's suspect revision: the window's first revision unless the previous report
 * saw the group earlier (then its suspect stands), revisions in the order they showed the problem,
 * when the revision started serving (the earliest of this window and the previous report), whether
 * it is the newest revision of its service, and links to its commit and to the compare view from
 * the revision that served before it.
 */
export function settleSuspects(report: Report, timeline: RevisionSeen[], previous: Report | undefined, repoUrl: string | undefined): Report {
  const started = new Map<string, string>();
  const commits = new Map<string, string>();
  const service = new Map<string, string>();
  for (const g of previous?.groups ?? []) {
    const s = g.suspect;
    if (!wellFormed(s)) continue;
    started.set(s.revision, earlier(started.get(s.revision), s.revisionFirstSeen) ?? s.firstSeen);
    if (s.commit?.sha) commits.set(s.revision, s.commit.sha);
    const svc = Object.keys(g.services ?? {})[0];
    if (svc !== undefined) service.set(s.revision, svc);
  }
  for (const r of timeline) {
    service.set(r.revision, r.service ?? '');
    started.set(r.revision, earlier(started.get(r.revision), r.firstSeen)!);
    if (r.commit && !commits.has(r.revision)) commits.set(r.revision, r.commit);
  }
  // Per service, revisions in the order they started serving: the newest last.
  const byService = new Map<string, string[]>();
  for (const [rev] of [...started].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1))) {
    const svc = service.get(rev);
    if (svc === undefined) continue;
    byService.set(svc, [...(byService.get(svc) ?? []), rev]);
  }
  const before = new Map((previous?.groups ?? []).map((g) => [g.signature.fingerprint, g]));

  return { ...report, groups: report.groups.map((g) => ({ ...g, suspect: settle(g) })) };

  function settle(g: TriagedGroup): SuspectRevision | undefined {
    const now = g.suspect;
    const old = before.get(g.signature.fingerprint);
    let s: SuspectRevision | undefined = now && { ...now };
    if (old && wellFormed(old.suspect)) {
      s = { ...old.suspect, order: [...old.suspect.order, ...(now?.order ?? []).filter((r) => !old.suspect!.order.includes(r))] };
    } else if (old) {
      // Seen before, but by a report that did not say where it started: only one revision then tells.
      const revs = Object.keys(old.revisions ?? {});
      s =
        revs.length === 1
          ? { revision: revs[0], firstSeen: old.firstSeen, newest: false, order: [revs[0], ...(now?.order ?? []).filter((r) => r !== revs[0])] }
          : undefined;
    }
    if (!s) return undefined;
    s.revisionFirstSeen = earlier(started.get(s.revision), s.revisionFirstSeen);
    const svc = service.get(s.revision) ?? service.get(s.order[s.order.length - 1]);
    const revs = svc === undefined ? [] : (byService.get(svc) ?? []);
    // Newest means a deploy brought it: some earlier revision served without it.
    s.newest = revs.length > 1 && revs[revs.length - 1] === s.revision;
    const sha = commits.get(s.revision) ?? s.commit?.sha;
    if (sha) {
      const i = revs.indexOf(s.revision);
      const prevSha = i > 0 ? commits.get(revs[i - 1]) : undefined;
      s.commit = {
        sha,
        ...(repoUrl ? { url: `${repoUrl}/commit/${sha}` } : {}),
        ...(repoUrl && prevSha && prevSha !== sha ? { compareUrl: `${repoUrl}/compare/${prevSha}...${sha}` } : {}),
      };
    } else delete s.commit;
    return s;
  }
}

/** For the gate: the newest revision brought this group (empty otherwise). */
export function suspectText(g: TriagedGroup): string {
  const s = g.suspect;
  if (!s?.newest) return '';
  const commit = s.commit ? ` (commit ${s.commit.sha.slice(0, 12)})` : '';
  return `new on the newest revision ${s.revision}${commit} at ${s.firstSeen}: roll it back`;
}

/** Markdown lines about the suspect revision, for an issue body or a worklog section. */
export function suspectMarkdown(g: TriagedGroup): string[] {
  const s = g.suspect;
  if (!s) return [];
  const started = s.revisionFirstSeen ? `, serving since ${inline(s.revisionFirstSeen)}` : '';
  const commit = s.commit
    ? `; built from ${s.commit.url ? link(s.commit.sha.slice(0, 12), s.commit.url) : code(s.commit.sha.slice(0, 12))}${s.commit.compareUrl ? ` (${link('changes since the previous revision', s.commit.compareUrl)})` : ''}`
    : '';
  const lines = [`First appeared on revision ${code(s.revision)} at ${inline(s.firstSeen)}${started}${commit}.`];
  if (s.order.length > 1)
    lines.push(
      `Revisions in the order they showed it: ${s.order
        .slice(0, 10)
        .map((r) => code(r))
        .join(' → ')}${s.order.length > 10 ? ' …' : ''}.`,
    );
  lines.push(
    s.newest
      ? 'It first appeared on the newest revision: rolling back to the previous revision is the quickest way to stop it.'
      : 'It predates the newest revision, so rolling back would not remove it.',
  );
  return lines;
}
