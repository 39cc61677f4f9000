// The post-deploy gate: fail when a group at or above a priority is present.
import type { Priority, Report, TriagedGroup } from './types.js';
import { PRIORITIES } from './types.js';
import { newGroupsAtOrAbove } from './triage/trend.js';
import { shorten } from './safety/markdown.js';

export interface GateVerdict {
  failed: boolean;
  /** The groups that failed the gate. */
  groups: TriagedGroup[];
  /** One line for logs, the summary and the PR comment. */
  text: string;
}

/**
 * What fail-on-new-only counts as known: the fingerprints on the action's issues (open and closed)
 * when the token can read issues, else the previous report's groups, else nothing.
 */
export interface KnownGroups {
  source: 'issues' | 'previous report' | 'none';
  fingerprints: Set<string>;
}

/** The previous report's groups as known groups (source "none" without a previous report). */
export function knownFromReport(previous: Report | undefined): KnownGroups {
  if (!previous) return { source: 'none', fingerprints: new Set() };
  return { source: 'previous report', fingerprints: new Set(previous.groups.flatMap((g) => [g.signature.fingerprint, ...(g.signature.aliases ?? [])])) };
}

function knownLine(known: KnownGroups): string {
  const n = known.fingerprints.size;
  if (known.source === 'none') return 'Nothing is known yet (no readable issues of the action, no previous report): every group counts as new.';
  return `Known groups from the ${known.source === 'issues' ? "action's issues (open and closed)" : 'previous report'}: ${n} fingerprint${n === 1 ? '' : 's'}${n ? '' : ', so every group counts as new'}.`;
}

export function evaluateGate(report: Report, failOn: Priority | 'none', newOnly = false, known?: KnownGroups): GateVerdict {
  if (failOn === 'none') return { failed: false, groups: [], text: 'Gate off (fail-on: none).' };
  const limit = PRIORITIES.indexOf(failOn);
  const isKnown = (g: TriagedGroup) => !!known && [g.signature.fingerprint, ...(g.signature.aliases ?? [])].some((fp) => known.fingerprints.has(fp));
  const groups = newOnly
    ? known
      ? report.groups.filter((g) => PRIORITIES.indexOf(g.triage.priority) <= limit && !isKnown(g))
      : newGroupsAtOrAbove(report, failOn)
    : report.groups.filter((g) => PRIORITIES.indexOf(g.triage.priority) <= limit);
  const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
  const source = newOnly && known ? ` ${knownLine(known)}` : '';
  if (!groups.length) return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.${source}` };
  const names = groups.slice(0, 10).map((g) => `[${g.triage.priority}] ${shorten(g.signature.title, 120)}`).join('; ');
  return { failed: true, groups, text: `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${groups.length > 10 ? '; ...' : ''}${source ? `.${source}` : ''}` };
}
