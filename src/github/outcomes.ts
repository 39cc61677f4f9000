// What the publisher did (or, in a dry run, would do), group by group. Returned, never written
// into the report: the caller builds the final report once from these.
import type { IssueNotes, IssueRef, Priority, TriagedGroup } from '../types.js';

export interface IssueOutcome {
  fingerprint: string;
  /** The group's signature title (log text: render it with the markdown helpers). */
  title: string;
  priority: Priority;
  number?: number;
  url?: string;
  /** Why, in a few words: "cap of 10 new issues per run reached", "priority escalated P2 -> P1", ... */
  note?: string;
}

interface UncertainMatch {
  fingerprint: string;
  title: string;
  priority: Priority;
  candidates: { number: number; url: string; title: string; score: number }[];
}

export interface IssueSyncResult {
  created: IssueOutcome[];
  /** Open issues whose status block, labels or title changed. */
  updated: IssueOutcome[];
  /** Known issues with nothing to change. */
  unchanged: IssueOutcome[];
  reopened: IssueOutcome[];
  adopted: IssueOutcome[];
  /** Issues that got a comment, and why. */
  commented: IssueOutcome[];
  /** Issues of ours closed: quiet for resolve-after, or the newer of two with one fingerprint. */
  closed: IssueOutcome[];
  /** Groups not acted on (cap, closed as not planned, lock not obtained, createIssues off, budget spent). */
  skipped: IssueOutcome[];
  /** Groups that look like people's issues, too unsure to adopt: for the worklog. */
  uncertain: UncertainMatch[];
  labelsCreated: string[];
  /** The issue each group ended up with this run, by fingerprint (what the worklog links). */
  refs: Record<string, IssueRef>;
  /** False when the issues could not be read: nothing above is a plan, and nothing may be said from it. */
  read: boolean;
}

export function emptySync(): IssueSyncResult {
  const none = { created: [], updated: [], unchanged: [], reopened: [], adopted: [], commented: [], closed: [], skipped: [], uncertain: [] };
  return { ...none, labelsCreated: [], refs: {}, read: false };
}

export function outcome(g: TriagedGroup, issue?: { number: number; url: string }, note?: string): IssueOutcome {
  return {
    fingerprint: g.signature.fingerprint,
    title: g.signature.title,
    priority: g.triage.priority,
    ...(issue ? { number: issue.number, url: issue.url } : {}),
    ...(note ? { note } : {}),
  };
}

/** The worklog's notes on what the GitHub step left undone on purpose. */
export function issueNotes(issues: IssueSyncResult): IssueNotes {
  return {
    notFiled: issues.skipped.map((s) => ({ title: s.title, priority: s.priority, ...(s.note ? { note: s.note } : {}) })),
    possibleDuplicates: issues.uncertain.map((u) => ({
      title: u.title,
      priority: u.priority,
      candidates: u.candidates.map((c) => ({ number: c.number, url: c.url, title: c.title })),
    })),
  };
}

/** Records a group left alone, and its issue when it has one. */
export function skip(result: IssueSyncResult, g: TriagedGroup, note: string, issue?: { number: number; url: string }): void {
  result.skipped.push(outcome(g, issue, note));
  if (issue) result.refs[g.signature.fingerprint] = { number: issue.number, url: issue.url, state: 'skipped' };
}
