// Service health per component, from its worst group, in one vocabulary tied to priority.
import { compareText, PRIORITIES, type Priority, type Report, type TriagedGroup } from '../types.js';

/** failing: worst group P0 · degraded: P1 · minor: P2 or P3 · operational: a configured component without groups. */
export type HealthStatus = 'failing' | 'degraded' | 'minor' | 'operational';

interface ComponentHealth {
  component: string;
  status: HealthStatus;
  worst: Priority | undefined;
  groups: TriagedGroup[];
  /** Plain text built from counts and times only (no log text). */
  note: string;
}

interface Health {
  components: ComponentHealth[];
  /** Groups whose component is only the service name (no rule, logger, file or route named one). */
  unattributed: TriagedGroup[];
}

const HOUR_MS = 3_600_000;
const STATUS_ORDER: HealthStatus[] = ['failing', 'degraded', 'minor', 'operational'];
const rank = (p: Priority) => PRIORITIES.indexOf(p);

const STATUS_OF: Record<Priority, HealthStatus> = { P0: 'failing', P1: 'degraded', P2: 'minor', P3: 'minor' };

/** Triage falls back to the service name (or "unknown") when nothing names a component. */
export function isFallbackComponent(g: TriagedGroup, configured: string[] = []): boolean {
  const c = g.triage.component;
  if (configured.includes(c)) return false;
  return c === 'unknown' || c in g.services || c === g.exemplar.service;
}

function lastSeenNote(worst: TriagedGroup, until: number): string {
  const last = Date.parse(worst.lastSeen);
  if (Number.isFinite(until) && last >= until - HOUR_MS) return 'still seen in the last hour of the window';
  return `last seen ${worst.lastSeen.slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * One row per named component, worst first, then by name; configured components without groups are
 * operational. Groups under the fallback component are returned apart: a service is not a component.
 */
export function serviceHealth(report: Report, components: string[] = []): Health {
  const until = Date.parse(report.query.until);
  const byComponent = new Map<string, TriagedGroup[]>(components.map((c) => [c, []]));
  const unattributed: TriagedGroup[] = [];
  for (const g of report.groups) {
    if (isFallbackComponent(g, components)) {
      unattributed.push(g);
      continue;
    }
    const list = byComponent.get(g.triage.component) ?? [];
    list.push(g);
    byComponent.set(g.triage.component, list);
  }
  const rows = [...byComponent].map(([component, groups]): ComponentHealth => {
    const worst = [...groups].sort((a, b) => rank(a.triage.priority) - rank(b.triage.priority) || b.count - a.count)[0];
    if (!worst) return { component, status: 'operational', worst: undefined, groups, note: 'no problems in this window' };
    const entries = groups.reduce((n, g) => n + g.count, 0);
    const note = `${groups.length} group${groups.length === 1 ? '' : 's'}, ${entries} entr${entries === 1 ? 'y' : 'ies'}; worst ${worst.triage.priority} ${lastSeenNote(worst, until)}`;
    return { component, status: STATUS_OF[worst.triage.priority], worst: worst.triage.priority, groups, note };
  });
  rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || compareText(a.component, b.component));
  return { components: rows, unattributed };
}
