// The post-deploy gate: fail when a group at or above a priority is present.
import type { Priority, Report } from './types.js';
import { priorityRank } from './types.js';
import type { GateVerdict } from './outcome.js';
import { newGroupsAtOrAbove } from './triage/trend.js';
import { shorten } from './safety/markdown.js';
import { suspectText } from './triage/suspect.js';

export function evaluateGate(report: Report, failOn: Priority | 'none', newOnly = false): GateVerdict {
  if (failOn === 'none') return { failed: false, groups: [], text: 'Gate off (fail-on: none).' };
  const groups = newOnly ? newGroupsAtOrAbove(report, failOn) : report.groups.filter((g) => priorityRank(g.triage.priority) <= priorityRank(failOn));
  const scope = newOnly ? `new group${groups.length === 1 ? '' : 's'}` : `group${groups.length === 1 ? '' : 's'}`;
  if (!groups.length) return { failed: false, groups, text: `Gate passed: no ${newOnly ? 'new ' : ''}groups at ${failOn} or above.` };
  const names = groups
    .slice(0, 10)
    .map((g) => `[${g.triage.priority}] ${shorten(g.signature.title, 120)}${suspectText(g) ? ` (${shorten(suspectText(g), 200)})` : ''}`)
    .join('; ');
  return { failed: true, groups, text: `Gate failed (fail-on: ${failOn}): ${groups.length} ${scope} at ${failOn} or above: ${names}${groups.length > 10 ? '; ...' : ''}` };
}
