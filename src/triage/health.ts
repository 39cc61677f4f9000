// Service health per component from its worst group, and recommended actions from P0 to P3.
import { PRIORITIES, type Priority, type Report, type TriagedGroup } from '../types.js';
import { inline } from '../safety/markdown.js';

export type HealthStatus = 'failing' | 'critical' | 'degraded' | 'intermittent' | 'operational';

export interface ComponentHealth {
  component: string;
  status: HealthStatus;
  worst: Priority | undefined;
  /** Plain text built from counts and times only (no log text). */
  note: string;
}

const HOUR_MS = 3_600_000;
const STATUS_ORDER: HealthStatus[] = ['failing', 'critical', 'degraded', 'intermittent', 'operational'];
const rank = (p: Priority) => PRIORITIES.indexOf(p);

/** Still happening: seen in the last hour of the window. */
function active(g: TriagedGroup, until: number): boolean {
  return Number.isFinite(until) && Date.parse(g.lastSeen) >= until - HOUR_MS;
}

function statusOf(worst: TriagedGroup | undefined, until: number): HealthStatus {
  if (!worst) return 'operational';
  switch (worst.triage.priority) {
    case 'P0':
      return active(worst, until) ? 'failing' : 'critical';
    case 'P1':
      return 'degraded';
    default:
      return 'intermittent';
  }
}

/**
 * One row per component: failing (a P0 group still seen in the window's last hour), critical
 * (a P0 group that stopped), degraded (worst is P1), intermittent (P2/P3 only), operational
 * (a configured component with no groups). Worst first, then by name.
 */
export function serviceHealth(report: Report, components: string[] = []): ComponentHealth[] {
  const until = Date.parse(report.query.until);
  const byComponent = new Map<string, TriagedGroup[]>(components.map((c) => [c, []]));
  for (const g of report.groups) {
    const list = byComponent.get(g.triage.component) ?? [];
    list.push(g);
    byComponent.set(g.triage.component, list);
  }
  const rows = [...byComponent].map(([component, groups]): ComponentHealth => {
    const worst = [...groups].sort((a, b) => rank(a.triage.priority) - rank(b.triage.priority) || b.count - a.count)[0];
    const status = statusOf(worst, until);
    if (!worst) return { component, status, worst: undefined, note: 'No problems in this window.' };
    const entries = groups.reduce((n, g) => n + g.count, 0);
    const last = worst.lastSeen.slice(0, 16).replace('T', ' ');
    const note = `${groups.length} group${groups.length === 1 ? '' : 's'}, ${entries} entr${entries === 1 ? 'y' : 'ies'}; worst ${worst.triage.priority} last seen ${last} UTC.`;
    return { component, status, worst: worst.triage.priority, note };
  });
  return rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.component.localeCompare(b.component));
}

export interface PriorityActions {
  priority: Priority;
  /** Markdown lines, one per group; log text is made inert. */
  lines: string[];
}

const VERB: Record<Priority, string> = {
  P0: 'Fix now',
  P1: 'Fix this week',
  P2: 'Schedule a fix',
  P3: 'Watch',
};

const RULE_ACTION: Record<string, string> = {
  'builtin: import-error': 'roll back or fix the missing import',
  'builtin: startup-failure': 'check the startup of the revision',
  'builtin: server-errors': 'find the failing handler behind the 5xx answers',
  'builtin: server-errors-few': 'find the failing handler behind the 5xx answers',
  'builtin: frequent-warning': 'find the degraded dependency',
};

function revisions(g: TriagedGroup): string {
  const names = Object.keys(g.revisions);
  if (names.length === 0) return '';
  const shown = names.slice(0, 2).join(', ') + (names.length > 2 ? ` +${names.length - 2}` : '');
  return `, in ${inline(shown)}`;
}

function actionLine(g: TriagedGroup): string {
  const t = g.triage;
  const what = RULE_ACTION[t.reason] ? ` — ${RULE_ACTION[t.reason]}` : '';
  const trend = g.trend ? ` (${g.trend})` : '';
  const owners = t.owners.length ? `; owners: ${t.owners.map((o) => inline(o)).join(', ')}` : '';
  const issue = g.issue ? ` — [issue ${g.issue.number}](${g.issue.url})` : '';
  return `- **${VERB[t.priority]}**${what}: ${inline(g.signature.title)} in ${inline(t.component)}${trend}, ${g.count}×${revisions(g)}${owners}${issue}`;
}

/** Recommended actions grouped P0 -> P3 (priorities without groups are left out). */
export function recommendedActions(report: Report): PriorityActions[] {
  return PRIORITIES.map((priority) => ({
    priority,
    lines: report.groups.filter((g) => g.triage.priority === priority).map(actionLine),
  })).filter((a) => a.lines.length > 0);
}
