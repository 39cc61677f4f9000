// What a run hands from stage to stage above the pure middle:
// run (Built) -> GitHub issues -> finish (render once, write once) -> commit and comment -> conclude (RunOutcome).
import type { IssueNotes, IssueRef, Report, TriagedGroup } from './types.js';

/** The fail-on gate's verdict (src/gate.ts). */
export interface GateVerdict {
  failed: boolean;
  /** The groups that failed the gate. */
  groups: TriagedGroup[];
  /** One line for logs, the summary and the PR comment. */
  text: string;
}

/** The worklog's and JSON report's paths in the repository (from the worklog-path template). */
export interface WorklogPaths {
  markdown: string;
  json: string;
}

/** The local copies written to output-dir. */
export interface WrittenFiles {
  worklog: string;
  report: string;
}

/** What run() builds; nothing is written yet. */
export interface Built {
  report: Report;
  gate: GateVerdict;
  repoPaths: WorklogPaths;
  /** Components the team configured (for the service health table). */
  components: string[];
}

/** What the GitHub issue step did, for the worklog: applied to the report by withIssues (src/pipeline.ts). */
export interface LinkedIssues {
  /** Each group's issue, by fingerprint. */
  refs: Record<string, IssueRef>;
  notes: IssueNotes;
  /** What failed while syncing issues. */
  failures: string[];
}

/** The worklog as rendered once, and where it was written. */
export interface Finished {
  report: Report;
  markdown: string;
  json: string;
  files: WrittenFiles;
}

/** What the GitHub step did (or, in a dry run, would do), as the outputs and the summary tell it. */
export interface GitHubDone {
  dryRun: boolean;
  created: number;
  updated: number;
  reopened: number;
  adopted: number;
  /** Groups left alone (cap reached, closed as not planned, lock held). */
  skipped: number;
  /** False when the issues could not be read (GitHub down): the counts above are no plan. */
  read?: boolean;
  /** The committed worklog, when a commit was made. */
  worklogUrl?: string;
  commentUrl?: string;
  notices: string[];
  /** Failures after the worklog was written (commit, comment): they fail the run but are not in the worklog. */
  failures: string[];
}

/** A finished run, everything conclude() needs. */
export interface RunOutcome extends Finished {
  gate: GateVerdict;
  github?: GitHubDone;
}
