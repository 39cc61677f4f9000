// The labels the action puts on issues, created once with colours and descriptions.
import type { Priority, TriagedGroup } from '../types.js';
import type { Octokit } from './client.js';
import { isStatus, type Repo } from './repo.js';

interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

const PRIORITY_LABELS: Record<Priority, Omit<LabelSpec, 'name'>> = {
  P0: { color: 'b60205', description: 'Critical: users are failing now; fix first' },
  P1: { color: 'd93f0b', description: 'High: a feature is broken or degrading' },
  P2: { color: 'fbca04', description: 'Medium: errors to fix in the normal flow' },
  P3: { color: '0e8a16', description: 'Low: noise or minor errors' },
};

const isPriorityLabel = (name: string) => /^P[0-3]$/.test(name);

/** Label names may not hold commas (list filters split on them) and are at most 50 characters. */
function componentLabel(component: string): string {
  const clean =
    component
      .replace(/[,\s]+/g, '-')
      .replace(/[^\w.:/-]/g, '')
      .slice(0, 40) || 'unknown';
  return `component:${clean}`;
}

/** The action's label, the priority, and the component's label (the team's, or `component:NAME`). */
export function labelsFor(g: TriagedGroup, actionLabel: string): string[] {
  return [actionLabel, g.triage.priority, g.triage.label ?? componentLabel(g.triage.component)];
}

function specFor(name: string, actionLabel: string): LabelSpec {
  if (name === actionLabel) return { name, color: '5319e7', description: 'Filed and kept up to date by GCP Log Gardener from Cloud Logging errors' };
  if (isPriorityLabel(name)) return { name, ...PRIORITY_LABELS[name as Priority] };
  const component = name.startsWith('component:') ? name.slice('component:'.length) : name;
  return { name, color: 'c5def5', description: `Errors from the ${component} component (GCP Log Gardener)` };
}

/**
 * Creates the labels among `names` the repository lacks. One listing, one POST per missing label;
 * a label another run created meanwhile (422 already_exists) counts as present.
 */
export async function ensureLabels(octokit: Octokit, repo: Repo, names: string[], actionLabel: string): Promise<string[]> {
  const existing = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner: repo.owner, repo: repo.repo, per_page: 100 });
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  const created: string[] = [];
  for (const name of new Set(names)) {
    if (have.has(name.toLowerCase())) continue;
    try {
      const spec = specFor(name, actionLabel);
      await octokit.rest.issues.createLabel({ owner: repo.owner, repo: repo.repo, name: spec.name, color: spec.color, description: spec.description });
      created.push(name);
    } catch (e) {
      if (!isStatus(e, 422)) throw e;
    }
    have.add(name.toLowerCase());
  }
  return created;
}

/** Labels to write when the priority label or a wanted label is off; undefined when nothing changes.
 * Labels people added stay; only the P0-P3 label is replaced. */
export function relabel(current: string[], g: TriagedGroup, actionLabel: string): string[] | undefined {
  const wanted = labelsFor(g, actionLabel);
  const keep = current.filter((n) => !isPriorityLabel(n));
  const next = [...keep, ...wanted.filter((w) => !keep.some((k) => k.toLowerCase() === w.toLowerCase()))];
  const same = next.length === current.length && next.every((n) => current.some((c) => c.toLowerCase() === n.toLowerCase()));
  return same ? undefined : next;
}
