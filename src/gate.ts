// The post-deploy gate: fail when a group at or above a priority is present.
import type { Priority, Report, TriagedGroup } from './types.js';
import { priorityRank } from './types.js';
import type { GateVerdict } from './outcome.js';
import { newGroupsAtOrAbove } from './triage/trend.js';
import { shorten } from './safety/markdown.js';
import { suspectText } from './triage/suspect.js';

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
  const from = known.source === 'issues' ? "action's issues (open and closed)" : 'previous report';
  return `Known groups from the ${from}: ${n} fingerprint${n === 1 ? '' : 's'}${n ? '' : ', so every group counts as new'}.`;
}

const isKnown = (g: TriagedGroup, known: KnownGroups) => [g.signature.fingerprint, ...(g.signature.aliases ?? [])].some((fp) => known.fingerprints.has(fp));

export function evaluateGate(report: Report, failOn: Priority | 'none', newOnly = false, known?: KnownGroups): GateVerdict {
  if (failOn === 'none') return { failed: false, groups: [], text: 'Gate off (fail-on: none).' };
  const atOrAbove = report.groups.filter((g) => priorityRank(g.triage.priority) <= priorityRank(failOn));
  const groups = !newOnly ? atOrAbove : known ? atOrAbove.filter((g) => !isKnown(g, known)) : newGroupsAtOrAbove(report, failOn);
  const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
  const source = newOnly && known ? ` ${knownLine(known)}` : '';
  if (!groups.length) return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.${source}` };
  const names = groups
    .slice(0, 10)
    .map((g) => `[${g.triage.priority}] ${shorten(g.signature.title, 120)}${suspectText(g) ? ` (${shorten(suspectText(g), 200)})` : ''}`)
    .join('; ');
  const more = groups.length > 10 ? '; ...' : '';
  const text = `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${more}${source ? `.${source}` : ''}`;
  return { failed: true, groups, text };
}
