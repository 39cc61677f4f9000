// What the publisher did (or, in a dry run, would do), group by group.
import type { Priority, TriagedGroup } from '../types.js';

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

export interface UncertainMatch {
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
  /** Groups not acted on (cap, closed as not planned, lock not obtained, createIssues off). */
  skipped: IssueOutcome[];
  /** Groups that look like people's issues, too unsure to adopt: for the worklog. */
  uncertain: UncertainMatch[];
  labelsCreated: string[];
}

export function emptySync(): IssueSyncResult {
  return { created: [], updated: [], unchanged: [], reopened: [], adopted: [], commented: [], skipped: [], uncertain: [], labelsCreated: [] };
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
